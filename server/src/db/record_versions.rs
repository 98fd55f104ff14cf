//! The `record_versions` table, read as a record's history: every version
//! a register or a correction has made of one record, oldest first, with who
//! made it, why, and the request it answered.

use super::DbError;
use sqlx::AnyConnection;

/// One of the patient's records, found by the register's own id.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecordHead {
    pub id: i64,
    pub record_type: String,
    pub recorded_on: String,
    pub care_unit_name: String,
}

/// One version of a record.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredVersion {
    pub version: i64,
    /// JSON object: field code -> value.
    pub fields: String,
    pub changed_at: i64,
    /// `register`, or `staff:<HSA-id>` for a correction by register staff.
    pub changed_by: String,
    pub change_reason: Option<String>,
    /// The reference of the correction request the version answered.
    pub request_reference: Option<String>,
}

/// The patient's record `source_id` in `register`, if it is theirs.
pub async fn head_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    source_id: &str,
) -> Result<Option<RecordHead>, DbError> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.record_type, r.recorded_on, c.name AS care_unit_name
         FROM records r JOIN care_units c ON c.hsa_id = r.care_unit
         WHERE r.patient_id = $1 AND r.register_code = $2 AND r.source_id = $3",
    )
    .bind(patient_id)
    .bind(register)
    .bind(source_id)
    .fetch_optional(conn)
    .await?)
}

/// Every version of record `record_id`, oldest first.
pub async fn of_record(
    conn: &mut AnyConnection,
    record_id: i64,
) -> Result<Vec<StoredVersion>, DbError> {
    Ok(sqlx::query_as(
        "SELECT v.version, v.fields, v.changed_at, v.changed_by, v.change_reason,
                q.reference AS request_reference
         FROM record_versions v LEFT JOIN requests q ON q.id = v.request_id
         WHERE v.record_id = $1 ORDER BY v.version",
    )
    .bind(record_id)
    .fetch_all(conn)
    .await?)
}
