//! The `mail_digests` table: which registers' daily digests are written.

use super::DbError;
use sqlx::AnyConnection;

/// Claims the digest of `register` for `day`. `false` when it was written
/// already (by this process or another). Call in the transaction that
/// writes the digest's mails.
pub async fn claim(
    conn: &mut AnyConnection,
    day: &str,
    register: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "INSERT INTO mail_digests (day, register_code, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (day, register_code) DO NOTHING",
    )
    .bind(day)
    .bind(register)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
