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
    /// The identity provider, for tests started with [`spawn_app_with_idp`].
    pub idp: Option<crate::idp::TestIdp>,
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
    // Tests sign in many times from one address; one test checks the limit.
    config.http.sign_in_burst = 1000;
    config.log.filter = std::env::var("TEST_LOG").unwrap_or_else(|_| "off".into());
    config
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

async fn spawn(engine: Engine, with_idp: bool) -> TestApp {
    let (url, dir) = fresh_database(engine).await;
    let mut config = test_config(url);
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
        (Clock::fixed(Clock::System.now()), Some(idp))
    } else {
        (Clock::fixed(datetime!(2026-11-24 09:00 UTC)), None)
    };
    let app = Application::build_on(listener, config, clock.clone())
        .await
        .expect("application starts");
    demo::seed_demo(app.db(), &clock)
        .await
        .expect("demo data loads");
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
        idp,
        db,
        clock,
        client,
        _dir: dir,
        _stop: stop,
    }
}

impl TestApp {
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
