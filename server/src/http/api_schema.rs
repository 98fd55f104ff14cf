//! The register API's bodies as the OpenAPI document describes them, and
//! its examples. The examples are real: a test posts them to the API and
//! they are stored. Both the handlers' annotations ([`super::api`]) and the
//! document ([`super::openapi`]) name these.

use crate::ingest::{AccessItem, RecordItem};
use serde_json::{Value, json};
use utoipa::ToSchema;

/// A JSON batch of records.
#[derive(ToSchema, serde::Deserialize)]
// The batch takes `items` only, as the handler does: the document says so.
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // describes the body; the handler reads it as JSON values
pub struct RecordBatch {
    /// At most 5,000 items.
    items: Vec<RecordItem>,
}

/// A JSON batch of access events.
#[derive(ToSchema, serde::Deserialize)]
// The batch takes `items` only, as the handler does: the document says so.
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // describes the body; the handler reads it as JSON values
pub struct AccessBatch {
    /// At most 5,000 items.
    items: Vec<AccessItem>,
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
        "reason": "Uppföljning inför ny behandling",
        "purpose": "care_quality",
        "data": [{ "record_type": "treatment_cycle", "fields": ["treatment", "cycle_start"] }]
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
