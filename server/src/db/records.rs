//! The `records` table and its `record_versions`: what a register holds
//! about a patient, with every version kept.

use super::DbError;
use app::domain::{HsaId, RegisterCode};
use sqlx::AnyConnection;

/// A record as reported by a register system.
pub struct NewRecord<'a> {
    pub patient_id: i64,
    pub register: &'a RegisterCode,
    pub record_type: &'a str,
    pub source_id: &'a str,
    pub care_unit: &'a HsaId,
    pub recorded_on: time::Date,
    /// JSON object of field code to value.
    pub fields: &'a serde_json::Map<String, serde_json::Value>,
}

/// Inserts a record as its first version.
pub async fn insert(
    conn: &mut AnyConnection,
    record: &NewRecord<'_>,
    now: i64,
) -> Result<i64, DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO records (patient_id, register_code, record_type, source_id, care_unit, recorded_on, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7) RETURNING id",
    )
    .bind(record.patient_id)
    .bind(record.register.as_str())
    .bind(record.record_type)
    .bind(record.source_id)
    .bind(record.care_unit.as_str())
    .bind(record.recorded_on.to_string())
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let fields =
        serde_json::to_string(record.fields).map_err(|e| DbError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO record_versions (record_id, version, fields, changed_at, changed_by) VALUES ($1, 1, $2, $3, 'register')",
    )
    .bind(id)
    .bind(fields)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(id)
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM records")
        .fetch_one(conn)
        .await?)
}
