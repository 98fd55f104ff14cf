//! Telling the recipients of earlier releases of a completed correction,
//! restriction or erasure (GDPR art. 19): which requests call for it, and
//! the register's coordinators marking each recipient told, with a history
//! entry on the request.

use crate::{
    clock::Clock,
    db::{self, Db, DbError},
};
use app::domain::{CaseEvent, RequestKind, RequestStatus};

/// Whether completing a request of `kind` is to be told to the recipients
/// of earlier releases (GDPR art. 19: rectification, erasure, restriction).
pub fn tells_recipients(kind: RequestKind) -> bool {
    matches!(
        kind,
        RequestKind::Correction | RequestKind::Restriction | RequestKind::Erasure
    )
}

#[derive(Debug, thiserror::Error)]
pub enum NoticeError {
    /// Not a completed request of the staff member's registers to tell of,
    /// or not a recipient of it.
    #[error("nothing to tell")]
    NotFound,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Records that the recipient of `release` was told of the completed
/// request `reference`, by staff member `staff`, with a history entry on
/// the request naming the recipient. Told before, it changes nothing.
pub async fn mark_told(
    db: &Db,
    clock: &Clock,
    staff: i64,
    reference: &str,
    release: i64,
) -> Result<(), NoticeError> {
    let now = clock.unix();
    let mut tx = db.begin_write().await?;
    let member = db::staff::active_by_id(&mut tx, staff)
        .await?
        .ok_or(NoticeError::NotFound)?;
    // Telling recipients is the register's, so its coordinators'.
    let scope = db::staff::Scope {
        registers: member.coordinated().to_vec(),
        units: None,
    };
    let (patient, request, _) = db::requests::for_staff(&mut tx, reference, &scope)
        .await?
        .ok_or(NoticeError::NotFound)?;
    let decided_at = match (request.status, request.decided_at) {
        (RequestStatus::Completed, Some(at)) if tells_recipients(request.kind) => at,
        _ => return Err(NoticeError::NotFound),
    };
    let recipients =
        db::releases::recipients_to_tell(&mut tx, patient, &request.register_code, decided_at)
            .await?;
    let Some(told) = recipients.iter().find(|r| r.id == release) else {
        return Err(NoticeError::NotFound);
    };
    if db::releases::mark_told(&mut tx, request.id, release, member.id, now).await? {
        let note = format!("{} ({})", told.recipient, told.diary_number);
        db::requests::add_event(
            &mut tx,
            request.id,
            now,
            CaseEvent::RecipientTold,
            &format!("staff:{}", member.hsa_id),
            Some(&note),
        )
        .await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
