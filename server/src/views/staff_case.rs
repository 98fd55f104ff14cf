//! One case as the staff member handling it sees it: the request, the
//! patient (name and personnummer, for matching in the register's own
//! system), what the register holds about them (the look recorded in the
//! patient's access log with the case's reference), and what may be done
//! now — for a correction, every field of every record to pick from.

use super::{conn, register_data, rights_requests::request_view};
use crate::{
    clock::Clock,
    content,
    db::{self, Db, records::StoredRecord, registers::RecordTypeContent},
};
use app::{
    case_actions::RecordEdit,
    domain::{HsaId, RegisterCode, RegistrationStatus, RequestKind, RequestStatus},
    error::PageError,
    i18n::Lang,
    model::{CaseActions, CorrectionTarget, StaffCase},
};

/// Most records a correction form lists; a register holds far fewer per
/// patient, and the form stays usable.
const MAX_CORRECTION_RECORDS: i64 = 200;

pub async fn read(
    db: &Db,
    clock: &Clock,
    staff: i64,
    reference: &str,
    lang: Lang,
) -> Result<StaffCase, PageError> {
    let (member, (patient, request, details)) = {
        let mut conn = conn(db).await?;
        let member = db::staff::active_by_id(&mut conn, staff)
            .await?
            .ok_or(PageError::Forbidden)?;
        // Outside the scope is the same answer as no such case.
        let found = db::requests::for_staff(&mut conn, reference, &member.scope())
            .await?
            .ok_or(PageError::NotFound)?;
        (member, found)
    };
    let code = RegisterCode::parse(&request.register_code).map_err(|_| PageError::Internal)?;
    let hsa_id = HsaId::parse(&member.hsa_id).map_err(|_| PageError::Internal)?;
    let scope = member.scope();
    let reader = register_data::Reader::Staff {
        hsa_id: &hsa_id,
        reference,
        units: scope.units.as_deref(),
    };
    let data = register_data::read(db, clock, patient, &code, lang, 1, reader).await?;
    let mut conn = conn(db).await?;
    let header = db::patients::header(&mut conn, patient).await?;
    let names = db::registers::list(&mut conn, lang).await?;
    let (kind, status) = (request.kind, request.status);
    let open = !status.is_final();
    let registration = db::registrations::status_in(&mut conn, patient, code.as_str()).await?;
    let targets = if open && kind == RequestKind::Correction {
        let content = db::registers::content(&mut conn, code.as_str()).await?;
        let records = db::records::page_of_patient(
            &mut conn,
            patient,
            code.as_str(),
            scope.units.as_deref(),
            MAX_CORRECTION_RECORDS,
            0,
        )
        .await?;
        correction_targets(&records, &content, lang)
    } else {
        Vec::new()
    };
    let actions = CaseActions {
        open,
        can_take: open && request.assigned_staff_id != Some(member.id),
        can_extend: open && request.extended_due_on.is_none(),
        can_lift: kind == RequestKind::Restriction
            && status == RequestStatus::Completed
            && registration == Some(RegistrationStatus::Restricted),
        targets,
    };
    let recipients = super::releases::recipients(&mut conn, patient, &request).await?;
    let mut request = request_view(request, Some(&details), &names, clock.today(), lang)?;
    request.recipients = recipients;
    Ok(StaffCase {
        request,
        patient_name: header.name(),
        personnummer: header.personnummer.formatted(),
        data,
        actions,
    })
}

/// Every field of every record, current value shown, for staff to pick the
/// one to correct (a field with no value yet included: "something is
/// missing"); a coded field lists its codes.
fn correction_targets(
    records: &[StoredRecord],
    content: &[RecordTypeContent],
    lang: Lang,
) -> Vec<CorrectionTarget> {
    let mut targets = Vec::new();
    for record in records {
        let Some(record_type) = content::record_type(content, &record.record_type) else {
            continue;
        };
        for field in &record_type.fields {
            let mut label = format!(
                "{} · {} · {}: {}",
                record.recorded_on,
                record_type.label(lang),
                field.label(lang),
                content::display(field, record.fields.get(&field.code), lang)
            );
            if field.value_type == "code" {
                let codes: Vec<&str> = field.options.iter().map(|o| o.code.as_str()).collect();
                label.push_str(&format!(" ({})", codes.join(", ")));
            }
            targets.push(CorrectionTarget {
                value: RecordEdit::target(record.id, &field.code),
                label,
            });
        }
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::registers::{CodeOption, FieldContent};
    use serde_json::json;

    #[test]
    fn every_field_of_every_record_is_a_target_even_without_a_value() {
        let field = |code: &str, value_type: &str, options: Vec<CodeOption>| FieldContent {
            code: code.into(),
            label_sv: code.into(),
            label_en: code.into(),
            value_type: value_type.into(),
            unit: None,
            options,
            required: false,
        };
        let content = vec![RecordTypeContent {
            code: "cycle".into(),
            label_sv: "Cykel".into(),
            label_en: "Cycle".into(),
            fields: vec![
                field("oocytes", "integer", Vec::new()),
                field(
                    "method",
                    "code",
                    vec![CodeOption {
                        code: "ivf".into(),
                        label_sv: "IVF".into(),
                        label_en: "IVF".into(),
                    }],
                ),
            ],
        }];
        let record = StoredRecord {
            id: 5,
            register_code: "qivf".into(),
            record_type: "cycle".into(),
            source_id: "r5".into(),
            care_unit_hsa_id: "SE2321000016-RM01".into(),
            care_unit_name: "RM".into(),
            recorded_on: "2026-01-05".into(),
            version: 1,
            created_at: 0,
            updated_at: 0,
            fields: json!({"oocytes": 9}).as_object().unwrap().clone(),
        };
        let targets = correction_targets(&[record], &content, Lang::En);
        assert_eq!(targets.len(), 2, "the missing field too");
        assert!(
            targets[0]
                .label
                .starts_with("2026-01-05 · Cycle · oocytes: 9")
        );
        assert!(targets[1].label.ends_with("(ivf)"), "{}", targets[1].label);
        assert_eq!(targets[0].value, RecordEdit::target(5, "oocytes"));
    }
}
