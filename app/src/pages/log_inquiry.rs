//! "Why this access?": the patient asks about one entry of their access log.
//! The question becomes a request of its own kind in the queue of the
//! entry's register, with the entry attached, under the same deadline and
//! with the same history as every other request.

use crate::{
    components::{ErrorPage, Feedback, patient_page},
    i18n::{Lang, use_lang},
    model::LogInquiryInfo,
    requests::{FormState, MAX_TEXT},
    server_fns::get_log_inquiry,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn LogInquiryPage() -> impl IntoView {
    let lang = use_lang();
    let seq = use_params_map()
        .get_untracked()
        .get("seq")
        .and_then(|s| s.parse::<i64>().ok());
    let csrf = match patient_page("/auth/login?next=/me/log") {
        Ok(session) => session.csrf_token,
        Err(refusal) => return refusal,
    };
    let Some(seq) = seq else {
        return view! { <ErrorPage error=crate::error::PageError::NotFound /> }.into_any();
    };
    let state = use_context::<FormState>().unwrap_or_default();
    view! {
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (csrf, state) = (csrf.clone(), state.clone());
                Suspend::new(async move {
                    match get_log_inquiry(seq, lang).await {
                        Ok(info) => view! { <Inquiry info csrf state lang /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn Inquiry(info: LogInquiryInfo, csrf: String, state: FormState, lang: Lang) -> impl IntoView {
    let entry = info.entry;
    let feedback = Feedback::new(state.clone(), lang);
    let form = match info.open {
        Some(reference) => view! {
            <p class="notice" role="status">
                {lang.t("inquiry-already-open")} " "
                <a href=format!("/me/requests/{reference}")>{lang.t_args("request-see", &[("reference", reference.clone().into())])}</a>
            </p>
        }
        .into_any(),
        None => view! {
            {feedback.summary()}
            <form method="post" class="request-form" novalidate=true>
                <input type="hidden" name="csrf" value=csrf />
                <div class="field">
                    <label for="question">{lang.t("inquiry-question")}</label>
                    <p class="hint" id="question-hint">{lang.t("inquiry-question-hint")}</p>
                    {feedback.message("question")}
                    <textarea id="question" name="question" rows="5" maxlength=MAX_TEXT required=true
                        aria-describedby=feedback.described("question", true) aria-invalid=feedback.invalid("question")>{state.value("question")}</textarea>
                </div>
                <button type="submit">{lang.t("inquiry-send")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <Title text=lang.t("request-access_inquiry-title") />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/me/log">{lang.t("log-title")}</a>
        </nav>
        <h1>{lang.t("request-access_inquiry-title")}</h1>
        <p class="lead">{lang.t("inquiry-lead")}</p>
        <dl class="facts">
            <dt>{lang.t("log-when")}</dt><dd>{entry.occurred_at.clone()}</dd>
            <dt>{lang.t("log-who")}</dt><dd>{entry.who(lang)}</dd>
            <dt>{lang.t("log-register")}</dt><dd>{entry.register_name.clone()}</dd>
            <dt>{lang.t("log-kind")}</dt><dd>{lang.t(&format!("log-kind-{}", entry.kind.as_str()))}</dd>
            <dt>{lang.t("log-reason")}</dt><dd>{entry.reason.clone().unwrap_or_else(|| lang.t("log-no-reason"))}</dd>
        </dl>
        <div class="note consequence">
            <h2>{lang.t("request-what-happens")}</h2>
            <p>{lang.t("inquiry-consequence")}</p>
            <p>{lang.t("request-deadline-explained")}</p>
        </div>
        {form}
    }
}
