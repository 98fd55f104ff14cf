//! Filing rights requests as a patient: the forms, their messages, the
//! receipt and "Mina ärenden"; and every refusal — a second open request,
//! a forged or cross-site post, a kind that does not apply, someone else's
//! request, staff and the signed-out.

use crate::{
    helpers::{TestApp, on_both_engines, spawn_app_with_idp},
    idp::csrf_of,
};
use insyn::db::Engine;
use reqwest::StatusCode;

const TOLVAN: &str = "19121212-1212";

async fn request_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM requests")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

on_both_engines! {
    with_idp:
    async fn a_correction_is_filed_with_a_receipt_and_the_legal_clock(app: TestApp) {
        let browser = app.browser();
        browser.sign_in_patient(TOLVAN).await;
        let filed = browser.submit("/me/registers/qivf/request/correction", &[
            ("record", "missing"), ("field", "Antal återförda embryon"),
            ("problem", "Min andra återföring 2024 saknas helt."), ("proposed", "2"), ("confirm", "yes"),
        ]).await;
        assert_eq!(filed.status(), StatusCode::SEE_OTHER);
        let receipt_path = filed.headers()["location"].to_str().unwrap().to_owned();
        assert!(receipt_path.starts_with("/me/requests/INS-"), "{receipt_path}");
        let receipt = browser.get(&receipt_path).await;
        assert_eq!(receipt.status(), StatusCode::OK);
        let html = receipt.text().await.unwrap();
        let reference = receipt_path.trim_start_matches("/me/requests/");
        let due = app::requests::due_on(app.clock.today()).to_string();
        for text in [reference, "Rättelse eller komplettering", "Mottagen", due.as_str(), "dagar kvar", "Min andra återföring 2024 saknas helt."] {
            assert!(html.contains(text), "{text}");
        }
        let list = browser.get("/me/requests").await.text().await.unwrap();
        assert!(list.contains(reference));
        let (status, events): (String, i64) = sqlx::query_as(
            "SELECT r.status, (SELECT COUNT(*) FROM request_events e WHERE e.request_id = r.id) FROM requests r")
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!((status.as_str(), events), ("received", 1));
    }

    async fn a_second_open_request_of_the_same_kind_is_refused_with_a_pointer_to_the_first(app: TestApp) {
        let browser = app.browser();
        browser.sign_in_patient(TOLVAN).await;
        let fields = [("ground", "accuracy"), ("confirm", "yes")];
        let first = browser.submit("/me/registers/qivf/request/restriction", &fields).await;
        assert_eq!(first.status(), StatusCode::SEE_OTHER);
        let reference = first.headers()["location"].to_str().unwrap().trim_start_matches("/me/requests/").to_owned();
        // The page says so before anything is typed…
        let page = browser.get("/me/registers/qivf/request/restriction").await.text().await.unwrap();
        assert!(page.contains("Du har redan ett öppet ärende") && page.contains(&reference));
        // …and a post anyway (from an old tab) files nothing.
        let csrf = csrf_of(&browser.get("/me/registers/qivf/request/correction").await.text().await.unwrap());
        let again = browser.client.post(format!("{}/me/registers/qivf/request/restriction", app.address))
            .form(&[("ground", "accuracy"), ("confirm", "yes"), ("csrf", csrf.as_str())]).send().await.unwrap();
        assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(again.text().await.unwrap().contains(&reference));
        assert_eq!(request_count(&app).await, 1);
    }
}

#[tokio::test]
async fn a_form_with_mistakes_comes_back_with_messages_and_what_was_typed() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    let response = browser
        .submit(
            "/me/registers/qivf/request/correction",
            &[("field", "Behandlingsstart"), ("problem", "fel")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("Kryssa i rutan för att bekräfta din begäran."));
    assert!(html.contains("Beskriv lite utförligare, minst 10 tecken."));
    assert!(
        html.contains("value=\"Behandlingsstart\""),
        "what was typed is kept"
    );
    assert!(html.contains("aria-invalid=\"true\""));
    assert_eq!(request_count(&app).await, 0);
}

#[tokio::test]
async fn forged_and_cross_site_posts_file_nothing() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    let url = format!("{}/me/registers/qivf/request/erasure", app.address);
    let forged = browser
        .client
        .post(&url)
        .form(&[("confirm", "yes"), ("csrf", "guessed")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let csrf = csrf_of(
        &browser
            .get("/me/registers/qivf/request/erasure")
            .await
            .text()
            .await
            .unwrap(),
    );
    let cross_site = browser
        .client
        .post(&url)
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[("confirm", "yes"), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(request_count(&app).await, 0);
}

#[tokio::test]
async fn opt_out_is_for_registers_the_patient_is_not_in() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    let refused = browser
        .submit("/me/registers/qivf/request/opt_out", &[("confirm", "yes")])
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("begär radering och avregistrering i stället")
    );
    let filed = browser
        .submit(
            "/me/registers/riksstroke/request/opt_out",
            &[("confirm", "yes")],
        )
        .await;
    assert_eq!(filed.status(), StatusCode::SEE_OTHER);
    let correction_elsewhere = browser
        .submit(
            "/me/registers/riksstroke/request/correction",
            &[("problem", "Något är fel här."), ("confirm", "yes")],
        )
        .await;
    assert_eq!(
        correction_elsewhere.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "nothing to correct where not registered"
    );
    assert_eq!(request_count(&app).await, 1);
    let overview = browser.get("/me").await.text().await.unwrap();
    assert!(
        overview.contains("/me/registers/riksstroke/request/opt_out")
            || overview.contains("Jag vill inte registreras")
    );
}

#[tokio::test]
async fn nobody_else_sees_a_patients_request_or_files_one_for_them() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let tolvan = app.browser();
    tolvan.sign_in_patient(TOLVAN).await;
    let filed = tolvan
        .submit("/me/registers/ndr/request/erasure", &[("confirm", "yes")])
        .await;
    let receipt = filed.headers()["location"].to_str().unwrap().to_owned();

    let nils = app.browser();
    nils.sign_in_patient("19800101-9937").await;
    assert_eq!(
        nils.get(&receipt).await.status(),
        StatusCode::NOT_FOUND,
        "another patient's reference is unknown"
    );
    assert!(
        !nils
            .get("/me/requests")
            .await
            .text()
            .await
            .unwrap()
            .contains(receipt.trim_start_matches("/me/requests/"))
    );

    let staff = app.browser();
    staff.sign_in_staff("SE2321000016-1002").await;
    assert_eq!(staff.get(&receipt).await.status(), StatusCode::FORBIDDEN);
    let staff_post = staff
        .client
        .post(format!("{}/me/registers/qivf/request/erasure", app.address))
        .form(&[("confirm", "yes"), ("csrf", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(staff_post.status(), StatusCode::FORBIDDEN);

    let anonymous = app.browser();
    assert_eq!(
        anonymous.get(&receipt).await.status(),
        StatusCode::SEE_OTHER
    );
    let post = anonymous
        .client
        .post(format!("{}/me/registers/qivf/request/erasure", app.address))
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), StatusCode::SEE_OTHER);
    assert_eq!(request_count(&app).await, 1);
}

#[tokio::test]
async fn an_opted_out_register_is_marked_avregistrerad() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let nils = app.browser();
    nils.sign_in_patient("19800101-9937").await;
    sqlx::query(
        "INSERT INTO opt_out_events (patient_id, kind, register_code, action, at, channel, identity_check)
                 SELECT id, 'registration', 'qivf', 'given', 0, 'request', 'e_id' FROM patients WHERE personnummer = '198001019937'",
    )
    .execute(app.db.pool())
    .await
    .unwrap();
    let overview = nils.get("/me").await.text().await.unwrap();
    assert!(overview.contains("Avregistrerad"));
    let page = nils.get("/me/registers/qivf").await.text().await.unwrap();
    assert!(page.contains("Avregistrerad"));
    let form = nils
        .get("/me/registers/qivf/request/opt_out")
        .await
        .text()
        .await
        .unwrap();
    assert!(form.contains("Du är avregistrerad från det här registret."));
}
