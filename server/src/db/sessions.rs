//! The `sessions` table: server-side sessions, shared by every `insyn serve`
//! process on the same database. The browser holds an opaque 256-bit token;
//! the table holds only its SHA-256, so a copy of the database cannot be
//! turned into signed-in cookies.

use super::{DbError, sha256_hex};
use crate::crypto::random_256;
use secrecy::{ExposeSecret, SecretString};
use sqlx::AnyConnection;

/// The cookie value: 32 random bytes, base64url. Never logged or stored.
pub struct SessionToken(SecretString);

impl SessionToken {
    fn generate() -> Self {
        SessionToken(SecretString::from(random_256()))
    }

    /// A token as the browser sent it (not checked: an unknown token simply
    /// finds no session).
    pub fn from_cookie(value: &str) -> Self {
        SessionToken(SecretString::from(value.to_owned()))
    }

    /// For the `Set-Cookie` header, and nothing else.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    fn hash(&self) -> String {
        sha256_hex(self.0.expose_secret())
    }
}

/// Whose session it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principal {
    Patient(i64),
    Staff(i64),
}

impl Principal {
    /// The `kind` column, and the `patient_id` / `staff_id` columns.
    fn columns(self) -> (&'static str, Option<i64>, Option<i64>) {
        match self {
            Principal::Patient(id) => ("patient", Some(id), None),
            Principal::Staff(id) => ("staff", None, Some(id)),
        }
    }

    /// The inverse of [`Principal::columns`]; `None` for a row that fits neither.
    fn from_columns(kind: &str, patient_id: Option<i64>, staff_id: Option<i64>) -> Option<Self> {
        match (kind, patient_id, staff_id) {
            ("patient", Some(id), None) => Some(Principal::Patient(id)),
            ("staff", None, Some(id)) => Some(Principal::Staff(id)),
            _ => None,
        }
    }
}

/// Where the identity came from: the provider, its subject (often a
/// per-client pseudonym) and session id. The ID token itself is not kept:
/// it carries the personnummer, and sign-out names the session by the
/// client id instead of an `id_token_hint`.
pub struct IdpLogin<'a> {
    pub issuer: &'a str,
    pub subject: &'a str,
    pub session_id: Option<&'a str>,
    /// The person's name as the provider gave it, for the page header.
    pub display_name: Option<&'a str>,
}

#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// Seconds without a request before the session ends.
    pub idle_secs: i64,
    /// Seconds after sign-in when the session ends regardless.
    pub absolute_secs: i64,
}

impl Timeouts {
    /// When a session last used `now` ends if unused: at the idle timeout,
    /// or at its absolute end `expires_at` if that comes first.
    fn ends_at(self, expires_at: i64, now: i64) -> i64 {
        expires_at.min(now + self.idle_secs)
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    pub principal: Principal,
    pub csrf_token: String,
    pub display_name: Option<String>,
    pub created_at: i64,
    /// The relation through which the person acts for someone else now
    /// (`None`: for themselves). Checked against the rules on every request.
    pub acting_relation: Option<i64>,
    /// When the session ends if nothing else happens (idle or absolute, whichever is first).
    pub ends_at: i64,
}

/// Starts a new session; a sign-in always gets a new token, never an old one.
pub async fn create(
    conn: &mut AnyConnection,
    principal: Principal,
    login: &IdpLogin<'_>,
    timeouts: Timeouts,
    now: i64,
) -> Result<(SessionToken, Session), DbError> {
    let token = SessionToken::generate();
    let csrf_token = random_256();
    let (kind, patient_id, staff_id) = principal.columns();
    let expires_at = now + timeouts.absolute_secs;
    sqlx::query(
        "INSERT INTO sessions (token_hash, kind, patient_id, staff_id, idp_issuer, idp_subject, idp_session_id,
             display_name, csrf_token, created_at, last_seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11)",
    )
    .bind(token.hash())
    .bind(kind)
    .bind(patient_id)
    .bind(staff_id)
    .bind(login.issuer)
    .bind(login.subject)
    .bind(login.session_id)
    .bind(login.display_name)
    .bind(&csrf_token)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await?;
    let ends_at = timeouts.ends_at(expires_at, now);
    Ok((
        token,
        Session {
            principal,
            csrf_token,
            display_name: login.display_name.map(str::to_owned),
            created_at: now,
            acting_relation: None,
            ends_at,
        },
    ))
}

/// Seconds between two writes of a session's last activity.
pub const TOUCH_EVERY_SECS: i64 = 60;

/// The live session for a token, marking it used now (at most once a
/// minute: [`TOUCH_EVERY_SECS`]); `None` (and the row
/// gone) when it has passed its idle or absolute timeout.
pub async fn resume(
    conn: &mut AnyConnection,
    token: &SessionToken,
    timeouts: Timeouts,
    now: i64,
) -> Result<Option<Session>, DbError> {
    type Row = (
        String,
        Option<i64>,
        Option<i64>,
        String,
        Option<String>,
        i64,
        i64,
        i64,
        Option<i64>,
    );
    let hash = token.hash();
    let row: Option<Row> = sqlx::query_as(
        "SELECT kind, patient_id, staff_id, csrf_token, display_name, created_at, last_seen_at, expires_at,
                acting_relation
         FROM sessions WHERE token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((
        kind,
        patient_id,
        staff_id,
        csrf_token,
        display_name,
        created_at,
        last_seen_at,
        expires_at,
        acting_relation,
    )) = row
    else {
        return Ok(None);
    };
    if now >= expires_at || now >= last_seen_at + timeouts.idle_secs {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(&hash)
            .execute(&mut *conn)
            .await?;
        return Ok(None);
    }
    let principal = Principal::from_columns(&kind, patient_id, staff_id).ok_or_else(|| {
        DbError::Corrupt("a session names neither one patient nor one staff member".into())
    })?;
    // Activity is written at most once a minute: most page views then read
    // the session without a write (on SQLite every write waits for the one
    // writer), and the idle timeout stays within a minute of exact.
    let seen = if now - last_seen_at >= TOUCH_EVERY_SECS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(&mut *conn)
            .await?;
        now
    } else {
        last_seen_at
    };
    Ok(Some(Session {
        principal,
        csrf_token,
        display_name,
        created_at,
        acting_relation,
        ends_at: timeouts.ends_at(expires_at, seen),
    }))
}

/// Whom the session's person acts for from now on (`None`: themselves).
pub async fn set_acting(
    conn: &mut AnyConnection,
    token: &SessionToken,
    relation: Option<i64>,
) -> Result<(), DbError> {
    sqlx::query("UPDATE sessions SET acting_relation = $1 WHERE token_hash = $2")
        .bind(relation)
        .bind(token.hash())
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends the session of a token (sign-out). Answers whether there was one.
pub async fn end(conn: &mut AnyConnection, token: &SessionToken) -> Result<bool, DbError> {
    let done = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token.hash())
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Ends every session that came from one provider session (back-channel
/// logout). Answers how many ended.
pub async fn end_for_idp_session(
    conn: &mut AnyConnection,
    issuer: &str,
    session_id: &str,
) -> Result<u64, DbError> {
    let done = sqlx::query("DELETE FROM sessions WHERE idp_issuer = $1 AND idp_session_id = $2")
        .bind(issuer)
        .bind(session_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Ends every session of one subject at a provider (back-channel logout
/// without `sid`). Answers how many ended.
pub async fn end_for_idp_subject(
    conn: &mut AnyConnection,
    issuer: &str,
    subject: &str,
) -> Result<u64, DbError> {
    let done = sqlx::query("DELETE FROM sessions WHERE idp_issuer = $1 AND idp_subject = $2")
        .bind(issuer)
        .bind(subject)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Deletes sessions past either timeout; run now and then.
pub async fn purge_expired(
    conn: &mut AnyConnection,
    timeouts: Timeouts,
    now: i64,
) -> Result<u64, DbError> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(now - timeouts.idle_secs)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_tokens_are_random_and_stored_only_as_their_hash() {
        let a = SessionToken::generate();
        assert_eq!(a.expose().len(), 43);
        assert_ne!(a.expose(), SessionToken::generate().expose());
        assert_eq!(a.hash(), sha256_hex(a.expose()));
        assert_ne!(a.hash(), a.expose());
    }

    #[test]
    fn principals_round_trip_through_their_columns_and_odd_rows_are_refused() {
        for principal in [Principal::Patient(7), Principal::Staff(9)] {
            let (kind, patient, staff) = principal.columns();
            assert_eq!(
                Principal::from_columns(kind, patient, staff),
                Some(principal)
            );
        }
        assert_eq!(Principal::from_columns("patient", None, Some(1)), None);
        assert_eq!(Principal::from_columns("staff", Some(1), Some(2)), None);
        assert_eq!(Principal::from_columns("admin", Some(1), None), None);
    }
}
