//! The log follow-up: over the demo data it flags the planted suspicious
//! accesses and no others, in every register; a reviewer marks an entry
//! with a note (kept; the mark itself in the audit trail) and downloads the
//! period as CSV. Refused: a reviewer of one register asking for another's
//! log or marking its entries, clinic staff, an empty note.

use crate::{
    cases::staff,
    helpers::{TestApp, count, on_both_engines, page},
};
use app::domain::LogFlag;
use insyn::log_review::{self, Period};
use reqwest::StatusCode;
use time::macros::date;

const QIVF_COORDINATOR: &str = "SE2321000016-1001";
const NDR_COORDINATOR: &str = "SE2321000016-1003";
const ALL_REGISTERS: &str = "SE2321000016-1002";
const SAHLGRENSKA_STAFF: &str = "SE2321000131-2001";
/// Every demo access event falls in this period.
const PERIOD: Period = Period {
    from: date!(2025 - 01 - 01),
    to: date!(2026 - 11 - 30),
};
const PAGE: &str = "/staff/log-review?register=qivf&from=2025-01-01&to=2026-11-30";

async fn staff_id(app: &TestApp, hsa_id: &str) -> i64 {
    count(
        app,
        &format!("SELECT id FROM staff WHERE hsa_id = '{hsa_id}'"),
    )
    .await
}

/// The flagged entries of a register: personnummer, care unit, flags.
async fn flagged(app: &TestApp, register: &str) -> Vec<(String, String, Vec<LogFlag>)> {
    let reviewer = staff_id(app, ALL_REGISTERS).await;
    log_review::review(&app.db, reviewer, register, PERIOD)
        .await
        .unwrap()
        .expect("the coordinator of every register may review it")
        .into_iter()
        .filter(|r| !r.flags.is_empty())
        .map(|r| {
            (
                r.access.personnummer,
                r.access.care_unit.unwrap_or_default(),
                r.flags,
            )
        })
        .collect()
}

on_both_engines! {
    with_idp:
    async fn the_follow_up_flags_the_planted_accesses_and_no_others(app: TestApp) {
        assert_eq!(flagged(&app, "ndr").await, []);
        assert_eq!(flagged(&app, "riksstroke").await, []);
        let qivf = flagged(&app, "qivf").await;
        let one = |pnr: &str, unit: &str, flags: &[LogFlag]| (pnr.to_owned(), unit.to_owned(), flags.to_vec());
        let mut expected = vec![
            one("191212121212", "SE2321000255-RM03", &[LogFlag::NoRelation]),
            one("198807029841", "SE2321000255-RM03", &[LogFlag::OffHours]),
            one("201802129849", "SE2321000016-RM01", &[LogFlag::ProtectedPerson]),
        ];
        expected.extend((0..21).map(|_| one("199205059984", "SE2321000016-RM01", &[LogFlag::ManyInADay])));
        assert_eq!(qivf, expected);

        let reviewer = staff(&app, QIVF_COORDINATOR).await;
        let (status, html) = page(&reviewer, PAGE).await;
        assert_eq!(status, StatusCode::OK);
        for text in ["24 flaggade", "Utan koppling", "Utanför kontorstid", "Skyddade personuppgifter", "Många på en dag"] {
            assert!(html.contains(text), "{text}");
        }
        assert!(html.contains("20180212-9849"), "entries name the person");
    }

    async fn a_reviewer_marks_an_entry_with_a_note_and_downloads_the_period(app: TestApp) {
        let reviewer = staff(&app, QIVF_COORDINATOR).await;
        let seq = count(&app, "SELECT e.seq FROM access_events e JOIN patients p ON p.id = e.patient_id
            WHERE p.personnummer = '201802129849' AND e.register_code = 'qivf'").await;
        let seq = seq.to_string();
        let marked = reviewer.submit(PAGE, &[("seq", &seq), ("register", "qivf"), ("note", "Planerat återbesök, kontrollerat med enheten.")]).await;
        assert_eq!(marked.status(), StatusCode::SEE_OTHER);
        assert_eq!(marked.headers()["location"].to_str().unwrap(),
            format!("/staff/log-review?register=qivf&from=2025-01-01&to=2026-11-30#entry-{seq}"));
        let again = reviewer.submit(PAGE, &[("seq", &seq), ("register", "qivf"), ("note", "Andra granskningen.")]).await;
        assert_eq!(again.status(), StatusCode::SEE_OTHER);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_reviews").await, 2, "every mark kept");
        let html = page(&reviewer, PAGE).await.1;
        assert!(html.contains("Granskad av Kim Koordinator") && html.contains("Andra granskningen."), "the latest shown");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_trail WHERE action = 'log_reviewed'").await, 2, "the review is logged");

        let csv = reviewer.get("/staff/log-review.csv?register=qivf&from=2025-01-01&to=2026-11-30").await;
        assert_eq!(csv.status(), StatusCode::OK);
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let csv = csv.text().await.unwrap();
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].starts_with("number,time,personnummer,who"));
        assert_eq!(lines.len(), 1 + 24, "a header and the flagged entries");
        assert!(csv.contains("protected_person") && csv.contains("Andra granskningen."));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_trail WHERE action = 'log_reviewed'").await, 3, "the download too");
        let all = reviewer.get("/staff/log-review.csv?register=qivf&from=2025-01-01&to=2026-11-30&all=1").await.text().await.unwrap();
        assert!(all.lines().count() > 25, "every access with all=1");
    }

    async fn a_reviewer_of_one_register_sees_nothing_of_another(app: TestApp) {
        let ndr = staff(&app, NDR_COORDINATOR).await;
        assert_eq!(page(&ndr, PAGE).await.0, StatusCode::NOT_FOUND);
        assert_eq!(ndr.get("/staff/log-review.csv?register=qivf").await.status(), StatusCode::NOT_FOUND);
        let qivf_entry = count(&app, "SELECT MIN(seq) FROM access_events WHERE register_code = 'qivf'").await.to_string();
        let mark = ndr.submit("/staff/log-review", &[("seq", &qivf_entry), ("register", "qivf"), ("note", "x")]).await;
        assert_eq!(mark.status(), StatusCode::NOT_FOUND);
        let disguised = ndr.submit("/staff/log-review", &[("seq", &qivf_entry), ("register", "ndr"), ("note", "x")]).await;
        assert_eq!(disguised.status(), StatusCode::NOT_FOUND, "the entry's own register decides");
        let clinic = staff(&app, SAHLGRENSKA_STAFF).await;
        assert_eq!(page(&clinic, "/staff/log-review").await.0, StatusCode::FORBIDDEN);
        let qivf = staff(&app, QIVF_COORDINATOR).await;
        let empty = qivf.submit(PAGE, &[("seq", &qivf_entry), ("register", "qivf"), ("note", "  ")]).await;
        assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_reviews").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_trail").await, 0);
    }
}
