//! The `login_attempts` table: sign-ins on their way through the identity
//! provider. Each is found by the hash of its `state`, taken exactly once,
//! and only by the browser that started it.

use super::{DbError, sha256_hex};
use sqlx::AnyConnection;

/// Which provider, and which kind of session, a sign-in is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Patient,
    Staff,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Patient => "patient",
            Audience::Staff => "staff",
        }
    }

    fn parse(value: &str) -> Option<Self> {
        match value {
            "patient" => Some(Audience::Patient),
            "staff" => Some(Audience::Staff),
            _ => None,
        }
    }
}

/// What the callback needs to finish a sign-in.
#[derive(Debug)]
pub struct LoginAttempt {
    pub audience: Audience,
    /// SHA-256 of the browser-binding cookie the attempt was started with.
    pub browser_hash: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: Option<String>,
    pub expires_at: i64,
}

pub struct NewLoginAttempt<'a> {
    pub state: &'a str,
    pub audience: Audience,
    pub browser_secret: &'a str,
    pub nonce: &'a str,
    pub pkce_verifier: &'a str,
    pub return_to: Option<&'a str>,
}

pub async fn insert(
    conn: &mut AnyConnection,
    attempt: &NewLoginAttempt<'_>,
    now: i64,
    lifetime_secs: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO login_attempts (state_hash, audience, browser_hash, nonce, pkce_verifier, return_to, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(sha256_hex(attempt.state))
    .bind(attempt.audience.as_str())
    .bind(sha256_hex(attempt.browser_secret))
    .bind(attempt.nonce)
    .bind(attempt.pkce_verifier)
    .bind(attempt.return_to)
    .bind(now)
    .bind(now + lifetime_secs)
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes and returns the attempt with this `state`. A second call with the
/// same `state` finds nothing: a callback is good once.
pub async fn take(conn: &mut AnyConnection, state: &str) -> Result<Option<LoginAttempt>, DbError> {
    type Row = (String, String, String, String, Option<String>, i64);
    let row: Option<Row> = sqlx::query_as(
        "DELETE FROM login_attempts WHERE state_hash = $1
         RETURNING audience, browser_hash, nonce, pkce_verifier, return_to, expires_at",
    )
    .bind(sha256_hex(state))
    .fetch_optional(conn)
    .await?;
    row.map(
        |(audience, browser_hash, nonce, pkce_verifier, return_to, expires_at)| {
            Ok(LoginAttempt {
                audience: Audience::parse(&audience)
                    .ok_or_else(|| DbError::Corrupt(format!("login audience {audience:?}")))?,
                browser_hash,
                nonce,
                pkce_verifier,
                return_to,
                expires_at,
            })
        },
    )
    .transpose()
}

/// Deletes attempts that were never finished; run now and then.
pub async fn purge_expired(conn: &mut AnyConnection, now: i64) -> Result<u64, DbError> {
    let done = sqlx::query("DELETE FROM login_attempts WHERE expires_at <= $1")
        .bind(now)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
