//! Security headers on every response. Pages set their own
//! Content-Security-Policy with the response's nonce (`app::routes`); every
//! other response (JSON, redirects, files) gets one that allows nothing. An
//! HTML page that comes without its own policy (seen now and then with
//! Leptos's rendering: the page's header did not make it into the response)
//! gets the page policy without a nonce: styles, its own forms and the
//! providers work, no inline script runs — a plain HTML page, never a page
//! whose forms and styles are blocked.

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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{Router, body::Body, response::Html, routing::get};
    use tower::ServiceExt;

    async fn policy_of(path: &str) -> String {
        let app = Router::new()
            .route("/page", get(|| async { Html("<p>x</p>") }))
            .route("/data", get(|| async { "{}" }))
            .layer(axum::middleware::from_fn_with_state(
                HtmlFallbackPolicy(HeaderValue::from_static(
                    "default-src 'self'; form-action 'self'",
                )),
                security_headers,
            ));
        let response = app
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
}
