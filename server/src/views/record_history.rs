//! The history of one of the patient's records: every version, newest
//! first, as [`app::pages::record_history`] shows it. Reading it is reading
//! the patient's data, so the look goes into their access log first, in the
//! same transaction.

use super::{Answer, PatientView, register_data};
use crate::{
    clock, content,
    db::{self, DbError, record_versions::StoredVersion, registers::RecordTypeContent},
};
use app::{
    error::PageError,
    i18n::Lang,
    model::FieldView,
    pages::record_history::{RecordHistory, RecordHistoryQuery, RecordVersion},
};

inventory::submit!(super::Registered::patient::<RecordHistoryQuery>());

#[async_trait::async_trait]
impl Answer for RecordHistoryQuery {
    async fn answer(self, view: &PatientView) -> Result<RecordHistory, PageError> {
        let RecordHistoryQuery {
            register,
            record,
            lang,
        } = self;
        let (db, clock, patient) = (view.db(), view.clock(), view.patient());
        if !view.covers(register.as_str()) {
            return Err(PageError::NotFound);
        }
        let mut tx = db.begin_write().await?;
        let info = db::registers::get(&mut tx, &register, lang)
            .await?
            .ok_or(PageError::NotFound)?;
        // Another patient's record is the same answer as no such record.
        let head =
            db::record_versions::head_of_patient(&mut tx, patient, register.as_str(), &record)
                .await?
                .ok_or(PageError::NotFound)?;
        register_data::record_the_look(&mut tx, db, clock, patient, &register, view.reader())
            .await?;
        let versions = db::record_versions::of_record(&mut tx, head.id).await?;
        let content = db::registers::content(&mut tx, register.as_str()).await?;
        tx.commit().await.map_err(DbError::from)?;
        let record_type = content::record_type(&content, &head.record_type);
        Ok(RecordHistory {
            register_code: info.code,
            register_name: info.name,
            record_label: record_type
                .map(|t| t.label(lang).to_owned())
                .unwrap_or(head.record_type),
            recorded_on: head.recorded_on,
            care_unit: head.care_unit_name,
            versions: versions
                .into_iter()
                .rev()
                .map(|v| version(v, record_type, lang))
                .collect::<Result<_, _>>()?,
        })
    }
}

/// A stored version as the page shows it: the fields in the register's
/// order, with labels and values in `lang`.
fn version(
    stored: StoredVersion,
    record_type: Option<&RecordTypeContent>,
    lang: Lang,
) -> Result<RecordVersion, PageError> {
    let fields: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&stored.fields).map_err(|e| DbError::Corrupt(e.to_string()))?;
    Ok(RecordVersion {
        version: stored.version,
        changed_at: clock::swedish(stored.changed_at),
        by_staff: stored.changed_by.starts_with("staff:"),
        reason: stored.change_reason,
        request: stored.request_reference,
        fields: record_type
            .map(|t| {
                t.fields
                    .iter()
                    .filter(|f| fields.contains_key(&f.code))
                    .map(|f| FieldView {
                        label: f.label(lang).to_owned(),
                        value: content::display(f, fields.get(&f.code), lang),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::registers::FieldContent;

    fn cycle() -> RecordTypeContent {
        RecordTypeContent {
            code: "cycle".into(),
            label_sv: "Behandlingscykel".into(),
            label_en: "Treatment cycle".into(),
            fields: vec![FieldContent {
                code: "oocytes".into(),
                label_sv: "Antal ägg".into(),
                label_en: "Oocytes".into(),
                value_type: "integer".into(),
                unit: None,
                options: Vec::new(),
                required: false,
            }],
        }
    }

    #[test]
    fn a_correction_by_staff_shows_as_theirs_without_naming_them() {
        let stored = StoredVersion {
            version: 2,
            fields: r#"{"oocytes": 8, "unknown": 1}"#.into(),
            changed_at: 1_782_900_000,
            changed_by: "staff:SE2321000016-1001".into(),
            change_reason: Some("Fel i inrapporteringen".into()),
            request_reference: Some("Q-2026-0001".into()),
        };
        let shown = version(stored, Some(&cycle()), Lang::En).unwrap();
        assert!(shown.by_staff);
        assert_eq!(shown.changed_at, "2026-07-01 12:00");
        assert_eq!(shown.request.as_deref(), Some("Q-2026-0001"));
        assert_eq!(
            shown.fields.len(),
            1,
            "only the fields the register defines"
        );
        assert_eq!(shown.fields[0].label, "Oocytes");
        assert_eq!(shown.fields[0].value, "8");
    }

    #[test]
    fn a_report_by_the_register_is_the_registers() {
        let stored = StoredVersion {
            version: 1,
            fields: "{}".into(),
            changed_at: 0,
            changed_by: "register".into(),
            change_reason: None,
            request_reference: None,
        };
        assert!(!version(stored, None, Lang::Sv).unwrap().by_staff);
    }

    #[test]
    fn fields_that_do_not_parse_are_an_error_not_a_blank() {
        let stored = StoredVersion {
            version: 1,
            fields: "not json".into(),
            changed_at: 0,
            changed_by: "register".into(),
            change_reason: None,
            request_reference: None,
        };
        assert_eq!(
            version(stored, Some(&cycle()), Lang::Sv),
            Err(PageError::Internal)
        );
    }
}
