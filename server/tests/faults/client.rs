//! What the fault tests send: a signed-in patient's requests (a session made
//! as a sign-in makes it, so no identity provider is needed), register API
//! batches, and readers that load the server while a fault is on.

use crate::helpers::TestApp;
use insyn::{
    clock::Clock,
    config::Config,
    crypto,
    db::{
        self, Db,
        sessions::{IdpLogin, Principal},
    },
};
use reqwest::{StatusCode, header};
use serde_json::{Value, json};
use std::{
    collections::BTreeMap,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
};

pub const TOLVAN: &str = "191212121212";

/// A patient signed in at `address`: a client that sends the session cookie.
pub struct Patient {
    client: reqwest::Client,
    address: String,
}

impl Patient {
    pub async fn signed_in(db: &Db, address: &str, personnummer: &str) -> Self {
        let mut conn = db.pool().acquire().await.unwrap();
        let id: i64 = sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = $1")
            .bind(personnummer)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let login = IdpLogin {
            issuer: "faults",
            subject: personnummer,
            session_id: None,
            display_name: Some("Fault Test"),
        };
        let timeouts = Config::default().session.timeouts();
        let (token, _) = db::sessions::create(
            &mut conn,
            Principal::Patient(id),
            &login,
            timeouts,
            Clock::System.unix(),
        )
        .await
        .unwrap();
        let mut headers = header::HeaderMap::new();
        let cookie = format!("__Host-insyn_session={}", token.expose());
        headers.insert(header::COOKIE, cookie.parse().unwrap());
        Patient {
            client: reqwest::Client::builder()
                .default_headers(headers)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            address: address.to_owned(),
        }
    }

    pub async fn get(&self, path: &str) -> Result<(StatusCode, String), reqwest::Error> {
        let response = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await?;
        let status = response.status();
        Ok((status, response.text().await?))
    }

    /// Opens the form at `path` and posts it with `fields` and its token.
    pub async fn submit(
        &self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<reqwest::Response, reqwest::Error> {
        let (_, page) = self.get(path).await?;
        let mut form: Vec<(&str, String)> =
            fields.iter().map(|(k, v)| (*k, v.to_string())).collect();
        form.push(("csrf", crate::idp::csrf_of(&page)));
        self.client
            .post(format!("{}{path}", self.address))
            .form(&form)
            .send()
            .await
    }
}

/// The fields of a correction request that Tolvan files.
pub const CORRECTION: [(&str, &str); 5] = [
    ("record", "missing"),
    ("field", "Antal återförda embryon"),
    ("problem", "Min andra återföring 2024 saknas helt."),
    ("proposed", "2"),
    ("confirm", "yes"),
];
pub const CORRECTION_FORM: &str = "/me/registers/qivf/request/correction";

/// A live register API token of `register`, as `insyn token create` makes it.
pub async fn token(db: &Db, register: &str) -> String {
    let secret = format!("insyn_{register}_{}", crypto::random_256());
    let mut conn = db.pool().acquire().await.unwrap();
    db::api_tokens::create(
        &mut conn,
        register,
        &crypto::sha256_hex(&secret),
        "faults",
        0,
    )
    .await
    .unwrap();
    secret
}

/// An access event a register system reports about Tolvan.
pub fn access_event(id: &str) -> Value {
    json!({
        "id": id,
        "personnummer": "19121212-1212",
        "occurred_at": "2026-11-02T09:14:00Z",
        "care_unit": "SE2321000016-RM01",
        "kind": "read",
        "reason": "Uppföljning inför ny behandling",
        "purpose": "care_quality",
        "data": [{ "record_type": "treatment_cycle", "fields": ["treatment"] }]
    })
}

/// Posts a JSON batch to the register API; the status (or the transport error).
pub async fn post_batch(
    address: &str,
    path: &str,
    token: &str,
    body: &Value,
) -> Result<StatusCode, reqwest::Error> {
    let response = reqwest::Client::new()
        .post(format!("{address}{path}"))
        .bearer_auth(token)
        .json(body)
        .send()
        .await?;
    Ok(response.status())
}

/// Readers loading pages a fault must not touch, until [`Load::finish`].
pub struct Load {
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<BTreeMap<String, u32>>>,
}

impl Load {
    /// `readers` patients reading `paths` in turn, as fast as answered.
    pub async fn start(app: &TestApp, readers: usize, paths: &'static [&'static str]) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        for _ in 0..readers {
            let patient = Patient::signed_in(&app.db, &app.address, TOLVAN).await;
            let stop = stop.clone();
            tasks.push(tokio::spawn(async move {
                let mut seen = BTreeMap::new();
                while !stop.load(Ordering::Relaxed) {
                    for path in paths {
                        let outcome = match patient.get(path).await {
                            Ok((status, _)) => format!("{path} {}", status.as_u16()),
                            Err(error) => format!("{path} {error}"),
                        };
                        *seen.entry(outcome).or_insert(0) += 1;
                    }
                }
                seen
            }));
        }
        Load { stop, tasks }
    }

    /// Stops the readers and asserts that every answer they had was a 200.
    pub async fn finish(self) -> u32 {
        self.stop.store(true, Ordering::Relaxed);
        let mut all = BTreeMap::new();
        for task in self.tasks {
            for (outcome, n) in task.await.unwrap() {
                *all.entry(outcome).or_insert(0) += n;
            }
        }
        assert!(
            all.keys().all(|outcome| outcome.ends_with(" 200")),
            "the readers had only pages: {all:?}"
        );
        all.values().sum()
    }
}

/// The `insyn` binary with a clean environment on database `url`.
pub fn insyn(url: &str) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_insyn"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", url)
        .env("INSYN_LOG__FILTER", "info")
        .env("INSYN_LOG__FORMAT", "json");
    command
}

/// Migrates database `url` and loads the demo data, as an operator would.
pub fn migrate_and_seed(url: &str) {
    for args in [&["migrate"][..], &["seed", "--demo"]] {
        let out = insyn(url).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The one number a query gives.
pub async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(db.pool()).await.unwrap()
}
