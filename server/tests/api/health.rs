use crate::helpers::on_both_engines;
use serde_json::Value;

on_both_engines! {
    async fn healthz_answers_while_the_process_runs(app: TestApp) {
        let response = app.get("/healthz").await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["status"], "ok");
    }

    async fn readyz_answers_ready_when_the_database_answers(app: TestApp) {
        let response = app.get("/readyz").await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body, serde_json::json!({ "status": "ready", "database": "ok" }));
    }

    async fn readyz_answers_503_when_the_database_is_gone(app: TestApp) {
        app.db.close().await;
        let response = app.get("/readyz").await;
        assert_eq!(response.status(), 503);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["database"], "unreachable");
        // The process itself is still up.
        assert_eq!(app.get("/healthz").await.status(), 200);
    }
}
