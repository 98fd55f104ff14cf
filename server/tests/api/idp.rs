//! The development identity provider (`e2e/idp`, npm `oidc-provider`) as
//! the tests run it: one Node process per test, on a free port, in its
//! misbehaving mode (IDP_TEST_HOOKS=1) so a test can spoil one thing of
//! the next answer; and a cookie-keeping HTTP client that walks the
//! sign-in as a browser without JavaScript would.

use reqwest::{Response, StatusCode, Url};
use serde_json::{Value, json};
use std::{path::PathBuf, process::Stdio, time::Duration};
use tokio::io::{AsyncBufReadExt, BufReader};

pub struct TestIdp {
    pub issuer: String,
    http: reqwest::Client,
    _process: tokio::process::Child,
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

impl TestIdp {
    /// Starts the provider for a portal at `portal_url` and waits until it listens.
    pub async fn start(portal_url: &str) -> Self {
        let mut process = tokio::process::Command::new("node")
            .arg(repo_root().join("e2e/idp/server.js"))
            .env("IDP_PORT", "0")
            .env("IDP_TEST_HOOKS", "1")
            .env("PORTAL_URL", portal_url)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("node runs the development identity provider (npm ci in e2e/)");
        let stdout = process.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let issuer = tokio::time::timeout(Duration::from_secs(20), async {
            while let Some(line) = lines.next_line().await.expect("read the provider's output") {
                if let Some(issuer) = line.strip_prefix("development identity provider: ") {
                    return issuer.trim().to_owned();
                }
            }
            panic!("the identity provider stopped before it listened")
        })
        .await
        .expect("the identity provider starts within 20 s");
        // Keep reading: Node dies of EPIPE if its stdout closes under it.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        TestIdp {
            issuer,
            http: reqwest::Client::new(),
            _process: process,
        }
    }

    async fn hook(&self, name: &str, body: Value) -> Value {
        let response = self
            .http
            .post(format!("{}/__test/{name}", self.issuer))
            .json(&body)
            .send()
            .await
            .expect("test hook");
        let status = response.status();
        let answer: Value = response.json().await.expect("hook answer");
        assert_eq!(status, StatusCode::OK, "hook {name}: {answer}");
        answer
    }

    /// Spoils the next token response and/or UserInfo answer (see e2e/idp/testhooks.js).
    pub async fn tamper(&self, spec: Value) {
        self.hook("tamper", spec).await;
    }

    /// A logout token signed as the provider would, changed as `spec` says.
    pub async fn logout_token(&self, spec: Value) -> String {
        self.hook("logout-token", spec).await["logout_token"]
            .as_str()
            .expect("a token")
            .to_owned()
    }

    /// Makes the provider itself send a back-channel logout.
    pub async fn backchannel(&self, client_id: &str, sub: &str, sid: &str) {
        self.hook(
            "backchannel",
            json!({ "client_id": client_id, "sub": sub, "sid": sid }),
        )
        .await;
    }
}

/// A browser without JavaScript: keeps cookies, follows redirects itself so
/// a test can stop anywhere on the way.
pub struct Browser {
    pub client: reqwest::Client,
    pub app: String,
}

impl Browser {
    pub fn new(app: &str) -> Self {
        Browser {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            app: app.to_owned(),
        }
    }

    pub async fn get(&self, url: &str) -> Response {
        let url = if url.starts_with('/') {
            format!("{}{url}", self.app)
        } else {
            url.to_owned()
        };
        self.client.get(url).send().await.expect("request")
    }

    /// Opens the page at `path` and posts its form there with `fields` and
    /// the session's form token, as a browser would (JavaScript off).
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.submit_to(path, path, fields).await
    }

    /// Opens the page at `page` and posts one of its forms to `action` with
    /// `fields` and the session's form token.
    pub async fn submit_to(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        let page = self.get(page).await.text().await.unwrap();
        let mut form: Vec<(&str, String)> =
            fields.iter().map(|(k, v)| (*k, v.to_string())).collect();
        form.push(("csrf", csrf_of(&page)));
        self.client
            .post(format!("{}{action}", self.app))
            .form(&form)
            .send()
            .await
            .expect("request")
    }

    /// Follows redirects from `response` until a page, or until the next
    /// hop would satisfy `stop` (then answers that URL without going there).
    pub async fn follow_until(
        &self,
        mut response: Response,
        stop: impl Fn(&Url) -> bool,
    ) -> Result<Response, Url> {
        for _ in 0..20 {
            if !response.status().is_redirection() {
                return Ok(response);
            }
            let location = response.headers()["location"].to_str().unwrap().to_owned();
            let next = response.url().join(&location).expect("a valid Location");
            if stop(&next) {
                return Err(next);
            }
            response = self.client.get(next).send().await.expect("request");
        }
        panic!("too many redirects")
    }

    pub async fn follow(&self, response: Response) -> Response {
        self.follow_until(response, |_| false)
            .await
            .unwrap_or_else(|_| unreachable!())
    }

    /// Starts a sign-in at `login_path` and signs in at the provider with
    /// `field` = `value`; answers the URL of insyn's callback (not yet visited).
    pub async fn round_trip(&self, login_path: &str, field: &str, value: &str) -> Url {
        let start = self.get(login_path).await;
        let app = self.app.clone();
        let page = match self
            .follow_until(start, |url| url.as_str().starts_with(&app))
            .await
        {
            Ok(page) => page,
            // Still signed in at the provider (single sign-on): straight back.
            Err(callback) => return callback,
        };
        assert_eq!(page.status(), StatusCode::OK, "the provider's sign-in page");
        let form_url = format!("{}/login", page.url());
        let answer = self
            .client
            .post(form_url)
            .form(&[(field, value)])
            .send()
            .await
            .expect("sign in at the provider");
        self.follow_until(answer, |url| url.as_str().starts_with(&app))
            .await
            .expect_err("the provider sends the browser back to insyn")
    }

    /// Visits insyn's callback and follows to the page it ends on.
    pub async fn finish(&self, callback: Url) -> Response {
        let response = self.client.get(callback).send().await.expect("callback");
        self.follow(response).await
    }

    pub async fn sign_in_patient(&self, personnummer: &str) -> Response {
        let callback = self
            .round_trip("/auth/login", "personnummer", personnummer)
            .await;
        self.finish(callback).await
    }

    pub async fn sign_in_staff(&self, hsa_id: &str) -> Response {
        let callback = self.round_trip("/staff/login", "hsa_id", hsa_id).await;
        self.finish(callback).await
    }
}

/// The session's form token on a page.
pub fn csrf_of(page: &str) -> String {
    page.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a form with the session's token")
        .to_owned()
}
