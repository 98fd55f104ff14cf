//! [`WebError`]: the one error of the HTTP handlers, and its one answer.
//!
//! A handler (or an extractor, or a layer) returns a `WebError`; its
//! `IntoResponse` sets the status and leaves the error in the response's
//! extensions. The [`answer_errors`] layer, inside the session layer, then
//! writes what the visitor reads, in the request's language from the Fluent
//! files: a short text for a refusal, a redirect to sign in, or — for a form
//! with mistakes — the form's page again with a message at each field (422),
//! so it all works without JavaScript. Every such answer is `no-store`.

use super::{AppState, forms};
use app::{
    i18n::Lang,
    requests::{FieldError, FormState},
};
use axum::{
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header, request::Parts},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub enum WebError {
    /// Not signed in as the page needs: sign in at `login`, then come back
    /// to `next` if there is one.
    SignInFirst {
        login: &'static str,
        next: Option<String>,
    },
    /// Signed in, but not as someone this is for; the text says who it is for.
    Forbidden(&'static str),
    /// Nothing by that name for this person (the same answer as "not yours").
    NotFound(&'static str),
    /// The thing changed state (a case decided meanwhile).
    Conflict(&'static str),
    /// A request that no page of insyn makes.
    BadRequest(&'static str),
    /// A form larger than any of insyn's.
    TooLarge,
    /// A form without the session's token (forged, or from an old page).
    FormToken,
    /// A state change that a browser says came from another site.
    CrossSite,
    /// Too many sign-ins started from one address; try again after the seconds.
    TooManySignIns { retry_after_secs: u64 },
    /// A part insyn needs did not answer; nothing was changed. The cause
    /// is logged where it happened, never shown.
    Unavailable(&'static str),
    /// A form with mistakes: shown again with what was typed and the messages.
    Invalid(FormState),
}

impl WebError {
    /// A form with mistakes, from the fields as typed and the messages.
    pub fn invalid(mut values: HashMap<String, String>, errors: Vec<FieldError>) -> Self {
        values.remove("csrf");
        WebError::Invalid(FormState { values, errors })
    }

    pub fn status(&self) -> StatusCode {
        match self {
            WebError::SignInFirst { .. } => StatusCode::SEE_OTHER,
            WebError::Forbidden(_) | WebError::FormToken | WebError::CrossSite => {
                StatusCode::FORBIDDEN
            }
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::TooManySignIns { .. } => StatusCode::TOO_MANY_REQUESTS,
            WebError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }

    /// The Fluent message the visitor reads, for the errors answered in words.
    pub fn message(&self) -> Option<&'static str> {
        match self {
            WebError::SignInFirst { .. } | WebError::Invalid(_) => None,
            WebError::Forbidden(key)
            | WebError::NotFound(key)
            | WebError::Conflict(key)
            | WebError::BadRequest(key)
            | WebError::Unavailable(key) => Some(key),
            WebError::TooLarge => Some("web-form-too-large"),
            WebError::FormToken => Some("web-form-token"),
            WebError::CrossSite => Some("web-cross-site"),
            WebError::TooManySignIns { .. } => Some("web-too-many-sign-ins"),
        }
    }

    /// The answer without the request: status, headers, and the text in
    /// `lang`, or in Swedish and English when the visitor chose none.
    pub(crate) fn answer(&self, lang: Option<Lang>) -> Response {
        let mut response = match (self, self.message()) {
            (WebError::SignInFirst { login, next }, _) => {
                let mut response = StatusCode::SEE_OTHER.into_response();
                let location = match next {
                    Some(next) => format!("{login}?next={}", encode_next(next)),
                    None => (*login).to_owned(),
                };
                if let Ok(value) = HeaderValue::from_str(&location) {
                    response.headers_mut().insert(header::LOCATION, value);
                }
                response
            }
            (_, Some(key)) => {
                let text = match lang {
                    Some(lang) => lang.t(key),
                    None => format!("{} / {}", Lang::Sv.t(key), Lang::En.t(key)),
                };
                (
                    self.status(),
                    [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                    text,
                )
                    .into_response()
            }
            (_, None) => self.status().into_response(),
        };
        if let WebError::TooManySignIns { retry_after_secs } = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
        }
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }
}

/// `next` in a query string: the characters that would end or split it
/// are escaped; paths and their own queries stay readable.
fn encode_next(next: &str) -> String {
    next.replace('%', "%25")
        .replace('&', "%26")
        .replace('#', "%23")
        .replace('+', "%2B")
        .replace(' ', "%20")
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        // The words come from `answer_errors`, which knows the language and
        // can render a form again; alone, this is the bare status.
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// Turns every [`WebError`] in a response into its answer (see the module
/// documentation). A form's page is rendered again as a GET of the same
/// address, with the session of the request.
pub async fn answer_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    // The pages' own choice: the cookie's language, or the browser's.
    let lang = Lang::of_request(request.headers());
    let replay = (request.method() == Method::POST).then(|| {
        let mut get = Request::builder()
            .method(Method::GET)
            .uri(request.uri().clone())
            .version(request.version())
            .body(())
            .map(|r| r.into_parts().0);
        if let Ok(parts) = get.as_mut() {
            parts.headers = request.headers().clone();
            parts.extensions = request.extensions().clone();
        }
        get
    });
    let mut response = next.run(request).await;
    if let Some(forms::PageAgain(form)) = response.extensions_mut().remove::<forms::PageAgain>()
        && let Some(Ok(parts)) = replay
    {
        let mut page = forms::render_with(&state, parts, form).await;
        page.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return page;
    }
    let Some(error) = response.extensions_mut().remove::<WebError>() else {
        return response;
    };
    match (error, replay) {
        (WebError::Invalid(form), Some(Ok(parts))) => show_again(&state, parts, form).await,
        (error, _) => error.answer(lang),
    }
}

async fn show_again(state: &AppState, parts: Parts, form: FormState) -> Response {
    let mut response = forms::render_with(state, parts, form).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_has_its_text_in_every_language() {
        let errors = [
            WebError::Forbidden("web-patient-only"),
            WebError::Forbidden("web-staff-only"),
            WebError::NotFound("web-not-found"),
            WebError::NotFound("web-no-such-request"),
            WebError::NotFound("web-no-data-in-register"),
            WebError::Conflict("web-case-decided"),
            WebError::BadRequest("web-unknown-action"),
            WebError::TooLarge,
            WebError::FormToken,
            WebError::CrossSite,
            WebError::TooManySignIns {
                retry_after_secs: 3,
            },
            WebError::Unavailable("web-request-not-saved"),
            WebError::Unavailable("web-action-not-saved"),
            WebError::Unavailable("web-address-not-saved"),
            WebError::Unavailable("web-sign-out-failed"),
            WebError::Unavailable("web-copy-unavailable"),
            WebError::Unavailable("web-document-unavailable"),
            WebError::Unavailable("web-extract-unavailable"),
            WebError::Unavailable("error-unavailable-body"),
            WebError::NotFound("web-unknown-language"),
        ];
        for error in errors {
            let key = error.message().unwrap();
            for lang in Lang::ALL {
                assert!(lang.has(key), "{key} in {lang:?}");
            }
        }
    }

    #[tokio::test]
    async fn a_refusal_speaks_the_chosen_language_or_both() {
        let text = |lang| async move {
            let response = WebError::FormToken.answer(lang);
            assert_eq!(response.status(), StatusCode::FORBIDDEN);
            assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
            let body = axum::body::to_bytes(response.into_body(), 10_000)
                .await
                .unwrap();
            String::from_utf8(body.to_vec()).unwrap()
        };
        assert_eq!(text(Some(Lang::En)).await, Lang::En.t("web-form-token"));
        assert_eq!(
            text(None).await,
            format!(
                "{} / {}",
                Lang::Sv.t("web-form-token"),
                Lang::En.t("web-form-token")
            )
        );
    }

    #[test]
    fn sign_in_first_goes_to_the_login_with_the_way_back() {
        let response = WebError::SignInFirst {
            login: "/auth/login",
            next: Some("/me/log?register=qivf&who=own".into()),
        }
        .answer(None);
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            response.headers()[header::LOCATION],
            "/auth/login?next=/me/log?register=qivf%26who=own"
        );
    }

    #[test]
    fn the_chosen_language_is_the_cookies() {
        let mut headers = axum::http::HeaderMap::new();
        assert_eq!(Lang::of_request(&headers), None);
        headers.insert(header::COOKIE, "a=b; insyn_lang=en".parse().unwrap());
        assert_eq!(Lang::of_request(&headers), Some(Lang::En));
    }
}
