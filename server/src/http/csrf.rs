//! Cross-site request forgery, first line: a state-changing request (any
//! method but GET, HEAD, OPTIONS) that a browser says comes from another site
//! is refused before it reaches a handler or a server function. Leptos server
//! functions have no protection of their own, so this layer covers them.
//!
//! The browser's word is `Sec-Fetch-Site` (Fetch Metadata), or failing that
//! `Origin`, which must be insyn's own origin: scheme, host and port, the
//! host being the public URL's or the request's `Host`. A request with neither comes from a
//! non-browser client, which carries no ambient cookies worth forging
//! (the session cookie is also SameSite=Lax). Plain HTML forms of signed-in
//! pages also carry the session's own token (checked by their handlers).
//! The provider's back-channel logout is exempt: it is a server's call,
//! authenticated by a signed token, not by cookies.

use axum::{
    extract::{Request, State},
    http::{HeaderMap, Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// insyn's origin as a browser writes it in `Origin`, and its scheme.
#[derive(Clone)]
pub struct OwnOrigin {
    origin: String,
    scheme: String,
}

impl OwnOrigin {
    /// From the public URL; one that cannot be read matches no `Origin`.
    pub fn of(public_url: &str) -> Self {
        match url::Url::parse(public_url) {
            Ok(url) => OwnOrigin {
                origin: url.origin().ascii_serialization(),
                scheme: url.scheme().to_owned(),
            },
            Err(_) => OwnOrigin {
                origin: String::new(),
                scheme: String::new(),
            },
        }
    }
}

pub async fn refuse_cross_site(
    State(own): State<OwnOrigin>,
    request: Request,
    next: Next,
) -> Response {
    if is_safe(request.method())
        || is_same_site(&own, request.headers())
        || request.uri().path() == super::auth::BACKCHANNEL_PATH
    {
        return next.run(request).await;
    }
    tracing::warn!(method = %request.method(), path = request.uri().path(), "refused a cross-site request");
    super::error::WebError::CrossSite.into_response()
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn is_same_site(own: &OwnOrigin, headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site == "same-origin";
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if !own.origin.is_empty() && origin.eq_ignore_ascii_case(&own.origin) {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    match (origin.split_once("://"), host) {
        (Some((scheme, origin_host)), Some(host)) => {
            scheme.eq_ignore_ascii_case(&own.scheme) && origin_host.eq_ignore_ascii_case(host)
        }
        _ => false,
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

    fn own() -> OwnOrigin {
        OwnOrigin::of("http://127.0.0.1:3000")
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(is_same_site(
            &own(),
            &headers(&[("sec-fetch-site", "same-origin")])
        ));
        for site in ["cross-site", "same-site", "none"] {
            let h = headers(&[
                ("sec-fetch-site", site),
                ("origin", "http://a:1"),
                ("host", "a:1"),
            ]);
            assert!(!is_same_site(&own(), &h), "{site}");
        }
    }

    #[test]
    fn otherwise_origin_must_be_insyns_own() {
        let same = |pairs: &[(&'static str, &'static str)]| is_same_site(&own(), &headers(pairs));
        assert!(same(&[
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000")
        ]));
        assert!(
            same(&[("origin", "http://127.0.0.1:3000")]),
            "the public origin, with no Host to compare"
        );
        assert!(
            same(&[
                ("origin", "http://localhost:3000"),
                ("host", "localhost:3000")
            ]),
            "the same server under another name, same scheme"
        );
        assert!(!same(&[
            ("origin", "http://evil.example"),
            ("host", "127.0.0.1:3000")
        ]));
        assert!(
            !same(&[
                ("origin", "https://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            "another scheme is another origin"
        );
        assert!(
            !same(&[
                ("origin", "ftp://localhost:3000"),
                ("host", "localhost:3000")
            ]),
            "another scheme is another origin"
        );
        assert!(!same(&[("origin", "null"), ("host", "127.0.0.1:3000")]));
        assert!(
            !same(&[("origin", "http://other:3000")]),
            "no Host to compare"
        );
        assert!(same(&[]), "a non-browser client");
    }
}
