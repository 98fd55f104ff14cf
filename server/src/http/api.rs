//! The API for register systems, versioned under `/api/v1`, authenticated by
//! per-register tokens (`Authorization: Bearer …`, made with `insyn token
//! create`). A token writes to its own register only. Answers are JSON;
//! a refused batch names every bad item's position and reason, and stored
//! nothing.

use super::AppState;
use crate::{
    crypto, db,
    ingest::{self, BatchFormat, IngestError, ItemKind},
};
use app::domain::RegisterCode;
use axum::{
    Router,
    body::Body,
    extract::{Path, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::post,
};
use serde::Serialize;
use serde_json::Value;

/// The largest body a batch may have.
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;
/// The most items in one batch.
pub const MAX_ITEMS: usize = 5_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/registers/{code}/records", post(records))
        .route(
            "/api/v1/registers/{code}/access-events",
            post(access_events),
        )
}

/// Why a request was refused as a whole.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    #[schema(example = "the API token is unknown or revoked")]
    pub error: String,
}

/// A batch refused for its items: every bad item, and nothing was stored.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Refusal {
    #[schema(example = "the batch was refused; nothing was stored")]
    pub error: String,
    pub items: Vec<ingest::ItemError>,
}

pub(super) fn answer(status: StatusCode, body: impl Serialize) -> Response {
    let mut response = (status, axum::Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub(super) fn problem(status: StatusCode, message: &str) -> Response {
    let mut response = answer(
        status,
        Problem {
            error: message.to_owned(),
        },
    );
    if status == StatusCode::UNAUTHORIZED {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

/// The token of an `Authorization: Bearer …` value. The scheme's name is
/// case-insensitive (RFC 9110, 11.1), so `bearer` and `BEARER` are it too.
pub(super) fn bearer_token(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim_start().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// The register the request's token may write to, or the refusal.
async fn authorise(
    state: &AppState,
    headers: &HeaderMap,
    code: &str,
) -> Result<RegisterCode, Box<Response>> {
    Ok(authorise_token(state, headers, code).await?.0)
}

/// The register the request's token may write to and the token's id, or
/// the refusal.
pub(super) async fn authorise_token(
    state: &AppState,
    headers: &HeaderMap,
    code: &str,
) -> Result<(RegisterCode, i64), Box<Response>> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(bearer_token);
    let Some(bearer) = bearer else {
        return Err(Box::new(problem(
            StatusCode::UNAUTHORIZED,
            "an API token is required (Authorization: Bearer …)",
        )));
    };
    let mut conn = match state.db.pool().acquire().await {
        Ok(conn) => conn,
        Err(_) => {
            return Err(Box::new(problem(
                StatusCode::SERVICE_UNAVAILABLE,
                "the database is not available; try again",
            )));
        }
    };
    let (token, register) = match db::api_tokens::live(&mut conn, &crypto::sha256_hex(bearer)).await
    {
        Ok(Some(found)) => found,
        Ok(None) => {
            return Err(Box::new(problem(
                StatusCode::UNAUTHORIZED,
                "the API token is unknown or revoked",
            )));
        }
        Err(_) => {
            return Err(Box::new(problem(
                StatusCode::SERVICE_UNAVAILABLE,
                "the database is not available; try again",
            )));
        }
    };
    if register != code {
        return Err(Box::new(problem(
            StatusCode::FORBIDDEN,
            "this token writes to another register",
        )));
    }
    RegisterCode::parse(code)
        .map(|code| (code, token))
        .map_err(|_| Box::new(problem(StatusCode::NOT_FOUND, "no such register")))
}

/// Store a batch of records.
///
/// All or nothing: if any item is refused, nothing is stored and the answer
/// names every bad item. Each item carries the register's own id: a batch
/// sent again changes nothing, and new content under a known id is a new
/// version (the old one is kept).
#[utoipa::path(
    post,
    path = "/api/v1/registers/{code}/records",
    tag = "ingestion",
    params(("code" = String, Path, description = "The register's code", example = "qivf")),
    request_body(
        description = "A JSON batch, or NDJSON (one item a line) for large batches",
        content(
            (super::api_schema::RecordBatch = "application/json", example = super::api_schema::record_batch_example),
            (ingest::RecordItem = "application/x-ndjson", example = super::api_schema::record_ndjson_example),
        )
    ),
    responses(
        (status = 200, description = "Stored", body = ingest::Outcome, example = super::api_schema::outcome_example),
        (status = 400, description = "The body is not a batch", body = Problem),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem),
        (status = 403, description = "The token writes to another register", body = Problem),
        (status = 413, description = "More than 5,000 items or 8 MiB", body = Problem),
        (status = 422, description = "Items refused; nothing was stored", body = Refusal),
        (status = 503, description = "Not stored just now; try again", body = Problem),
    ),
    security(("register_token" = []))
)]
pub(super) async fn records(
    state: State<AppState>,
    code: Path<String>,
    request: Request,
) -> Response {
    batch(state, code, request, ItemKind::Records).await
}

/// Append a batch of access events to the access log.
///
/// All or nothing, as for records. An event is logged once and never
/// changes: the same id with the same content again changes nothing, with
/// other content it is refused.
#[utoipa::path(
    post,
    path = "/api/v1/registers/{code}/access-events",
    tag = "ingestion",
    params(("code" = String, Path, description = "The register's code", example = "qivf")),
    request_body(
        description = "A JSON batch, or NDJSON (one item a line) for large batches",
        content(
            (super::api_schema::AccessBatch = "application/json", example = super::api_schema::access_batch_example),
            (ingest::AccessItem = "application/x-ndjson", example = super::api_schema::access_ndjson_example),
        )
    ),
    responses(
        (status = 200, description = "Logged", body = ingest::Outcome, example = super::api_schema::outcome_example),
        (status = 400, description = "The body is not a batch", body = Problem),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem),
        (status = 403, description = "The token writes to another register", body = Problem),
        (status = 413, description = "More than 5,000 items or 8 MiB", body = Problem),
        (status = 422, description = "Items refused; nothing was logged", body = Refusal),
        (status = 503, description = "Not logged just now; try again", body = Problem),
    ),
    security(("register_token" = []))
)]
pub(super) async fn access_events(
    state: State<AppState>,
    code: Path<String>,
    request: Request,
) -> Response {
    batch(state, code, request, ItemKind::AccessEvents).await
}

async fn batch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    request: Request,
    kind: ItemKind,
) -> Response {
    let (parts, body) = request.into_parts();
    let register = match authorise(&state, &parts.headers, &code).await {
        Ok(register) => register,
        Err(refusal) => return *refusal,
    };
    let items = match read_batch(&parts.headers, body).await {
        Ok(items) => items,
        Err(refusal) => return *refusal,
    };
    let stored = ingest::batch(&state.db, &state.clock, kind, &register, items).await;
    match stored {
        Ok(outcome) => answer(StatusCode::OK, outcome),
        Err(IngestError::Refused(items)) => answer(
            StatusCode::UNPROCESSABLE_ENTITY,
            Refusal {
                error: "the batch was refused; nothing was stored".into(),
                items,
            },
        ),
        Err(IngestError::Db(error)) => {
            tracing::error!(%error, "could not store a batch");
            problem(
                StatusCode::SERVICE_UNAVAILABLE,
                "the batch could not be stored just now; nothing was stored; try again",
            )
        }
    }
}

/// The batch's items, within the limits: a JSON body `{"items": [ … ]}`, or
/// NDJSON (`application/x-ndjson`, one item a line) for large batches.
async fn read_batch(headers: &HeaderMap, body: Body) -> Result<Vec<Value>, Box<Response>> {
    let too_large = || {
        Box::new(problem(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!(
                "a batch may have at most {MAX_ITEMS} items and {MAX_BODY_BYTES} bytes; split it"
            ),
        ))
    };
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| too_large())?;
    let ndjson = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("application/x-ndjson") || t.starts_with("application/ndjson")
        });
    let format = if ndjson {
        BatchFormat::Ndjson
    } else {
        BatchFormat::Json
    };
    match ingest::parse_batch(&bytes, format, MAX_ITEMS) {
        Ok(items) => Ok(items),
        Err(ingest::BatchError::TooMany) => Err(too_large()),
        Err(error) => Err(Box::new(problem(
            StatusCode::BAD_REQUEST,
            &error.to_string(),
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::bearer_token;

    #[test]
    fn the_bearer_scheme_is_read_in_any_case() {
        for value in ["Bearer abc", "bearer abc", "BEARER  abc ", " Bearer abc"] {
            assert_eq!(bearer_token(value), Some("abc"), "{value:?}");
        }
        for value in ["Basic abc", "Bearer ", "Bearer", "Bearerabc", ""] {
            assert_eq!(bearer_token(value), None, "{value:?}");
        }
    }
}
