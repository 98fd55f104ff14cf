//! Every patient and staff form, posted with hostile values in each field:
//! empty, oversized (one field of 1 MB), malformed, markup, SQL, control
//! characters, a right-to-left override and 4-byte characters. Whatever the
//! value, the answer is never a server error, markup comes back escaped,
//! a form refused stores nothing, and text that is stored is the text sent.

use crate::{
    helpers::{TestApp, on_both_engines},
    idp::{Browser, csrf_of},
};
use reqwest::StatusCode;

const TOLVAN: &str = "19121212-1212";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";
const SCRIPT: &str = "<script>alert(1)</script>";

/// The values every field gets in turn.
fn hostile() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        ("spaces", "   \t ".into()),
        (
            "markup",
            format!("{SCRIPT}<img src=x onerror=alert(2)>\"'&"),
        ),
        ("sql", "'; DROP TABLE patients; -- \" OR 1=1".into()),
        ("control", "a\u{0}b\u{1b}[31mc\u{7}\r\n".into()),
        ("bidi", "abc\u{202E}gnp.exe\u{202C}".into()),
        ("astral", "😀𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u{10FFFF}".into()),
        ("malformed", "%zz%%\u{FFFD}".into()),
        ("long line", "x".repeat(5_000)),
        ("one megabyte", "y".repeat(1_000_000)),
    ]
}

/// Counts of the rows a form could write.
async fn rows(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in [
        "requests",
        "relations",
        "outbox",
        "opt_out_events",
        "access_reviews",
        "audit_trail",
        "staff",
        "api_tokens",
        "care_units",
        "access_notices",
        "access_notice_registers",
    ] {
        counts.push(
            sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(app.db.pool())
                .await
                .unwrap(),
        );
    }
    counts
}

/// Posts `fields` to `path` with the session's form token; the status and
/// the body.
async fn post(
    browser: &Browser,
    token_page: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> (StatusCode, String) {
    let csrf = csrf_of(&browser.get(token_page).await.text().await.unwrap());
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    form.push(("csrf", &csrf));
    let response = browser
        .client
        .post(format!("{}{path}", browser.app))
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.text().await.unwrap_or_default())
}

/// Each field of `fields` in turn given each hostile value (the others kept
/// valid): never a 5xx, never markup unescaped; a refusal stores nothing.
async fn every_field(
    app: &TestApp,
    browser: &Browser,
    token_page: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> usize {
    let mut stored = 0;
    for (i, (field, _)) in fields.iter().enumerate() {
        for (what, value) in hostile() {
            let mut sent: Vec<(&str, &str)> = fields.to_vec();
            sent[i] = (field, value.as_str());
            let before = rows(app).await;
            let (status, body) = post(browser, token_page, path, &sent).await;
            assert!(!status.is_server_error(), "{path} {field}={what}: {status}");
            assert!(
                !body.contains(SCRIPT),
                "{path} {field}={what}: markup reflected unescaped"
            );
            if what == "control" {
                assert_eq!(
                    status,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "{path} {field}: control characters"
                );
                // Where the form is shown again (not replaced by its open
                // request's notice), its summary says why.
                if body.contains("error-summary") {
                    assert!(
                        body.contains("osynliga styrtecken"),
                        "{path} {field}: the form says why"
                    );
                }
            }
            if status.is_client_error() {
                assert_eq!(
                    rows(app).await,
                    before,
                    "{path} {field}={what}: refused, yet stored"
                );
            } else {
                stored += 1;
            }
        }
    }
    stored
}

on_both_engines! {
    with_idp:
    async fn a_patients_forms_survive_hostile_values(app: TestApp) {
        let tolvan = app.browser();
        tolvan.sign_in_patient(TOLVAN).await;
        let correction = "/me/registers/qivf/request/correction";
        every_field(&app, &tolvan, correction, correction, &[
            ("record", "missing"), ("field", "Datum"), ("problem", "En återföring saknas i registret."),
            ("proposed", "2"), ("confirm", "yes"),
        ]).await;
        let restriction = "/me/registers/ndr/request/restriction";
        every_field(&app, &tolvan, restriction, restriction, &[
            ("ground", "accuracy"), ("explanation", "Uppgifterna är fel."), ("confirm", "yes"),
        ]).await;
        every_field(&app, &tolvan, "/me/requests", "/me/requests", &[("email", "tolvan@example.se")]).await;
        let until = (app.clock.today() + time::Duration::days(60)).to_string();
        every_field(&app, &tolvan, "/me/proxies", "/me/proxies", &[
            ("personnummer", "19800101-9937"), ("scope", "read"), ("reach", "all"), ("until", until.as_str()),
        ]).await;
        every_field(&app, &tolvan, "/me", "/me/acting", &[("relation", "self"), ("next", "/me")]).await;
        sqlx::query("UPDATE patients SET email = 'tolvan@example.se', email_confirmed_at = 1 WHERE personnummer = '191212121212'")
            .execute(app.db.pool()).await.unwrap();
        every_field(&app, &tolvan, "/me/log/notices", "/me/log/notices", &[
            ("action", "save"), ("scope", "some"), ("register-qivf", "on"), ("cadence", "daily"), ("only_unrelated", "on"),
        ]).await;

        let (status, page) = post(&tolvan, "/me/proxies", "/me/proxies", &[("personnummer", "1962\u{0}1008-9899")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("osynliga styrtecken"), "the form says why, next to the field");

        // Text that is stored is the text sent, and pages show it escaped.
        let markup = hostile().into_iter().find(|(w, _)| *w == "markup").unwrap().1;
        let filed = tolvan.submit("/me/registers/ndr/request/erasure", &[
            ("explanation", markup.as_str()), ("confirm", "yes"),
        ]).await;
        assert_eq!(filed.status(), StatusCode::SEE_OTHER);
        let receipt_path = filed.headers()["location"].to_str().unwrap().to_owned();
        let receipt = tolvan.get(&receipt_path).await.text().await.unwrap();
        assert!(!receipt.contains(SCRIPT) && receipt.contains("&lt;script&gt;"), "shown escaped");
        let details: String = sqlx::query_scalar("SELECT details FROM requests WHERE reference = $1")
            .bind(receipt_path.trim_start_matches("/me/requests/"))
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        let stored: serde_json::Value = serde_json::from_str(&details).unwrap();
        assert_eq!(stored["explanation"], serde_json::Value::String(markup.trim().to_owned()), "stored as sent");
    }

    async fn a_staff_members_forms_survive_hostile_values(app: TestApp) {
        let tolvan = app.browser();
        tolvan.sign_in_patient(TOLVAN).await;
        let filed = tolvan.submit("/me/registers/qivf/request/erasure", &[("confirm", "yes")]).await;
        let case = filed.headers()["location"].to_str().unwrap().replace("/me/requests/", "/staff/requests/");
        let kim = app.browser();
        kim.sign_in_staff(QIVF_COORDINATOR).await;
        every_field(&app, &kim, &case, &case, &[("action", "extend"), ("months", "2"), ("extension_reason", "Många ärenden")]).await;
        every_field(&app, &kim, &case, &case, &[("action", "reject"), ("reason", "Uppgifterna behövs för vården.")]).await;
        let alex = app.browser();
        alex.sign_in_staff("SE2321000016-1002").await;
        every_field(&app, &alex, "/staff/representatives", "/staff/representatives", &[
            ("represented", "19510611-9828"), ("representative", "19750120-9873"), ("reference", "ÖFN 2026-1"),
            ("scope", "file"), ("register-ndr", "on"), ("from", "2026-01-01"), ("until", "2027-12-31"),
        ]).await;
        let sanna = app.browser();
        sanna.sign_in_staff("SE2321000131-2001").await;
        every_field(&app, &sanna, "/staff/opt-outs", "/staff/opt-outs", &[
            ("personnummer", "19700505-9808"), ("register", "qivf"), ("kind", "research"), ("channel", "paper"),
            ("paper_reference", "NEJ-2026-17"), ("identity_check", "signed_form"), ("care_unit", "SE2321000131-RM02"),
        ]).await;
        let seq: i64 = sqlx::query_scalar("SELECT MIN(seq) FROM access_events WHERE register_code = 'qivf'")
            .fetch_one(app.db.pool()).await.unwrap();
        let seq = seq.to_string();
        every_field(&app, &kim, "/staff/log-review", "/staff/log-review?register=qivf", &[
            ("seq", seq.as_str()), ("register", "qivf"), ("note", "Kontrollerat med enheten."),
        ]).await;
        let ada = app.browser();
        ada.sign_in_staff("SE2321000016-9001").await;
        every_field(&app, &ada, "/admin/staff", "/admin/staff", &[
            ("hsa_id", "SE2321000131-2009"), ("name", "Nora Nilsson"), ("email", "nora@example.se"),
            ("role", "clinic"), ("register-qivf", "on"), ("unit-SE2321000131-RM02", "on"), ("active", "on"),
        ]).await;
        every_field(&app, &ada, "/admin/tokens", "/admin/tokens", &[("register", "qivf"), ("label", "Testsystem")]).await;
        every_field(&app, &ada, "/admin/care-units", "/admin/care-units", &[
            ("hsa_id", "SE2321000131-RM09"), ("name", "Reproduktionsmedicin, Borås"),
        ]).await;
    }
}
