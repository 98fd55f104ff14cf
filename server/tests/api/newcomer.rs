//! What a newcomer meets: the portal in seven languages (the first visit in
//! the browser's, right to left in Arabic and Persian, easy-read Swedish as
//! Swedish), *Mina ärenden* in the navigation, register names in the staff
//! queue, demo requests in every state, and the overview's dates.

use crate::{
    helpers::{TestApp, on_both_engines, spawn_app_with_idp},
    idp::Browser,
    staff_queue::file,
};
use insyn::{db::Engine, demo};
use reqwest::StatusCode;

const TOLVAN: &str = "19121212-1212";

async fn html(response: reqwest::Response) -> String {
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.unwrap()
}

/// The `<html …>` start tag of a page.
fn html_tag(page: &str) -> &str {
    let start = page.find("<html").expect("an html element");
    &page[start..start + page[start..].find('>').unwrap()]
}

#[tokio::test]
async fn the_first_visit_speaks_the_browsers_language_and_the_choice_is_remembered() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    for (accept, lang, dir) in [
        ("fi-FI,fi;q=0.9,en;q=0.8", "fi", "ltr"),
        ("ar-SE,ar;q=0.9", "ar", "rtl"),
        ("fa", "fa", "rtl"),
        ("so", "so", "ltr"),
        ("de-DE", "sv", "ltr"),
    ] {
        let page = app
            .client
            .get(format!("{}/registers", app.address))
            .header("accept-language", accept)
            .send()
            .await
            .unwrap();
        let page = html(page).await;
        let tag = html_tag(&page);
        assert!(tag.contains(&format!("lang=\"{lang}\"")), "{accept}: {tag}");
        assert_eq!(tag.contains("dir=\"rtl\""), dir == "rtl", "{accept}: {tag}");
    }
    // A chosen language wins over the browser's.
    let browser = app.browser();
    browser.get("/lang/lattlast?next=/").await;
    let page = browser
        .client
        .get(format!("{}/", app.address))
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap();
    let page = html(page).await;
    assert!(
        html_tag(&page).contains("lang=\"sv\""),
        "easy-read Swedish is Swedish"
    );
    assert!(page.contains("Lättläst svenska"));
}

#[tokio::test]
async fn every_language_is_offered_in_its_own_name_and_says_if_it_is_unreviewed() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let page = html(app.get("/").await).await;
    for name in [
        "Svenska",
        "Lättläst svenska",
        "English",
        "Suomi",
        "العربية",
        "Soomaali",
        "فارسی",
    ] {
        assert!(page.contains(name), "{name} in the switch");
    }
    assert!(!page.contains("class=\"lang-note\""), "Swedish is reviewed");
    let browser = app.browser();
    for code in ["fi", "ar", "so", "fa", "lattlast"] {
        browser.get(&format!("/lang/{code}?next=/")).await;
        let page = html(browser.get("/").await).await;
        assert!(
            page.contains("class=\"lang-note\""),
            "{code}: machine-assisted, said so"
        );
        if code != "lattlast" {
            assert!(
                !page.contains("Dina rättigheter"),
                "{code}: not the Swedish page"
            );
        }
    }
}

#[tokio::test]
async fn pages_travel_compressed_as_the_browser_accepts() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    for (accept, encoding) in [
        ("br, gzip", Some("br")),
        ("gzip", Some("gzip")),
        ("identity", None),
    ] {
        let response = app
            .client
            .get(format!("{}/registers", app.address))
            .header("accept-encoding", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            encoding,
            "{accept}"
        );
    }
}

#[tokio::test]
async fn a_patient_finds_mina_arenden_in_the_navigation() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let tolvan = app.browser();
    let page = tolvan.sign_in_patient(TOLVAN).await.text().await.unwrap();
    let nav = page
        .split("class=\"site-nav\"")
        .nth(1)
        .and_then(|rest| rest.split("</nav>").next())
        .expect("the navigation");
    assert!(nav.contains("href=\"/me/requests\""), "{nav}");
    assert!(nav.contains("Mina ärenden"));
    assert!(nav.contains("href=\"/me/log\""));
}

on_both_engines! {
    with_idp:
    async fn the_queue_names_registers_and_the_demo_has_a_request_in_every_state(app: TestApp) {
        assert_eq!(demo::seed_demo_requests(&app.db, &app.clock).await.unwrap(), 6);
        assert_eq!(
            demo::seed_demo_requests(&app.db, &app.clock).await.unwrap(),
            0,
            "seeding again adds nothing"
        );
        let tolvan = patient(&app).await;
        file(&tolvan, "qivf", "erasure", &[]).await;

        let staff = app.browser();
        staff.sign_in_staff("SE2321000016-1002").await;
        let queue = html(staff.get("/staff/requests").await).await;
        assert!(queue.contains("Nationellt kvalitetsregister för assisterad befruktning"));
        assert!(!queue.contains("<td>qivf</td>"), "the name, not the code");
        assert!(queue.contains("class=\"overdue\""), "one overdue");
        assert!(queue.contains("class=\"nearly-due\""), "one nearly due");
        let statuses: Vec<String> = sqlx::query_scalar("SELECT DISTINCT status FROM requests ORDER BY status")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
        assert_eq!(statuses, ["completed", "extended", "in_progress", "received", "rejected"]);
        let history: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM request_events")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        assert!(history >= 11, "each state has its history ({history})");
    }

    async fn notices_go_out_in_any_of_the_seven_languages(app: TestApp) {
        let tolvan = patient(&app).await;
        tolvan.get("/lang/fi?next=/me/requests").await;
        let saved = tolvan
            .submit("/me/requests", &[("email", "tolvan@example.se"), ("action", "save")])
            .await;
        assert_eq!(saved.headers()["location"], "/me/requests?email=saved");
        let (lang, subject): (String, String) =
            sqlx::query_as("SELECT lang, subject FROM outbox ORDER BY id DESC LIMIT 1")
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(lang, "fi");
        assert_eq!(subject, app::i18n::Lang::Fi.t("mail-confirm-subject"));
    }

    async fn the_streamed_copy_arrives_whole_when_compressed(app: TestApp) {
        let tolvan = patient(&app).await;
        for accept in ["gzip", "br", "identity"] {
            let copy = tolvan
                .client
                .get(format!("{}/me/export.json", app.address))
                .header("accept-encoding", accept)
                .send()
                .await
                .unwrap();
            assert_eq!(copy.status(), StatusCode::OK);
            let bytes = copy.bytes().await.expect("the whole copy, not a broken stream");
            assert!(bytes.len() > 1000, "{accept}: {} bytes", bytes.len());
        }
    }

    async fn the_overview_dates_the_records_not_the_seeding(app: TestApp) {
        let latest: String = sqlx::query_scalar(
            "SELECT MAX(r.recorded_on) FROM records r JOIN patients p ON p.id = r.patient_id
             WHERE p.personnummer = '191212121212' AND r.register_code = 'qivf'",
        )
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        let tolvan = patient(&app).await;
        let overview = html(tolvan.get("/me").await).await;
        assert!(overview.contains(&format!("senast ändrad {latest}")), "{latest}");
        let seeded = app.clock.today().to_string();
        assert!(!overview.contains(&format!("senast ändrad {seeded}")));
    }
}

async fn patient(app: &TestApp) -> Browser {
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    browser
}
