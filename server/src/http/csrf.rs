//! Cross-site request forgery, first line: a state-changing request (any
//! method but GET, HEAD, OPTIONS) that a browser says comes from another site
//! is refused before it reaches a handler or a server function. Leptos server
//! functions have no protection of their own, so this layer covers them.
//!
//! The browser's word is `Sec-Fetch-Site` (Fetch Metadata), or failing that
//! `Origin` compared with `Host`. A request with neither comes from a
//! non-browser client, which carries no ambient cookies worth forging
//! (the session cookie is also SameSite=Lax). Plain HTML forms of signed-in
//! pages also carry the session's own token (checked by their handlers).
//! The provider's back-channel logout is exempt: it is a server's call,
//! authenticated by a signed token, not by cookies.

use axum::{
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    if is_safe(request.method())
        || is_same_site(request.headers())
        || request.uri().path() == super::auth::BACKCHANNEL_PATH
    {
        return next.run(request).await;
    }
    tracing::warn!(method = %request.method(), path = request.uri().path(), "refused a cross-site request");
    (
        StatusCode::FORBIDDEN,
        "Begäran kom från en annan webbplats och har inte utförts. / The request came from another site and was not carried out.",
    )
        .into_response()
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn is_same_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site == "same-origin";
    }
    match headers.get(header::ORIGIN) {
        None => true,
        Some(origin) => {
            let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
            let origin_host = origin
                .to_str()
                .ok()
                .and_then(|o| o.split_once("://"))
                .map(|(_, rest)| rest);
            matches!((origin_host, host), (Some(o), Some(h)) if o.eq_ignore_ascii_case(h))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(is_same_site(&headers(&[("sec-fetch-site", "same-origin")])));
        for site in ["cross-site", "same-site", "none"] {
            let h = headers(&[
                ("sec-fetch-site", site),
                ("origin", "http://a:1"),
                ("host", "a:1"),
            ]);
            assert!(!is_same_site(&h), "{site}");
        }
    }

    #[test]
    fn otherwise_origin_must_match_host() {
        assert!(is_same_site(&headers(&[
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(!is_same_site(&headers(&[
            ("origin", "http://evil.example"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(!is_same_site(&headers(&[
            ("origin", "null"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(
            !is_same_site(&headers(&[("origin", "http://127.0.0.1:3000")])),
            "no Host to compare"
        );
        assert!(is_same_site(&headers(&[])), "a non-browser client");
    }
}
