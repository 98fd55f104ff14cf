//! The patient's address for notices, as a service: save it (unconfirmed,
//! with a link that confirms it), remove it, confirm it from the link.
//!
//! A saved address gets no notice until its link is opened: the token is
//! single-use, expires in [`LINK_HOURS`], and only its hash is stored. The
//! confirmation mail is written to the outbox in the transaction that saves
//! the address. Confirmation mails are limited, so nobody can use insyn to
//! flood a mailbox: no new mail while a link to the same address is still
//! valid, and at most [`MAILS_PER_PATIENT`] a day for a patient and
//! [`MAILS_PER_ADDRESS`] a day to one address, whoever asks.

use crate::{
    clock::Clock,
    crypto,
    db::{self, Db, DbError},
    mail::{address::MailAddress, notices},
};
use app::i18n::Lang;

/// Hours a confirmation link is valid.
pub const LINK_HOURS: i64 = 24;
/// Confirmation mails a patient may have sent in a day: enough to fix a typo
/// or two, not enough to be a nuisance.
pub const MAILS_PER_PATIENT: i64 = 5;
/// Confirmation mails one address may get in a day, from anyone.
pub const MAILS_PER_ADDRESS: i64 = 3;
const DAY_SECS: i64 = 24 * 3600;

/// What saving an address did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Saved, and a link to confirm it is on its way.
    LinkSent,
    /// The same address is waiting for its link, which is still valid: no
    /// new mail.
    LinkAlreadySent,
    /// The address was already the patient's confirmed one: nothing changed.
    Unchanged,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("too many confirmation mails today")]
    TooManyMails,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Saves `address` for the patient's notices in `lang`, and sends the link
/// that confirms it unless one is already on its way.
pub async fn save(
    db: &Db,
    clock: &Clock,
    public_url: &str,
    patient_id: i64,
    address: &MailAddress,
    lang: Lang,
) -> Result<Saved, SaveError> {
    let now = clock.unix();
    let mut tx = db.begin_write().await?;
    let current = db::patients::notice_address(&mut tx, patient_id).await?;
    if current.email.as_deref() == Some(address.as_str()) {
        if current.confirmed {
            return Ok(Saved::Unchanged);
        }
        if db::email_confirmations::pending(&mut tx, patient_id, address.as_str(), now).await? {
            return Ok(Saved::LinkAlreadySent);
        }
    }
    let address_hash = crypto::sha256_hex(&address.key());
    let (by_patient, to_address) =
        db::confirmation_mails::counts_since(&mut tx, patient_id, &address_hash, now - DAY_SECS)
            .await?;
    if by_patient >= MAILS_PER_PATIENT || to_address >= MAILS_PER_ADDRESS {
        tracing::warn!(
            by_patient,
            to_address,
            "refused a confirmation mail over the day's limit"
        );
        return Err(SaveError::TooManyMails);
    }
    let secret = crypto::random_256();
    db::patients::set_email(&mut tx, patient_id, Some(address.as_str()), lang).await?;
    db::email_confirmations::forget_patient(&mut tx, patient_id).await?;
    db::email_confirmations::insert(
        &mut tx,
        &crypto::sha256_hex(&secret),
        patient_id,
        address.as_str(),
        now,
        now + LINK_HOURS * 3600,
    )
    .await?;
    db::confirmation_mails::record(&mut tx, patient_id, &address_hash, now, now - DAY_SECS).await?;
    let link = format!("{public_url}/me/email/confirm/{secret}");
    notices::confirmation(&mut tx, address.as_str(), lang, &link, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(Saved::LinkSent)
}

/// Removes the patient's address: no more notices, no link left valid.
pub async fn remove(db: &Db, patient_id: i64) -> Result<(), DbError> {
    let mut tx = db.begin_write().await?;
    let lang = db::patients::notice_address(&mut tx, patient_id)
        .await?
        .lang;
    db::patients::set_email(&mut tx, patient_id, None, lang).await?;
    db::email_confirmations::forget_patient(&mut tx, patient_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The link from the mail: `true` if it confirmed the address it was sent
/// to. It proves the mailbox, so it needs no sign-in; it works once.
pub async fn confirm(db: &Db, clock: &Clock, secret: &str) -> Result<bool, DbError> {
    let now = clock.unix();
    let mut tx = db.begin_write().await?;
    let confirmed =
        match db::email_confirmations::redeem(&mut tx, &crypto::sha256_hex(secret), now).await? {
            Some((patient_id, email)) => {
                db::patients::confirm_email(&mut tx, patient_id, &email, now).await?
            }
            None => false,
        };
    tx.commit().await?;
    Ok(confirmed)
}
