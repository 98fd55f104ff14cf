//! The patient's rights requests: the form of each kind (what applies where
//! the patient stands, the records a correction can name, the open one if
//! any), *Mina ärenden* with the address for notices, and one request as its
//! receipt with its deadline and history.

use super::{conn, my_registers};
use crate::{
    clock::{Clock, iso_date},
    content,
    db::{self, Db, requests::StoredRequest},
};
use app::{
    domain::{RegisterCode, RequestKind},
    error::PageError,
    i18n::Lang,
    model::{
        FieldView, MyRegisterStatus, NoticeAddress, RecordChoice, RegisterCard, RequestFormInfo,
        RequestStep, RequestView,
    },
    requests::RequestDetails,
};

/// Most records a correction form offers to name.
const MAX_FORM_RECORDS: i64 = 500;

pub async fn form(
    db: &Db,
    patient: i64,
    code: &RegisterCode,
    kind: RequestKind,
    lang: Lang,
) -> Result<RequestFormInfo, PageError> {
    if kind == RequestKind::AccessInquiry {
        // Asked from an access-log entry, not from a register's form.
        return Err(PageError::NotFound);
    }
    let mut conn = conn(db).await?;
    let info = db::registers::get(&mut conn, code, lang)
        .await?
        .ok_or(PageError::NotFound)?;
    let registrations = db::registrations::of_patient(&mut conn, patient).await?;
    let opted_out = db::opt_outs::of_patient(&mut conn, patient).await?;
    let status: MyRegisterStatus = my_registers::status_in(&info.code, &registrations, &opted_out);
    let mut records = Vec::new();
    if kind == RequestKind::Correction {
        let content = db::registers::content(&mut conn, code.as_str()).await?;
        let stored = db::records::page_of_patient(
            &mut conn,
            patient,
            code.as_str(),
            None,
            MAX_FORM_RECORDS,
            0,
        )
        .await?;
        records = stored
            .into_iter()
            .map(|r| RecordChoice {
                label: format!(
                    "{} {} ({})",
                    content::record_type(&content, &r.record_type)
                        .map(|t| t.label(lang).to_owned())
                        .unwrap_or_else(|| r.record_type.clone()),
                    r.recorded_on,
                    r.care_unit_name
                ),
                id: r.source_id,
            })
            .collect();
    }
    let open = db::requests::open_reference(&mut conn, patient, code.as_str(), kind.as_str(), None)
        .await?;
    Ok(RequestFormInfo {
        code: info.code,
        name: info.name,
        short_name: info.short_name,
        kind,
        status,
        records,
        open,
    })
}

/// The patient's requests, newest first.
pub async fn of_patient(
    db: &Db,
    clock: &Clock,
    patient: i64,
    lang: Lang,
) -> Result<Vec<RequestView>, PageError> {
    let mut conn = conn(db).await?;
    let requests = db::requests::of_patient(&mut conn, patient, None).await?;
    let names = db::registers::list(&mut conn, lang).await?;
    let today = clock.today();
    requests
        .into_iter()
        .map(|r| request_view(r, None, &names, today, lang))
        .collect()
}

pub async fn notice_address(db: &Db, patient: i64) -> Result<NoticeAddress, PageError> {
    let mut conn = conn(db).await?;
    let address = db::patients::notice_address(&mut conn, patient).await?;
    Ok(NoticeAddress {
        email: address.email,
        confirmed: address.confirmed,
    })
}

/// One of `patient`'s requests as its receipt; another person's reference
/// finds nothing, the same answer as a made-up one.
pub async fn request_of(
    db: &Db,
    clock: &Clock,
    patient: i64,
    reference: &str,
    lang: Lang,
) -> Result<RequestView, PageError> {
    let mut conn = conn(db).await?;
    let (request, details) = db::requests::of_patient_by_reference(&mut conn, patient, reference)
        .await?
        .ok_or(PageError::NotFound)?;
    let names = db::registers::list(&mut conn, lang).await?;
    let recipients = super::releases::recipients(&mut conn, patient, &request).await?;
    let mut view = request_view(request, Some(&details), &names, clock.today(), lang)?;
    view.recipients = recipients;
    Ok(view)
}

/// A stored request as its patient reads it, with the days left to its
/// due date (the extended one if it was extended) counted from `today`.
pub fn request_view(
    r: StoredRequest,
    details: Option<&str>,
    registers: &[RegisterCard],
    today: time::Date,
    lang: Lang,
) -> Result<RequestView, PageError> {
    let corrupt = |what: &str| {
        tracing::error!(request = r.id, what, "a stored request does not parse");
        PageError::Internal
    };
    let due = r.extended_due_on.unwrap_or(r.due_on);
    let summary = match details.map(|d| (d, serde_json::from_str::<RequestDetails>(d))) {
        Some((db::requests::ERASED_DETAILS, _)) => vec![FieldView {
            label: lang.t("request-details"),
            value: lang.t("request-details-erased"),
        }],
        Some((_, Ok(details))) => summarize(&details, lang),
        Some((_, Err(_))) => return Err(corrupt("details")),
        None => Vec::new(),
    };
    Ok(RequestView {
        register_name: registers
            .iter()
            .find(|c| c.code == r.register_code)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| r.register_code.clone()),
        reference: r.reference,
        register_code: r.register_code,
        kind: r.kind,
        status: r.status,
        received_on: iso_date(r.received_at),
        due_on: r.due_on.to_string(),
        extended_due_on: r.extended_due_on.map(|d| d.to_string()),
        extension_reason: r.extension_reason,
        days_left: (due - today).whole_days(),
        decided_on: r.decided_at.map(iso_date),
        decision_reason: r.decision_reason,
        filed_by: r.filed_by.map(|f| (f.relation, f.name)),
        handled_by: r.handling_unit_name,
        recipients: Vec::new(),
        summary,
        history: r
            .history
            .into_iter()
            .map(|e| RequestStep {
                on: iso_date(e.at),
                status: e.status,
                note: e.note,
            })
            .collect(),
    })
}

/// What the patient asked, field by field, as the receipt shows it.
fn summarize(details: &RequestDetails, lang: Lang) -> Vec<FieldView> {
    let row = |key: &str, value: String| FieldView {
        label: lang.t(key),
        value,
    };
    match details {
        RequestDetails::Correction {
            record,
            field,
            problem,
            proposed,
        } => [
            Some(row(
                "form-record",
                record
                    .clone()
                    .unwrap_or_else(|| lang.t("form-record-missing")),
            )),
            field.clone().map(|f| row("form-field", f)),
            Some(row("form-problem", problem.clone())),
            proposed.clone().map(|p| row("form-proposed", p)),
        ]
        .into_iter()
        .flatten()
        .collect(),
        RequestDetails::Restriction {
            ground,
            explanation,
        } => [
            Some(row(
                "form-ground",
                lang.t(&format!("ground-{}", ground.code())),
            )),
            explanation.clone().map(|e| row("form-explanation", e)),
        ]
        .into_iter()
        .flatten()
        .collect(),
        RequestDetails::Erasure { explanation } => explanation
            .clone()
            .map(|e| vec![row("form-explanation", e)])
            .unwrap_or_default(),
        RequestDetails::OptOut => Vec::new(),
        RequestDetails::AccessInquiry {
            entry,
            about,
            question,
        } => vec![
            row("inquiry-entry", format!("{about} (nr {entry})")),
            row("inquiry-question", question.clone()),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::requests::RequestEvent;
    use app::domain::RequestStatus;
    use time::macros::date;

    fn stored(status: RequestStatus, extended: Option<time::Date>) -> StoredRequest {
        StoredRequest {
            id: 1,
            reference: "Q-2026-0001".into(),
            register_code: "qivf".into(),
            kind: RequestKind::Erasure,
            status,
            received_at: 1_782_900_000,
            due_on: date!(2026 - 08 - 01),
            extended_due_on: extended,
            extension_reason: None,
            decided_at: None,
            decision_reason: None,
            assigned_staff_id: None,
            filed_by: None,
            handling_unit: None,
            handling_unit_name: None,
            history: vec![RequestEvent {
                at: 1_782_900_000,
                status: app::domain::CaseEvent::Received,
                actor: "patient".into(),
                note: None,
            }],
        }
    }

    #[test]
    fn a_request_counts_its_days_to_the_due_date_that_applies() {
        let today = date!(2026 - 07 - 22);
        let view = request_view(
            stored(RequestStatus::Received, None),
            None,
            &[],
            today,
            Lang::Sv,
        )
        .unwrap();
        assert_eq!(view.days_left, 10);
        assert_eq!(view.received_on, "2026-07-01");
        assert_eq!(
            view.register_name, "qivf",
            "the code when the name is unknown"
        );
        assert_eq!(view.history.len(), 1);
        let extended = request_view(
            stored(RequestStatus::Extended, Some(date!(2026 - 10 - 01))),
            None,
            &[],
            today,
            Lang::Sv,
        )
        .unwrap();
        assert_eq!(extended.days_left, 71);
    }

    #[test]
    fn details_that_do_not_parse_are_an_internal_error() {
        let today = date!(2026 - 07 - 22);
        assert_eq!(
            request_view(
                stored(RequestStatus::Received, None),
                Some("{"),
                &[],
                today,
                Lang::Sv
            ),
            Err(PageError::Internal)
        );
    }

    #[test]
    fn erased_details_say_so_and_others_are_summarized() {
        let today = date!(2026 - 07 - 22);
        let erased = request_view(
            stored(RequestStatus::Completed, None),
            Some(db::requests::ERASED_DETAILS),
            &[],
            today,
            Lang::En,
        )
        .unwrap();
        assert_eq!(
            erased.summary[0].value,
            Lang::En.t("request-details-erased")
        );
        let erasure = RequestDetails::Erasure {
            explanation: Some("Min sak.".into()),
        };
        let rows = summarize(&erasure, Lang::Sv);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].value, "Min sak.");
        assert!(summarize(&RequestDetails::OptOut, Lang::Sv).is_empty());
    }
}
