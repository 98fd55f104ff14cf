//! The `outbox` table: mails written in the same transaction as the change
//! that causes them, sent later by the worker (`crate::mail::worker`).
//! A worker claims a few due mails with a lease (on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`, so concurrent workers take different ones),
//! sends them outside any transaction, then marks each sent, or failed with
//! its next try, or dead.

use super::{DbError, Engine};
use sqlx::AnyConnection;

/// A mail to send: plain text and HTML of the same message.
pub struct NewMail<'a> {
    pub recipient: &'a str,
    pub lang: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: &'a str,
}

/// Writes a mail to the outbox, due now. Call inside the transaction of the
/// change it tells about.
pub async fn enqueue(
    conn: &mut AnyConnection,
    mail: &NewMail<'_>,
    now: i64,
) -> Result<i64, DbError> {
    fail::fail_point!("outbox-enqueue", |_| Err(super::lost_connection()));
    Ok(sqlx::query_scalar(
        "INSERT INTO outbox (recipient, lang, subject, body_text, body_html, status, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6) RETURNING id",
    )
    .bind(mail.recipient)
    .bind(mail.lang)
    .bind(mail.subject)
    .bind(mail.body_text)
    .bind(mail.body_html)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// A mail a worker has claimed.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub attempts: i64,
}

/// Claims up to `limit` pending mails due at `now` and not held by another
/// worker, holding them for `lease_secs`. Call in a write transaction and
/// commit before sending. Leases are timed by the database's clock, the one
/// clock every process shares: a process whose own clock is off cannot take
/// over mails another is still sending.
pub async fn claim(
    conn: &mut AnyConnection,
    engine: Engine,
    now: i64,
    lease_secs: i64,
    limit: i64,
) -> Result<Vec<Claimed>, DbError> {
    // SQLite has one writer at a time (the transaction is BEGIN IMMEDIATE);
    // PostgreSQL workers skip the rows another one is claiming. The lease and
    // the limit are integers, so they are written into the SQL.
    let (lock, db_now) = match engine {
        Engine::Postgres => (
            "FOR UPDATE SKIP LOCKED",
            "CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS BIGINT)",
        ),
        Engine::Sqlite => ("", "CAST(strftime('%s', 'now') AS INTEGER)"),
    };
    let rows: Vec<(i64, String, String, String, String, i64)> = sqlx::query_as(&format!(
        "UPDATE outbox SET locked_until = {db_now} + {lease_secs}
         WHERE id IN (
             SELECT id FROM outbox
             WHERE status = 'pending' AND next_attempt_at <= $1
               AND (locked_until IS NULL OR locked_until <= {db_now})
             ORDER BY next_attempt_at, id LIMIT {limit} {lock})
         RETURNING id, recipient, subject, body_text, body_html, attempts"
    ))
    .bind(now)
    .fetch_all(conn)
    .await?;
    let mut claimed: Vec<Claimed> = rows
        .into_iter()
        .map(
            |(id, recipient, subject, body_text, body_html, attempts)| Claimed {
                id,
                recipient,
                subject,
                body_text,
                body_html,
                attempts,
            },
        )
        .collect();
    claimed.sort_by_key(|m| m.id);
    Ok(claimed)
}

/// The SMTP server took the mail.
pub async fn sent(conn: &mut AnyConnection, id: i64, now: i64) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, locked_until = NULL, last_error = NULL
         WHERE id = $2",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Hands claimed mails back before their lease ends (a worker that stops):
/// due as they were, not counted as tried.
pub async fn release(conn: &mut AnyConnection, ids: &[i64]) -> Result<(), DbError> {
    for id in ids {
        sqlx::query("UPDATE outbox SET locked_until = NULL WHERE id = $1 AND status = 'pending'")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// A try failed: try again at `retry_at`, or never (`None`: dead).
pub async fn failed(
    conn: &mut AnyConnection,
    id: i64,
    error: &str,
    retry_at: Option<i64>,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE outbox SET attempts = attempts + 1, last_error = $1, locked_until = NULL,
             status = CASE WHEN CAST($2 AS BIGINT) IS NULL THEN 'dead' ELSE 'pending' END,
             next_attempt_at = COALESCE(CAST($2 AS BIGINT), next_attempt_at)
         WHERE id = $3",
    )
    .bind(error)
    .bind(retry_at)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// One line of `insyn outbox list`: no body, so no content leaks to a terminal.
#[derive(Debug, Clone)]
pub struct OutboxRow {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

/// Mails of `status` (or every status), newest first.
pub async fn list(
    conn: &mut AnyConnection,
    status: Option<&str>,
    limit: i64,
) -> Result<Vec<OutboxRow>, DbError> {
    type Row = (i64, String, String, String, i64, i64, Option<String>, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, recipient, subject, status, attempts, next_attempt_at, last_error, created_at
             FROM outbox WHERE (CAST($1 AS TEXT) IS NULL OR status = $1)
             ORDER BY id DESC LIMIT $2",
    )
    .bind(status)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                recipient,
                subject,
                status,
                attempts,
                next_attempt_at,
                last_error,
                created_at,
            )| {
                OutboxRow {
                    id,
                    recipient,
                    subject,
                    status,
                    attempts,
                    next_attempt_at,
                    last_error,
                    created_at,
                }
            },
        )
        .collect())
}

/// Gives dead mails (one, or all with `None`) a new round of tries, now.
pub async fn retry(conn: &mut AnyConnection, id: Option<i64>, now: i64) -> Result<u64, DbError> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1, locked_until = NULL
         WHERE status = 'dead' AND (CAST($2 AS BIGINT) IS NULL OR id = $2)",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}
