//! Back-channel logout tokens (OpenID Connect Back-Channel Logout 1.0): a
//! provider's signed word that a session at it has ended. The
//! `openidconnect` crate has no type for them, so this module verifies one
//! with the crate's key handling: signature by a key of the provider with an
//! allowed algorithm, `iss`, `aud` (insyn's client, nothing else), `iat`,
//! `exp` when present, a `jti`, the back-channel logout event, `sid` or
//! `sub`, and no `nonce` (so an ID token cannot pass for one). That the
//! `jti` is used only once is the caller's part (it needs the database).

use super::{
    AuthError,
    provider::{ALLOWED_ALGS, Discovered, Provider},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use openidconnect::{JsonWebKey, SignatureVerificationError, core::CoreJwsSigningAlgorithm};
use serde::Deserialize;
use serde_json::Value;
use std::sync::Arc;

const EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";
/// A logout token older than this is refused even without `exp`.
const MAX_AGE_SECS: i64 = 300;

/// What a verified logout token asks for.
#[derive(Debug, PartialEq, Eq)]
pub struct LogoutRequest {
    pub jti: String,
    /// End the sessions that came from this provider session…
    pub session_id: Option<String>,
    /// …or, without `sid`, every session of this subject.
    pub subject: Option<String>,
    /// Until when the `jti` must be remembered.
    pub remember_until: i64,
}

#[derive(Deserialize)]
struct Header {
    alg: String,
    kid: Option<String>,
    typ: Option<String>,
}

#[derive(Deserialize)]
struct Payload {
    iss: Option<String>,
    aud: Option<Value>,
    iat: Option<i64>,
    exp: Option<i64>,
    jti: Option<String>,
    sid: Option<String>,
    sub: Option<String>,
    nonce: Option<Value>,
    events: Option<serde_json::Map<String, Value>>,
}

fn invalid(why: impl Into<String>) -> AuthError {
    AuthError::InvalidToken(format!("logout token: {}", why.into()))
}

/// Verifies `raw` against `provider`'s keys, reading the keys once more if
/// it names one not seen yet.
pub async fn verify(provider: &Provider, raw: &str) -> Result<LogoutRequest, AuthError> {
    let discovered = provider.discovered().await?;
    match verify_signature(raw, &discovered) {
        Err(SignatureVerificationError::NoMatchingKey) => {
            let discovered: Arc<Discovered> = provider.refresh_keys(&discovered).await?;
            verify_signature(raw, &discovered)
        }
        other => other,
    }
    .map_err(|e| invalid(e.to_string()))?;
    let payload = raw.split('.').nth(1).unwrap_or_default();
    let payload: Payload = URL_SAFE_NO_PAD
        .decode(payload)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| invalid("payload is not JSON"))?;
    check_claims(
        payload,
        provider.issuer(),
        &provider.config.client_id,
        provider.clock().unix(),
        provider.skew_secs(),
    )
}

/// The signature, by a key of the provider and an allowed algorithm.
fn verify_signature(raw: &str, discovered: &Discovered) -> Result<(), SignatureVerificationError> {
    let malformed = || SignatureVerificationError::Other("not a signed JWT".into());
    let mut parts = raw.split('.');
    let (Some(header_b64), Some(payload_b64), Some(signature_b64), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed());
    };
    let header: Header = URL_SAFE_NO_PAD
        .decode(header_b64)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(malformed)?;
    if let Some(typ) = &header.typ
        && !typ.eq_ignore_ascii_case("logout+jwt")
        && !typ.eq_ignore_ascii_case("jwt")
    {
        return Err(SignatureVerificationError::Other(format!("typ {typ}")));
    }
    let alg: CoreJwsSigningAlgorithm = serde_json::from_value(Value::String(header.alg.clone()))
        .map_err(|_| SignatureVerificationError::UnsupportedAlg(header.alg.clone()))?;
    if !ALLOWED_ALGS.contains(&alg) {
        return Err(SignatureVerificationError::DisallowedAlg(header.alg));
    }
    let signature = URL_SAFE_NO_PAD
        .decode(signature_b64)
        .map_err(|_| malformed())?;
    if signature.is_empty() {
        return Err(SignatureVerificationError::NoSignature);
    }
    let message = format!("{header_b64}.{payload_b64}");
    let candidates: Vec<_> = discovered
        .keys()
        .keys()
        .iter()
        .filter(|key| match (&header.kid, key.key_id()) {
            (Some(kid), Some(id)) => kid == id.as_str(),
            (None, _) => true,
            (Some(_), None) => false,
        })
        .collect();
    if candidates.is_empty() {
        return Err(SignatureVerificationError::NoMatchingKey);
    }
    if candidates.iter().any(|key| {
        key.verify_signature(&alg, message.as_bytes(), &signature)
            .is_ok()
    }) {
        Ok(())
    } else {
        Err(SignatureVerificationError::CryptoError(
            "bad signature".into(),
        ))
    }
}

fn check_claims(
    payload: Payload,
    issuer: &str,
    client_id: &str,
    now: i64,
    skew: i64,
) -> Result<LogoutRequest, AuthError> {
    if payload.iss.as_deref() != Some(issuer) {
        return Err(invalid("wrong issuer"));
    }
    let audience_ok = match &payload.aud {
        Some(Value::String(aud)) => aud == client_id,
        Some(Value::Array(auds)) => auds.len() == 1 && auds[0].as_str() == Some(client_id),
        _ => false,
    };
    if !audience_ok {
        return Err(invalid("wrong audience"));
    }
    let iat = payload.iat.ok_or_else(|| invalid("no iat"))?;
    if iat > now + skew || iat < now - MAX_AGE_SECS - skew {
        return Err(invalid("iat out of range"));
    }
    if let Some(exp) = payload.exp
        && exp + skew <= now
    {
        return Err(invalid("expired"));
    }
    if payload.nonce.is_some() {
        return Err(invalid("has a nonce"));
    }
    let is_logout_event = payload
        .events
        .as_ref()
        .and_then(|events| events.get(EVENT))
        .is_some_and(Value::is_object);
    if !is_logout_event {
        return Err(invalid("not a back-channel logout event"));
    }
    let jti = payload
        .jti
        .filter(|jti| !jti.is_empty())
        .ok_or_else(|| invalid("no jti"))?;
    if payload.sid.is_none() && payload.sub.is_none() {
        return Err(invalid("neither sid nor sub"));
    }
    Ok(LogoutRequest {
        jti,
        session_id: payload.sid,
        subject: payload.sub,
        remember_until: payload
            .exp
            .unwrap_or(iat + MAX_AGE_SECS)
            .max(iat + MAX_AGE_SECS)
            + skew,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ISS: &str = "http://127.0.0.1:4000";

    fn check(claims: Value) -> Result<LogoutRequest, AuthError> {
        check_claims(
            serde_json::from_value(claims).unwrap(),
            ISS,
            "insyn-patient",
            1_000_000,
            60,
        )
    }

    fn good() -> Value {
        json!({
            "iss": ISS, "aud": "insyn-patient", "iat": 1_000_000, "jti": "j1", "sid": "s1",
            "events": { EVENT: {} }
        })
    }

    #[test]
    fn a_proper_logout_token_names_the_session() {
        let request = check(good()).unwrap();
        assert_eq!(request.session_id.as_deref(), Some("s1"));
        assert_eq!(request.jti, "j1");
    }

    #[test]
    fn every_claim_rule_refuses() {
        let cases: [(&str, Value); 10] = [
            ("iss", json!("http://evil.example")),
            ("aud", json!("someone-else")),
            ("aud", json!(["insyn-patient", "someone-else"])),
            ("iat", json!(1_000_000 + 3600)),
            ("iat", json!(1_000_000 - 3600)),
            ("exp", json!(1_000_000 - 3600)),
            ("nonce", json!("n")),
            ("events", json!({})),
            ("events", json!({ EVENT: "yes" })),
            ("jti", json!("")),
        ];
        for (name, value) in cases {
            let mut claims = good();
            claims[name] = value.clone();
            assert!(check(claims).is_err(), "{name} = {value}");
        }
        let mut claims = good();
        claims.as_object_mut().unwrap().remove("sid");
        assert!(check(claims).is_err(), "neither sid nor sub");
    }
}
