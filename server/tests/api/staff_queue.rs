//! The staff queue and a case: each coordinator sees the requests of their
//! own registers only, by due date, marked when overdue, filterable, paged
//! by cursor; opening a case shows the patient's data in that register and
//! records the look in the patient's access log — and outside the scope
//! there is nothing to open.

use crate::{
    helpers::{TestApp, on_both_engines, spawn_app_with_idp},
    idp::Browser,
};
use insyn::db::Engine;
use reqwest::StatusCode;

const TOLVAN: &str = "19121212-1212";

/// Files a request of `kind` in `register` as the signed-in patient; its reference.
pub async fn file(
    browser: &Browser,
    register: &str,
    kind: &str,
    fields: &[(&str, &str)],
) -> String {
    let mut form = fields.to_vec();
    form.push(("confirm", "yes"));
    let path = format!("/me/registers/{register}/request/{kind}");
    let response = browser.submit(&path, &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
    response.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/me/requests/")
        .to_owned()
}

async fn staff_accesses(app: &TestApp) -> Vec<(Option<String>, Option<String>)> {
    sqlx::query_as(
        "SELECT staff_hsa_id, reason FROM access_events WHERE actor_kind = 'register_staff'",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap()
}

on_both_engines! {
    with_idp:
    async fn each_coordinator_sees_only_their_registers_requests(app: TestApp) {
        let tolvan = app.browser();
        tolvan.sign_in_patient(TOLVAN).await;
        let qivf = file(&tolvan, "qivf", "erasure", &[]).await;
        let ndr = file(&tolvan, "ndr", "correction", &[("problem", "HbA1c 2023 är fel inskrivet.")]).await;
        for (hsa_id, sees, not) in [
            ("SE2321000016-1001", vec![&qivf], vec![&ndr]),
            ("SE2321000016-1003", vec![&ndr], vec![&qivf]),
            ("SE2321000016-1002", vec![&qivf, &ndr], vec![]),
        ] {
            let staff = app.browser();
            staff.sign_in_staff(hsa_id).await;
            let queue = staff.get("/staff/requests").await;
            assert_eq!(queue.status(), StatusCode::OK);
            let html = queue.text().await.unwrap();
            for reference in sees { assert!(html.contains(reference.as_str()), "{hsa_id} sees {reference}"); }
            for reference in not {
                assert!(!html.contains(reference.as_str()), "{hsa_id} must not see {reference}");
                // Not even by asking for it, or for its register.
                assert_eq!(staff.get(&format!("/staff/requests/{reference}")).await.status(), StatusCode::NOT_FOUND);
                let other = if reference == &qivf { "qivf" } else { "ndr" };
                let filtered = staff.get(&format!("/staff/requests?register={other}")).await.text().await.unwrap();
                assert!(!filtered.contains(reference.as_str()));
            }
        }
        assert!(staff_accesses(&app).await.is_empty(), "refused looks read nothing");
    }

    async fn opening_a_case_shows_the_patients_data_and_logs_the_look(app: TestApp) {
        let tolvan = app.browser();
        tolvan.sign_in_patient(TOLVAN).await;
        let reference = file(&tolvan, "qivf", "restriction", &[("ground", "accuracy")]).await;
        let staff = app.browser();
        staff.sign_in_staff("SE2321000016-1001").await;
        let case = staff.get(&format!("/staff/requests/{reference}")).await;
        assert_eq!(case.status(), StatusCode::OK);
        let html = case.text().await.unwrap();
        for text in ["Tolvan Tolvansson", "19121212-1212", "Behandlingscykel", "Begränsning av behandlingen", "Mottagen"] {
            assert!(html.contains(text), "{text}");
        }
        let looks = staff_accesses(&app).await;
        assert_eq!(looks.len(), 1);
        assert_eq!(looks[0].0.as_deref(), Some("SE2321000016-1001"));
        assert!(looks[0].1.as_deref().unwrap().contains(&reference), "the reason names the case");
    }
}

#[tokio::test]
async fn patients_and_the_signed_out_get_no_queue() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let anonymous = app.browser();
    let response = anonymous.get("/staff/requests").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/staff/login");
    let patient = app.browser();
    patient.sign_in_patient(TOLVAN).await;
    assert_eq!(
        patient.get("/staff/requests").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        patient.get("/staff/requests/INS-AAAA-AAAA").await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_queue_is_by_due_date_marks_overdue_filters_and_pages_by_cursor() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    // 120 open requests of different patients, due on different days, some passed.
    let patients: Vec<i64> = sqlx::query_scalar("SELECT id FROM patients ORDER BY id")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    let today = app.clock.today();
    for i in 0..120i64 {
        let due = today + time::Duration::days(i - 10);
        let kind = if i % 2 == 0 { "erasure" } else { "correction" };
        sqlx::query("INSERT INTO requests (reference, patient_id, register_code, kind, status, details, received_at, due_on, open_key)
                     VALUES ($1, $2, 'qivf', $3, 'received', '{}', 0, $4, $1)")
            .bind(format!("INS-TEST-{i:04}"))
            .bind(patients[(i as usize) % patients.len()])
            .bind(kind)
            .bind(due.to_string())
            .execute(app.db.pool()).await.unwrap();
    }
    let staff = app.browser();
    staff.sign_in_staff("SE2321000016-1001").await;
    let mut seen = Vec::new();
    let mut path = "/staff/requests".to_owned();
    let mut pages = 0;
    loop {
        let html = staff.get(&path).await.text().await.unwrap();
        pages += 1;
        let on_page: Vec<String> = html
            .match_indices("INS-TEST-")
            .map(|(i, _)| html[i..i + 13].to_owned())
            .collect();
        let mut unique = on_page.clone();
        unique.dedup();
        seen.extend(unique);
        match html
            .split("rel=\"next\"")
            .next()
            .and_then(|before| before.rsplit("href=\"").next())
            .filter(|_| html.contains("rel=\"next\""))
        {
            Some(href) => path = href.split('"').next().unwrap().replace("&amp;", "&"),
            None => break,
        }
    }
    assert_eq!(pages, 3, "50 + 50 + 20");
    let expected: Vec<String> = (0..120).map(|i| format!("INS-TEST-{i:04}")).collect();
    assert_eq!(seen, expected, "every request once, by due date");
    let first = staff.get("/staff/requests").await.text().await.unwrap();
    assert!(
        first.contains("försenat 10 dagar"),
        "overdue ones are marked"
    );
    let erasures = staff
        .get("/staff/requests?kind=erasure")
        .await
        .text()
        .await
        .unwrap();
    assert!(erasures.contains("INS-TEST-0000") && !erasures.contains("INS-TEST-0001"));
    let completed = staff
        .get("/staff/requests?status=completed")
        .await
        .text()
        .await
        .unwrap();
    assert!(!completed.contains("INS-TEST-"));
}
