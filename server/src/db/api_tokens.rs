//! The `api_tokens` table: per-register tokens of register systems. Only the
//! SHA-256 of a token is stored; the token itself is shown once, at creation.

use super::DbError;
use sqlx::AnyConnection;

pub async fn create(
    conn: &mut AnyConnection,
    register: &str,
    token_hash: &str,
    label: &str,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO api_tokens (register_code, token_hash, label, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(register)
    .bind(token_hash)
    .bind(label)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// The id of a live (not revoked) token with this hash, and the register
/// it writes to.
pub async fn live(
    conn: &mut AnyConnection,
    token_hash: &str,
) -> Result<Option<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, register_code FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await?)
}

/// A token as the operator sees it (never the token itself).
#[derive(Debug, Clone)]
pub struct TokenRow {
    pub id: i64,
    pub register_code: String,
    pub label: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

pub async fn list(conn: &mut AnyConnection) -> Result<Vec<TokenRow>, DbError> {
    let rows: Vec<(i64, String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, register_code, label, created_at, revoked_at FROM api_tokens ORDER BY id",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, register_code, label, created_at, revoked_at)| TokenRow {
                id,
                register_code,
                label,
                created_at,
                revoked_at,
            },
        )
        .collect())
}

/// The register token `id` writes to, if there is such a token.
pub async fn register_of(conn: &mut AnyConnection, id: i64) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT register_code FROM api_tokens WHERE id = $1")
            .bind(id)
            .fetch_optional(conn)
            .await?,
    )
}

/// Revokes a token. `false` when there is no such live token.
pub async fn revoke(conn: &mut AnyConnection, id: i64, now: i64) -> Result<bool, DbError> {
    let done =
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}
