//! Where every refused sign-in ends: what happened, in words the visitor can
//! act on, and a way to try again. Nothing was created.

use crate::{i18n::use_lang, model::SignInProblem};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInErrorPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map().get_untracked();
    let problem = query
        .get("reason")
        .and_then(|code| SignInProblem::parse(&code))
        .unwrap_or(SignInProblem::Refused);
    let staff = query.get("who").as_deref() == Some("staff");
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(
            http::StatusCode::from_u16(problem.status()).unwrap_or(http::StatusCode::BAD_REQUEST),
        );
    }
    let code = problem.code();
    let retry = if staff { "/staff/login" } else { "/auth/login" };
    view! {
        <Title text=lang.t("signin-error-title") />
        <section class="error-page" aria-labelledby="error-title" data-reason=code>
            <h1 id="error-title">{lang.t(&format!("signin-{code}-title"))}</h1>
            <p>{lang.t(&format!("signin-{code}-body"))}</p>
            <p>{lang.t("signin-nothing-created")}</p>
            <p class="actions">
                <a class="button" href=retry>{lang.t("signin-try-again")}</a>
                " "
                <a href="/">{lang.t("error-back-home")}</a>
            </p>
        </section>
    }
}
