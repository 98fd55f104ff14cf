//! Releases of register data: the register API's example stored as it is
//! documented; the research opt-out enforced at the decision's second; a
//! cohort with malformed or unknown personnummer storing nothing; an
//! aggregate release storing nobody with small counts suppressed; staff
//! recording one from the form and seeing only their registers' releases;
//! the patient's page, opt-out and its reversal; the public register; and
//! the recipients of earlier releases told of a completed restriction.

use crate::{
    cases::{act, staff},
    helpers::{TestApp, count, on_both_engines, page, patient},
    idp::{Browser, csrf_of},
    ingest::{post_json, token_for},
    staff_queue::file,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

const TOLVAN: &str = "19121212-1212";
const KARIN: &str = "19880702-9841";
const MARIA: &str = "19901123-9861";
const EMMA: &str = "19860930-9862";
const ANNA: &str = "19850314-9869";
const QIVF_COORDINATOR: &str = "SE2321000016-1001";
const NDR_COORDINATOR: &str = "SE2321000016-1003";

async fn post_release(
    app: &TestApp,
    register: &str,
    token: Option<&str>,
    body: &Value,
) -> (StatusCode, Value) {
    post_json(
        app,
        &format!("/api/v1/registers/{register}/releases"),
        token,
        body,
    )
    .await
}

fn release(diary: &str, decided_at: &str, cohort: &[&str]) -> Value {
    json!({
        "diary_number": diary,
        "decided_at": decided_at,
        "recipient": "Karolinska Institutet",
        "recipient_contact": "forskning@ki.example.se",
        "purpose": "research",
        "legal_basis": "OSL 25 kap. 1 §",
        "ethics_approval": "Dnr 2026-01234-01",
        "form": "pseudonymised",
        "record_types": ["treatment_cycle"],
        "fields": "Behandlingsdatum och metod",
        "cohort": cohort,
    })
}

async fn patient_id(app: &TestApp, personnummer: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = $1")
        .bind(personnummer.replace('-', ""))
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

/// A research opt-out (or its withdrawal) of `personnummer` for Q-IVF at `at`.
async fn research_opt_out(app: &TestApp, personnummer: &str, action: &str, at: i64) {
    let id = patient_id(app, personnummer).await;
    sqlx::query(
        "INSERT INTO opt_out_events (patient_id, kind, register_code, action, at, by_patient_id, channel, identity_check)
         VALUES ($1, 'research', 'qivf', $2, $3, $1, 'insyn', 'e_id')",
    )
    .bind(id)
    .bind(action)
    .bind(at)
    .execute(app.db.pool())
    .await
    .unwrap();
}

fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

/// Posts the patient's opt-out form as `/me/releases` has it.
async fn opt_out(browser: &Browser, fields: &[(&str, &str)]) -> reqwest::Response {
    let csrf = csrf_of(&browser.get("/me/releases").await.text().await.unwrap());
    let mut form = fields.to_vec();
    form.push(("csrf", &csrf));
    browser
        .client
        .post(format!("{}/me/opt-outs", browser.app))
        .form(&form)
        .send()
        .await
        .unwrap()
}

/// Posts the staff release form as a browser does, with the cohort as a file.
async fn record_in_form(browser: &Browser, register: &str, cohort_file: &str) -> reqwest::Response {
    let csrf = csrf_of(
        &browser
            .get("/staff/releases/new")
            .await
            .text()
            .await
            .unwrap(),
    );
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .text("register", register.to_owned())
        .text("type-qivf-treatment_cycle", "on")
        .text("diary_number", "QIVF 2026/50")
        .text("decided_on", "2026-11-20")
        .text("decided_time", "10:00")
        .text("delivered_on", "")
        .text("recipient", "Göteborgs universitet")
        .text("recipient_contact", "forskning@gu.example.se")
        .text("purpose", "research")
        .text("legal_basis", "OSL 25 kap. 1 §")
        .text("ethics_approval", "Dnr 2026-04567-01")
        .text("form", "pseudonymised")
        .text("fields", "Behandlingsdatum")
        .text("cohort", "")
        .part(
            "cohort_file",
            reqwest::multipart::Part::text(cohort_file.to_owned()).file_name("cohort.csv"),
        );
    browser
        .client
        .post(format!("{}/staff/releases/new", browser.app))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

on_both_engines! {
    async fn the_documented_example_stores_a_release_once(app: TestApp) {
        let document: Value = app.client.get(format!("{}/api/openapi.json", app.address))
            .send().await.unwrap().json().await.unwrap();
        let example = document["paths"]["/api/v1/registers/{code}/releases"]["post"]["requestBody"]["content"]["application/json"]["example"].clone();
        assert!(example.is_object(), "the document has the example");
        let (_, token) = token_for(&app, "qivf").await;
        let (status, body) = post_release(&app, "qivf", Some(&token), &example).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        assert_eq!(body["cohort"], json!(["191212121212"]));
        assert_eq!((body["submitted"].as_i64(), body["delivered"].as_i64(), body["left_out"].as_i64()), (Some(1), Some(1), Some(0)));
        assert_eq!(body["opt_out_fingerprint"].as_str().unwrap().len(), 64);
        let release = body["release"].as_i64().unwrap();
        let logged = count(&app, &format!(
            "SELECT COUNT(*) FROM access_events WHERE release_id = {release} AND access_kind = 'disclosure_research' AND leaf_version = 4 AND purpose = 'research_release'")).await;
        assert_eq!(logged, 1, "Tolvan's log has the disclosure, in the same request");

        let (again, repeated) = post_release(&app, "qivf", Some(&token), &example).await;
        assert_eq!(again, StatusCode::OK);
        assert_eq!(repeated["repeated"], json!(true));
        assert_eq!(repeated["release"], body["release"]);
        let mut changed = example.clone();
        changed["recipient"] = json!("Någon annan");
        assert_eq!(post_release(&app, "qivf", Some(&token), &changed).await.0, StatusCode::CONFLICT);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM releases").await, 1);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_events WHERE release_id IS NOT NULL").await, 1);
        let mut conn = app.db.pool().acquire().await.unwrap();
        let report = insyn::access_log::verify::verify(&mut conn, &[], Vec::new()).await.unwrap();
        assert!(report.problem.is_none(), "the log verifies with version 3 leaves: {:?}", report.problem);
    }

    async fn a_release_needs_the_registers_token_and_research_an_approval(app: TestApp) {
        let body = release("QIVF 2026/1", "2026-11-20T09:00:00Z", &[TOLVAN]);
        assert_eq!(post_release(&app, "qivf", None, &body).await.0, StatusCode::UNAUTHORIZED);
        let (ndr_id, ndr) = token_for(&app, "ndr").await;
        assert_eq!(post_release(&app, "qivf", Some(&ndr), &body).await.0, StatusCode::FORBIDDEN);
        let mut conn = app.db.pool().acquire().await.unwrap();
        insyn::db::api_tokens::revoke(&mut conn, ndr_id, 0).await.unwrap();
        assert_eq!(post_release(&app, "ndr", Some(&ndr), &body).await.0, StatusCode::UNAUTHORIZED, "revoked at once");

        let (_, token) = token_for(&app, "qivf").await;
        let mut research = body.clone();
        research["ethics_approval"] = Value::Null;
        research["record_types"] = json!(["no_such_type"]);
        let (status, refused) = post_release(&app, "qivf", Some(&token), &research).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let fields: Vec<&str> = refused["problems"].as_array().unwrap().iter().map(|p| p["field"].as_str().unwrap()).collect();
        assert_eq!(fields, ["ethics_approval", "record_types"]);
        assert!(refused["problems"][0]["message"].as_str().unwrap().contains("ethics"));
        let mut future = body.clone();
        future["decided_at"] = json!("2099-01-01T00:00:00Z");
        assert_eq!(post_release(&app, "qivf", Some(&token), &future).await.0, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM releases").await, 0);
    }

    async fn a_cohort_with_malformed_or_unknown_personnummer_stores_nothing(app: TestApp) {
        let (_, token) = token_for(&app, "qivf").await;
        let malformed = release("QIVF 2026/2", "2026-11-20T09:00:00Z", &[TOLVAN, "19121212-1213", TOLVAN]);
        let (status, body) = post_release(&app, "qivf", Some(&token), &malformed).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let problems: Vec<(u64, &str)> = body["problems"].as_array().unwrap().iter()
            .map(|p| (p["position"].as_u64().unwrap(), p["code"].as_str().unwrap())).collect();
        assert_eq!(problems, [(2, "release-error-cohort-malformed"), (3, "release-error-cohort-twice")]);
        assert!(!body.to_string().contains("1213"), "a refusal never repeats a personnummer");

        // Nils is in no register; Johan is in others, not Q-IVF.
        let unknown = release("QIVF 2026/2", "2026-11-20T09:00:00Z", &[TOLVAN, "19800101-9937", "19580404-9830"]);
        let (status, body) = post_release(&app, "qivf", Some(&token), &unknown).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let positions: Vec<u64> = body["problems"].as_array().unwrap().iter().map(|p| p["position"].as_u64().unwrap()).collect();
        assert_eq!(positions, [2, 3]);
        for table in ["releases", "release_persons"] {
            assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM {table}")).await, 0, "{table}");
        }
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_events WHERE release_id IS NOT NULL").await, 0);
    }

    async fn the_research_opt_out_applies_at_the_second_of_the_decision(app: TestApp) {
        let decided = 1_795_165_200; // 2026-11-20 09:00 UTC
        research_opt_out(&app, KARIN, "given", decided - 1).await;
        research_opt_out(&app, MARIA, "given", decided + 1).await;
        research_opt_out(&app, EMMA, "given", decided - 100).await;
        research_opt_out(&app, EMMA, "withdrawn", decided - 50).await;
        let (_, token) = token_for(&app, "qivf").await;
        let body = release("QIVF 2026/3", &rfc3339(decided), &[TOLVAN, KARIN, MARIA, EMMA]);
        let (status, answer) = post_release(&app, "qivf", Some(&token), &body).await;
        assert_eq!(status, StatusCode::CREATED, "{answer}");
        assert_eq!(answer["cohort"], json!(["191212121212", "198609309862", "199011239861"]));
        assert_eq!(answer["left_out"], json!(1));
        let karin = patient_id(&app, KARIN).await;
        for table in ["release_persons", "access_events"] {
            let stored = count(&app, &format!("SELECT COUNT(*) FROM {table} WHERE patient_id = {karin} AND {}",
                if table == "access_events" { "release_id IS NOT NULL" } else { "1 = 1" })).await;
            assert_eq!(stored, 0, "the person left out is not in {table}");
        }
        // The same list of opt-outs gives the same fingerprint; another does not.
        let again = release("QIVF 2026/4", &rfc3339(decided), &[TOLVAN]);
        let later = release("QIVF 2026/5", &rfc3339(decided + 2), &[TOLVAN]);
        let same = post_release(&app, "qivf", Some(&token), &again).await.1;
        let other = post_release(&app, "qivf", Some(&token), &later).await.1;
        assert_eq!(same["opt_out_fingerprint"], answer["opt_out_fingerprint"]);
        assert_ne!(other["opt_out_fingerprint"], answer["opt_out_fingerprint"]);
    }

    async fn an_aggregate_release_stores_nobody_and_hides_small_counts(app: TestApp) {
        let (_, token) = token_for(&app, "qivf").await;
        let mut body = release("QIVF 2026/6", "2026-11-20T09:00:00Z", &[TOLVAN, KARIN, MARIA]);
        body["form"] = json!("aggregate");
        body["purpose"] = json!("statistics");
        body["ethics_approval"] = Value::Null;
        let (status, answer) = post_release(&app, "qivf", Some(&token), &body).await;
        assert_eq!(status, StatusCode::CREATED, "{answer}");
        assert_eq!(answer["delivered"], Value::Null, "3 is under the threshold of 5");
        assert_eq!(answer["left_out"], json!(0));
        assert_eq!(answer["cohort"], json!([]));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM release_persons").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM access_events WHERE release_id IS NOT NULL").await, 0);
        let public = app.client.get(format!("{}/registers/qivf/releases", app.address)).send().await.unwrap();
        assert_eq!(public.status(), StatusCode::OK);
        let public = public.text().await.unwrap();
        assert!(public.contains("Karolinska Institutet") && public.contains("färre än 5"), "{public}");
        assert!(!public.contains("Tolvan") && !public.contains("191212"), "no person data");
        let unknown = app.client.get(format!("{}/registers/nope/releases", app.address)).send().await.unwrap();
        assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    }
}

on_both_engines! {
    with_idp:
    async fn staff_record_a_release_in_the_form_and_see_only_their_registers(app: TestApp) {
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        // Anna opted out of research 60 days ago (the demo data).
        let recorded = record_in_form(&coordinator, "qivf", &format!("personnummer\n{TOLVAN}\n{ANNA}\n")).await;
        assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
        let location = recorded.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.starts_with("/staff/releases/"));
        let (status, detail) = page(&coordinator, &location).await;
        assert_eq!(status, StatusCode::OK);
        assert!(detail.contains("2 personer i urvalet, 1 får lämnas ut, 1 togs bort"), "{detail}");
        let (_, csv) = page(&coordinator, &format!("{location}/cohort.csv")).await;
        assert_eq!(csv, "personnummer\n191212121212\n");

        let other = staff(&app, NDR_COORDINATOR).await;
        assert_eq!(page(&other, &location).await.0, StatusCode::NOT_FOUND);
        assert_eq!(page(&other, &format!("{location}/cohort.csv")).await.0, StatusCode::NOT_FOUND);
        assert!(!page(&other, "/staff/releases").await.1.contains("Göteborgs universitet"));
        assert_eq!(record_in_form(&other, "qivf", TOLVAN).await.status(), StatusCode::FORBIDDEN);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM releases").await, 1);

        let tolvan = patient(&app, TOLVAN).await;
        let (_, mine) = page(&tolvan, "/me/releases").await;
        assert!(mine.contains("Göteborgs universitet") && mine.contains("Dina uppgifter ingick."), "{mine}");
        assert!(!mine.contains("Anna") && !mine.contains("198503149869") && !mine.contains("personer"),
            "nobody else, and no count, on a patient's page");
        assert_eq!(page(&tolvan, "/staff/releases").await.0, StatusCode::FORBIDDEN);
        let anna = patient(&app, ANNA).await;
        let (_, hers) = page(&anna, "/me/releases").await;
        assert!(hers.contains("Dina uppgifter ingick inte"), "Anna sees why she was left out");

        let bad = record_in_form(&coordinator, "qivf", "19121212-1213\n").await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let bad = bad.text().await.unwrap();
        assert!(bad.contains("Ett personnummer går inte att läsa") && bad.contains("Gäller raderna: 1."), "{bad}");
    }

    async fn a_patient_opts_out_of_research_sees_why_and_withdraws_it(app: TestApp) {
        let karin = patient(&app, KARIN).await;
        let given = opt_out(&karin, &[("kind", "research"), ("scope", "qivf"), ("action", "give")]).await;
        assert_eq!(given.status(), StatusCode::SEE_OTHER);
        let (_, mine) = page(&karin, "/me/releases").await;
        assert!(mine.contains("Nej till forskning och statistik") && mine.contains("Ta tillbaka mitt nej"), "{mine}");

        app.clock.advance(60);
        let (_, token) = token_for(&app, "qivf").await;
        let decided = rfc3339(app.clock.unix() - 30);
        let (_, left_out) = post_release(&app, "qivf", Some(&token), &release("QIVF 2026/8", &decided, &[TOLVAN, KARIN])).await;
        assert_eq!(left_out["cohort"], json!(["191212121212"]));
        assert!(page(&karin, "/me/releases").await.1.contains("Dina uppgifter ingick inte"));

        let withdrawn = opt_out(&karin, &[("kind", "research"), ("scope", "qivf"), ("action", "withdraw")]).await;
        assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            opt_out(&karin, &[("kind", "research"), ("scope", "qivf"), ("action", "withdraw")]).await.status(),
            StatusCode::NOT_FOUND,
            "nothing left to withdraw"
        );
        app.clock.advance(60);
        let decided = rfc3339(app.clock.unix() - 30);
        let (_, included) = post_release(&app, "qivf", Some(&token), &release("QIVF 2026/9", &decided, &[KARIN])).await;
        assert_eq!(included["cohort"], json!(["198807029841"]));
        let events: Vec<(String, Option<i64>)> = sqlx::query_as(
            "SELECT action, by_patient_id FROM opt_out_events WHERE patient_id = $1 ORDER BY id")
            .bind(patient_id(&app, KARIN).await).fetch_all(app.db.pool()).await.unwrap();
        assert_eq!(events.len(), 2, "given and withdrawn, both kept");
        assert_eq!(events[1].0, "withdrawn");

        // Asking not to be registered is a request; staff cannot use the patient's form.
        assert_eq!(
            opt_out(&karin, &[("kind", "registration"), ("scope", "qivf"), ("action", "give")]).await.status(),
            StatusCode::BAD_REQUEST
        );
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        let csrf = csrf_of(&coordinator.get("/staff").await.text().await.unwrap());
        let refused = coordinator.client.post(format!("{}/me/opt-outs", coordinator.app))
            .form(&[("kind", "research"), ("scope", "all"), ("action", "give"), ("csrf", &csrf)])
            .send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    }

    async fn recipients_of_earlier_releases_are_told_of_a_completed_restriction(app: TestApp) {
        let (_, token) = token_for(&app, "qivf").await;
        let (status, _) = post_release(&app, "qivf", Some(&token), &release("QIVF 2026/10", "2026-11-20T09:00:00Z", &[TOLVAN])).await;
        assert_eq!(status, StatusCode::CREATED);
        let tolvan = patient(&app, TOLVAN).await;
        let reference = file(&tolvan, "qivf", "restriction", &[("ground", "accuracy")]).await;
        let coordinator = staff(&app, QIVF_COORDINATOR).await;
        let case = format!("/staff/requests/{reference}");
        assert!(!page(&coordinator, &case).await.1.contains("Mottagare som ska underrättas"), "not before completion");
        assert_eq!(act(&coordinator, &reference, "complete", &[]).await.status(), StatusCode::SEE_OTHER);
        let (_, before) = page(&coordinator, &case).await;
        assert!(before.contains("Mottagare som ska underrättas") && before.contains("Inte underrättad ännu"), "{before}");
        let release: i64 = count(&app, "SELECT id FROM releases").await;

        let other = staff(&app, NDR_COORDINATOR).await;
        assert_eq!(page(&other, &case).await.0, StatusCode::NOT_FOUND, "the case is not theirs");
        let csrf = csrf_of(&other.get("/staff").await.text().await.unwrap());
        let refused = other.client.post(format!("{}{case}/recipients/{release}", other.app))
            .form(&[("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::NOT_FOUND);

        let csrf = csrf_of(&before);
        let told = coordinator.client.post(format!("{}{case}/recipients/{release}", coordinator.app))
            .form(&[("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(told.status(), StatusCode::SEE_OTHER);
        let (_, after) = page(&coordinator, &case).await;
        assert!(after.contains("Mottagare underrättad") && after.contains("Karolinska Institutet (QIVF 2026/10)"), "{after}");
        let receipt = page(&tolvan, &format!("/me/requests/{reference}")).await.1;
        assert!(receipt.contains("Karolinska Institutet") && receipt.contains("Underrättad"), "{receipt}");
        let pdf = tolvan.get(&format!("/me/requests/{reference}/receipt.pdf")).await;
        assert_eq!(pdf.status(), StatusCode::OK);
    }
}
