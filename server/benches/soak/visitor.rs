//! What the soak's clients share: the run's state and tallies, the record
//! of every answer (its route, time and whether it was the one expected),
//! and [`Visitor`], one browser (a cookie jar, no redirects followed) or one
//! register system, talking to insyn through the balancer. A request can be
//! pinned to one server ([`PIN_HEADER`]) or left to the balancer's turn.

use crate::proxy::PIN_HEADER;
use serde_json::Value;
use std::{
    collections::BTreeMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, AtomicUsize},
    },
    time::{Duration, Instant},
};

pub const SERVERS: usize = 3;

// ---- What the clients share and count ----

/// A person the patient clients sign in as.
#[derive(Clone)]
pub struct Person {
    pub personnummer: String,
    pub given_name: String,
    pub registers: Vec<String>,
}

pub struct Ctx {
    /// The balancer's URL, every server's `http.public_url`.
    pub public: String,
    pub deadline: Instant,
    /// A register API token of Q-IVF.
    pub token: String,
    pub patients: Vec<Person>,
    /// Made-up persons the register system reports on.
    pub synthetic: Vec<String>,
    pub recorder: Recorder,
    pub tally: Tally,
    /// Access event ids the API acknowledged (200, every item created).
    pub events_acked: Mutex<Vec<String>>,
    /// How many of `synthetic` have records, so that events name registered persons.
    pub registered: AtomicUsize,
    /// Patient journeys begun: the next one's person (`clients::next_patient`).
    pub journeys_begun: AtomicUsize,
}

/// What the clients got done.
#[derive(Default)]
pub struct Tally {
    pub journeys: AtomicU64,
    pub filed: AtomicU64,
    pub filing_skipped: AtomicU64,
    pub decided: AtomicU64,
    pub staff_rounds: AtomicU64,
    pub record_batches: AtomicU64,
    pub records_acked: AtomicU64,
    pub event_batches: AtomicU64,
}

impl Ctx {
    pub fn new(
        public: String,
        deadline: Instant,
        token: String,
        patients: Vec<Person>,
        synthetic: Vec<String>,
    ) -> Self {
        Ctx {
            public,
            deadline,
            token,
            patients,
            synthetic,
            recorder: Recorder::default(),
            tally: Tally::default(),
            events_acked: Mutex::new(Vec::new()),
            registered: AtomicUsize::new(0),
            journeys_begun: AtomicUsize::new(0),
        }
    }

    pub fn running(&self) -> bool {
        Instant::now() < self.deadline
    }

    /// Whether `url` is insyn's (behind the balancer) rather than the provider's.
    fn is_public(&self, url: &str) -> bool {
        url.strip_prefix(&self.public)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/') || rest.starts_with('?'))
    }

    /// `GET /me/registers/{code}`: the route of a URL, its ids replaced.
    pub fn route_of(&self, method: &str, url: &str) -> String {
        if !self.is_public(url) {
            return "identity provider (sign-in steps)".to_owned();
        }
        let path = url[self.public.len()..].split('?').next().unwrap_or("");
        let mut route = String::new();
        let mut previous = "";
        for segment in path.split('/').filter(|s| !s.is_empty()) {
            let shown = if previous == "registers" {
                "{code}"
            } else if is_reference(segment) {
                "{reference}"
            } else if segment.bytes().all(|b| b.is_ascii_digit()) {
                "{n}"
            } else {
                segment
            };
            route.push('/');
            route.push_str(shown);
            previous = segment;
        }
        if route.is_empty() {
            route.push('/');
        }
        format!("{method} {route}")
    }

    /// Records an answer that was not what the client expected.
    pub fn unexpected(&self, route: &str, what: &str) -> Failed {
        self.recorder
            .error(Kind::UnexpectedAnswer, route, what.to_owned());
        Failed
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    ServerError,
    ClientError,
    UnexpectedAnswer,
    Transport,
    Task,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::ServerError => "5xx",
            Kind::ClientError => "unexpected 4xx",
            Kind::UnexpectedAnswer => "unexpected answer (status or content)",
            Kind::Transport => "transport (no answer)",
            Kind::Task => "client task panicked or hung",
        }
    }
}

#[derive(Default)]
pub struct Recorder {
    inner: Mutex<Recorded>,
}

#[derive(Default)]
pub struct Recorded {
    /// Microseconds to the whole body, of every answer, per route.
    pub routes: BTreeMap<String, Vec<u32>>,
    /// Errors by kind, route and what was seen.
    pub errors: BTreeMap<(Kind, String, String), u64>,
    printed: usize,
}

impl Recorder {
    fn answered(&self, route: &str, took: Duration) {
        let micros = u32::try_from(took.as_micros()).unwrap_or(u32::MAX);
        let mut inner = self.inner.lock().unwrap();
        inner
            .routes
            .entry(route.to_owned())
            .or_default()
            .push(micros);
    }

    pub fn error(&self, kind: Kind, route: &str, what: String) {
        let mut inner = self.inner.lock().unwrap();
        // The first few on the console at once, to look into while it runs.
        if inner.printed < 30 {
            inner.printed += 1;
            eprintln!("soak: {} at {route}: {what}", kind.as_str());
        }
        *inner
            .errors
            .entry((kind, route.to_owned(), what))
            .or_default() += 1;
    }

    pub fn take(&self) -> Recorded {
        std::mem::take(&mut *self.inner.lock().unwrap())
    }
}

// ---- One browser, or one register system ----

/// A journey stopped at its first failure (already recorded).
pub struct Failed;
pub type Step<T> = Result<T, Failed>;

pub const OK: &[u16] = &[200];
pub const SEE_OTHER: &[u16] = &[303];
pub const REDIRECT: &[u16] = &[302, 303, 307];
const PAGE_OR_REDIRECT: &[u16] = &[200, 302, 303, 307];

pub struct Answer {
    status: u16,
    url: reqwest::Url,
    location: Option<reqwest::Url>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A cookie jar and no redirects followed, like `tests/api/idp.rs`'s
/// `Browser`, but every failure is counted instead of panicking.
pub struct Visitor {
    client: reqwest::Client,
    ctx: Arc<Ctx>,
}

impl Visitor {
    pub fn new(ctx: &Arc<Ctx>) -> Self {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT_LANGUAGE,
            reqwest::header::HeaderValue::from_static("sv-SE,sv;q=0.9"),
        );
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .timeout(Duration::from_secs(60))
            .default_headers(headers)
            .build()
            .expect("an HTTP client");
        Visitor {
            client,
            ctx: ctx.clone(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        if path.starts_with('/') {
            format!("{}{path}", self.ctx.public)
        } else {
            path.to_owned()
        }
    }

    /// GET on server `on` (through the balancer), or on whichever is next.
    pub async fn get(&self, on: Option<usize>, path: &str, expect: &[u16]) -> Step<Answer> {
        let url = self.url(path);
        let request = pinned(self.client.get(&url), on);
        self.send("GET", &url, request, expect).await
    }

    pub async fn post_form(
        &self,
        on: Option<usize>,
        path: &str,
        form: &[(&str, &str)],
        expect: &[u16],
    ) -> Step<Answer> {
        let url = self.url(path);
        let request = pinned(self.client.post(&url).form(form), on);
        self.send("POST", &url, request, expect).await
    }

    /// A register system's POST with the token; the JSON answer.
    pub async fn post_api(&self, path: &str, body: &Value) -> Step<Value> {
        let url = self.url(path);
        let request = self
            .client
            .post(&url)
            .bearer_auth(&self.ctx.token)
            .json(body);
        let answer = self.send("POST", &url, request, OK).await?;
        serde_json::from_slice(&answer.body).map_err(|_| {
            self.ctx
                .unexpected(&self.ctx.route_of("POST", &url), "not JSON")
        })
    }

    async fn send(
        &self,
        method: &str,
        url: &str,
        request: reqwest::RequestBuilder,
        expect: &[u16],
    ) -> Step<Answer> {
        let route = self.ctx.route_of(method, url);
        let recorder = &self.ctx.recorder;
        let started = Instant::now();
        let response = request.send().await.map_err(|e| {
            recorder.error(Kind::Transport, &route, without_url(&e));
            Failed
        })?;
        let status = response.status().as_u16();
        let url = response.url().clone();
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .and_then(|l| url.join(l).ok());
        let body = response.bytes().await.map_err(|e| {
            recorder.error(Kind::Transport, &route, without_url(&e));
            Failed
        })?;
        recorder.answered(&route, started.elapsed());
        if !expect.contains(&status) {
            let kind = match status {
                500.. => Kind::ServerError,
                400..=499 => Kind::ClientError,
                _ => Kind::UnexpectedAnswer,
            };
            recorder.error(kind, &route, format!("{status}, expected {expect:?}"));
            return Err(Failed);
        }
        Ok(Answer {
            status,
            url,
            location,
            body: body.to_vec(),
        })
    }

    /// Where a redirect points.
    pub fn next_hop(&self, answer: &Answer) -> Step<reqwest::Url> {
        answer.location.clone().ok_or_else(|| {
            self.ctx.unexpected(
                &self.ctx.route_of("GET", answer.url.as_str()),
                "a redirect without Location",
            )
        })
    }

    /// Signs in at `login` (on server `on`) through the provider with
    /// `field` = `value`, as `Browser::round_trip` and `finish` do; the
    /// page it lands on.
    pub async fn sign_in(
        &self,
        on: Option<usize>,
        login: &str,
        field: &str,
        value: &str,
    ) -> Step<Answer> {
        let route = format!("GET {login}");
        let mut answer = self.get(on, login, REDIRECT).await?;
        // To the provider's sign-in page.
        let mut page = None;
        for _ in 0..10 {
            let next = self.next_hop(&answer)?;
            if self.ctx.is_public(next.as_str()) {
                return Err(self
                    .ctx
                    .unexpected(&route, "back from the provider unasked"));
            }
            answer = self.get(None, next.as_str(), PAGE_OR_REDIRECT).await?;
            if answer.status == 200 {
                page = Some(answer.url.clone());
                break;
            }
        }
        let page = page.ok_or_else(|| self.ctx.unexpected(&route, "no sign-in page"))?;
        let form = format!("{page}/login");
        answer = self
            .post_form(None, &form, &[(field, value)], REDIRECT)
            .await?;
        // Back to insyn's callback.
        for _ in 0..10 {
            let next = self.next_hop(&answer)?;
            if self.ctx.is_public(next.as_str()) {
                answer = self.get(on, next.as_str(), REDIRECT).await?;
                // The callback's redirect to the landing page (and any after it).
                for _ in 0..5 {
                    let next = self.next_hop(&answer)?;
                    answer = self.get(on, next.as_str(), PAGE_OR_REDIRECT).await?;
                    if answer.status == 200 {
                        return Ok(answer);
                    }
                }
                return Err(self.ctx.unexpected(&route, "no page after the callback"));
            }
            answer = self.get(None, next.as_str(), REDIRECT).await?;
        }
        Err(self.ctx.unexpected(&route, "never back from the provider"))
    }
}

fn pinned(request: reqwest::RequestBuilder, on: Option<usize>) -> reqwest::RequestBuilder {
    match on {
        Some(server) => request.header(PIN_HEADER, server.to_string()),
        None => request,
    }
}

/// A transport error without its URL (which may carry a sign-in code).
fn without_url(error: &reqwest::Error) -> String {
    let kind = if error.is_timeout() {
        "timed out"
    } else if error.is_connect() {
        "could not connect"
    } else if error.is_body() || error.is_decode() {
        "the body broke off"
    } else {
        "request failed"
    };
    kind.to_owned()
}

/// The session's form token on a page.
pub fn csrf_of(page: &str) -> Option<String> {
    page.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
}

/// `INS-XXXX-XXXX`.
pub fn is_reference(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 13
        && s.starts_with("INS-")
        && b[8] == b'-'
        && b[4..8].iter().chain(&b[9..]).all(u8::is_ascii_alphanumeric)
}

/// The request references on a page, once each.
pub fn references(page: &str) -> Vec<String> {
    let mut found: Vec<String> = page
        .match_indices("INS-")
        .filter_map(|(at, _)| page.get(at..at + 13))
        .filter(|r| is_reference(r))
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// A person's pause between two pages.
pub async fn think() {
    tokio::time::sleep(Duration::from_millis(100 + rand::random::<u64>() % 300)).await;
}
