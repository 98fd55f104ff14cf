//! `make soak`: insyn on the topology a region would run — three `insyn
//! serve` processes on one PostgreSQL behind a load balancer — for a
//! bounded time, with patients, staff and a register system at work at
//! once, and nothing allowed to go wrong (issue 20, item 3). It writes
//! `benchmarks/soak.md` and exits non-zero on any error, any lost write, a
//! server's resident memory growing by more than 30 MB or 25 %, an access
//! log that `insyn verify-log` does not verify, or a mail not sent exactly
//! once.
//!
//! Why it is built so:
//!
//! - Real parts, started as in production: the release binary (the one
//!   this bench's build made, `CARGO_BIN_EXE_insyn`), configured only by
//!   `INSYN_*` variables, migrated, seeded and given a token by its own
//!   commands; the development identity provider (OpenID Connect, npm
//!   `oidc-provider`) and maildev as the SMTP server, the same ones the
//!   integration tests start (`tests/api/idp.rs`, `tests/api/smtp.rs`).
//! - One public URL: the provider knows one redirect URI and each server
//!   builds links and its CSRF origin from `http.public_url`, so the three
//!   share one, a small balancer in this program (`soak/proxy.rs`). It
//!   sends each request to the next server, so any client's requests spread.
//! - One patient's journey over all three on purpose: signed in on one,
//!   reading on the next, filing on the third (`soak/clients.rs`). Sessions,
//!   sign-in attempts, the access log's appender and the mail outbox live
//!   in the database, and this is where that shows.
//! - A soak, not a stress test: think times between pages keep the load
//!   steady on a two-core machine; what it looks for is memory that grows,
//!   writes that go missing and errors that come with time.
//! - Memory is sampled from the end of a warm-up (a fifth of the run, at
//!   most a minute: caches and pools filled) to the end of the load, about
//!   a hundred times, and judged by its level at the start against its level
//!   at the end (the medians of the first and last fifth of the samples):
//!   two single samples a minute apart swung by 10 MB with the PDFs and JSON
//!   copies in flight, which a leak does not do. One more sample 5 s after
//!   the load shows what a server keeps once the work is done.
//! - The sign-in limit is raised: every client here comes from 127.0.0.1,
//!   and the limit (shared by the servers through the database) has tests
//!   of its own.
//!
//! Run it with `make soak` (`SOAK_MINUTES`, default 10), or by hand:
//! `TEST_POSTGRES_URL=$(scripts/postgres.sh) cargo test --release -p insyn
//! --bench soak -- --soak --minutes 2`. `SOAK_SECONDS` overrides the
//! length, `SOAK_PATIENTS` the number of patient clients (6),
//! `SOAK_INSYN_BIN` the binary. Without `--soak` (a plain `cargo test` or
//! `cargo bench`) it says so and does nothing.

#[path = "soak/clients.rs"]
mod clients;
mod common;
// The integration tests' identity provider and mail catcher, as they start them.
#[allow(dead_code)]
#[path = "../tests/api/idp.rs"]
mod idp;
#[path = "soak/proxy.rs"]
mod proxy;
#[path = "soak/report.rs"]
mod report;
#[path = "soak/servers.rs"]
mod servers;
#[allow(dead_code)]
#[path = "../tests/api/smtp.rs"]
mod smtp;
#[path = "soak/visitor.rs"]
mod visitor;

use insyn::clock::Clock;
use sqlx::{PgPool, postgres::PgPoolOptions};
use std::{
    path::{Path, PathBuf},
    sync::{Arc, atomic::Ordering},
    time::{Duration, Instant},
};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--soak") {
        println!("soak: not run (`make soak`, or `-- --soak [--minutes N]`)");
        return;
    }
    // Everything the run started is stopped when `run` returns (Drop), before exiting.
    match run(load_seconds(&args)).await {
        Ok(true) => {}
        Ok(false) => std::process::exit(1),
        Err(setup) => {
            eprintln!("soak: could not set up: {setup}");
            std::process::exit(2);
        }
    }
}

/// `SOAK_SECONDS`, else `--minutes N`, else ten minutes.
fn load_seconds(args: &[String]) -> u64 {
    if let Some(seconds) = std::env::var("SOAK_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        return seconds;
    }
    let minutes = args
        .iter()
        .position(|a| a == "--minutes")
        .and_then(|i| args.get(i + 1))
        .and_then(|m| m.parse::<f64>().ok())
        .unwrap_or(10.0);
    (minutes * 60.0).round().max(1.0) as u64
}

fn text(error: impl std::fmt::Display) -> String {
    error.to_string()
}

/// Runs the soak; whether it passed. `Err` when it could not even start.
async fn run(seconds: u64) -> Result<bool, String> {
    let began = Instant::now();
    let date = insyn::export::rfc3339(Clock::System.unix());
    let admin = std::env::var("TEST_POSTGRES_URL").map_err(|_| {
        "TEST_POSTGRES_URL is not set: run `make soak`, or \
         `export TEST_POSTGRES_URL=$(scripts/postgres.sh)`"
            .to_owned()
    })?;
    let dir = tempfile::tempdir().map_err(text)?;

    // ---- The parts ----
    // The balancer's address first: the provider and the servers are told it.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(text)?;
    let public = format!("http://{}", listener.local_addr().map_err(text)?);
    let idp = idp::TestIdp::start(&public).await;
    let catcher = smtp::MailCatcher::start().await;
    let (database_url, database) = fresh_database(&admin).await?;
    let key = dir.path().join("log-signing.key");
    let insyn = servers::Insyn::new(
        binary(),
        server_env(
            &database_url,
            &public,
            &idp.issuer,
            catcher.smtp_port,
            &key,
            dir.path(),
        ),
    );
    // A key made beforehand: three servers starting at once must not each make one.
    insyn
        .run(&["checkpoint", "keygen", &key.display().to_string()])
        .await?;
    insyn.run(&["migrate"]).await?;
    insyn.run(&["seed", "--demo"]).await?;
    let token = insyn
        .run(&["token", "create", "--register", "qivf", "--label", "soak"])
        .await?
        .trim()
        .to_owned();
    let mut instances = Vec::new();
    for index in 0..visitor::SERVERS {
        instances.push(insyn.serve(index).await?);
    }
    let balancer = proxy::start(listener, instances.iter().map(|s| s.url.clone()).collect());
    let pool = PgPoolOptions::new()
        .max_connections(2)
        .connect(&database_url)
        .await
        .map_err(text)?;
    let entries_before = count(&pool, "SELECT COUNT(*) FROM access_events").await?;
    eprintln!("soak: three servers behind {public}; {seconds} s of load");

    // ---- The load ----
    let since = Clock::System.unix();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let ctx = Arc::new(visitor::Ctx::new(
        public.clone(),
        deadline,
        token,
        clients::demo_patients(),
        common::persons(Clock::System.today(), 3000),
    ));
    let patient_clients = common::size_from_env("SOAK_PATIENTS", 6usize);
    let tasks = clients::spawn_all(&ctx, patient_clients);
    let warmup_secs = (seconds / 5).clamp(1, 60);
    tokio::time::sleep(Duration::from_secs(warmup_secs)).await;
    // Memory along the way, often enough that the judgement can look at
    // levels rather than at two single samples (`report::levels`).
    let every = Duration::from_secs(((seconds - warmup_secs) / 100).max(1));
    let sample = |instances: &[servers::Server]| -> Vec<Option<f64>> {
        instances.iter().map(servers::Server::rss_mb).collect()
    };
    let mut samples = vec![sample(&instances)];
    while Instant::now() + every < deadline {
        tokio::time::sleep(every).await;
        samples.push(sample(&instances));
    }
    tokio::time::sleep_until(deadline.into()).await;
    // Still under load, as the first sample was.
    samples.push(sample(&instances));
    clients::join(&ctx, tasks).await;
    // What the servers hold once the work is done: memory held for work in
    // flight goes back; a leak stays.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let after_load = sample(&instances);

    // ---- Afterwards: the mail drains, the servers stop, the log verifies ----
    drain_outbox(&pool).await?;
    let mut stops = Vec::new();
    for instance in &mut instances {
        stops.push(instance.stop().await);
    }
    let checkpoint = insyn.run(&["checkpoint", "create"]).await;
    let verify = insyn.run(&["verify-log"]).await;
    let tables = tables(
        &pool,
        &ctx,
        since,
        entries_before,
        catcher.mails().await.len(),
    )
    .await?;
    pool.close().await;

    let mut outcome = report::Outcome {
        date,
        load_secs: seconds,
        warmup_secs,
        total_secs: began.elapsed().as_secs(),
        patient_clients: patient_clients.clamp(1, ctx.patients.len().max(1)),
        ctx: &ctx,
        recorded: ctx.recorder.take(),
        per_server: balancer
            .served
            .iter()
            .map(|c| c.load(Ordering::Relaxed))
            .collect(),
        balancer_failures: balancer.failures.load(Ordering::Relaxed),
        memory: report::Memory {
            every: every.as_secs(),
            samples,
            after_load,
        },
        server_logs: instances
            .iter()
            .map(|s| {
                (
                    s.log.errors.load(Ordering::Relaxed),
                    s.log.warnings.load(Ordering::Relaxed),
                )
            })
            .collect(),
        stops,
        tables,
        checkpoint,
        verify,
    };
    let why = report::failures(&outcome);
    common::write_report("soak", &report::render(&mut outcome, &why));

    // The details behind a failure go to the console, not the kept report.
    for instance in &instances {
        for line in instance.log.first_errors.lock().unwrap().iter() {
            eprintln!("soak: server {} logged: {line}", instance.index + 1);
        }
    }
    let lost = &outcome.tables.events_lost;
    if !lost.is_empty() {
        eprintln!(
            "soak: lost access events (first ten): {:?}",
            &lost[..lost.len().min(10)]
        );
    }
    if why.is_empty() {
        drop_database(&admin, &database).await;
    } else {
        eprintln!("soak: FAILED; the database {database} is kept for a look");
    }
    Ok(why.is_empty())
}

/// The binary this bench's build made, unless `SOAK_INSYN_BIN` names another.
fn binary() -> PathBuf {
    std::env::var_os("SOAK_INSYN_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_insyn")))
}

/// The configuration every server and command gets, as an operator would set it.
fn server_env(
    database_url: &str,
    public: &str,
    issuer: &str,
    smtp_port: u16,
    key: &Path,
    site: &Path,
) -> Vec<(String, String)> {
    let port = smtp_port.to_string();
    let key = key.display().to_string();
    let site = site.display().to_string();
    [
        ("DATABASE_URL", database_url),
        ("INSYN_LOG__FILTER", "info,sqlx=warn"),
        ("INSYN_LOG__FORMAT", "json"),
        ("INSYN_HTTP__PUBLIC_URL", public),
        ("INSYN_HTTP__SITE_ROOT", site.as_str()),
        // Every client comes from 127.0.0.1; the shared limit has its own tests.
        ("INSYN_HTTP__SIGN_IN_BURST", "100000"),
        ("INSYN_HTTP__SIGN_IN_REPLENISH_SECS", "1"),
        ("INSYN_OIDC__PATIENT__ISSUER", issuer),
        ("INSYN_OIDC__STAFF__ISSUER", issuer),
        ("INSYN_DEMO__SEED_ON_FIRST_START", "false"),
        ("INSYN_MAIL__ENABLED", "true"),
        ("INSYN_MAIL__SMTP_HOST", "127.0.0.1"),
        ("INSYN_MAIL__SMTP_PORT", port.as_str()),
        // Quick polls, so that the outbox drains within seconds at the end.
        ("INSYN_MAIL__POLL_INTERVAL_MS", "250"),
        ("INSYN_MAIL__TIMEOUT_SECS", "5"),
        ("INSYN_MAIL__RETRY_BASE_SECS", "2"),
        ("INSYN_MAIL__LEASE_SECS", "30"),
        ("INSYN_ACCESS_LOG__SIGNING_KEY_FILE", key.as_str()),
        // Several signed checkpoints during even a short run.
        ("INSYN_ACCESS_LOG__CHECKPOINT_INTERVAL_SECS", "30"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

// ---- The database ----

/// A new database on the test PostgreSQL server: its URL and name. Named
/// like the tests' so that `scripts/postgres.sh` drops one a failed run kept.
async fn fresh_database(admin_url: &str) -> Result<(String, String), String> {
    let name = format!("insyn_test_soak_{}", hex::encode(rand::random::<[u8; 6]>()));
    let admin = PgPool::connect(admin_url).await.map_err(text)?;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .map_err(text)?;
    admin.close().await;
    let (base, _) = admin_url
        .rsplit_once('/')
        .ok_or("TEST_POSTGRES_URL names no database")?;
    Ok((format!("{base}/{name}"), name))
}

async fn drop_database(admin_url: &str, name: &str) {
    if let Ok(admin) = PgPool::connect(admin_url).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&admin)
            .await;
        admin.close().await;
    }
}

async fn count(pool: &PgPool, sql: &str) -> Result<i64, String> {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(pool)
        .await
        .map_err(|e| format!("{sql}: {e}"))
}

/// Waits (≤ 60 s) until no mail is pending: the workers of the three
/// servers share the outbox, and each mail must leave once.
async fn drain_outbox(pool: &PgPool) -> Result<(), String> {
    for _ in 0..240 {
        if count(pool, "SELECT COUNT(*) FROM outbox WHERE status = 'pending'").await? == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    Ok(())
}

/// What the database holds at the end, against what the clients were told.
async fn tables(
    pool: &PgPool,
    ctx: &visitor::Ctx,
    since: i64,
    entries_before: i64,
    caught: usize,
) -> Result<report::Tables, String> {
    let stored: Vec<Option<String>> = sqlx::query_scalar(&format!(
        "SELECT source_event_id FROM access_events WHERE source_event_id LIKE '{}%'",
        clients::EVENT_PREFIX
    ))
    .fetch_all(pool)
    .await
    .map_err(text)?;
    let stored: std::collections::HashSet<String> = stored.into_iter().flatten().collect();
    let acked = ctx.events_acked.lock().unwrap().clone();
    let events_lost: Vec<String> = acked
        .iter()
        .filter(|id| !stored.contains(*id))
        .cloned()
        .collect();
    let acked: std::collections::HashSet<String> = acked.into_iter().collect();
    let outbox = |status: &str| format!("SELECT COUNT(*) FROM outbox WHERE status = '{status}'");
    Ok(report::Tables {
        entries_before,
        entries_after: count(pool, "SELECT COUNT(*) FROM access_events").await?,
        checkpoints: count(pool, "SELECT COUNT(*) FROM log_checkpoints").await?,
        events_unacknowledged: stored.difference(&acked).count(),
        events_lost,
        records_stored: count(
            pool,
            &format!(
                "SELECT COUNT(*) FROM records WHERE source_id LIKE '{}%'",
                clients::RECORD_PREFIX
            ),
        )
        .await?,
        requests_filed: count(
            pool,
            &format!("SELECT COUNT(*) FROM requests WHERE received_at >= {since}"),
        )
        .await?,
        requests_rejected: count(
            pool,
            &format!(
                "SELECT COUNT(*) FROM requests WHERE status = 'rejected' AND decided_at >= {since}"
            ),
        )
        .await?,
        mail: report::Mail {
            enqueued: count(pool, "SELECT COUNT(*) FROM outbox").await?,
            sent: count(pool, &outbox("sent")).await?,
            dead: count(pool, &outbox("dead")).await?,
            pending: count(pool, &outbox("pending")).await?,
            caught,
        },
    })
}
