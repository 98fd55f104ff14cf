//! `insyn backup` while the database is being written: the copy holds every
//! write acknowledged before the backup began, passes SQLite's integrity
//! check, and its access log verifies; restoring is pointing insyn at it.
//! PostgreSQL is refused with the way to back it up instead, and that way
//! (`pg_dump`, `pg_restore`, as OPERATIONS.md writes it) is tested too.

use crate::helpers::spawn_app;
use app::domain::{AccessKind, ActorKind, HsaId, RegisterCode};
use insyn::{
    access_log::verify,
    db::{
        Db, Engine, PoolSettings,
        access_events::{NewAccessEvent, Source},
    },
};
use std::{
    process::Command,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicI64, Ordering},
    },
    time::Duration,
};

fn insyn(db_url: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_insyn"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", db_url)
        .env("INSYN_LOG__FILTER", "warn");
    command
}

/// Appends one access event for patient 1 in its own transaction; the
/// commit is the acknowledgement.
async fn write_one(db: &Db, n: i64) {
    let register = RegisterCode::parse("qivf").unwrap();
    let unit = HsaId::parse("SE2321000016-RM01").unwrap();
    let id = format!("LOAD-{n}");
    let mut tx = db.begin_write().await.unwrap();
    insyn::db::access_events::append(
        &mut tx,
        db.engine(),
        &NewAccessEvent {
            patient_id: 1,
            register: &register,
            occurred_at: 1_782_900_000 + n,
            actor: ActorKind::CareUnit,
            care_unit: Some(&unit),
            staff: None,
            kind: AccessKind::Read,
            reason: Some("Uppföljning"),
            source: Source::RegisterSystem,
            source_event_id: Some(&id),
            acting: None,
            release: None,
            purpose: None,
            data_touched: None,
        },
        1_782_900_000 + n,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

/// A writer appending access events one transaction at a time until
/// stopped; how many were acknowledged (committed) so far.
struct Writes {
    acknowledged: Arc<AtomicI64>,
    stop: Arc<AtomicBool>,
    writer: tokio::task::JoinHandle<()>,
}

impl Writes {
    /// Starts writing, and returns once 50 writes are acknowledged.
    async fn start(db: &Db) -> Self {
        let acknowledged = Arc::new(AtomicI64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let writer = {
            let (db, acknowledged, stop) = (db.clone(), acknowledged.clone(), stop.clone());
            tokio::spawn(async move {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    write_one(&db, n).await;
                    acknowledged.store(n, Ordering::SeqCst);
                }
            })
        };
        let writes = Writes {
            acknowledged,
            stop,
            writer,
        };
        while writes.acknowledged() < 50 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        writes
    }

    fn acknowledged(&self) -> i64 {
        self.acknowledged.load(Ordering::SeqCst)
    }

    /// Stops the writer; the writes acknowledged in all.
    async fn stop(self) -> i64 {
        self.stop.store(true, Ordering::Relaxed);
        let acknowledged = self.acknowledged.clone();
        self.writer.await.unwrap();
        acknowledged.load(Ordering::SeqCst)
    }
}

/// The restored database at `url`: it holds at least the `before` writes
/// acknowledged before the copy began, and its access log verifies.
async fn restored_holds(url: &str, before: i64) -> Db {
    let restored = Db::connect(
        url,
        PoolSettings {
            max_connections: 1,
            acquire_timeout: Duration::from_secs(5),
        },
    )
    .await
    .unwrap();
    let copied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM access_events")
        .fetch_one(restored.pool())
        .await
        .unwrap();
    assert!(
        copied >= before,
        "every write acknowledged before the copy began: {copied} of {before}"
    );
    let mut conn = restored.pool().acquire().await.unwrap();
    let report = verify::verify(&mut conn, &[], Vec::new()).await.unwrap();
    assert!(report.problem.is_none(), "the restored log verifies");
    assert_eq!(report.entries as i64, copied);
    drop(conn);
    restored
}

#[tokio::test]
async fn a_backup_under_write_load_restores_every_acknowledged_write_and_a_verifying_log() {
    let app = spawn_app(Engine::Sqlite).await;
    let writes = Writes::start(&app.db).await;
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM access_events")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let started = writes.acknowledged();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.db");
    let url = app.database_url.clone();
    let out = {
        let file = file.clone();
        tokio::task::spawn_blocking(move || insyn(&url).arg("backup").arg(&file).output().unwrap())
            .await
            .unwrap()
    };
    let during = writes.stop().await - started;
    assert!(during > 0, "writes went on while the backup ran");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("integrity check: ok"));

    restored_holds(&format!("sqlite://{}", file.display()), before)
        .await
        .close()
        .await;

    // Restoring is pointing insyn at the copy: it opens as current.
    let opened = insyn(&format!("sqlite://{}", file.display()))
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        opened.status.success(),
        "{}",
        String::from_utf8_lossy(&opened.stderr)
    );
    let again = insyn(&app.database_url)
        .arg("backup")
        .arg(&file)
        .output()
        .unwrap();
    assert!(!again.status.success(), "a backup never overwrites a file");
}

#[tokio::test]
async fn postgres_is_backed_up_with_its_own_tools() {
    let app = spawn_app(Engine::Postgres).await;
    let dir = tempfile::tempdir().unwrap();
    let out = insyn(&app.database_url)
        .arg("backup")
        .arg(dir.path().join("x"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("pg_dump"));
}

/// The routine OPERATIONS.md gives for PostgreSQL, as written there: a
/// `pg_dump` in custom format while insyn writes, `pg_restore` into a new
/// empty database, then the log checked. Every write acknowledged before the
/// dump began is in the restored database, its access log verifies, and
/// insyn opens it as current.
#[tokio::test]
async fn the_documented_pg_dump_routine_under_write_load_restores_every_acknowledged_write() {
    let app = spawn_app(Engine::Postgres).await;
    let writes = Writes::start(&app.db).await;
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM access_events")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let started = writes.acknowledged();
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("insyn.dump");
    let out = {
        let (dump, url) = (dump.clone(), app.database_url.clone());
        tokio::task::spawn_blocking(move || {
            Command::new("pg_dump")
                .arg("--format=custom")
                .arg(format!("--file={}", dump.display()))
                .arg(&url)
                .output()
                .expect("pg_dump (PostgreSQL's client programs)")
        })
        .await
        .unwrap()
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Keep writing a little after the dump, as a live service would.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let during = writes.stop().await - started;
    assert!(during > 0, "writes went on around the dump");

    let (restored_url, _) = crate::helpers::fresh_database(Engine::Postgres).await;
    let out = Command::new("pg_restore")
        .args(["--exit-on-error", "--no-owner"])
        .arg(format!("--dbname={restored_url}"))
        .arg(&dump)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let restored = restored_holds(&restored_url, before).await;
    let mut conn = restored.pool().acquire().await.unwrap();
    // The append-only triggers came along.
    let changed = sqlx::query("UPDATE access_events SET reason = 'x' WHERE seq = 1")
        .execute(&mut *conn)
        .await;
    assert!(changed.is_err(), "the restored log is append-only");
    drop(conn);
    restored.close().await;
    let opened = insyn(&restored_url).arg("migrate").output().unwrap();
    assert!(
        opened.status.success(),
        "{}",
        String::from_utf8_lossy(&opened.stderr)
    );
}
