//! The `log_checkpoints` table: signed statements of the access log's size
//! and root. A copy in the database is a convenience; what proves the log
//! was not rewritten is the exported copy kept elsewhere. Each row also keeps
//! the tree's frontier at that size, so the checkpointer can go on from it.

use super::DbError;
use sqlx::AnyConnection;

/// A checkpoint as stored: size, root (hex), time, key id and signature
/// (hex), and the tree's frontier (hex hashes, largest subtree first; none
/// in checkpoints made before it was kept).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredCheckpoint {
    pub tree_size: i64,
    pub root_hash: String,
    pub signed_at: i64,
    pub key_id: String,
    pub signature: String,
    pub frontier: Option<String>,
    /// The checkpoint as a C2SP signed note (none in checkpoints made
    /// before notes were signed).
    pub note: Option<String>,
}

const COLUMNS: &str = "tree_size, root_hash, signed_at, key_id, signature, frontier, note";

/// Stores a checkpoint; one of the same size already there is kept.
pub async fn insert(conn: &mut AnyConnection, c: &StoredCheckpoint) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO log_checkpoints (tree_size, root_hash, signed_at, key_id, signature, frontier, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tree_size) DO NOTHING",
    )
    .bind(c.tree_size)
    .bind(&c.root_hash)
    .bind(c.signed_at)
    .bind(&c.key_id)
    .bind(&c.signature)
    .bind(&c.frontier)
    .bind(&c.note)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every checkpoint, smallest first.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<StoredCheckpoint>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM log_checkpoints ORDER BY tree_size"
    ))
    .fetch_all(conn)
    .await?)
}

/// The largest checkpoint, if any.
pub async fn latest(conn: &mut AnyConnection) -> Result<Option<StoredCheckpoint>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1"
    ))
    .fetch_optional(conn)
    .await?)
}

/// The size of the largest checkpoint (0 if none).
pub async fn latest_size(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar("SELECT COALESCE(MAX(tree_size), 0) FROM log_checkpoints")
            .fetch_one(conn)
            .await?,
    )
}

/// The latest checkpoint that has a signed note, if any.
pub async fn latest_note(conn: &mut AnyConnection) -> Result<Option<StoredCheckpoint>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM log_checkpoints WHERE note IS NOT NULL ORDER BY tree_size DESC LIMIT 1"
    ))
    .fetch_optional(conn)
    .await?)
}

/// The checkpoint of `tree_size` entries, if one was signed.
pub async fn of_size(
    conn: &mut AnyConnection,
    tree_size: i64,
) -> Result<Option<StoredCheckpoint>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM log_checkpoints WHERE tree_size = $1"
    ))
    .bind(tree_size)
    .fetch_optional(conn)
    .await?)
}
