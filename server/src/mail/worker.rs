//! The outbox worker: claims due mails, sends them, and records the outcome;
//! before each batch it writes the notices on access of the log's new
//! entries, and once a day the coordinators' digests and the patients'
//! daily summaries of access. Several processes
//! may run it at once: claims are leased (and on PostgreSQL taken with
//! `SKIP LOCKED`), so each mail goes to the SMTP server once. A process that
//! dies after its commit and before sending leaves the mail pending: another
//! run sends it when the lease ends.

use super::{Mailer, notices};
use crate::{
    access_notices,
    clock::Clock,
    config::MailConfig,
    db::{self, Db, DbError},
};
use std::time::Duration;

/// Mails claimed at a time.
const BATCH: i64 = 10;
/// The longest wait between two tries of one mail.
const MAX_BACKOFF_SECS: i64 = 6 * 60 * 60;

pub async fn run(db: Db, clock: Clock, mailer: Mailer, config: MailConfig, public_url: String) {
    let idle = Duration::from_millis(config.poll_interval_ms);
    // The digests are a daily matter: looked for at the first turn of each day
    // (and again after a failed look), not at every poll.
    let mut digests_done: Option<time::Date> = None;
    loop {
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
        match send_due(&db, &clock, &mailer, &config).await {
            Ok(0) => tokio::time::sleep(idle).await,
            Ok(_) => {}
            Err(error) => {
                tracing::warn!(%error, "could not work the outbox");
                tokio::time::sleep(idle).await;
            }
        }
    }
}

/// Sends one batch of due mails; how many were claimed.
pub async fn send_due(
    db: &Db,
    clock: &Clock,
    mailer: &Mailer,
    config: &MailConfig,
) -> Result<usize, DbError> {
    let now = clock.unix();
    let claimed = {
        let mut tx = db.begin_write().await?;
        let claimed =
            db::outbox::claim(&mut tx, db.engine(), now, config.lease_secs, BATCH).await?;
        tx.commit().await?;
        claimed
    };
    for mail in &claimed {
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
