//! Benchmark of the patient's access log page: a patient with 10,000
//! entries, first when the log holds little else (the baseline), then in a
//! log of 10,000,000 entries of 100,000 patients, measured in the same run:
//! the first page, a page 9,000 entries deep by its cursor, a filtered page
//! (register, care unit and a year), and the own-views tab (which has none
//! here, so it passes over all of the patient's entries). Writes
//! `benchmarks/log.md`. Run with `make bench` (or `cargo bench -p insyn
//! --bench log`; PostgreSQL too when TEST_POSTGRES_URL is set).
//! LOG_ENTRIES=1000000 makes a quicker run.

use common::{best_of, ms};
use insyn::db::{
    self, Db, Engine,
    access_events::{LogQuery, page_of_patient},
};
use std::time::{Duration, Instant};

mod common;

const MINE: i64 = 10_000;
const OTHERS: i64 = 100_000;
const PAGE: i64 = 51; // a page and one more, as the portal asks
const RUNS: usize = 20;
const START: i64 = 1_600_000_000;

fn log_entries() -> i64 {
    common::size_from_env("LOG_ENTRIES", 10_000_000)
}

/// `count` entries numbered from `first`, of `patient` (or of the others,
/// spread over them), spread evenly over five years; half Q-IVF, half NDR,
/// a third by Huddinge.
async fn insert_entries(db: &Db, first: i64, count: i64, patient: Option<i64>, others_from: i64) {
    let span = 5 * 365 * 86_400 / count.max(1);
    let patient_sql = match patient {
        Some(id) => id.to_string(),
        None => format!("{others_from} + (g % {OTHERS})"),
    };
    let select = format!(
        "SELECT g, {patient_sql}, CASE WHEN g % 2 = 0 THEN 'qivf' ELSE 'ndr' END, {START} + (g - {first}) * {span},
                'care_unit', CASE WHEN g % 3 = 0 THEN 'SE2321000016-RM01' ELSE 'SE2321000131-RM02' END,
                'read', 'register_system', {START}, 'not hashed: a benchmark'"
    );
    let columns = "INSERT INTO access_events (seq, patient_id, register_code, occurred_at, actor_kind, care_unit,
                   access_kind, source, recorded_at, leaf_hash)";
    let last = first + count - 1;
    let sql = match db.engine() {
        Engine::Postgres => {
            format!("{columns} {select} FROM generate_series({first}, {last}) AS g")
        }
        Engine::Sqlite => format!(
            "WITH RECURSIVE s(g) AS (SELECT {first} UNION ALL SELECT g + 1 FROM s WHERE g < {last})
             {columns} {select} FROM s"
        ),
    };
    sqlx::query(&sql).execute(db.pool()).await.unwrap();
}

async fn insert_patients(db: &Db) -> (i64, i64) {
    let mut tx = db.begin_write().await.unwrap();
    let mine: i64 = sqlx::query_scalar(
        "INSERT INTO patients (personnummer, created_at) VALUES ('bench-mine', 0) RETURNING id",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    for part in 0..OTHERS / 1_000 {
        let values: Vec<String> = (0..1_000)
            .map(|i| format!("('bench-{}', 0)", part * 1_000 + i))
            .collect();
        sqlx::query(&format!(
            "INSERT INTO patients (personnummer, created_at) VALUES {}",
            values.join(", ")
        ))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    let others_from: i64 =
        sqlx::query_scalar("SELECT MIN(id) FROM patients WHERE personnummer LIKE 'bench-%' AND personnummer <> 'bench-mine'")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
    tx.commit().await.unwrap();
    (mine, others_from)
}

async fn page(db: &Db, patient: i64, query: &LogQuery) -> usize {
    let mut conn = db.pool().acquire().await.unwrap();
    page_of_patient(&mut conn, patient, query, PAGE)
        .await
        .unwrap()
        .len()
}

/// The four pages, each the best of `RUNS`, with the rows they returned.
fn measure(rt: &tokio::runtime::Runtime, db: &Db, patient: i64) -> Vec<(Duration, usize)> {
    let deep = rt.block_on(async {
        let mut conn = db.pool().acquire().await.unwrap();
        let mut query = LogQuery::default();
        let mut seen = 0;
        while seen < 9_000 {
            let rows = page_of_patient(&mut conn, patient, &query, 1_000)
                .await
                .unwrap();
            let last = rows.last().unwrap();
            query.after = Some((last.occurred_at, last.seq));
            seen += rows.len();
        }
        query
    });
    let filtered = LogQuery {
        register: Some("ndr".into()),
        care_unit: Some("SE2321000131-RM02".into()),
        from: Some(START + 365 * 86_400),
        until: Some(START + 2 * 365 * 86_400),
        ..LogQuery::default()
    };
    let own = LogQuery {
        own: true,
        ..LogQuery::default()
    };
    [LogQuery::default(), deep, filtered, own]
        .iter()
        .map(|query| {
            best_of(RUNS, || {
                let t = Instant::now();
                let n = rt.block_on(page(db, patient, query));
                (t.elapsed(), n)
            })
        })
        .collect()
}

fn run_engine(rt: &tokio::runtime::Runtime, name: &str, url: &str) -> String {
    let db = rt.block_on(async {
        let db = common::connect(url, 4).await;
        insyn::demo::seed_demo(&db, &insyn::clock::Clock::System)
            .await
            .unwrap();
        db
    });
    let (mine, others_from) = rt.block_on(insert_patients(&db));
    let first = rt.block_on(async {
        let mut conn = db.pool().acquire().await.unwrap();
        db::access_events::last_seq(&mut conn).await.unwrap() + 1
    });
    rt.block_on(insert_entries(&db, first, MINE, Some(mine), others_from));
    rt.block_on(analyze(&db));
    let small = measure(rt, &db, mine);
    let started = Instant::now();
    rt.block_on(insert_entries(
        &db,
        first + MINE,
        log_entries() - MINE,
        None,
        others_from,
    ));
    rt.block_on(analyze(&db));
    eprintln!("{name}: the log grew in {:?}", started.elapsed());
    let large = measure(rt, &db, mine);
    rt.block_on(db.close());
    let what = [
        "first page",
        "page 9,000 entries deep, by cursor",
        "filtered: NDR, one care unit, one year",
        "own views (none: every entry passed over)",
    ];
    let total = log_entries();
    what.iter()
        .zip(small.iter().zip(&large))
        .map(|(what, ((s, sn), (l, ln)))| {
            assert_eq!(sn, ln, "{what}: the same rows in both logs");
            format!(
                "| {name} | {what} | {ln} | {:.2} ms | {:.2} ms | {:.2}× |\n",
                ms(*l),
                ms(*s),
                ms(*l) / ms(*s),
            )
        })
        .collect::<String>()
        + &format!(
            "| {name} | (log size) | | {total} entries | {} entries | |\n",
            MINE
        )
}

async fn analyze(db: &Db) {
    sqlx::query("ANALYZE").execute(db.pool()).await.unwrap();
}

fn main() {
    let rt = common::runtime();
    let rows = common::on_each_engine(&rt, run_engine);
    let report = format!(
        "# Benchmark: a patient's access log in a log of {} entries\n\n\
         `make bench` (server/benches/log.rs), release build, best of {RUNS} runs, on the\n\
         development machine (2 cores). One patient with {MINE} entries over five\n\
         years; the result is measured in a log of {} entries of {OTHERS} patients, the\n\
         baseline in the same run before the log grew, when it held the patient's\n\
         entries and the demo data only. A page is 50 entries (51 read), by the\n\
         portal's own query (`db::access_events::page_of_patient`).\n\n\
         | engine | page | rows | in the large log | baseline: small log | ratio |\n\
         | --- | --- | --- | --- | --- | --- |\n{rows}\n\
         Reading: every page enters the index by patient, whose access (their own\n\
         looks or others'), time and number (`access_events_by_patient_and_whose`)\n\
         at the patient and, for a later page, at the cursor, so the other\n\
         patients' entries are never read and the size of the log does not matter;\n\
         nor do the patient's own looks on the others' tab, or the others' on the\n\
         own-views tab. Filters on register and care unit are checked on the\n\
         patient's entries of the tab in time order.\n",
        log_entries(),
        log_entries(),
    );
    common::write_report("log", &report);
}
