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
    pub db: Db,
    pub clock: Clock,
    pub client: reqwest::Client,
    _dir: Option<tempfile::TempDir>,
    _stop: tokio::sync::oneshot::Sender<()>,
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
         `source scripts/postgres.sh`",
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
    config.log.filter = std::env::var("TEST_LOG").unwrap_or_else(|_| "off".into());
    config
}

/// Starts the application with a fresh database holding the demo data.
pub async fn spawn_app(engine: Engine) -> TestApp {
    let (url, dir) = fresh_database(engine).await;
    let config = test_config(url);
    insyn::telemetry::init(&config.log);
    let clock = Clock::fixed(datetime!(2026-11-24 09:00 UTC));
    let app = Application::build(config, clock.clone())
        .await
        .expect("application starts");
    demo::seed_demo(app.db(), &clock)
        .await
        .expect("demo data loads");
    let address = format!("http://127.0.0.1:{}", app.port());
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
        db,
        clock,
        client,
        _dir: dir,
        _stop: stop,
    }
}

/// Defines each test twice, as `name::sqlite` and `name::postgres`.
macro_rules! on_both_engines {
    ($($(#[$meta:meta])* async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $(
            $(#[$meta])*
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                use $crate::helpers::{spawn_app, TestApp};

                async fn run($app: TestApp) $body

                #[tokio::test]
                async fn sqlite() {
                    run(spawn_app(insyn::db::Engine::Sqlite).await).await
                }

                #[tokio::test]
                async fn postgres() {
                    run(spawn_app(insyn::db::Engine::Postgres).await).await
                }
            }
        )*
    };
}
pub(crate) use on_both_engines;
