//! Acting for someone else: a guardian for a child, a chosen proxy, a legal
//! representative — what they may do, what the subject's log and requests
//! record, and each refusal (past the age limit, outside the scope, revoked,
//! protected personal data, forged, a proxy granting further, staff outside
//! their registers), none of which names the subject.

use crate::{
    helpers::{TestApp, on_both_engines},
    idp::{Browser, csrf_of},
};
use reqwest::{Response, StatusCode};

const TOLVAN: &str = "19121212-1212";
pub(crate) const IVF_CHILD: &str = "202103159824";
const OLDER_CHILD: &str = "201207049832";
const FATIMA: &str = "19791224-9807";
const PROTECTED_CHILD: &str = "201802129849";
const BIRGITTA: &str = "19390327-9945";
const PER: &str = "19621008-9899";
const LARS: &str = "194412019970";
const INGRID: &str = "19460202-9987";
const NDR_COORDINATOR: &str = "SE2321000016-1003";

/// The relation of `kind` whose subject has personnummer `subject` (12 digits).
pub(crate) async fn relation_of(app: &TestApp, kind: &str, subject: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT r.id FROM relations r JOIN patients s ON s.id = r.subject_id
         WHERE r.kind = $1 AND s.personnummer = $2",
    )
    .bind(kind)
    .bind(subject)
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

async fn patient_id(app: &TestApp, personnummer: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = $1")
        .bind(personnummer)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

/// Posts `fields` to `path` with the session's form token from `/me`.
async fn post(browser: &Browser, path: &str, fields: &[(&str, &str)]) -> Response {
    post_from(browser, "/me", path, fields).await
}

async fn post_from(browser: &Browser, page: &str, path: &str, fields: &[(&str, &str)]) -> Response {
    let csrf = csrf_of(&browser.get(page).await.text().await.unwrap());
    let mut form: Vec<(&str, &str)> = fields.to_vec();
    form.push(("csrf", &csrf));
    browser
        .client
        .post(format!("{}{path}", browser.app))
        .form(&form)
        .send()
        .await
        .unwrap()
}

pub(crate) async fn act_for(browser: &Browser, relation: i64) -> Response {
    post(
        browser,
        "/me/acting",
        &[("relation", &relation.to_string()), ("next", "/me")],
    )
    .await
}

async fn text(browser: &Browser, path: &str) -> (StatusCode, String) {
    let response = browser.get(path).await;
    (response.status(), response.text().await.unwrap())
}

async fn requests_of(app: &TestApp, personnummer: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM requests r JOIN patients p ON p.id = r.patient_id WHERE p.personnummer = $1",
    )
    .bind(personnummer)
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

on_both_engines! {
    with_idp:
    async fn a_guardian_reads_copies_and_files_for_the_child_and_every_act_names_them(app: TestApp) {
        let tolvan = app.browser();
        let landed = tolvan.sign_in_patient(TOLVAN).await;
        assert_eq!(landed.url().path(), "/me", "oneself first");
        let choices = landed.text().await.unwrap();
        assert!(choices.contains("Elin Tolvansson (du är vårdnadshavare)"), "the IVF child is offered");
        assert!(!choices.contains("Sixten"), "the child past the age limit is not");
        let (_, chooser) = text(&tolvan, "/me/acting").await;
        assert!(chooser.contains("Mig själv") && chooser.contains("Elin Tolvansson"));

        let child = relation_of(&app, "guardian", IVF_CHILD).await;
        let chosen = act_for(&tolvan, child).await;
        assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
        assert_eq!(chosen.headers()["location"], "/me");
        let (_, me) = text(&tolvan, "/me").await;
        assert!(me.contains("Du företräder ditt barn Elin Tolvansson som vårdnadshavare."), "the banner says it in words");
        assert!(me.contains("Register för Elin Tolvansson"), "the page is about her, by name");

        let (status, data) = text(&tolvan, "/me/registers/qivf").await;
        assert_eq!(status, StatusCode::OK);
        for shown in ["Barnets födelse", "3420", "Uppföljning av barnet"] {
            assert!(data.contains(shown), "the child's Q-IVF data: {shown}");
        }
        assert!(!data.contains("Behandlingscykel"), "not the guardian's own treatment");
        let copy = tolvan.get("/me/export.json").await;
        assert_eq!(copy.status(), StatusCode::OK);
        let copy = copy.text().await.unwrap();
        assert!(copy.contains("child_birth") && copy.contains("202103159824"), "the child's JSON copy");

        let filed = post_from(&tolvan, "/me/registers/qivf/request/correction", "/me/registers/qivf/request/correction", &[
            ("record", "missing"), ("field", "Födelsevikt"),
            ("problem", "Födelsevikten ska vara 3240 gram, inte 3420."), ("proposed", "3240"), ("confirm", "yes"),
        ]).await;
        assert_eq!(filed.status(), StatusCode::SEE_OTHER);
        let receipt = filed.headers()["location"].to_str().unwrap().to_owned();
        let (_, receipt) = text(&tolvan, &receipt).await;
        assert!(receipt.contains("Tolvan Tolvansson, som vårdnadshavare"), "the receipt says who filed it");

        let (tolvan_id, child_id) = (patient_id(&app, "191212121212").await, patient_id(&app, IVF_CHILD).await);
        let (filed_by, filed_as): (Option<i64>, Option<String>) = sqlx::query_as(
            "SELECT filed_by_patient_id, filed_as FROM requests WHERE patient_id = $1",
        ).bind(child_id).fetch_one(app.db.pool()).await.unwrap();
        assert_eq!((filed_by, filed_as.as_deref()), (Some(tolvan_id), Some("guardian")));
        let history_actor: String = sqlx::query_scalar(
            "SELECT e.actor FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.patient_id = $1",
        ).bind(child_id).fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(history_actor, "guardian");

        let acted: Vec<(i64, Option<i64>, Option<String>, String)> = sqlx::query_as(
            "SELECT leaf_version, acting_patient_id, acting_as, access_kind FROM access_events
             WHERE patient_id = $1 AND source = 'insyn' ORDER BY seq",
        ).bind(child_id).fetch_all(app.db.pool()).await.unwrap();
        assert!(acted.len() >= 2, "the look and the copy are in the child's log: {acted:?}");
        for (version, acting, relation, _) in &acted {
            assert_eq!((*version, *acting, relation.as_deref()), (insyn::db::access_events::LEAF_VERSION, Some(tolvan_id), Some("guardian")));
        }
        let (_, log) = text(&tolvan, "/me/log?who=others").await;
        assert!(log.contains("Din vårdnadshavare Tolvan Tolvansson"), "the child's log names the guardian");

        let back = post(&tolvan, "/me/acting", &[("relation", "self")]).await;
        assert_eq!(back.status(), StatusCode::SEE_OTHER);
        let (_, own) = text(&tolvan, "/me/registers/qivf").await;
        assert!(own.contains("Behandlingscykel") && !own.contains("Barnets födelse"), "Tolvan's own pages again");
        assert!(!own.contains("Du företräder"), "no banner for oneself");

        let mut conn = app.db.pool().acquire().await.unwrap();
        let report = insyn::access_log::verify::verify(&mut conn, &[], Vec::new()).await.unwrap();
        assert!(report.problem.is_none(), "entries of every leaf version verify together");
        assert!(report.entries > 0);
    }

    async fn no_way_to_act_past_the_age_limit_for_a_protected_person_or_through_someone_elses_relation(app: TestApp) {
        let tolvan = app.browser();
        tolvan.sign_in_patient(TOLVAN).await;
        let older = relation_of(&app, "guardian", OLDER_CHILD).await;
        let refused = act_for(&tolvan, older).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "past the age limit");
        assert!(!refused.text().await.unwrap().contains("Sixten"), "no name in the refusal");
        let birgittas = relation_of(&app, "proxy", "193903279945").await;
        assert_eq!(act_for(&tolvan, birgittas).await.status(), StatusCode::FORBIDDEN, "another person's relation");
        let forged = tolvan.client.post(format!("{}/me/acting", app.address))
            .form(&[("relation", "self"), ("csrf", "guessed")]).send().await.unwrap();
        assert_eq!(forged.status(), StatusCode::FORBIDDEN, "a forged form");
        let csrf = csrf_of(&tolvan.get("/me").await.text().await.unwrap());
        let child = relation_of(&app, "guardian", IVF_CHILD).await;
        let cross_site = tolvan.client.post(format!("{}/me/acting", app.address))
            .header("Sec-Fetch-Site", "cross-site")
            .form(&[("relation", child.to_string().as_str()), ("csrf", csrf.as_str())]).send().await.unwrap();
        assert_eq!(cross_site.status(), StatusCode::FORBIDDEN, "cross-site");
        let (_, me) = text(&tolvan, "/me").await;
        assert!(!me.contains("Du företräder"), "still acting for himself");

        let fatima = app.browser();
        let landed = fatima.sign_in_patient(FATIMA).await;
        let landed = landed.text().await.unwrap();
        assert!(!landed.contains("Alva") && !landed.contains("acting-offer"), "the protected child is not offered");
        let protected = relation_of(&app, "guardian", PROTECTED_CHILD).await;
        let refused = act_for(&fatima, protected).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "protected personal data");
        assert!(!refused.text().await.unwrap().contains("Alva"), "no name in the refusal");
        let (_, acting_page) = text(&fatima, "/me/acting").await;
        assert!(!acting_page.contains("Alva"), "the protected child's name is never shown");

        let child = app.browser();
        let refused = child.sign_in_patient("20210315-9824").await;
        assert_eq!(refused.url().path(), "/auth/error", "a child under the age of own access");
        assert!(refused.url().query().unwrap_or_default().contains("too-young"));
    }

    async fn a_proxy_acts_within_scope_and_stops_the_moment_it_is_revoked(app: TestApp) {
        let per = app.browser();
        let landed = per.sign_in_patient(PER).await;
        assert!(landed.text().await.unwrap().contains("Birgitta Testdal (du är ombud)"));
        let proxy = relation_of(&app, "proxy", "193903279945").await;
        assert_eq!(act_for(&per, proxy).await.status(), StatusCode::SEE_OTHER);
        let (_, page) = text(&per, "/me/registers/riksstroke").await;
        assert!(page.contains("Du företräder Birgitta Testdal som ombud."));

        // A proxy cannot grant further.
        let further = post(&per, "/me/proxies", &[
            ("personnummer", "19800101-9937"), ("scope", "read"), ("reach", "all"), ("until", "2027-01-31"),
        ]).await;
        assert_eq!(further.status(), StatusCode::FORBIDDEN);
        assert_eq!(per.get("/me/proxies").await.status(), StatusCode::FORBIDDEN);

        // Read only: an erasure is refused and nothing is stored.
        sqlx::query("UPDATE relations SET may_file = 0 WHERE id = $1").bind(proxy).execute(app.db.pool()).await.unwrap();
        let before = requests_of(&app, "193903279945").await;
        let erasure = post(&per, "/me/registers/riksstroke/request/erasure", &[("confirm", "yes")]).await;
        assert_eq!(erasure.status(), StatusCode::FORBIDDEN);
        assert!(!erasure.text().await.unwrap().contains("Birgitta"), "no name in the refusal");
        assert_eq!(requests_of(&app, "193903279945").await, before, "nothing stored");

        // Birgitta revokes; Per's very next request is his own again.
        let birgitta = app.browser();
        birgitta.sign_in_patient(BIRGITTA).await;
        let (_, proxies) = text(&birgitta, "/me/proxies").await;
        assert!(proxies.contains("Per Påhittad, ombud"), "the principal sees her proxy");
        let revoked = post_from(&birgitta, "/me/proxies", &format!("/me/proxies/{proxy}/revoke"), &[]).await;
        assert_eq!(revoked.status(), StatusCode::SEE_OTHER);
        let (_, after) = text(&per, "/me/registers/riksstroke").await;
        assert!(!after.contains("Birgitta"), "the revoked proxy ends at the next request");
        assert_eq!(act_for(&per, proxy).await.status(), StatusCode::FORBIDDEN);
    }

    async fn a_person_grants_a_limited_proxy_and_an_expired_one_ends(app: TestApp) {
        let nils = app.browser();
        nils.sign_in_patient("19800101-9937").await;
        let until = (app.clock.today() + time::Duration::days(90)).to_string();
        let too_long = (app.clock.today() + time::Duration::days(800)).to_string();
        let refused = post_from(&nils, "/me/proxies", "/me/proxies", &[
            ("personnummer", "19800101-9937"), ("scope", "file"), ("reach", "some"), ("until", &too_long),
        ]).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "oneself, no register, over two years");
        let granted = post_from(&nils, "/me/proxies", "/me/proxies", &[
            ("personnummer", "19850314-9869"), ("scope", "read"), ("reach", "some"), ("register-qivf", "on"), ("until", &until),
        ]).await;
        assert_eq!(granted.status(), StatusCode::SEE_OTHER);
        let (read_only, all): (i64, i64) = sqlx::query_as(
            "SELECT may_file, all_registers FROM relations r JOIN patients a ON a.id = r.agent_id
             WHERE a.personnummer = '198503149869' AND r.kind = 'proxy'",
        ).fetch_one(app.db.pool()).await.unwrap();
        assert_eq!((read_only, all), (0, 0));

        // Per's proxy for Birgitta, ended yesterday: not offered, not usable.
        let proxy = relation_of(&app, "proxy", "193903279945").await;
        let yesterday = (app.clock.today() - time::Duration::days(1)).to_string();
        sqlx::query("UPDATE relations SET valid_until = $1 WHERE id = $2").bind(yesterday).bind(proxy)
            .execute(app.db.pool()).await.unwrap();
        let per = app.browser();
        let landed = per.sign_in_patient(PER).await;
        assert!(!landed.text().await.unwrap().contains("Birgitta"), "an expired proxy is not offered");
        assert_eq!(act_for(&per, proxy).await.status(), StatusCode::FORBIDDEN);
    }

    async fn a_legal_representative_entered_by_staff_acts_within_their_registers(app: TestApp) {
        let ingrid = app.browser();
        let landed = ingrid.sign_in_patient(INGRID).await;
        assert!(landed.text().await.unwrap().contains("Lars Exempelholm (du är god man eller förvaltare)"));
        let representative = relation_of(&app, "representative", LARS).await;
        assert_eq!(act_for(&ingrid, representative).await.status(), StatusCode::SEE_OTHER);
        let (status, page) = text(&ingrid, "/me/registers/ndr").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Du företräder Lars Exempelholm som god man eller förvaltare."));
        assert_eq!(ingrid.get("/me/registers/qivf").await.status(), StatusCode::NOT_FOUND, "outside the decision's registers");

        let lars = app.browser();
        lars.sign_in_patient("19441201-9970").await;
        let (_, proxies) = text(&lars, "/me/proxies").await;
        assert!(proxies.contains("Ingrid Testfors, god man eller förvaltare") && proxies.contains("ÖFN 2025-0123"));

        // Staff enter representatives for their own registers only.
        let robin = app.browser();
        robin.sign_in_staff(NDR_COORDINATOR).await;
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM relations").fetch_one(app.db.pool()).await.unwrap();
        let fields = |register: &'static str| vec![
            ("represented", "19510611-9828"), ("representative", "19750120-9873"), ("reference", "ÖFN 2026-0456"),
            ("scope", "file"), (register, "on"), ("from", "2026-01-01"), ("until", "2028-12-31"),
        ];
        let outside = post_from(&robin, "/staff", "/staff/representatives", &fields("register-qivf")).await;
        assert_eq!(outside.status(), StatusCode::FORBIDDEN, "a register the staff member does not hold");
        assert!(!outside.text().await.unwrap().contains("Gunilla"));
        let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM relations").fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(after, before, "nothing stored");
        let entered = post_from(&robin, "/staff", "/staff/representatives", &fields("register-ndr")).await;
        assert_eq!(entered.status(), StatusCode::SEE_OTHER);
        let patient = app.browser();
        patient.sign_in_patient(PER).await;
        assert_eq!(
            post(&patient, "/staff/representatives", &fields("register-ndr")).await.status(),
            StatusCode::FORBIDDEN,
            "patients do not enter representatives"
        );
    }

    async fn the_population_register_pushes_relations_all_or_nothing(app: TestApp) {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_insyn"))
            .args(["token", "create", "--relations", "--label", "population register"])
            .env("DATABASE_URL", &app.database_url)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let token = String::from_utf8(output.stdout).unwrap().trim().to_owned();
        let client = reqwest::Client::new();
        let url = format!("{}/api/v1/relations", app.address);
        let push = |body: serde_json::Value, bearer: String| {
            client.post(&url).bearer_auth(bearer).json(&body).send()
        };
        let good = serde_json::json!({"type": "guardianship", "guardian": "19850314-9869", "child": "20210315-9824", "from": "2021-03-15"});
        let bad = serde_json::json!({"type": "guardianship", "guardian": "19850314-9869", "child": "20210315-9825", "from": "2021-03-15"});
        let refused = push(serde_json::json!({"items": [good, bad]}), token.clone()).await.unwrap();
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = refused.text().await.unwrap();
        assert!(body.contains("\"position\":2") && !body.contains("2021031598"), "{body}");
        assert_eq!(
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM relations r JOIN patients a ON a.id = r.agent_id WHERE a.personnummer = '198503149869'")
                .fetch_one(app.db.pool()).await.unwrap(),
            0,
            "nothing stored"
        );
        let stored = push(serde_json::json!({"items": [good, {"type": "protection", "person": "20120704-9832", "protected": true}]}), token.clone()).await.unwrap();
        assert_eq!(stored.status(), StatusCode::OK);
        assert_eq!(stored.text().await.unwrap(), r#"{"guardianships":1,"protections":1}"#);
        let register_token = push(serde_json::json!({"items": []}), "insyn_qivf_not-a-relations-token".into()).await.unwrap();
        assert_eq!(register_token.status(), StatusCode::UNAUTHORIZED);
        let none = client.post(&url).json(&serde_json::json!({"items": []})).send().await.unwrap();
        assert_eq!(none.status(), StatusCode::UNAUTHORIZED);
    }

    async fn relations_import_is_all_or_nothing_and_writes_its_refusals(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("relations.ndjson");
        std::fs::write(&file, concat!(
            r#"{"type":"guardianship","guardian":"19880702-9841","child":"20210315-9824","from":"2021-03-15"}"#, "\n",
            r#"{"type":"guardianship","guardian":"19880702-9841","child":"20210315-9824","from":"someday"}"#, "\n",
        )).unwrap();
        let run = |file: &std::path::Path| {
            std::process::Command::new(env!("CARGO_BIN_EXE_insyn"))
                .args(["relations", "import"])
                .arg(file)
                .env("DATABASE_URL", &app.database_url)
                .output()
                .unwrap()
        };
        let refused = run(&file);
        assert!(!refused.status.success());
        let errors = std::fs::read_to_string(dir.path().join("relations.ndjson.errors.ndjson")).unwrap();
        assert!(errors.contains(r#""line":2"#) && !errors.contains("20210315"), "{errors}");
        let karin: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM relations r JOIN patients a ON a.id = r.agent_id WHERE a.personnummer = '198807029841'",
        ).fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(karin, 0, "nothing stored");
        std::fs::write(&file, concat!(
            r#"{"type":"guardianship","guardian":"19880702-9841","child":"20210315-9824","from":"2021-03-15"}"#, "\n",
        )).unwrap();
        let stored = run(&file);
        assert!(stored.status.success(), "{}", String::from_utf8_lossy(&stored.stderr));
        assert!(String::from_utf8_lossy(&stored.stdout).contains("1 guardianships"));
    }

    async fn notices_go_to_whoever_acted_and_to_the_subject_only_as_an_adult(app: TestApp) {
        for (pnr, email) in [
            ("191212121212", "tolvan@example.se"),
            (IVF_CHILD, "elin@example.se"),
            ("196210089899", "per@example.se"),
            ("193903279945", "birgitta@example.se"),
        ] {
            sqlx::query("UPDATE patients SET email = $1, email_confirmed_at = 1, notice_lang = 'sv' WHERE personnummer = $2")
                .bind(email)
                .bind(pnr)
                .execute(app.db.pool())
                .await
                .unwrap();
        }
        let mails_to = |address: &'static str| {
            let pool = app.db.pool().clone();
            async move {
                sqlx::query_as::<_, (String,)>("SELECT body_text FROM outbox WHERE recipient = $1")
                    .bind(address)
                    .fetch_all(&pool)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|(body,)| body)
                    .collect::<Vec<_>>()
            }
        };

        let tolvan = app.browser();
        tolvan.sign_in_patient(TOLVAN).await;
        act_for(&tolvan, relation_of(&app, "guardian", IVF_CHILD).await).await;
        let filed = post_from(&tolvan, "/me/registers/qivf/request/correction", "/me/registers/qivf/request/correction", &[
            ("record", "missing"), ("problem", "Uppföljningen vid tre år saknas."), ("confirm", "yes"),
        ]).await;
        assert_eq!(filed.status(), StatusCode::SEE_OTHER);
        let to_tolvan = mails_to("tolvan@example.se").await;
        assert_eq!(to_tolvan.len(), 1, "the guardian is told");
        assert!(to_tolvan[0].contains("Ärendet gäller någon du företräder"), "{}", to_tolvan[0]);
        assert!(!to_tolvan[0].contains("Elin") && !to_tolvan[0].contains("20210315"), "the mail names nobody");
        assert!(mails_to("elin@example.se").await.is_empty(), "a child's notices go to the guardian only");

        let per = app.browser();
        per.sign_in_patient(PER).await;
        act_for(&per, relation_of(&app, "proxy", "193903279945").await).await;
        let filed = post_from(&per, "/me/registers/riksstroke/request/restriction", "/me/registers/riksstroke/request/restriction", &[
            ("ground", "accuracy"), ("confirm", "yes"),
        ]).await;
        assert_eq!(filed.status(), StatusCode::SEE_OTHER);
        assert_eq!(mails_to("per@example.se").await.len(), 1, "the proxy is told");
        let to_birgitta = mails_to("birgitta@example.se").await;
        assert_eq!(to_birgitta.len(), 1, "an adult subject is told too");
        assert!(!to_birgitta[0].contains("Ärendet gäller någon du företräder"));
    }
}
