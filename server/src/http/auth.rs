//! The sign-in routes: start at a provider, come back, sign out, and hear
//! from a provider that its session ended. The checks live in
//! [`crate::auth`]; these handlers move the browser and the cookies.
//!
//! Every refusal ends on `/auth/error?reason=…`, a page that says what the
//! visitor can do, with no session created; the details go to the log.

use super::{
    AppState,
    session::{CurrentSession, LOGIN_COOKIE, SESSION_COOKIE, clear_cookie, cookie, set_cookie},
};
use crate::{
    auth::{AuthError, identity, logout_token},
    config::HttpConfig,
    db::{
        self,
        login_attempts::{self, Audience, NewLoginAttempt},
        sessions::{IdpLogin, Principal, SessionToken},
    },
    token,
};
use axum::{
    Extension, Form, Router,
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde::Deserialize;
use tower_governor::{
    GovernorError, GovernorLayer,
    governor::GovernorConfigBuilder,
    key_extractor::{KeyExtractor, PeerIpKeyExtractor, SmartIpKeyExtractor},
};

pub fn routes(config: &HttpConfig) -> Router<AppState> {
    // Starting a sign-in costs a row and a trip to the provider: limited per
    // client address. The callbacks need a state from a started sign-in.
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
        .route("/staff/login", get(staff_login));
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

fn too_many(error: GovernorError) -> Response {
    match error {
        GovernorError::TooManyRequests { wait_time, .. } => {
            tracing::warn!("sign-in rate limit reached");
            let mut response = (
                StatusCode::TOO_MANY_REQUESTS,
                "För många inloggningsförsök. Vänta en stund och försök igen. / Too many sign-in attempts. Wait a moment and try again.",
            )
                .into_response();
            if let Ok(value) = HeaderValue::from_str(&wait_time.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
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

/// Where each kind of person lands after signing in.
fn landing(audience: Audience) -> &'static str {
    match audience {
        Audience::Patient => "/me",
        Audience::Staff => "/staff",
    }
}

/// A return path inside insyn of the right kind, or the audience's landing page.
fn return_path(audience: Audience, next: Option<&str>) -> String {
    let area_ok = |path: &str| match audience {
        Audience::Patient => !path.starts_with("/staff"),
        Audience::Staff => path == "/staff" || path.starts_with("/staff/"),
    };
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains(['\\', '\r', '\n'])
                && area_ok(path) =>
        {
            path.to_owned()
        }
        _ => landing(audience).to_owned(),
    }
}

async fn start(state: &AppState, audience: Audience, next: Option<String>) -> Response {
    match begin(state, audience, next).await {
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

async fn begin(
    state: &AppState,
    audience: Audience,
    next: Option<String>,
) -> Result<(url::Url, String), AuthError> {
    let authorization = state.providers.get(audience).authorize().await?;
    let browser_secret = token::random_256();
    let return_to = return_path(audience, next.as_deref());
    let mut conn = state.db.pool().acquire().await.map_err(db::DbError::from)?;
    let now = state.clock.unix();
    // Sign-ins that were never finished go now and then, here.
    login_attempts::purge_expired(&mut conn, now).await?;
    login_attempts::insert(
        &mut conn,
        &NewLoginAttempt {
            state: &authorization.state,
            audience,
            browser_secret: &browser_secret,
            nonce: &authorization.nonce,
            pkce_verifier: &authorization.pkce_verifier,
            return_to: Some(&return_to),
        },
        now,
        state.config.oidc.login_timeout_secs,
    )
    .await?;
    Ok((authorization.url, browser_secret))
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    /// The issuer of the response (RFC 9207), against mix-up attacks.
    iss: Option<String>,
}

async fn patient_callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Response {
    callback(&state, Audience::Patient, &headers, query).await
}

async fn staff_callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Response {
    callback(&state, Audience::Staff, &headers, query).await
}

async fn callback(
    state: &AppState,
    audience: Audience,
    headers: &HeaderMap,
    query: CallbackQuery,
) -> Response {
    let mut response = match finish(state, audience, headers, query).await {
        Ok((token, return_to)) => {
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

async fn finish(
    state: &AppState,
    audience: Audience,
    headers: &HeaderMap,
    query: CallbackQuery,
) -> Result<(SessionToken, String), AuthError> {
    let now = state.clock.unix();
    let mut conn = state.db.pool().acquire().await.map_err(db::DbError::from)?;
    // Taken (and so used up) before anything else is looked at.
    let attempt = match query.state.as_deref() {
        Some(value) => login_attempts::take(&mut conn, value).await?,
        None => None,
    };
    let attempt = attempt
        .filter(|a| a.audience == audience && a.expires_at > now)
        .ok_or(AuthError::UnknownState)?;
    let browser = cookie(headers, LOGIN_COOKIE).unwrap_or_default();
    if !token::constant_time_eq(&token::sha256_hex(browser), &attempt.browser_hash) {
        return Err(AuthError::WrongBrowser);
    }
    if let Some(error) = query.error {
        return Err(if error == "access_denied" {
            AuthError::Cancelled
        } else {
            AuthError::ProviderError(error)
        });
    }
    let provider = state.providers.get(audience);
    if let Some(iss) = &query.iss
        && iss.trim_end_matches('/') != provider.issuer().trim_end_matches('/')
    {
        return Err(AuthError::ProviderError(format!(
            "response from issuer {iss:?}"
        )));
    }
    let code = query
        .code
        .ok_or_else(|| AuthError::ProviderError("no code".into()))?;
    // The connection is not held while the provider answers.
    drop(conn);
    let login = provider
        .finish(&code, &attempt.pkce_verifier, &attempt.nonce)
        .await?;
    let mut tx = state.db.begin_write().await?;
    let (principal, display_name) = match audience {
        Audience::Patient => {
            identity::check_patient_assurance(login.acr.as_deref(), &provider.config)?;
            let person = identity::patient(&login.claims, &provider.config)?;
            let id = db::patients::upsert(
                &mut tx,
                &person.personnummer,
                person.given_name.as_deref(),
                person.family_name.as_deref(),
                now,
            )
            .await?;
            let name = person.name.or_else(|| {
                let parts: Vec<&str> =
                    [person.given_name.as_deref(), person.family_name.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect();
                (!parts.is_empty()).then(|| parts.join(" "))
            });
            (Principal::Patient(id), name)
        }
        Audience::Staff => {
            identity::check_staff_assurance(login.acr.as_deref(), &login.amr, &provider.config)?;
            let hsa_id = identity::staff(&login.claims, &provider.config)?;
            let member = db::staff::find_active(&mut tx, &hsa_id)
                .await?
                .ok_or(AuthError::UnknownStaff)?;
            (Principal::Staff(member.id), Some(member.name))
        }
    };
    // A new session at every sign-in; one the browser still had ends now.
    if let Some(old) = cookie(headers, SESSION_COOKIE) {
        db::sessions::end(&mut tx, &SessionToken::from_cookie(old)).await?;
    }
    let (token, _) = db::sessions::create(
        &mut tx,
        principal,
        &IdpLogin {
            issuer: &login.issuer,
            subject: &login.subject,
            session_id: login.session_id.as_deref(),
            id_token: &login.id_token,
            display_name: display_name.as_deref(),
        },
        state.config.session.timeouts(),
        now,
    )
    .await?;
    tx.commit().await.map_err(db::DbError::from)?;
    tracing::info!(audience = audience.as_str(), "signed in");
    let return_to = attempt
        .return_to
        .unwrap_or_else(|| landing(audience).to_owned());
    Ok((token, return_to))
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

fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[derive(Deserialize)]
struct LogoutForm {
    csrf: String,
}

/// Sign-out: the session ends here, then at the provider (RP-initiated
/// logout with `id_token_hint`), which sends the browser back to the start.
async fn logout(
    State(state): State<AppState>,
    current: Option<Extension<CurrentSession>>,
    Form(form): Form<LogoutForm>,
) -> Response {
    let Some(Extension(current)) = current else {
        // Already signed out (or timed out): nothing to end.
        let mut response = see_other("/");
        response
            .headers_mut()
            .append(header::SET_COOKIE, clear_cookie(SESSION_COOKIE));
        return response;
    };
    if !token::constant_time_eq(&form.csrf, &current.session.csrf_token) {
        tracing::warn!("refused a sign-out without the session's form token");
        return (
            StatusCode::FORBIDDEN,
            "Formuläret kunde inte kontrolleras. Ladda om sidan och försök igen. / The form could not be verified. Reload the page and try again.",
        )
            .into_response();
    }
    let ended = async {
        let mut conn = state.db.pool().acquire().await?;
        db::sessions::end(&mut conn, &current.token).await
    }
    .await;
    if let Err(error) = ended {
        tracing::error!(%error, "could not end a session");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "Utloggningen kunde inte göras just nu. Försök igen. / Signing out failed just now. Please try again.",
        )
            .into_response();
    }
    let audience = match current.session.principal {
        Principal::Patient(_) => Audience::Patient,
        Principal::Staff(_) => Audience::Staff,
    };
    let provider = state.providers.get(audience);
    let target = provider
        .end_session_url(current.session.id_token.as_deref())
        .await
        .map(String::from)
        .unwrap_or_else(|| "/".to_owned());
    let mut response = see_other(&target);
    response
        .headers_mut()
        .append(header::SET_COOKIE, clear_cookie(SESSION_COOKIE));
    response
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
                return match end_sessions(&state, provider.issuer(), &request).await {
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

async fn end_sessions(
    state: &AppState,
    issuer: &str,
    request: &logout_token::LogoutRequest,
) -> Result<u64, AuthError> {
    let mut tx = state.db.begin_write().await?;
    let now = state.clock.unix();
    db::logout_tokens_seen::purge_expired(&mut tx, now).await?;
    if !db::logout_tokens_seen::first_use(&mut tx, issuer, &request.jti, request.remember_until)
        .await?
    {
        return Err(AuthError::InvalidToken(
            "logout token replayed (jti seen)".into(),
        ));
    }
    let ended = match (&request.session_id, &request.subject) {
        (Some(sid), _) => db::sessions::end_for_idp_session(&mut tx, issuer, sid).await?,
        (None, Some(sub)) => db::sessions::end_for_idp_subject(&mut tx, issuer, sub).await?,
        (None, None) => 0,
    };
    tx.commit().await.map_err(db::DbError::from)?;
    Ok(ended)
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
        let patient = |next| return_path(Audience::Patient, Some(next));
        assert_eq!(patient("/registers/qivf"), "/registers/qivf");
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil",
            "me",
            "/staff",
        ] {
            assert_eq!(patient(bad), "/me", "{bad}");
        }
        assert_eq!(
            return_path(Audience::Staff, Some("/staff/cases")),
            "/staff/cases"
        );
        assert_eq!(return_path(Audience::Staff, Some("/me")), "/staff");
        assert_eq!(return_path(Audience::Staff, None), "/staff");
    }
}
