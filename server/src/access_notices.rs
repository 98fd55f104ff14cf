//! Notices on access (EHDS art. 9), as a service: a patient turns them on
//! for every register or some, at once or as a daily summary, optionally
//! only for accesses by care units that have reported nothing about them;
//! turns them off; and the notice pass that reads the log's new entries and
//! writes the mails to the outbox.
//!
//! The pass reads the log in order from one cursor shared by every process
//! and moves it by compare-and-set in the transaction that writes the
//! mails, so each entry is counted once however many servers run it. The
//! mail says that there are new entries and how many, with a link: never
//! the register, the unit or the person (a register's name alone is health
//! data). A patient's own looks at their data are never told.

use crate::{
    clock::Clock,
    db::{
        self, Db, DbError,
        access_notices::{self as table, NoticeChoice},
    },
    mail::notices,
};
use app::domain::{NoticeCadence, RegisterCode};

/// Entries read from the log in one transaction of the pass.
const BATCH: i64 = 5_000;

#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// No confirmed address to send them to.
    NoAddress,
    /// "Some registers" with none chosen.
    NoRegisterChosen,
    UnknownRegister,
}

/// Turns on (or changes) the notices of patient `me`, about their own log.
pub async fn save(
    db: &Db,
    clock: &Clock,
    me: i64,
    registers: Option<Vec<RegisterCode>>,
    cadence: NoticeCadence,
    only_unrelated: bool,
) -> Result<Result<(), Refused>, DbError> {
    if registers.as_ref().is_some_and(Vec::is_empty) {
        return Ok(Err(Refused::NoRegisterChosen));
    }
    let mut tx = db.begin_write().await?;
    if !db::patients::notice_address(&mut tx, me).await?.confirmed {
        return Ok(Err(Refused::NoAddress));
    }
    for code in registers.iter().flatten() {
        if db::registers::get(&mut tx, code, app::i18n::Lang::Sv)
            .await?
            .is_none()
        {
            return Ok(Err(Refused::UnknownRegister));
        }
    }
    let since = db::access_events::last_seq(&mut tx).await?;
    let choice = NoticeChoice {
        registers: registers.map(|codes| codes.iter().map(|c| c.as_str().to_owned()).collect()),
        cadence,
        only_unrelated,
    };
    table::save(&mut tx, me, &choice, since, clock.unix()).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(Ok(()))
}

/// Turns the notices of patient `me` off, at once: nothing found after
/// this is told, and a summary not yet sent is dropped.
pub async fn stop(db: &Db, me: i64) -> Result<(), DbError> {
    let mut tx = db.begin_write().await?;
    table::stop(&mut tx, me).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Reads the log's entries since the last pass and writes a mail at once to
/// each patient who asked for that, or adds them to the day's summary.
/// Returns the mails written. Cheap when nothing is new: one read.
pub async fn pass(db: &Db, clock: &Clock, public_url: &str) -> Result<usize, DbError> {
    let mut mails = 0;
    loop {
        {
            let mut conn = db.pool().acquire().await?;
            let read = table::cursor(&mut conn).await?;
            if db::access_events::last_seq(&mut conn).await? <= read {
                return Ok(mails);
            }
        }
        let mut tx = db.begin_write().await?;
        let from = table::cursor(&mut tx).await?;
        let upto = db::access_events::last_seq(&mut tx)
            .await?
            .min(from + BATCH);
        let mut written = 0;
        for found in table::found(&mut tx, from, upto).await? {
            match found.cadence {
                NoticeCadence::AtOnce => {
                    let count = found.entries + found.pending;
                    if notices::new_accesses(
                        &mut tx,
                        found.patient_id,
                        count,
                        false,
                        public_url,
                        clock.unix(),
                    )
                    .await?
                    {
                        written += 1;
                    }
                    if found.pending != 0 {
                        table::set_pending(&mut tx, found.patient_id, 0).await?;
                    }
                }
                NoticeCadence::Daily => {
                    table::set_pending(&mut tx, found.patient_id, found.entries + found.pending)
                        .await?;
                }
            }
        }
        if !table::advance(&mut tx, from, upto).await? {
            // Another process read these entries first; its mails stand.
            tx.rollback().await.map_err(DbError::from)?;
            return Ok(mails);
        }
        tx.commit().await.map_err(DbError::from)?;
        mails += written;
    }
}

/// Writes today's summaries: one mail per patient with entries found since
/// their last, once a day across every process. Returns the mails written.
pub async fn summaries(db: &Db, clock: &Clock, public_url: &str) -> Result<usize, DbError> {
    let day = clock.today().to_string();
    let due = {
        let mut conn = db.pool().acquire().await?;
        table::summaries_due(&mut conn, &day).await?
    };
    let mut mails = 0;
    for (patient, pending) in due {
        let mut tx = db.begin_write().await?;
        if !table::claim_summary(&mut tx, patient, &day, pending).await? {
            continue;
        }
        if notices::new_accesses(&mut tx, patient, pending, true, public_url, clock.unix()).await? {
            mails += 1;
        }
        tx.commit().await.map_err(DbError::from)?;
    }
    Ok(mails)
}
