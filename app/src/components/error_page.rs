//! The page shown for a `PageError`, in the same look as every other page
//! and with the matching HTTP status.

use crate::{error::PageError, i18n::use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ErrorPage(error: PageError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(
            http::StatusCode::from_u16(error.status())
                .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
        );
    }
    let lang = use_lang();
    let (title, body) = error.message_keys();
    view! {
        <Title text=lang.t(title) />
        <section class="error-page" aria-labelledby="error-title">
            <p class="error-code">{lang.t_args("error-code", &[("status", error.status().into())])}</p>
            <h1 id="error-title">{lang.t(title)}</h1>
            <p>{lang.t(body)}</p>
            <p>
                <a class="button" href="/">{lang.t("error-back-home")}</a>
            </p>
        </section>
    }
}

/// A page that needs a signed-in person, opened by nobody: the server sends
/// the browser on to sign in (a redirect), and this is what shows if it
/// stays (the same words as `PageError::SignInRequired`).
#[component]
pub fn SignInFirst(href: &'static str) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::SEE_OTHER);
        response.insert_header(http::header::LOCATION, http::HeaderValue::from_static(href));
    }
    let lang = use_lang();
    let (title, body) = PageError::SignInRequired.message_keys();
    view! {
        <Title text=lang.t(title) />
        <section class="error-page" aria-labelledby="error-title">
            <h1 id="error-title">{lang.t(title)}</h1>
            <p>{lang.t(body)}</p>
            <p><a class="button" href=href>{lang.t("sign-in")}</a></p>
        </section>
    }
}
