//! The `confirmation_mails` table: when insyn sent a confirmation link, to
//! whom (the patient) and where (the address's hash), so the mails can be
//! limited per patient and per address.

use super::DbError;
use sqlx::AnyConnection;

/// Mails sent since `since` on behalf of the patient, and to the address.
pub async fn counts_since(
    conn: &mut AnyConnection,
    patient_id: i64,
    address_hash: &str,
    since: i64,
) -> Result<(i64, i64), DbError> {
    Ok(sqlx::query_as(
        "SELECT
             (SELECT COUNT(*) FROM confirmation_mails WHERE patient_id = $1 AND sent_at >= $3),
             (SELECT COUNT(*) FROM confirmation_mails WHERE address_hash = $2 AND sent_at >= $3)",
    )
    .bind(patient_id)
    .bind(address_hash)
    .bind(since)
    .fetch_one(conn)
    .await?)
}

/// Notes a mail sent now, and forgets those from before `forget_before`.
pub async fn record(
    conn: &mut AnyConnection,
    patient_id: i64,
    address_hash: &str,
    now: i64,
    forget_before: i64,
) -> Result<(), DbError> {
    sqlx::query("DELETE FROM confirmation_mails WHERE sent_at < $1")
        .bind(forget_before)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO confirmation_mails (patient_id, address_hash, sent_at) VALUES ($1, $2, $3)",
    )
    .bind(patient_id)
    .bind(address_hash)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}
