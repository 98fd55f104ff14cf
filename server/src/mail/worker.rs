//! The outbox worker: claims due mails, sends them, and records the outcome;
//! before each batch it writes the notices on access of the log's new
//! entries, and once a day the coordinators' digests and the patients'
//! daily summaries of access. Several processes
//! may run it at once: claims are leased (and on PostgreSQL taken with
//! `SKIP LOCKED`), so each mail goes to the SMTP server once. A process that
//! dies after its commit and before sending leaves the mail pending: another
//! run sends it when the lease ends. A process that is told to stop finishes
//! the mail it is sending and hands back the rest of its batch at once
//! ([`db::outbox::release`]), so the other processes need not wait out the
//! lease.

use super::{Mailer, notices};
use crate::{
    access_notices,
    clock::Clock,
    config::MailConfig,
    db::{self, Db, DbError},
};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// Mails claimed at a time.
const BATCH: i64 = 10;
/// The longest wait between two tries of one mail.
const MAX_BACKOFF_SECS: i64 = 6 * 60 * 60;

/// Works the outbox until `stop` is cancelled; then returns once the mail in
/// hand is sent (or failed) and the rest of the batch is released.
pub async fn run(
    db: Db,
    clock: Clock,
    mailer: Mailer,
    config: MailConfig,
    public_url: String,
    stop: CancellationToken,
) {
    let idle = Duration::from_millis(config.poll_interval_ms);
    // The digests are a daily matter: looked for at the first turn of each day
    // (and again after a failed look), not at every poll.
    let mut digests_done: Option<time::Date> = None;
    while !stop.is_cancelled() {
        let today = clock.today();
        if digests_done != Some(today) {
            let digests = notices::digests(&db, &clock, &public_url).await;
            let summaries = access_notices::summaries(&db, &clock, &public_url).await;
            match (digests, summaries) {
                (Ok(()), Ok(_)) => digests_done = Some(today),
                (Err(error), _) | (_, Err(error)) => {
                    tracing::warn!(%error, "could not write the daily digests and summaries")
                }
            }
        }
        if let Err(error) = access_notices::pass(&db, &clock, &public_url).await {
            tracing::warn!(%error, "could not write the notices on access");
        }
        let pause = match send_due_until(&db, &clock, &mailer, &config, &stop).await {
            Ok(0) => true,
            Ok(_) => false,
            Err(error) => {
                tracing::warn!(%error, "could not work the outbox");
                true
            }
        };
        if pause {
            tokio::select! {
                () = tokio::time::sleep(idle) => {}
                () = stop.cancelled() => {}
            }
        }
    }
    tracing::info!("mail worker stopped");
}

/// Sends one batch of due mails; how many were claimed.
pub async fn send_due(
    db: &Db,
    clock: &Clock,
    mailer: &Mailer,
    config: &MailConfig,
) -> Result<usize, DbError> {
    send_due_until(db, clock, mailer, config, &CancellationToken::new()).await
}

/// [`send_due`], stopping between two mails once `stop` is cancelled: the
/// mails not yet tried are released for any worker to take now.
async fn send_due_until(
    db: &Db,
    clock: &Clock,
    mailer: &Mailer,
    config: &MailConfig,
    stop: &CancellationToken,
) -> Result<usize, DbError> {
    let now = clock.unix();
    let claimed = {
        let mut tx = db.begin_write().await?;
        let claimed =
            db::outbox::claim(&mut tx, db.engine(), now, config.lease_secs, BATCH).await?;
        tx.commit().await?;
        claimed
    };
    for (n, mail) in claimed.iter().enumerate() {
        if stop.is_cancelled() {
            let rest: Vec<i64> = claimed[n..].iter().map(|m| m.id).collect();
            let mut conn = db.pool().acquire().await?;
            db::outbox::release(&mut conn, &rest).await?;
            tracing::info!(
                mails = rest.len(),
                "stopping: released the mails not yet tried"
            );
            break;
        }
        // Sending is not cancelled half-way: a mail the SMTP server took must
        // be marked sent, or another worker would send it again.
        let outcome = mailer.send(mail).await;
        let mut conn = db.pool().acquire().await?;
        match outcome {
            Ok(()) => {
                db::outbox::sent(&mut conn, mail.id, clock.unix()).await?;
                tracing::info!(mail = mail.id, "mail sent");
            }
            Err(error) => {
                let tries = mail.attempts + 1;
                // A refusal for good (SMTP 5xx) is not tried again.
                let retry_at = (tries < config.max_attempts && !error.is_permanent())
                    .then(|| clock.unix() + backoff(config.retry_base_secs, tries));
                db::outbox::failed(&mut conn, mail.id, &error.to_string(), retry_at).await?;
                match retry_at {
                    Some(at) => {
                        tracing::warn!(mail = mail.id, tries, %error, retry_at = at, "mail not sent; will retry")
                    }
                    None if error.is_permanent() => {
                        tracing::error!(mail = mail.id, tries, %error, "mail dead: refused for good")
                    }
                    None => {
                        tracing::error!(mail = mail.id, tries, %error, "mail dead after its last try")
                    }
                }
            }
        }
    }
    Ok(claimed.len())
}

/// Exponential backoff with jitter: `base · 2^(tries−1)`, plus up to `base`
/// at random (so mails that failed together do not retry together), capped.
fn backoff(base: i64, tries: i64) -> i64 {
    let exp = base.saturating_mul(1i64 << (tries - 1).clamp(0, 20));
    let jitter = rand::random::<u32>() as i64 % base.max(1);
    (exp + jitter).min(MAX_BACKOFF_SECS)
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        for _ in 0..100 {
            let first = backoff(30, 1);
            assert!((30..60).contains(&first), "{first}");
            let third = backoff(30, 3);
            assert!((120..150).contains(&third), "{third}");
            assert_eq!(backoff(30, 40), super::MAX_BACKOFF_SECS);
        }
    }
}
