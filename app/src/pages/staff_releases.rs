//! Releases for register staff: the list of their registers' releases
//! (`/staff/releases`), the form to record one (`/staff/releases/new`: the
//! decision, the recipient, purpose, legal basis, ethics approval, form,
//! record types and fields, and the cohort pasted or uploaded as a list of
//! personnummer) and one release with what insyn resolved
//! (`/staff/releases/{id}`: the cohort that may be delivered, the number
//! left out, the fingerprint of the opt-outs applied).
//!
//! The server answers the queries in `server/src/views/staff_releases.rs`;
//! the form posts to `server/src/http/releases.rs`, which checks the
//! register against the staff member's as the database has them.

use crate::{
    components::{ErrorPage, Feedback, InputField, Radio, TickBox, staff_page},
    domain::{ReleaseForm, ReleasePurpose},
    i18n::{Lang, use_lang},
    pages::releases::{ReleaseFacts, ReleaseSummary, form_text, purpose_text},
    requests::FormState,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

/// The releases of the staff member's registers.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct StaffReleasesQuery {
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::StaffQuery for StaffReleasesQuery {
    type Answer = Vec<ReleaseSummary>;
}

/// What the release form offers: the staff member's registers with their
/// record types.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseFormQuery {
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::StaffQuery for ReleaseFormQuery {
    type Answer = Vec<FormRegister>;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormRegister {
    pub code: String,
    pub name: String,
    /// Record type codes and names.
    pub record_types: Vec<(String, String)>,
}

/// One release of the staff member's registers; `NotFound` otherwise.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct StaffReleaseQuery {
    pub id: i64,
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::StaffQuery for StaffReleaseQuery {
    type Answer = StaffRelease;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffRelease {
    pub summary: ReleaseSummary,
    pub recipient_contact: String,
    pub submitted: i64,
    pub delivered: i64,
    pub left_out: i64,
    pub fingerprint: String,
    /// Who recorded it: a staff member's name, or the register system.
    pub recorded_by: Option<String>,
    pub recorded_at: String,
}

#[server(prefix = "/fn")]
pub async fn get_staff_releases(
    lang: Lang,
) -> Result<Vec<ReleaseSummary>, crate::error::PageError> {
    crate::backend::staff()?
        .ask(StaffReleasesQuery { lang })
        .await
}

#[server(prefix = "/fn")]
pub async fn get_release_form(lang: Lang) -> Result<Vec<FormRegister>, crate::error::PageError> {
    crate::backend::staff()?
        .ask(ReleaseFormQuery { lang })
        .await
}

#[server(prefix = "/fn")]
pub async fn get_staff_release(
    id: i64,
    lang: Lang,
) -> Result<StaffRelease, crate::error::PageError> {
    crate::backend::staff()?
        .ask(StaffReleaseQuery { id, lang })
        .await
}

fn breadcrumbs(lang: Lang, to_list: bool) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/staff">{lang.t("nav-staff")}</a>
            {to_list.then(|| view! { " › " <a href="/staff/releases">{lang.t("staff-releases-title")}</a> })}
        </nav>
    }
}

#[component]
pub fn StaffReleasesPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(refusal) = staff_page() {
        return refusal;
    }
    view! {
        <Title text=lang.t("staff-releases-title") />
        {breadcrumbs(lang, false)}
        <h1>{lang.t("staff-releases-title")}</h1>
        <p class="lead">{lang.t("staff-releases-lead")}</p>
        <p class="actions"><a class="button" href="/staff/releases/new">{lang.t("staff-releases-new")}</a></p>
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {Suspend::new(async move {
                match get_staff_releases(lang).await {
                    Ok(releases) if releases.is_empty() => view! { <p>{lang.t("public-releases-none")}</p> }.into_any(),
                    Ok(releases) => view! {
                        <ul class="cards">
                            {releases.into_iter().map(|r| view! {
                                <li class="card">
                                    <h2 class="card-title"><a href=format!("/staff/releases/{}", r.id)>{r.diary_number.clone()} " · " {r.recipient.clone()}</a></h2>
                                    <p class="meta">{r.register_name.clone()} " · " {r.decided_on.clone()} " · " {purpose_text(lang, r.purpose)} " · " {form_text(lang, r.form)}</p>
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
pub fn StaffNewReleasePage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let state = use_context::<FormState>().unwrap_or_default();
    let feedback = Feedback::new(state.clone(), lang);
    let csrf = staff.session.csrf_token.clone();
    let (form_state, form_feedback) = (state.clone(), feedback.clone());
    let typed = state.clone();
    let chosen = move |field: &str, value: &str, default: bool| {
        let typed = typed.value(field);
        if typed.is_empty() {
            default
        } else {
            typed == value
        }
    };
    view! {
        <Title text=lang.t("release-new-title") />
        {breadcrumbs(lang, true)}
        <h1>{lang.t("release-new-title")}</h1>
        <p class="lead">{lang.t("release-new-lead")}</p>
        {feedback.summary()}
        <form method="post" action="/staff/releases/new" enctype="multipart/form-data" class="stack" novalidate>
            <input type="hidden" name="csrf" value=csrf />
            <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
                {
                    let (state, feedback) = (form_state.clone(), form_feedback.clone());
                    Suspend::new(async move {
                        match get_release_form(lang).await {
                            Ok(registers) => view! { <RegisterAndTypes registers state feedback=feedback.clone() /> }.into_any(),
                            Err(error) => view! { <ErrorPage error /> }.into_any(),
                        }
                    })
                }
            </Suspense>
            <InputField name="diary_number" label=lang.t("release-diary-number") feedback=feedback.clone() />
            <InputField name="decided_on" kind="date" label=lang.t("release-decided") feedback=feedback.clone() />
            <InputField name="decided_time" kind="time" label=lang.t("release-decided-time") hint=lang.t("release-decided-time-hint") feedback=feedback.clone() />
            <InputField name="delivered_on" kind="date" label=lang.t("release-delivered") hint=lang.t("release-optional") feedback=feedback.clone() />
            <InputField name="recipient" label=lang.t("release-recipient") feedback=feedback.clone() />
            <InputField name="recipient_contact" label=lang.t("release-recipient-contact") feedback=feedback.clone() />
            <fieldset id="purpose">
                <legend>{lang.t("release-purpose")}</legend>
                {feedback.message("purpose")}
                {ReleasePurpose::ALL.iter().map(|p| view! {
                    <Radio name="purpose" value=p.as_str() label=purpose_text(lang, *p) checked=chosen("purpose", p.as_str(), *p == ReleasePurpose::Research) />
                }).collect_view()}
            </fieldset>
            <InputField name="legal_basis" label=lang.t("release-legal-basis") feedback=feedback.clone() />
            <InputField name="ethics_approval" label=lang.t("release-ethics-approval") hint=lang.t("release-ethics-approval-hint") feedback=feedback.clone() />
            <fieldset id="form">
                <legend>{lang.t("release-form")}</legend>
                {feedback.message("form")}
                {ReleaseForm::ALL.iter().map(|f| view! {
                    <Radio name="form" value=f.as_str() label=form_text(lang, *f) checked=chosen("form", f.as_str(), *f == ReleaseForm::Pseudonymised) />
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="fields">{lang.t("release-fields")}</label>
                {feedback.message("fields")}
                <textarea id="fields" name="fields" rows="3" aria-invalid=feedback.invalid("fields")>{feedback.value("fields")}</textarea>
            </div>
            <div class="field">
                <label for="cohort">{lang.t("release-cohort")}</label>
                <p class="hint" id="cohort-hint">{lang.t("release-cohort-hint")}</p>
                {feedback.message("cohort")}
                {(!state.value("cohort_lines").is_empty()).then(|| view! {
                    <p class="field-error">{lang.t_args("release-cohort-lines", &[("lines", state.value("cohort_lines").into())])}</p>
                })}
                <textarea id="cohort" name="cohort" rows="6" aria-describedby="cohort-hint" aria-invalid=feedback.invalid("cohort")>{feedback.value("cohort")}</textarea>
            </div>
            <div class="field">
                <label for="cohort_file">{lang.t("release-cohort-file")}</label>
                <input type="file" id="cohort_file" name="cohort_file" accept=".txt,.csv,text/plain,text/csv" />
            </div>
            <button type="submit" class="button">{lang.t("release-submit")}</button>
        </form>
    }
    .into_any()
}

#[component]
fn RegisterAndTypes(
    registers: Vec<FormRegister>,
    state: FormState,
    feedback: Feedback,
) -> impl IntoView {
    let lang = use_lang();
    let typed = state.value("register");
    let first = registers
        .first()
        .map(|r| r.code.clone())
        .unwrap_or_default();
    let chosen = if typed.is_empty() { first } else { typed };
    view! {
        <fieldset id="register">
            <legend>{lang.t("release-register")}</legend>
            {feedback.message("register")}
            {registers.iter().map(|r| {
                let id = format!("register-{}", r.code);
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name="register" value=r.code.clone() checked=r.code == chosen />
                        <label for=id>{r.name.clone()}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <fieldset id="record_types">
            <legend>{lang.t("release-data")}</legend>
            <p class="hint">{lang.t("release-data-hint")}</p>
            {feedback.message("record_types")}
            {registers.into_iter().map(|r| view! {
                <p class="group-label">{r.name.clone()}</p>
                <ul class="plain">
                    {r.record_types.into_iter().map(|(code, name)| {
                        let field = format!("type-{}-{}", r.code, code);
                        let checked = state.values.contains_key(&field);
                        view! { <TickBox name=field label=name checked /> }
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </fieldset>
    }
}

#[component]
pub fn StaffReleasePage() -> impl IntoView {
    let lang = use_lang();
    if let Err(refusal) = staff_page() {
        return refusal;
    }
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<i64>().ok());
    view! {
        {breadcrumbs(lang, true)}
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {Suspend::new(async move {
                let found = match id {
                    Some(id) => get_staff_release(id, lang).await,
                    None => Err(crate::error::PageError::NotFound),
                };
                match found {
                    Ok(release) => view! { <ReleaseDetails release /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn ReleaseDetails(release: StaffRelease) -> impl IntoView {
    let lang = use_lang();
    let title = format!(
        "{} · {}",
        release.summary.diary_number, release.summary.recipient
    );
    let cohort = (release.summary.form != ReleaseForm::Aggregate)
        .then(|| format!("/staff/releases/{}/cohort.csv", release.summary.id));
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{lang.t_args("staff-release-resolved", &[
            ("submitted", release.submitted.into()),
            ("delivered", release.delivered.into()),
            ("left_out", release.left_out.into()),
        ])}</p>
        {cohort.map(|href| view! {
            <p class="actions"><a class="button" href=href download="">{lang.t("staff-release-download")}</a></p>
        })}
        <ReleaseFacts release=release.summary />
        <dl class="facts">
            <div class="fact"><dt>{lang.t("release-recipient-contact")}</dt><dd>{release.recipient_contact}</dd></div>
            <div class="fact"><dt>{lang.t("staff-release-fingerprint")}</dt><dd><code class="fingerprint">{release.fingerprint}</code></dd></div>
            <div class="fact"><dt>{lang.t("staff-release-recorded")}</dt><dd>
                {release.recorded_at} " · "
                {release.recorded_by.unwrap_or_else(|| lang.t("staff-release-by-system"))}
            </dd></div>
        </dl>
    }
}
