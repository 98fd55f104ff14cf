//! The identity provider failing: unreachable, answering garbage, silent
//! past the timeout, or gone between the sign-in at the provider and the
//! return to insyn. Each ends on the sign-in problem page saying the e-ID
//! service cannot be reached (503, reason `unavailable`: "Inloggningen
//! fungerar inte just nu"), with no session made, and insyn goes on serving
//! its other pages.

use crate::{
    helpers::{TestApp, spawn_app_configured, spawn_app_with_idp},
    sign_in::refusal_reason,
};
use insyn::db::Engine;
use reqwest::StatusCode;

/// The sign-in problem page a browser ends on from `/auth/login`: its status
/// and reason.
async fn sign_in_ends(app: &TestApp) -> (StatusCode, String) {
    let browser = app.browser();
    let start = browser.get("/auth/login").await;
    let page = browser.follow(start).await;
    refusal_reason(page).await
}

/// A provider at `issuer` for an app whose calls to it may take a second.
async fn app_with_provider_at(issuer: &str) -> TestApp {
    spawn_app_configured(Engine::Sqlite, |config| {
        config.oidc.patient.issuer = issuer.to_owned();
        config.oidc.staff.issuer = issuer.to_owned();
        config.oidc.http_timeout_secs = 1;
    })
    .await
}

/// A server on a free port that answers every request with `body` as
/// `content_type`, or never answers at all (`None`).
async fn fake_provider(answer: Option<(&'static str, &'static str)>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let app = match answer {
        Some((content_type, body)) => axum::Router::new().fallback(move || async move {
            ([(axum::http::header::CONTENT_TYPE, content_type)], body)
        }),
        None => axum::Router::new().fallback(std::future::pending::<&'static str>),
    };
    tokio::spawn(async move { axum::serve(listener, app).await });
    issuer
}

#[tokio::test]
async fn a_provider_that_is_down_or_answers_garbage_gives_a_clear_page_and_no_session() {
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let providers = [
        ("down", closed),
        (
            "JSON that is no provider",
            fake_provider(Some((
                "application/json",
                r#"{"issuer": 42, "jwks_uri": []}"#,
            )))
            .await,
        ),
        (
            "a web page",
            fake_provider(Some(("text/html", "<html><body>Maintenance</body></html>"))).await,
        ),
        ("silent", fake_provider(None).await),
    ];
    for (what, issuer) in providers {
        let app = app_with_provider_at(&issuer).await;
        let (status, reason) = sign_in_ends(&app).await;
        assert_eq!(
            (status, reason.as_str()),
            (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            "{what}"
        );
        assert_eq!(app.session_count().await, 0, "{what}");
        assert_eq!(
            app.get("/registers").await.status(),
            StatusCode::OK,
            "{what}: still serving"
        );
    }
}

#[tokio::test]
async fn a_provider_gone_before_the_return_gives_a_clear_page_and_no_session() {
    let mut app = spawn_app_with_idp(Engine::Sqlite).await;
    let browser = app.browser();
    let callback = browser
        .round_trip("/auth/login", "personnummer", "19121212-1212")
        .await;
    // The provider stops between the sign-in there and the code's exchange.
    drop(app.idp.take());
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let page = browser.finish(callback).await;
    let (status, reason) = refusal_reason(page).await;
    assert_eq!(
        (status, reason.as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    );
    assert_eq!(app.session_count().await, 0);
    assert_eq!(app.get("/registers").await.status(), StatusCode::OK);
}
