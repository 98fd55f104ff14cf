//! PostgreSQL going away under load: a private instance (initdb in a
//! temporary folder, its own port, so the shared test cluster and its other
//! tests are not hit) stopped for a while and started again, then every
//! backend of insyn's killed (`pg_terminate_backend`), while patients read
//! their register data, a register system reports access events and a
//! patient files a request. insyn answers 503 while the database is away —
//! never another error, never a panic — and recovers by itself, without a
//! restart; afterwards every acknowledged batch, every page shown (as its
//! access-log entry) and the request with its mails are in the database.

use crate::{
    client::{
        CORRECTION, CORRECTION_FORM, Patient, TOLVAN, access_event, count, migrate_and_seed,
        post_batch, token,
    },
    helpers::spawn_instance,
};
use insyn::db::{Db, PoolSettings};
use reqwest::StatusCode;
use serde_json::json;
use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Command,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

/// A PostgreSQL cluster of the test's own, removed with it.
struct PrivatePostgres {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    _dir: tempfile::TempDir,
}

/// The newest installed PostgreSQL's programs (Debian keeps them off PATH).
fn postgres_bin() -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|dirs| {
            dirs.filter_map(|d| d.ok())
                .map(|d| d.path().join("bin"))
                .collect()
        })
        .unwrap_or_default();
    versions.retain(|bin| bin.join("initdb").exists());
    versions.sort_by_key(|bin| {
        let version = bin
            .parent()
            .and_then(Path::file_name)
            .and_then(|v| v.to_str());
        version.and_then(|v| v.parse::<u32>().ok()).unwrap_or(0)
    });
    versions
        .pop()
        .expect("PostgreSQL is installed (scripts/postgres.sh)")
}

/// PostgreSQL refuses to run as root: then as the `postgres` user.
fn as_owner(program: &Path) -> Command {
    if nix_is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(program);
        command
    } else {
        Command::new(program)
    }
}

fn nix_is_root() -> bool {
    let out = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

fn run(mut command: Command) {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

impl PrivatePostgres {
    fn start() -> Self {
        let bin = postgres_bin();
        let dir = tempfile::tempdir().unwrap();
        if nix_is_root() {
            run({
                let mut chown = Command::new("chown");
                chown.arg("postgres:postgres").arg(dir.path());
                chown
            });
        }
        let data = dir.path().join("data");
        run({
            let mut initdb = as_owner(&bin.join("initdb"));
            initdb
                .args([
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "--no-sync",
                    "-E",
                    "UTF8",
                    "-D",
                ])
                .arg(&data);
            initdb
        });
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let postgres = PrivatePostgres {
            bin,
            data,
            port,
            _dir: dir,
        };
        postgres.pg_ctl(&["start"]);
        postgres
    }

    fn pg_ctl(&self, action: &[&str]) {
        let options = format!(
            "-p {} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off",
            self.port
        );
        run({
            let mut pg_ctl = as_owner(&self.bin.join("pg_ctl"));
            pg_ctl
                .arg("-D")
                .arg(&self.data)
                .args(["-w", "-m", "fast", "-o", &options, "-l"])
                .arg(self.data.join("server.log"))
                .args(action);
            pg_ctl
        });
    }

    fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let _ = as_owner(&self.bin.join("pg_ctl"))
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "immediate", "stop"])
            .output();
    }
}

async fn connect(url: &str) -> Db {
    Db::connect(
        url,
        PoolSettings {
            max_connections: 1,
            acquire_timeout: Duration::from_secs(10),
        },
    )
    .await
    .unwrap()
}

/// What the clients had, by kind of act and answer.
type Tally = Arc<Mutex<BTreeMap<String, u32>>>;

fn note(tally: &Tally, act: &str, outcome: Result<StatusCode, reqwest::Error>) {
    let outcome = match outcome {
        Ok(status) => status.as_u16().to_string(),
        Err(error) => format!("failed: {error}"),
    };
    *tally
        .lock()
        .unwrap()
        .entry(format!("{act} {outcome}"))
        .or_insert(0) += 1;
}

fn seen(tally: &Tally, act_and_outcome: &str) -> u32 {
    tally
        .lock()
        .unwrap()
        .get(act_and_outcome)
        .copied()
        .unwrap_or(0)
}

#[tokio::test]
async fn postgres_restarted_and_its_backends_killed_under_load_loses_nothing() {
    let _alone = crate::alone();
    let postgres = PrivatePostgres::start();
    let admin = connect(&postgres.url("postgres")).await;
    sqlx::query("CREATE DATABASE insyn")
        .execute(admin.pool())
        .await
        .unwrap();
    admin.close().await;
    let url = postgres.url("insyn");
    migrate_and_seed(&url);
    let app = spawn_instance(&url, None).await;
    let token = token(&app.db, "qivf").await;
    let looks = "SELECT COUNT(*) FROM access_events WHERE source = 'insyn'";
    let looks_before = count(&app.db, looks).await;
    let requests_before = count(&app.db, "SELECT COUNT(*) FROM requests").await;
    let mails_before = count(&app.db, "SELECT COUNT(*) FROM outbox").await;

    let tally: Tally = Arc::default();
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let mut clients = Vec::new();
    for _ in 0..3 {
        let patient = Patient::signed_in(&app.db, &app.address, TOLVAN).await;
        let (stop, tally) = (stop.clone(), tally.clone());
        clients.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let outcome = patient
                    .get("/me/registers/qivf")
                    .await
                    .map(|(status, _)| status);
                note(&tally, "look", outcome);
            }
        }));
    }
    {
        let (stop, tally, acked) = (stop.clone(), tally.clone(), acknowledged.clone());
        let (address, token) = (app.address.clone(), token.clone());
        clients.push(tokio::spawn(async move {
            let path = "/api/v1/registers/qivf/access-events";
            for n in 0.. {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let id = format!("PG-{n}");
                let batch = json!({ "items": [access_event(&id)] });
                let outcome = post_batch(&address, path, &token, &batch).await;
                if matches!(outcome, Ok(StatusCode::OK)) {
                    acked.lock().unwrap().push(id);
                }
                note(&tally, "report", outcome);
            }
        }));
    }

    let filer = Patient::signed_in(&app.db, &app.address, TOLVAN).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    // Down: stopped (its backends told to end), and away for two seconds.
    postgres.pg_ctl(&["stop"]);
    // The patient files while the database is away, and again until it is
    // taken: one request, however many tries.
    let filing = tokio::spawn(async move {
        let mut answers = Vec::new();
        loop {
            let answer = filer
                .submit(CORRECTION_FORM, &CORRECTION)
                .await
                .map(|r| r.status());
            answers.push(answer.as_ref().map(|s| s.as_u16()).unwrap_or(0));
            if matches!(answer, Ok(StatusCode::SEE_OTHER)) {
                return answers;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    });
    tokio::time::sleep(Duration::from_secs(2)).await;
    let down = seen(&tally, "look 503") + seen(&tally, "report 503");
    assert!(
        down > 0,
        "answered 503 while away: {:?}",
        tally.lock().unwrap()
    );
    postgres.pg_ctl(&["start"]);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after_restart = seen(&tally, "look 200");

    // Every backend killed at once, twice.
    for _ in 0..2 {
        let admin = connect(&postgres.url("postgres")).await;
        let killed: Vec<bool> = sqlx::query_scalar(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = 'insyn' AND pid <> pg_backend_pid()",
        )
        .fetch_all(admin.pool())
        .await
        .unwrap();
        assert!(!killed.is_empty(), "insyn had backends to kill");
        admin.close().await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
    }
    let answers = tokio::time::timeout(Duration::from_secs(30), filing)
        .await
        .expect("the request is taken once the database is back")
        .unwrap();
    let before_end = (seen(&tally, "look 200"), seen(&tally, "report 200"));
    tokio::time::sleep(Duration::from_secs(1)).await;
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.await.unwrap();
    }
    let tally = tally.lock().unwrap().clone();

    // Only pages and 503s: no other error, no panic (it would be a 500).
    assert!(
        tally
            .keys()
            .all(|k| k.ends_with(" 200") || k.ends_with(" 503")),
        "{tally:?}"
    );
    assert!(
        answers.iter().all(|s| [303, 503].contains(s)),
        "{answers:?}"
    );
    // Recovered without a restart, after each fault.
    assert!(seen_in(&tally, "look 200") > after_restart, "{tally:?}");
    assert!(seen_in(&tally, "look 200") > before_end.0, "{tally:?}");
    assert!(seen_in(&tally, "report 200") > before_end.1, "{tally:?}");

    // Nothing acknowledged is missing.
    let acked = acknowledged.lock().unwrap().clone();
    let stored: Vec<String> = sqlx::query_scalar(
        "SELECT source_event_id FROM access_events WHERE source_event_id LIKE 'PG-%'",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    for id in &acked {
        assert!(stored.contains(id), "acknowledged {id} is stored");
    }
    let shown = i64::from(seen_in(&tally, "look 200"));
    assert!(
        count(&app.db, looks).await - looks_before >= shown,
        "every page shown has its log entry"
    );
    assert_eq!(
        count(&app.db, "SELECT COUNT(*) FROM requests").await,
        requests_before + 1,
        "the request once: {answers:?}"
    );
    assert!(
        count(&app.db, "SELECT COUNT(*) FROM outbox").await > mails_before,
        "with its mails"
    );
    let _ = app.stop();
}

fn seen_in(tally: &BTreeMap<String, u32>, act_and_outcome: &str) -> u32 {
    tally.get(act_and_outcome).copied().unwrap_or(0)
}
