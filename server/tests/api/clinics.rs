//! Clinics in their own role: a correction of a record goes to the clinic
//! that reported it (its queue, its mail), which sees only what its care
//! units reported and completes it; the coordinators see it too. Another
//! clinic never sees it (404, nothing logged as a read), and clinic staff
//! reach nothing that is the register's own: erasures, "something is
//! missing", releases, representatives, records of other units.

use crate::{
    cases::{act, staff},
    helpers::{TestApp, count, on_both_engines, page, patient},
    idp::csrf_of,
    staff_queue::file,
};
use reqwest::StatusCode;

const TOLVAN: &str = "19121212-1212";
/// Tolvan's Q-IVF record reported by Reproduktionsmedicin, Sahlgrenska.
const SAHLGRENSKA_RECORD: &str = "QIVF-001-201";
const SAHLGRENSKA_UNIT: &str = "SE2321000131-RM02";
const SAHLGRENSKA_STAFF: &str = "SE2321000131-2001";
const MALMO_STAFF: &str = "SE2321000255-2002";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";

/// Reads by a staff member in the access log.
async fn reads_by(app: &TestApp, hsa_id: &str) -> i64 {
    count(app, &format!("SELECT COUNT(*) FROM access_events WHERE staff_hsa_id = '{hsa_id}' AND access_kind = 'read'")).await
}

/// The correction form's target of the record field `field` of the record
/// with source id `source_id`.
async fn target(app: &TestApp, source_id: &str, field: &str) -> String {
    let id: i64 = sqlx::query_scalar("SELECT id FROM records WHERE source_id = $1")
        .bind(source_id)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    format!("{id}:{field}")
}

on_both_engines! {
    with_idp:
    async fn a_correction_goes_to_the_clinic_that_reported_the_record(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let reference = file(&tolvan, "qivf", "correction", &[
            ("record", SAHLGRENSKA_RECORD), ("field", "Behandling"),
            ("problem", "Det var en ICSI-behandling, inte en återföring."), ("proposed", "ICSI"),
        ]).await;
        let routed: Option<String> = sqlx::query_scalar("SELECT handling_unit FROM requests WHERE reference = $1")
            .bind(&reference).fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(routed.as_deref(), Some(SAHLGRENSKA_UNIT));
        let mails: Vec<String> = sqlx::query_scalar("SELECT recipient FROM outbox WHERE subject LIKE '%Q-IVF%' ORDER BY id")
            .fetch_all(app.db.pool()).await.unwrap();
        assert_eq!(mails, ["sanna.sahlgren@sahlgrenska.example.se"], "the clinic is told, not the coordinators");
        let receipt = page(&tolvan, &format!("/me/requests/{reference}")).await.1;
        assert!(receipt.contains("Handläggs av") && receipt.contains("Reproduktionsmedicin, Sahlgrenska Universitetssjukhuset"), "{receipt}");

        let malmo = staff(&app, MALMO_STAFF).await;
        assert!(!page(&malmo, "/staff/requests").await.1.contains(&reference), "not in another clinic's queue");
        assert_eq!(page(&malmo, &format!("/staff/requests/{reference}")).await.0, StatusCode::NOT_FOUND);
        assert_eq!(act(&malmo, &reference, "take", &[]).await.status(), StatusCode::NOT_FOUND);
        assert_eq!(reads_by(&app, MALMO_STAFF).await, 0, "nothing logged as a read");

        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        assert!(page(&coordinator, "/staff/requests").await.1.contains(&reference), "the coordinators see it too");

        let sahlgrenska = staff(&app, SAHLGRENSKA_STAFF).await;
        assert!(page(&sahlgrenska, "/staff/requests").await.1.contains(&reference));
        let (status, case) = page(&sahlgrenska, &format!("/staff/requests/{reference}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(case.contains("2024-09-16") && !case.contains("2020-06-08"), "only what the clinic reported");
        assert_eq!(reads_by(&app, SAHLGRENSKA_STAFF).await, 1, "the clinic's look is logged");

        // A record of another unit, posted by hand, is not the clinic's to change.
        let elsewhere = target(&app, "QIVF-001-101", "treatment").await;
        let refused = act(&sahlgrenska, &reference, "complete", &[("target", &elsewhere), ("value", "ivf")]).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let own = target(&app, SAHLGRENSKA_RECORD, "treatment").await;
        let done = act(&sahlgrenska, &reference, "complete", &[("target", &own), ("value", "icsi"), ("note", "Rättat enligt journalen.")]).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        let changed_by: String = sqlx::query_scalar(
            "SELECT v.changed_by FROM record_versions v JOIN records r ON r.id = v.record_id
             WHERE r.source_id = $1 AND v.version = 2")
            .bind(SAHLGRENSKA_RECORD).fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(changed_by, format!("staff:{SAHLGRENSKA_STAFF}"));
        assert!(page(&tolvan, &format!("/me/requests/{reference}")).await.1.contains("Rättat enligt journalen."));
    }

    async fn clinic_staff_reach_nothing_that_is_the_registers(app: TestApp) {
        let tolvan = patient(&app, TOLVAN).await;
        let missing = file(&tolvan, "qivf", "correction", &[
            ("record", "missing"), ("problem", "En behandling 2025 saknas helt."),
        ]).await;
        let erasure = file(&tolvan, "qivf", "erasure", &[]).await;
        let sahlgrenska = staff(&app, SAHLGRENSKA_STAFF).await;
        let queue = page(&sahlgrenska, "/staff/requests").await.1;
        for reference in [&missing, &erasure] {
            assert!(!queue.contains(reference.as_str()), "{reference} is the coordinators'");
            assert_eq!(page(&sahlgrenska, &format!("/staff/requests/{reference}")).await.0, StatusCode::NOT_FOUND);
        }
        let refused = act(&sahlgrenska, &erasure, "complete", &[("confirm_erasure", "yes")]).await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND, "a clinic cannot act on an erasure");
        assert!(count(&app, "SELECT COUNT(*) FROM records r JOIN patients p ON p.id = r.patient_id
            WHERE p.personnummer = '191212121212' AND r.register_code = 'qivf'").await > 0, "nothing erased");
        assert_eq!(reads_by(&app, SAHLGRENSKA_STAFF).await, 0);

        // Releases and representatives are the coordinators'.
        let (status, releases) = page(&sahlgrenska, "/staff/releases/new").await;
        assert_eq!(status, StatusCode::OK);
        assert!(!releases.contains("name=\"register\""), "no register to record a release for");
        let csrf = csrf_of(&page(&sahlgrenska, "/staff").await.1);
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf.clone()).text("register", "qivf");
        let posted = sahlgrenska.client.post(format!("{}/staff/releases/new", sahlgrenska.app))
            .multipart(form).send().await.unwrap();
        assert_eq!(posted.status(), StatusCode::FORBIDDEN);
        let representative = sahlgrenska.client.post(format!("{}/staff/representatives", sahlgrenska.app))
            .form(&[("csrf", csrf.as_str()), ("represented", "194412019970"), ("representative", "194602029987"),
                ("reference", "ÖFN 1"), ("register-qivf", "on"), ("from", "2026-01-01"), ("until", "2027-01-01")])
            .send().await.unwrap();
        assert_eq!(representative.status(), StatusCode::FORBIDDEN);
        let nav = page(&sahlgrenska, "/staff").await.1;
        assert!(!nav.contains("href=\"/staff/releases\""), "no link to what is not theirs");
    }
}
