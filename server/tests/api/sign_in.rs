//! Sign-in against the real development identity provider: the happy paths
//! for patients and staff, every refusal the relying party owes (with the
//! provider misbehaving on purpose), sessions, sign-out and back-channel
//! logout, and who may open which page.

use crate::helpers::{on_both_engines, spawn_app_with_idp};
use insyn::db::Engine;
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

const TOLVAN: &str = "19121212-1212";
const PNR_CLAIM: &str = "https://id.oidc.se/claim/personalIdentityNumber";

fn unix_now() -> i64 {
    insyn::clock::Clock::System.unix()
}

/// The refusal page's reason, asserting that it is one.
pub(crate) async fn refusal_reason(response: Response) -> (StatusCode, String) {
    let path = response.url().path().to_owned();
    let status = response.status();
    let body = response.text().await.unwrap();
    assert_eq!(
        path, "/auth/error",
        "ended on {path} ({status}): {body:.300}"
    );
    let reason = body
        .split("data-reason=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page names its reason")
        .to_owned();
    (status, reason)
}

fn csrf_of(page: &str) -> String {
    page.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a sign-out form with the session's token")
        .to_owned()
}

on_both_engines! {
    with_idp:
    async fn a_patient_signs_in_and_lands_on_mina_register(app: TestApp) {
        let browser = app.browser();
        let page = browser.sign_in_patient(TOLVAN).await;
        assert_eq!(page.url().path(), "/me");
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.unwrap();
        let main = html.split("<main").nth(1).unwrap_or(&html);
        assert!(main.contains("Välkommen, Tolvan Tolvansson"), "{main:.3000}");
        assert!(html.contains("Registrerad sedan"), "Q-IVF and NDR are marked registered");
        assert!(html.contains("Inte registrerad"), "Riksstroke is not");
        assert!(html.contains("action=\"/auth/logout\""), "a sign-out button");
        assert!(html.contains("15 minuter utan aktivitet"), "the timeout notice");
        assert!(!html.contains("191212121212") && !html.contains(TOLVAN), "no personnummer on the page");
        assert_eq!(app.session_count().await, 1);
        let (issuer, subject): (String, String) = sqlx::query_as("SELECT idp_issuer, idp_subject FROM sessions")
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(issuer, app.idp().issuer);
        assert!(subject.starts_with("p-"), "the provider's pseudonym, not the personnummer");
    }

    async fn staff_sign_in_with_two_factors_and_see_their_registers_only(app: TestApp) {
        let page = app.browser().sign_in_staff("SE2321000016-1001").await;
        assert_eq!(page.url().path(), "/staff");
        let html = page.text().await.unwrap();
        assert!(html.contains("SE2321000016-1001"));
        assert!(html.contains("/registers/qivf"));
        assert!(!html.contains("/registers/ndr\""), "NDR is outside this coordinator's scope");
        let page = app.browser().sign_in_staff("SE2321000016-1002").await;
        let html = page.text().await.unwrap();
        for code in ["qivf", "ndr", "riksstroke"] {
            assert!(html.contains(&format!("/registers/{code}")), "{code}");
        }
    }
}

#[tokio::test]
async fn the_session_cookie_is_host_only_httponly_secure_and_lax() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    let callback = browser
        .round_trip("/auth/login", "personnummer", TOLVAN)
        .await;
    let response = browser.client.get(callback).send().await.unwrap();
    let cookies: Vec<&str> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    let session = cookies
        .iter()
        .find(|c| c.starts_with("__Host-insyn_session="))
        .expect("a session cookie");
    for part in ["Path=/", "HttpOnly", "Secure", "SameSite=Lax"] {
        assert!(session.contains(part), "{session}");
    }
    assert!(!session.contains("Domain"), "{session}");
    let value = session.split(['=', ';']).nth(1).unwrap();
    assert_eq!(value.len(), 43, "256 random bits");
    let stored: String = sqlx::query_scalar("SELECT token_hash FROM sessions")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_ne!(stored, value, "only the hash is stored");
}

#[tokio::test]
async fn every_spoiled_answer_from_the_provider_is_refused_without_a_session() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let idp = app.idp();
    let now = unix_now();
    // (what, staff?, how the provider misbehaves, the reason insyn gives)
    let cases: Vec<(&str, bool, Value, &str)> = vec![
        (
            "wrong nonce",
            false,
            json!({"id_token": {"set": {"nonce": "not-the-one"}}}),
            "refused",
        ),
        (
            "missing nonce",
            false,
            json!({"id_token": {"unset": ["nonce"]}}),
            "refused",
        ),
        (
            "expired ID token",
            false,
            json!({"id_token": {"set": {"exp": now - 300, "iat": now - 900}}}),
            "refused",
        ),
        (
            "issued in the future",
            false,
            json!({"id_token": {"set": {"iat": now + 3600}}}),
            "refused",
        ),
        (
            "authenticated too long ago",
            false,
            json!({"id_token": {"set": {"auth_time": now - 7200}}}),
            "refused",
        ),
        (
            "no auth_time though max_age asked",
            false,
            json!({"id_token": {"unset": ["auth_time"]}}),
            "refused",
        ),
        (
            "wrong aud",
            false,
            json!({"id_token": {"set": {"aud": "someone-else"}}}),
            "refused",
        ),
        (
            "extra untrusted aud",
            false,
            json!({"id_token": {"set": {"aud": ["insyn-patient", "someone-else"], "azp": "insyn-patient"}}}),
            "refused",
        ),
        (
            "wrong azp",
            false,
            json!({"id_token": {"set": {"azp": "someone-else"}}}),
            "refused",
        ),
        (
            "wrong iss",
            false,
            json!({"id_token": {"set": {"iss": "http://evil.example"}}}),
            "refused",
        ),
        (
            "unsigned (alg none)",
            false,
            json!({"id_token": {"sign": "none"}}),
            "refused",
        ),
        (
            "RS256 by another key",
            false,
            json!({"id_token": {"sign": "foreign"}}),
            "refused",
        ),
        (
            "ES256 by another key",
            true,
            json!({"id_token": {"sign": "foreign"}}),
            "refused",
        ),
        (
            "a kid the provider never published",
            false,
            json!({"id_token": {"sign": "unknown"}}),
            "refused",
        ),
        (
            "UserInfo for another subject",
            false,
            json!({"userinfo": {"set": {"sub": "p-someone-else"}}}),
            "refused",
        ),
        (
            "no personnummer",
            false,
            json!({"id_token": {"unset": [PNR_CLAIM]}, "userinfo": {"unset": [PNR_CLAIM]}}),
            "identity",
        ),
        (
            "personnummer with a bad check digit",
            false,
            json!({"id_token": {"set": {PNR_CLAIM: "191212121213"}}}),
            "identity",
        ),
        (
            "too low acr",
            false,
            json!({"id_token": {"set": {"acr": "http://id.elegnamnden.se/loa/1.0/loa2"}}}),
            "assurance",
        ),
        (
            "no acr",
            false,
            json!({"id_token": {"unset": ["acr"]}}),
            "assurance",
        ),
        (
            "staff with one factor",
            true,
            json!({"id_token": {"set": {"amr": ["pwd"]}}}),
            "two-factor",
        ),
        (
            "staff not in the staff table",
            true,
            json!({"id_token": {"set": {"hsa_id": "SE2321000016-9999"}}}),
            "unknown-staff",
        ),
    ];
    for (what, staff, spoil, expected) in cases {
        idp.tamper(spoil).await;
        let browser = app.browser();
        let page = if staff {
            browser.sign_in_staff("SE2321000016-1001").await
        } else {
            browser.sign_in_patient(TOLVAN).await
        };
        let (status, reason) = refusal_reason(page).await;
        assert_eq!(reason, expected, "{what}");
        assert!(status.is_client_error(), "{what}: {status}");
        assert_eq!(app.session_count().await, 0, "{what}: no session");
    }
}

#[tokio::test]
async fn a_rotated_signing_key_is_fetched_once_and_accepted() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    // Discovery happens at the first sign-in; the next token names a new key.
    app.browser().sign_in_patient(TOLVAN).await;
    app.idp()
        .tamper(json!({"id_token": {"sign": "rotated"}}))
        .await;
    let page = app.browser().sign_in_patient(TOLVAN).await;
    assert_eq!(page.url().path(), "/me");
}

#[tokio::test]
async fn state_must_match_a_sign_in_this_browser_started_and_is_good_once() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();

    // Wrong state.
    let mut callback = browser
        .round_trip("/auth/login", "personnummer", TOLVAN)
        .await;
    let query: Vec<(String, String)> = callback
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "state" {
                "forged".into()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    callback.query_pairs_mut().clear().extend_pairs(query);
    assert_eq!(
        refusal_reason(browser.finish(callback).await).await.1,
        "expired"
    );

    // Another browser cannot finish this browser's sign-in.
    let callback = browser
        .round_trip("/auth/login", "personnummer", TOLVAN)
        .await;
    let other = app.browser();
    assert_eq!(
        refusal_reason(other.finish(callback.clone()).await).await.1,
        "expired"
    );

    // Replayed callback (same state and code).
    let callback = browser
        .round_trip("/auth/login", "personnummer", TOLVAN)
        .await;
    assert_eq!(browser.finish(callback.clone()).await.url().path(), "/me");
    assert_eq!(
        refusal_reason(browser.finish(callback.clone()).await)
            .await
            .1,
        "expired"
    );
    assert_eq!(app.session_count().await, 1);

    // Replayed code under a fresh state: the provider refuses the code.
    let fresh = browser.get("/auth/login").await;
    let auth_url = reqwest::Url::parse(fresh.headers()["location"].to_str().unwrap()).unwrap();
    let state = auth_url
        .query_pairs()
        .find(|(k, _)| k == "state")
        .unwrap()
        .1
        .into_owned();
    let code = callback
        .query_pairs()
        .find(|(k, _)| k == "code")
        .unwrap()
        .1
        .into_owned();
    let replay = format!("{}/auth/callback?code={code}&state={state}", app.address);
    let replay = reqwest::Url::parse(&replay).unwrap();
    assert_eq!(
        refusal_reason(browser.finish(replay).await).await.1,
        "refused"
    );
    assert_eq!(app.session_count().await, 1, "no new session");
}

#[tokio::test]
async fn a_code_under_another_sign_ins_pkce_verifier_is_refused() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    // The code of sign-in A…
    let a = browser
        .round_trip("/auth/login", "personnummer", TOLVAN)
        .await;
    let code = a
        .query_pairs()
        .find(|(k, _)| k == "code")
        .unwrap()
        .1
        .into_owned();
    // …injected into sign-in B of the same browser, whose verifier differs.
    let b = browser.get("/auth/login").await;
    let auth_url = reqwest::Url::parse(b.headers()["location"].to_str().unwrap()).unwrap();
    let state = auth_url
        .query_pairs()
        .find(|(k, _)| k == "state")
        .unwrap()
        .1
        .into_owned();
    let injected = reqwest::Url::parse(&format!(
        "{}/auth/callback?code={code}&state={state}",
        app.address
    ))
    .unwrap();
    assert_eq!(
        refusal_reason(browser.finish(injected).await).await.1,
        "refused"
    );
    assert_eq!(app.session_count().await, 0);
}

#[tokio::test]
async fn a_replayed_nonce_is_refused() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    assert_eq!(
        app.browser().sign_in_patient(TOLVAN).await.url().path(),
        "/me"
    );
    app.idp()
        .tamper(json!({"id_token": {"replay": ["nonce"]}}))
        .await;
    let page = app.browser().sign_in_patient(TOLVAN).await;
    assert_eq!(refusal_reason(page).await.1, "refused");
    assert_eq!(
        app.session_count().await,
        1,
        "only the first sign-in's session"
    );
}

#[tokio::test]
async fn cancelling_at_the_provider_or_a_response_from_another_issuer_is_refused() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    for (extra, expected) in [
        ("error=access_denied", "cancelled"),
        ("code=x&iss=http%3A%2F%2Fevil.example", "refused"),
    ] {
        let start = browser.get("/auth/login").await;
        let auth_url = reqwest::Url::parse(start.headers()["location"].to_str().unwrap()).unwrap();
        let state = auth_url
            .query_pairs()
            .find(|(k, _)| k == "state")
            .unwrap()
            .1
            .into_owned();
        let url = reqwest::Url::parse(&format!(
            "{}/auth/callback?{extra}&state={state}",
            app.address
        ))
        .unwrap();
        assert_eq!(refusal_reason(browser.finish(url).await).await.1, expected);
    }
}

#[tokio::test]
async fn a_session_ends_at_the_idle_timeout() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    app.clock.advance(14 * 60);
    assert_eq!(
        browser.get("/me").await.status(),
        StatusCode::OK,
        "activity within 15 minutes"
    );
    app.clock.advance(15 * 60 + 1);
    let page = browser.get("/me").await;
    assert!(
        page.status().is_redirection(),
        "idle too long: sign in again"
    );
    assert!(
        page.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/auth/login")
    );
    assert_eq!(app.session_count().await, 0);
}

#[tokio::test]
async fn a_session_ends_at_the_absolute_timeout_however_active() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    for _ in 0..(8 * 60 / 14) {
        app.clock.advance(14 * 60);
        assert_eq!(browser.get("/me").await.status(), StatusCode::OK);
    }
    app.clock.advance(14 * 60);
    assert!(
        browser.get("/me").await.status().is_redirection(),
        "8 hours are the most"
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_here_and_at_the_provider() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    let callback = browser
        .round_trip("/auth/login", "personnummer", TOLVAN)
        .await;
    let signed_in = browser.client.get(callback).send().await.unwrap();
    let cookie = session_cookie(&signed_in);
    let html = browser.follow(signed_in).await.text().await.unwrap();

    // Without the form's token, nothing happens.
    let refused = browser
        .client
        .post(format!("{}/auth/logout", app.address))
        .form(&[("csrf", "guess")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.session_count().await, 1);

    let out = browser
        .client
        .post(format!("{}/auth/logout", app.address))
        .form(&[("csrf", csrf_of(&html))])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let location = out.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        location.starts_with(&format!("{}/session/end", app.idp().issuer)),
        "{location}"
    );
    // Nothing of the person in the address the browser keeps in its history:
    // no ID token (which carries the personnummer and the name).
    assert!(!location.contains("id_token_hint"), "{location}");
    assert!(location.contains("client_id=insyn-patient"), "{location}");
    for personal in ["191212121212", "19121212-1212", "Tolvan", "eyJ"] {
        assert!(!location.contains(personal), "{location}");
    }
    assert_eq!(app.session_count().await, 0);
    // The old cookie, replayed by hand, is worth nothing.
    let replay = app.get_with_cookie("/me", &cookie).await;
    assert!(replay.status().is_redirection());
}

#[tokio::test]
async fn a_cookie_from_before_a_sign_in_is_worthless_after_it() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    let callback = browser
        .round_trip("/auth/login", "personnummer", TOLVAN)
        .await;
    let first = browser.client.get(callback).send().await.unwrap();
    let old = session_cookie(&first);
    // Signing in again in the same browser: a new session, the old one gone.
    let callback = browser
        .round_trip("/auth/login", "personnummer", TOLVAN)
        .await;
    let second = browser.client.get(callback).send().await.unwrap();
    let new = session_cookie(&second);
    assert_ne!(old, new);
    assert!(
        app.get_with_cookie("/me", &old)
            .await
            .status()
            .is_redirection()
    );
    assert_eq!(
        app.get_with_cookie("/me", &new).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.session_count().await, 1);
}

fn session_cookie(response: &Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|c| c.starts_with("__Host-insyn_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned()
}

#[tokio::test]
async fn the_providers_back_channel_logout_ends_the_matching_session() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    browser.sign_in_patient(TOLVAN).await;
    let (subject, sid): (String, String) =
        sqlx::query_as("SELECT idp_subject, idp_session_id FROM sessions")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    app.idp().backchannel("insyn-patient", &subject, &sid).await;
    assert_eq!(app.session_count().await, 0);
    assert!(browser.get("/me").await.status().is_redirection());
}

#[tokio::test]
async fn back_channel_logout_tokens_are_verified_and_single_use() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    app.browser().sign_in_patient(TOLVAN).await;
    let sid: String = sqlx::query_scalar("SELECT idp_session_id FROM sessions")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let post = |token: String| {
        let client = reqwest::Client::new();
        let url = format!("{}/auth/backchannel-logout", app.address);
        async move {
            client
                .post(url)
                .form(&[("logout_token", token)])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let bad: Vec<(&str, Value)> = vec![
        (
            "signed by another key",
            json!({"client_id": "insyn-patient", "sid": sid, "sign": "foreign"}),
        ),
        (
            "unsigned",
            json!({"client_id": "insyn-patient", "sid": sid, "sign": "none"}),
        ),
        (
            "for another client",
            json!({"client_id": "someone-else", "sid": sid}),
        ),
        (
            "with a nonce",
            json!({"client_id": "insyn-patient", "sid": sid, "set": {"nonce": "n"}}),
        ),
        (
            "without the event",
            json!({"client_id": "insyn-patient", "sid": sid, "unset": ["events"]}),
        ),
        (
            "expired",
            json!({"client_id": "insyn-patient", "sid": sid, "set": {"iat": unix_now() - 3600, "exp": unix_now() - 3000}}),
        ),
    ];
    for (what, spec) in bad {
        let token = app.idp().logout_token(spec).await;
        assert_eq!(post(token).await, StatusCode::BAD_REQUEST, "{what}");
        assert_eq!(app.session_count().await, 1, "{what}: the session lives");
    }
    let good = app
        .idp()
        .logout_token(json!({"client_id": "insyn-patient", "sid": sid}))
        .await;
    assert_eq!(post(good.clone()).await, StatusCode::OK);
    assert_eq!(app.session_count().await, 0);
    assert_eq!(
        post(good).await,
        StatusCode::BAD_REQUEST,
        "a jti is good once"
    );
}

#[tokio::test]
async fn patients_and_staff_cannot_open_each_others_pages() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let anonymous = app.browser();
    let me = anonymous.get("/me").await;
    assert!(me.status().is_redirection());
    assert_eq!(me.headers()["location"], "/auth/login?next=/me");
    let staff_page = anonymous.get("/staff").await;
    assert_eq!(staff_page.headers()["location"], "/staff/login");

    let patient = app.browser();
    patient.sign_in_patient(TOLVAN).await;
    assert_eq!(patient.get("/staff").await.status(), StatusCode::FORBIDDEN);

    let staff = app.browser();
    staff.sign_in_staff("SE2321000016-1002").await;
    assert_eq!(staff.get("/me").await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_deactivated_staff_members_session_stops_working() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let staff = app.browser();
    staff.sign_in_staff("SE2321000016-1003").await;
    assert_eq!(staff.get("/staff").await.status(), StatusCode::OK);
    sqlx::query("UPDATE staff SET active = 0 WHERE hsa_id = 'SE2321000016-1003'")
        .execute(app.db.pool())
        .await
        .unwrap();
    assert!(staff.get("/staff").await.status().is_redirection());
    assert_eq!(app.session_count().await, 0);
}

#[tokio::test]
async fn the_sign_out_form_may_lead_to_the_provider_and_nowhere_else() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let page = app.get("/").await;
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains(&format!("form-action 'self' {};", app.idp().issuer)),
        "{csp}"
    );
}

/// Three processes on one database (the soak's topology) share the client's
/// sign-in budget: spread over all three, the client meets the same limit as
/// on one, not three times it.
#[tokio::test]
async fn the_sign_in_limit_holds_across_processes_on_one_database() {
    let (url, _dir) = crate::helpers::fresh_database(Engine::Postgres).await;
    let mut addresses = Vec::new();
    for _ in 0..3 {
        let mut config = crate::helpers::test_config(url.clone());
        config.http.sign_in_burst = 3;
        config.http.sign_in_replenish_secs = 60;
        let app = insyn::startup::Application::build(config, insyn::clock::Clock::System)
            .await
            .unwrap();
        addresses.push(format!("http://127.0.0.1:{}", app.port()));
        tokio::spawn(app.run_until(std::future::pending()));
    }
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut statuses = Vec::new();
    for i in 0..5 {
        let address = &addresses[i % 3];
        statuses.push(
            client
                .get(format!("{address}/auth/login"))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
        );
    }
    // Each process alone would allow three: together they allow three.
    assert_eq!(statuses, [303, 303, 303, 429, 429]);
}

#[tokio::test]
async fn starting_sign_ins_is_rate_limited_per_client_address() {
    let (url, _dir) = crate::helpers::fresh_database(Engine::Sqlite).await;
    let mut config = crate::helpers::test_config(url);
    config.http.sign_in_burst = 3;
    config.http.sign_in_replenish_secs = 60;
    let app = insyn::startup::Application::build(config, insyn::clock::Clock::System)
        .await
        .unwrap();
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until(std::future::pending()));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(
            client
                .get(format!("{address}/auth/login"))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
        );
    }
    // The provider is not running, so allowed starts end on "unavailable" (303).
    assert_eq!(statuses, [303, 303, 303, 429, 429]);
    let limited = client
        .get(format!("{address}/staff/login"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        limited.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "one budget for both kinds"
    );
    assert!(limited.headers().contains_key("retry-after"));
    let page = client
        .get(format!("{address}/registers"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK, "other pages are not limited");
}

#[tokio::test]
async fn a_cross_site_sign_out_is_refused_even_with_the_token() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    let html = browser.sign_in_patient(TOLVAN).await.text().await.unwrap();
    let forged = browser
        .client
        .post(format!("{}/auth/logout", app.address))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[("csrf", csrf_of(&html))])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.session_count().await, 1);
}
