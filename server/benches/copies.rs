//! Benchmark of the patient's copies: the streamed JSON copy of a patient
//! with 100,000 records (time and peak memory), and the PDF extract of a
//! patient with 1,000 records, each against a baseline measured in the same
//! run. Writes `benchmarks/copies.md`. Run with `make bench` (or
//! `cargo bench -p insyn --bench copies`; PostgreSQL too when
//! TEST_POSTGRES_URL is set).
//!
//! Baselines: for the JSON copy, reading the same rows in the same batches
//! without writing anything (the cost of the data itself); for memory, the
//! size of the copy (a copy held in memory would need at least that); for
//! the PDF, the JSON copy of the same 1,000 records.

use app::{
    domain::{HsaId, Personnummer, RegisterCode},
    i18n::Lang,
};
use common::{best_of, ms};
use insyn::{
    clock::Clock,
    db::{self, Db},
    demo,
    export::{self, json, pdf},
};
use std::time::Instant;

mod common;

const BIG: i64 = 100_000;
const SMALL: i64 = 1_000;

/// Peak resident memory of this process (kB) since the last reset.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_owned)
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

fn current_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(str::to_owned)
        })
        .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or(0)
}

/// Resets the peak to the current size (Linux: "5" to clear_refs).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

async fn patient_with_records(db: &Db, clock: &Clock, pnr: &str, count: i64) -> i64 {
    let mut tx = db.pool().begin().await.unwrap();
    let pnr = Personnummer::parse_long(pnr).unwrap();
    let id = db::patients::upsert(&mut tx, &pnr, Some("Bench"), Some("Patient"), clock.unix())
        .await
        .unwrap();
    let qivf = RegisterCode::parse("qivf").unwrap();
    db::registrations::insert(
        &mut tx,
        id,
        &qivf,
        app::domain::RegistrationStatus::Active,
        clock.today(),
    )
    .await
    .unwrap();
    let unit = HsaId::parse("SE2321000016-RM01").unwrap();
    let fields = serde_json::json!({
        "cycle_start": "2024-03-01", "treatment": "icsi", "oocytes_retrieved": 9, "embryos_frozen": 2
    });
    let source_ids: Vec<String> = (0..count)
        .map(|i| format!("BENCH-{pnr_tail}-{i}", pnr_tail = &pnr.expose()[8..]))
        .collect();
    let records: Vec<_> = source_ids
        .iter()
        .map(|source_id| db::records::NewRecord {
            patient_id: id,
            register: &qivf,
            record_type: "treatment_cycle",
            source_id,
            care_unit: &unit,
            recorded_on: clock.today(),
            fields: fields.as_object().unwrap(),
        })
        .collect();
    db::records::insert_many(&mut tx, &records, clock.unix())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // Fresh planner statistics after the bulk insert, as after any big import.
    sqlx::query("ANALYZE").execute(db.pool()).await.unwrap();
    id
}

async fn read_all(db: &Db, patient: i64) -> usize {
    let mut conn = db.pool().acquire().await.unwrap();
    let (mut after, mut n) = (0, 0);
    loop {
        let batch = db::records::batch_of_patient(&mut conn, patient, "qivf", after, export::BATCH)
            .await
            .unwrap();
        let Some(last) = batch.last() else { break };
        after = last.id;
        n += batch.len();
    }
    n
}

async fn json_copy(db: &Db, clock: &Clock, patient: i64) -> u64 {
    let plan = export::plan(db, clock, patient, None, Lang::Sv, None)
        .await
        .unwrap();
    let mut body = json::body(db.clone(), plan).into_data_stream();
    let mut bytes = 0u64;
    use futures_util::StreamExt;
    while let Some(chunk) = body.next().await {
        bytes += chunk.unwrap().len() as u64;
    }
    bytes
}

fn run_engine(rt: &tokio::runtime::Runtime, name: &str, url: &str) -> String {
    let clock = Clock::System;
    let db = rt.block_on(async {
        let db = common::connect(url, 4).await;
        demo::seed_demo(&db, &clock).await.unwrap();
        db
    });
    let big = rt.block_on(patient_with_records(&db, &clock, "19800101-9820", BIG));
    let small = rt.block_on(patient_with_records(&db, &clock, "19800101-9838", SMALL));

    let (base_time, rows) = best_of(3, || {
        let t = Instant::now();
        let n = rt.block_on(read_all(&db, big));
        (t.elapsed(), n)
    });
    assert_eq!(rows as i64, BIG);
    let rss_before = current_rss_kb();
    reset_peak();
    let (json_time, json_bytes) = best_of(3, || {
        let t = Instant::now();
        let n = rt.block_on(json_copy(&db, &clock, big));
        (t.elapsed(), n)
    });
    let peak_growth_kb = peak_rss_kb().saturating_sub(rss_before);

    let (small_json_time, _) = best_of(5, || {
        let t = Instant::now();
        let n = rt.block_on(json_copy(&db, &clock, small));
        (t.elapsed(), n)
    });
    let (pdf_time, pdf_bytes) = best_of(5, || {
        let t = Instant::now();
        let plan = rt
            .block_on(export::plan(&db, &clock, small, None, Lang::Sv, None))
            .unwrap();
        let bytes = rt.block_on(pdf::render(&db, &plan)).unwrap();
        (t.elapsed(), bytes.len())
    });
    rt.block_on(db.close());
    format!(
        "| {name} | JSON copy, {BIG} records | {:.0} ms | read the same rows only: {:.0} ms | {:.2}× |\n\
         | {name} | JSON copy, peak memory growth | {:.1} MB | the copy's size: {:.1} MB | {:.3}× |\n\
         | {name} | PDF extract, {SMALL} records ({:.0} kB) | {:.0} ms | JSON copy of the same: {:.0} ms | {:.2}× |\n",
        ms(json_time),
        ms(base_time),
        ms(json_time) / ms(base_time),
        peak_growth_kb as f64 / 1024.0,
        json_bytes as f64 / 1e6,
        (peak_growth_kb as f64 * 1024.0) / json_bytes as f64,
        pdf_bytes as f64 / 1024.0,
        ms(pdf_time),
        ms(small_json_time),
        ms(pdf_time) / ms(small_json_time),
    )
}

fn main() {
    let rt = common::runtime();
    let rows = common::on_each_engine(&rt, run_engine);
    let report = format!(
        "# Benchmark: the patient's copies\n\n\
         `make bench` (server/benches/copies.rs), release build, best of 3–5 runs, on the\n\
         development machine (2 cores). Each result is a ratio against a baseline\n\
         measured in the same run.\n\n\
         | engine | what | result | baseline | ratio |\n| --- | --- | --- | --- | --- |\n{rows}\n\
         Reading: the JSON copy costs a small multiple of merely reading its rows,\n\
         and its memory does not grow with its size (peak growth is a small fraction\n\
         of the copy's bytes: it is streamed in batches of {batch} records).\n",
        batch = export::BATCH,
    );
    common::write_report("copies", &report);
}
