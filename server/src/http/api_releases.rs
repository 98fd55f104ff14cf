//! `POST /api/v1/registers/{code}/releases`: a register system records a
//! release of the register's data, with the register's own token. The rules
//! are [`crate::releases`]'s: the cohort is resolved against the research
//! opt-outs in force at the decision and the answer is the cohort that may
//! be delivered; all or nothing; the same diary number with the same content
//! again repeats the answer, with other content it is refused.

use super::{
    AppState,
    api::{MAX_BODY_BYTES, Problem, answer, authorise_token, problem},
};
use crate::{
    db,
    releases::{self, Recorded, Recorder, ReleaseError, ReleaseInput, ReleaseProblem},
};
use app::i18n::Lang;
use axum::{
    Router,
    extract::{Path, Request, State},
    http::StatusCode,
    response::Response,
    routing::post,
};
use serde::Serialize;

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/registers/{code}/releases", post(record))
}

/// A refused release: every problem, each with its message in English;
/// nothing was stored.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReleaseRefusal {
    #[schema(example = "the release was refused; nothing was stored")]
    pub error: String,
    pub problems: Vec<ExplainedProblem>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExplainedProblem {
    #[serde(flatten)]
    pub problem: ReleaseProblem,
    #[schema(example = "not registered in this register")]
    pub message: String,
}

/// The request body's example: a research release whose cohort is the demo
/// data's Tolvan Tolvansson. A test stores it.
pub fn release_example() -> serde_json::Value {
    serde_json::json!({
        "diary_number": "QIVF 2026/41",
        "decided_at": "2026-11-20T09:00:00Z",
        "delivered_on": "2026-11-25",
        "recipient": "Karolinska Institutet, institutionen för kvinnors och barns hälsa",
        "recipient_contact": "forskning@ki.example.se",
        "purpose": "research",
        "legal_basis": "Offentlighets- och sekretesslagen 25 kap. 1 §, efter sekretessprövning",
        "ethics_approval": "Dnr 2026-01234-01",
        "form": "pseudonymised",
        "record_types": ["treatment_cycle"],
        "fields": "Behandlingsdatum, metod, antal överförda embryon",
        "cohort": ["19121212-1212"]
    })
}

/// Record a release of the register's data.
///
/// The cohort is resolved against the research opt-outs in force when the
/// release was decided, and restricted registrations are left out; the
/// answer is the cohort that may be delivered, the number left out and a
/// fingerprint of the opt-outs applied. An identifiable or pseudonymised
/// release logs a disclosure in each delivered person's access log. An
/// aggregate release stores no persons and answers counts only, `null`
/// under the suppression threshold. All or nothing; the same diary number
/// with the same content again repeats the answer (200), other content
/// under it is refused (409).
#[utoipa::path(
    post,
    path = "/api/v1/registers/{code}/releases",
    tag = "releases",
    params(("code" = String, Path, description = "The register's code", example = "qivf")),
    request_body(content = ReleaseInput, example = release_example),
    responses(
        (status = 201, description = "Recorded", body = Recorded),
        (status = 200, description = "Recorded before with this content; nothing new stored", body = Recorded),
        (status = 400, description = "The body is not a release", body = Problem),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem),
        (status = 403, description = "The token writes to another register", body = Problem),
        (status = 409, description = "Another release is recorded under this diary number", body = Problem),
        (status = 413, description = "Over 8 MiB", body = Problem),
        (status = 422, description = "Refused; nothing was stored", body = ReleaseRefusal),
        (status = 503, description = "Not stored just now; try again", body = Problem),
    ),
    security(("register_token" = []))
)]
pub(super) async fn record(
    State(state): State<AppState>,
    Path(code): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let (register, token) = match authorise_token(&state, &parts.headers, &code).await {
        Ok(found) => found,
        Err(refusal) => return *refusal,
    };
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "the body is over 8 MiB");
    };
    let input = match serde_json::from_slice::<ReleaseInput>(&body) {
        Ok(input) => input,
        Err(error) => {
            return problem(
                StatusCode::BAD_REQUEST,
                &format!("the body is not a release: {error}"),
            );
        }
    };
    let unavailable = || {
        problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "the release could not be stored just now; nothing was stored; try again",
        )
    };
    let record_types = match state.db.pool().acquire().await {
        Ok(mut conn) => match db::registers::content(&mut conn, register.as_str()).await {
            Ok(types) => types.into_iter().map(|t| t.code).collect::<Vec<_>>(),
            Err(_) => return unavailable(),
        },
        Err(_) => return unavailable(),
    };
    let refused = |problems: Vec<ReleaseProblem>| {
        answer(
            StatusCode::UNPROCESSABLE_ENTITY,
            ReleaseRefusal {
                error: "the release was refused; nothing was stored".into(),
                problems: problems
                    .into_iter()
                    .map(|problem| ExplainedProblem {
                        message: Lang::En.t(&problem.code),
                        problem,
                    })
                    .collect(),
            },
        )
    };
    let draft = match input.check(&record_types) {
        Ok(draft) => draft,
        Err(problems) => return refused(problems),
    };
    let recorded = releases::record(
        &state.db,
        &state.clock,
        &register,
        draft,
        &Recorder::Token(token),
        state.config.releases.suppress_below,
    )
    .await;
    match recorded {
        Ok(recorded) if recorded.repeated => answer(StatusCode::OK, recorded),
        Ok(recorded) => answer(StatusCode::CREATED, recorded),
        Err(ReleaseError::Invalid(problems)) => refused(problems),
        Err(ReleaseError::Conflict) => problem(
            StatusCode::CONFLICT,
            "another release is recorded under this diary number",
        ),
        Err(ReleaseError::Db(error)) => {
            tracing::error!(%error, "could not record a release");
            unavailable()
        }
    }
}
