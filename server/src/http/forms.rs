//! Plain HTML form posts, the way every form in insyn is sent: read and
//! checked by [`super::extract::CheckedForm`]; done, the browser is sent on
//! with [`see_other`]; with mistakes, the form's page is rendered again with
//! what was typed and a message next to each field ([`render_with`], used by
//! [`super::error`]), so it all works without JavaScript.

use super::{AppState, page_context};
use app::{requests::FormState, shell};
use axum::{
    body::Body,
    extract::Request,
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use leptos::prelude::provide_context;
use std::collections::HashMap;

/// The page at `parts` (a GET), rendered with the form as typed and its
/// messages.
pub async fn render_with(state: &AppState, parts: Parts, form_state: FormState) -> Response {
    let context = page_context(state);
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            context();
            provide_context(form_state.clone());
        },
        move || shell(options.clone()),
    );
    render(Request::from_parts(parts, Body::empty())).await
}

/// A form done whose answer is its own page again, with something shown
/// only this once (a new token's secret, never stored to be shown later):
/// the values go to the page as its [`FormState`], rendered as a GET of
/// the same address by [`super::error::answer_errors`], never cached.
#[derive(Debug, Clone)]
pub struct PageAgain(pub FormState);

impl IntoResponse for PageAgain {
    fn into_response(self) -> Response {
        let mut response = StatusCode::OK.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// 303 to `location`: where a browser goes after a form was done.
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The codes of the ticked `prefix-…` boxes, parsed.
pub fn ticked<T>(
    fields: &HashMap<String, String>,
    prefix: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<Vec<T>> {
    let mut codes: Vec<&str> = fields
        .keys()
        .filter_map(|k| k.strip_prefix(prefix))
        .collect();
    codes.sort_unstable();
    codes.into_iter().map(parse).collect()
}

/// A message (its Fluent key) for one field of a form that came back.
pub fn field_error(field: &str, message: &str) -> app::requests::FieldError {
    app::requests::FieldError {
        field: field.to_owned(),
        message: message.to_owned(),
    }
}

#[cfg(test)]
pub mod tests {
    use std::collections::HashMap;

    /// A posted form's fields, for the tests of the handlers that read them.
    pub fn fields(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }
}
