//! Sign-in: insyn as an OpenID Connect relying party of two providers, one
//! for patients (a BankID-style e-ID provider or broker following the
//! Swedish OpenID Connect profile) and one for staff (SITHS / HSA-id).
//!
//! - [`provider`] talks to one provider: discovery, the authorization
//!   request, the code exchange and every check of the ID token that the
//!   `openidconnect` crate does, plus the ones it leaves to the caller;
//! - [`identity`] turns verified claims into a patient or a staff member, and
//!   holds the assurance rules (`acr`, two-factor `amr`);
//! - [`logout_token`] verifies back-channel logout tokens, which the crate
//!   does not know;
//! - [`sign_in`] is the flow as a service: start, finish (a new session),
//!   and the sessions a provider ended.
//!
//! The HTTP handlers that drive the flow are in `crate::http::auth`.

pub mod identity;
pub mod logout_token;
pub mod provider;
pub mod sign_in;

use crate::db::DbError;

/// Why a sign-in (or a provider's logout call) was refused. Each maps to a
/// reason the visitor is shown ([`AuthError::reason`]); the details go to
/// the log only.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("the identity provider cannot be reached: {0}")]
    ProviderUnavailable(String),
    #[error("no sign-in is waiting for this state (unknown, used or expired)")]
    UnknownState,
    #[error("the sign-in was started in another browser")]
    WrongBrowser,
    #[error("the provider answered with an error: {0}")]
    ProviderError(String),
    #[error("the person cancelled at the provider")]
    Cancelled,
    #[error("the token endpoint refused the code: {0}")]
    TokenRefused(String),
    #[error("the ID token is not acceptable: {0}")]
    InvalidToken(String),
    #[error("UserInfo does not match the ID token: {0}")]
    UserInfo(String),
    #[error("the assurance level is too low: {0}")]
    AssuranceTooLow(String),
    #[error("the staff member did not sign in with two factors")]
    NoSecondFactor,
    #[error("the provider gave no identity claim ({0})")]
    MissingIdentity(String),
    #[error("the identity claim is not valid: {0}")]
    InvalidIdentity(&'static str),
    #[error("no active staff member has this HSA-id")]
    UnknownStaff,
    #[error("a child below the age of own access signed in")]
    TooYoung,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl AuthError {
    /// The reason as the sign-in error page names it (`app::model::SignInProblem`).
    pub fn reason(&self) -> app::model::SignInProblem {
        use app::model::SignInProblem as P;
        match self {
            AuthError::ProviderUnavailable(_) | AuthError::Db(_) => P::Unavailable,
            AuthError::UnknownState | AuthError::WrongBrowser => P::Expired,
            AuthError::Cancelled => P::Cancelled,
            AuthError::ProviderError(_)
            | AuthError::TokenRefused(_)
            | AuthError::InvalidToken(_)
            | AuthError::UserInfo(_) => P::Refused,
            AuthError::AssuranceTooLow(_) => P::Assurance,
            AuthError::NoSecondFactor => P::TwoFactor,
            AuthError::MissingIdentity(_) | AuthError::InvalidIdentity(_) => P::Identity,
            AuthError::UnknownStaff => P::UnknownStaff,
            AuthError::TooYoung => P::TooYoung,
        }
    }
}

/// The relying party's two providers.
pub struct Providers {
    pub patient: provider::Provider,
    pub staff: provider::Provider,
}

impl Providers {
    pub fn from_config(
        config: &crate::config::Config,
        clock: crate::clock::Clock,
    ) -> anyhow::Result<Self> {
        use crate::db::login_attempts::Audience;
        let oidc = &config.oidc;
        let timeout = std::time::Duration::from_secs(oidc.http_timeout_secs);
        let make = |audience, provider: &crate::config::ProviderConfig, callback| {
            provider::Provider::new(
                audience,
                provider.clone(),
                &config.http.public_url,
                callback,
                timeout,
                oidc.clock_skew_secs,
                clock.clone(),
            )
        };
        Ok(Providers {
            patient: make(Audience::Patient, &oidc.patient, "/auth/callback")?,
            staff: make(Audience::Staff, &oidc.staff, "/staff/callback")?,
        })
    }

    pub fn get(&self, audience: crate::db::login_attempts::Audience) -> &provider::Provider {
        match audience {
            crate::db::login_attempts::Audience::Patient => &self.patient,
            crate::db::login_attempts::Audience::Staff => &self.staff,
        }
    }

    /// The providers' origins, which the sign-out form may be redirected to
    /// (the page's CSP `form-action`).
    pub fn origins(&self) -> Vec<String> {
        let mut origins: Vec<String> = [&self.patient, &self.staff]
            .iter()
            .filter_map(|p| url::Url::parse(p.issuer()).ok())
            .map(|url| url.origin().ascii_serialization())
            .collect();
        origins.dedup();
        origins
    }
}
