//! The `platform_tokens` table: tokens of integrations that are not one
//! register's (`relations`: the population register's guardianships). Only
//! the SHA-256 of a token is stored; the token is shown once, at creation.

use super::DbError;
use sqlx::AnyConnection;

pub async fn create(
    conn: &mut AnyConnection,
    purpose: &str,
    token_hash: &str,
    label: &str,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO platform_tokens (purpose, token_hash, label, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(purpose)
    .bind(token_hash)
    .bind(label)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// Whether a live token with this hash serves `purpose`.
pub async fn serves(
    conn: &mut AnyConnection,
    token_hash: &str,
    purpose: &str,
) -> Result<bool, DbError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM platform_tokens WHERE token_hash = $1 AND purpose = $2 AND revoked_at IS NULL",
    )
    .bind(token_hash)
    .bind(purpose)
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}
