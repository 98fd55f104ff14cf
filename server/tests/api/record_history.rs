//! The history of one record: every version, who made it (register or
//! register staff, never which staff member), why; the look in the patient's
//! access log; and nobody else's record to be had.

use crate::{
    helpers::{TestApp, on_both_engines},
    idp::Browser,
};
use reqwest::StatusCode;

const TOLVAN: &str = "19121212-1212";
const NILS: &str = "19800101-9937";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";

async fn signed_in(app: &TestApp, personnummer: &str) -> Browser {
    let browser = app.browser();
    browser.sign_in_patient(personnummer).await;
    browser
}

/// One of Tolvan's Q-IVF records, corrected once by staff: its history's path.
async fn corrected_record(app: &TestApp) -> String {
    let (id, source_id, fields): (i64, String, String) = sqlx::query_as(
        "SELECT r.id, r.source_id, v.fields FROM records r
         JOIN record_versions v ON v.record_id = r.id AND v.version = r.version
         JOIN patients p ON p.id = r.patient_id
         WHERE p.personnummer = '191212121212' AND r.register_code = 'qivf'
         ORDER BY r.id LIMIT 1",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO record_versions (record_id, version, fields, changed_at, changed_by, change_reason)
         VALUES ($1, 2, $2, 1782900000, $3, 'Fel i inrapporteringen')",
    )
    .bind(id)
    .bind(fields)
    .bind(format!("staff:{QIVF_COORDINATOR}"))
    .execute(app.db.pool())
    .await
    .unwrap();
    sqlx::query("UPDATE records SET version = 2, updated_at = 1782900000 WHERE id = $1")
        .bind(id)
        .execute(app.db.pool())
        .await
        .unwrap();
    format!("/me/registers/qivf/records/{source_id}/history")
}

async fn tolvans_log_entries(app: &TestApp) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_events e JOIN patients p ON p.id = e.patient_id
         WHERE p.personnummer = '191212121212' AND e.actor_kind = 'patient'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

on_both_engines! {
    with_idp:
    async fn a_patient_reads_every_version_of_a_corrected_record(app: TestApp) {
        let history = corrected_record(&app).await;
        let tolvan = signed_in(&app, TOLVAN).await;
        let data = tolvan.get("/me/registers/qivf").await.text().await.unwrap();
        assert!(data.contains(&history), "the corrected record links to its history");

        let before = tolvans_log_entries(&app).await;
        let page = tolvan.get(&history).await;
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(page.headers()["cache-control"], "no-store");
        let html = page.text().await.unwrap();
        for text in [
            "Version 2",
            "Version 1",
            "Ändrad av registrets personal.",
            "Rapporterad av registret.",
            "Fel i inrapporteringen",
            "2026-07-01 12:00",
        ] {
            assert!(html.contains(text), "the history shows {text}");
        }
        assert!(!html.contains(QIVF_COORDINATOR), "which staff member is not shown");
        assert_eq!(
            tolvans_log_entries(&app).await,
            before + 1,
            "the look is in the patient's access log"
        );
    }

    async fn nobody_else_reads_a_records_history(app: TestApp) {
        let history = corrected_record(&app).await;
        let nils = signed_in(&app, NILS).await;
        assert_eq!(nils.get(&history).await.status(), StatusCode::NOT_FOUND, "another patient's record");
        let tolvan = signed_in(&app, TOLVAN).await;
        assert_eq!(
            tolvan.get("/me/registers/qivf/records/no-such-record/history").await.status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            tolvan.get("/me/registers/nope/records/x/history").await.status(),
            StatusCode::NOT_FOUND
        );
        let staff = app.browser();
        staff.sign_in_staff(QIVF_COORDINATOR).await;
        assert_eq!(staff.get(&history).await.status(), StatusCode::FORBIDDEN);
        let anonymous = app.browser().get(&history).await;
        assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
    }
}
