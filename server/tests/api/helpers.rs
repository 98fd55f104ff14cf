//! `spawn_app`: starts insyn as production does (`Application::build`) on
//! port 0 with a fresh database, and the `on_both_engines!` macro that runs a
//! test once on SQLite and once on PostgreSQL.

use insyn::{
    clock::Clock,
    config::Config,
    db::{Db, Engine, PoolSettings},
    demo,
    startup::Application,
};
use std::time::Duration;
use time::macros::datetime;

pub struct TestApp {
    pub address: String,
    pub database_url: String,
    /// The identity provider, for tests started with [`spawn_app_with_idp`].
    pub idp: Option<crate::idp::TestIdp>,
    pub db: Db,
    pub clock: Clock,
    pub client: reqwest::Client,
    /// Keeps a SQLite file alive for the test.
    dir: Option<tempfile::TempDir>,
    stop_signal: tokio::sync::oneshot::Sender<()>,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_with_cookie(&self, path: &str, cookie: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header("Cookie", cookie)
            .send()
            .await
            .expect("request")
    }
}

/// The PostgreSQL server for tests (`scripts/postgres.sh` starts it and sets this).
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").expect(
        "TEST_POSTGRES_URL is not set: run the tests with `make test`, or start PostgreSQL with \
         `export TEST_POSTGRES_URL=$(scripts/postgres.sh)`",
    )
}

/// A database URL for a fresh, empty database of the engine.
pub async fn fresh_database(engine: Engine) -> (String, Option<tempfile::TempDir>) {
    match engine {
        Engine::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            (
                format!("sqlite://{}/insyn.db", dir.path().display()),
                Some(dir),
            )
        }
        Engine::Postgres => {
            let admin_url = postgres_admin_url();
            let name = format!("insyn_test_{}", hex::encode(rand::random::<[u8; 8]>()));
            let admin = Db::connect(
                &admin_url,
                PoolSettings {
                    max_connections: 1,
                    acquire_timeout: Duration::from_secs(10),
                },
            )
            .await
            .expect("connect to the test PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(admin.pool())
                .await
                .expect("create database");
            admin.close().await;
            let (base, _) = admin_url
                .rsplit_once('/')
                .expect("database URL with a path");
            (format!("{base}/{name}"), None)
        }
    }
}

pub fn test_config(database_url: String) -> Config {
    let mut config = Config::default();
    config.database.url = database_url;
    config.http.addr = "127.0.0.1:0".parse().unwrap();
    config.demo.seed_on_first_start = false;
    // Tests sign in many times from one address; one test checks the limit.
    config.http.sign_in_burst = 1000;
    config.log.filter = std::env::var("TEST_LOG").unwrap_or_else(|_| "off".into());
    // Mail is sent only by the tests that start an SMTP server for it.
    config.mail.enabled = false;
    // Checkpoints are made by the tests that need them, with their own key.
    config.access_log.signing_key_file = None;
    config
}

/// Mail settings for a test's own SMTP server on `port`: quick polls and
/// retries, a short lease.
fn with_mail(config: &mut Config, port: u16) {
    config.mail.enabled = true;
    config.mail.smtp_port = port;
    config.mail.poll_interval_ms = 100;
    config.mail.timeout_secs = 2;
    config.mail.retry_base_secs = 1;
    config.mail.lease_secs = 7;
}

/// Starts the application with a fresh database holding the demo data.
pub async fn spawn_app(engine: Engine) -> TestApp {
    spawn(engine, false).await
}

/// Like [`spawn_app`], with its own development identity provider, and the
/// clock at the real time (the provider's tokens carry real times).
pub async fn spawn_app_with_idp(engine: Engine) -> TestApp {
    spawn(engine, true).await
}

/// Like [`spawn_app_with_idp`], sending mail to the SMTP server on `smtp_port`.
pub async fn spawn_app_with_mail(engine: Engine, smtp_port: u16) -> TestApp {
    spawn_with(engine, true, Some(smtp_port)).await
}

/// Another instance of insyn on an existing database (already migrated and
/// seeded): a restart, or a second process beside the first. With
/// `smtp_port`, its mail worker sends there.
pub async fn spawn_instance(database_url: &str, smtp_port: Option<u16>) -> TestApp {
    let mut config = test_config(database_url.to_owned());
    if let Some(port) = smtp_port {
        with_mail(&mut config, port);
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let address = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    config.http.public_url = address.clone();
    let clock = Clock::System;
    let app = Application::build_on(listener, config, clock.clone())
        .await
        .expect("application starts");
    run(app, address, database_url.to_owned(), clock, None, None)
}

/// Like [`spawn_app`], with the configuration changed by `change` first.
pub async fn spawn_app_configured(engine: Engine, change: impl FnOnce(&mut Config)) -> TestApp {
    spawn_changed(engine, false, None, change).await
}

async fn spawn(engine: Engine, with_idp: bool) -> TestApp {
    spawn_with(engine, with_idp, None).await
}

async fn spawn_with(engine: Engine, with_idp: bool, smtp_port: Option<u16>) -> TestApp {
    spawn_changed(engine, with_idp, smtp_port, |_| {}).await
}

async fn spawn_changed(
    engine: Engine,
    with_idp: bool,
    smtp_port: Option<u16>,
    change: impl FnOnce(&mut Config),
) -> TestApp {
    let (url, dir) = fresh_database(engine).await;
    let mut config = test_config(url.clone());
    if let Some(port) = smtp_port {
        with_mail(&mut config, port);
    }
    change(&mut config);
    insyn::telemetry::init(&config.log);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let address = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    config.http.public_url = address.clone();
    let (clock, idp) = if with_idp {
        let idp = crate::idp::TestIdp::start(&address).await;
        config.oidc.patient.issuer = idp.issuer.clone();
        config.oidc.staff.issuer = idp.issuer.clone();
        // Mail retries wait for time to pass: those tests need a running clock.
        let clock = if smtp_port.is_some() {
            Clock::System
        } else {
            Clock::fixed(Clock::System.now())
        };
        (clock, Some(idp))
    } else {
        (Clock::fixed(datetime!(2026-11-24 09:00 UTC)), None)
    };
    let app = Application::build_on(listener, config, clock.clone())
        .await
        .expect("application starts");
    demo::seed_demo(app.db(), &clock)
        .await
        .expect("demo data loads");
    run(app, address, url, clock, idp, dir)
}

fn run(
    app: Application,
    address: String,
    database_url: String,
    clock: Clock,
    idp: Option<crate::idp::TestIdp>,
    dir: Option<tempfile::TempDir>,
) -> TestApp {
    let db = app.db().clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        address,
        database_url,
        idp,
        db,
        clock,
        client,
        dir,
        stop_signal: stop,
    }
}

impl TestApp {
    /// Stops the application (its server and mail worker), as a process that ends.
    pub fn stop(self) -> Option<tempfile::TempDir> {
        let _ = self.stop_signal.send(());
        self.dir
    }

    pub fn idp(&self) -> &crate::idp::TestIdp {
        self.idp.as_ref().expect("started with spawn_app_with_idp")
    }

    pub fn browser(&self) -> crate::idp::Browser {
        crate::idp::Browser::new(&self.address)
    }

    pub async fn session_count(&self) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
            .fetch_one(self.db.pool())
            .await
            .unwrap()
    }
}

/// Defines each test twice, as `name::sqlite` and `name::postgres`.
/// A browser signed in as the patient with `personnummer`.
pub async fn patient(app: &TestApp, personnummer: &str) -> crate::idp::Browser {
    let browser = app.browser();
    browser.sign_in_patient(personnummer).await;
    browser
}

/// The status and text of the page at `path`.
pub async fn page(browser: &crate::idp::Browser, path: &str) -> (reqwest::StatusCode, String) {
    let response = browser.get(path).await;
    (response.status(), response.text().await.unwrap())
}

/// The one number a query gives.
pub async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

macro_rules! on_both_engines {
    ($($(#[$meta:meta])* async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $crate::helpers::on_both_engines!(@with spawn_app; $($(#[$meta])* async fn $name($app: TestApp) $body)*);
    };
    (with_idp: $($(#[$meta:meta])* async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $crate::helpers::on_both_engines!(@with spawn_app_with_idp; $($(#[$meta])* async fn $name($app: TestApp) $body)*);
    };
    (@with $spawn:ident; $($(#[$meta:meta])* async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $(
            $(#[$meta])*
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                use $crate::helpers::{$spawn, TestApp};

                async fn run($app: TestApp) $body

                #[tokio::test]
                async fn sqlite() {
                    run($spawn(insyn::db::Engine::Sqlite).await).await
                }

                #[tokio::test]
                async fn postgres() {
                    run($spawn(insyn::db::Engine::Postgres).await).await
                }
            }
        )*
    };
}
pub(crate) use on_both_engines;
