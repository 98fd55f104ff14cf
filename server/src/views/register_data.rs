//! What one register holds about a patient, a page of records at a time,
//! grouped by record type: for the patient's own page and for the staff
//! member handling one of the patient's cases. Reading it is an access to
//! the patient's data, so the look is recorded in the patient's access log
//! (as theirs, or as the register staff's with the case's reference) in the
//! transaction that reads the records.

use super::my_registers::registration_status;
use crate::{
    clock::{Clock, iso_date},
    content,
    db::{
        self, Db, DbError,
        access_events::{ActingBy, NewAccessEvent, Source},
        records::StoredRecord,
        registers::RecordTypeContent,
    },
};
use app::{
    domain::{AccessKind, ActorKind, HsaId, RegisterCode},
    error::PageError,
    i18n::Lang,
    model::{FieldView, MyRegisterStatus, RecordGroup, RecordView, RegisterData},
};
use sqlx::AnyConnection;

/// Records on one page of a register's data.
pub const RECORDS_PER_PAGE: i64 = 25;

/// Who is reading a patient's data, for the access log.
#[derive(Clone, Copy)]
pub enum Reader<'a> {
    /// The patient's side: themselves, or someone acting for them.
    Patient(Option<ActingBy>),
    /// Register staff handling the request with this reference; clinic
    /// staff read only the records their care `units` reported.
    Staff {
        hsa_id: &'a HsaId,
        reference: &'a str,
        units: db::records::Units<'a>,
    },
}

impl Reader<'_> {
    /// Whose records the reader sees: every care unit's, or some.
    fn units(&self) -> db::records::Units<'_> {
        match self {
            Reader::Patient(_) => None,
            Reader::Staff { units, .. } => *units,
        }
    }
}

impl<'a> Reader<'a> {
    fn actor(self) -> ActorKind {
        match self {
            Reader::Patient(_) => ActorKind::Patient,
            Reader::Staff { .. } => ActorKind::RegisterStaff,
        }
    }

    fn staff(self) -> Option<&'a HsaId> {
        match self {
            Reader::Patient(_) => None,
            Reader::Staff { hsa_id, .. } => Some(hsa_id),
        }
    }

    /// The reason the log gives, in Swedish like the register systems'.
    fn reason(self) -> Option<String> {
        match self {
            Reader::Patient(_) => None,
            Reader::Staff { reference, .. } => Some(format!("Handläggning av ärende {reference}")),
        }
    }
}

/// Page `page` (from 1) of what register `code` holds about `patient`, the
/// look recorded in the patient's access log before any record is read.
pub async fn read(
    db: &Db,
    clock: &Clock,
    patient: i64,
    code: &RegisterCode,
    lang: Lang,
    page: i64,
    reader: Reader<'_>,
) -> Result<RegisterData, PageError> {
    let mut tx = db.begin_write().await?;
    let info = db::registers::get(&mut tx, code, lang)
        .await?
        .ok_or(PageError::NotFound)?;
    let registration = db::registrations::of_patient(&mut tx, patient)
        .await?
        .into_iter()
        .find(|(c, ..)| c == code.as_str());
    let empty = |status| RegisterData {
        code: info.code.clone(),
        name: info.name.clone(),
        short_name: info.short_name.clone(),
        status,
        total: 0,
        page: 1,
        pages: 1,
        groups: Vec::new(),
    };
    let Some((_, status, since)) = registration else {
        let opted_out = db::opt_outs::of_patient(&mut tx, patient)
            .await?
            .contains(&info.code);
        return Ok(empty(if opted_out {
            MyRegisterStatus::OptedOut
        } else {
            MyRegisterStatus::NotRegistered
        }));
    };
    record_the_look(&mut tx, db, clock, patient, code, reader).await?;
    let content = db::registers::content(&mut tx, code.as_str()).await?;
    let units = reader.units();
    let (total, _) =
        db::records::summary_of_patient(&mut tx, patient, code.as_str(), units).await?;
    let (page, pages) = page_of(page, total);
    let records = db::records::page_of_patient(
        &mut tx,
        patient,
        code.as_str(),
        units,
        RECORDS_PER_PAGE,
        (page - 1) * RECORDS_PER_PAGE,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(RegisterData {
        status: registration_status(status, since),
        total,
        page,
        pages,
        groups: groups(records, &content, lang),
        ..empty(MyRegisterStatus::NotRegistered)
    })
}

/// The access-log entry of a look at the patient's data in `code`, as
/// `reader`'s: a named step of every view that reads it, in the reading
/// transaction, before the data.
pub async fn record_the_look(
    tx: &mut AnyConnection,
    db: &Db,
    clock: &Clock,
    patient: i64,
    code: &RegisterCode,
    reader: Reader<'_>,
) -> Result<(), DbError> {
    let now = clock.unix();
    db::access_events::append(
        tx,
        db.engine(),
        &NewAccessEvent {
            patient_id: patient,
            register: code,
            occurred_at: now,
            actor: reader.actor(),
            care_unit: None,
            staff: reader.staff(),
            kind: AccessKind::Read,
            reason: reader.reason().as_deref(),
            source: Source::Insyn,
            source_event_id: None,
            acting: match reader {
                Reader::Patient(acting) => acting,
                Reader::Staff { .. } => None,
            },
            release: None,
            // The patient's right of access, or staff handling their request.
            purpose: Some(app::domain::AccessPurpose::PatientRequest),
            data_touched: None,
        },
        now,
    )
    .await?;
    Ok(())
}

/// The page asked for, within the pages there are, and how many there are.
fn page_of(asked: i64, total: i64) -> (i64, i64) {
    let pages = ((total + RECORDS_PER_PAGE - 1) / RECORDS_PER_PAGE).max(1);
    (asked.clamp(1, pages), pages)
}

/// Records as the page shows them: in groups of consecutive records of one
/// type, each field labelled and its value shown in `lang`.
fn groups(
    records: Vec<StoredRecord>,
    content: &[RecordTypeContent],
    lang: Lang,
) -> Vec<RecordGroup> {
    let mut groups: Vec<(String, RecordGroup)> = Vec::new();
    for record in records {
        let Some(record_type) = content::record_type(content, &record.record_type) else {
            tracing::error!(
                record = record.id,
                "a record of a type the register does not define"
            );
            continue;
        };
        let view = RecordView {
            id: record.source_id.clone(),
            date: record.recorded_on.clone(),
            care_unit: record.care_unit_name.clone(),
            fields: record_type
                .fields
                .iter()
                .filter(|f| record.fields.contains_key(&f.code))
                .map(|f| FieldView {
                    label: f.label(lang).to_owned(),
                    value: content::display(f, record.fields.get(&f.code), lang),
                })
                .collect(),
            corrected_on: (record.version > 1).then(|| iso_date(record.updated_at)),
        };
        match groups.last_mut() {
            Some((code, group)) if *code == record.record_type => group.records.push(view),
            _ => groups.push((
                record.record_type.clone(),
                RecordGroup {
                    label: record_type.label(lang).to_owned(),
                    records: vec![view],
                },
            )),
        }
    }
    groups.into_iter().map(|(_, group)| group).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::registers::FieldContent;
    use serde_json::json;

    fn content() -> Vec<RecordTypeContent> {
        let field = |code: &str, sv: &str, en: &str| FieldContent {
            code: code.into(),
            label_sv: sv.into(),
            label_en: en.into(),
            value_type: "integer".into(),
            unit: None,
            options: Vec::new(),
            required: false,
        };
        vec![RecordTypeContent {
            code: "cycle".into(),
            label_sv: "Behandlingscykel".into(),
            label_en: "Treatment cycle".into(),
            fields: vec![
                field("oocytes", "Antal ägg", "Oocytes"),
                field("embryos", "Embryon", "Embryos"),
            ],
        }]
    }

    fn record(id: i64, record_type: &str, version: i64) -> StoredRecord {
        StoredRecord {
            id,
            register_code: "qivf".into(),
            record_type: record_type.into(),
            source_id: format!("r{id}"),
            care_unit_hsa_id: "SE2321000016-RM01".into(),
            care_unit_name: "Reproduktionsmedicin".into(),
            recorded_on: "2026-01-05".into(),
            version,
            created_at: 0,
            updated_at: 1_782_900_000,
            fields: json!({"oocytes": 9}).as_object().unwrap().clone(),
        }
    }

    #[test]
    fn records_are_grouped_by_type_with_the_fields_they_give() {
        let groups = groups(
            vec![
                record(1, "cycle", 1),
                record(2, "cycle", 2),
                record(3, "unknown", 1),
            ],
            &content(),
            Lang::En,
        );
        assert_eq!(groups.len(), 1, "a record of an unknown type is left out");
        assert_eq!(groups[0].label, "Treatment cycle");
        assert_eq!(groups[0].records.len(), 2);
        let first = &groups[0].records[0];
        assert_eq!(first.fields.len(), 1, "only the fields the record gives");
        assert_eq!(first.fields[0].label, "Oocytes");
        assert_eq!(first.corrected_on, None);
        assert_eq!(
            groups[0].records[1].corrected_on.as_deref(),
            Some("2026-07-01"),
            "a record in its second version was corrected"
        );
    }

    #[test]
    fn pages_stay_within_the_records() {
        assert_eq!(page_of(1, 0), (1, 1));
        assert_eq!(page_of(0, 60), (1, 3));
        assert_eq!(page_of(3, 60), (3, 3));
        assert_eq!(page_of(9, 60), (3, 3));
    }

    #[test]
    fn staff_looks_give_their_case_as_the_reason() {
        let hsa = HsaId::parse("SE2321000016-1001").unwrap();
        let staff = Reader::Staff {
            hsa_id: &hsa,
            reference: "Q-2026-0001",
            units: None,
        };
        assert_eq!(staff.actor(), ActorKind::RegisterStaff);
        assert_eq!(
            staff.reason().as_deref(),
            Some("Handläggning av ärende Q-2026-0001")
        );
        assert_eq!(Reader::Patient(None).reason(), None);
        assert_eq!(Reader::Patient(None).actor(), ActorKind::Patient);
    }
}
