//! The access log's public proofs, for anyone and without signing in, as
//! transparency logs serve them: the latest checkpoint as a C2SP
//! tlog-checkpoint note (`GET /log/checkpoint`, text/plain), an earlier one
//! by its tree size (`GET /log/checkpoint/{size}`, never changing, so
//! cached for good), and the consistency proof between two signed sizes
//! (`GET /log/consistency?from=N&to=M`, RFC 9162 §2.1.4). No patient's data
//! is in any of them: a checkpoint is a size and a hash.

use super::{AppState, error::WebError};
use crate::{access_log::served, db};
use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
    routing::get,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/log/checkpoint", get(latest))
        .route("/log/checkpoint/{size}", get(of_size))
        .route("/log/consistency", get(consistency))
}

/// Until the next checkpoint may be signed.
const LATEST_MAX_AGE: &str = "public, max-age=60";
/// A signed checkpoint and a proof between two never change.
const FOREVER: &str = "public, max-age=31536000, immutable";

fn unavailable(error: &db::DbError) -> WebError {
    tracing::error!(%error, "could not read the log's checkpoints");
    WebError::Unavailable("web-document-unavailable")
}

fn note(text: String, cache: &'static str) -> Response {
    let mut response = text.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// A pooled connection, or 503.
async fn conn(state: &AppState) -> Result<sqlx::pool::PoolConnection<sqlx::Any>, WebError> {
    state
        .db
        .pool()
        .acquire()
        .await
        .map_err(|e| unavailable(&e.into()))
}

/// The checkpoint's note, or 404 for none (or one signed before notes).
fn note_of(
    checkpoint: Result<Option<db::log_checkpoints::StoredCheckpoint>, db::DbError>,
    cache: &'static str,
) -> Result<Response, WebError> {
    checkpoint
        .map_err(|e| unavailable(&e))?
        .and_then(|c| c.note)
        .map(|text| note(text, cache))
        .ok_or(WebError::NotFound("web-not-found"))
}

async fn latest(State(state): State<AppState>) -> Result<Response, WebError> {
    let mut conn = conn(&state).await?;
    note_of(
        db::log_checkpoints::latest_note(&mut conn).await,
        LATEST_MAX_AGE,
    )
}

async fn of_size(
    State(state): State<AppState>,
    Path(size): Path<u64>,
) -> Result<Response, WebError> {
    let size = i64::try_from(size).map_err(|_| WebError::NotFound("web-not-found"))?;
    let mut conn = conn(&state).await?;
    note_of(db::log_checkpoints::of_size(&mut conn, size).await, FOREVER)
}

#[derive(Debug, serde::Deserialize)]
struct Between {
    from: u64,
    to: u64,
}

async fn consistency(
    State(state): State<AppState>,
    Query(between): Query<Between>,
) -> Result<Response, WebError> {
    let mut conn = state
        .db
        .pool()
        .acquire()
        .await
        .map_err(|e| unavailable(&e.into()))?;
    let proof = served::consistency(&mut conn, between.from, between.to)
        .await
        .map_err(|e| unavailable(&e))?
        .ok_or(WebError::NotFound("web-not-found"))?;
    let mut response = Json(proof).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(FOREVER));
    Ok(response)
}
