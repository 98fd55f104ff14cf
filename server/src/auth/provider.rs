//! One OpenID Connect provider, as insyn's relying party sees it.
//!
//! The `openidconnect` crate checks the ID token's signature (with the
//! algorithms allowed here: RS256 and ES256), `iss`, `aud` (no audience but
//! ours), `exp` and `nonce`. This module adds what the crate leaves to its
//! caller: `azp`, `iat` within bounds, `auth_time` against `max_age`, one
//! refresh of the provider's keys when a token names a key not seen yet
//! (key rotation), and the UserInfo `sub` match. The assurance (`acr`,
//! `amr`) is checked by [`super::identity`].
//!
//! Discovery happens at the first sign-in and is kept for an hour, so insyn
//! starts (and serves everything else) while a provider is down.

use super::{AuthError, identity::Claims};
use crate::{clock::Clock, config::ProviderConfig, db::login_attempts::Audience};
use openidconnect::{
    AccessToken, AdditionalClaims, AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret,
    CsrfToken, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields,
    IdTokenVerifier, IssuerUrl, JsonWebKeySet, LogoutRequest, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout,
    RedirectUrl, Scope, StandardErrorResponse, StandardTokenResponse, TokenResponse as _,
    core::{
        CoreAuthDisplay, CoreAuthPrompt, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
        CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreResponseType,
        CoreRevocableToken, CoreRevocationErrorResponse, CoreTokenIntrospectionResponse,
        CoreTokenType,
    },
};
use serde::{Deserialize, Serialize};
use std::{sync::Arc, time::Duration};
use tokio::sync::RwLock;

/// How long discovered metadata is trusted before it is read again.
const DISCOVERY_TTL_SECS: i64 = 3600;
/// The least time between two key refreshes, so tokens naming made-up keys
/// cannot make insyn hammer the provider.
const KEY_REFRESH_INTERVAL_SECS: i64 = 30;
/// The algorithms insyn accepts on ID tokens and logout tokens.
pub const ALLOWED_ALGS: [CoreJwsSigningAlgorithm; 2] = [
    CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
    CoreJwsSigningAlgorithm::EcdsaP256Sha256,
];

/// Every claim of the token by name (the standard ones are also parsed by
/// the crate), so that configured claim names can be looked up.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AllClaims {
    #[serde(flatten)]
    pub claims: Claims,
}
impl AdditionalClaims for AllClaims {}

type IdToken = openidconnect::IdToken<
    AllClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type TokenResponse = StandardTokenResponse<
    IdTokenFields<
        AllClaims,
        EmptyExtraTokenFields,
        CoreGenderClaim,
        CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm,
    >,
    CoreTokenType,
>;
type OidcClient = openidconnect::Client<
    AllClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    TokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The provider's metadata and keys as last read.
pub struct Discovered {
    pub metadata: ProviderMetadataWithLogout,
    fetched_at: i64,
    /// When a token naming an unknown key last made insyn read the keys again.
    forced_refresh_at: Option<i64>,
}

impl Discovered {
    pub fn keys(&self) -> &JsonWebKeySet<CoreJsonWebKey> {
        self.metadata.jwks()
    }
}

/// Where to send the browser, and what to remember until it comes back.
pub struct Authorization {
    pub url: url::Url,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// A person the provider has vouched for, with every check passed except
/// the audience-specific ones in [`super::identity`].
#[derive(Debug)]
pub struct VerifiedLogin {
    pub issuer: String,
    pub subject: String,
    /// The provider's session (`sid`), for back-channel logout.
    pub session_id: Option<String>,
    pub acr: Option<String>,
    pub amr: Vec<String>,
    pub claims: Claims,
}

pub struct Provider {
    pub audience: Audience,
    pub config: ProviderConfig,
    issuer: IssuerUrl,
    redirect_url: RedirectUrl,
    post_logout_url: PostLogoutRedirectUrl,
    http: reqwest::Client,
    clock: Clock,
    skew_secs: i64,
    discovered: RwLock<Option<Arc<Discovered>>>,
}

impl Provider {
    /// A provider of `audience` whose callback is `{public_url}{callback_path}`.
    pub fn new(
        audience: Audience,
        config: ProviderConfig,
        public_url: &str,
        callback_path: &str,
        timeout: Duration,
        skew_secs: i64,
        clock: Clock,
    ) -> anyhow::Result<Self> {
        let public_url = public_url.trim_end_matches('/');
        let http = reqwest::Client::builder()
            // A provider must not be able to send insyn's own requests elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(timeout)
            .build()?;
        Ok(Provider {
            audience,
            issuer: IssuerUrl::new(config.issuer.clone())?,
            redirect_url: RedirectUrl::new(format!("{public_url}{callback_path}"))?,
            post_logout_url: PostLogoutRedirectUrl::new(format!("{public_url}/"))?,
            config,
            http,
            clock,
            skew_secs,
            discovered: RwLock::new(None),
        })
    }

    /// The metadata and keys, discovering them when not known or stale.
    pub async fn discovered(&self) -> Result<Arc<Discovered>, AuthError> {
        let now = self.clock.unix();
        if let Some(known) = self.discovered.read().await.as_ref()
            && now - known.fetched_at < DISCOVERY_TTL_SECS
        {
            return Ok(known.clone());
        }
        let mut slot = self.discovered.write().await;
        if let Some(known) = slot.as_ref()
            && now - known.fetched_at < DISCOVERY_TTL_SECS
        {
            return Ok(known.clone());
        }
        let metadata = ProviderMetadataWithLogout::discover_async(self.issuer.clone(), &self.http)
            .await
            .map_err(|e| AuthError::ProviderUnavailable(format!("discovery: {e}")))?;
        let fresh = Arc::new(Discovered {
            metadata,
            fetched_at: now,
            forced_refresh_at: None,
        });
        *slot = Some(fresh.clone());
        Ok(fresh)
    }

    /// Reads the provider's keys again after a token named one not among
    /// them; at most once per `KEY_REFRESH_INTERVAL_SECS` (30 s).
    pub async fn refresh_keys(&self, seen: &Arc<Discovered>) -> Result<Arc<Discovered>, AuthError> {
        let now = self.clock.unix();
        let mut slot = self.discovered.write().await;
        if let Some(current) = slot.as_ref()
            && (!Arc::ptr_eq(current, seen)
                || current
                    .forced_refresh_at
                    .is_some_and(|at| now - at < KEY_REFRESH_INTERVAL_SECS))
        {
            // Someone refreshed already, or just did: use what is there.
            return Ok(current.clone());
        }
        let keys = JsonWebKeySet::fetch_async(seen.metadata.jwks_uri(), &self.http)
            .await
            .map_err(|e| AuthError::ProviderUnavailable(format!("keys: {e}")))?;
        tracing::info!(issuer = %self.config.issuer, keys = keys.keys().len(), "read the provider's keys again");
        let fresh = Arc::new(Discovered {
            metadata: seen.metadata.clone().set_jwks(keys),
            fetched_at: seen.fetched_at,
            forced_refresh_at: Some(now),
        });
        *slot = Some(fresh.clone());
        Ok(fresh)
    }

    fn client(&self, discovered: &Discovered) -> OidcClient {
        OidcClient::from_provider_metadata(
            discovered.metadata.clone(),
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(
                self.config.client_secret.expose().to_owned(),
            )),
        )
        .set_redirect_uri(self.redirect_url.clone())
    }

    /// The authorization request: code flow, PKCE S256, fresh `state` and
    /// `nonce`, `max_age`, and the scopes of the configuration.
    pub async fn authorize(&self) -> Result<Authorization, AuthError> {
        let discovered = self.discovered().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let client = self.client(&discovered);
        let mut request = client
            .authorize_url(
                AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge)
            .set_max_age(Duration::from_secs(self.config.max_age_secs.unsigned_abs()));
        for scope in &self.config.scopes {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        if let Some(acr) = &self.config.required_acr {
            request = request.add_auth_context_value(
                openidconnect::AuthenticationContextClass::new(acr.clone()),
            );
        }
        let (url, state, nonce) = request.url();
        Ok(Authorization {
            url,
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Exchanges the code (with the PKCE verifier), verifies the ID token,
    /// and reads UserInfo for the same subject.
    pub async fn finish(
        &self,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> Result<VerifiedLogin, AuthError> {
        let mut discovered = self.discovered().await?;
        let client = self.client(&discovered);
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| AuthError::ProviderUnavailable(format!("no token endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                // Not reached, or no answer in time: the provider is away,
                // not refusing.
                openidconnect::RequestTokenError::Request(_) => {
                    AuthError::ProviderUnavailable(format!("token: {}", token_error(&e)))
                }
                _ => AuthError::TokenRefused(token_error(&e)),
            })?;
        let id_token = response
            .id_token()
            .ok_or_else(|| AuthError::InvalidToken("the token response has no ID token".into()))?;
        let nonce = Nonce::new(nonce.to_owned());
        let claims = match self.verify_id_token(id_token, &discovered, &nonce) {
            Err(openidconnect::ClaimsVerificationError::SignatureVerification(
                openidconnect::SignatureVerificationError::NoMatchingKey,
            )) => {
                // Perhaps the provider rotated its keys: read them once more.
                discovered = self.refresh_keys(&discovered).await?;
                self.verify_id_token(id_token, &discovered, &nonce)
            }
            other => other,
        }
        .map_err(|e| AuthError::InvalidToken(e.to_string()))?;
        self.check_authorized_party(claims.audiences().len(), claims.authorized_party())?;
        let subject = claims.subject().clone();
        let mut all = claims.additional_claims().claims.clone();
        // The crate parses the standard names itself, so they are not among
        // the additional claims: put them back by name.
        let names = [
            (
                "name",
                claims
                    .name()
                    .and_then(|c| c.get(None))
                    .map(|n| n.to_string()),
            ),
            (
                "given_name",
                claims
                    .given_name()
                    .and_then(|c| c.get(None))
                    .map(|n| n.to_string()),
            ),
            (
                "family_name",
                claims
                    .family_name()
                    .and_then(|c| c.get(None))
                    .map(|n| n.to_string()),
            ),
        ];
        for (name, value) in names {
            if let Some(value) = value {
                all.insert(name.to_owned(), serde_json::Value::String(value));
            }
        }
        if let Some(userinfo_url) = discovered.metadata.userinfo_endpoint() {
            let userinfo = self
                .client(&discovered)
                .set_user_info_url(userinfo_url.clone())
                .user_info(
                    AccessToken::new(response.access_token().secret().clone()),
                    Some(subject.clone()),
                )
                .request_async::<AllClaims, _, CoreGenderClaim>(&self.http)
                .await
                .map_err(|e| match e {
                    openidconnect::UserInfoError::Request(_) => {
                        AuthError::ProviderUnavailable(format!("userinfo: {}", token_error(&e)))
                    }
                    _ => AuthError::UserInfo(e.to_string()),
                })?;
            // The ID token's claims win; UserInfo only adds what it lacks.
            for (name, value) in userinfo.additional_claims().claims.iter() {
                all.entry(name.clone()).or_insert_with(|| value.clone());
            }
        }
        let sid = all
            .get("sid")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        Ok(VerifiedLogin {
            issuer: claims.issuer().to_string(),
            subject: subject.to_string(),
            session_id: sid,
            acr: claims.auth_context_ref().map(|acr| acr.as_str().to_owned()),
            amr: claims
                .auth_method_refs()
                .map(|amr| amr.iter().map(|m| m.as_str().to_owned()).collect())
                .unwrap_or_default(),
            claims: all,
        })
    }

    fn verify_id_token<'t>(
        &self,
        id_token: &'t IdToken,
        discovered: &Discovered,
        nonce: &Nonce,
    ) -> Result<
        &'t openidconnect::IdTokenClaims<AllClaims, CoreGenderClaim>,
        openidconnect::ClaimsVerificationError,
    > {
        let clock = self.clock.clone();
        let now = move || chrono_time(clock.unix());
        let skew = self.skew_secs;
        let max_age = self.config.max_age_secs;
        let iat_now = now.clone();
        let auth_now = now.clone();
        let verifier = IdTokenVerifier::new_public_client(
            ClientId::new(self.config.client_id.clone()),
            self.issuer.clone(),
            discovered.keys().clone(),
        )
        .set_allowed_algs(ALLOWED_ALGS)
        // No audience besides insyn's client is trusted.
        .set_other_audience_verifier_fn(|_| false)
        .set_time_fn(now)
        .set_issue_time_verifier_fn(move |iat| {
            let age = (iat_now() - iat).num_seconds();
            if age < -skew {
                Err(format!("issued {}s in the future", -age))
            } else if age > max_age + skew {
                Err(format!("issued {age}s ago"))
            } else {
                Ok(())
            }
        })
        .set_auth_time_verifier_fn(move |auth_time| {
            let auth_time = auth_time.ok_or("no auth_time, but max_age was asked for")?;
            let age = (auth_now() - auth_time).num_seconds();
            if age < -skew {
                Err(format!("authenticated {}s in the future", -age))
            } else if age > max_age + skew {
                Err(format!(
                    "authenticated {age}s ago, more than max_age {max_age}s"
                ))
            } else {
                Ok(())
            }
        });
        id_token.claims(&verifier, nonce)
    }

    /// `azp`, which the crate does not check: when present it must be insyn's
    /// client, and a token for several audiences must have it.
    fn check_authorized_party(
        &self,
        audiences: usize,
        azp: Option<&ClientId>,
    ) -> Result<(), AuthError> {
        match azp {
            Some(azp) if azp.as_str() != self.config.client_id => Err(AuthError::InvalidToken(
                format!("azp {:?} is not this client", azp.as_str()),
            )),
            None if audiences > 1 => Err(AuthError::InvalidToken(
                "several audiences but no azp".into(),
            )),
            _ => Ok(()),
        }
    }

    /// Where to send the browser to end the provider's session too
    /// (RP-initiated logout), if the provider offers it.
    /// The provider's end-session address for a sign-out (RP-initiated
    /// logout). It names insyn by `client_id`, never by `id_token_hint`: the
    /// ID token carries the personnummer and the name, and a URL is kept in
    /// the browser's history and in every log it passes through.
    pub async fn end_session_url(&self) -> Option<url::Url> {
        let discovered = self.discovered().await.ok()?;
        let endpoint = discovered
            .metadata
            .additional_metadata()
            .end_session_endpoint
            .clone()?;
        let request = LogoutRequest::from(endpoint)
            .set_client_id(ClientId::new(self.config.client_id.clone()))
            .set_post_logout_redirect_uri(self.post_logout_url.clone());
        Some(request.http_get_url())
    }

    pub fn issuer(&self) -> &str {
        self.issuer.as_str()
    }

    pub fn skew_secs(&self) -> i64 {
        self.skew_secs
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }
}

fn chrono_time(unix: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(unix, 0).unwrap_or_default()
}

/// The token endpoint's refusal, as far as it is safe to log.
fn token_error<E: std::error::Error>(error: &E) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn provider() -> Provider {
        Provider::new(
            Audience::Patient,
            Config::default().oidc.patient,
            "http://127.0.0.1:3000",
            "/auth/callback",
            Duration::from_secs(1),
            60,
            Clock::System,
        )
        .unwrap()
    }

    #[test]
    fn azp_must_be_this_client_and_is_required_with_several_audiences() {
        let p = provider();
        assert!(p.check_authorized_party(1, None).is_ok());
        assert!(
            p.check_authorized_party(1, Some(&ClientId::new("insyn-patient".into())))
                .is_ok()
        );
        assert!(
            p.check_authorized_party(1, Some(&ClientId::new("insyn-staff".into())))
                .is_err()
        );
        assert!(p.check_authorized_party(2, None).is_err());
    }
}
