//! Failpoints inside the running application, each while readers load the
//! server: the fault is contained to the act it hits, that act answers 503
//! with nothing half-done stored, and the same act succeeds, once, when the
//! fault is gone.
//!
//! - A patient's look at their register data and its access-log entry are
//!   one transaction: no entry, no data shown.
//! - A request and its mails are one transaction, lost at its commit or at
//!   a mail's write: no request, no mail; filed again, one of each.
//! - A register system's batch lost at its commit stores nothing; sent again
//!   it is stored once, and a third time changes nothing.

use crate::{
    alone_on_both_engines,
    client::{
        CORRECTION, CORRECTION_FORM, Load, Patient, TOLVAN, access_event, count, post_batch, token,
    },
};
use reqwest::StatusCode;
use serde_json::json;

const READ: &[&str] = &["/me", "/healthz"];

fn on(failpoint: &str) {
    fail::cfg(failpoint, "return").unwrap();
}

fn off(failpoint: &str) {
    fail::remove(failpoint);
}

alone_on_both_engines! {
    async fn a_look_whose_log_entry_is_lost_shows_nothing(app: TestApp) {
        let patient = Patient::signed_in(&app.db, &app.address, TOLVAN).await;
        let events = "SELECT COUNT(*) FROM access_events";
        let load = Load::start(&app, 4, READ).await;
        let before = count(&app.db, events).await;

        on("access-events-appended");
        let (status, page) = patient.get("/me/registers/qivf").await.unwrap();
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{page}");
        assert!(!page.contains("Antal återförda embryon"), "no data without its log entry");
        assert_eq!(count(&app.db, events).await, before, "no entry either");

        off("access-events-appended");
        let (status, page) = patient.get("/me/registers/qivf").await.unwrap();
        assert_eq!(status, StatusCode::OK, "{page}");
        assert_eq!(count(&app.db, events).await, before + 1);
        assert!(load.finish().await > 0);
    }

    async fn a_request_lost_at_its_commit_or_its_mail_leaves_nothing(app: TestApp) {
        let patient = Patient::signed_in(&app.db, &app.address, TOLVAN).await;
        let requests = "SELECT COUNT(*) FROM requests";
        let mails = "SELECT COUNT(*) FROM outbox";
        let load = Load::start(&app, 4, READ).await;
        let (before, mails_before) = (count(&app.db, requests).await, count(&app.db, mails).await);

        for failpoint in ["filing-before-commit", "outbox-enqueue"] {
            on(failpoint);
            let answer = patient.submit(CORRECTION_FORM, &CORRECTION).await.unwrap();
            assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE, "{failpoint}");
            let page = answer.text().await.unwrap();
            assert!(page.contains("Begäran kunde inte sparas"), "a clear message: {page}");
            assert_eq!(count(&app.db, requests).await, before, "{failpoint}: no request");
            assert_eq!(count(&app.db, mails).await, mails_before, "{failpoint}: no mail");
            off(failpoint);
        }

        let answer = patient.submit(CORRECTION_FORM, &CORRECTION).await.unwrap();
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        assert_eq!(count(&app.db, requests).await, before + 1, "filed once");
        assert!(count(&app.db, mails).await > mails_before, "with its mails");
        assert!(load.finish().await > 0);
    }

    async fn a_batch_lost_at_its_commit_is_stored_once_when_sent_again(app: TestApp) {
        let token = token(&app.db, "qivf").await;
        let path = "/api/v1/registers/qivf/access-events";
        let batch = json!({ "items": [access_event("F-1"), access_event("F-2")] });
        let reported = "SELECT COUNT(*) FROM access_events WHERE source_event_id LIKE 'F-%'";
        let load = Load::start(&app, 4, READ).await;

        for failpoint in ["access-events-appended", "ingest-before-commit"] {
            on(failpoint);
            let status = post_batch(&app.address, path, &token, &batch).await.unwrap();
            assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{failpoint}");
            assert_eq!(count(&app.db, reported).await, 0, "{failpoint}: nothing stored");
            off(failpoint);
        }
        for _ in 0..2 {
            let status = post_batch(&app.address, path, &token, &batch).await.unwrap();
            assert_eq!(status, StatusCode::OK);
            assert_eq!(count(&app.db, reported).await, 2, "stored once");
        }
        assert!(load.finish().await > 0);
    }
}
