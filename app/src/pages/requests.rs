//! "Mina ärenden": every request of the signed-in patient with its legal
//! clock, and one request as its receipt — reference, dates, what was asked,
//! and the timeline (received, in progress, extended with the reason,
//! completed, rejected with the reason and how to complain to IMY).

use crate::{
    components::{ErrorPage, Feedback, patient_page},
    domain::RequestStatus,
    i18n::use_lang,
    model::{NoticeAddress, RequestView},
    pages::releases::Recipients,
    requests::FormState,
    server_fns::{get_notice_address, my_request, my_requests},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn MyRequestsPage() -> impl IntoView {
    let lang = use_lang();
    let session = match patient_page("/auth/login?next=/me/requests") {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    view! {
        <Title text=lang.t("my-requests-title") />
        <h1>{lang.t("my-requests-title")}</h1>
        <p class="lead">{lang.t("my-requests-lead")}</p>
        <NoticeForm csrf=session.csrf_token.clone() />
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {Suspend::new(async move {
                match my_requests(lang).await {
                    Ok(requests) if requests.is_empty() => view! { <p>{lang.t("my-requests-none")}</p> }.into_any(),
                    Ok(requests) => view! {
                        <ul class="cards requests">
                            {requests.into_iter().map(|r| view! {
                                <li class="card">
                                    <h2><a href=format!("/me/requests/{}", r.reference)>{lang.t(&format!("request-{}-title", r.kind.as_str()))}</a></h2>
                                    <p>{r.register_name.clone()}</p>
                                    <p class="reference">{r.reference.clone()}</p>
                                    <Clock request=r />
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
pub fn RequestPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(refusal) = patient_page("/auth/login?next=/me/requests") {
        return refusal;
    }
    let reference = use_params_map()
        .get_untracked()
        .get("reference")
        .unwrap_or_default();
    view! {
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let reference = reference.clone();
                Suspend::new(async move {
                    match my_request(reference, lang).await {
                        Ok(request) => view! { <Receipt request /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

/// The address for notices: add, change or remove it; a new one gets a
/// confirmation link first. A plain form posted to this page.
#[component]
fn NoticeForm(csrf: String) -> impl IntoView {
    let lang = use_lang();
    let feedback = Feedback::new(use_context::<FormState>().unwrap_or_default(), lang);
    let outcome = use_query_map().get_untracked().get("email").filter(|o| {
        [
            "saved",
            "already-sent",
            "unchanged",
            "removed",
            "confirmed-now",
            "link-invalid",
        ]
        .contains(&o.as_str())
    });
    view! {
        <section class="notices" aria-labelledby="notices-heading">
            <h2 id="notices-heading">{lang.t("notices-title")}</h2>
            {outcome.map(|o| view! { <p class="notice" role="status">{lang.t(&format!("notices-{o}"))}</p> })}
            <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
                {
                    let (csrf, feedback) = (csrf.clone(), feedback.clone());
                    Suspend::new(async move {
                        let address = get_notice_address().await.ok();
                        let current = address.as_ref().and_then(|a| a.email.clone());
                        let state = match &address {
                            Some(NoticeAddress { email: Some(email), confirmed: true }) => lang.t_args("notices-confirmed", &[("email", email.clone().into())]),
                            Some(NoticeAddress { email: Some(email), confirmed: false }) => lang.t_args("notices-unconfirmed", &[("email", email.clone().into())]),
                            _ => lang.t("notices-none"),
                        };
                        let typed = feedback.value("email");
                        let value = if typed.is_empty() { current.clone().unwrap_or_default() } else { typed };
                        view! {
                            <p>{state}</p>
                            <form method="post" action="/me/requests" class="notice-form" novalidate=true>
                                <input type="hidden" name="csrf" value=csrf.clone() />
                                <div class="field">
                                    <label for="email">{lang.t("notices-email")}</label>
                                    <p class="hint" id="email-hint">{lang.t("notices-hint")}</p>
                                    {feedback.message("email")}
                                    <input type="email" id="email" name="email" autocomplete="email" maxlength="254" value=value
                                        aria-describedby=feedback.described("email", true) aria-invalid=feedback.invalid("email") />
                                </div>
                                <button type="submit" name="action" value="save">{lang.t("notices-save")}</button>
                                {current.is_some().then(|| view! { " " <button type="submit" name="action" value="remove" class="secondary">{lang.t("notices-remove")}</button> })}
                            </form>
                        }
                    })
                }
            </Suspense>
        </section>
    }
}

/// Where the request stands against its deadline.
#[component]
fn Clock(request: RequestView) -> impl IntoView {
    let lang = use_lang();
    let status = lang.t(&format!("status-{}", request.status.as_str()));
    let due = request
        .extended_due_on
        .clone()
        .unwrap_or(request.due_on.clone());
    let clock = if request.status.is_final() {
        lang.t_args(
            "clock-decided",
            &[("on", request.decided_on.clone().unwrap_or_default().into())],
        )
    } else if request.days_left >= 0 {
        lang.t_args(
            "clock-days-left",
            &[("due", due.into()), ("days", request.days_left.into())],
        )
    } else {
        lang.t_args(
            "clock-overdue",
            &[("due", due.into()), ("days", (-request.days_left).into())],
        )
    };
    view! {
        <p class=format!("request-status status-{}", request.status.as_str())>{status}</p>
        <p class="clock">{clock}</p>
        {request.extension_reason.clone().map(|reason| view! {
            <p class="extension">{lang.t_args("clock-extended", &[("reason", reason.into())])}</p>
        })}
    }
}

#[component]
fn Receipt(request: RequestView) -> impl IntoView {
    let lang = use_lang();
    let kind = request.kind.as_str();
    let rejected = request.status == RequestStatus::Rejected;
    view! {
        <Title text=request.reference.clone() />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/me/requests">{lang.t("my-requests-title")}</a>
        </nav>
        <h1>{lang.t(&format!("request-{kind}-title"))}</h1>
        <div class="receipt">
            <p class="lead">{lang.t("receipt-lead")}</p>
            <dl class="facts">
                <div class="fact"><dt>{lang.t("receipt-reference")}</dt><dd class="reference">{request.reference.clone()}</dd></div>
                <div class="fact"><dt>{lang.t("receipt-register")}</dt><dd>{request.register_name.clone()}</dd></div>
                <div class="fact"><dt>{lang.t("receipt-handled-by")}</dt><dd class="handled-by">{request.handled_by_text(lang)}</dd></div>
                <div class="fact"><dt>{lang.t("receipt-received")}</dt><dd>{request.received_on.clone()}</dd></div>
                <div class="fact"><dt>{lang.t("receipt-due")}</dt><dd>{request.due_on.clone()}</dd></div>
                {request.filed_by_text(lang).map(|text| view! {
                    <div class="fact"><dt>{lang.t("receipt-filed-by")}</dt><dd>{text}</dd></div>
                })}
                {request.summary.iter().map(|f| view! {
                    <div class="fact"><dt>{f.label.clone()}</dt><dd>{f.value.clone()}</dd></div>
                }).collect_view()}
            </dl>
            <Clock request=request.clone() />
            <p>
                <a class="button" href=format!("/me/requests/{}/receipt.pdf", request.reference) download="">{lang.t("receipt-pdf")}</a>
            </p>
        </div>
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{lang.t("receipt-timeline")}</h2>
            <ol class="timeline">
                {request.history.iter().map(|step| view! {
                    <li>
                        <span class="timeline-date">{step.on.clone()}</span> " "
                        <span>{lang.t(&format!("status-{}", step.status.as_str()))}</span>
                        {step.note.clone().map(|note| view! { <p class="timeline-note">{note}</p> })}
                    </li>
                }).collect_view()}
            </ol>
            {request.decision_reason.clone().map(|reason| view! {
                <p class="decision">{lang.t_args("receipt-decision", &[("reason", reason.into())])}</p>
            })}
            {rejected.then(|| view! {
                <p>{lang.t("receipt-complain")} " "
                    <a href="https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/">{lang.t("footer-imy")}</a>
                </p>
            })}
        </section>
        <Recipients recipients=request.recipients.clone() />
    }
}
