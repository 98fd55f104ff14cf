//! Filing a rights request: the POST of a request form (see [`forms`]). A
//! form with mistakes is shown again with a message next to each field, and
//! a good one becomes a request and a receipt (303 to
//! `/me/requests/{reference}`).

use super::{AppState, forms, session::CurrentSession};
use crate::db::{self, requests::Filed, sessions::Principal};
use app::{
    domain::{RegisterCode, RequestKind},
    i18n::Lang,
    requests::{RequestDetails, due_on, parse_form, parse_inquiry},
};
use axum::{
    Router,
    extract::{Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::post,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/registers/{code}/request/{kind}", post(file))
        .route("/me/log/{seq}/why", post(inquire))
}

/// "Why this access?": the patient's question about one entry of their
/// log, filed as an `access_inquiry` request of the entry's register.
async fn inquire(
    State(state): State<AppState>,
    Path(seq): Path<i64>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let Some(current) = parts.extensions.get::<CurrentSession>().cloned() else {
        return forms::see_other("/auth/login?next=/me/log");
    };
    let Principal::Patient(patient_id) = current.session.principal else {
        return (
            StatusCode::FORBIDDEN,
            "Bara patienten själv kan fråga om sin logg. / Only the patient can ask about their log.",
        )
            .into_response();
    };
    let form = match forms::read(&current, body).await {
        Ok(form) => form,
        Err(refusal) => return refusal,
    };
    let portal = crate::portal::DbPortal::new(state.db.clone(), state.clock.clone());
    let entry = match portal.log_entry_of(patient_id, seq, Lang::Sv).await {
        Ok(Some(entry)) => entry,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return unavailable(),
    };
    let question = match parse_inquiry(&form) {
        Ok(question) => question,
        Err(errors) => return forms::show_again(&state, parts, form, errors).await,
    };
    let Ok(register) = RegisterCode::parse(&entry.register_code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let about = format!(
        "{}, {}, {}",
        entry.occurred_at,
        crate::portal::log_who_sv(&entry),
        Lang::Sv.t(&format!("log-kind-{}", entry.kind.as_str()))
    );
    let details = RequestDetails::AccessInquiry {
        entry: seq,
        about,
        question,
    };
    match store(
        &state,
        patient_id,
        &register,
        RequestKind::AccessInquiry,
        &details,
    )
    .await
    {
        Ok(Some(reference)) => forms::see_other(&format!("/me/requests/{reference}")),
        // One open question an entry at a time: the page says where it is.
        Ok(None) => forms::show_again(&state, parts, form, Vec::new()).await,
        Err(error) => {
            tracing::error!(%error, "could not file an access inquiry");
            unavailable()
        }
    }
}

fn unavailable() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "Begäran kunde inte sparas just nu. Ingenting har skickats. Försök igen. / The request could not be saved just now. Nothing was sent. Please try again.",
    )
        .into_response()
}

async fn file(
    State(state): State<AppState>,
    Path((code, kind)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let Some(current) = parts.extensions.get::<CurrentSession>().cloned() else {
        return forms::see_other("/auth/login?next=/me");
    };
    let Principal::Patient(patient_id) = current.session.principal else {
        return (
            StatusCode::FORBIDDEN,
            "Bara patienten själv kan göra en begäran. / Only the patient can file a request.",
        )
            .into_response();
    };
    let (Ok(register), Ok(kind)) = (RegisterCode::parse(&code), kind.parse::<RequestKind>()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let form = match forms::read(&current, body).await {
        Ok(form) => form,
        Err(refusal) => return refusal,
    };
    let details = match parse_form(kind, &form) {
        Ok(details) => details,
        Err(errors) => return forms::show_again(&state, parts, form, errors).await,
    };
    match store(&state, patient_id, &register, kind, &details).await {
        Ok(Some(reference)) => forms::see_other(&format!("/me/requests/{reference}")),
        // Not allowed for this register (the form page says why): show it again.
        Ok(None) => forms::show_again(&state, parts, form, Vec::new()).await,
        Err(error) => {
            tracing::error!(%error, "could not file a request");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "Begäran kunde inte sparas just nu. Ingenting har skickats. Försök igen. / The request could not be saved just now. Nothing was sent. Please try again.",
            )
                .into_response()
        }
    }
}

/// Files the request; `None` when this kind does not apply to where the
/// patient stands in the register, or one is open already.
async fn store(
    state: &AppState,
    patient_id: i64,
    register: &RegisterCode,
    kind: RequestKind,
    details: &app::requests::RequestDetails,
) -> Result<Option<String>, db::DbError> {
    let mut tx = state.db.begin_write().await?;
    let Some(info) = db::registers::get(&mut tx, register, app::i18n::Lang::Sv).await? else {
        return Ok(None);
    };
    let registered = db::registrations::of_patient(&mut tx, patient_id)
        .await?
        .iter()
        .any(|(code, ..)| code == register.as_str());
    let opted_out = db::opt_outs::of_patient(&mut tx, patient_id)
        .await?
        .iter()
        .any(|code| code == register.as_str());
    let applies = match kind {
        RequestKind::OptOut => !registered && !opted_out,
        RequestKind::Correction | RequestKind::Restriction | RequestKind::Erasure => registered,
        // Asked about an entry of the patient's own log: always theirs to ask.
        RequestKind::AccessInquiry => true,
    };
    if !applies {
        return Ok(None);
    }
    let now = state.clock.unix();
    let subject = details.open_subject();
    let details =
        serde_json::to_string(details).map_err(|e| db::DbError::Corrupt(e.to_string()))?;
    let filed = db::requests::file(
        &mut tx,
        &db::requests::NewRequest {
            patient_id,
            register: register.as_str(),
            kind: kind.as_str(),
            details: &details,
            received_at: now,
            due_on: &due_on(state.clock.today()).to_string(),
            subject,
        },
    )
    .await?;
    match filed {
        Filed::New { reference, .. } => {
            let now = state.clock.unix();
            let public_url = &state.config.http.public_url;
            crate::mail::notices::to_patient(
                &mut tx,
                patient_id,
                app::domain::CaseEvent::Received,
                &reference,
                public_url,
                now,
            )
            .await?;
            crate::mail::notices::new_request_to_staff(
                &mut tx,
                register.as_str(),
                &info.short_name,
                public_url,
                now,
            )
            .await?;
            tx.commit().await?;
            tracing::info!(
                kind = kind.as_str(),
                register = register.as_str(),
                "request filed"
            );
            Ok(Some(reference))
        }
        Filed::AlreadyOpen { .. } => Ok(None),
    }
}
