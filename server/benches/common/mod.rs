//! What every benchmark shares: a fresh database per engine (a SQLite file,
//! and a PostgreSQL database of its own when TEST_POSTGRES_URL is set), the
//! best of several runs, and the report written to `benchmarks/`.

#![allow(dead_code)] // each benchmark uses its own part

use insyn::db::{Db, PoolSettings};
use std::time::Duration;

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// A connection pool on `url`, without migrating.
pub async fn connect_unmigrated(url: &str) -> Db {
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

/// A migrated, empty database at `url`.
pub async fn connect(url: &str, max_connections: u32) -> Db {
    let db = Db::connect(
        url,
        PoolSettings {
            max_connections,
            acquire_timeout: Duration::from_secs(10),
        },
    )
    .await
    .unwrap();
    db.migrate().await.unwrap();
    db
}

/// Runs `engine` once per engine with a fresh database URL and its name,
/// and joins the table rows it returns.
pub fn on_each_engine(
    rt: &tokio::runtime::Runtime,
    mut engine: impl FnMut(&tokio::runtime::Runtime, &str, &str) -> String,
) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut rows = engine(
        rt,
        "SQLite",
        &format!("sqlite://{}/bench.db", dir.path().display()),
    );
    if let Ok(admin) = std::env::var("TEST_POSTGRES_URL") {
        let name = format!("insyn_bench_{}", std::process::id());
        rt.block_on(async {
            let db = Db::connect(
                &admin,
                PoolSettings {
                    max_connections: 1,
                    acquire_timeout: Duration::from_secs(10),
                },
            )
            .await
            .unwrap();
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(db.pool())
                .await
                .unwrap();
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(db.pool())
                .await
                .unwrap();
            db.close().await;
        });
        let (base, _) = admin.rsplit_once('/').unwrap();
        rows.push_str(&engine(rt, "PostgreSQL", &format!("{base}/{name}")));
    }
    rows
}

/// A second empty database beside `url`, for a baseline: each run starts
/// from fresh tables (emptying the first would leave PostgreSQL planning for
/// empty tables all through the second run).
pub async fn second_database(url: &str) -> String {
    if url.starts_with("sqlite:") {
        return url.replace("bench.db", "baseline.db");
    }
    let (base, name) = url.rsplit_once('/').unwrap();
    let admin = connect_unmigrated(url).await;
    let second = format!("{name}_baseline");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {second}"))
        .execute(admin.pool())
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {second}"))
        .execute(admin.pool())
        .await
        .unwrap();
    admin.close().await;
    format!("{base}/{second}")
}

/// `persons` as patients registered (active) in Q-IVF, by plain multi-row
/// INSERTs of 500; their ids in order.
pub async fn insert_registered(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    persons: &[String],
) -> Vec<i64> {
    let mut ids = Vec::with_capacity(persons.len());
    for part in persons.chunks(500) {
        let values: Vec<String> = part.iter().map(|p| format!("('{p}', 0)")).collect();
        let mut rows: Vec<i64> = sqlx::query_scalar(&format!(
            "INSERT INTO patients (personnummer, created_at) VALUES {} RETURNING id",
            values.join(", ")
        ))
        .fetch_all(&mut **tx)
        .await
        .unwrap();
        ids.append(&mut rows);
    }
    for part in ids.chunks(500) {
        let values: Vec<String> = part
            .iter()
            .map(|id| format!("({id}, 'qivf', 'active', '2025-01-01')"))
            .collect();
        sqlx::query(&format!(
            "INSERT INTO registrations (patient_id, register_code, status, registered_on) VALUES {}",
            values.join(", ")
        ))
        .execute(&mut **tx)
        .await
        .unwrap();
    }
    ids
}

/// `count` valid personnummer, found by trying each check digit with the
/// real parser.
pub fn persons(today: time::Date, count: usize) -> Vec<String> {
    let mut found = Vec::with_capacity(count);
    'person: for i in 0.. {
        let base = format!(
            "19{:02}{:02}{:02}{:03}",
            40 + i % 60,
            1 + (i / 60) % 12,
            1 + (i / 720) % 28,
            (i / 20_160) * 10 + 100
        );
        for check in 0..10 {
            let pnr = format!("{base}{check}");
            if app::domain::Personnummer::parse(&pnr, today).is_ok() {
                found.push(pnr);
                if found.len() == count {
                    break 'person;
                }
                continue 'person;
            }
        }
    }
    found
}

/// A size from the environment variable `name` (for a quicker run), else `default`.
pub fn size_from_env<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// The fastest of `runs` runs of `f`, with its result.
pub fn best_of<T>(runs: usize, mut f: impl FnMut() -> (Duration, T)) -> (Duration, T) {
    let mut best: Option<(Duration, T)> = None;
    for _ in 0..runs {
        let (d, v) = f();
        if best.as_ref().is_none_or(|(b, _)| d < *b) {
            best = Some((d, v));
        }
    }
    best.unwrap()
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Writes `benchmarks/{name}.md` and prints it.
pub fn write_report(name: &str, report: &str) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../benchmarks/{name}.md"));
    std::fs::write(&path, report).unwrap();
    println!("{report}");
}
