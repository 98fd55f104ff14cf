//! Benchmark of the staff queue with 100,000 open requests: a page deep in
//! the queue by its cursor (keyset pagination) against the same page by
//! OFFSET, and against the first page; a filtered first page against the
//! unfiltered one. Writes `benchmarks/queue.md`. Run with `make bench` (or
//! `cargo bench -p insyn --bench queue`; PostgreSQL too when
//! TEST_POSTGRES_URL is set).

use common::{best_of, ms};
use insyn::{
    clock::Clock,
    db::{self, Db, requests::QueueFilter},
    demo,
};
use std::time::Instant;

mod common;

const OPEN: i64 = 100_000;
/// Where the deep page starts, counted in the coordinator's scope.
const DEEP: i64 = 80_000;
const PAGE: i64 = 51; // a page and one more, as the portal asks
const RUNS: usize = 20;

/// 100,000 open requests of the demo patients, nine in ten in Q-IVF, due
/// over three months, of every kind; inserted in batches of 500 rows.
async fn open_requests(db: &Db) {
    let patients: Vec<i64> = sqlx::query_scalar("SELECT id FROM patients ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap();
    let kinds = ["correction", "restriction", "erasure", "opt_out"];
    let today = Clock::System.today();
    let mut tx = db.begin_write().await.unwrap();
    for batch in 0..OPEN / 500 {
        let rows: Vec<String> = (0..500)
            .map(|j| {
                let i = batch * 500 + j;
                let register = if i % 10 == 9 { "ndr" } else { "qivf" };
                let due = today + time::Duration::days(i % 90 - 30);
                format!(
                    "('INS-B{i:07}', {}, '{register}', '{}', 'received', '{{}}', 0, '{due}', 'INS-B{i:07}')",
                    patients[(i as usize) % patients.len()],
                    kinds[(i as usize / 10) % kinds.len()],
                )
            })
            .collect();
        sqlx::query(&format!(
            "INSERT INTO requests (reference, patient_id, register_code, kind, status, details, received_at, due_on, open_key) VALUES {}",
            rows.join(", ")
        ))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    sqlx::query("ANALYZE").execute(db.pool()).await.unwrap();
}

/// One page of the queue, the way the portal reads it; how many rows.
async fn keyset_page(db: &Db, filter: &QueueFilter, after: Option<(time::Date, i64)>) -> usize {
    let mut conn = db.pool().acquire().await.unwrap();
    let scope = db::staff::Scope {
        registers: vec!["qivf".to_owned()],
        units: None,
    };
    db::requests::queue(&mut conn, &scope, filter, after, PAGE)
        .await
        .unwrap()
        .len()
}

/// The baseline: the same page by OFFSET, as a queue without a cursor would.
async fn offset_page(db: &Db, offset: i64) -> usize {
    let rows: Vec<(i64,)> = sqlx::query_as(&format!(
        "SELECT id FROM requests
         WHERE register_code IN ('qivf') AND status NOT IN ('completed', 'rejected')
         ORDER BY COALESCE(extended_due_on, due_on), id LIMIT {PAGE} OFFSET {offset}"
    ))
    .fetch_all(db.pool())
    .await
    .unwrap();
    rows.len()
}

fn run_engine(rt: &tokio::runtime::Runtime, name: &str, url: &str) -> String {
    let db = rt.block_on(async {
        let db = common::connect(url, 4).await;
        demo::seed_demo(&db, &Clock::System).await.unwrap();
        open_requests(&db).await;
        db
    });
    // The cursor of the row just before the deep page.
    let (due, id): (String, i64) = rt
        .block_on(
            sqlx::query_as(&format!(
                "SELECT COALESCE(extended_due_on, due_on), id FROM requests
                 WHERE register_code = 'qivf' ORDER BY COALESCE(extended_due_on, due_on), id
                 LIMIT 1 OFFSET {}",
                DEEP - 1
            ))
            .fetch_one(db.pool()),
        )
        .unwrap();
    let due = time::Date::parse(
        &due,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .unwrap();
    let all = QueueFilter::default();
    let erasures = QueueFilter {
        kind: Some("erasure".into()),
        ..QueueFilter::default()
    };
    let time = |f: &dyn Fn() -> usize| {
        best_of(RUNS, || {
            let t = Instant::now();
            let n = f();
            (t.elapsed(), n)
        })
    };
    let (first, n) = time(&|| rt.block_on(keyset_page(&db, &all, None)));
    assert_eq!(n as i64, PAGE);
    let (deep, n) = time(&|| rt.block_on(keyset_page(&db, &all, Some((due, id)))));
    assert_eq!(n as i64, PAGE);
    let (offset, n) = time(&|| rt.block_on(offset_page(&db, DEEP)));
    assert_eq!(n as i64, PAGE);
    let (filtered, n) = time(&|| rt.block_on(keyset_page(&db, &erasures, None)));
    assert_eq!(n as i64, PAGE);
    rt.block_on(db.close());
    format!(
        "| {name} | page at row {DEEP}, by cursor | {:.2} ms | the same page by OFFSET: {:.2} ms | {:.3}× |\n\
         | {name} | page at row {DEEP}, by cursor | {:.2} ms | the first page: {:.2} ms | {:.2}× |\n\
         | {name} | first page, erasures only | {:.2} ms | the first page, all kinds: {:.2} ms | {:.2}× |\n",
        ms(deep),
        ms(offset),
        ms(deep) / ms(offset),
        ms(deep),
        ms(first),
        ms(deep) / ms(first),
        ms(filtered),
        ms(first),
        ms(filtered) / ms(first),
    )
}

fn main() {
    let rt = common::runtime();
    let rows = common::on_each_engine(&rt, run_engine);
    let report = format!(
        "# Benchmark: the staff queue with {OPEN} open requests\n\n\
         `make bench` (server/benches/queue.rs), release build, best of {RUNS} runs, on\n\
         the development machine (2 cores). {OPEN} open requests, 90,000 of them in\n\
         the coordinator's register; a page is 50 rows (51 read). Each result is a\n\
         ratio against a baseline measured in the same run.\n\n\
         | engine | what | result | baseline | ratio |\n| --- | --- | --- | --- | --- |\n{rows}\n\
         Reading: with the cursor (due date, id) a page deep in the queue costs a\n\
         small multiple of the first page, whatever its depth: the index of the due\n\
         date that applies (`migrations/*/0005_requests_queue_by_due.sql`) is entered\n\
         at the cursor's date, and only the rows of that one date before the cursor\n\
         are stepped over (about 1,000 here, where 90,000 requests fall due over 90\n\
         days). The same page by OFFSET steps over every row before it.\n",
    );
    common::write_report("queue", &report);
}
