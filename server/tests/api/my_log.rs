//! The patient's access log page and its downloads: care units' and staff's
//! accesses apart from the patient's own, filters, keyset pages, CSV and
//! JSON, and who may see it.

use crate::{
    helpers::{TestApp, on_both_engines},
    idp::Browser,
    staff_queue::file,
};
use app::domain::{AccessKind, ActorKind, HsaId, RegisterCode};
use insyn::db::{
    self,
    access_events::{NewAccessEvent, Source},
};
use reqwest::StatusCode;
use serde_json::Value;

const TOLVAN: &str = "19121212-1212";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";
const HUDDINGE: &str = "Reproduktionsmedicin, Karolinska Universitetssjukhuset Huddinge";

async fn patient(app: &TestApp, personnummer: &str) -> Browser {
    let browser = app.browser();
    browser.sign_in_patient(personnummer).await;
    browser
}

async fn page(browser: &Browser, path: &str) -> String {
    let response = browser.get(path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

/// The log table's body on a page.
fn table(html: &str) -> &str {
    html.split("<tbody>")
        .nth(1)
        .and_then(|b| b.split("</tbody>").next())
        .unwrap_or("")
}

/// Rows of the log table on a page.
fn rows(html: &str) -> usize {
    html.split("<tbody>").nth(1).map_or(0, |body| {
        body.split("</tbody>")
            .next()
            .unwrap_or("")
            .matches("<tr")
            .count()
    })
}

on_both_engines! {
    with_idp:
    async fn care_units_staff_and_own_views_are_shown_apart(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let html = page(&tolvan, "/me/log").await;
        assert!(html.contains("Vem har tagit del av mina uppgifter"));
        assert!(html.contains(HUDDINGE), "the demo care units' accesses");
        assert!(html.contains("Komplettering av uppgift"), "with the reason the register gave");
        assert!(html.contains("Utlämnande för forskning"), "the kind in words");
        assert_eq!(rows(&html), 9, "Tolvan's nine demo entries");
        assert!(!html.contains("Du själv"), "own views are apart");

        // Tolvan's own look at the data lands under the own tab.
        page(&tolvan, "/me/registers/qivf").await;
        let own = page(&tolvan, "/me/log?who=own").await;
        assert!(own.contains("Du själv"), "{own}");
        assert_eq!(rows(&own), 1);

        // A coordinator opening Tolvan's case is in Tolvan's log, with the case as the reason.
        let reference = file(&tolvan, "qivf", "erasure", &[]).await;
        let coordinator = app.browser();
        coordinator.sign_in_staff(QIVF_COORDINATOR).await;
        assert_eq!(coordinator.get(&format!("/staff/requests/{reference}")).await.status(), StatusCode::OK);
        let html = page(&tolvan, "/me/log").await;
        assert!(html.contains("Personal vid"), "{html}");
        assert!(html.contains(&format!("Handläggning av ärende {reference}")));
        assert_eq!(rows(&html), 10);
    }

    async fn filters_pages_and_downloads_select_the_same_entries(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        // 120 more reads by Huddinge in Q-IVF, a minute apart in July 2026.
        let patient_id: i64 = sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = '191212121212'")
            .fetch_one(app.db.pool()).await.unwrap();
        let register = RegisterCode::parse("qivf").unwrap();
        let unit = HsaId::parse("SE2321000016-RM01").unwrap();
        let mut tx = app.db.begin_write().await.unwrap();
        for i in 0..120 {
            db::access_events::append(&mut tx, app.db.engine(), &NewAccessEvent {
                patient_id, register: &register, occurred_at: 1_782_900_000 + 60 * i,
                actor: ActorKind::CareUnit, care_unit: Some(&unit), staff: None,
                kind: AccessKind::Read, reason: Some("Uppföljning, \"årskontroll\""), source: Source::RegisterSystem,
                source_event_id: None, acting: None, release: None, purpose: None, data_touched: None,
            }, 1_782_900_000).await.unwrap();
        }
        tx.commit().await.unwrap();

        let first = page(&tolvan, "/me/log").await;
        assert_eq!(rows(&first), 50);
        let next = |html: &str| {
            html.split("href=\"").filter_map(|s| s.split('"').next())
                .find(|h| h.contains("after="))
                .map(|h| h.replace("&amp;", "&"))
        };
        let second = page(&tolvan, &next(&first).expect("a next page")).await;
        assert_eq!(rows(&second), 50);
        let third = page(&tolvan, &next(&second).expect("a third page")).await;
        assert_eq!(rows(&third), 29, "120 + 9 entries in all");
        assert!(next(&third).is_none());
        assert!(third.contains("2025-01-01 08:17"), "the oldest last, in Swedish time");

        let ndr = page(&tolvan, "/me/log?register=ndr").await;
        assert!(rows(&ndr) > 0 && !table(&ndr).contains(HUDDINGE));
        let huddinge = page(&tolvan, "/me/log?care_unit=SE2321000016-RM01").await;
        assert_eq!(rows(&huddinge), 50);
        let july = page(&tolvan, "/me/log?from=2026-07-01&to=2026-07-31").await;
        assert_eq!(rows(&july), 50);
        let none = page(&tolvan, "/me/log?from=2030-01-01").await;
        assert!(none.contains("Inga åtkomster passar"));
        let nonsense = page(&tolvan, "/me/log?from=igår&after=x").await;
        assert_eq!(rows(&nonsense), 50, "what cannot be read is left out");

        let csv = tolvan.get("/me/log.csv?care_unit=SE2321000016-RM01").await;
        assert_eq!(csv.status(), StatusCode::OK);
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let csv = csv.text().await.unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].starts_with("number,time,register,who"));
        assert_eq!(lines.len(), 1 + 120 + 3, "Huddinge's 120 and its three demo entries");
        assert!(csv.contains("\"Uppföljning, \"\"årskontroll\"\"\""), "quoted as CSV quotes");

        let json: Value = tolvan.get("/me/log.json").await.json().await.unwrap();
        assert_eq!(json["format"], "insyn.access-log/1");
        assert_eq!(json["entries"].as_array().unwrap().len(), 129);
        // Newest first: the demo's access by Malmö in October 2026.
        assert_eq!(json["entries"][0]["who"]["care_unit"]["hsa_id"], "SE2321000255-RM03");
        assert_eq!(json["entries"][1]["who"]["care_unit"]["hsa_id"], "SE2321000016-RM01");
        let own: Value = tolvan.get("/me/log.json?who=own").await.json().await.unwrap();
        assert!(own["entries"].as_array().unwrap().iter().all(|e| e["who"]["kind"] == "patient"));
    }

    async fn only_the_patient_sees_their_log(app: TestApp) {
        let signed_out = app.browser();
        let page = signed_out.get("/me/log").await;
        assert!(page.url().path().starts_with("/auth/login") || page.status() == StatusCode::UNAUTHORIZED
            || page.text().await.unwrap().contains("Logga in"), "signed out: to sign-in");
        for path in ["/me/log.json", "/me/log.csv"] {
            let answer = signed_out.get(path).await;
            assert_ne!(answer.status(), StatusCode::OK, "{path} signed out");
        }
        let coordinator = app.browser();
        coordinator.sign_in_staff(QIVF_COORDINATOR).await;
        for path in ["/me/log", "/me/log.json", "/me/log.csv"] {
            assert_eq!(coordinator.get(path).await.status(), StatusCode::FORBIDDEN, "{path} as staff");
        }
        // Nils sees his own (empty) log, never Tolvan's.
        let nils = patient(&app, "19800101-9937").await;
        let html = nils.get("/me/log").await.text().await.unwrap();
        assert!(html.contains("Här finns inga åtkomster ännu"), "{html}");
        let json: Value = nils.get("/me/log.json").await.json().await.unwrap();
        assert!(json["entries"].as_array().unwrap().is_empty());
    }
}

/// The registers the log page's filter offers, by code.
fn offered_registers(html: &str) -> Vec<String> {
    let select = html
        .split("<select id=\"register\"")
        .nth(1)
        .and_then(|s| s.split("</select>").next())
        .unwrap_or("");
    select
        .split("<option value=\"")
        .skip(1)
        .filter_map(|o| o.split('"').next())
        .filter(|code| !code.is_empty())
        .map(str::to_owned)
        .collect()
}

on_both_engines! {
    with_idp:
    async fn the_register_filter_offers_the_patients_registers_and_where_care_units_read(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let demo = offered_registers(&page(&tolvan, "/me/log").await);
        assert!(!demo.is_empty(), "Tolvan's demo registers");

        // Four more registers on the platform: one Tolvan is in, one where a
        // care unit read her data, one with only her own look, one with nothing.
        let patient_id: i64 = sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = '191212121212'")
            .fetch_one(app.db.pool()).await.unwrap();
        let qivf = insyn::definitions::register_definitions().unwrap()
            .into_iter().find(|d| d.code.as_str() == "qivf").unwrap();
        let unit = HsaId::parse("SE2321000016-RM01").unwrap();
        let mut tx = app.db.begin_write().await.unwrap();
        for (n, code) in ["reg004", "reg005", "reg006", "reg007"].into_iter().enumerate() {
            let mut def = qivf.clone();
            def.code = RegisterCode::parse(code).unwrap();
            def.position = 10 + n as i64;
            def.short_name = code.to_uppercase();
            def.name.sv = format!("Register {code}");
            db::registers::upsert(&mut tx, &def).await.unwrap();
        }
        let code = |c: &str| RegisterCode::parse(c).unwrap();
        db::registrations::insert(&mut tx, patient_id, &code("reg004"), app::domain::RegistrationStatus::Active,
            time::macros::date!(2024 - 01 - 15)).await.unwrap();
        for (register, actor, care_unit) in [("reg005", ActorKind::CareUnit, Some(&unit)), ("reg006", ActorKind::Patient, None)] {
            db::access_events::append(&mut tx, app.db.engine(), &NewAccessEvent {
                patient_id, register: &code(register), occurred_at: 1_782_900_000,
                actor, care_unit, staff: None, kind: AccessKind::Read, reason: None, source: Source::Insyn,
                source_event_id: None, acting: None, release: None, purpose: None, data_touched: None,
            }, 1_782_900_000).await.unwrap();
        }
        tx.commit().await.unwrap();

        let offered = offered_registers(&page(&tolvan, "/me/log").await);
        let mut expected = demo.clone();
        expected.extend(["reg004".to_owned(), "reg005".to_owned()]);
        assert_eq!(offered, expected, "her registers and where a care unit read, in the registers' order");
        // A register seen only in her own looks is offered where its entry is shown.
        let own = page(&tolvan, "/me/log?who=own").await;
        assert!(table(&own).contains("Register reg006"), "named in its row");
        assert!(offered_registers(&own).contains(&"reg006".to_owned()), "and in the filter there");
        assert!(!offered_registers(&own).contains(&"reg007".to_owned()));
    }
}

/// The first entry by `actor` in the log of `personnummer`, in `register`.
async fn seq_of(app: &TestApp, personnummer: &str, actor: &str, register: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT MIN(e.seq) FROM access_events e JOIN patients p ON p.id = e.patient_id
         WHERE p.personnummer = $1 AND e.actor_kind = $2 AND e.register_code = $3",
    )
    .bind(personnummer.replace('-', ""))
    .bind(actor)
    .bind(register)
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

on_both_engines! {
    with_idp:
    async fn why_this_access_becomes_a_request_with_the_entry_attached(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let entry = seq_of(&app, TOLVAN, "care_unit", "qivf").await;
        let log = page(&tolvan, "/me/log").await;
        assert!(log.contains(&format!("/me/log/{entry}/why")), "each entry offers the question");

        let form = page(&tolvan, &format!("/me/log/{entry}/why")).await;
        assert!(form.contains("Fråga om en åtkomst") && form.contains("Reproduktionsmedicin"), "{form}");
        let empty = tolvan.submit(&format!("/me/log/{entry}/why"), &[("question", "Varför?")]).await;
        assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty.text().await.unwrap().contains("minst 10 tecken"));

        let asked = tolvan
            .submit(&format!("/me/log/{entry}/why"), &[("question", "Jag har aldrig varit på den mottagningen. Varför läste de?")])
            .await;
        assert_eq!(asked.status(), StatusCode::SEE_OTHER);
        let receipt_path = asked.headers()["location"].to_str().unwrap().to_owned();
        let reference = receipt_path.rsplit('/').next().unwrap().to_owned();
        let receipt = page(&tolvan, &receipt_path).await;
        assert!(receipt.contains("Fråga om en åtkomst") && receipt.contains("aldrig varit"), "{receipt}");
        assert!(receipt.contains(&format!("(nr {entry})")), "the entry is attached");

        // One open question an entry at a time: the form says where it is,
        // and a second post files nothing.
        let again = page(&tolvan, &format!("/me/log/{entry}/why")).await;
        assert!(again.contains("redan frågat om den här åtkomsten") && again.contains(&reference));
        let twice = tolvan.submit(&format!("/me/log/{entry}/why"), &[("question", "Jag frågar en gång till om samma sak.")]).await;
        assert_ne!(twice.status(), StatusCode::SEE_OTHER);
        assert!(twice.text().await.unwrap().contains(&reference));
        // Another entry of the same register is a question of its own.
        let other: i64 = sqlx::query_scalar(
            "SELECT MAX(e.seq) FROM access_events e JOIN patients p ON p.id = e.patient_id
             WHERE p.personnummer = $1 AND e.actor_kind = 'care_unit' AND e.register_code = 'qivf'",
        )
        .bind(TOLVAN.replace('-', ""))
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        assert_ne!(other, entry, "the demo has two care-unit entries in Tolvan's Q-IVF log");
        let second = tolvan
            .submit(&format!("/me/log/{other}/why"), &[("question", "Och varför läste de här gången?")])
            .await;
        assert_eq!(second.status(), StatusCode::SEE_OTHER);
        assert!(!second.headers()["location"].to_str().unwrap().ends_with(&reference));

        // The coordinator sees it in the queue and answers it; an answer is required.
        let coordinator = app.browser();
        coordinator.sign_in_staff(QIVF_COORDINATOR).await;
        let queue = page(&coordinator, "/staff/requests?kind=access_inquiry").await;
        assert!(queue.contains(&reference));
        let case = page(&coordinator, &format!("/staff/requests/{reference}")).await;
        assert!(case.contains("aldrig varit") && case.contains(&format!("(nr {entry})")));
        let unanswered = crate::cases::act(&coordinator, &reference, "complete", &[]).await;
        assert_eq!(unanswered.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(unanswered.text().await.unwrap().contains("Skriv svaret till patienten."));
        let answered = crate::cases::act(&coordinator, &reference, "complete",
            &[("note", "Mottagningen läste uppgifterna inför remissen från din vårdcentral.")]).await;
        assert_eq!(answered.status(), StatusCode::SEE_OTHER);
        let receipt = page(&tolvan, &receipt_path).await;
        assert!(receipt.contains("Klar") && receipt.contains("inför remissen"), "{receipt}");
    }

    async fn only_entries_others_made_in_ones_own_log_can_be_asked_about(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        page(&tolvan, "/me/registers/qivf").await;
        let own = seq_of(&app, TOLVAN, "patient", "qivf").await;
        let someone_elses = seq_of(&app, "19490819-9872", "care_unit", "riksstroke").await;
        let question = [("question", "Varför läste någon mina uppgifter?")];
        for seq in [own, someone_elses, 999_999_999] {
            assert_eq!(tolvan.get(&format!("/me/log/{seq}/why")).await.status(), StatusCode::NOT_FOUND, "{seq}");
            assert_eq!(tolvan.submit(&format!("/me/log/{seq}/why"), &question).await.status(), StatusCode::NOT_FOUND, "{seq}");
        }
        let entry = seq_of(&app, TOLVAN, "care_unit", "qivf").await;
        let forged = tolvan.client.post(format!("{}/me/log/{entry}/why", app.address))
            .form(&[("question", "Varför läste någon mina uppgifter?"), ("csrf", "guessed")]).send().await.unwrap();
        assert_eq!(forged.status(), StatusCode::FORBIDDEN, "no session form token, no request");
        let coordinator = app.browser();
        coordinator.sign_in_staff(QIVF_COORDINATOR).await;
        assert_eq!(coordinator.submit(&format!("/me/log/{entry}/why"), &question).await.status(), StatusCode::FORBIDDEN);
        let filed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests WHERE kind = 'access_inquiry'")
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(filed, 0);
    }
}

on_both_engines! {
    with_idp:
    async fn each_access_says_why_and_which_data_and_the_log_filters_by_purpose(app: TestApp) {
        let (_, token) = crate::ingest::token_for(&app, "qivf").await;
        let event = serde_json::json!({ "items": [{
            "id": "WHY-1", "personnummer": TOLVAN, "occurred_at": "2026-11-20T09:14:00Z",
            "care_unit": "SE2321000016-RM01", "kind": "read", "reason": "Kontroll inför årsrapport",
            "purpose": "data_quality",
            "data": [{ "record_type": "treatment_cycle", "fields": ["treatment", "cycle_start"] }],
        }] });
        let (status, body) = crate::ingest::post_json(&app, "/api/v1/registers/qivf/access-events", Some(&token), &event).await;
        assert_eq!(status, StatusCode::OK, "{body}");

        let tolvan = patient(&app, TOLVAN).await;
        let html = page(&tolvan, "/me/log").await;
        let first_row = table(&html).split("</tr>").next().unwrap();
        assert!(first_row.contains("Kontroll av uppgifterna"), "the purpose in words: {first_row}");
        assert!(first_row.contains("Behandlingscykel (Behandlingsstart, Behandling)"), "the data by name: {first_row}");
        assert!(html.contains("Uppföljning av vårdens kvalitet"), "the demo's accesses carry theirs");
        assert!(html.contains("Varför uppgifterna användes"), "each purpose explained");

        let filtered = page(&tolvan, "/me/log?purpose=data_quality").await;
        assert!(table(&filtered).contains("Kontroll inför årsrapport"));
        assert!(!table(&filtered).contains("Uppföljning av vårdens kvalitet"), "only that purpose");

        let json: Value = tolvan.get("/me/log.json?purpose=data_quality").await.json().await.unwrap();
        let entry = json["entries"].as_array().unwrap().iter().find(|e| e["reason"] == "Kontroll inför årsrapport").unwrap();
        assert_eq!(entry["purpose"], serde_json::json!({ "code": "data_quality", "hl7_purpose_of_use": "RECORDMGT" }));
        assert_eq!(entry["data"][0]["fields"], serde_json::json!(["Behandlingsstart", "Behandling"]), "in the definition's order");
        let copy: Value = tolvan.get("/me/export.json").await.json().await.unwrap();
        let logged = copy["access_log"].as_array().unwrap().iter().find(|e| e["reason"] == "Kontroll inför årsrapport").unwrap();
        assert_eq!(logged["purpose"]["hl7_purpose_of_use"], "RECORDMGT");
        assert_eq!(logged["data"][0]["record_type"], "treatment_cycle");
        let stored: i64 = sqlx::query_scalar("SELECT leaf_version FROM access_events WHERE source_event_id = 'WHY-1'")
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(stored, 4, "the leaf covers both");
    }
}
