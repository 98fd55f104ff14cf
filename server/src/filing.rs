//! Filing a rights request for a patient: whether the kind applies where
//! the patient stands in the register, the request and its reference, the
//! patient's receipt notice and the register staff's notice, all in one
//! transaction. Also the "why this access?" question about one entry of the
//! patient's access log, filed as a request of its own kind.

use crate::{
    clock::Clock,
    db::{self, Db, DbError, access_events::ActingBy, requests::Filed},
    mail::notices,
};
use app::{
    domain::{ActorKind, CaseEvent, RegisterCode, RequestKind},
    i18n::Lang,
    model::LogEntry,
    requests::{RequestDetails, due_on},
};

/// What filing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filing {
    /// Filed, with this reference.
    Filed(String),
    /// Not filed: this kind does not apply to where the patient stands in
    /// the register (the form page says why), or one is open already.
    NotApplicable,
}

/// Whose request it is, and who files it if not the patient themselves
/// (the relation's scope is checked before: a read-only proxy never gets
/// here).
#[derive(Debug, Clone, Copy)]
pub struct Filer {
    pub patient_id: i64,
    pub acting: Option<ActingBy>,
}

/// Files a request of `kind` with `details` for the patient in `register`.
pub async fn file(
    db: &Db,
    clock: &Clock,
    public_url: &str,
    filer: &Filer,
    register: &RegisterCode,
    kind: RequestKind,
    details: &RequestDetails,
) -> Result<Filing, DbError> {
    let patient_id = filer.patient_id;
    let mut tx = db.begin_write().await?;
    let Some(info) = db::registers::get(&mut tx, register, Lang::Sv).await? else {
        return Ok(Filing::NotApplicable);
    };
    let registered = db::registrations::of_patient(&mut tx, patient_id)
        .await?
        .iter()
        .any(|(code, ..)| code == register.as_str());
    let opted_out = db::opt_outs::of_patient(&mut tx, patient_id)
        .await?
        .iter()
        .any(|code| code == register.as_str());
    if !applies(kind, registered, opted_out) {
        return Ok(Filing::NotApplicable);
    }
    let now = clock.unix();
    let subject = details.open_subject();
    let handling_unit = routed_to(&mut tx, patient_id, register, details).await?;
    let details = serde_json::to_string(details).map_err(|e| DbError::Corrupt(e.to_string()))?;
    let filed = db::requests::file(
        &mut tx,
        &db::requests::NewRequest {
            patient_id,
            register: register.as_str(),
            kind: kind.as_str(),
            details: &details,
            received_at: now,
            due_on: &due_on(clock.today()).to_string(),
            subject,
            filed_by: filer.acting,
            handling_unit: handling_unit.as_deref(),
        },
    )
    .await?;
    let Filed::New { reference, .. } = filed else {
        return Ok(Filing::NotApplicable);
    };
    notices::about_request(
        &mut tx,
        patient_id,
        filer.acting.map(|a| a.patient_id),
        clock.today(),
        CaseEvent::Received,
        &reference,
        public_url,
        now,
    )
    .await?;
    notices::new_request_to_staff(
        &mut tx,
        register.as_str(),
        handling_unit.as_deref(),
        &info.short_name,
        public_url,
        now,
    )
    .await?;
    fail::fail_point!("filing-before-commit", |_| Err(db::lost_connection()));
    tx.commit().await?;
    tracing::info!(
        kind = kind.as_str(),
        register = register.as_str(),
        "request filed"
    );
    Ok(Filing::Filed(reference))
}

/// Where a request goes: a correction of one record to the care unit that
/// reported it (each reporting care provider answers for what it reported);
/// everything else — erasure, restriction and opt-out, whose data the
/// register holds, and "something is missing", which no one clinic's record
/// shows — to the register's coordinators (`None`). A record that is not
/// the patient's routes nowhere special.
async fn routed_to(
    conn: &mut sqlx::AnyConnection,
    patient_id: i64,
    register: &RegisterCode,
    details: &RequestDetails,
) -> Result<Option<String>, DbError> {
    let RequestDetails::Correction {
        record: Some(record),
        ..
    } = details
    else {
        return Ok(None);
    };
    let found = db::records::by_source_ids(conn, register.as_str(), &[record.as_str()]).await?;
    Ok(found
        .get(record)
        .filter(|r| r.patient_id == patient_id)
        .map(|r| r.care_unit.clone()))
}

/// Whether a request of `kind` can be made by a patient who is (or is not)
/// registered and has (or has not) opted out.
fn applies(kind: RequestKind, registered: bool, opted_out: bool) -> bool {
    match kind {
        RequestKind::OptOut => !registered && !opted_out,
        RequestKind::Correction | RequestKind::Restriction | RequestKind::Erasure => registered,
        // Asked about an entry of the patient's own log: always theirs to ask.
        RequestKind::AccessInquiry => true,
    }
}

/// Files the patient's `question` about `entry` of their log, in the
/// entry's register. The entry is described in Swedish for the staff who
/// read it.
pub async fn inquire(
    db: &Db,
    clock: &Clock,
    public_url: &str,
    filer: &Filer,
    entry: &LogEntry,
    question: String,
) -> Result<Filing, DbError> {
    let Ok(register) = RegisterCode::parse(&entry.register_code) else {
        return Ok(Filing::NotApplicable);
    };
    let details = RequestDetails::AccessInquiry {
        entry: entry.seq,
        about: about(entry),
        question,
    };
    file(
        db,
        clock,
        public_url,
        filer,
        &register,
        RequestKind::AccessInquiry,
        &details,
    )
    .await
}

/// An entry as the inquiry records it: when, who, what kind of access.
fn about(entry: &LogEntry) -> String {
    format!(
        "{}, {}, {}",
        entry.occurred_at,
        entry.who(Lang::Sv),
        Lang::Sv.t(&format!("log-kind-{}", entry.kind.as_str()))
    )
}

/// Whether the patient may ask about `entry`: someone else's access only.
pub fn can_ask_about(entry: &LogEntry) -> bool {
    entry.actor != ActorKind::Patient
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::AccessKind;

    #[test]
    fn each_kind_applies_where_the_patient_stands() {
        use RequestKind::*;
        for kind in [Correction, Restriction, Erasure] {
            assert!(applies(kind, true, false), "{kind:?}");
            assert!(!applies(kind, false, false), "{kind:?}");
        }
        assert!(applies(OptOut, false, false));
        assert!(
            !applies(OptOut, true, false),
            "registered: erasure, not opt-out"
        );
        assert!(!applies(OptOut, false, true), "opted out already");
        assert!(applies(AccessInquiry, false, false));
    }

    #[test]
    fn an_inquiry_describes_its_entry_for_staff_in_swedish() {
        let entry = LogEntry {
            seq: 7,
            register_code: "qivf".into(),
            register_name: "Q-IVF".into(),
            occurred_at: "2026-01-05 10:00".into(),
            actor: ActorKind::CareUnit,
            care_unit: Some(("Reproduktionsmedicin".into(), "SE2321000016-RM01".into())),
            kind: AccessKind::Read,
            reason: None,
            reported_by_register: true,
            acted_by: None,
            purpose: None,
            data: Vec::new(),
        };
        assert_eq!(
            about(&entry),
            format!(
                "2026-01-05 10:00, Reproduktionsmedicin (SE2321000016-RM01), {}",
                Lang::Sv.t("log-kind-read")
            )
        );
        assert!(can_ask_about(&entry));
        let own = LogEntry {
            actor: ActorKind::Patient,
            ..entry
        };
        assert!(!can_ask_about(&own));
    }
}
