//! The pre-filled opt-out form (PDF) a clinic prints for a patient who told
//! it of an opt-out: who, which register, what the opt-out is, how and
//! where it was given and who registered it, with lines for the patient's
//! signature. The registers prefer the written form for traceability; the
//! opt-out took effect when it was registered, not when the paper is signed.

use super::pdf::{Column, Layout, PdfError, draw};
use crate::{clinic_opt_outs::Printed, clock::swedish};
use app::i18n::Lang;

pub fn render(form: &Printed, lang: Lang) -> Result<Vec<u8>, PdfError> {
    let t = |key: &str| lang.t(key);
    let event = &form.event;
    let mut l = Layout::new(lang)?;
    let title = t(&format!("opt-out-form-title-{}", event.kind.as_str()));
    l.text(&title, 20.0, true, 0.0);
    l.gap(2.0);
    l.text(&form.register_name, 13.0, true, 0.0);
    l.gap(3.0);
    l.text(
        &t(&format!("opt-out-form-lead-{}", event.kind.as_str())),
        10.0,
        false,
        0.0,
    );
    l.gap(3.0);
    let name = form.patient.name();
    let mut facts = vec![(
        t("clinic-opt-out-personnummer"),
        form.patient.personnummer.formatted(),
    )];
    if !name.is_empty() {
        facts.push((t("opt-out-form-name"), name));
    }
    facts.extend([
        (t("clinic-opt-out-register"), form.register_name.clone()),
        (
            t("clinic-opt-out-kind"),
            t(&format!("clinic-opt-out-kind-{}", event.kind.as_str())),
        ),
        (
            t("opt-out-form-given"),
            lang.t_args(
                "opt-out-form-given-value",
                &[
                    (
                        "how",
                        t(&format!("opt-out-channel-{}", event.channel.as_str())).into(),
                    ),
                    ("clinic", form.care_unit_name.clone().into()),
                    ("at", swedish(event.at).into()),
                ],
            ),
        ),
        (
            t("clinic-opt-out-identity"),
            t(&format!("identity-check-{}", event.identity_check)),
        ),
        (t("opt-out-form-registered-by"), form.staff_name.clone()),
        (
            t("clinic-opt-out-paper-reference"),
            event.paper_reference.clone().unwrap_or_else(|| "–".into()),
        ),
    ]);
    let rows: Vec<Vec<String>> = facts.into_iter().map(|(k, v)| vec![k, v]).collect();
    l.table(
        &[
            Column::new(t("pdf-receipt-col-field"), 1.0),
            Column::new(t("pdf-receipt-col-value"), 2.2),
        ],
        &rows,
    );
    l.gap(4.0);
    l.text(&t("opt-out-form-withdraw"), 9.0, false, 0.0);
    l.gap(10.0);
    for line in [
        "opt-out-form-signature",
        "opt-out-form-place-date",
        "opt-out-form-clarification",
    ] {
        l.text(
            "_______________________________________________",
            11.0,
            false,
            0.0,
        );
        l.text(&t(line), 9.0, false, 0.0);
        l.gap(8.0);
    }
    draw(
        l,
        &title,
        "opt-out-form-footer",
        &event.id.to_string(),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{opt_outs::OptOutEvent, patients::PatientHeader};
    use app::domain::{OptOutChannel, OptOutKind, Personnummer};

    #[test]
    fn the_form_names_the_person_the_register_and_how_it_was_given() {
        let form = Printed {
            patient: PatientHeader {
                personnummer: Personnummer::parse_long("191212121212").unwrap(),
                given_name: Some("Tolvan".into()),
                family_name: Some("Tolvansson".into()),
            },
            register_name: "Nationellt kvalitetsregister för assisterad befruktning".into(),
            event: OptOutEvent {
                id: 42,
                patient_id: 1,
                kind: OptOutKind::Registration,
                register_code: Some("qivf".into()),
                action: crate::db::opt_outs::Action::Given,
                at: 1_795_000_000,
                by_patient_id: None,
                acting_as: None,
                by_staff_id: Some(7),
                channel: OptOutChannel::Verbal,
                paper_reference: None,
                identity_check: "id_document".into(),
                request_id: None,
                care_unit: Some("SE2321000131-RM02".into()),
            },
            care_unit_name: "Reproduktionsmedicin, Sahlgrenska".into(),
            staff_name: "Sanna Sahlgren".into(),
        };
        let pdf = render(&form, Lang::Sv).unwrap();
        let text = crate::export::pdf::tests::read_back(&pdf);
        for expected in [
            "19121212-1212",
            "Tolvan Tolvansson",
            "Sahlgrenska",
            "Sanna Sahlgren",
            "Patientens underskrift",
        ] {
            assert!(text.contains(expected), "{expected} in {text}");
        }
    }
}
