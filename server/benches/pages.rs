//! Benchmark of the page path, where patients and staff feel speed: insyn's
//! signed-in pages under load against bare axum handlers doing the same
//! data work in the same process on the same database ([`baseline`]), the
//! statements each page runs, what a first visit transfers, and an idle
//! server's memory. Writes `benchmarks/pages.md`.
//!
//! Pages: `/me` (Tolvan, the demo's 3 registers), `/me/registers/qivf`
//! (which writes the own-look access-log entry, as the baseline does),
//! `/me/log`, `/staff/requests` (a coordinator of all three), then `/me`
//! again with 100 registers on the platform, Tolvan in 10. The load comes
//! from `wrk` (a separate process: 2 threads, 32 connections), one run per
//! server and page, bounded in time.
//!
//! `make bench` runs it (15 s a run; `BENCH_QUICK=1`: 5 s). Both engines
//! when TEST_POSTGRES_URL is set. `BENCH_LOG=1` prints the statements each
//! page runs; `BENCH_PAGE=/me` loads that page only (under a profiler).
//! Run by `cargo test` (no `--bench` argument) it only checks — every
//! answer is the real page with the data it must show, the overview runs
//! as many statements with 100 registers as with 3, an idle server holds
//! at most 50 MB — and writes nothing: that is how CI runs it.

use app::domain::{RegisterCode, RegistrationStatus};
use baseline::Baseline;
use insyn::{
    clock::Clock,
    config::Config,
    db::{
        self, Db,
        access_events::LogQuery,
        requests::QueueFilter,
        sessions::{IdpLogin, Principal, Timeouts},
    },
    definitions::register_definitions,
    demo,
    startup::Application,
};
use std::{
    collections::BTreeSet,
    fmt::Write as _,
    net::SocketAddr,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::{
        OnceLock,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
    time::Duration,
};
use tracing_subscriber::{
    EnvFilter, Layer, Registry, layer::SubscriberExt, reload, util::SubscriberInitExt,
};

#[path = "pages/baseline.rs"]
mod baseline;
mod common;
#[path = "pages/scale.rs"]
mod scale;

/// The allocator the `insyn` binary runs with (its `main.rs`), for insyn
/// and the baseline alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const COOKIE: &str = "__Host-insyn_session";
/// The target (issue 19): at least half the baseline's throughput, a p99
/// at most twice its.
const TARGET_RATIO: f64 = 0.5;
const TARGET_P99: f64 = 2.0;
/// The most an idle server may hold resident (issue 19).
const IDLE_RSS_MB: f64 = 50.0;

// ---- Statements, counted from sqlx's own query events ----

static STATEMENTS: AtomicUsize = AtomicUsize::new(0);
static PRINT_STATEMENTS: AtomicBool = AtomicBool::new(false);
static FILTER: OnceLock<reload::Handle<EnvFilter, Registry>> = OnceLock::new();

/// Counts sqlx's event for each statement run (target `sqlx::query`).
struct CountStatements;

impl<S: tracing::Subscriber> Layer<S> for CountStatements {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if !event.metadata().target().starts_with("sqlx::query") {
            return;
        }
        STATEMENTS.fetch_add(1, Ordering::Relaxed);
        if PRINT_STATEMENTS.load(Ordering::Relaxed) {
            struct Summary;
            impl tracing::field::Visit for Summary {
                fn record_debug(
                    &mut self,
                    field: &tracing::field::Field,
                    value: &dyn std::fmt::Debug,
                ) {
                    if field.name() == "summary" {
                        eprintln!("    {value:?}");
                    }
                }
            }
            event.record(&mut Summary);
        }
    }
}

/// Installs the counter, off until [`counting`] turns it on: under load
/// sqlx then formats no statement at all, for insyn or the baseline.
fn install_counter() {
    let (filter, handle) = reload::Layer::new(EnvFilter::new("off"));
    tracing_subscriber::registry()
        .with(filter)
        .with(CountStatements)
        .init();
    let _ = FILTER.set(handle);
    PRINT_STATEMENTS.store(std::env::var_os("BENCH_LOG").is_some(), Ordering::Relaxed);
}

fn counting(on: bool) {
    let filter = if on { "sqlx::query=debug" } else { "off" };
    FILTER
        .get()
        .expect("counter installed")
        .reload(EnvFilter::new(filter))
        .unwrap();
}

// ---- The servers ----

/// insyn and the baseline on one database, and who signs in.
struct Servers {
    insyn: SocketAddr,
    baseline: SocketAddr,
    db: Db,
    tolvan: i64,
    alex: i64,
    patient_cookie: String,
    staff_cookie: String,
}

async fn serve(router: axum::Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

/// The built site, if `scripts/build-site.sh` has run.
fn site_root() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site");
    root.join("pkg/manifest.json").exists().then_some(root)
}

async fn session(db: &Db, principal: Principal, timeouts: Timeouts) -> String {
    let mut conn = db.pool().acquire().await.unwrap();
    let login = IdpLogin {
        issuer: "bench",
        subject: "bench",
        session_id: None,
        display_name: Some("Bench"),
    };
    let (token, _) =
        db::sessions::create(&mut conn, principal, &login, timeouts, Clock::System.unix())
            .await
            .unwrap();
    format!("{COOKIE}={}", token.expose())
}

async fn id_of(db: &Db, sql: &str) -> i64 {
    let mut conn = db.pool().acquire().await.unwrap();
    sqlx::query_scalar(sql).fetch_one(&mut *conn).await.unwrap()
}

async fn start(url: &str) -> Servers {
    let mut config = Config::default();
    config.database.url = url.to_owned();
    config.demo.seed_on_first_start = false;
    config.mail.enabled = false;
    config.access_log.signing_key_file = None;
    if let Some(root) = site_root() {
        config.http.site_root = root;
    }
    let timeouts = config.session.timeouts();
    let clock = Clock::System;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let insyn = listener.local_addr().unwrap();
    let app = Application::build_on(listener, config, clock.clone())
        .await
        .unwrap();
    demo::seed_demo(app.db(), &clock).await.unwrap();
    demo::seed_demo_requests(app.db(), &clock).await.unwrap();
    let db = app.db().clone();
    tokio::spawn(app.run_until(std::future::pending()));

    let tolvan = id_of(
        &db,
        "SELECT id FROM patients WHERE personnummer = '191212121212'",
    )
    .await;
    // Alex Allround, coordinator of all three registers.
    let alex = id_of(
        &db,
        "SELECT id FROM staff WHERE hsa_id = 'SE2321000016-1002'",
    )
    .await;
    let patient_cookie = session(&db, Principal::Patient(tolvan), timeouts).await;
    let staff_cookie = session(&db, Principal::Staff(alex), timeouts).await;
    let baseline = serve(baseline::router(Baseline {
        db: db.clone(),
        timeouts,
    }))
    .await;
    Servers {
        insyn,
        baseline,
        db,
        tolvan,
        alex,
        patient_cookie,
        staff_cookie,
    }
}

/// 97 more registers (copies of Q-IVF's definition under other codes), and
/// Tolvan registered in 8 of them: 10 in all.
async fn hundred_registers(s: &Servers) {
    let qivf = register_definitions()
        .unwrap()
        .into_iter()
        .find(|d| d.code.as_str() == "qivf")
        .unwrap();
    let mut tx = s.db.begin_write().await.unwrap();
    for n in 4..=100 {
        let mut def = qivf.clone();
        def.code = RegisterCode::parse(&format!("reg{n:03}")).unwrap();
        def.short_name = format!("R{n}");
        def.position = n;
        def.name.sv = format!("Kvalitetsregister nummer {n}");
        def.name.en = format!("Quality register number {n}");
        db::registers::upsert(&mut tx, &def).await.unwrap();
        if n <= 11 {
            db::registrations::insert(
                &mut tx,
                s.tolvan,
                &def.code,
                RegistrationStatus::Active,
                time::macros::date!(2024 - 01 - 15),
            )
            .await
            .unwrap();
        }
    }
    tx.commit().await.unwrap();
}

// ---- One page: its check, its statements, its load ----

struct Page {
    label: &'static str,
    path: &'static str,
    staff: bool,
}

const PAGES: [Page; 4] = [
    Page {
        label: "`/me`, Tolvan, the demo's 3 registers",
        path: "/me",
        staff: false,
    },
    Page {
        label: "`/me/registers/qivf` (writes the look to the log)",
        path: "/me/registers/qivf",
        staff: false,
    },
    Page {
        label: "`/me/log`",
        path: "/me/log",
        staff: false,
    },
    Page {
        label: "`/staff/requests`, a coordinator of 3 registers",
        path: "/staff/requests",
        staff: true,
    },
];

const HUNDRED: Page = Page {
    label: "`/me`, 100 registers on the platform, Tolvan in 10",
    path: "/me",
    staff: false,
};

/// The log and the queue again with a full page each on small data
/// ([`scale::fill_pages`]), for the scale comparison.
const FULL_PAGES: [Page; 2] = [
    Page {
        label: "`/me/log`, a full page (50 entries) on small data",
        path: "/me/log",
        staff: false,
    },
    Page {
        label: "`/staff/requests`, a full page (50 open requests) on small data",
        path: "/staff/requests",
        staff: true,
    },
];

impl Page {
    fn cookie<'a>(&self, s: &'a Servers) -> &'a str {
        if self.staff {
            &s.staff_cookie
        } else {
            &s.patient_cookie
        }
    }

    /// What the page must show, read from the database: never a refusal or
    /// an error page passing for speed.
    async fn must_show(&self, s: &Servers) -> Vec<String> {
        let mut conn = s.db.pool().acquire().await.unwrap();
        let lang = app::i18n::Lang::Sv;
        match self.path {
            "/me" => db::registers::list(&mut conn, lang)
                .await
                .unwrap()
                .into_iter()
                .map(|r| r.name)
                .collect(),
            "/me/registers/qivf" => {
                db::records::page_of_patient(&mut conn, s.tolvan, "qivf", None, 25, 0)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|r| r.care_unit_name)
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect()
            }
            "/me/log" => {
                let rows = db::access_events::page_of_patient(
                    &mut conn,
                    s.tolvan,
                    &LogQuery::default(),
                    50,
                )
                .await
                .unwrap();
                assert!(!rows.is_empty(), "Tolvan's log has entries");
                db::access_events::care_units_of_patient(&mut conn, s.tolvan)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|(_, name)| name)
                    .collect()
            }
            "/staff/requests" => {
                let member = db::staff::active_by_id(&mut conn, s.alex)
                    .await
                    .unwrap()
                    .unwrap();
                let rows = db::requests::queue(
                    &mut conn,
                    &member.scope(),
                    &QueueFilter::default(),
                    None,
                    50,
                )
                .await
                .unwrap();
                assert!(!rows.is_empty(), "the demo's queue has requests");
                rows.into_iter().map(|r| r.reference).collect()
            }
            other => unreachable!("{other}"),
        }
    }

    async fn check(&self, s: &Servers) {
        let must = self.must_show(s).await;
        assert!(!must.is_empty(), "{}", self.path);
        for addr in [s.insyn, s.baseline] {
            let (status, body) = get(addr, self.path, self.cookie(s)).await;
            assert_eq!(status, 200, "http://{addr}{}", self.path);
            for text in &must {
                let escaped = text.replace('&', "&amp;");
                assert!(
                    body.contains(&escaped),
                    "http://{addr}{} does not show {text:?}",
                    self.path
                );
            }
        }
    }

    /// The statements one view runs, insyn's and the baseline's: the least
    /// of three views, so that a background task's statement or a new
    /// pooled connection's set-up is not counted.
    async fn statements(&self, s: &Servers) -> (usize, usize) {
        counting(true);
        let mut counts = [usize::MAX; 2];
        for (i, addr) in [s.insyn, s.baseline].into_iter().enumerate() {
            for _ in 0..3 {
                if PRINT_STATEMENTS.load(Ordering::Relaxed) {
                    eprintln!("  http://{addr}{}:", self.path);
                }
                let before = STATEMENTS.load(Ordering::SeqCst);
                get(addr, self.path, self.cookie(s)).await;
                counts[i] = counts[i].min(STATEMENTS.load(Ordering::SeqCst) - before);
            }
        }
        counting(false);
        (counts[0], counts[1])
    }

    /// insyn alone under `secs` of load, after a second's warming.
    fn load_insyn(&self, s: &Servers, secs: u64) -> Load {
        let url = format!("http://{}{}", s.insyn, self.path);
        wrk(&url, self.cookie(s), 1);
        wrk(&url, self.cookie(s), secs)
    }

    fn load(&self, s: &Servers, secs: u64) -> (Load, Load) {
        let url = |addr: SocketAddr| format!("http://{addr}{}", self.path);
        let cookie = self.cookie(s);
        // Warm both (connections, caches) before measuring.
        wrk(&url(s.insyn), cookie, 1);
        wrk(&url(s.baseline), cookie, 1);
        let base = wrk(&url(s.baseline), cookie, secs);
        let ours = wrk(&url(s.insyn), cookie, secs);
        (ours, base)
    }
}

async fn get(addr: SocketAddr, path: &str, cookie: &str) -> (u16, String) {
    let response = client()
        .get(format!("http://{addr}{path}"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

// ---- Load ----

/// What one wrk run measured.
#[derive(Clone, Copy)]
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

fn row(
    engine: &str,
    page: &Page,
    (ours, base): (Load, Load),
    (q_ours, q_base): (usize, usize),
) -> String {
    let ratio = ours.per_sec / base.per_sec;
    let p99 = ours.p99_ms / base.p99_ms;
    let met = if ratio >= TARGET_RATIO && p99 <= TARGET_P99 {
        "met"
    } else {
        "**missed**"
    };
    format!(
        "| {engine} | {} | {q_ours} / {q_base} | {:.0} req/s, p99 {:.1} ms | {:.0} req/s, p99 {:.1} ms | {ratio:.2}× | {p99:.2}× | {met} |\n",
        page.label, ours.per_sec, ours.p99_ms, base.per_sec, base.p99_ms,
    )
}

// ---- First visit and memory ----

/// What a first visit to `path` transfers with a cold cache, as a browser
/// asks (`Accept-Encoding: br, gzip`): the page and every file of the site
/// it names (styles, the islands' script and module, the icon), headers
/// included; and whether it loads WebAssembly.
async fn first_visit(addr: SocketAddr, path: &str, cookie: &str) -> (usize, bool) {
    let fetch = |url: String| async move {
        let response = client()
            .get(url)
            .header("accept-encoding", "br, gzip")
            .header("cookie", cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{}", response.url());
        let headers: usize = response
            .headers()
            .iter()
            .map(|(k, v)| k.as_str().len() + v.len() + 4)
            .sum();
        (headers + response.bytes().await.unwrap().len(), ())
    };
    let (mut total, _) = fetch(format!("http://{addr}{path}")).await;
    // The page again, uncompressed, to find the files it names.
    let (_, html) = get(addr, path, cookie).await;
    let mut files = BTreeSet::new();
    for quote in ['"', '\''] {
        for part in html.split(quote).skip(1).step_by(2) {
            if part.starts_with("/pkg/") || part.starts_with("/favicon") {
                files.insert(part.to_owned());
            }
        }
    }
    let wasm = files.iter().any(|f| f.ends_with(".wasm"));
    for file in files {
        total += fetch(format!("http://{addr}{file}")).await.0;
    }
    (total, wasm)
}

/// Resident memory of an `insyn serve` process on `url` after it has served
/// its first pages and sat idle for two seconds, in MB.
fn idle_rss(url: &str, site: &Path) -> f64 {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_insyn"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", url)
        .env("INSYN_LOG__FILTER", "info")
        .env("INSYN_LOG__FORMAT", "json")
        .env("INSYN_HTTP__SITE_ROOT", site)
        .env("INSYN_MAIL__ENABLED", "false")
        .env(
            "INSYN_ACCESS_LOG__SIGNING_KEY_FILE",
            dir.path().join("log.key"),
        )
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = std::io::BufRead::lines(std::io::BufReader::new(child.stdout.take().unwrap()));
    let line = stdout
        .map_while(Result::ok)
        .find(|l| l.contains("insyn is listening"))
        .expect("insyn serve starts");
    let addr = line
        .split("\"addr\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the address in the log line")
        .to_owned();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        for path in ["/", "/registers", "/registers/qivf", "/log", "/healthz"] {
            for _ in 0..5 {
                client()
                    .get(format!("http://{addr}{path}"))
                    .send()
                    .await
                    .unwrap();
            }
        }
    });
    std::thread::sleep(Duration::from_secs(2));
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    kb / 1024.0
}

// ---- The run ----

struct EngineResult {
    rows: String,
    /// The four pages again at 1/100 scale (`BENCH_SCALE`), and what was grown.
    scale: String,
    grown: String,
    statements: String,
    memory: String,
    first_visit: String,
}

fn run_engine(
    rt: &tokio::runtime::Runtime,
    engine: &str,
    url: &str,
    secs: Option<u64>,
    at_scale: bool,
) -> EngineResult {
    let s = rt.block_on(start(url));
    let mut result = EngineResult {
        rows: String::new(),
        scale: String::new(),
        grown: String::new(),
        statements: String::new(),
        memory: String::new(),
        first_visit: String::new(),
    };
    let mut three = 0;
    let mut small: Vec<(&Page, Load)> = Vec::new();
    // `BENCH_PAGE=/me/log`: load that page only (for a profiler).
    let only = std::env::var("BENCH_PAGE").ok();
    for page in PAGES.iter().chain([&HUNDRED]) {
        if std::ptr::eq(page, &HUNDRED) {
            rt.block_on(hundred_registers(&s));
        }
        rt.block_on(page.check(&s));
        let counts = rt.block_on(page.statements(&s));
        if page.path == "/me" && !std::ptr::eq(page, &HUNDRED) {
            three = counts.0;
        }
        if std::ptr::eq(page, &HUNDRED) {
            assert_eq!(
                counts.0, three,
                "the overview runs as many statements with 100 registers as with 3"
            );
        }
        let _ = writeln!(
            result.statements,
            "| {engine} | {} | {} | {} |",
            page.label, counts.0, counts.1
        );
        if let Some(secs) = secs.filter(|_| only.as_deref().is_none_or(|p| p == page.path)) {
            let loads = page.load(&s, secs);
            // At scale the platform has the 100 registers: its overview is
            // compared with the overview of 100 registers on small data.
            small.retain(|(p, _)| !(std::ptr::eq(page, &HUNDRED) && p.path == page.path));
            small.push((page, loads.0));
            result.rows += &row(engine, page, loads, counts);
        }
    }
    // Without a built site the pages are served without their files: the
    // memory is the server's either way.
    let site = site_root().unwrap_or_else(|| PathBuf::from("/nonexistent"));
    let resident = idle_rss(url, &site);
    assert!(
        resident <= IDLE_RSS_MB,
        "an idle server holds {resident:.1} MB, more than {IDLE_RSS_MB} MB"
    );
    result.memory = format!("| {engine} | {resident:.1} MB | ≤ {IDLE_RSS_MB} MB |\n");
    // What a first visit transfers does not depend on the engine.
    if secs.is_some() && site_root().is_some() && engine == "SQLite" {
        for (label, path, cookie) in [
            ("`/`, the public start page (no island)", "/", ""),
            (
                "`/registers` (the register filter island)",
                "/registers",
                "",
            ),
            (
                "`/me`, signed in (the session timer island)",
                "/me",
                s.patient_cookie.as_str(),
            ),
        ] {
            let (bytes, wasm) = rt.block_on(first_visit(s.insyn, path, cookie));
            let _ = writeln!(
                result.first_visit,
                "| {label} | {:.1} KB | {} | {} |",
                bytes as f64 / 1024.0,
                if wasm { "yes" } else { "no" },
                if bytes <= 100 * 1024 {
                    "met"
                } else {
                    "**missed**"
                },
            );
        }
    }
    // Last: the growth changes the database for good.
    if let Some(secs) = secs.filter(|_| at_scale) {
        rt.block_on(scale::fill_pages(&s.db, s.tolvan));
        for page in FULL_PAGES
            .iter()
            .filter(|page| only.as_deref().is_none_or(|p| p == page.path))
        {
            rt.block_on(page.check(&s));
            small.push((page, page.load_insyn(&s, secs)));
        }
        let grown = rt.block_on(scale::grow(&s.db, s.tolvan));
        result.grown = format!(
            "| {engine} | {} | {} | {} | {} | {:.0} s |\n",
            grown.persons, grown.registrations, grown.events, grown.requests, grown.seconds
        );
        for (page, before) in small {
            rt.block_on(page.check(&s));
            let after = page.load_insyn(&s, secs);
            let slower = before.per_sec / after.per_sec;
            let p99 = after.p99_ms / before.p99_ms;
            let _ = writeln!(
                result.scale,
                "| {engine} | {} | {:.0}/s, p99 {:.1} ms | {:.0}/s, p99 {:.1} ms | {slower:.2}× | {p99:.2}× | {} |",
                page.label,
                before.per_sec,
                before.p99_ms,
                after.per_sec,
                after.p99_ms,
                if slower <= 2.0 && p99 <= 2.0 {
                    "met"
                } else {
                    "**missed**"
                },
            );
        }
    }
    result
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test` runs the checks only.
    let measuring = std::env::args().any(|a| a == "--bench");
    let secs = measuring.then(|| {
        if std::env::var_os("BENCH_QUICK").is_some() {
            5
        } else {
            15
        }
    });
    // `BENCH_SCALE=1`: the pages again at 1/100 of a national platform.
    let at_scale = std::env::var_os("BENCH_SCALE").is_some();
    install_counter();
    let rt = common::runtime();
    let mut results = Vec::new();
    common::on_each_engine(&rt, |rt, engine, url| {
        results.push(run_engine(rt, engine, url, secs, at_scale));
        String::new()
    });
    let join = |f: fn(&EngineResult) -> &str| results.iter().map(f).collect::<String>();
    let Some(secs) = secs else {
        println!(
            "pages: every page checked on each engine; the overview's statements do not grow with the registers\n\n\
             | engine | page | statements: insyn | baseline |\n| --- | --- | --- | --- |\n{}\n\
             | engine | idle server | limit |\n| --- | --- | --- |\n{}",
            join(|r| &r.statements),
            join(|r| &r.memory),
        );
        return;
    };
    let report = format!(
        include_str!("pages/report.md"),
        secs = secs,
        rows = join(|r| &r.rows),
        statements = join(|r| &r.statements),
        first_visit = join(|r| &r.first_visit),
        memory = join(|r| &r.memory),
    );
    common::write_report("pages", &report);
    if at_scale {
        let report = format!(
            include_str!("pages/scale.md"),
            secs = secs,
            events = scale::events(),
            grown = join(|r| &r.grown),
            rows = join(|r| &r.scale),
        );
        common::write_report("scale", &report);
    }
}
