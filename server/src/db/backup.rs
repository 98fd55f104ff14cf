//! `insyn backup`: an online copy of the embedded SQLite database, taken
//! while the portal serves. `VACUUM INTO` reads one consistent snapshot (a
//! read transaction; writers go on in the WAL) and writes a compact,
//! self-contained database file, which is the restore: point
//! `DATABASE_URL` at it. PostgreSQL is backed up with its own tools
//! (`pg_dump`/`pg_restore`, docs/OPERATIONS.md), which insyn does not wrap.

use super::{Db, DbError, Engine};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already; a backup never overwrites a file")]
    Exists(String),
    #[error(
        "insyn backup copies the embedded SQLite database; back up PostgreSQL with pg_dump (docs/OPERATIONS.md, Backups)"
    )]
    Postgres,
    #[error("the copy is damaged: {0}")]
    Damaged(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// What a backup holds, read back from the copy itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    pub patients: i64,
    pub access_events: i64,
}

/// Copies the database into `file` (which must not exist) and checks the
/// copy: SQLite's integrity check, and what it holds.
pub async fn sqlite_into(db: &Db, file: &Path) -> Result<Copied, BackupError> {
    if db.engine() == Engine::Postgres {
        return Err(BackupError::Postgres);
    }
    if file.exists() {
        return Err(BackupError::Exists(file.display().to_string()));
    }
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    sqlx::query("VACUUM INTO $1")
        .bind(file.to_string_lossy().into_owned())
        .execute(&mut *conn)
        .await
        .map_err(DbError::from)?;
    drop(conn);
    let copy = Db::connect(
        &format!("sqlite://{}", file.display()),
        super::PoolSettings {
            max_connections: 1,
            acquire_timeout: std::time::Duration::from_secs(5),
        },
    )
    .await?;
    let mut conn = copy.pool().acquire().await.map_err(DbError::from)?;
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut *conn)
        .await
        .map_err(DbError::from)?;
    if check != "ok" {
        return Err(BackupError::Damaged(check));
    }
    let copied = Copied {
        patients: super::patients::count(&mut conn).await?,
        access_events: super::access_events::count(&mut conn).await?,
    };
    drop(conn);
    copy.close().await;
    Ok(copied)
}
