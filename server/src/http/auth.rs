//! The sign-in routes: start at a provider, come back, sign out, and hear
//! from a provider that its session ended. The checks live in
//! [`crate::auth`]; these handlers move the browser and the cookies.
//!
//! Every refusal ends on `/auth/error?reason=…`, a page that says what the
//! visitor can do, with no session created; the details go to the log.

use super::{
    AppState,
    error::WebError,
    extract::CheckedForm,
    forms::see_other,
    session::{CurrentSession, LOGIN_COOKIE, SESSION_COOKIE, clear_cookie, set_cookie},
};
use crate::{
    auth::{
        AuthError, logout_token,
        sign_in::{self, Callback, Finished, SignIn, landing},
    },
    db::{self, login_attempts::Audience, sessions::Principal},
};
use axum::{
    Extension, Form, Router,
    extract::{Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use axum_extra::extract::cookie::CookieJar;
use serde::Deserialize;
use tower_governor::{
    GovernorError, GovernorLayer,
    governor::GovernorConfigBuilder,
    key_extractor::{KeyExtractor, PeerIpKeyExtractor, SmartIpKeyExtractor},
};

pub fn routes(state: &AppState) -> Router<AppState> {
    let config = &state.config.http;
    // Starting a sign-in costs a row and a trip to the provider: limited per
    // client address, first in this process's memory (a flood costs no
    // database write), then in the database, so that several processes
    // share one budget. The callbacks need a state from a started sign-in.
    let limit = GovernorConfigBuilder::default()
        .key_extractor(ClientIp {
            trust_forwarded_for: config.trust_forwarded_for,
        })
        .per_second(config.sign_in_replenish_secs)
        .burst_size(config.sign_in_burst)
        .finish()
        .map(|limit| GovernorLayer::new(limit).error_handler(too_many));
    let starts = Router::new()
        .route("/auth/login", get(patient_login))
        .route("/staff/login", get(staff_login))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            shared_sign_in_limit,
        ));
    let starts = match limit {
        Some(layer) => starts.layer(layer),
        None => starts,
    };
    starts
        .route("/auth/callback", get(patient_callback))
        .route("/staff/callback", get(staff_callback))
        .route("/auth/logout", post(logout))
        .route("/auth/backchannel-logout", post(backchannel_logout))
}

/// The client's address: the peer's, or the one a trusted proxy forwarded.
#[derive(Clone)]
struct ClientIp {
    trust_forwarded_for: bool,
}

impl KeyExtractor for ClientIp {
    type Key = std::net::IpAddr;

    fn extract<T>(&self, req: &axum::http::Request<T>) -> Result<Self::Key, GovernorError> {
        if self.trust_forwarded_for {
            SmartIpKeyExtractor.extract(req)
        } else {
            PeerIpKeyExtractor.extract(req)
        }
    }
}

/// The sign-in limit shared by every process on the database: at most
/// `sign_in_burst` starts per client address in a window of
/// `sign_in_burst × sign_in_replenish_secs` seconds (the in-memory limiter's
/// long-run rate). If the database cannot count, the start goes ahead: the
/// sign-in itself needs the database and says so.
async fn shared_sign_in_limit(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let http = &state.config.http;
    let client = ClientIp {
        trust_forwarded_for: http.trust_forwarded_for,
    };
    let Ok(address) = client.extract(&request) else {
        return next.run(request).await;
    };
    let window = i64::from(http.sign_in_burst) * http.sign_in_replenish_secs.max(1) as i64;
    let now = state.clock.unix();
    let window_start = now - now.rem_euclid(window);
    let counted = async {
        let mut conn = state.db.pool().acquire().await?;
        crate::db::rate_limits::hit(
            &mut conn,
            &format!("sign-in:{address}"),
            window_start,
            window_start - window,
        )
        .await
    };
    match counted.await {
        Ok(hits) if hits > i64::from(http.sign_in_burst) => {
            tracing::warn!("shared sign-in rate limit reached");
            WebError::TooManySignIns {
                retry_after_secs: (window_start + window - now).max(1) as u64,
            }
            .into_response()
        }
        Ok(_) => next.run(request).await,
        Err(error) => {
            tracing::error!(%error, "could not count a sign-in start");
            next.run(request).await
        }
    }
}

fn too_many(error: GovernorError) -> Response {
    match error {
        GovernorError::TooManyRequests { wait_time, .. } => {
            tracing::warn!("sign-in rate limit reached");
            WebError::TooManySignIns {
                retry_after_secs: wait_time,
            }
            .into_response()
        }
        other => {
            tracing::error!(?other, "rate limit could not tell the client's address");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Path of the back-channel logout endpoint: called server to server and
/// authenticated by its signed token, so the browser CSRF checks skip it.
pub const BACKCHANNEL_PATH: &str = "/auth/backchannel-logout";

#[derive(Deserialize)]
struct LoginQuery {
    next: Option<String>,
}

async fn patient_login(State(state): State<AppState>, Query(query): Query<LoginQuery>) -> Response {
    start(&state, Audience::Patient, query.next).await
}

async fn staff_login(State(state): State<AppState>, Query(query): Query<LoginQuery>) -> Response {
    start(&state, Audience::Staff, query.next).await
}

/// A return path on insyn's origin ([`super::next`]) in the audience's
/// area, or the audience's landing page.
fn return_path(public_url: &str, audience: Audience, next: Option<&str>) -> String {
    let area_ok = |path: &str| match audience {
        Audience::Patient => !path.starts_with("/staff") && !path.starts_with("/admin"),
        Audience::Staff => ["/staff", "/admin"]
            .iter()
            .any(|area| path == *area || path.starts_with(&format!("{area}/"))),
    };
    next.and_then(|next| super::next::same_origin_path(public_url, next))
        .filter(|path| area_ok(path))
        .unwrap_or_else(|| landing(audience).to_owned())
}

/// The sign-in service with the application's database, clock and providers.
fn sign_in(state: &AppState) -> SignIn<'_> {
    SignIn {
        db: &state.db,
        clock: &state.clock,
        providers: &state.providers,
        timeouts: state.config.session.timeouts(),
        login_timeout_secs: state.config.oidc.login_timeout_secs,
        ages: state.config.delegation,
    }
}

async fn start(state: &AppState, audience: Audience, next: Option<String>) -> Response {
    let return_to = return_path(&state.config.http.public_url, audience, next.as_deref());
    match sign_in(state).begin(audience, &return_to).await {
        Ok((url, browser_secret)) => {
            let mut response = see_other(url.as_str());
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(
                    LOGIN_COOKIE,
                    &browser_secret,
                    Some(state.config.oidc.login_timeout_secs),
                ),
            );
            response
        }
        Err(error) => refused(audience, &error),
    }
}

async fn patient_callback(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(callback): Query<Callback>,
) -> Response {
    finish(&state, Audience::Patient, &jar, callback).await
}

async fn staff_callback(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(callback): Query<Callback>,
) -> Response {
    finish(&state, Audience::Staff, &jar, callback).await
}

/// The provider sent the browser back: a new session and its cookie, or
/// the page that says why not; the sign-in's own cookie goes either way.
async fn finish(
    state: &AppState,
    audience: Audience,
    jar: &CookieJar,
    callback: Callback,
) -> Response {
    let browser_secret = jar.get(LOGIN_COOKIE).map(|c| c.value().to_owned());
    let old_session = jar.get(SESSION_COOKIE).map(|c| c.value().to_owned());
    let finished = sign_in(state)
        .finish(
            audience,
            callback,
            browser_secret.as_deref(),
            old_session.as_deref(),
        )
        .await;
    let mut response = match finished {
        Ok(Finished { token, return_to }) => {
            let mut response = see_other(&return_to);
            response.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(SESSION_COOKIE, token.expose(), None),
            );
            response
        }
        Err(error) => refused(audience, &error),
    };
    response
        .headers_mut()
        .append(header::SET_COOKIE, clear_cookie(LOGIN_COOKIE));
    response
}

/// Logs why, and sends the browser to the page that explains it.
fn refused(audience: Audience, error: &AuthError) -> Response {
    match error {
        AuthError::Db(_) | AuthError::ProviderUnavailable(_) => {
            tracing::error!(audience = audience.as_str(), %error, "sign-in failed")
        }
        _ => tracing::warn!(audience = audience.as_str(), %error, "sign-in refused"),
    }
    let who = match audience {
        Audience::Patient => "patient",
        Audience::Staff => "staff",
    };
    see_other(&format!(
        "/auth/error?reason={}&who={who}",
        error.reason().code()
    ))
}

/// Sign-out: the session ends here, then at the provider (RP-initiated
/// logout, naming insyn by its client id), which sends the browser back to
/// the start.
async fn logout(
    State(state): State<AppState>,
    current: Option<Extension<CurrentSession>>,
    form: Result<CheckedForm, WebError>,
) -> Result<Response, WebError> {
    let Some(Extension(current)) = current else {
        // Already signed out (or timed out): nothing to end.
        let mut response = see_other("/");
        response
            .headers_mut()
            .append(header::SET_COOKIE, clear_cookie(SESSION_COOKIE));
        return Ok(response);
    };
    // The session's form token, or nothing happens.
    form?;
    let ended = async {
        let mut conn = state.db.pool().acquire().await?;
        db::sessions::end(&mut conn, &current.token).await
    }
    .await;
    if let Err(error) = ended {
        tracing::error!(%error, "could not end a session");
        return Err(WebError::Unavailable("web-sign-out-failed"));
    }
    let audience = match current.session.principal {
        Principal::Patient(_) => Audience::Patient,
        Principal::Staff(_) => Audience::Staff,
    };
    let target = state
        .providers
        .get(audience)
        .end_session_url()
        .await
        .map(String::from)
        .unwrap_or_else(|| "/".to_owned());
    let mut response = see_other(&target);
    response
        .headers_mut()
        .append(header::SET_COOKIE, clear_cookie(SESSION_COOKIE));
    Ok(response)
}

#[derive(Deserialize)]
struct BackchannelForm {
    logout_token: String,
}

/// A provider says a session at it ended: end insyn's sessions from it.
async fn backchannel_logout(
    State(state): State<AppState>,
    Form(form): Form<BackchannelForm>,
) -> Response {
    let mut last_error = None;
    for provider in [&state.providers.patient, &state.providers.staff] {
        match logout_token::verify(provider, &form.logout_token).await {
            Ok(request) => {
                let ended = sign_in::end_provider_sessions(
                    &state.db,
                    &state.clock,
                    provider.issuer(),
                    &request,
                )
                .await;
                return match ended {
                    Ok(ended) => {
                        tracing::info!(ended, "back-channel logout");
                        no_store(StatusCode::OK, "")
                    }
                    Err(error) => {
                        tracing::warn!(%error, "back-channel logout refused");
                        no_store(StatusCode::BAD_REQUEST, r#"{"error":"invalid_request"}"#)
                    }
                };
            }
            Err(error) => last_error = Some(error),
        }
    }
    if let Some(error) = last_error {
        tracing::warn!(%error, "back-channel logout refused");
    }
    no_store(StatusCode::BAD_REQUEST, r#"{"error":"invalid_request"}"#)
}

fn no_store(status: StatusCode, body: &'static str) -> Response {
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if !body.is_empty() {
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn return_paths_stay_inside_insyn_and_in_the_right_area() {
        const PUBLIC: &str = "http://127.0.0.1:3000";
        let patient = |next| return_path(PUBLIC, Audience::Patient, Some(next));
        assert_eq!(patient("/registers/qivf"), "/registers/qivf");
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil",
            "/\t/evil.example/",
            "me",
            "/staff",
        ] {
            assert_eq!(patient(bad), "/me", "{bad}");
        }
        assert_eq!(
            return_path(PUBLIC, Audience::Staff, Some("/staff/cases")),
            "/staff/cases"
        );
        assert_eq!(return_path(PUBLIC, Audience::Staff, Some("/me")), "/staff");
        assert_eq!(return_path(PUBLIC, Audience::Staff, None), "/staff");
    }
}
