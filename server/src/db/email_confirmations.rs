//! The `email_confirmations` table: single-use, expiring tokens that prove a
//! patient reads the address they gave. Only the token's SHA-256 is kept.

use super::DbError;
use sqlx::AnyConnection;

/// Forgets every token of the patient (a new address, or none).
pub async fn forget_patient(conn: &mut AnyConnection, patient_id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM email_confirmations WHERE patient_id = $1")
        .bind(patient_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn insert(
    conn: &mut AnyConnection,
    token_hash: &str,
    patient_id: i64,
    email: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO email_confirmations (token_hash, patient_id, email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(patient_id)
    .bind(email)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Uses the token: the patient and address it confirms, if it exists, was
/// not used before and has not expired. Marked used either way it is found.
pub async fn redeem(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: i64,
) -> Result<Option<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "UPDATE email_confirmations SET used_at = $1
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
         RETURNING patient_id, email",
    )
    .bind(now)
    .bind(token_hash)
    .fetch_optional(conn)
    .await?)
}

/// Whether the patient has an unused, unexpired link for `email`.
pub async fn pending(
    conn: &mut AnyConnection,
    patient_id: i64,
    email: &str,
    now: i64,
) -> Result<bool, DbError> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM email_confirmations
         WHERE patient_id = $1 AND email = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(patient_id)
    .bind(email)
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(count > 0)
}
