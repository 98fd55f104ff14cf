//! `GET /lang/{code}?next=/path`: remembers the chosen language in a cookie
//! and goes back to the page. A plain link, so it works without JavaScript.

use app::i18n::{LANG_COOKIE, Lang};
use axum::{
    extract::{Path, Query},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

pub async fn switch(Path(code): Path<String>, Query(query): Query<Next>) -> Response {
    let Some(lang) = Lang::parse(&code) else {
        return (StatusCode::NOT_FOUND, "Okänt språk / Unknown language").into_response();
    };
    let next = query
        .next
        .as_deref()
        .filter(|n| is_local_path(n))
        .unwrap_or("/");
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; Secure; HttpOnly",
        lang.code()
    );
    let mut response = Redirect::to(next).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// Only paths on this site: no scheme, no `//host`, no backslash tricks, so
/// the switch cannot be used as an open redirect.
fn is_local_path(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/registers?q=ivf"));
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "evil",
            "",
            "/\nx",
        ] {
            assert!(!is_local_path(bad), "{bad:?}");
        }
    }
}
