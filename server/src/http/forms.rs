//! Plain HTML form posts, the way every form in insyn is sent: the body read
//! under a size limit, the session's form token checked (against forgery,
//! on top of the cross-site check), and a form with mistakes shown again —
//! the same page, rendered with what was typed and a message next to each
//! field (422) — so it all works without JavaScript.

use super::{AppState, page_context, session::CurrentSession};
use crate::token;
use app::{
    requests::{FieldError, FormState},
    shell,
};
use axum::{
    body::Body,
    extract::Request,
    http::{HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
};
use leptos::prelude::provide_context;
use std::collections::HashMap;

/// insyn's forms are short; anything larger is not one of them.
const MAX_FORM_BYTES: usize = 16 * 1024;

/// The form's fields, if it is no larger than a form and carries the
/// session's token; otherwise the answer to give instead.
pub async fn read(
    current: &CurrentSession,
    body: Body,
) -> Result<HashMap<String, String>, Response> {
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        return Err((
            StatusCode::PAYLOAD_TOO_LARGE,
            "Formuläret är för stort. / The form is too large.",
        )
            .into_response());
    };
    let form: HashMap<String, String> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let csrf = form.get("csrf").map(String::as_str).unwrap_or_default();
    if !token::constant_time_eq(csrf, &current.session.csrf_token) {
        tracing::warn!("refused a form without the session's token");
        return Err((
            StatusCode::FORBIDDEN,
            "Formuläret kunde inte kontrolleras. Ladda om sidan och försök igen. / The form could not be verified. Reload the page and try again.",
        )
            .into_response());
    }
    Ok(form)
}

/// The form's page again (a GET of the same address), rendered with what
/// was typed and the messages.
pub async fn show_again(
    state: &AppState,
    parts: axum::http::request::Parts,
    mut values: HashMap<String, String>,
    errors: Vec<FieldError>,
) -> Response {
    values.remove("csrf");
    let form_state = FormState { values, errors };
    let context = page_context(state);
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            context();
            provide_context(form_state.clone());
        },
        move || shell(options.clone()),
    );
    let mut get = Request::builder()
        .method(Method::GET)
        .uri(parts.uri.clone())
        .version(parts.version);
    if let Some(headers) = get.headers_mut() {
        *headers = parts.headers.clone();
    }
    let Ok(mut get) = get.body(Body::empty()) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    *get.extensions_mut() = parts.extensions.clone();
    let mut response = render(get).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}
