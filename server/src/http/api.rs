//! The API for register systems, versioned under `/api/v1`, authenticated by
//! per-register tokens (`Authorization: Bearer …`, made with `insyn token
//! create`). A token writes to its own register only. Answers are JSON;
//! a refused batch names every bad item's position and reason, and stored
//! nothing.

use super::AppState;
use crate::{
    db,
    ingest::{self, BatchFormat, IngestError, ItemKind},
    token,
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
use serde_json::{Value, json};

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

fn answer(status: StatusCode, body: Value) -> Response {
    let mut response = (status, axum::Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn problem(status: StatusCode, message: &str) -> Response {
    let mut response = answer(status, json!({ "error": message }));
    if status == StatusCode::UNAUTHORIZED {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

/// The register the request's token may write to, or the refusal.
async fn authorise(
    state: &AppState,
    headers: &HeaderMap,
    code: &str,
) -> Result<RegisterCode, Box<Response>> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty());
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
    let register = match db::api_tokens::register_of(&mut conn, &token::sha256_hex(bearer)).await {
        Ok(Some(register)) => register,
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
        .map_err(|_| Box::new(problem(StatusCode::NOT_FOUND, "no such register")))
}

/// `POST /api/v1/registers/{code}/records` with `{"items": [ … ]}`.
async fn records(state: State<AppState>, code: Path<String>, request: Request) -> Response {
    batch(state, code, request, ItemKind::Records).await
}

/// `POST /api/v1/registers/{code}/access-events` with `{"items": [ … ]}`.
async fn access_events(state: State<AppState>, code: Path<String>, request: Request) -> Response {
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
        Ok(outcome) => answer(StatusCode::OK, json!(outcome)),
        Err(IngestError::Refused(items)) => answer(
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": "the batch was refused; nothing was stored", "items": items }),
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
