//! `GET /lang/{code}?next=/path`: remembers the chosen language in a cookie
//! and goes back to the page. A plain link, so it works without JavaScript.

use super::{AppState, error::WebError};
use app::i18n::{LANG_COOKIE, Lang};
use axum::{
    extract::{Path, Query, State},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

/// How long the choice is remembered: a year.
const REMEMBER_SECS: i64 = 365 * 24 * 3600;

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

pub async fn switch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<Next>,
) -> Response {
    let Some(lang) = Lang::parse(&code) else {
        return WebError::NotFound("web-unknown-language").into_response();
    };
    let next = query
        .next
        .as_deref()
        .and_then(|next| super::next::same_origin_path(&state.config.http.public_url, next))
        .unwrap_or_else(|| "/".to_owned());
    let mut response = Redirect::to(&next).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        super::session::set_cookie(LANG_COOKIE, lang.code(), Some(REMEMBER_SECS)),
    );
    response
}
