//! The signed-in patient's own data: the page of one register, the JSON copy
//! and the PDF register extract, each recorded in the access log; and the
//! refusals — signed out, staff, a register the patient is not in.

use crate::helpers::{TestApp, on_both_engines, spawn_app_with_idp};
use insyn::db::Engine;
use reqwest::StatusCode;
use serde_json::Value;

const TOLVAN: &str = "19121212-1212";

async fn own_accesses(app: &TestApp, kind: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_events WHERE actor_kind = 'patient' AND access_kind = $1",
    )
    .bind(kind)
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

/// Text of a PDF, by poppler's pdftotext (installed by scripts/bootstrap.sh --test).
pub fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("extract.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

on_both_engines! {
    with_idp:
    async fn tolvan_reads_her_q_ivf_data_in_plain_language_and_the_look_is_logged(app: TestApp) {
        let browser = app.browser();
        browser.sign_in_patient(TOLVAN).await;
        let page = browser.get("/me/registers/qivf").await;
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.unwrap();
        for text in ["Behandlingscykel", "Embryoåterföring", "Utfall", "Antal utplockade ägg", " st<", "rapporterad av", "Registerutdrag (PDF)"] {
            assert!(html.contains(text), "{text}");
        }
        assert!(html.find("Behandlingscykel").unwrap() < html.find("Embryoåterföring").unwrap(), "the register's order");
        assert_eq!(own_accesses(&app, "read").await, 1);
        let english = browser.get("/lang/en?next=/me/registers/qivf").await;
        let html = browser.follow(english).await.text().await.unwrap();
        assert!(html.contains("Treatment cycle") && html.contains("Oocytes retrieved"));
    }

    async fn the_json_copy_holds_everything_and_is_logged_before_it_is_sent(app: TestApp) {
        let browser = app.browser();
        browser.sign_in_patient(TOLVAN).await;
        let response = browser.get("/me/export.json").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "application/json");
        assert_eq!(response.headers()["cache-control"], "no-store");
        let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
        assert!(disposition.starts_with("attachment; filename=\"insyn-alla-register-"), "{disposition}");
        let copy: Value = response.json().await.unwrap();
        assert_eq!(copy["format"], "insyn.export/1");
        assert_eq!(copy["patient"]["personnummer"], "191212121212");
        let codes: Vec<&str> = copy["registers"].as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap()).collect();
        assert_eq!(codes, ["ndr", "qivf"]);
        let in_copy: usize = copy["registers"].as_array().unwrap().iter().map(|r| r["records"].as_array().unwrap().len()).sum();
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM records r JOIN patients p ON p.id = r.patient_id WHERE p.personnummer = '191212121212'")
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(in_copy as i64, stored);
        let field = &copy["registers"][1]["records"][0]["fields"][0];
        assert!(field["label"].is_string() && field["display"].is_string(), "{field}");
        // The copy's own log entries are in it, and its reference names one.
        let exports: Vec<&Value> = copy["access_log"].as_array().unwrap().iter().filter(|e| e["actor"] == "patient" && e["kind"] == "export").collect();
        assert_eq!(exports.len(), 2, "one per register");
        assert_eq!(copy["reference"], format!("insyn-logg-{}", exports[0]["seq"]));
        assert!(copy["access_log"].as_array().unwrap().iter().any(|e| e["actor"] == "care_unit"));
        assert_eq!(own_accesses(&app, "export").await, 2);
    }
}

#[tokio::test]
async fn a_copy_of_one_register_holds_only_that_register() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    let copy: Value = browser
        .get("/me/registers/qivf/export.json")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(copy["scope"], "qivf");
    assert_eq!(copy["registers"].as_array().unwrap().len(), 1);
    assert!(
        copy["access_log"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["register"] == "qivf")
    );
    for missing in [
        "/me/registers/riksstroke/export.json",
        "/me/registers/finns-inte/export.json",
        "/me/registers/riksstroke/extract.pdf",
    ] {
        assert_eq!(
            browser.get(missing).await.status(),
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}

#[tokio::test]
async fn the_pdf_extract_reads_back_with_swedish_letters_page_numbers_and_its_reference() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    let response = browser.get("/me/extract.pdf").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&bytes);
    for expected in [
        "Registerutdrag",
        "Tolvan Tolvansson",
        "19121212-1212",
        "Nationellt kvalitetsregister för assisterad befruktning",
        "Behandlingscykel",
        "Embryoåterföring",
        "Antal utplockade ägg",
        "Åtkomstlogg",
        "Du själv (insyn)",
        "Dina ärenden",
        "sida 1 av",
    ] {
        assert!(text.contains(expected), "{expected} missing from:\n{text}");
    }
    let seq: i64 = sqlx::query_scalar("SELECT MIN(seq) FROM access_events WHERE actor_kind = 'patient' AND access_kind = 'export'")
        .fetch_one(app.db.pool()).await.unwrap();
    assert!(
        text.contains(&format!("insyn-logg-{seq}")),
        "the reference ties the PDF to its log entry"
    );
}

#[tokio::test]
async fn nobody_but_the_patient_gets_a_copy_or_the_data_page() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let routes = [
        "/me/export.json",
        "/me/extract.pdf",
        "/me/registers/qivf/export.json",
        "/me/registers/qivf/extract.pdf",
        "/me/registers/qivf",
    ];
    let anonymous = app.browser();
    for route in routes {
        let response = anonymous.get(route).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{route}");
        assert!(
            response.headers()["location"]
                .to_str()
                .unwrap()
                .starts_with("/auth/login?next=/me"),
            "{route}"
        );
    }
    let staff = app.browser();
    staff.sign_in_staff("SE2321000016-1002").await;
    for route in routes {
        assert_eq!(
            staff.get(route).await.status(),
            StatusCode::FORBIDDEN,
            "{route}"
        );
    }
    assert_eq!(
        own_accesses(&app, "export").await + own_accesses(&app, "read").await,
        0,
        "nothing was read"
    );
}

#[tokio::test]
async fn a_person_registered_nowhere_sees_none_of_anyone_elses_data() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let nils = app.browser();
    nils.sign_in_patient("19800101-9937").await;
    let copy: Value = nils.get("/me/export.json").await.json().await.unwrap();
    assert_eq!(copy["patient"]["personnummer"], "198001019937");
    assert_eq!(copy["registers"], serde_json::json!([]));
    assert_eq!(copy["access_log"], serde_json::json!([]));
    let page = nils.get("/me/registers/qivf").await.text().await.unwrap();
    assert!(page.contains("Du är inte registrerad"));
    assert!(!page.contains("Behandlingscykel"));
    let text = pdf_text(&nils.get("/me/extract.pdf").await.bytes().await.unwrap());
    assert!(text.contains("Du är inte registrerad i något av registren"));
    assert!(!text.contains("Tolvan"));
}

#[tokio::test]
async fn an_arabic_reader_gets_the_extract_in_arabic_right_to_left() {
    use unicode_normalization::UnicodeNormalization;
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let gunilla = app.browser();
    gunilla.sign_in_patient("19510611-9828").await;
    gunilla.get("/lang/ar?next=/me").await;
    let pdf = gunilla.get("/me/extract.pdf").await.bytes().await.unwrap();
    let letters = |text: &str| -> String {
        let text: String = text
            .nfkc()
            .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{064B}'..='\u{0655}'))
            .collect();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let text = letters(&pdf_text(&pdf));
    let title = letters(&app::i18n::Lang::Ar.t("pdf-title"));
    assert!(
        text.contains(&title),
        "the Arabic title, in logical order: {title} in {text}"
    );
    assert!(
        text.contains("195106119828") || text.contains("19510611-9828"),
        "the personnummer left to right"
    );
}

#[tokio::test]
async fn the_export_schema_is_served_and_is_the_repositorys() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let response = app.get("/schema/export-v1.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    let schema: Value = response.json().await.unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let file: Value = serde_json::from_str(include_str!("../../../schema/export-v1.json")).unwrap();
    assert_eq!(schema, file);
}

#[tokio::test]
async fn the_server_functions_answer_only_the_patient_of_the_session() {
    use leptos::server_fn::ServerFn;
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let data = format!("{}{}", app.address, app::server_fns::MyRegisterData::PATH);
    let overview = format!("{}{}", app.address, app::server_fns::MyRegisters::PATH);
    let ask = |browser: &crate::idp::Browser| {
        let client = browser.client.clone();
        let (data, overview) = (data.clone(), overview.clone());
        async move {
            let one = client
                .post(&data)
                .form(&[("code", "qivf"), ("lang", "sv"), ("page", "1")])
                .send()
                .await
                .unwrap();
            let all = client
                .post(&overview)
                .form(&[("lang", "sv")])
                .send()
                .await
                .unwrap();
            (
                one.status(),
                one.text().await.unwrap(),
                all.status(),
                all.text().await.unwrap(),
            )
        }
    };
    let (status, body, status_all, body_all) = ask(&app.browser()).await;
    assert!(
        !status.is_success() && body.contains("SignInRequired"),
        "{status} {body}"
    );
    assert!(
        !status_all.is_success() && body_all.contains("SignInRequired"),
        "{status_all} {body_all}"
    );
    let staff = app.browser();
    staff.sign_in_staff("SE2321000016-1002").await;
    let (status, body, _, body_all) = ask(&staff).await;
    assert!(
        !status.is_success() && body.contains("Forbidden"),
        "{status} {body}"
    );
    assert!(body_all.contains("Forbidden"));
    let tolvan = app.browser();
    tolvan.sign_in_patient(TOLVAN).await;
    let (status, body, _, _) = ask(&tolvan).await;
    assert!(
        status.is_success() && body.contains("Behandlingscykel"),
        "{status}"
    );
}

#[tokio::test]
async fn a_corrected_record_says_so_and_when() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    let id: i64 = sqlx::query_scalar(
        "SELECT r.id FROM records r JOIN patients p ON p.id = r.patient_id
         WHERE p.personnummer = '191212121212' AND r.register_code = 'qivf' ORDER BY r.id LIMIT 1",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    let corrected_at = 1_767_225_600; // 2026-01-01
    sqlx::query("INSERT INTO record_versions (record_id, version, fields, changed_at, changed_by, change_reason)
                 SELECT record_id, 2, fields, $2, 'staff:SE2321000016-1001', 'rättelse' FROM record_versions WHERE record_id = $1 AND version = 1")
        .bind(id).bind(corrected_at).execute(app.db.pool()).await.unwrap();
    sqlx::query("UPDATE records SET version = 2, updated_at = $2 WHERE id = $1")
        .bind(id)
        .bind(corrected_at)
        .execute(app.db.pool())
        .await
        .unwrap();
    let html = browser
        .get("/me/registers/qivf")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Rättad 2026-01-01"),
        "the page says it was corrected, and when"
    );
    let copy: Value = browser
        .get("/me/registers/qivf/export.json")
        .await
        .json()
        .await
        .unwrap();
    let corrected: Vec<&Value> = copy["registers"][0]["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["corrected"] == true)
        .collect();
    assert_eq!(corrected.len(), 1);
    assert_eq!(corrected[0]["version"], 2);
}
