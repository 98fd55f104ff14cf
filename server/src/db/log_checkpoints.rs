//! The `log_checkpoints` table: signed statements of the access log's size
//! and root. A copy in the database is a convenience; what proves the log
//! was not rewritten is the exported copy kept elsewhere.

use super::DbError;
use sqlx::AnyConnection;

/// A checkpoint as stored: size, root (hex), time, key id and signature (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCheckpoint {
    pub tree_size: i64,
    pub root_hash: String,
    pub signed_at: i64,
    pub key_id: String,
    pub signature: String,
}

/// Stores a checkpoint; one of the same size already there is kept.
pub async fn insert(conn: &mut AnyConnection, c: &StoredCheckpoint) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO log_checkpoints (tree_size, root_hash, signed_at, key_id, signature)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tree_size) DO NOTHING",
    )
    .bind(c.tree_size)
    .bind(&c.root_hash)
    .bind(c.signed_at)
    .bind(&c.key_id)
    .bind(&c.signature)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every checkpoint, smallest first.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<StoredCheckpoint>, DbError> {
    let rows: Vec<(i64, String, i64, String, String)> = sqlx::query_as(
        "SELECT tree_size, root_hash, signed_at, key_id, signature FROM log_checkpoints ORDER BY tree_size",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(tree_size, root_hash, signed_at, key_id, signature)| StoredCheckpoint {
                tree_size,
                root_hash,
                signed_at,
                key_id,
                signature,
            },
        )
        .collect())
}

/// The size of the largest checkpoint (0 if none).
pub async fn latest_size(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar("SELECT COALESCE(MAX(tree_size), 0) FROM log_checkpoints")
            .fetch_one(conn)
            .await?,
    )
}
