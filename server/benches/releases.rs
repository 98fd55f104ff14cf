//! Benchmark of recording a release: a cohort of 100,000 persons registered
//! in Q-IVF resolved against 10,000 research opt-outs in force at the
//! decision (every tenth person), the 90,000 delivered persons stored and
//! each given a disclosure entry in the hash-chained access log, all in one
//! transaction (`insyn::releases::record`, as the API and the staff form
//! call it); against a baseline of plain batched INSERTs of the same rows
//! (the release, its persons and the log entries, 500 a statement, no
//! checks, no hashing) in the same run on the same engine. Writes
//! `benchmarks/releases.md`. Run with `make bench` (or `cargo bench -p
//! insyn --bench releases`; PostgreSQL too when TEST_POSTGRES_URL is set).
//! COHORT=10000 makes a quicker run.

use app::domain::RegisterCode;
use insyn::{
    clock::Clock,
    db::Db,
    definitions,
    releases::{self, Recorder, ReleaseInput},
};
use serde_json::json;
use std::time::{Duration, Instant};

mod common;

fn cohort() -> usize {
    common::size_from_env("COHORT", 100_000)
}

/// Every tenth person of the cohort has opted out of research.
const OPTED_OUT_EVERY: usize = 10;
const DECIDED_AT: i64 = 1_795_165_200; // 2026-11-20 09:00 UTC

/// A migrated database with the registers, the persons registered in Q-IVF
/// and the research opt-outs, by plain INSERTs (setting up, not measured).
async fn prepared(url: &str, persons: &[String]) -> Db {
    let db = common::connect(url, 4).await;
    definitions::load_registers(&db).await.unwrap();
    let mut tx = db.begin_write().await.unwrap();
    let ids = common::insert_registered(&mut tx, persons).await;
    let opted: Vec<i64> = ids.iter().copied().step_by(OPTED_OUT_EVERY).collect();
    for part in opted.chunks(500) {
        let values: Vec<String> = part
            .iter()
            .map(|id| {
                format!(
                    "({id}, 'research', 'qivf', 'given', {}, {id}, 'insyn', 'e_id')",
                    DECIDED_AT - 86_400
                )
            })
            .collect();
        sqlx::query(&format!(
            "INSERT INTO opt_out_events (patient_id, kind, register_code, action, at, by_patient_id, channel, identity_check) VALUES {}",
            values.join(", ")
        ))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    db
}

fn input(persons: &[String]) -> ReleaseInput {
    serde_json::from_value(json!({
        "diary_number": "QIVF 2026/BENCH",
        "decided_at": "2026-11-20T09:00:00Z",
        "recipient": "Bench University",
        "recipient_contact": "bench@example.se",
        "purpose": "research",
        "legal_basis": "OSL 25 kap. 1 §",
        "ethics_approval": "Dnr 2026-00000-01",
        "form": "pseudonymised",
        "record_types": ["treatment_cycle"],
        "fields": "all",
        "cohort": persons,
    }))
    .unwrap()
}

/// The baseline: the release row, its delivered persons and one access-log
/// row each, as plain multi-row INSERTs of 500 rows in one transaction.
async fn plain_inserts(db: &Db, delivered: &[i64]) -> Duration {
    let started = Instant::now();
    let mut tx = db.begin_write().await.unwrap();
    let release: i64 = sqlx::query_scalar(
        "INSERT INTO releases (register_code, diary_number, decided_at, recipient, recipient_contact, purpose,
             legal_basis, ethics_approval, form, record_types, fields, cohort_submitted, cohort_delivered,
             left_out, opt_out_fingerprint, content_hash, recorded_at)
         VALUES ('qivf', 'B', 0, 'B', 'B', 'research', 'B', 'B', 'pseudonymised', 'treatment_cycle', 'B', 0, 0, 0, 'B', 'B', 0)
         RETURNING id",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    for part in delivered.chunks(500) {
        let values: Vec<String> = part.iter().map(|id| format!("({release}, {id})")).collect();
        sqlx::query(&format!(
            "INSERT INTO release_persons (release_id, patient_id) VALUES {}",
            values.join(", ")
        ))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    for (n, part) in delivered.chunks(500).enumerate() {
        let values: Vec<String> = part
            .iter()
            .enumerate()
            .map(|(i, id)| {
                format!(
                    "({}, {id}, 'qivf', {DECIDED_AT}, 'register_staff', 'disclosure_research', 'Bench University', 'insyn', 0, '{}', 3, {release})",
                    n * 500 + i + 1,
                    "0".repeat(64)
                )
            })
            .collect();
        sqlx::query(&format!(
            "INSERT INTO access_events (seq, patient_id, register_code, occurred_at, actor_kind, access_kind, reason,
                 source, recorded_at, leaf_hash, leaf_version, release_id) VALUES {}",
            values.join(", ")
        ))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    started.elapsed()
}

fn run_engine(rt: &tokio::runtime::Runtime, name: &str, url: &str) -> String {
    let clock = Clock::System;
    let persons = common::persons(clock.today(), cohort());
    let db = rt.block_on(prepared(url, &persons));
    let register = RegisterCode::parse("qivf").unwrap();
    let draft = input(&persons)
        .check(&["treatment_cycle".to_owned()])
        .unwrap();
    let started = Instant::now();
    let recorded = rt
        .block_on(releases::record(
            &db,
            &clock,
            &register,
            draft,
            &Recorder::Operator,
            5,
        ))
        .unwrap();
    let took = started.elapsed();
    eprintln!("{name}: recorded in {took:?}");
    let expected_left_out = cohort().div_ceil(OPTED_OUT_EVERY) as i64;
    assert_eq!(recorded.left_out, Some(expected_left_out));
    assert_eq!(
        recorded.delivered,
        Some(cohort() as i64 - expected_left_out)
    );
    rt.block_on(db.close());

    let baseline = rt.block_on(async {
        let db = prepared(&common::second_database(url).await, &persons).await;
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM patients ORDER BY id")
            .fetch_all(db.pool())
            .await
            .unwrap();
        let delivered: Vec<i64> = ids
            .iter()
            .enumerate()
            .filter(|(i, _)| i % OPTED_OUT_EVERY != 0)
            .map(|(_, id)| *id)
            .collect();
        let took = plain_inserts(&db, &delivered).await;
        db.close().await;
        took
    });
    format!(
        "| {name} | {} | {} | {:.2} s | {:.2} s | {:.2}× |\n",
        cohort(),
        recorded.delivered.unwrap_or_default(),
        took.as_secs_f64(),
        baseline.as_secs_f64(),
        took.as_secs_f64() / baseline.as_secs_f64(),
    )
}

fn main() {
    let rt = common::runtime();
    let rows = common::on_each_engine(&rt, run_engine);
    let report = format!(
        "# Benchmark: recording a release of {} persons\n\n\
         `make bench` (server/benches/releases.rs), release build, one run each, on the\n\
         development machine (2 cores). A pseudonymised research release of Q-IVF whose\n\
         cohort lists {} registered persons, every tenth of whom opted out of research\n\
         the day before the decision, recorded with `insyn::releases::record` (as the\n\
         API and the staff form do: one transaction), against a baseline measured in the\n\
         same run on a second, identically filled database: the release row, the\n\
         delivered persons and one access-log row each as plain multi-row INSERTs of\n\
         500 rows in one transaction, with no parsing, no checks and no hashing.\n\n\
         | engine | cohort | delivered | record | plain INSERTs | ratio |\n\
         | --- | --- | --- | --- | --- | --- |\n{rows}\n\
         Reading: recording parses and checks every personnummer, looks the cohort up in\n\
         set-based queries of 100, folds the opt-out events in force at the decision's\n\
         second into a set, and writes the same rows as the baseline, each log entry with\n\
         its SHA-256 leaf hash over every field, serialised with the other appenders of\n\
         the log. The ratio is the price of those checks and of the tamper evidence.\n",
        cohort(),
        cohort(),
    );
    common::write_report("releases", &report);
}
