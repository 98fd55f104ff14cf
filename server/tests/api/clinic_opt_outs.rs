//! Opt-outs told at the clinic: clinic staff register a verbal opt-out for
//! a person in no register; it takes effect at once (an import of the
//! person is refused), the person sees it on *Mina register* and in their
//! log, the pre-filled form prints, and the act is in the audit trail.
//! Refused: a personnummer that fails the check, staff who are not that
//! clinic's, and "do not register me" for someone already registered.

use crate::{
    cases::staff,
    helpers::{TestApp, count, on_both_engines, page, patient},
    ingest::{post_json, token_for, transfer},
};
use reqwest::StatusCode;
use serde_json::json;

/// A test personnummer of a person in no register (serial 980–999).
const NEWCOMER: &str = "19700505-9808";
const SAHLGRENSKA_UNIT: &str = "SE2321000131-RM02";
const SAHLGRENSKA_STAFF: &str = "SE2321000131-2001";
const MALMO_STAFF: &str = "SE2321000255-2002";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";

fn told<'a>(personnummer: &'a str, unit: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("personnummer", personnummer),
        ("register", "qivf"),
        ("kind", "registration"),
        ("channel", "verbal"),
        ("identity_check", "id_document"),
        ("paper_reference", ""),
        ("care_unit", unit),
    ]
}

async fn opt_out_events(app: &TestApp) -> i64 {
    count(
        app,
        "SELECT COUNT(*) FROM opt_out_events WHERE care_unit IS NOT NULL",
    )
    .await
}

on_both_engines! {
    with_idp:
    async fn a_verbal_opt_out_at_the_clinic_takes_effect_at_once_and_shows_to_the_person(app: TestApp) {
        let sahlgrenska = staff(&app, SAHLGRENSKA_STAFF).await;
        let (status, form) = page(&sahlgrenska, "/staff/opt-outs").await;
        assert_eq!(status, StatusCode::OK);
        assert!(form.contains("Registrera ett nej") && form.contains("Reproduktionsmedicin, Sahlgrenska"), "{form}");

        let done = sahlgrenska.submit("/staff/opt-outs", &told(NEWCOMER, SAHLGRENSKA_UNIT)).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        let (channel, identity, unit, by): (String, String, String, String) = sqlx::query_as(
            "SELECT o.channel, o.identity_check, o.care_unit, s.hsa_id FROM opt_out_events o
             JOIN staff s ON s.id = o.by_staff_id JOIN patients p ON p.id = o.patient_id
             WHERE p.personnummer = '197005059808'",
        ).fetch_one(app.db.pool()).await.unwrap();
        assert_eq!((channel.as_str(), identity.as_str(), unit.as_str(), by.as_str()),
            ("verbal", "id_document", SAHLGRENSKA_UNIT, SAHLGRENSKA_STAFF));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_events e JOIN patients p ON p.id = e.patient_id
            WHERE p.personnummer = '197005059808' AND e.access_kind = 'opt_out' AND e.staff_hsa_id = 'SE2321000131-2001'
            AND e.care_unit = 'SE2321000131-RM02'").await, 1, "in the person's access log, with who and where");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_trail WHERE action = 'opt_out_registered'").await, 1);
        let again = sahlgrenska.submit("/staff/opt-outs", &told(NEWCOMER, SAHLGRENSKA_UNIT)).await;
        assert_eq!(again.headers()["location"], "/staff/opt-outs?done=already");
        assert_eq!(opt_out_events(&app).await, 1, "the same opt-out twice is one");

        // A later import of the person is refused.
        let (_, token) = token_for(&app, "qivf").await;
        let mut item = transfer("T-CLINIC-1", json!(1));
        item["personnummer"] = json!(NEWCOMER);
        let (status, body) = post_json(&app, "/api/v1/registers/qivf/records", Some(&token), &json!({ "items": [item] })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body["items"][0]["reason"].as_str().unwrap().contains("opted out"), "{body}");

        // The pre-filled form prints for the clinic, not for another one.
        let id = count(&app, "SELECT MAX(id) FROM opt_out_events").await;
        let pdf = sahlgrenska.get(&format!("/staff/opt-outs/{id}/form.pdf")).await;
        assert_eq!(pdf.status(), StatusCode::OK);
        assert_eq!(pdf.headers()["content-type"], "application/pdf");
        assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
        let malmo = staff(&app, MALMO_STAFF).await;
        assert_eq!(malmo.get(&format!("/staff/opt-outs/{id}/form.pdf")).await.status(), StatusCode::NOT_FOUND);
        assert!(page(&sahlgrenska, "/staff/opt-outs").await.1.contains("19700505-9808"), "listed for its clinic");
        assert!(!page(&malmo, "/staff/opt-outs").await.1.contains("19700505-9808"), "not for another");

        // The person sees it on Mina register and in their log.
        let person = patient(&app, NEWCOMER).await;
        let mine = page(&person, "/me").await.1;
        assert!(mine.contains("Nej till att registreras: registrerat på Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset den"), "{mine}");
        let log = page(&person, "/me/log").await.1;
        assert!(log.contains("Nej registrerat") && log.contains("Reproduktionsmedicin, Sahlgrenska"), "{log}");
    }

    async fn opt_outs_at_the_clinic_are_refused_to_others_and_for_bad_numbers(app: TestApp) {
        let sahlgrenska = staff(&app, SAHLGRENSKA_STAFF).await;
        let failing = sahlgrenska.submit("/staff/opt-outs", &told("19700505-9809", SAHLGRENSKA_UNIT)).await;
        assert_eq!(failing.status(), StatusCode::UNPROCESSABLE_ENTITY, "a personnummer that fails the check");
        assert!(failing.text().await.unwrap().contains("aria-invalid"));
        let registered = sahlgrenska.submit("/staff/opt-outs", &told("19121212-1212", SAHLGRENSKA_UNIT)).await;
        assert_eq!(registered.status(), StatusCode::UNPROCESSABLE_ENTITY, "already registered: that is an erasure");
        let malmo = staff(&app, MALMO_STAFF).await;
        let other_unit = malmo.submit_to("/staff/opt-outs", "/staff/opt-outs", &told(NEWCOMER, SAHLGRENSKA_UNIT)).await;
        assert_eq!(other_unit.status(), StatusCode::FORBIDDEN, "not Malmö's unit");
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        assert_eq!(page(&coordinator, "/staff/opt-outs").await.0, StatusCode::FORBIDDEN);
        let by_coordinator = coordinator.submit_to("/staff", "/staff/opt-outs", &told(NEWCOMER, SAHLGRENSKA_UNIT)).await;
        assert_eq!(by_coordinator.status(), StatusCode::FORBIDDEN, "clinic staff only");
        assert_eq!(opt_out_events(&app).await, 0, "nothing stored");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_events WHERE access_kind = 'opt_out'").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM patients WHERE personnummer = '197005059808'").await, 0);
    }
}
