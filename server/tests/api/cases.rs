//! Staff acting on cases: take, extend once, complete (doing what was
//! asked, in one transaction), reject, lift a restriction — each a history
//! entry with who and when — and every refusal: a forged post, a patient or
//! the signed-out posting, staff outside their registers, a second action on
//! a decided case, a second extension.

use crate::{
    helpers::{TestApp, on_both_engines, spawn_app_with_idp},
    idp::Browser,
    staff_queue::file,
};
use insyn::db::Engine;
use reqwest::StatusCode;
use serde_json::Value;

const TOLVAN: &str = "19121212-1212";
const TOLVAN_STORED: &str = "191212121212";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";
const NDR_COORDINATOR: &str = "SE2321000016-1003";

pub async fn staff(app: &TestApp, hsa_id: &str) -> Browser {
    let browser = app.browser();
    browser.sign_in_staff(hsa_id).await;
    browser
}

async fn patient(app: &TestApp, personnummer: &str) -> Browser {
    let browser = app.browser();
    browser.sign_in_patient(personnummer).await;
    browser
}

/// Posts one of the case page's forms, as the page has it.
pub async fn act(
    browser: &Browser,
    reference: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = fields.to_vec();
    form.push(("action", action));
    browser
        .submit(&format!("/staff/requests/{reference}"), &form)
        .await
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

/// How many rows of `table` belong to Tolvan in `register`.
async fn tolvans(app: &TestApp, table: &str, register: &str) -> i64 {
    count(
        app,
        &format!(
            "SELECT COUNT(*) FROM {table} t JOIN patients p ON p.id = t.patient_id
         WHERE p.personnummer = '{TOLVAN_STORED}' AND t.register_code = '{register}'"
        ),
    )
    .await
}

async fn history(app: &TestApp, reference: &str) -> Vec<(String, String, Option<String>)> {
    sqlx::query_as(
        "SELECT e.status, e.actor, e.note FROM request_events e JOIN requests r ON r.id = e.request_id
         WHERE r.reference = $1 ORDER BY e.id",
    )
    .bind(reference)
    .fetch_all(app.db.pool())
    .await
    .unwrap()
}

on_both_engines! {
    with_idp:
    async fn an_erasure_leaves_no_record_of_the_patient_in_the_register(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let reference = file(&tolvan, "qivf", "erasure", &[("explanation", "Jag vill inte att mina IVF-uppgifter finns kvar.")]).await;
        assert!(tolvans(&app, "records", "qivf").await > 0);
        let ndr_before = tolvans(&app, "records", "ndr").await;
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        // A checkpoint of the access log before the erasure.
        let key_dir = tempfile::tempdir().unwrap();
        let key = insyn::access_log::checkpoint::LogKey::generate(&key_dir.path().join("log.key")).unwrap();
        let public_key = key.public_key();
        let checkpoint = insyn::access_log::Checkpointer::new(key).run_once(&app.db, &app.clock).await.unwrap().unwrap();
        let logged_before = tolvans(&app, "access_events", "qivf").await;
        assert!(logged_before > 0);

        let unconfirmed = act(&coordinator, &reference, "complete", &[]).await;
        assert_eq!(unconfirmed.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(unconfirmed.text().await.unwrap().contains("Jag har kontrollerat att det är rätt person"));
        assert!(tolvans(&app, "records", "qivf").await > 0, "nothing erased unconfirmed");

        let done = act(&coordinator, &reference, "complete", &[("confirm_erasure", "yes")]).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        assert_eq!(done.headers()["location"], format!("/staff/requests/{reference}"));

        assert_eq!(tolvans(&app, "records", "qivf").await, 0);
        assert_eq!(tolvans(&app, "registrations", "qivf").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM record_versions v LEFT JOIN records r ON r.id = v.record_id WHERE r.id IS NULL").await, 0, "no orphaned versions");
        assert_eq!(tolvans(&app, "opt_out_events", "qivf").await, 1);
        assert_eq!(tolvans(&app, "records", "ndr").await, ndr_before, "other registers untouched");
        let details: String = sqlx::query_scalar("SELECT details FROM requests WHERE reference = $1")
            .bind(&reference).fetch_one(app.db.pool()).await.unwrap();
        assert!(!details.contains("IVF"), "the request keeps only that it was done: {details}");

        // Tolvan sees the register marked avregistrerad and the data gone from the copy.
        let overview = tolvan.get("/me").await.text().await.unwrap();
        assert!(overview.contains("Avregistrerad"));
        let copy: Value = tolvan.get("/me/export.json").await.json().await.unwrap();
        let qivf: Vec<&Value> = copy["registers"].as_array().unwrap().iter().filter(|r| r["code"] == "qivf").collect();
        assert!(qivf.iter().all(|r| r["records"].as_array().is_none_or(|records| records.is_empty())), "{qivf:?}");
        assert!(!copy.to_string().contains("IVF-uppgifter"));
        let receipt = tolvan.get(&format!("/me/requests/{reference}")).await.text().await.unwrap();
        assert!(receipt.contains("Klar"));
        // And a later filing for qivf of the kinds that need a registration is refused.
        let again = tolvan.submit("/me/registers/qivf/request/correction", &[("problem", "Något är fel här."), ("confirm", "yes")]).await;
        assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);

        // The access log keeps who read the erased data (HSLF-FS 2016:40), and still verifies.
        assert!(tolvans(&app, "access_events", "qivf").await >= logged_before);
        let mut conn = app.db.pool().acquire().await.unwrap();
        let report = insyn::access_log::verify::verify(&mut conn, &[public_key], vec![checkpoint]).await.unwrap();
        assert_eq!(report.problem, None);
        assert_eq!(report.checkpoints_checked, 1);
    }

    async fn an_erasure_settles_the_open_requests_about_the_data_but_not_a_question_about_the_log(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let correction = file(&tolvan, "qivf", "correction", &[("problem", "Antalet återförda embryon är fel."), ("proposed", "1")]).await;
        let restriction = file(&tolvan, "qivf", "restriction", &[("ground", "accuracy")]).await;
        let in_ndr = file(&tolvan, "ndr", "restriction", &[("ground", "objection")]).await;
        let entry: i64 = count(&app, &format!(
            "SELECT MIN(e.seq) FROM access_events e JOIN patients p ON p.id = e.patient_id
             WHERE p.personnummer = '{TOLVAN_STORED}' AND e.actor_kind = 'care_unit' AND e.register_code = 'qivf'"
        )).await;
        let asked = tolvan.submit(&format!("/me/log/{entry}/why"), &[("question", "Varför läste mottagningen mina uppgifter?")]).await;
        assert_eq!(asked.status(), StatusCode::SEE_OTHER);
        let inquiry = asked.headers()["location"].to_str().unwrap().rsplit('/').next().unwrap().to_owned();
        let erasure = file(&tolvan, "qivf", "erasure", &[("explanation", "Jag vill inte finnas i registret.")]).await;

        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        let done = act(&coordinator, &erasure, "complete", &[("confirm_erasure", "yes")]).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);

        let status = |reference: String| {
            let db = app.db.clone();
            async move {
                sqlx::query_as::<_, (String, Option<String>, String)>(
                    "SELECT status, decision_reason, details FROM requests WHERE reference = $1",
                )
                .bind(reference)
                .fetch_one(db.pool())
                .await
                .unwrap()
            }
        };
        for settled in [&correction, &restriction] {
            let (state, reason, _) = status(settled.clone()).await;
            assert_eq!(state, "completed", "{settled}");
            assert!(reason.as_deref().is_some_and(|r| r.contains(&erasure)), "{reason:?}");
            let last = history(&app, settled).await.pop().unwrap();
            assert_eq!(last.0, "completed");
            assert_eq!(last.1, format!("staff:{QIVF_COORDINATOR}"), "by the coordinator who erased");
            let receipt = tolvan.get(&format!("/me/requests/{settled}")).await.text().await.unwrap();
            assert!(receipt.contains("Klar") && receipt.contains(&erasure), "the patient sees why");
        }
        // The question about the log stays open, with what was asked.
        let (state, _, details) = status(inquiry.clone()).await;
        assert_eq!(state, "received");
        assert!(details.contains("Varför läste mottagningen"), "{details}");
        let case = coordinator.get(&format!("/staff/requests/{inquiry}")).await.text().await.unwrap();
        assert!(case.contains("Varför läste mottagningen") && case.contains(&format!("(nr {entry})")));
        // Another register's request is not this erasure's business.
        assert_eq!(status(in_ndr).await.0, "received");
    }

    async fn every_action_lands_in_the_history_with_who_and_when(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let reference = file(&tolvan, "ndr", "restriction", &[("ground", "objection")]).await;
        let coordinator = staff(&app, NDR_COORDINATOR).await;
        assert_eq!(act(&coordinator, &reference, "take", &[]).await.status(), StatusCode::SEE_OTHER);
        let extended = act(&coordinator, &reference, "extend", &[("months", "2"), ("extension_reason", "Invändningen prövas av registrets styrgrupp.")]).await;
        assert_eq!(extended.status(), StatusCode::SEE_OTHER);
        let (due, extended_due): (String, String) = sqlx::query_as("SELECT due_on, extended_due_on FROM requests WHERE reference = $1")
            .bind(&reference).fetch_one(app.db.pool()).await.unwrap();
        let iso = time::macros::format_description!("[year]-[month]-[day]");
        let due = time::Date::parse(&due, iso).unwrap();
        assert_eq!(extended_due, app::requests::add_months(due, 2).to_string());

        let twice = act(&coordinator, &reference, "extend", &[("months", "1"), ("extension_reason", "Igen.")]).await;
        assert_eq!(twice.status(), StatusCode::UNPROCESSABLE_ENTITY, "an extension is allowed once");
        assert!(twice.text().await.unwrap().contains("Tiden har redan förlängts en gång."));

        let rejected = act(&coordinator, &reference, "reject", &[("rejection_reason", "Registret har tvingande berättigade skäl.")]).await;
        assert_eq!(rejected.status(), StatusCode::SEE_OTHER);
        let steps = history(&app, &reference).await;
        let who = format!("staff:{NDR_COORDINATOR}");
        assert_eq!(
            steps,
            vec![
                ("received".into(), "patient".into(), None),
                ("in_progress".into(), who.clone(), None),
                ("extended".into(), who.clone(), Some("Invändningen prövas av registrets styrgrupp.".into())),
                ("rejected".into(), who.clone(), Some("Registret har tvingande berättigade skäl.".into())),
            ]
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM request_events WHERE at <= 0").await, 0, "every step has its time");

        // Decided: no second action, and the place is free for a new request.
        for (action, fields) in [("complete", vec![]), ("reject", vec![("rejection_reason", "Igen.")]), ("take", vec![])] {
            let second = act(&coordinator, &reference, action, &fields).await;
            assert_eq!(second.status(), StatusCode::CONFLICT, "{action} on a decided case");
        }
        assert_eq!(history(&app, &reference).await.len(), 4);
        assert_eq!(tolvans(&app, "registrations", "ndr").await, 1);
        let restricted: i64 = count(&app, "SELECT COUNT(*) FROM registrations WHERE status = 'restricted'").await;
        assert_eq!(restricted, 0, "a rejected restriction restricts nothing");

        let receipt = tolvan.get(&format!("/me/requests/{reference}")).await.text().await.unwrap();
        for text in ["Avslagen", "Registret har tvingande berättigade skäl.", "Invändningen prövas av registrets styrgrupp.", "imy.se"] {
            assert!(receipt.contains(text), "the patient sees {text}");
        }
        file(&tolvan, "ndr", "restriction", &[("ground", "objection")]).await;
    }

    async fn a_correction_keeps_the_old_version_and_shows_it_was_corrected(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let reference = file(&tolvan, "qivf", "correction", &[("problem", "Antalet återförda embryon är fel."), ("proposed", "1")]).await;
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        let page = coordinator.get(&format!("/staff/requests/{reference}")).await.text().await.unwrap();
        // The first field of the first record offered for correction.
        let target = page.split("<select id=\"target\"").nth(1).unwrap()
            .split("<option value=\"").nth(2).unwrap()
            .split('"').next().unwrap().to_owned();
        let record_id: i64 = target.split(':').next().unwrap().parse().unwrap();
        let field_type: String = sqlx::query_scalar(
            "SELECT f.value_type FROM records r JOIN record_fields f
             ON f.register_code = r.register_code AND f.record_type = r.record_type AND f.code = $2 WHERE r.id = $1")
            .bind(record_id).bind(target.split(':').nth(1).unwrap())
            .fetch_one(app.db.pool()).await.unwrap();
        let (bad, good) = match field_type.as_str() {
            "date" => ("31 februari", "2024-02-29"),
            "integer" => ("två", "2"),
            "decimal" => ("mycket", "2,5"),
            "boolean" => ("kanske", "ja"),
            "code" => ("okänd-kod", ""),
            _ => ("", "Rättad text"),
        };
        if !bad.is_empty() {
            let refused = act(&coordinator, &reference, "complete", &[("target", &target), ("value", bad)]).await;
            assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field_type}: {bad}");
        }
        let good = if good.is_empty() {
            // A code field: a code the register defines.
            let options: String = sqlx::query_scalar("SELECT f.options FROM records r JOIN record_fields f ON f.register_code = r.register_code AND f.record_type = r.record_type AND f.code = $2 WHERE r.id = $1")
                .bind(record_id).bind(target.split(':').nth(1).unwrap()).fetch_one(app.db.pool()).await.unwrap();
            serde_json::from_str::<Value>(&options).unwrap()[0]["code"].as_str().unwrap().to_owned()
        } else {
            good.to_owned()
        };
        let done = act(&coordinator, &reference, "complete", &[("target", &target), ("value", &good), ("note", "Rättat enligt din journal.")]).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);

        let versions: Vec<(i64, String, Option<i64>)> = sqlx::query_as(
            "SELECT version, changed_by, request_id FROM record_versions WHERE record_id = $1 ORDER BY version")
            .bind(record_id).fetch_all(app.db.pool()).await.unwrap();
        assert_eq!(versions.len(), 2, "the old version stays");
        assert_eq!(versions[1].1, format!("staff:{QIVF_COORDINATOR}"));
        assert!(versions[1].2.is_some(), "the version names its request");
        let current: i64 = count(&app, &format!("SELECT version FROM records WHERE id = {record_id}")).await;
        assert_eq!(current, 2);
        let corrections: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM access_events WHERE access_kind = 'correction' AND actor_kind = 'register_staff' AND staff_hsa_id = $1 AND reason LIKE $2")
            .bind(QIVF_COORDINATOR).bind(format!("%{reference}%"))
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(corrections, 1, "the correction is in the patient's access log");

        let data = tolvan.get("/me/registers/qivf").await.text().await.unwrap();
        assert!(data.contains("Rättad "), "the patient sees that it was corrected");
        let receipt = tolvan.get(&format!("/me/requests/{reference}")).await.text().await.unwrap();
        assert!(receipt.contains("Rättat enligt din journal."));
    }

    async fn a_restriction_holds_until_staff_lift_it(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let reference = file(&tolvan, "qivf", "restriction", &[("ground", "accuracy")]).await;
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        let premature = act(&coordinator, &reference, "lift", &[("lift_reason", "För tidigt.")]).await;
        assert_eq!(premature.status(), StatusCode::CONFLICT, "nothing to lift before it is restricted");
        assert_eq!(act(&coordinator, &reference, "complete", &[]).await.status(), StatusCode::SEE_OTHER);
        let status: String = sqlx::query_scalar(
            "SELECT g.status FROM registrations g JOIN patients p ON p.id = g.patient_id
             WHERE p.personnummer = $1 AND g.register_code = 'qivf'")
            .bind(TOLVAN_STORED).fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(status, "restricted");
        assert!(tolvan.get("/me").await.text().await.unwrap().contains("behandlingen är begränsad"));

        assert_eq!(act(&coordinator, &reference, "lift", &[]).await.status(), StatusCode::UNPROCESSABLE_ENTITY, "a lift needs a reason");
        let lifted = act(&coordinator, &reference, "lift", &[("lift_reason", "Uppgifterna är kontrollerade och riktiga.")]).await;
        assert_eq!(lifted.status(), StatusCode::SEE_OTHER);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations WHERE status = 'restricted'").await, 0);
        assert_eq!(act(&coordinator, &reference, "lift", &[("lift_reason", "Igen.")]).await.status(), StatusCode::CONFLICT);
        let last = history(&app, &reference).await.pop().unwrap();
        assert_eq!(last.0, "restriction_lifted");
        let receipt = tolvan.get(&format!("/me/requests/{reference}")).await.text().await.unwrap();
        assert!(receipt.contains("Begränsningen hävdes") && receipt.contains("Uppgifterna är kontrollerade och riktiga."));
    }

    async fn an_opt_out_is_recorded_without_health_data(app: TestApp) {
        let nils = patient(&app, "19800101-9937").await;
        let reference = file(&nils, "qivf", "opt_out", &[]).await;
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        assert_eq!(act(&coordinator, &reference, "complete", &[]).await.status(), StatusCode::SEE_OTHER);
        let (patient, request): (i64, Option<i64>) = sqlx::query_as("SELECT patient_id, request_id FROM opt_out_events WHERE register_code = 'qivf' AND kind = 'registration' AND action = 'given'")
            .fetch_one(app.db.pool()).await.unwrap();
        assert!(request.is_some());
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM records WHERE patient_id = {patient}")).await, 0);
        assert!(nils.get("/me").await.text().await.unwrap().contains("Avregistrerad"));
    }

    async fn staff_outside_the_register_and_forged_posts_change_nothing(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let reference = file(&tolvan, "qivf", "erasure", &[]).await;
        let path = format!("/staff/requests/{reference}");
        let before = tolvans(&app, "records", "qivf").await;

        // Another register's coordinator: no such case, even with a valid token.
        let outsider = staff(&app, NDR_COORDINATOR).await;
        let outside = outsider.client.post(format!("{}{path}", app.address))
            .form(&[("action", "complete"), ("confirm_erasure", "yes"), ("csrf", &csrf_of_session(&outsider).await)])
            .send().await.unwrap();
        assert_eq!(outside.status(), StatusCode::NOT_FOUND);

        // The right coordinator without the session's token: a forgery.
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        let forged = coordinator.client.post(format!("{}{path}", app.address))
            .form(&[("action", "complete"), ("confirm_erasure", "yes"), ("csrf", "guessed")])
            .send().await.unwrap();
        assert_eq!(forged.status(), StatusCode::FORBIDDEN);
        let cross_site = coordinator.client.post(format!("{}{path}", app.address))
            .header("Sec-Fetch-Site", "cross-site")
            .form(&[("action", "complete"), ("confirm_erasure", "yes"), ("csrf", &csrf_of_session(&coordinator).await)])
            .send().await.unwrap();
        assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);

        // The patient, and the signed-out, cannot act on cases at all.
        let as_patient = tolvan.client.post(format!("{}{path}", app.address))
            .form(&[("action", "complete"), ("confirm_erasure", "yes")])
            .send().await.unwrap();
        assert_eq!(as_patient.status(), StatusCode::FORBIDDEN);
        let signed_out = app.browser().client.post(format!("{}{path}", app.address))
            .form(&[("action", "complete"), ("confirm_erasure", "yes")])
            .send().await.unwrap();
        assert_eq!(signed_out.status(), StatusCode::SEE_OTHER);
        assert_eq!(signed_out.headers()["location"], "/staff/login");

        assert_eq!(act(&coordinator, &reference, "delete-everything", &[]).await.status(), StatusCode::BAD_REQUEST);
        assert_eq!(tolvans(&app, "records", "qivf").await, before);
        assert_eq!(history(&app, &reference).await.len(), 1, "only the filing");
    }
}

/// The session's form token, from the staff start page.
async fn csrf_of_session(browser: &Browser) -> String {
    crate::idp::csrf_of(&browser.get("/staff/requests").await.text().await.unwrap())
}

#[tokio::test]
async fn the_case_page_offers_only_what_applies() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let tolvan = patient(&app, TOLVAN).await;
    let reference = file(&tolvan, "qivf", "erasure", &[]).await;
    let coordinator = staff(&app, QIVF_COORDINATOR).await;
    let path = format!("/staff/requests/{reference}");
    let page = coordinator.get(&path).await.text().await.unwrap();
    for action in ["take", "complete", "extend", "reject"] {
        assert!(
            page.contains(&format!("name=\"action\" value=\"{action}\"")),
            "{action} offered"
        );
    }
    assert!(!page.contains("value=\"lift\""));
    act(&coordinator, &reference, "take", &[]).await;
    act(
        &coordinator,
        &reference,
        "extend",
        &[
            ("months", "1"),
            ("extension_reason", "Många ärenden just nu."),
        ],
    )
    .await;
    let page = coordinator.get(&path).await.text().await.unwrap();
    assert!(!page.contains("value=\"take\"") && !page.contains("value=\"extend\""));
    assert!(page.contains("Handläggs, tiden förlängd"));
    act(
        &coordinator,
        &reference,
        "complete",
        &[("confirm_erasure", "yes")],
    )
    .await;
    let page = coordinator.get(&path).await.text().await.unwrap();
    assert!(
        !page.contains("name=\"action\""),
        "a decided case offers nothing"
    );
    assert!(page.contains("Klar"));
}

#[tokio::test]
async fn the_receipt_is_a_pdf_with_the_decision_for_its_patient_only() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let tolvan = patient(&app, TOLVAN).await;
    let reference = file(&tolvan, "ndr", "restriction", &[("ground", "legal_claims")]).await;
    let coordinator = staff(&app, NDR_COORDINATOR).await;
    act(
        &coordinator,
        &reference,
        "extend",
        &[
            ("months", "1"),
            ("extension_reason", "Väntar på underlag från kliniken."),
        ],
    )
    .await;
    act(
        &coordinator,
        &reference,
        "reject",
        &[(
            "rejection_reason",
            "Anspråket gäller inte registrets uppgifter.",
        )],
    )
    .await;
    let path = format!("/me/requests/{reference}/receipt.pdf");
    let response = tolvan.get(&path).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert_eq!(response.headers()["cache-control"], "no-store");
    let text = crate::copies::pdf_text(&response.bytes().await.unwrap());
    for expected in [
        "Kvitto: Begränsning av behandlingen",
        reference.as_str(),
        "Nationella Diabetesregistret",
        "Väntar på underlag från kliniken.",
        "Anspråket gäller inte registrets uppgifter.",
        "Integritetsskyddsmyndigheten",
        "sida 1 av 1",
    ] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
    let nils = patient(&app, "19800101-9937").await;
    assert_eq!(nils.get(&path).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(coordinator.get(&path).await.status(), StatusCode::FORBIDDEN);
    let anonymous = app.browser().get(&path).await;
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
}
