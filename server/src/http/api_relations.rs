//! `POST /api/v1/relations`: an integration with the population register
//! pushes guardianships and protected identities. It holds a platform token
//! (`insyn token create --relations`), tied to no register; a register's
//! token is refused. The items are [`crate::relations_import`]'s, stored all
//! or nothing.

use super::{
    AppState,
    api::{MAX_BODY_BYTES, MAX_ITEMS, Problem, answer, problem},
};
use crate::{
    crypto, db,
    relations_import::{self, RelationError, RelationItem, RelationReport},
};
use axum::{
    Router,
    extract::{Request, State},
    http::{StatusCode, header},
    response::Response,
    routing::post,
};
use serde::{Deserialize, Serialize};

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/relations", post(relations))
}

/// A batch of relation items.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RelationBatch {
    /// At most 5,000 items. Read one by one, so a refusal names each bad one.
    #[schema(value_type = Vec<RelationItem>)]
    pub items: Vec<serde_json::Value>,
}

/// A refused batch: every bad item; nothing was stored.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RelationRefusal {
    pub error: String,
    pub items: Vec<RelationError>,
}

/// Store guardianships and protected identities from the population register.
///
/// All or nothing: if any item is refused, nothing is stored and the answer
/// names every bad item (never a personnummer). An item sent again updates
/// what is stored.
#[utoipa::path(
    post,
    path = "/api/v1/relations",
    tag = "relations",
    request_body(content = RelationBatch, description = "Items: `guardianship` or `protection`"),
    responses(
        (status = 200, description = "Stored", body = RelationReport),
        (status = 400, description = "The body is not a batch", body = Problem),
        (status = 401, description = "No token, or not a live relations token", body = Problem),
        (status = 413, description = "More than 5,000 items or 8 MiB", body = Problem),
        (status = 422, description = "Items refused; nothing was stored", body = RelationRefusal),
        (status = 503, description = "Not stored just now; try again", body = Problem),
    ),
    security(("relations_token" = []))
)]
pub(super) async fn relations(State(state): State<AppState>, request: Request) -> Response {
    // The token first: nobody without one gets a body read.
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(super::api::bearer_token);
    let Some(bearer) = bearer else {
        return problem(
            StatusCode::UNAUTHORIZED,
            "a relations token is required (Authorization: Bearer …)",
        );
    };
    let unavailable = || {
        problem(
            StatusCode::SERVICE_UNAVAILABLE,
            "not stored just now; try again",
        )
    };
    let Ok(mut conn) = state.db.pool().acquire().await else {
        return unavailable();
    };
    match db::platform_tokens::serves(&mut conn, &crypto::sha256_hex(bearer), "relations").await {
        Ok(true) => {}
        Ok(false) => {
            return problem(
                StatusCode::UNAUTHORIZED,
                "the token is not a live relations token",
            );
        }
        Err(_) => return unavailable(),
    }
    drop(conn);
    let Ok(body) = axum::body::to_bytes(request.into_body(), MAX_BODY_BYTES).await else {
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "the body is over 8 MiB");
    };
    let Ok(batch) = serde_json::from_slice::<RelationBatch>(&body) else {
        return problem(
            StatusCode::BAD_REQUEST,
            "the body is not a batch: {\"items\": [...]}",
        );
    };
    if batch.items.len() > MAX_ITEMS {
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "more than 5,000 items");
    }
    let items: Vec<(usize, Result<RelationItem, String>)> = batch
        .items
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            (
                i + 1,
                serde_json::from_value(value).map_err(|e| format!("not a relation item: {e}")),
            )
        })
        .collect();
    match relations_import::apply(&state.db, &state.clock, &items).await {
        Ok(Ok(report)) => answer(StatusCode::OK, report),
        Ok(Err(refused)) => answer(
            StatusCode::UNPROCESSABLE_ENTITY,
            RelationRefusal {
                error: "the batch was refused; nothing was stored".into(),
                items: refused,
            },
        ),
        Err(error) => {
            tracing::error!(%error, "could not store relations");
            unavailable()
        }
    }
}
