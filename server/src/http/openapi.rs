//! The OpenAPI 3.1 document of the register API, generated from the
//! handlers and item types (utoipa) and served at `GET /api/openapi.json`.
//! Its examples are real: a test posts them to the API and they are stored.

use super::api;
use crate::ingest::{AccessItem, ItemError, Outcome, RecordItem};
use axum::{
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use serde_json::{Value, json};
use std::sync::OnceLock;
use utoipa::{
    Modify, OpenApi, ToSchema,
    openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "insyn register API",
        description = "How a register system reports records and access events to insyn. \
            Each register's system holds a token of its own (`insyn token create --register CODE`), \
            sent as `Authorization: Bearer …`; it writes to that register only. \
            A batch is stored all or nothing; a refused batch names every bad item.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2"),
    ),
    paths(api::records, api::access_events),
    components(schemas(RecordBatch, AccessBatch, RecordItem, AccessItem, Outcome, ItemError, api::Problem, api::Refusal)),
    modifiers(&RegisterToken),
    tags((name = "ingestion", description = "Records and access events from register systems"))
)]
struct ApiDoc;

/// A JSON batch of records.
#[derive(ToSchema)]
#[allow(dead_code)] // describes the body; the handler reads it as JSON values
pub struct RecordBatch {
    /// At most 5,000 items.
    items: Vec<RecordItem>,
}

/// A JSON batch of access events.
#[derive(ToSchema)]
#[allow(dead_code)] // describes the body; the handler reads it as JSON values
pub struct AccessBatch {
    /// At most 5,000 items.
    items: Vec<AccessItem>,
}

/// The per-register bearer token.
struct RegisterToken;

impl Modify for RegisterToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "register_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A register's API token, made with `insyn token create --register CODE`",
                    ))
                    .build(),
            ),
        );
    }
}

fn record_example() -> Value {
    json!({
        "id": "Q-2026-000123",
        "personnummer": "19121212-1212",
        "type": "transfer",
        "care_unit": "SE2321000016-RM01",
        "date": "2026-10-02",
        "fields": { "transfer_date": "2026-10-02", "embryos_transferred": 1, "embryo_stage": "blastocyst" }
    })
}

fn access_example() -> Value {
    json!({
        "id": "L-2026-884211",
        "personnummer": "19121212-1212",
        "occurred_at": "2026-11-02T09:14:00Z",
        "care_unit": "SE2321000016-RM01",
        "kind": "read",
        "reason": "Uppföljning inför ny behandling"
    })
}

pub fn record_batch_example() -> Value {
    json!({ "items": [record_example()] })
}

pub fn record_ndjson_example() -> Value {
    Value::String(format!("{}\n", record_example()))
}

pub fn access_batch_example() -> Value {
    json!({ "items": [access_example()] })
}

pub fn access_ndjson_example() -> Value {
    Value::String(format!("{}\n", access_example()))
}

pub fn outcome_example() -> Value {
    json!({ "created": 1, "updated": 0, "unchanged": 0 })
}

/// `GET /api/openapi.json`: the document, built once.
pub async fn document() -> Response {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    let body = DOCUMENT.get_or_init(|| {
        ApiDoc::openapi()
            .to_pretty_json()
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    });
    let mut response = body.clone().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}
