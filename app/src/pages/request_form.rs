//! The request forms of one register: correction and completion,
//! restriction (with its ground), erasure with opt-out, and opt-out before
//! registration. Each explains what will happen, asks for confirmation, and
//! shows a message next to each field that needs one. Plain HTML forms,
//! posted to the same address: without JavaScript they work the same.

use crate::{
    components::{ErrorPage, Feedback, patient_page},
    domain::RequestKind,
    i18n::{Lang, use_lang},
    model::{MyRegisterStatus, RequestFormInfo},
    requests::{FormState, MAX_SHORT, MAX_TEXT, RestrictionGround},
    server_fns::request_form,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RequestFormPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map().get_untracked();
    let code = params.get("code").unwrap_or_default();
    let kind = params.get("kind").unwrap_or_default();
    let csrf = match patient_page("/auth/login?next=/me") {
        Ok(session) => session.csrf_token,
        Err(refusal) => return refusal,
    };
    let state = use_context::<FormState>().unwrap_or_default();
    view! {
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (code, kind, csrf, state) = (code.clone(), kind.clone(), csrf.clone(), state.clone());
                Suspend::new(async move {
                    match request_form(code, kind, lang).await {
                        Ok(info) => view! { <RequestForm info csrf state /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn RequestForm(info: RequestFormInfo, csrf: String, state: FormState) -> impl IntoView {
    let lang = use_lang();
    let kind = info.kind.as_str();
    let title = lang.t(&format!("request-{kind}-title"));
    let back = format!("/me/registers/{}", info.code);
    let blocked = match (&info.open, info.kind, &info.status) {
        (Some(reference), ..) => Some(view! {
            <p class="notice" role="status">
                {lang.t("request-already-open")} " "
                <a href=format!("/me/requests/{reference}")>{lang.t_args("request-see", &[("reference", reference.clone().into())])}</a>
            </p>
        }.into_any()),
        (None, RequestKind::OptOut, status) if status.is_registered() => Some(view! {
            <p class="notice">{lang.t("request-opt-out-registered")} " "
                <a href=format!("{back}/request/erasure")>{lang.t("request-erasure-link")}</a>
            </p>
        }.into_any()),
        (None, _, MyRegisterStatus::OptedOut) => Some(view! { <p class="notice">{lang.t("request-already-opted-out")}</p> }.into_any()),
        (None, RequestKind::Correction | RequestKind::Restriction | RequestKind::Erasure, status) if !status.is_registered() => {
            Some(view! { <p class="notice">{lang.t("data-not-registered")}</p> }.into_any())
        }
        _ => None,
    };
    view! {
        <Title text=title.clone() />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href=back.clone()>{info.name.clone()}</a>
        </nav>
        <h1>{title}</h1>
        <p class="lead">{lang.t(&format!("request-{kind}-lead"))}</p>
        <div class="note consequence">
            <h2>{lang.t("request-what-happens")}</h2>
            <p>{lang.t(&format!("request-{kind}-consequence"))}</p>
            <p>{lang.t("request-deadline-explained")}</p>
        </div>
        {match blocked {
            Some(notice) => notice,
            None => view! { <Fields info=info.clone() csrf state lang /> }.into_any(),
        }}
    }
}

#[component]
fn Fields(info: RequestFormInfo, csrf: String, state: FormState, lang: Lang) -> impl IntoView {
    let kind = info.kind;
    let feedback = Feedback::new(state.clone(), lang);
    let summary = feedback.summary();
    let message = |field: &'static str| feedback.message(field);
    let described = |field: &'static str, hint: bool| feedback.described(field, hint);
    let invalid = |field: &'static str| feedback.invalid(field);
    let fields = match kind {
        RequestKind::Correction => {
            let chosen = state.value("record");
            view! {
                <div class="field">
                    <label for="record">{lang.t("form-record")}</label>
                    <select id="record" name="record">
                        <option value="missing" selected=chosen.is_empty() || chosen == "missing">{lang.t("form-record-missing")}</option>
                        {info.records.iter().map(|r| view! {
                            <option value=r.id.clone() selected=chosen == r.id>{r.label.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="field">{lang.t("form-field")} " " <span class="optional">{lang.t("form-optional")}</span></label>
                    <p class="hint" id="field-hint">{lang.t("form-field-hint")}</p>
                    {message("field")}
                    <input type="text" id="field" name="field" maxlength=MAX_SHORT value=state.value("field")
                        aria-describedby=described("field", true) aria-invalid=invalid("field") />
                </div>
                <div class="field">
                    <label for="problem">{lang.t("form-problem")}</label>
                    <p class="hint" id="problem-hint">{lang.t("form-problem-hint")}</p>
                    {message("problem")}
                    <textarea id="problem" name="problem" rows="5" maxlength=MAX_TEXT required=true
                        aria-describedby=described("problem", true) aria-invalid=invalid("problem")>{state.value("problem")}</textarea>
                </div>
                <div class="field">
                    <label for="proposed">{lang.t("form-proposed")} " " <span class="optional">{lang.t("form-optional")}</span></label>
                    {message("proposed")}
                    <input type="text" id="proposed" name="proposed" maxlength=MAX_SHORT value=state.value("proposed")
                        aria-describedby=described("proposed", false) aria-invalid=invalid("proposed") />
                </div>
            }
            .into_any()
        }
        RequestKind::Restriction => {
            let chosen = state.value("ground");
            view! {
                <fieldset class="field" aria-describedby=described("ground", false)>
                    <legend>{lang.t("form-ground")}</legend>
                    {message("ground")}
                    {RestrictionGround::ALL.into_iter().map(|g| {
                        let id = format!("ground-{}", g.code());
                        view! {
                            <div class="choice">
                                <input type="radio" id=id.clone() name="ground" value=g.code() checked=chosen == g.code() />
                                <label for=id.clone()>{lang.t(&id)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="explanation">{lang.t("form-explanation")} " " <span class="optional">{lang.t("form-optional")}</span></label>
                    {message("explanation")}
                    <textarea id="explanation" name="explanation" rows="4" maxlength=MAX_TEXT
                        aria-describedby=described("explanation", false) aria-invalid=invalid("explanation")>{state.value("explanation")}</textarea>
                </div>
            }
            .into_any()
        }
        RequestKind::Erasure => view! {
            <div class="field">
                <label for="explanation">{lang.t("form-explanation")} " " <span class="optional">{lang.t("form-optional")}</span></label>
                {message("explanation")}
                <textarea id="explanation" name="explanation" rows="4" maxlength=MAX_TEXT
                    aria-describedby=described("explanation", false) aria-invalid=invalid("explanation")>{state.value("explanation")}</textarea>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    };
    view! {
        {summary}
        <form method="post" class="request-form" novalidate=true>
            <input type="hidden" name="csrf" value=csrf />
            {fields}
            <div class="field confirm">
                {message("confirm")}
                <div class="choice">
                    <input type="checkbox" id="confirm" name="confirm" value="yes" checked=state.value("confirm") == "yes"
                        aria-describedby=described("confirm", false) aria-invalid=invalid("confirm") />
                    <label for="confirm">{lang.t(&format!("request-{}-confirm", kind.as_str()))}</label>
                </div>
            </div>
            <button type="submit">{lang.t("request-send")}</button>
        </form>
    }
}
