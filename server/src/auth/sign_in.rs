//! The sign-in as a service: starting one at a provider (a login attempt
//! bound to the browser, with its state, nonce and PKCE verifier), finishing
//! it when the provider sends the browser back (every check, then a new
//! session for the patient or the active staff member), and ending the
//! sessions a provider says have ended (back-channel logout). The HTTP side
//! (`crate::http::auth`) only moves the browser and the cookies.

use super::{AuthError, Providers, identity, logout_token::LogoutRequest};
use crate::{
    clock::Clock,
    crypto,
    db::{
        self, Db, DbError,
        login_attempts::{self, Audience, NewLoginAttempt},
        sessions::{IdpLogin, Principal, SessionToken, Timeouts},
    },
};

/// What a sign-in needs of the application.
pub struct SignIn<'a> {
    pub db: &'a Db,
    pub clock: &'a Clock,
    pub providers: &'a Providers,
    pub timeouts: Timeouts,
    /// Seconds a started sign-in may take.
    pub login_timeout_secs: i64,
    /// From what age a child signs in for themselves.
    pub ages: crate::config::DelegationConfig,
}

/// What the provider sent back to the callback.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Callback {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
    /// The issuer of the response (RFC 9207), against mix-up attacks.
    pub iss: Option<String>,
}

/// A finished sign-in: the new session's token and where to go.
pub struct Finished {
    pub token: SessionToken,
    pub return_to: String,
}

/// Where each kind of person lands after signing in.
pub fn landing(audience: Audience) -> &'static str {
    match audience {
        Audience::Patient => "/me",
        Audience::Staff => "/staff",
    }
}

impl SignIn<'_> {
    /// Starts a sign-in of `audience` that comes back to `return_to`: the
    /// provider's authorization URL, and the secret that binds the attempt
    /// to this browser (its cookie).
    pub async fn begin(
        &self,
        audience: Audience,
        return_to: &str,
    ) -> Result<(url::Url, String), AuthError> {
        let authorization = self.providers.get(audience).authorize().await?;
        let browser_secret = crypto::random_256();
        let mut conn = self.db.pool().acquire().await.map_err(DbError::from)?;
        let now = self.clock.unix();
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
                return_to: Some(return_to),
            },
            now,
            self.login_timeout_secs,
        )
        .await?;
        Ok((authorization.url, browser_secret))
    }

    /// Finishes a sign-in of `audience` from the provider's `callback`, in
    /// the browser holding `browser_secret`. A session the browser still had
    /// (`old_session`) ends: every sign-in gets a new session.
    pub async fn finish(
        &self,
        audience: Audience,
        callback: Callback,
        browser_secret: Option<&str>,
        old_session: Option<&str>,
    ) -> Result<Finished, AuthError> {
        let now = self.clock.unix();
        let mut conn = self.db.pool().acquire().await.map_err(DbError::from)?;
        // Taken (and so used up) before anything else is looked at.
        let attempt = match callback.state.as_deref() {
            Some(value) => login_attempts::take(&mut conn, value).await?,
            None => None,
        };
        let attempt = attempt
            .filter(|a| a.audience == audience && a.expires_at > now)
            .ok_or(AuthError::UnknownState)?;
        let browser = browser_secret.unwrap_or_default();
        if !crypto::constant_time_eq(&crypto::sha256_hex(browser), &attempt.browser_hash) {
            return Err(AuthError::WrongBrowser);
        }
        if let Some(error) = callback.error {
            return Err(if error == "access_denied" {
                AuthError::Cancelled
            } else {
                AuthError::ProviderError(error)
            });
        }
        let provider = self.providers.get(audience);
        if let Some(iss) = &callback.iss
            && iss.trim_end_matches('/') != provider.issuer().trim_end_matches('/')
        {
            return Err(AuthError::ProviderError(format!(
                "response from issuer {iss:?}"
            )));
        }
        let code = callback
            .code
            .ok_or_else(|| AuthError::ProviderError("no code".into()))?;
        // The connection is not held while the provider answers.
        drop(conn);
        let login = provider
            .finish(&code, &attempt.pkce_verifier, &attempt.nonce)
            .await?;
        let mut tx = self.db.begin_write().await?;
        let (principal, display_name) = match audience {
            Audience::Patient => {
                identity::check_patient_assurance(login.acr.as_deref(), &provider.config)?;
                let person = identity::patient(&login.claims, &provider.config)?;
                let today = self.clock.today();
                if !crate::delegation::may_act_for_themselves(
                    &person.personnummer,
                    today,
                    self.ages,
                ) {
                    return Err(AuthError::TooYoung);
                }
                let id = db::patients::upsert(
                    &mut tx,
                    &person.personnummer,
                    person.given_name.as_deref(),
                    person.family_name.as_deref(),
                    now,
                )
                .await?;
                let name = person.display_name();
                (Principal::Patient(id), name)
            }
            Audience::Staff => {
                identity::check_staff_assurance(
                    login.acr.as_deref(),
                    &login.amr,
                    &provider.config,
                )?;
                let hsa_id = identity::staff(&login.claims, &provider.config)?;
                let member = db::staff::find_active(&mut tx, &hsa_id)
                    .await?
                    .ok_or(AuthError::UnknownStaff)?;
                (Principal::Staff(member.id), Some(member.name))
            }
        };
        if let Some(old) = old_session {
            db::sessions::end(&mut tx, &SessionToken::from_cookie(old)).await?;
        }
        let (token, _) = db::sessions::create(
            &mut tx,
            principal,
            &IdpLogin {
                issuer: &login.issuer,
                subject: &login.subject,
                session_id: login.session_id.as_deref(),
                display_name: display_name.as_deref(),
            },
            self.timeouts,
            now,
        )
        .await?;
        tx.commit().await.map_err(DbError::from)?;
        tracing::info!(audience = audience.as_str(), "signed in");
        let return_to = attempt
            .return_to
            .unwrap_or_else(|| landing(audience).to_owned());
        Ok(Finished { token, return_to })
    }
}

/// Ends the sessions that a provider (`issuer`) says ended there: by its
/// session id, or else by the person's subject. A logout token is good once.
pub async fn end_provider_sessions(
    db: &Db,
    clock: &Clock,
    issuer: &str,
    request: &LogoutRequest,
) -> Result<u64, AuthError> {
    let mut tx = db.begin_write().await?;
    let now = clock.unix();
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
    tx.commit().await.map_err(DbError::from)?;
    Ok(ended)
}
