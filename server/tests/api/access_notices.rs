//! Notices on access: Tolvan turns them on, an access event posted through
//! the register API gets one mail, once, that names no register, unit or
//! person; their own looks never do; daily summaries come once a day; the
//! choice of registers and of "units that reported nothing" narrows them;
//! off stops them at once. Two passes at once write one mail. Refused: no
//! confirmed address, no register ticked, someone acting for another.

use crate::{
    acting::{IVF_CHILD, act_for, relation_of},
    helpers::{TestApp, count, on_both_engines, page, patient},
    ingest::{access, post_events, token_for},
};
use insyn::access_notices;
use reqwest::StatusCode;
use serde_json::json;

const TOLVAN: &str = "19121212-1212";
const ADDRESS: &str = "tolvan@example.se";

async fn confirm_address(app: &TestApp) {
    sqlx::query(
        "UPDATE patients SET email = $1, email_confirmed_at = 1, notice_lang = 'sv'
         WHERE personnummer = '191212121212'",
    )
    .bind(ADDRESS)
    .execute(app.db.pool())
    .await
    .unwrap();
}

/// The mails to Tolvan: subject, text and HTML.
async fn mails(app: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as(
        "SELECT subject, body_text, body_html FROM outbox WHERE recipient = $1 ORDER BY id",
    )
    .bind(ADDRESS)
    .fetch_all(app.db.pool())
    .await
    .unwrap()
}

async fn pass(app: &TestApp) -> usize {
    access_notices::pass(&app.db, &app.clock, &app.address)
        .await
        .unwrap()
}

/// Posts one access event for Tolvan to Q-IVF by `unit`.
async fn accessed(app: &TestApp, id: &str, unit: &str) {
    let (_, token) = token_for(app, "qivf").await;
    let mut event = access(id, "read");
    event["care_unit"] = json!(unit);
    let (status, body) = post_events(app, &token, &json!({ "items": [event] })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

/// Every word a notice must not carry: the registers' names and codes, the
/// care units' names and HSA-ids, the person's name and number.
async fn secrets(app: &TestApp) -> Vec<String> {
    let mut words: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM care_units UNION SELECT hsa_id FROM care_units
         UNION SELECT code FROM registers UNION SELECT short_name FROM registers",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    words.extend(
        [
            "Tolvan",
            "Tolvansson",
            "191212121212",
            "19121212-1212",
            "121212-1212",
        ]
        .map(String::from),
    );
    words
}

on_both_engines! {
    with_idp:
    async fn a_notice_tells_of_others_accesses_once_and_names_nothing(app: TestApp) {
        confirm_address(&app).await;
        let tolvan = patient(&app, TOLVAN).await;
        let (status, form) = page(&tolvan, "/me/log/notices").await;
        assert_eq!(status, StatusCode::OK);
        assert!(form.contains("Slå på notiser") && !form.contains(ADDRESS), "off: {form}");
        let saved = tolvan.submit("/me/log/notices", &[("action", "save"), ("scope", "all"), ("cadence", "at_once")]).await;
        assert_eq!(saved.headers()["location"], "/me/log/notices?done=saved");
        assert!(page(&tolvan, "/me/log/notices").await.1.contains(&format!("går till {ADDRESS}")));

        // The log as it was when they turned notices on is never told, nor their own looks.
        page(&tolvan, "/me/log").await;
        page(&tolvan, "/me/registers/qivf").await;
        assert_eq!(pass(&app).await, 0);
        assert!(mails(&app).await.is_empty());

        accessed(&app, "N-1", "SE2321000016-RM01").await;
        accessed(&app, "N-2", "SE2321000131-RM02").await;
        assert_eq!(pass(&app).await, 1, "one mail for the entries found in one pass");
        assert_eq!(pass(&app).await, 0, "and never again");
        let all = mails(&app).await;
        assert_eq!(all.len(), 1);
        let (subject, text, html) = &all[0];
        assert_eq!(subject, "Ny rad i din åtkomstlogg");
        assert!(text.contains("Det finns 2 nya rader i din åtkomstlogg") && text.contains("/me/log"), "{text}");
        for secret in secrets(&app).await {
            for part in [subject, text, html] {
                assert!(!part.contains(&secret), "{secret:?} in the mail: {part}");
            }
        }
        // What the mail points to shows the entries, with purpose and data.
        let log = page(&tolvan, "/me/log").await.1;
        assert!(log.contains("Uppföljning inför ny behandling"), "{log}");

        // Daily: found now, told in the day's one summary.
        let daily = tolvan.submit("/me/log/notices", &[("action", "save"), ("scope", "all"), ("cadence", "daily")]).await;
        assert_eq!(daily.status(), StatusCode::SEE_OTHER);
        accessed(&app, "N-3", "SE2321000016-RM01").await;
        assert_eq!(pass(&app).await, 0);
        assert_eq!(access_notices::summaries(&app.db, &app.clock, &app.address).await.unwrap(), 1);
        assert_eq!(access_notices::summaries(&app.db, &app.clock, &app.address).await.unwrap(), 0, "once a day");
        let summary = mails(&app).await.pop().unwrap().1;
        assert!(summary.contains("Sedan förra sammanfattningen har en ny rad"), "{summary}");

        // Off stops them at once, a summary on its way included.
        accessed(&app, "N-4", "SE2321000016-RM01").await;
        assert_eq!(pass(&app).await, 0);
        let off = tolvan.submit("/me/log/notices", &[("action", "stop")]).await;
        assert_eq!(off.headers()["location"], "/me/log/notices?done=stopped");
        app.clock.advance(24 * 3600);
        accessed(&app, "N-5", "SE2321000016-RM01").await;
        assert_eq!(pass(&app).await, 0);
        assert_eq!(access_notices::summaries(&app.db, &app.clock, &app.address).await.unwrap(), 0);
        assert_eq!(mails(&app).await.len(), 2);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_notices").await, 0);
    }

    async fn notices_narrow_to_registers_and_to_units_that_reported_nothing(app: TestApp) {
        confirm_address(&app).await;
        let tolvan = patient(&app, TOLVAN).await;
        let other = tolvan.submit("/me/log/notices", &[
            ("action", "save"), ("scope", "some"), ("register-ndr", "on"), ("cadence", "at_once"),
        ]).await;
        assert_eq!(other.status(), StatusCode::SEE_OTHER);
        accessed(&app, "U-1", "SE2321000016-RM01").await;
        assert_eq!(pass(&app).await, 0, "Q-IVF was not chosen");

        let reporting: String = sqlx::query_scalar(
            "SELECT MIN(r.care_unit) FROM records r JOIN patients p ON p.id = r.patient_id
             WHERE p.personnummer = '191212121212' AND r.register_code = 'qivf'",
        ).fetch_one(app.db.pool()).await.unwrap();
        let unrelated: String = sqlx::query_scalar(
            "SELECT MIN(u.hsa_id) FROM care_units u WHERE NOT EXISTS (
                 SELECT 1 FROM records r JOIN patients p ON p.id = r.patient_id
                 WHERE p.personnummer = '191212121212' AND r.register_code = 'qivf' AND r.care_unit = u.hsa_id)",
        ).fetch_one(app.db.pool()).await.unwrap();
        let narrowed = tolvan.submit("/me/log/notices", &[
            ("action", "save"), ("scope", "some"), ("register-qivf", "on"), ("cadence", "at_once"), ("only_unrelated", "on"),
        ]).await;
        assert_eq!(narrowed.status(), StatusCode::SEE_OTHER);
        accessed(&app, "U-2", &reporting).await;
        assert_eq!(pass(&app).await, 0, "a unit that reported about them");
        accessed(&app, "U-3", &unrelated).await;
        assert_eq!(pass(&app).await, 1, "a unit that reported nothing");
        assert!(mails(&app).await[0].1.contains("Det finns en ny rad"));
    }

    async fn two_passes_at_once_write_one_mail(app: TestApp) {
        confirm_address(&app).await;
        let tolvan = patient(&app, TOLVAN).await;
        tolvan.submit("/me/log/notices", &[("action", "save"), ("scope", "all"), ("cadence", "at_once")]).await;
        for i in 0..5 {
            accessed(&app, &format!("C-{i}"), "SE2321000016-RM01").await;
        }
        let (a, b) = tokio::join!(pass(&app), pass(&app));
        assert_eq!(a + b, 1);
        assert_eq!(mails(&app).await.len(), 1);
        assert!(mails(&app).await[0].1.contains("Det finns 5 nya rader"));
    }

    async fn notices_are_refused_without_an_address_a_register_or_for_someone_else(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let (_, page_text) = page(&tolvan, "/me/log/notices").await;
        assert!(page_text.contains("e-postadress som du har bekräftat"), "{page_text}");
        let without = tolvan.submit_to("/me/log", "/me/log/notices", &[("action", "save"), ("scope", "all"), ("cadence", "at_once")]).await;
        assert_eq!(without.status(), StatusCode::BAD_REQUEST, "no confirmed address");

        confirm_address(&app).await;
        let none_ticked = tolvan.submit("/me/log/notices", &[("action", "save"), ("scope", "some"), ("cadence", "daily")]).await;
        assert_eq!(none_ticked.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(none_ticked.text().await.unwrap().contains("Kryssa i minst ett register"));
        let unknown = tolvan.submit("/me/log/notices", &[("action", "save"), ("scope", "some"), ("register-nope", "on"), ("cadence", "daily")]).await;
        assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
        let hourly = tolvan.submit("/me/log/notices", &[("action", "save"), ("scope", "all"), ("cadence", "hourly")]).await;
        assert_eq!(hourly.status(), StatusCode::BAD_REQUEST);

        act_for(&tolvan, relation_of(&app, "guardian", IVF_CHILD).await).await;
        let (_, acting) = page(&tolvan, "/me/log/notices").await;
        assert!(acting.contains("sluta företräda någon annan först") || acting.contains("Sluta företräda någon annan först"), "{acting}");
        let for_child = tolvan.submit_to("/me/log", "/me/log/notices", &[("action", "save"), ("scope", "all"), ("cadence", "at_once")]).await;
        assert_eq!(for_child.status(), StatusCode::FORBIDDEN);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_notices").await, 0, "nothing stored");
    }
}
