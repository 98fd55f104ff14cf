//! The database: one pool over SQLite or PostgreSQL through sqlx's `Any`
//! driver, so every query is written once, in `$1`-style SQL that both
//! engines run. Each submodule owns one table (or a table and its children)
//! and holds all SQL for it.

pub mod access_events;
pub mod access_notices;
pub mod access_reviews;
pub mod api_tokens;
pub mod audit_trail;
pub mod backup;
pub mod care_units;
pub mod confirmation_mails;
pub mod email_confirmations;
pub mod log_checkpoints;
pub mod login_attempts;
pub mod logout_tokens_seen;
pub mod mail_digests;
pub mod opt_outs;
pub mod outbox;
pub mod patients;
pub mod platform_tokens;
pub mod rate_limits;
pub mod record_versions;
pub mod records;
pub mod registers;
pub mod registrations;
pub mod relations;
pub mod releases;
pub mod requests;
pub mod sessions;
pub mod staff;

pub(crate) use crate::crypto::sha256_hex;

use sqlx::{
    AnyPool, Connection, Executor,
    any::{AnyPoolOptions, install_default_drivers},
    migrate::Migrator,
};
use std::{str::FromStr, time::Duration};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn of_url(url: &str) -> Result<Self, DbError> {
        if url.starts_with("sqlite:") {
            Ok(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Engine::Postgres)
        } else {
            Err(DbError::UnsupportedUrl)
        }
    }
}

/// Errors of the data layer. The message never includes query parameters,
/// so it is safe to log.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL must start with sqlite:// or postgres://")]
    UnsupportedUrl,
    #[error("cannot create the database folder {0}: {1}")]
    CreateDir(String, std::io::Error),
    #[error("cannot reach the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("cannot apply the migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database query failed: {0}")]
    Query(#[from] sqlx::Error),
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
}

impl DbError {
    /// The database cannot answer just now — unreachable, shutting down or
    /// restarting, the connection lost, too busy, out of space — rather
    /// than a statement or the stored data being wrong: a 503, try again.
    pub fn is_unavailable(&self) -> bool {
        match self {
            DbError::Connect(_) => true,
            DbError::Query(error) => match error {
                sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::Protocol(_)
                | sqlx::Error::WorkerCrashed => true,
                sqlx::Error::Database(error) => error.code().is_some_and(|c| not_now(&c)),
                _ => false,
            },
            _ => false,
        }
    }
}

/// Codes that mean "not now". PostgreSQL's are five-character SQLSTATEs:
/// class 08 (connection exception), class 53 (insufficient resources: disk
/// full, too many connections) and 57P01–57P03 (shutting down, crashed,
/// starting). SQLite's are numbers, whose low byte is the primary code: 5
/// BUSY, 6 LOCKED, 10 IOERR, 13 FULL.
fn not_now(code: &str) -> bool {
    if code.len() == 5 {
        code.starts_with("08")
            || code.starts_with("53")
            || matches!(code, "57P01" | "57P02" | "57P03")
    } else {
        code.parse::<i32>()
            .is_ok_and(|c| matches!(c & 0xff, 5 | 6 | 10 | 13))
    }
}

/// What a failpoint injects into a statement: the connection lost under it,
/// as a database that went away answers. Only the fault tests
/// (`server/tests/faults`) turn failpoints on.
pub(crate) fn lost_connection() -> DbError {
    DbError::Query(sqlx::Error::Io(std::io::Error::new(
        std::io::ErrorKind::ConnectionReset,
        "failpoint: the connection was lost",
    )))
}

#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    engine: Engine,
}

pub struct PoolSettings {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Db {
    /// Opens a pool. For SQLite, creates the file and its folder if missing,
    /// and turns on WAL (readers do not block the writer) and foreign keys.
    pub async fn connect(url: &str, settings: PoolSettings) -> Result<Self, DbError> {
        install_default_drivers();
        let engine = Engine::of_url(url)?;
        let url = match engine {
            Engine::Sqlite => prepare_sqlite(url)?,
            Engine::Postgres => url.to_owned(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(settings.max_connections)
            .acquire_timeout(settings.acquire_timeout)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if engine == Engine::Sqlite {
                        conn.execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;").await?;
                    }
                    Ok(())
                })
            })
            // A connection still in a transaction when handed out again is
            // one whose rollback did not take: SQLite rolls back by itself
            // on some errors (a full disk), sqlx's ROLLBACK then fails and
            // its count of open transactions stays at one, so every later
            // BEGIN on it would fail. Closed, it is replaced by a new one.
            .before_acquire(|conn, _| Box::pin(async move { Ok(!conn.is_in_transaction()) }))
            .connect(&url)
            .await
            .map_err(DbError::Connect)?;
        if engine == Engine::Sqlite {
            // Persistent for the file; set once here rather than per connection.
            pool.execute("PRAGMA journal_mode = WAL;").await?;
        }
        Ok(Db { pool, engine })
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A transaction that will write. On SQLite it takes the write lock at
    /// once (`BEGIN IMMEDIATE`): a deferred transaction that reads first and
    /// writes later fails with SQLITE_BUSY when another writer committed in
    /// between, and the busy timeout does not help there. On PostgreSQL a
    /// plain `BEGIN`.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, DbError> {
        Ok(match self.engine {
            Engine::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Engine::Postgres => self.pool.begin().await?,
        })
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    pub async fn migrate(&self) -> Result<(), DbError> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// Answers whether the database responds to a trivial query.
    pub async fn ping(&self) -> Result<(), DbError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Makes sure the SQLite file's folder exists and asks sqlx to create the
/// file (`mode=rwc`) unless the URL says otherwise.
fn prepare_sqlite(url: &str) -> Result<String, DbError> {
    let rest = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let dir = std::path::Path::new(path)
        .parent()
        .filter(|d| !d.as_os_str().is_empty());
    if let Some(dir) = dir.filter(|_| path != ":memory:") {
        std::fs::create_dir_all(dir)
            .map_err(|e| DbError::CreateDir(dir.display().to_string(), e))?;
    }
    Ok(if query.contains("mode=") {
        url.to_owned()
    } else if query.is_empty() {
        format!("{url}?mode=rwc")
    } else {
        format!("{url}&mode=rwc")
    })
}

/// Parses a code column into its enum, or reports stored data as corrupt.
pub(crate) fn parse_code<T: FromStr>(value: &str, what: &str) -> Result<T, DbError> {
    value
        .parse()
        .map_err(|_| DbError::Corrupt(format!("unknown {what} {value:?}")))
}

/// Parses a date column (`YYYY-MM-DD`), or reports stored data as corrupt.
pub(crate) fn parse_date(value: &str, what: &str) -> Result<time::Date, DbError> {
    time::Date::parse(value, ISO_DATE)
        .map_err(|_| DbError::Corrupt(format!("{what} {value:?} is not a date")))
}

/// How dates are stored: ISO 8601, `YYYY-MM-DD`.
pub(crate) const ISO_DATE: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// Rows a bulk statement writes or looks up at once. Far under both
/// engines' parameter limits; and small, because SQLite finds a `$N`
/// parameter by a linear search of the statement's names, so binding costs
/// grow with the square of the parameters in one statement.
pub(crate) const BULK_ROWS: usize = 100;

/// `$first, $first+1, …` for an `IN (…)` list of `n` parameters.
pub(crate) fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `($1, $2), ($3, $4), …` for a multi-row `VALUES` of `rows` rows of `columns`.
pub(crate) fn values_rows(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|r| format!("({})", placeholders(1 + r * columns, columns)))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_engines_and_refuses_others() {
        assert_eq!(
            Engine::of_url("sqlite://./data/insyn.db").unwrap(),
            Engine::Sqlite
        );
        assert_eq!(
            Engine::of_url("postgres://u@h/db").unwrap(),
            Engine::Postgres
        );
        assert_eq!(
            Engine::of_url("postgresql://u@h/db").unwrap(),
            Engine::Postgres
        );
        assert!(matches!(
            Engine::of_url("mysql://u@h/db"),
            Err(DbError::UnsupportedUrl)
        ));
    }

    #[test]
    fn sqlite_urls_get_create_mode() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/sub/x.db", dir.path().display());
        assert_eq!(prepare_sqlite(&url).unwrap(), format!("{url}?mode=rwc"));
        assert!(dir.path().join("sub").is_dir());
        assert_eq!(
            prepare_sqlite("sqlite://x.db?mode=ro").unwrap(),
            "sqlite://x.db?mode=ro"
        );
    }

    #[test]
    fn bulk_placeholders_number_on() {
        assert_eq!(placeholders(2, 3), "$2, $3, $4");
        assert_eq!(values_rows(2, 2), "($1, $2), ($3, $4)");
    }

    #[test]
    fn codes_that_mean_not_now() {
        // PostgreSQL: admin shutdown, connection failure, disk full.
        for code in ["57P01", "57P03", "08006", "53100", "53300"] {
            assert!(super::not_now(code), "{code}");
        }
        // SQLite: BUSY, BUSY_SNAPSHOT (517), IOERR_WRITE (778), FULL.
        for code in ["5", "517", "778", "13"] {
            assert!(super::not_now(code), "{code}");
        }
        // Wrong statements or data are not a matter of waiting.
        for code in ["23505", "42P01", "40001", "19", "2067", "1"] {
            assert!(!super::not_now(code), "{code}");
        }
    }
}
