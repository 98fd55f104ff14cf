//! The `requests` table and its `request_events`: a patient's rights
//! requests and their history. (Filing and handling them is the requests
//! issue's; the copies already include them.)

use super::DbError;
use sqlx::AnyConnection;

#[derive(Debug, Clone)]
pub struct StoredRequest {
    pub id: i64,
    pub reference: String,
    pub register_code: String,
    pub kind: String,
    pub status: String,
    pub received_at: i64,
    pub due_on: String,
    pub extended_due_on: Option<String>,
    pub extension_reason: Option<String>,
    pub decided_at: Option<i64>,
    pub decision_reason: Option<String>,
    pub history: Vec<RequestEvent>,
}

#[derive(Debug, Clone)]
pub struct RequestEvent {
    pub at: i64,
    pub status: String,
    /// `patient`, `staff` or `system` (which staff member is not the patient's business).
    pub actor: String,
    pub note: Option<String>,
}

/// Every request of a patient, newest first, optionally in one register,
/// each with its history.
pub async fn of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: Option<&str>,
) -> Result<Vec<StoredRequest>, DbError> {
    type Row = (
        i64,
        String,
        String,
        String,
        String,
        i64,
        String,
        Option<String>,
        Option<String>,
        Option<i64>,
        Option<String>,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, reference, register_code, kind, status, received_at, due_on, extended_due_on, extension_reason,
                decided_at, decision_reason
         FROM requests WHERE patient_id = $1 AND (CAST($2 AS TEXT) IS NULL OR register_code = $2)
         ORDER BY received_at DESC, id DESC",
    )
    .bind(patient_id)
    .bind(register)
    .fetch_all(&mut *conn)
    .await?;
    let mut requests = Vec::with_capacity(rows.len());
    for (
        id,
        reference,
        register_code,
        kind,
        status,
        received_at,
        due_on,
        extended_due_on,
        extension_reason,
        decided_at,
        decision_reason,
    ) in rows
    {
        let events: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
            "SELECT at, status, actor, note FROM request_events WHERE request_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        requests.push(StoredRequest {
            id,
            reference,
            register_code,
            kind,
            status,
            received_at,
            due_on,
            extended_due_on,
            extension_reason,
            decided_at,
            decision_reason,
            history: events
                .into_iter()
                .map(|(at, status, actor, note)| RequestEvent {
                    at,
                    status,
                    actor: actor.split(':').next().unwrap_or("system").to_owned(),
                    note,
                })
                .collect(),
        });
    }
    Ok(requests)
}
