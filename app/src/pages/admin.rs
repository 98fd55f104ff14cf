//! Platform administration, for administrators only: the start
//! (`/admin`) with the admin audit trail; staff accounts
//! (`/admin/staff`: HSA-id, name, role, registers, care units, active or
//! not); register API tokens (`/admin/tokens`: create — the secret shown
//! once, on the answer to the form — list, revoke); the care-unit catalogue
//! (`/admin/care-units`). Anyone else gets 403.
//!
//! The server answers [`AdminQuery`] in `server/src/views/admin.rs`; the
//! forms post to `server/src/http/admin.rs`, whose rules are
//! `server/src/staff_admin.rs`'s, shared with the command line.

use crate::{
    components::{ErrorPage, Feedback, InputField, Radio, staff_page},
    domain::StaffRole,
    i18n::{Lang, use_lang},
    pages::log_review::{ActTable, StaffAct},
    requests::FormState,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// What the administration pages show; `Forbidden` unless an administrator.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct AdminQuery {
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::StaffQuery for AdminQuery {
    type Answer = AdminData;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminData {
    pub staff: Vec<AccountView>,
    pub tokens: Vec<TokenView>,
    /// HSA-id and name.
    pub care_units: Vec<(String, String)>,
    /// Code and name.
    pub registers: Vec<(String, String)>,
    /// The latest administrative changes, newest first.
    pub trail: Vec<StaffAct>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountView {
    pub hsa_id: String,
    pub name: String,
    pub email: Option<String>,
    pub role: StaffRole,
    pub active: bool,
    pub registers: Vec<String>,
    pub care_units: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenView {
    pub id: i64,
    pub register: String,
    pub label: String,
    pub created: String,
    pub revoked: Option<String>,
}

#[server(prefix = "/fn")]
pub async fn get_admin(lang: Lang) -> Result<AdminData, crate::error::PageError> {
    crate::backend::staff()?.ask(AdminQuery { lang }).await
}

fn breadcrumbs(lang: Lang) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/admin">{lang.t("admin-title")}</a>
        </nav>
    }
}

/// The administration's data, or the page's refusal.
fn with_admin<V: IntoView + 'static>(
    lang: Lang,
    show: impl Fn(AdminData) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let show = show.clone();
                Suspend::new(async move {
                    match get_admin(lang).await {
                        Ok(data) => show(data).into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
}

fn role_text(lang: Lang, role: StaffRole) -> String {
    lang.t(&format!("staff-role-{}", role.as_str()))
}

#[component]
pub fn AdminPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(refusal) = staff_page() {
        return refusal;
    }
    view! {
        <Title text=lang.t("admin-title") />
        <h1>{lang.t("admin-title")}</h1>
        <p class="lead">{lang.t("admin-lead")}</p>
        <ul class="cards">
            <li class="card"><h2 class="card-title"><a href="/admin/staff">{lang.t("admin-staff-title")}</a></h2></li>
            <li class="card"><h2 class="card-title"><a href="/admin/tokens">{lang.t("admin-tokens-title")}</a></h2></li>
            <li class="card"><h2 class="card-title"><a href="/admin/care-units">{lang.t("admin-units-title")}</a></h2></li>
        </ul>
        <section aria-labelledby="admin-trail-heading">
            <h2 id="admin-trail-heading">{lang.t("admin-trail")}</h2>
            {with_admin(lang, move |data: AdminData| view! { <ActTable acts=data.trail caption=lang.t("admin-trail") lang /> })}
        </section>
    }
    .into_any()
}

#[component]
pub fn AdminStaffPage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let state = use_context::<FormState>().unwrap_or_default();
    let query = use_query_map().get_untracked();
    let saved = query.get("done").is_some();
    // Editing an account: its HSA-id in the address fills the form.
    let editing = query.get("hsa_id");
    let csrf = staff.session.csrf_token.clone();
    view! {
        <Title text=lang.t("admin-staff-title") />
        {breadcrumbs(lang)}
        <h1>{lang.t("admin-staff-title")}</h1>
        {saved.then(|| view! { <p class="notice" role="status">{lang.t("admin-saved")}</p> })}
        {with_admin(lang, move |data: AdminData| {
            let mut state = state.clone();
            if state.values.is_empty()
                && let Some(account) = editing.as_ref().and_then(|h| data.staff.iter().find(|a| a.hsa_id == *h))
            {
                state = account_as_form(account);
            }
            view! { <StaffForm data state csrf=csrf.clone() lang /> }
        })}
    }
    .into_any()
}

/// An account as the form's typed values, to edit it.
fn account_as_form(account: &AccountView) -> FormState {
    let mut values = std::collections::HashMap::from([
        ("hsa_id".to_owned(), account.hsa_id.clone()),
        ("name".to_owned(), account.name.clone()),
        (
            "email".to_owned(),
            account.email.clone().unwrap_or_default(),
        ),
        ("role".to_owned(), account.role.as_str().to_owned()),
    ]);
    if account.active {
        values.insert("active".into(), "on".into());
    }
    for code in &account.registers {
        values.insert(format!("register-{code}"), "on".into());
    }
    for unit in &account.care_units {
        values.insert(format!("unit-{unit}"), "on".into());
    }
    FormState {
        values,
        errors: Vec::new(),
    }
}

#[component]
fn StaffForm(data: AdminData, state: FormState, csrf: String, lang: Lang) -> impl IntoView {
    let feedback = Feedback::new(state.clone(), lang);
    let fresh = state.values.is_empty();
    let role = state.value("role");
    let ticked = |field: String| state.values.contains_key(&field);
    let active = fresh || state.values.contains_key("active");
    view! {
        {feedback.summary()}
        <form method="post" action="/admin/staff" class="stack" novalidate>
            <input type="hidden" name="csrf" value=csrf />
            <InputField name="hsa_id" label=lang.t("admin-staff-hsa-id") hint=lang.t("admin-staff-hsa-id-hint") feedback=feedback.clone() />
            <InputField name="name" label=lang.t("admin-staff-name") feedback=feedback.clone() />
            <InputField name="email" kind="email" label=lang.t("admin-staff-email") hint=lang.t("release-optional") feedback=feedback.clone() />
            <fieldset id="role">
                <legend>{lang.t("admin-staff-role")}</legend>
                {feedback.message("role")}
                {StaffRole::ALL.iter().map(|r| view! {
                    <Radio name="role" value=r.as_str() label=role_text(lang, *r) checked=role == r.as_str() || (role.is_empty() && *r == StaffRole::Coordinator) />
                }).collect_view()}
            </fieldset>
            <fieldset id="registers">
                <legend>{lang.t("admin-staff-registers")}</legend>
                {feedback.message("registers")}
                {data.registers.iter().map(|(code, name)| {
                    let field = format!("register-{code}");
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=field.clone() name=field.clone() value="on" checked=ticked(field.clone()) />
                            <label for=field>{name.clone()}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset id="care_units">
                <legend>{lang.t("admin-staff-units")}</legend>
                <p class="hint">{lang.t("admin-staff-units-hint")}</p>
                {feedback.message("care_units")}
                {data.care_units.iter().map(|(hsa_id, name)| {
                    let field = format!("unit-{hsa_id}");
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=field.clone() name=field.clone() value="on" checked=ticked(field.clone()) />
                            <label for=field>{name.clone()} " (" {hsa_id.clone()} ")"</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="choice">
                <input type="checkbox" id="active" name="active" value="on" checked=active />
                <label for="active">{lang.t("admin-staff-active")}</label>
            </div>
            <button type="submit" class="button">{lang.t("admin-save")}</button>
        </form>
        <h2>{lang.t("admin-staff-list")}</h2>
        <table>
            <caption class="visually-hidden">{lang.t("admin-staff-list")}</caption>
            <thead><tr>
                <th scope="col">{lang.t("admin-staff-name")}</th>
                <th scope="col">{lang.t("admin-staff-hsa-id")}</th>
                <th scope="col">{lang.t("admin-staff-role")}</th>
                <th scope="col">{lang.t("admin-staff-scope")}</th>
                <th scope="col">{lang.t("admin-staff-active")}</th>
            </tr></thead>
            <tbody>
                {data.staff.into_iter().map(|a| view! {
                    <tr>
                        <td><a href=format!("/admin/staff?hsa_id={}", a.hsa_id)>{a.name.clone()}</a></td>
                        <td>{a.hsa_id.clone()}</td>
                        <td>{role_text(lang, a.role)}</td>
                        <td>{[a.registers.join(", "), a.care_units.join(", ")].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")}</td>
                        <td>{lang.t(if a.active { "admin-yes" } else { "admin-no" })}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn AdminTokensPage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let state = use_context::<FormState>().unwrap_or_default();
    let feedback = Feedback::new(state.clone(), lang);
    // Only on the answer to the form that created it: never stored.
    let secret = Some(state.value("secret")).filter(|s| !s.is_empty());
    let revoked = use_query_map().get_untracked().get("revoked");
    let csrf = staff.session.csrf_token.clone();
    view! {
        <Title text=lang.t("admin-tokens-title") />
        {breadcrumbs(lang)}
        <h1>{lang.t("admin-tokens-title")}</h1>
        {secret.map(|secret| view! {
            <div class="notice" role="status">
                <p>{lang.t("admin-token-created")}</p>
                <p><code class="secret">{secret}</code></p>
            </div>
        })}
        {revoked.map(|id| view! { <p class="notice" role="status">{lang.t_args("admin-token-revoked", &[("id", id.into())])}</p> })}
        {feedback.summary()}
        {with_admin(lang, move |data: AdminData| {
            let csrf = csrf.clone();
            let feedback = feedback.clone();
            view! {
                <form method="post" action="/admin/tokens" class="stack" novalidate>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <div class="field">
                        <label for="register">{lang.t("log-review-register")}</label>
                        <select id="register" name="register">
                            {data.registers.iter().map(|(code, name)| view! { <option value=code.clone()>{name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <InputField name="label" label=lang.t("admin-token-label") hint=lang.t("admin-token-label-hint") feedback=feedback.clone() />
                    <button type="submit" class="button">{lang.t("admin-token-create")}</button>
                </form>
                <h2>{lang.t("admin-tokens-list")}</h2>
                <table>
                    <caption class="visually-hidden">{lang.t("admin-tokens-list")}</caption>
                    <thead><tr>
                        <th scope="col">{lang.t("admin-token-id")}</th>
                        <th scope="col">{lang.t("log-review-register")}</th>
                        <th scope="col">{lang.t("admin-token-label")}</th>
                        <th scope="col">{lang.t("admin-token-created-at")}</th>
                        <th scope="col">{lang.t("admin-token-state")}</th>
                    </tr></thead>
                    <tbody>
                        {data.tokens.into_iter().map(|t| view! {
                            <tr>
                                <td>{t.id}</td>
                                <td>{t.register.clone()}</td>
                                <td>{t.label.clone()}</td>
                                <td>{t.created.clone()}</td>
                                <td>{match t.revoked.clone() {
                                    Some(at) => lang.t_args("admin-token-revoked-at", &[("at", at.into())]).into_any(),
                                    None => view! {
                                        <form method="post" action=format!("/admin/tokens/{}/revoke", t.id) class="inline-form">
                                            <input type="hidden" name="csrf" value=csrf.clone() />
                                            <button type="submit" class="button secondary-button">{lang.t_args("admin-token-revoke", &[("id", t.id.into())])}</button>
                                        </form>
                                    }.into_any(),
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        })}
    }
    .into_any()
}

#[component]
pub fn AdminCareUnitsPage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let state = use_context::<FormState>().unwrap_or_default();
    let feedback = Feedback::new(state, lang);
    let saved = use_query_map().get_untracked().get("done").is_some();
    let csrf = staff.session.csrf_token.clone();
    view! {
        <Title text=lang.t("admin-units-title") />
        {breadcrumbs(lang)}
        <h1>{lang.t("admin-units-title")}</h1>
        {saved.then(|| view! { <p class="notice" role="status">{lang.t("admin-saved")}</p> })}
        {feedback.summary()}
        <form method="post" action="/admin/care-units" class="stack" novalidate>
            <input type="hidden" name="csrf" value=csrf />
            <InputField name="hsa_id" label=lang.t("admin-unit-hsa-id") feedback=feedback.clone() />
            <InputField name="name" label=lang.t("admin-unit-name") feedback=feedback.clone() />
            <button type="submit" class="button">{lang.t("admin-save")}</button>
        </form>
        <h2>{lang.t("admin-units-list")}</h2>
        {with_admin(lang, move |data: AdminData| view! {
            <table>
                <caption class="visually-hidden">{lang.t("admin-units-list")}</caption>
                <thead><tr>
                    <th scope="col">{lang.t("admin-unit-name")}</th>
                    <th scope="col">{lang.t("admin-unit-hsa-id")}</th>
                </tr></thead>
                <tbody>
                    {data.care_units.into_iter().map(|(hsa_id, name)| view! {
                        <tr><td>{name}</td><td>{hsa_id}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
    }
    .into_any()
}
