//! Security headers on every response. Pages set their own
//! Content-Security-Policy with the response's nonce (`app::routes`); every
//! other response (JSON, redirects, files) gets one that allows nothing. An
//! HTML page that comes without its own policy (seen now and then with
//! Leptos's rendering: the page's header did not make it into the response)
//! gets the page policy without a nonce: styles, its own forms and the
//! providers work, no inline script runs — a plain HTML page, never a page
//! whose forms and styles are blocked.
//!
//! Nothing personal may stay in a browser's cache, where the next person at a
//! shared computer would find it with the Back button: every response to a
//! request that carries a session, every server-function answer and every
//! page of the signed-in areas says `Cache-Control: no-store`. Only the
//! site's own files (`/pkg/`, the icon), the same for everyone, are exempt.

use axum::{
    extract::{Request, State},
    http::{HeaderName, HeaderValue, header},
    middleware::Next,
    response::Response,
};

/// For responses that are not pages: nothing may load, nothing may frame it.
const DEFAULT_CSP: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const HEADERS: [(HeaderName, &str); 5] = [
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::REFERRER_POLICY, "no-referrer"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (
        HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
    // Browsers ignore it over plain HTTP (development) and keep it over HTTPS.
    (
        header::STRICT_TRANSPORT_SECURITY,
        "max-age=63072000; includeSubDomains",
    ),
];

/// The page policy without a nonce, for HTML that lacks its own.
#[derive(Clone)]
pub struct HtmlFallbackPolicy(pub HeaderValue);

pub async fn security_headers(
    State(html_fallback): State<HtmlFallbackPolicy>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let private = is_private(&request);
    let mut response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let headers = response.headers_mut();
    for (name, value) in HEADERS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        let policy = if is_html {
            tracing::warn!(
                path,
                "a page came without its policy; sent the nonce-less page policy"
            );
            html_fallback.0
        } else {
            HeaderValue::from_static(DEFAULT_CSP)
        };
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

/// Whether the answer may carry personal data, so no cache may keep it.
fn is_private(request: &Request) -> bool {
    let path = request.uri().path();
    if path.starts_with("/pkg/") || path == "/favicon.svg" {
        return false;
    }
    super::session::cookie(request.headers(), super::session::SESSION_COOKIE).is_some()
        || ["/fn/", "/me", "/staff", "/auth/"]
            .iter()
            .any(|prefix| path.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{Router, body::Body, response::Html, routing::get};
    use tower::ServiceExt;

    fn app() -> Router {
        Router::new()
            .route("/page", get(|| async { Html("<p>x</p>") }))
            .route("/data", get(|| async { "{}" }))
            .layer(axum::middleware::from_fn_with_state(
                HtmlFallbackPolicy(HeaderValue::from_static(
                    "default-src 'self'; form-action 'self'",
                )),
                security_headers,
            ))
    }

    async fn policy_of(path: &str) -> String {
        let response = app()
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_owned()
    }

    #[tokio::test]
    async fn a_page_without_its_policy_gets_the_page_policy_and_other_responses_nothing() {
        assert_eq!(
            policy_of("/page").await,
            "default-src 'self'; form-action 'self'"
        );
        assert_eq!(policy_of("/data").await, DEFAULT_CSP);
    }

    async fn cache_control_of(path: &str, cookie: Option<&str>) -> Option<String> {
        let mut request = Request::get(path);
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        let response = app()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        response
            .headers()
            .get(header::CACHE_CONTROL)
            .map(|v| v.to_str().unwrap().to_owned())
    }

    #[tokio::test]
    async fn nothing_a_signed_in_person_is_sent_may_be_cached() {
        let session = "lang=sv; __Host-insyn_session=t";
        assert_eq!(
            cache_control_of("/page", Some(session)).await.as_deref(),
            Some("no-store")
        );
        for private in ["/me", "/staff/cases", "/fn/my_registers", "/auth/callback"] {
            assert_eq!(
                cache_control_of(private, None).await.as_deref(),
                Some("no-store"),
                "{private}"
            );
        }
        assert_eq!(cache_control_of("/page", None).await, None);
        assert_eq!(cache_control_of("/pkg/insyn.js", Some(session)).await, None);
    }
}
