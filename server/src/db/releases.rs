//! The `releases`, `release_persons` and `release_notices` tables: releases
//! of register data for research and statistics, whom each carried, and
//! which recipients were told of a later correction, restriction or erasure
//! (GDPR art. 19).

use super::DbError;
use app::domain::{RegistrationStatus, ReleaseForm, ReleasePurpose};
use sqlx::AnyConnection;
use std::collections::HashMap;

/// A release as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Release {
    pub id: i64,
    pub register_code: String,
    pub diary_number: String,
    pub decided_at: i64,
    pub delivered_on: Option<String>,
    pub recipient: String,
    pub recipient_contact: String,
    #[sqlx(try_from = "String")]
    pub purpose: ReleasePurpose,
    pub legal_basis: String,
    pub ethics_approval: Option<String>,
    #[sqlx(try_from = "String")]
    pub form: ReleaseForm,
    /// Space-separated record type codes.
    pub record_types: String,
    pub fields: String,
    pub cohort_submitted: i64,
    pub cohort_delivered: i64,
    pub left_out: i64,
    pub opt_out_fingerprint: String,
    pub content_hash: String,
    pub recorded_by_staff: Option<i64>,
    pub recorded_by_token: Option<i64>,
    pub recorded_at: i64,
}

const COLUMNS: &str = "r.id, r.register_code, r.diary_number, r.decided_at, r.delivered_on, r.recipient,
    r.recipient_contact, r.purpose, r.legal_basis, r.ethics_approval, r.form, r.record_types, r.fields,
    r.cohort_submitted, r.cohort_delivered, r.left_out, r.opt_out_fingerprint, r.content_hash,
    r.recorded_by_staff, r.recorded_by_token, r.recorded_at";

/// Stores a release (without its persons); its id.
pub async fn insert(conn: &mut AnyConnection, release: &Release) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO releases (register_code, diary_number, decided_at, delivered_on, recipient,
             recipient_contact, purpose, legal_basis, ethics_approval, form, record_types, fields,
             cohort_submitted, cohort_delivered, left_out, opt_out_fingerprint, content_hash,
             recorded_by_staff, recorded_by_token, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
         RETURNING id",
    )
    .bind(&release.register_code)
    .bind(&release.diary_number)
    .bind(release.decided_at)
    .bind(release.delivered_on.as_deref())
    .bind(&release.recipient)
    .bind(&release.recipient_contact)
    .bind(release.purpose.as_str())
    .bind(&release.legal_basis)
    .bind(release.ethics_approval.as_deref())
    .bind(release.form.as_str())
    .bind(&release.record_types)
    .bind(&release.fields)
    .bind(release.cohort_submitted)
    .bind(release.cohort_delivered)
    .bind(release.left_out)
    .bind(&release.opt_out_fingerprint)
    .bind(&release.content_hash)
    .bind(release.recorded_by_staff)
    .bind(release.recorded_by_token)
    .bind(release.recorded_at)
    .fetch_one(conn)
    .await?)
}

/// Stores whom a release carried.
pub async fn insert_persons(
    conn: &mut AnyConnection,
    release: i64,
    patients: &[i64],
) -> Result<(), DbError> {
    for part in patients.chunks(super::BULK_ROWS) {
        let sql = format!(
            "INSERT INTO release_persons (release_id, patient_id) VALUES {}",
            super::values_rows(part.len(), 2)
        );
        let mut query = sqlx::query(&sql);
        for patient in part {
            query = query.bind(release).bind(*patient);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The release of `register` under `diary_number`, if there is one.
pub async fn by_diary_number(
    conn: &mut AnyConnection,
    register: &str,
    diary_number: &str,
) -> Result<Option<Release>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM releases r WHERE r.register_code = $1 AND r.diary_number = $2"
    ))
    .bind(register)
    .bind(diary_number)
    .fetch_optional(conn)
    .await?)
}

pub async fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<Release>, DbError> {
    Ok(
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM releases r WHERE r.id = $1"))
            .bind(id)
            .fetch_optional(conn)
            .await?,
    )
}

/// Every release of a register, newest decision first.
pub async fn of_register(
    conn: &mut AnyConnection,
    register: &str,
) -> Result<Vec<Release>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM releases r WHERE r.register_code = $1 ORDER BY r.decided_at DESC, r.id DESC"
    ))
    .bind(register)
    .fetch_all(conn)
    .await?)
}

/// Every release of the given registers, newest decision first.
pub async fn of_registers(
    conn: &mut AnyConnection,
    registers: &[String],
) -> Result<Vec<Release>, DbError> {
    let mut all = Vec::new();
    for register in registers {
        all.extend(of_register(conn, register).await?);
    }
    all.sort_by_key(|r| std::cmp::Reverse((r.decided_at, r.id)));
    Ok(all)
}

/// The releases that carried the patient, newest decision first.
pub async fn of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
) -> Result<Vec<Release>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM releases r JOIN release_persons p ON p.release_id = r.id
         WHERE p.patient_id = $1 ORDER BY r.decided_at DESC, r.id DESC"
    ))
    .bind(patient_id)
    .fetch_all(conn)
    .await?)
}

/// The 12-digit personnummer of whom a release carried, sorted.
pub async fn delivered_persons(
    conn: &mut AnyConnection,
    release: i64,
) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT p.personnummer FROM release_persons rp JOIN patients p ON p.id = rp.patient_id
         WHERE rp.release_id = $1 ORDER BY p.personnummer",
    )
    .bind(release)
    .fetch_all(conn)
    .await?)
}

/// For each of `persons` (12-digit personnummer) registered in `register`:
/// their id and registration status.
pub async fn registered_among(
    conn: &mut AnyConnection,
    register: &str,
    persons: &[&str],
) -> Result<HashMap<String, (i64, RegistrationStatus)>, DbError> {
    let mut found = HashMap::with_capacity(persons.len());
    for part in persons.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT p.personnummer, p.id, r.status FROM patients p
             JOIN registrations r ON r.patient_id = p.id AND r.register_code = $1
             WHERE p.personnummer IN ({})",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_as::<_, (String, i64, String)>(&sql).bind(register);
        for pnr in part {
            query = query.bind(*pnr);
        }
        for (pnr, id, status) in query.fetch_all(&mut *conn).await? {
            found.insert(
                pnr,
                (id, super::parse_code(&status, "registration status")?),
            );
        }
    }
    Ok(found)
}

/// The releases of `register` that carried the patient and were decided
/// before `before`: whom to tell of a change to their data (art. 19).
pub async fn recipients_to_tell(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    before: i64,
) -> Result<Vec<Release>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM releases r JOIN release_persons p ON p.release_id = r.id
         WHERE p.patient_id = $1 AND r.register_code = $2 AND r.decided_at < $3
         ORDER BY r.decided_at, r.id"
    ))
    .bind(patient_id)
    .bind(register)
    .bind(before)
    .fetch_all(conn)
    .await?)
}

/// When each recipient was told of request `request_id`, by release.
pub async fn notices_of_request(
    conn: &mut AnyConnection,
    request_id: i64,
) -> Result<HashMap<i64, i64>, DbError> {
    let rows: Vec<(i64, i64)> =
        sqlx::query_as("SELECT release_id, told_at FROM release_notices WHERE request_id = $1")
            .bind(request_id)
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().collect())
}

/// Records that the recipient of `release` was told of request
/// `request_id`. `false` if that was recorded already.
pub async fn mark_told(
    conn: &mut AnyConnection,
    request_id: i64,
    release: i64,
    staff: i64,
    at: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "INSERT INTO release_notices (request_id, release_id, told_at, told_by_staff) VALUES ($1, $2, $3, $4)
         ON CONFLICT (request_id, release_id) DO NOTHING",
    )
    .bind(request_id)
    .bind(release)
    .bind(at)
    .bind(staff)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
