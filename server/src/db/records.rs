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

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM records")
        .fetch_one(conn)
        .await?)
}

/// A record's current version, as the patient's pages and copies show it.
#[derive(Debug, Clone)]
pub struct StoredRecord {
    pub id: i64,
    pub register_code: String,
    pub record_type: String,
    pub source_id: String,
    pub care_unit_hsa_id: String,
    pub care_unit_name: String,
    pub recorded_on: String,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub fields: serde_json::Map<String, serde_json::Value>,
}

type StoredRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    String,
);

const STORED_COLUMNS: &str =
    "r.id, r.register_code, r.record_type, r.source_id, r.care_unit, c.name, r.recorded_on,
     r.version, r.created_at, r.updated_at, v.fields";
const STORED_FROM: &str = "records r
     JOIN care_units c ON c.hsa_id = r.care_unit
     JOIN record_versions v ON v.record_id = r.id AND v.version = r.version";

fn stored(row: StoredRow) -> Result<StoredRecord, DbError> {
    let (
        id,
        register_code,
        record_type,
        source_id,
        care_unit_hsa_id,
        care_unit_name,
        recorded_on,
        version,
        created_at,
        updated_at,
        fields,
    ) = row;
    let fields = serde_json::from_str(&fields)
        .map_err(|e| DbError::Corrupt(format!("record {id} fields: {e}")))?;
    Ok(StoredRecord {
        id,
        register_code,
        record_type,
        source_id,
        care_unit_hsa_id,
        care_unit_name,
        recorded_on,
        version,
        created_at,
        updated_at,
        fields,
    })
}

/// One page of a patient's records in a register, in the register's order:
/// by record type, then newest first.
pub async fn page_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    units: Units<'_>,
    limit: i64,
    offset: i64,
) -> Result<Vec<StoredRecord>, DbError> {
    let sql = format!(
        "SELECT {STORED_COLUMNS} FROM {STORED_FROM}
         JOIN record_types t ON t.register_code = r.register_code AND t.code = r.record_type
         WHERE r.patient_id = $1 AND r.register_code = $2 {}
         ORDER BY t.position, r.recorded_on DESC, r.id DESC
         LIMIT $3 OFFSET $4",
        units_filter(units, 5)
    );
    let mut query = sqlx::query_as::<_, StoredRow>(&sql)
        .bind(patient_id)
        .bind(register)
        .bind(limit)
        .bind(offset);
    for unit in units.into_iter().flatten() {
        query = query.bind(unit);
    }
    query
        .fetch_all(conn)
        .await?
        .into_iter()
        .map(stored)
        .collect()
}

/// Which care units' records to read: `None`, every one; `Some`, those
/// (clinic staff see only what their units reported).
pub type Units<'a> = Option<&'a [String]>;

/// `AND r.care_unit IN ($first, …)` for `Some` units (none at all matches
/// nothing); nothing for `None`.
fn units_filter(units: Units<'_>, first: usize) -> String {
    match units {
        None => String::new(),
        Some([]) => "AND 1 = 0".to_owned(),
        Some(units) => format!(
            "AND r.care_unit IN ({})",
            super::placeholders(first, units.len())
        ),
    }
}

/// The next batch of a patient's records in a register after record `after`
/// (by id), for streaming copies without holding them all in memory.
pub async fn batch_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    after: i64,
    limit: i64,
) -> Result<Vec<StoredRecord>, DbError> {
    let sql = format!(
        "SELECT {STORED_COLUMNS} FROM {STORED_FROM}
         WHERE r.patient_id = $1 AND r.register_code = $2 AND r.id > $3
         ORDER BY r.id LIMIT $4"
    );
    let rows: Vec<StoredRow> = sqlx::query_as(&sql)
        .bind(patient_id)
        .bind(register)
        .bind(after)
        .bind(limit)
        .fetch_all(conn)
        .await?;
    rows.into_iter().map(stored).collect()
}

/// How many records a patient has in a register, and when the latest changed.
/// What the overview says of a patient's records in one register.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct RecordSummary {
    pub register_code: String,
    pub records: i64,
    /// The latest date a record is about (`YYYY-MM-DD`).
    pub last_recorded_on: Option<String>,
    /// When a record was last corrected (a version after the first).
    pub last_corrected_at: Option<i64>,
}

/// The patient's records in every register at once, one row a register
/// that holds any: one query however many registers the platform has.
pub async fn summaries_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
) -> Result<Vec<RecordSummary>, DbError> {
    Ok(sqlx::query_as(
        "SELECT register_code, COUNT(*) AS records, MAX(recorded_on) AS last_recorded_on,
                MAX(CASE WHEN version > 1 THEN updated_at END) AS last_corrected_at
         FROM records WHERE patient_id = $1 GROUP BY register_code",
    )
    .bind(patient_id)
    .fetch_all(conn)
    .await?)
}

pub async fn summary_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    units: Units<'_>,
) -> Result<(i64, Option<i64>), DbError> {
    let sql = format!(
        "SELECT COUNT(*), MAX(r.updated_at) FROM records r WHERE r.patient_id = $1 AND r.register_code = $2 {}",
        units_filter(units, 3)
    );
    let mut query = sqlx::query_as(&sql).bind(patient_id).bind(register);
    for unit in units.into_iter().flatten() {
        query = query.bind(unit);
    }
    Ok(query.fetch_one(conn).await?)
}

/// One record of a patient in a register, by id; `None` for anyone else's.
pub async fn one_of_patient(
    conn: &mut AnyConnection,
    record_id: i64,
    patient_id: i64,
    register: &str,
) -> Result<Option<StoredRecord>, DbError> {
    let sql = format!(
        "SELECT {STORED_COLUMNS} FROM {STORED_FROM}
         WHERE r.id = $1 AND r.patient_id = $2 AND r.register_code = $3"
    );
    let row: Option<StoredRow> = sqlx::query_as(&sql)
        .bind(record_id)
        .bind(patient_id)
        .bind(register)
        .fetch_optional(conn)
        .await?;
    row.map(stored).transpose()
}

/// A correction by staff: a new version of `record` with `fields`, made
/// current. The old versions stay. `false` when the record changed since it
/// was read (the caller's version is not current any more).
pub async fn correct(
    conn: &mut AnyConnection,
    record: &StoredRecord,
    fields: &serde_json::Map<String, serde_json::Value>,
    at: i64,
    changed_by: &str,
    request_id: i64,
) -> Result<bool, DbError> {
    let version = record.version + 1;
    let moved = sqlx::query(
        "UPDATE records SET version = $1, updated_at = $2 WHERE id = $3 AND version = $4",
    )
    .bind(version)
    .bind(at)
    .bind(record.id)
    .bind(record.version)
    .execute(&mut *conn)
    .await?;
    if moved.rows_affected() != 1 {
        return Ok(false);
    }
    let fields = serde_json::to_string(fields).map_err(|e| DbError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO record_versions (record_id, version, fields, changed_at, changed_by, change_reason, request_id)
         VALUES ($1, $2, $3, $4, $5, 'correction', $6)",
    )
    .bind(record.id)
    .bind(version)
    .bind(fields)
    .bind(at)
    .bind(changed_by)
    .bind(request_id)
    .execute(conn)
    .await?;
    Ok(true)
}

/// Erases every record of a patient in a register, with every version.
/// Returns how many records there were.
pub async fn erase_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
) -> Result<u64, DbError> {
    sqlx::query(
        "DELETE FROM record_versions WHERE record_id IN
             (SELECT id FROM records WHERE patient_id = $1 AND register_code = $2)",
    )
    .bind(patient_id)
    .bind(register)
    .execute(&mut *conn)
    .await?;
    let done = sqlx::query("DELETE FROM records WHERE patient_id = $1 AND register_code = $2")
        .bind(patient_id)
        .bind(register)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// A record as ingestion compares it: whose it is, and its current content.
#[derive(Debug, Clone)]
pub struct SourceRecord {
    pub id: i64,
    pub patient_id: i64,
    pub record_type: String,
    pub care_unit: String,
    pub recorded_on: String,
    pub version: i64,
    pub fields: serde_json::Map<String, serde_json::Value>,
}

/// The records a register knows by these `source_ids`, those insyn has,
/// by source id.
pub async fn by_source_ids(
    conn: &mut AnyConnection,
    register: &str,
    source_ids: &[&str],
) -> Result<std::collections::HashMap<String, SourceRecord>, DbError> {
    type Row = (i64, i64, String, String, String, String, i64, String);
    let mut found = std::collections::HashMap::new();
    for part in source_ids.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT r.id, r.patient_id, r.source_id, r.record_type, r.care_unit, r.recorded_on, r.version, v.fields
             FROM records r JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
             WHERE r.register_code = $1 AND r.source_id IN ({})",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_as::<_, Row>(&sql).bind(register);
        for id in part {
            query = query.bind(*id);
        }
        for (id, patient_id, source_id, record_type, care_unit, recorded_on, version, fields) in
            query.fetch_all(&mut *conn).await?
        {
            let fields = serde_json::from_str(&fields)
                .map_err(|e| DbError::Corrupt(format!("record {id} fields: {e}")))?;
            found.insert(
                source_id,
                SourceRecord {
                    id,
                    patient_id,
                    record_type,
                    care_unit,
                    recorded_on,
                    version,
                    fields,
                },
            );
        }
    }
    Ok(found)
}

/// Inserts records as their first versions, a few hundred rows a statement.
pub async fn insert_many(
    conn: &mut AnyConnection,
    records: &[NewRecord<'_>],
    now: i64,
) -> Result<(), DbError> {
    for part in records.chunks(super::BULK_ROWS) {
        let sql = format!(
            "INSERT INTO records (patient_id, register_code, record_type, source_id, care_unit, recorded_on, version, created_at, updated_at)
             VALUES {} RETURNING id, source_id",
            super::values_rows(part.len(), 9)
        );
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql);
        for record in part {
            query = query
                .bind(record.patient_id)
                .bind(record.register.as_str())
                .bind(record.record_type)
                .bind(record.source_id)
                .bind(record.care_unit.as_str())
                .bind(record.recorded_on.to_string())
                .bind(1_i64)
                .bind(now)
                .bind(now);
        }
        // RETURNING does not promise the VALUES order: match by source id.
        let ids: std::collections::HashMap<String, i64> = query
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|(id, source)| (source, id))
            .collect();
        let sql = format!(
            "INSERT INTO record_versions (record_id, version, fields, changed_at, changed_by) VALUES {}",
            super::values_rows(part.len(), 5)
        );
        let mut query = sqlx::query(&sql);
        for record in part {
            let id = ids.get(record.source_id).ok_or_else(|| {
                DbError::Corrupt("a record inserted in bulk came back without its id".into())
            })?;
            let fields = serde_json::to_string(record.fields)
                .map_err(|e| DbError::Corrupt(e.to_string()))?;
            query = query
                .bind(*id)
                .bind(1_i64)
                .bind(fields)
                .bind(now)
                .bind("register");
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The register reported new content for a record it sent before: a new
/// version (the old ones stay), by the register.
pub async fn update_from_register(
    conn: &mut AnyConnection,
    record: &SourceRecord,
    update: &NewRecord<'_>,
    now: i64,
) -> Result<(), DbError> {
    let version = record.version + 1;
    sqlx::query(
        "UPDATE records SET record_type = $1, care_unit = $2, recorded_on = $3, version = $4, updated_at = $5 WHERE id = $6",
    )
    .bind(update.record_type)
    .bind(update.care_unit.as_str())
    .bind(update.recorded_on.to_string())
    .bind(version)
    .bind(now)
    .bind(record.id)
    .execute(&mut *conn)
    .await?;
    let fields =
        serde_json::to_string(update.fields).map_err(|e| DbError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT INTO record_versions (record_id, version, fields, changed_at, changed_by) VALUES ($1, $2, $3, $4, 'register')",
    )
    .bind(record.id)
    .bind(version)
    .bind(fields)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}
