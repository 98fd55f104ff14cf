//! The ingestion API for register systems: per-register tokens, batches
//! stored all or nothing, retries without effect, new content as a new
//! version, and every refusal with the bad item's position and reason.

use crate::helpers::{TestApp, on_both_engines, spawn_app};
use insyn::{crypto, db};
use reqwest::StatusCode;
use serde_json::{Value, json};

pub(crate) const NILS: &str = "19800101-9937";

/// A live token of `register`, made as `insyn token create` makes it.
pub(crate) async fn token_for(app: &TestApp, register: &str) -> (i64, String) {
    let secret = format!("insyn_{register}_{}", crypto::random_256());
    let mut conn = app.db.pool().acquire().await.unwrap();
    let id = db::api_tokens::create(&mut conn, register, &crypto::sha256_hex(&secret), "test", 0)
        .await
        .unwrap();
    (id, secret)
}

pub(crate) fn transfer(id: &str, embryos: Value) -> Value {
    json!({
        "id": id,
        "personnummer": NILS,
        "type": "transfer",
        "care_unit": "SE2321000016-RM01",
        "date": "2026-10-02",
        "fields": { "transfer_date": "2026-10-02", "embryos_transferred": embryos, "embryo_stage": "blastocyst" }
    })
}

async fn post(
    app: &TestApp,
    register: &str,
    token: Option<&str>,
    body: &Value,
) -> (StatusCode, Value) {
    post_json(
        app,
        &format!("/api/v1/registers/{register}/records"),
        token,
        body,
    )
    .await
}

/// Posts `body` as JSON to the API at `path`, with `token` if given.
pub(crate) async fn post_json(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    body: &Value,
) -> (StatusCode, Value) {
    let mut request = app.client.post(format!("{}{path}", app.address)).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

pub(crate) async fn records_of_nils(app: &TestApp) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM records r JOIN patients p ON p.id = r.patient_id WHERE p.personnummer = '198001019937'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

on_both_engines! {
    async fn a_batch_is_stored_once_and_new_content_is_a_new_version(app: TestApp) {
        let (_, token) = token_for(&app, "qivf").await;
        let batch = json!({ "items": [transfer("T-1", json!(2)), transfer("T-2", json!(1))] });
        let (status, body) = post(&app, "qivf", Some(&token), &batch).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body, json!({ "created": 2, "updated": 0, "unchanged": 0 }));
        assert_eq!(records_of_nils(&app).await, 2);

        let (status, body) = post(&app, "qivf", Some(&token), &batch).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(body, json!({ "created": 0, "updated": 0, "unchanged": 2 }), "a retried batch changes nothing");

        let changed = json!({ "items": [transfer("T-1", json!(1))] });
        let (_, body) = post(&app, "qivf", Some(&token), &changed).await;
        assert_eq!(body, json!({ "created": 0, "updated": 1, "unchanged": 0 }));
        let versions: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM record_versions v JOIN records r ON r.id = v.record_id WHERE r.source_id = 'T-1'",
        )
        .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(versions, 2, "the old version stays");
        let registered: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM registrations g JOIN patients p ON p.id = g.patient_id WHERE p.personnummer = '198001019937' AND g.register_code = 'qivf'",
        )
        .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(registered, 1, "the person is now registered");
    }

    async fn a_batch_with_bad_items_stores_nothing_and_says_why(app: TestApp) {
        let (_, token) = token_for(&app, "qivf").await;
        let mut unknown_field = transfer("T-5", json!(1));
        unknown_field["fields"]["mood"] = json!("glad");
        let mut bad_pnr = transfer("T-6", json!(1));
        bad_pnr["personnummer"] = json!("19800101-9938");
        let mut unknown_unit = transfer("T-7", json!(1));
        unknown_unit["care_unit"] = json!("SE2321000016-XX99");
        let mut missing = transfer("T-8", json!(1));
        missing["fields"].as_object_mut().unwrap().remove("transfer_date");
        let batch = json!({ "items": [
            transfer("T-3", json!(2)),
            transfer("T-4", json!("two")),
            unknown_field,
            bad_pnr,
            unknown_unit,
            missing,
            { "id": "T-9", "what": "not a record" },
            transfer("T-3", json!(2)),
        ] });
        let (status, body) = post(&app, "qivf", Some(&token), &batch).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let items = body["items"].as_array().unwrap();
        let positions: Vec<u64> = items.iter().map(|i| i["position"].as_u64().unwrap()).collect();
        assert_eq!(positions, [1, 2, 3, 4, 5, 6, 7], "{body}");
        let reason = |n: usize| items[n]["reason"].as_str().unwrap().to_owned();
        assert!(reason(0).contains("expected a value of type integer"), "{}", reason(0));
        assert!(reason(1).contains("unknown field \"mood\""));
        assert!(reason(2).starts_with("personnummer"));
        assert!(!reason(2).contains("9938"), "the personnummer is not repeated");
        assert_eq!(reason(3), "unknown care unit");
        assert!(reason(4).contains("required field \"transfer_date\""));
        assert!(reason(5).starts_with("not a record item"));
        assert_eq!(reason(6), "the same id twice in one batch");
        assert_eq!(records_of_nils(&app).await, 0, "nothing stored");
    }

    async fn an_opted_out_person_or_a_restricted_registration_is_refused(app: TestApp) {
        let (_, token) = token_for(&app, "qivf").await;
        let nils: i64 = sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = '198001019937'")
            .fetch_one(app.db.pool()).await.unwrap();
        let mut conn = app.db.pool().acquire().await.unwrap();
        db::opt_outs::record(&mut conn, &db::opt_outs::NewOptOutEvent {
            patient_id: nils,
            kind: app::domain::OptOutKind::Registration,
            register: Some("qivf"),
            action: db::opt_outs::Action::Given,
            at: 0,
            by_patient: None,
            by_staff: None,
            channel: app::domain::OptOutChannel::Verbal,
            paper_reference: None,
            identity_check: "id_card",
            request_id: None,
            care_unit: None,
        }).await.unwrap();
        let (status, body) = post(&app, "qivf", Some(&token), &json!({ "items": [transfer("T-10", json!(1))] })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body["items"][0]["reason"].as_str().unwrap().contains("opted out"), "{body}");

        let tolvan: i64 = sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = '191212121212'")
            .fetch_one(app.db.pool()).await.unwrap();
        db::registrations::restrict(&mut conn, tolvan, "qivf", "accuracy", 0).await.unwrap();
        let mut item = transfer("T-11", json!(1));
        item["personnummer"] = json!("19121212-1212");
        let (status, body) = post(&app, "qivf", Some(&token), &json!({ "items": [item] })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(body["items"][0]["reason"].as_str().unwrap().contains("restricted"), "{body}");
        assert_eq!(records_of_nils(&app).await, 0);
    }
}

#[tokio::test]
async fn tokens_write_to_their_own_register_only_and_can_be_revoked() {
    let app = spawn_app(insyn::db::Engine::Sqlite).await;
    let batch = json!({ "items": [transfer("T-20", json!(1))] });
    let (status, _) = post(&app, "qivf", None, &batch).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = post(&app, "qivf", Some("insyn_qivf_guessed"), &batch).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (_, ndr_token) = token_for(&app, "ndr").await;
    let (status, body) = post(&app, "qivf", Some(&ndr_token), &batch).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (id, token) = token_for(&app, "qivf").await;
    let mut conn = app.db.pool().acquire().await.unwrap();
    assert!(db::api_tokens::revoke(&mut conn, id, 1).await.unwrap());
    let (status, _) = post(&app, "qivf", Some(&token), &batch).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a revoked token");
    assert_eq!(records_of_nils(&app).await, 0);
}

#[tokio::test]
async fn batches_over_the_limits_are_refused_with_413() {
    let app = spawn_app(insyn::db::Engine::Sqlite).await;
    let (_, token) = token_for(&app, "qivf").await;
    let many: Vec<Value> = (0..5_001)
        .map(|i| transfer(&format!("T-{i}"), json!(1)))
        .collect();
    let (status, body) = post(&app, "qivf", Some(&token), &json!({ "items": many })).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("at most 5000 items")
    );
    let huge = json!({ "items": [{ "id": "x".repeat(9 * 1024 * 1024) }] });
    let (status, _) = post(&app, "qivf", Some(&token), &huge).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, _) = post(&app, "qivf", Some(&token), &json!(["not", "a", "batch"])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(records_of_nils(&app).await, 0);
}

pub(crate) fn access(id: &str, kind: &str) -> Value {
    json!({
        "id": id,
        "personnummer": "19121212-1212",
        "occurred_at": "2026-11-02T09:14:00Z",
        "care_unit": "SE2321000016-RM01",
        "kind": kind,
        "reason": "Uppföljning inför ny behandling",
        "purpose": "care_quality",
        "data": [{ "record_type": "treatment_cycle", "fields": ["treatment"] }]
    })
}

pub(crate) async fn post_events(app: &TestApp, token: &str, body: &Value) -> (StatusCode, Value) {
    let response = app
        .client
        .post(format!(
            "{}/api/v1/registers/qivf/access-events",
            app.address
        ))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn reported_events(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM access_events WHERE source = 'register_system' AND source_event_id LIKE 'A-%'")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

on_both_engines! {
    async fn access_events_are_logged_once_and_never_changed(app: TestApp) {
        let (_, token) = token_for(&app, "qivf").await;
        let batch = json!({ "items": [access("A-1", "read"), access("A-2", "disclosure_research")] });
        let (status, body) = post_events(&app, &token, &batch).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["created"], 2);
        let (_, body) = post_events(&app, &token, &batch).await;
        assert_eq!(body["unchanged"], 2, "a retried batch changes nothing");
        assert_eq!(reported_events(&app).await, 2);
        let (kind, reason, unit): (String, Option<String>, Option<String>) = sqlx::query_as(
            "SELECT access_kind, reason, care_unit FROM access_events WHERE source_event_id = 'A-2'")
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!((kind.as_str(), reason.as_deref(), unit.as_deref()),
            ("disclosure_research", Some("Uppföljning inför ny behandling"), Some("SE2321000016-RM01")));

        let changed = json!({ "items": [access("A-1", "export"), access("A-3", "read"), access("A-4", "peek")] });
        let (status, body) = post_events(&app, &token, &changed).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let positions: Vec<u64> = body["items"].as_array().unwrap().iter().map(|i| i["position"].as_u64().unwrap()).collect();
        assert_eq!(positions, [0, 2]);
        assert!(body["items"][0]["reason"].as_str().unwrap().contains("never changes"));
        assert_eq!(reported_events(&app).await, 2, "A-3 was not logged either: all or nothing");
    }

    async fn an_access_event_says_why_and_may_say_which_data(app: TestApp) {
        let (_, token) = token_for(&app, "qivf").await;
        let (purpose, data): (Option<String>, Option<String>) = {
            let (status, body) = post_events(&app, &token, &json!({ "items": [access("P-1", "read")] })).await;
            assert_eq!(status, StatusCode::OK, "{body}");
            sqlx::query_as("SELECT purpose, data_touched FROM access_events WHERE source_event_id = 'P-1'")
                .fetch_one(app.db.pool()).await.unwrap()
        };
        assert_eq!(purpose.as_deref(), Some("care_quality"));
        assert_eq!(data.as_deref(), Some(r#"[{"fields":["treatment"],"record_type":"treatment_cycle"}]"#));
        let mut other_purpose = access("P-1", "read");
        other_purpose["purpose"] = json!("research_release");
        let mut without = access("P-2", "read");
        without.as_object_mut().unwrap().remove("purpose");
        let mut unknown = access("P-3", "read");
        unknown["purpose"] = json!("curiosity");
        let mut bad_data = access("P-4", "read");
        bad_data["data"] = json!([{ "record_type": "Behandling; DROP", "fields": [] }]);
        let (status, body) = post_events(&app, &token, &json!({ "items": [other_purpose, without, unknown, bad_data] })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let reasons: Vec<(u64, String)> = body["items"].as_array().unwrap().iter()
            .map(|i| (i["position"].as_u64().unwrap(), i["reason"].as_str().unwrap().to_owned())).collect();
        assert_eq!(reasons.len(), 4, "{body}");
        assert!(reasons[0].1.contains("never changes"), "another purpose is other content");
        assert!(reasons[1].1.contains("purpose"), "{}", reasons[1].1);
        assert!(reasons[2].1.starts_with("purpose: unknown"), "{}", reasons[2].1);
        assert!(reasons[3].1.starts_with("data:"), "{}", reasons[3].1);
    }
}

#[tokio::test]
async fn a_large_batch_may_come_as_ndjson() {
    let app = spawn_app(insyn::db::Engine::Sqlite).await;
    let (_, token) = token_for(&app, "qivf").await;
    let lines: Vec<String> = (0..3)
        .map(|i| transfer(&format!("T-N{i}"), json!(1)).to_string())
        .collect();
    let send = |body: String| {
        app.client
            .post(format!("{}/api/v1/registers/qivf/records", app.address))
            .bearer_auth(&token)
            .header("Content-Type", "application/x-ndjson")
            .body(body)
            .send()
    };
    let response = send(lines.join("\n") + "\n").await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["created"], 3);
    let response = send(format!("{}\n{{broken", lines[0])).await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .starts_with("line 2 is not JSON"),
        "{body}"
    );
    assert_eq!(records_of_nils(&app).await, 3);
}

on_both_engines! {
    async fn the_openapi_document_describes_the_api_and_its_examples_are_stored(app: TestApp) {
        let response = app.get("/api/openapi.json").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
        let doc: Value = response.json().await.unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
        assert_eq!(doc["components"]["securitySchemes"]["register_token"]["scheme"], "bearer");

        let (_, token) = token_for(&app, "qivf").await;
        for (path, kind) in [("records", "RecordItem"), ("access-events", "AccessItem")] {
            let operation = &doc["paths"][format!("/api/v1/registers/{{code}}/{path}")]["post"];
            assert!(operation["responses"]["422"].is_object(), "{path}: the refusal is described");
            assert!(doc["components"]["schemas"][kind]["properties"]["personnummer"].is_object());
            let content = &operation["requestBody"]["content"];
            let url = format!("{}/api/v1/registers/qivf/{path}", app.address);

            let json_example = &content["application/json"]["example"];
            let response = app.client.post(&url).bearer_auth(&token).json(json_example).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{path}: {}", response.text().await.unwrap());
            assert_eq!(response.json::<Value>().await.unwrap(), json!({ "created": 1, "updated": 0, "unchanged": 0 }));

            let ndjson_example = content["application/x-ndjson"]["example"].as_str().unwrap().to_owned();
            let response = app.client.post(&url).bearer_auth(&token)
                .header("content-type", "application/x-ndjson").body(ndjson_example).send().await.unwrap();
            assert_eq!(response.json::<Value>().await.unwrap(), json!({ "created": 0, "updated": 0, "unchanged": 1 }),
                "{path}: the NDJSON example is the same item");
        }
    }
}
