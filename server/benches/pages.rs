//! Benchmark of the page path: insyn's signed-in overview `/me` (Tolvan,
//! the demo's registers) under load, against a bare axum + sqlx handler
//! doing the same data work in the same process on the same database —
//! resume the session (and touch it at most once a minute, as insyn does),
//! read the registers, the person's registrations, opt-outs, record counts
//! and opt-out events — and writing its HTML with `format!`. The load comes
//! from `wrk` (a separate process: 2 threads, 32 connections), one run per
//! server, bounded in time. Writes `benchmarks/pages.md`.
//!
//! `make bench` runs it (15 s a server; `BENCH_QUICK=1`: 5 s;
//! `BENCH_LOG=<filter>` logs one view of each and measures nothing). Both
//! engines when TEST_POSTGRES_URL is set. Before measuring, both answers are
//! checked to be the real page (status 200, the page's heading), so a
//! refused request can never pass for speed.

use app::i18n::Lang;
use axum::{
    Router,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{Html, IntoResponse, Response},
    routing::get,
};
use insyn::{
    clock::Clock,
    config::Config,
    db::{
        self, Db,
        sessions::{IdpLogin, Principal, SessionToken, Timeouts},
    },
    demo,
    startup::Application,
};
use std::{fmt::Write as _, net::SocketAddr, process::Command};

mod common;

const COOKIE: &str = "__Host-insyn_session";

/// What one wrk run measured.
struct Load {
    per_sec: f64,
    p99_ms: f64,
}

/// `wrk` against `url` with the session cookie for `secs` seconds.
fn wrk(url: &str, cookie: &str, secs: u64) -> Load {
    let out = Command::new("wrk")
        .args(["-t2", "-c32", &format!("-d{secs}s"), "--latency", "-H"])
        .arg(format!("Cookie: {cookie}"))
        .arg(url)
        .output()
        .expect("wrk runs (apt install wrk)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        !text.contains("Non-2xx"),
        "refused requests under load:\n{text}"
    );
    let field = |prefix: &str| {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(prefix).map(str::trim))
            .unwrap_or_else(|| panic!("no {prefix:?} in wrk's answer:\n{text}"))
            .to_owned()
    };
    let per_sec = field("Requests/sec:").parse().unwrap();
    let p99 = field("99%");
    let p99_ms = if let Some(us) = p99.strip_suffix("us") {
        us.parse::<f64>().unwrap() / 1000.0
    } else if let Some(ms) = p99.strip_suffix("ms") {
        ms.parse().unwrap()
    } else {
        p99.trim_end_matches('s').parse::<f64>().unwrap() * 1000.0
    };
    Load { per_sec, p99_ms }
}

#[derive(Clone)]
struct Baseline {
    db: Db,
    timeouts: Timeouts,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}

/// The overview as a bare handler: the same reads as insyn's session layer
/// and `views::my_registers::of_patient`, HTML by `format!`.
async fn baseline_me(State(b): State<Baseline>, headers: HeaderMap) -> Response {
    let Some(token) = headers
        .get("cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|c| {
            c.split("; ")
                .find_map(|p| p.strip_prefix(&format!("{COOKIE}=")))
        })
        .map(SessionToken::from_cookie)
    else {
        return StatusCode::SEE_OTHER.into_response();
    };
    let mut conn = b.db.pool().acquire().await.unwrap();
    let now = Clock::System.unix();
    let Some(session) = db::sessions::resume(&mut conn, &token, b.timeouts, now)
        .await
        .unwrap()
    else {
        return StatusCode::SEE_OTHER.into_response();
    };
    let Principal::Patient(patient) = session.principal else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let registers = db::registers::list(&mut conn, Lang::Sv).await.unwrap();
    let mine = db::registrations::of_patient(&mut conn, patient)
        .await
        .unwrap();
    let events = db::opt_outs::events_of_patient(&mut conn, patient)
        .await
        .unwrap();
    let opted_out =
        db::opt_outs::registration_opted_out(&events, registers.iter().map(|c| c.code.as_str()));
    let summaries = db::records::summaries_of_patient(&mut conn, patient)
        .await
        .unwrap();
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Mina register</title></head><body><h1>Mina register</h1><ul>",
    );
    for card in registers {
        let records = summaries
            .iter()
            .find(|s| s.register_code == card.code)
            .map_or(0, |s| s.records);
        let status = if mine.iter().any(|(c, ..)| *c == card.code) {
            "registrerad"
        } else if opted_out.contains(&card.code) {
            "nej till registrering"
        } else {
            "inte registrerad"
        };
        let _ = write!(
            html,
            "<li><a href=\"/me/registers/{}\">{}</a> {status}, {records} poster</li>",
            card.code,
            escape(&card.name)
        );
    }
    let _ = write!(html, "</ul><p>{} händelser</p></body></html>", events.len());
    Html(html).into_response()
}

async fn serve(router: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

/// insyn and the baseline on `url`, and a signed-in patient's cookie.
async fn start(url: &str) -> (SocketAddr, SocketAddr, String) {
    let mut config = Config::default();
    config.database.url = url.to_owned();
    config.demo.seed_on_first_start = false;
    config.mail.enabled = false;
    config.access_log.signing_key_file = None;
    config.log.filter = std::env::var("BENCH_LOG").unwrap_or_else(|_| "off".into());
    insyn::telemetry::init(&config.log);
    let timeouts = config.session.timeouts();
    let clock = Clock::System;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let insyn = listener.local_addr().unwrap();
    let app = Application::build_on(listener, config, clock.clone())
        .await
        .unwrap();
    demo::seed_demo(app.db(), &clock).await.unwrap();
    let db = app.db().clone();
    tokio::spawn(app.run_until(std::future::pending()));

    let mut conn = db.pool().acquire().await.unwrap();
    let tolvan: i64 =
        sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = '191212121212'")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    let login = IdpLogin {
        issuer: "bench",
        subject: "tolvan",
        session_id: None,
        display_name: Some("Tolvan Tolvansson"),
    };
    let (token, _) = db::sessions::create(
        &mut conn,
        Principal::Patient(tolvan),
        &login,
        timeouts,
        clock.unix(),
    )
    .await
    .unwrap();
    drop(conn);
    let baseline = serve(
        Router::new()
            .route("/me", get(baseline_me))
            .with_state(Baseline { db, timeouts }),
    )
    .await;
    (insyn, baseline, format!("{COOKIE}={}", token.expose()))
}

/// The page at `url` is the real one: 200 and its heading.
async fn check(url: &str, cookie: &str) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = client
        .get(url)
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{url}");
    assert!(
        response.text().await.unwrap().contains("Mina register"),
        "{url}"
    );
}

fn run_engine(rt: &tokio::runtime::Runtime, name: &str, url: &str, secs: u64) -> String {
    let (insyn, baseline, cookie) = rt.block_on(start(url));
    let (insyn_url, baseline_url) = (
        format!("http://{insyn}/me"),
        format!("http://{baseline}/me"),
    );
    rt.block_on(check(&insyn_url, &cookie));
    rt.block_on(check(&baseline_url, &cookie));
    if std::env::var_os("BENCH_LOG").is_some() {
        // One view of each, logged (`BENCH_LOG=sqlx::query=debug`: the
        // statements a page view runs); nothing measured.
        return String::new();
    }
    // Warm both (connections, caches) before measuring.
    wrk(&insyn_url, &cookie, 1);
    wrk(&baseline_url, &cookie, 1);
    let base = wrk(&baseline_url, &cookie, secs);
    let ours = wrk(&insyn_url, &cookie, secs);
    format!(
        "| {name} | `/me`, Tolvan, the demo's 3 registers | {:.0} req/s, p99 {:.1} ms | {:.0} req/s, p99 {:.1} ms | {:.2}× | {:.2}× |\n",
        ours.per_sec,
        ours.p99_ms,
        base.per_sec,
        base.p99_ms,
        ours.per_sec / base.per_sec,
        ours.p99_ms / base.p99_ms,
    )
}

fn main() {
    let secs = if std::env::var_os("BENCH_QUICK").is_some() {
        5
    } else {
        15
    };
    let rt = common::runtime();
    let rows = common::on_each_engine(&rt, |rt, name, url| run_engine(rt, name, url, secs));
    let report = format!(
        "# Benchmark: pages under load\n\n\
         `make bench` (server/benches/pages.rs), release build, on the development\n\
         machine (2 cores; the servers and wrk share them). `wrk -t2 -c32 -d{secs}s`\n\
         from a separate process, one run per server; the baseline is a bare axum +\n\
         sqlx handler doing the same data work (session resume and touch, registers,\n\
         registrations, opt-outs, record counts) with HTML by `format!`, in the same\n\
         run on the same database. Targets (issue 19): throughput ≥ 0.5× the\n\
         baseline's, p99 ≤ 2×.\n\n\
         | engine | page | insyn | baseline | throughput ratio | p99 ratio |\n\
         | --- | --- | --- | --- | --- | --- |\n{rows}\n\
         **Target missed (≈ 0.25×).** Profile (`perf record -g` over a run; the\n\
         statements with `BENCH_LOG=sqlx::query=debug`): a third of the CPU is\n\
         threads waking each other — sqlx-sqlite runs every statement on its\n\
         connection's worker thread, handed over through a channel, and tokio's\n\
         workers — and a tenth is malloc and free. insyn's `/me` runs 8\n\
         statements to the baseline's 5: the session, the registers' names and the\n\
         person's name for the header, the relations (whether they may act for\n\
         someone), then the overview's 4 (it read the opt-out events twice until\n\
         this benchmark showed it). The rest of the gap is rendering the whole\n\
         page through Leptos (shell, layout, Fluent lookups) and the layers around\n\
         it. Plan: read the session, the header's name and the relations in one\n\
         statement in the session layer; render the layout's static parts once\n\
         per language; measure again.\n\n\
         Not measured here yet: `/me/registers/{{code}}`, `/me/log`, `/staff/requests`\n\
         and the overview with 100 registers (its queries are already a constant\n\
         number: one per table, `records::summaries_of_patient` for every register at once).\n",
    );
    common::write_report("pages", &report);
}
