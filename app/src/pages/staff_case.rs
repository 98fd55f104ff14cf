//! One case as register staff handle it: the request and its history, the
//! patient's data in the register (each look recorded in the patient's
//! access log), and the forms that act on it — take, extend once, complete
//! (doing what was asked), reject, and lift a restriction. Plain HTML forms
//! posted to the case's own address, so they work without JavaScript; a form
//! with mistakes comes back with a message next to the field.

use crate::{
    case_actions::EXTENSION_MONTHS,
    components::{ErrorPage, Feedback, staff_page},
    domain::{CaseActionCode, RequestKind},
    i18n::use_lang,
    model::{CaseActions, StaffCase},
    pages::releases::Recipients,
    requests::{FormState, MAX_SHORT, MAX_TEXT},
    server_fns::get_staff_case,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn StaffCasePage() -> impl IntoView {
    let lang = use_lang();
    let csrf = match staff_page() {
        Ok(staff) => staff.session.csrf_token,
        Err(refusal) => return refusal,
    };
    let reference = use_params_map()
        .get_untracked()
        .get("reference")
        .unwrap_or_default();
    let feedback = Feedback::new(use_context::<FormState>().unwrap_or_default(), lang);
    view! {
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (reference, csrf, feedback) = (reference.clone(), csrf.clone(), feedback.clone());
                Suspend::new(async move {
                    match get_staff_case(reference, lang).await {
                        Ok(case) => view! { <Case case csrf feedback /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn Case(case: StaffCase, csrf: String, feedback: Feedback) -> impl IntoView {
    let lang = feedback.lang;
    let request = case.request;
    let mark = (request.reference.clone(), csrf.clone());
    let act = (case.actions.open || case.actions.can_lift).then(|| {
        view! {
            <Actions
                actions=case.actions.clone()
                kind=request.kind
                href=format!("/staff/requests/{}", request.reference)
                csrf
                feedback
            />
        }
    });
    view! {
        <Title text=request.reference.clone() />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/staff/requests">{lang.t("queue-title")}</a>
        </nav>
        <h1>{lang.t(&format!("request-{}-title", request.kind.as_str()))} " " <span class="reference">{request.reference.clone()}</span></h1>
        <dl class="facts">
            <div class="fact"><dt>{lang.t("case-patient")}</dt><dd>{case.patient_name.clone()} ", " {case.personnummer.clone()}</dd></div>
            {request.filed_by_text(lang).map(|text| view! {
                <div class="fact"><dt>{lang.t("receipt-filed-by")}</dt><dd class="case-filed-by">{text}</dd></div>
            })}
            <div class="fact"><dt>{lang.t("receipt-register")}</dt><dd>{request.register_name.clone()}</dd></div>
            <div class="fact"><dt>{lang.t("receipt-handled-by")}</dt><dd class="handled-by">{request.handled_by_text(lang)}</dd></div>
            <div class="fact"><dt>{lang.t("queue-status")}</dt><dd class="case-status">{lang.t(&format!("status-{}", request.status.as_str()))}</dd></div>
            <div class="fact"><dt>{lang.t("receipt-received")}</dt><dd>{request.received_on.clone()}</dd></div>
            <div class="fact"><dt>{lang.t("receipt-due")}</dt><dd>{request.extended_due_on.clone().unwrap_or(request.due_on.clone())}</dd></div>
            {request.summary.iter().map(|f| view! {
                <div class="fact"><dt>{f.label.clone()}</dt><dd>{f.value.clone()}</dd></div>
            }).collect_view()}
        </dl>
        {act}
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{lang.t("receipt-timeline")}</h2>
            <ol class="timeline">
                {request.history.iter().map(|step| view! {
                    <li><span class="timeline-date">{step.on.clone()}</span> " " {lang.t(&format!("status-{}", step.status.as_str()))}
                        {step.note.clone().map(|n| view! { <p class="timeline-note">{n}</p> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
        <Recipients recipients=request.recipients.clone() mark />
        <section aria-labelledby="case-data-heading">
            <h2 id="case-data-heading">{lang.t_args("case-data", &[("count", case.data.total.into())])}</h2>
            <p class="hint">{lang.t("case-data-logged")}</p>
            {case.data.groups.into_iter().map(|group| view! {
                <h3 class="record-group">{group.label}</h3>
                <ul class="records">
                    {group.records.into_iter().map(|r| view! {
                        <li class="record">
                            <p class="record-meta"><span class="record-date">{r.date}</span> " · " {r.care_unit}
                                {r.corrected_on.map(|on| view! { " · " <span class="corrected">{lang.t_args("data-corrected", &[("on", on.into())])}</span> })}
                            </p>
                            <dl class="record-fields">
                                {r.fields.into_iter().map(|f| view! { <div class="fact"><dt>{f.label}</dt><dd>{f.value}</dd></div> }).collect_view()}
                            </dl>
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}

/// The forms that act on the case. Each posts its `action` with the
/// session's form token to the case's address.
#[component]
fn Actions(
    actions: CaseActions,
    kind: RequestKind,
    href: String,
    csrf: String,
    feedback: Feedback,
) -> impl IntoView {
    let lang = feedback.lang;
    let form = {
        let (href, csrf) = (href.clone(), csrf.clone());
        move |action: CaseActionCode, fields: AnyView, button: String| {
            view! {
                <form method="post" action=href.clone() class=format!("case-action case-{}", action.as_str()) novalidate=true>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <input type="hidden" name="action" value=action.as_str() />
                    {fields}
                    <button type="submit">{button}</button>
                </form>
            }
        }
    };
    let reason = {
        let feedback = feedback.clone();
        move |name: &'static str, label: &str| {
            view! {
                <div class="field">
                    <label for=name>{lang.t(label)}</label>
                    {feedback.message(name)}
                    <textarea id=name name=name rows="3" maxlength=MAX_TEXT required=true
                        aria-describedby=feedback.described(name, false) aria-invalid=feedback.invalid(name)>{feedback.value(name)}</textarea>
                </div>
            }
            .into_any()
        }
    };
    let take = actions.can_take.then(|| {
        form(
            CaseActionCode::Take,
            view! { <p>{lang.t("case-take-lead")}</p> }.into_any(),
            lang.t("case-take"),
        )
    });
    let complete = actions.open.then(|| {
        let k = kind.as_str();
        let fields = match kind {
            RequestKind::Correction => {
                let chosen = feedback.value("target");
                view! {
                    <div class="field">
                        <label for="target">{lang.t("case-target")}</label>
                        {feedback.message("target")}
                        <select id="target" name="target" aria-describedby=feedback.described("target", false) aria-invalid=feedback.invalid("target")>
                            <option value="" selected=chosen.is_empty()>{lang.t("case-target-none")}</option>
                            {actions.targets.iter().map(|t| view! {
                                <option value=t.value.clone() selected=chosen == t.value>{t.label.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="value">{lang.t("case-value")}</label>
                        <p class="hint" id="value-hint">{lang.t("case-value-hint")}</p>
                        {feedback.message("value")}
                        <input type="text" id="value" name="value" maxlength=MAX_SHORT value=feedback.value("value")
                            aria-describedby=feedback.described("value", true) aria-invalid=feedback.invalid("value") />
                    </div>
                }
                .into_any()
            }
            RequestKind::Erasure => view! {
                <div class="field confirm">
                    {feedback.message("confirm_erasure")}
                    <div class="choice">
                        <input type="checkbox" id="confirm_erasure" name="confirm_erasure" value="yes"
                            aria-describedby=feedback.described("confirm_erasure", false) aria-invalid=feedback.invalid("confirm_erasure") />
                        <label for="confirm_erasure">{lang.t("case-confirm-erasure-label")}</label>
                    </div>
                </div>
            }
            .into_any(),
            _ => ().into_any(),
        };
        form(
            CaseActionCode::Complete,
            view! {
                <h3>{lang.t("case-complete")}</h3>
                <p>{lang.t(&format!("case-complete-{k}-lead"))}</p>
                {fields}
                <div class="field">
                    <label for="note">{lang.t("case-note")}</label>
                    <p class="hint" id="note-hint">{lang.t("case-note-hint")}</p>
                    {feedback.message("note")}
                    <textarea id="note" name="note" rows="3" maxlength=MAX_TEXT
                        aria-describedby=feedback.described("note", true) aria-invalid=feedback.invalid("note")>{feedback.value("note")}</textarea>
                </div>
            }
            .into_any(),
            lang.t(&format!("case-complete-{k}-button")),
        )
    });
    let extend = actions.can_extend.then(|| {
        let chosen = feedback.value("months");
        form(
            CaseActionCode::Extend,
            view! {
                <h3>{lang.t("case-extend")}</h3>
                <p>{lang.t("case-extend-lead")}</p>
                <div class="field">
                    <label for="months">{lang.t("case-months")}</label>
                    {feedback.message("months")}
                    <select id="months" name="months" aria-describedby=feedback.described("months", false) aria-invalid=feedback.invalid("months")>
                        {EXTENSION_MONTHS.iter().map(|m| view! {
                            <option value=m.to_string() selected=chosen == m.to_string()>{lang.t_args("case-months-option", &[("months", (*m).into())])}</option>
                        }).collect_view()}
                    </select>
                </div>
                {reason("extension_reason", "case-extension-reason")}
            }
            .into_any(),
            lang.t("case-extend-button"),
        )
    });
    let reject = actions.open.then(|| {
        form(
            CaseActionCode::Reject,
            view! {
                <h3>{lang.t("case-reject")}</h3>
                <p>{lang.t("case-reject-lead")}</p>
                {reason("rejection_reason", "case-rejection-reason")}
            }
            .into_any(),
            lang.t("case-reject-button"),
        )
    });
    let lift = actions.can_lift.then(|| {
        form(
            CaseActionCode::Lift,
            view! {
                <h3>{lang.t("case-lift")}</h3>
                <p>{lang.t("case-lift-lead")}</p>
                {reason("lift_reason", "case-lift-reason")}
            }
            .into_any(),
            lang.t("case-lift-button"),
        )
    });
    view! {
        <section aria-labelledby="actions-heading" class="case-actions">
            <h2 id="actions-heading">{lang.t("case-actions")}</h2>
            {feedback.summary()}
            {take}
            {complete}
            {extend}
            {reject}
            {lift}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_kind_has_its_completion_texts() {
        for kind in RequestKind::ALL {
            for lang in Lang::ALL {
                for id in ["lead", "button"] {
                    let key = format!("case-complete-{}-{id}", kind.as_str());
                    assert!(lang.has(&key), "{key} is missing in {lang:?}");
                }
            }
        }
    }
}
