//! The `logout_tokens_seen` table: the `jti` of every back-channel logout
//! token acted on, so a captured token cannot be replayed.

use super::DbError;
use sqlx::AnyConnection;

/// Records a token's `jti`; answers `false` when it was seen before.
pub async fn first_use(
    conn: &mut AnyConnection,
    issuer: &str,
    jti: &str,
    expires_at: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "INSERT INTO logout_tokens_seen (issuer, jti, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (issuer, jti) DO NOTHING",
    )
    .bind(issuer)
    .bind(jti)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets tokens that could no longer be accepted anyway.
pub async fn purge_expired(conn: &mut AnyConnection, now: i64) -> Result<u64, DbError> {
    let done = sqlx::query("DELETE FROM logout_tokens_seen WHERE expires_at <= $1")
        .bind(now)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
