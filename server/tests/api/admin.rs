//! Platform administration in the browser: an administrator creates a
//! staff member, a care unit and a register token (shown once; it works at
//! once and fails at once after revoke), deactivates an account; every
//! change is in the admin audit trail with who made it. Anyone but an
//! administrator gets 403 on every admin page and action.

use crate::{
    cases::staff,
    helpers::{TestApp, count, on_both_engines, page, patient},
    ingest::{post_json, transfer},
};
use reqwest::StatusCode;
use serde_json::json;

const ADMIN: &str = "SE2321000016-9001";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";
const SAHLGRENSKA_STAFF: &str = "SE2321000131-2001";
const MALMO_STAFF: &str = "SE2321000255-2002";

/// The acts of the audit trail, oldest first, with who did them.
async fn trail(app: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as(
        "SELECT a.action, COALESCE(s.hsa_id, 'operator'), a.subject FROM audit_trail a
         LEFT JOIN staff s ON s.id = a.staff_id ORDER BY a.id",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap()
}

on_both_engines! {
    with_idp:
    async fn an_administrator_manages_staff_units_and_tokens_and_each_change_is_kept(app: TestApp) {
        let admin = staff(&app, ADMIN).await;
        let (status, start) = page(&admin, "/admin").await;
        assert_eq!(status, StatusCode::OK);
        assert!(start.contains("Administration"));

        let unit = admin.submit("/admin/care-units", &[("hsa_id", "SE2321000131-RM09"), ("name", "Reproduktionsmedicin, Borås")]).await;
        assert_eq!(unit.status(), StatusCode::SEE_OTHER);
        let saved = admin.submit("/admin/staff", &[
            ("hsa_id", "SE2321000131-2009"), ("name", "Nora Nilsson"), ("email", "nora@boras.example.se"),
            ("role", "clinic"), ("register-qivf", "on"), ("unit-SE2321000131-RM09", "on"), ("active", "on"),
        ]).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        let (role, active): (String, i64) = sqlx::query_as("SELECT role, active FROM staff WHERE hsa_id = 'SE2321000131-2009'")
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!((role.as_str(), active), ("clinic", 1));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM staff_care_units WHERE care_unit = 'SE2321000131-RM09'").await, 1);
        assert!(page(&admin, "/admin/staff").await.1.contains("Nora Nilsson"));

        // A token, shown once on the answer, works at once.
        let created = admin.submit("/admin/tokens", &[("register", "qivf"), ("label", "Borås journal")]).await;
        assert_eq!(created.status(), StatusCode::OK);
        assert_eq!(created.headers()["cache-control"], "no-store");
        let shown = created.text().await.unwrap();
        let secret = shown.split("insyn_qivf_").nth(1)
            .map(|rest| format!("insyn_qivf_{}", rest.split(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_').next().unwrap()))
            .expect("the secret is shown");
        assert!(!page(&admin, "/admin/tokens").await.1.contains(&secret), "only once");
        let batch = json!({ "items": [transfer("T-ADMIN-1", json!(1))] });
        let (status, body) = post_json(&app, "/api/v1/registers/qivf/records", Some(&secret), &batch).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let id = count(&app, "SELECT MAX(id) FROM api_tokens").await;
        let revoked = admin.submit_to("/admin/tokens", &format!("/admin/tokens/{id}/revoke"), &[]).await;
        assert_eq!(revoked.status(), StatusCode::SEE_OTHER);
        let (status, _) = post_json(&app, "/api/v1/registers/qivf/records", Some(&secret), &batch).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "revoked, refused at once");

        // Deactivated, a staff member's session stops at the next request.
        let malin = staff(&app, MALMO_STAFF).await;
        assert_eq!(page(&malin, "/staff/opt-outs").await.0, StatusCode::OK);
        let deactivated = admin.submit("/admin/staff", &[
            ("hsa_id", MALMO_STAFF), ("name", "Malin Malmström"), ("email", ""),
            ("role", "clinic"), ("register-qivf", "on"), ("unit-SE2321000255-RM03", "on"),
        ]).await;
        assert_eq!(deactivated.status(), StatusCode::SEE_OTHER);
        assert_ne!(page(&malin, "/staff/opt-outs").await.0, StatusCode::OK);
        // Nor can the administrator lock themselves out.
        let myself = admin.submit("/admin/staff", &[("hsa_id", ADMIN), ("name", "Ada Administratör"), ("role", "admin")]).await;
        assert_eq!(myself.status(), StatusCode::UNPROCESSABLE_ENTITY);

        let acts = trail(&app).await;
        let token = id.to_string();
        let expected = [
            ("care_unit_saved", ADMIN, "SE2321000131-RM09"),
            ("staff_saved", ADMIN, "SE2321000131-2009"),
            ("token_created", ADMIN, token.as_str()),
            ("token_revoked", ADMIN, token.as_str()),
            ("staff_saved", ADMIN, MALMO_STAFF),
        ];
        let acts: Vec<(&str, &str, &str)> = acts.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect();
        assert_eq!(acts, expected);
        let start = page(&admin, "/admin").await.1;
        assert!(start.contains("Nyckel spärrad") && start.contains("Ada Administratör"), "the trail on the start page");
        assert!(sqlx::query("UPDATE audit_trail SET subject = 'x'").execute(app.db.pool()).await.is_err(), "append-only");
        assert!(sqlx::query("DELETE FROM audit_trail").execute(app.db.pool()).await.is_err(), "append-only");
    }

    async fn no_one_but_an_administrator_reaches_an_admin_page_or_action(app: TestApp) {
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        let clinic = staff(&app, SAHLGRENSKA_STAFF).await;
        let tolvan = patient(&app, "19121212-1212").await;
        for browser in [&coordinator, &clinic, &tolvan] {
            for path in ["/admin", "/admin/staff", "/admin/tokens", "/admin/care-units"] {
                assert_eq!(page(browser, path).await.0, StatusCode::FORBIDDEN, "{path}");
            }
        }
        for browser in [&coordinator, &clinic] {
            let staff_form = browser.submit_to("/staff", "/admin/staff", &[
                ("hsa_id", "SE2321000016-1999"), ("name", "Smuggled"), ("role", "admin"), ("active", "on"),
            ]).await;
            assert_eq!(staff_form.status(), StatusCode::FORBIDDEN);
            let token = browser.submit_to("/staff", "/admin/tokens", &[("register", "qivf"), ("label", "x")]).await;
            assert_eq!(token.status(), StatusCode::FORBIDDEN);
            let unit = browser.submit_to("/staff", "/admin/care-units", &[("hsa_id", "SE2321000016-XX01"), ("name", "x")]).await;
            assert_eq!(unit.status(), StatusCode::FORBIDDEN);
        }
        let revoke = coordinator.submit_to("/staff", "/admin/tokens/1/revoke", &[]).await;
        assert_eq!(revoke.status(), StatusCode::FORBIDDEN);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_trail").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM staff WHERE hsa_id = 'SE2321000016-1999'").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM api_tokens").await, 0);
    }
}
