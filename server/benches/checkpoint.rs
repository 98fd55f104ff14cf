//! Benchmark of the access log's checkpointer at a server start: in a log of
//! 1,000,000 properly hashed entries, the first checkpoint of a starting
//! server when it can go on from the latest checkpoint's stored frontier,
//! against the baseline of the same start without a usable frontier (the
//! whole log read and hashed again, as before frontiers were kept). Also the
//! time of `insyn verify-log` over the whole log, which always reads
//! everything. Writes `benchmarks/checkpoint.md`. Run with `make bench` (or
//! `cargo bench -p insyn --bench checkpoint`; PostgreSQL too when
//! TEST_POSTGRES_URL is set). LOG_ENTRIES=100000 makes a quicker run.

use app::domain::{AccessKind, ActorKind, HsaId, RegisterCode};
use common::{best_of, ms};
use insyn::{
    access_log::{Checkpointer, checkpoint::LogKey, verify},
    clock::Clock,
    db::{
        self, Db,
        access_events::{NewAccessEvent, Source},
    },
};
use std::{
    path::Path,
    time::{Duration, Instant},
};

mod common;

/// Entries appended between two starts: what a server finds new.
const NEW: usize = 100;
const RUNS_QUICK: usize = 10;
const RUNS_SLOW: usize = 3;
const BATCH: usize = 10_000;

fn log_entries() -> usize {
    common::size_from_env("LOG_ENTRIES", 1_000_000)
}

/// Appends `n` care-unit reads of `patient`, hashed as every entry is.
async fn append(db: &Db, patient: i64, n: usize) {
    let register = RegisterCode::parse("qivf").unwrap();
    let units = [
        HsaId::parse("SE2321000016-RM01").unwrap(),
        HsaId::parse("SE2321000131-RM02").unwrap(),
    ];
    let mut left = n;
    while left > 0 {
        let now = Clock::System.unix();
        let events: Vec<_> = (0..left.min(BATCH))
            .map(|i| NewAccessEvent {
                patient_id: patient,
                register: &register,
                occurred_at: now - i as i64,
                actor: ActorKind::CareUnit,
                care_unit: Some(&units[i % 2]),
                staff: None,
                kind: AccessKind::Read,
                reason: Some("Uppföljning"),
                source: Source::RegisterSystem,
                source_event_id: None,
                acting: None,
                release: None,
                purpose: None,
                data_touched: None,
            })
            .collect();
        let mut tx = db.begin_write().await.unwrap();
        db::access_events::append_many(&mut tx, db.engine(), &events, now)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        left -= events.len();
    }
}

/// A server's first checkpoint: new entries appended, then a checkpointer
/// made anew signs. With `frontier` false, the stored frontiers are removed
/// first, as in checkpoints made before they were kept.
async fn start(db: &Db, key: &Path, patient: i64, frontier: bool) -> (Duration, u64) {
    append(db, patient, NEW).await;
    if !frontier {
        sqlx::query("UPDATE log_checkpoints SET frontier = NULL")
            .execute(db.pool())
            .await
            .unwrap();
    }
    let mut checkpointer = Checkpointer::new(LogKey::read(key).unwrap());
    let started = Instant::now();
    let signed = checkpointer
        .run_once(db, &Clock::System)
        .await
        .unwrap()
        .expect("the log grew, so a checkpoint is signed");
    let took = started.elapsed();
    assert_eq!(checkpointer.resumed_from().is_some(), frontier);
    (took, signed.tree_size)
}

async fn verify_all(db: &Db, key: &Path) -> (Duration, u64) {
    let mut conn = db.pool().acquire().await.unwrap();
    let checkpoints = db::log_checkpoints::all(&mut conn)
        .await
        .unwrap()
        .into_iter()
        .map(Into::into)
        .collect();
    let started = Instant::now();
    let report = verify::verify(
        &mut conn,
        &[LogKey::read(key).unwrap().public_key()],
        checkpoints,
    )
    .await
    .unwrap();
    let took = started.elapsed();
    assert!(report.problem.is_none(), "{:?}", report.problem);
    (took, report.entries)
}

fn run_engine(rt: &tokio::runtime::Runtime, name: &str, url: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("log.key");
    let signing = LogKey::generate(&key).unwrap();
    let db = rt.block_on(async {
        let db = common::connect(url, 4).await;
        insyn::demo::seed_demo(&db, &Clock::System).await.unwrap();
        db
    });
    let patient: i64 = rt.block_on(async {
        sqlx::query_scalar("SELECT id FROM patients ORDER BY id LIMIT 1")
            .fetch_one(db.pool())
            .await
            .unwrap()
    });
    let started = Instant::now();
    rt.block_on(append(&db, patient, log_entries()));
    eprintln!("{name}: the log grew in {:?}", started.elapsed());
    // The first checkpoint ever, which reads everything either way.
    rt.block_on(async {
        Checkpointer::new(signing)
            .run_once(&db, &Clock::System)
            .await
            .unwrap()
            .unwrap()
    });
    let (resumed, size) = best_of(RUNS_QUICK, || rt.block_on(start(&db, &key, patient, true)));
    let (walked, _) = best_of(RUNS_SLOW, || rt.block_on(start(&db, &key, patient, false)));
    let (verified, entries) = best_of(RUNS_SLOW, || rt.block_on(verify_all(&db, &key)));
    rt.block_on(db.close());
    format!(
        "| {name} | {size} | {:.1} ms | {:.0} ms | {:.0}× | {entries} entries in {:.0} ms |\n",
        ms(resumed),
        ms(walked),
        ms(walked) / ms(resumed),
        ms(verified),
    )
}

fn main() {
    let rt = common::runtime();
    let rows = common::on_each_engine(&rt, run_engine);
    let report = format!(
        "# Benchmark: the checkpointer at a server start, in a log of {} entries\n\n\
         `make bench` (server/benches/checkpoint.rs), release build, on the\n\
         development machine (2 cores). Each start finds {NEW} new entries and signs\n\
         a checkpoint with a checkpointer made anew, as a starting server does.\n\
         Going on from the latest checkpoint's frontier: best of {RUNS_QUICK}; the\n\
         baseline, the same start with the frontiers removed (the whole log read\n\
         and hashed again, as before they were kept): best of {RUNS_SLOW}, in the same\n\
         run. `verify-log` (`access_log::verify::verify`, every entry and\n\
         checkpoint): best of {RUNS_SLOW}.\n\n\
         | engine | log size (best run) | from the frontier | baseline: whole log | speed-up | verify-log |\n\
         | --- | --- | --- | --- | --- | --- |\n{rows}\n\
         Reading: from a frontier a start reads only the entries after the latest\n\
         checkpoint, so its cost follows what is new, not the size of the log; the\n\
         baseline grows with the log and was paid by every instance at every start.\n\
         `verify-log` still reads everything, which is its job.\n",
        log_entries(),
    );
    common::write_report("checkpoint", &report);
}
