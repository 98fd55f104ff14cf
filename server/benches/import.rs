//! Benchmark of `insyn import`: a file of 1,000,000 record items (NDJSON,
//! 10,000 persons, 100 records each) into an empty register, every item
//! checked against the content definition, the care units, opt-outs and
//! restrictions, all in one transaction; against a baseline of plain batched
//! INSERTs of the same rows (500 a statement, no checks) in the same run on
//! the same engine. Writes `benchmarks/import.md`. Run with `make bench` (or
//! `cargo bench -p insyn --bench import`; PostgreSQL too when
//! TEST_POSTGRES_URL is set). ITEMS=100000 makes a quicker run.

use app::domain::{HsaId, RegisterCode};
use insyn::{
    clock::Clock,
    db::Db,
    definitions,
    import::{self, FileFormat, Options},
    ingest::ItemKind,
};
use serde_json::json;
use std::{
    io::{BufWriter, Write},
    path::Path,
    time::{Duration, Instant},
};

mod common;

const PERSONS: usize = 10_000;
const CARE_UNIT: &str = "SE2321000016-RM01";

fn items() -> usize {
    common::size_from_env("ITEMS", 1_000_000)
}

/// `PERSONS` valid personnummer.
fn persons(today: time::Date) -> Vec<String> {
    common::persons(today, PERSONS)
}

fn item(n: usize, persons: &[String]) -> serde_json::Value {
    let day = 1 + n % 28;
    json!({
        "id": format!("Q-{n:08}"),
        "personnummer": persons[n % persons.len()],
        "type": "transfer",
        "care_unit": CARE_UNIT,
        "date": format!("2025-{:02}-{day:02}", 1 + n % 12),
        "fields": {
            "transfer_date": format!("2025-{:02}-{day:02}", 1 + n % 12),
            "embryos_transferred": 1 + n % 2,
            "embryo_stage": if n.is_multiple_of(3) { "cleavage" } else { "blastocyst" }
        }
    })
}

fn write_file(path: &Path, persons: &[String]) {
    let mut out = BufWriter::new(std::fs::File::create(path).unwrap());
    for n in 0..items() {
        writeln!(out, "{}", item(n, persons)).unwrap();
    }
    out.flush().unwrap();
}

/// The baseline: the same persons, registrations, records and first
/// versions as plain multi-row INSERTs of 500 rows, one transaction, no checks.
async fn plain_inserts(db: &Db, persons: &[String]) -> Duration {
    let started = Instant::now();
    let mut tx = db.begin_write().await.unwrap();
    let ids = common::insert_registered(&mut tx, persons).await;
    let total = items();
    for start in (0..total).step_by(500) {
        let part: Vec<serde_json::Value> = (start..(start + 500).min(total))
            .map(|n| item(n, persons))
            .collect();
        let values: Vec<String> = part
            .iter()
            .enumerate()
            .map(|(i, item)| {
                format!(
                    "({}, 'qivf', 'transfer', '{}', '{CARE_UNIT}', '{}', 1, 0, 0)",
                    ids[(start + i) % ids.len()],
                    item["id"].as_str().unwrap(),
                    item["date"].as_str().unwrap()
                )
            })
            .collect();
        let records: Vec<i64> = sqlx::query_scalar(&format!(
            "INSERT INTO records (patient_id, register_code, record_type, source_id, care_unit, recorded_on, version, created_at, updated_at)
             VALUES {} RETURNING id",
            values.join(", ")
        ))
        .fetch_all(&mut *tx)
        .await
        .unwrap();
        let values: Vec<String> = records
            .iter()
            .zip(&part)
            .map(|(id, item)| format!("({id}, 1, '{}', 0, 'register')", item["fields"]))
            .collect();
        sqlx::query(&format!(
            "INSERT INTO record_versions (record_id, version, fields, changed_at, changed_by) VALUES {}",
            values.join(", ")
        ))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    started.elapsed()
}

/// A migrated database with the register definitions and the care unit.
async fn prepared(url: &str) -> Db {
    let db = common::connect(url, 4).await;
    definitions::load_registers(&db).await.unwrap();
    let mut conn = db.pool().acquire().await.unwrap();
    insyn::db::care_units::upsert(&mut conn, &HsaId::parse(CARE_UNIT).unwrap(), "Bench")
        .await
        .unwrap();
    db
}

fn run_engine(rt: &tokio::runtime::Runtime, name: &str, url: &str) -> String {
    let clock = Clock::System;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("records.ndjson");
    let persons = persons(clock.today());
    write_file(&file, &persons);
    let size = std::fs::metadata(&file).unwrap().len();
    let db = rt.block_on(prepared(url));
    let options = Options {
        register: RegisterCode::parse("qivf").unwrap(),
        kind: ItemKind::Records,
        file: file.clone(),
        format: FileFormat::Ndjson,
        partial: false,
        errors: dir.path().join("errors.ndjson"),
    };
    let started = Instant::now();
    let report = rt
        .block_on(import::run(&db, &clock, &options, |_| {}))
        .unwrap();
    let imported = started.elapsed();
    eprintln!("{name}: imported in {imported:?}");
    let baseline = rt.block_on(async {
        let db = prepared(&common::second_database(url).await).await;
        let took = plain_inserts(&db, &persons).await;
        db.close().await;
        took
    });
    assert_eq!(report.outcome.created, items(), "{report:?}");
    assert_eq!(report.refused, 0);
    rt.block_on(db.close());
    let per_second = |d: Duration| items() as f64 / d.as_secs_f64();
    format!(
        "| {name} | {} | {:.1} s | {:.0} | {:.1} s | {:.0} | {:.2}× |\n",
        size / 1_000_000,
        imported.as_secs_f64(),
        per_second(imported),
        baseline.as_secs_f64(),
        per_second(baseline),
        imported.as_secs_f64() / baseline.as_secs_f64(),
    )
}

fn main() {
    let rt = common::runtime();
    let rows = common::on_each_engine(&rt, run_engine);
    let report = format!(
        "# Benchmark: importing {} record items\n\n\
         `make bench` (server/benches/import.rs), release build, one run each, on the\n\
         development machine (2 cores). An NDJSON file of {} `transfer` records of\n\
         {PERSONS} persons into an empty register with `insyn import` (all or nothing:\n\
         one transaction), against a baseline measured in the same run: the same\n\
         persons, registrations, records and versions as plain multi-row INSERTs of\n\
         500 rows in one transaction, with no parsing and no checks.\n\n\
         | engine | file (MB) | import | items/s | plain INSERTs | rows/s | ratio |\n\
         | --- | --- | --- | --- | --- | --- | --- |\n{rows}\n\
         Reading: the import reads and parses every line, checks each item against the\n\
         content definition (type, fields, values, required fields), the personnummer\n\
         check digit and the care unit, and looks up in a few set-based queries per\n\
         1,000 lines whether the persons are known, opted out or restricted and whether\n\
         the records exist; it then writes the same rows as the baseline, also in\n\
         multi-row statements. The ratio is the price of those checks.\n",
        items(),
        items(),
    );
    common::write_report("import", &report);
}
