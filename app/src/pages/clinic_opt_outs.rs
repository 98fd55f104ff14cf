//! Opt-outs told at the clinic (`/staff/opt-outs`), for clinic staff: the
//! form to register a patient's opt-out on their behalf — personnummer,
//! register, what they opted out of, how they said it (verbally or on
//! paper, with the form's reference), how their identity was checked and
//! at which of the staff member's care units — and the opt-outs registered
//! at those units lately, each with its pre-filled form to print
//! (`/staff/opt-outs/{id}/form.pdf`) for the patient to sign.
//!
//! The server answers the query in `server/src/views/clinic_opt_outs.rs`;
//! the form posts to `server/src/http/clinic_opt_outs.rs`, whose rules are
//! `server/src/clinic_opt_outs.rs`'s.

use crate::{
    components::{ErrorPage, Feedback, InputField, Radio, staff_page},
    domain::{IdentityCheck, OptOutChannel, OptOutKind},
    i18n::{Lang, use_lang},
    requests::FormState,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// What the page offers the signed-in clinic staff member; `Forbidden` for
/// anyone else.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct ClinicOptOutsQuery {
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::StaffQuery for ClinicOptOutsQuery {
    type Answer = ClinicOptOuts;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClinicOptOuts {
    /// The staff member's registers: code and name.
    pub registers: Vec<(String, String)>,
    /// Their care units: HSA-id and name.
    pub units: Vec<(String, String)>,
    /// Registered at those units, newest first.
    pub recent: Vec<ToldOptOut>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToldOptOut {
    pub id: i64,
    pub personnummer: String,
    pub register_name: String,
    pub kind: OptOutKind,
    pub channel: OptOutChannel,
    pub unit_name: String,
    pub staff_name: String,
    pub at: String,
    /// Whether it is still in force (the patient may withdraw it).
    pub in_force: bool,
}

#[server(prefix = "/fn")]
pub async fn get_clinic_opt_outs(lang: Lang) -> Result<ClinicOptOuts, crate::error::PageError> {
    crate::backend::staff()?
        .ask(ClinicOptOutsQuery { lang })
        .await
}

/// The words for how an opt-out was given.
pub fn channel_text(lang: Lang, channel: OptOutChannel) -> String {
    lang.t(&format!("opt-out-channel-{}", channel.as_str()))
}

fn kind_text(lang: Lang, kind: OptOutKind) -> String {
    lang.t(&format!("clinic-opt-out-kind-{}", kind.as_str()))
}

#[component]
pub fn ClinicOptOutsPage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let state = use_context::<FormState>().unwrap_or_default();
    let done = use_query_map().get_untracked().get("done");
    let feedback = Feedback::new(state.clone(), lang);
    let csrf = staff.session.csrf_token.clone();
    let typed = state.clone();
    let chosen = move |field: &str, value: &str, default: bool| {
        let typed = typed.value(field);
        if typed.is_empty() {
            default
        } else {
            typed == value
        }
    };
    let done = done.map(|done| {
        let key = if done == "already" {
            "clinic-opt-out-already"
        } else {
            "clinic-opt-out-registered"
        };
        view! { <p class="notice" role="status">{lang.t(key)}</p> }
    });
    view! {
        <Title text=lang.t("clinic-opt-out-title") />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/staff">{lang.t("nav-staff")}</a>
        </nav>
        <h1>{lang.t("clinic-opt-out-title")}</h1>
        <p class="lead">{lang.t("clinic-opt-out-lead")}</p>
        {done}
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (feedback, csrf, chosen) = (feedback.clone(), csrf.clone(), chosen.clone());
                Suspend::new(async move {
                    match get_clinic_opt_outs(lang).await {
                        Ok(page) => {
                            let single_register = page.registers.len() == 1;
                            let single_unit = page.units.len() == 1;
                            let recent = page.recent.clone();
                            view! {
                                {feedback.summary()}
                                <form method="post" action="/staff/opt-outs" class="stack" novalidate>
                                    <input type="hidden" name="csrf" value=csrf.clone() />
                                    <InputField name="personnummer" label=lang.t("clinic-opt-out-personnummer") hint=lang.t("clinic-opt-out-personnummer-hint") numeric=true feedback=feedback.clone() />
                                    <fieldset id="register">
                                        <legend>{lang.t("clinic-opt-out-register")}</legend>
                                        {feedback.message("register")}
                                        {page.registers.iter().map(|(code, name)| {
                                            let checked = chosen("register", code, single_register);
                                            let id = format!("register-{code}");
                                            view! {
                                                <div class="choice">
                                                    <input type="radio" id=id.clone() name="register" value=code.clone() checked=checked />
                                                    <label for=id>{name.clone()}</label>
                                                </div>
                                            }
                                        }).collect_view()}
                                    </fieldset>
                                    <fieldset id="kind">
                                        <legend>{lang.t("clinic-opt-out-kind")}</legend>
                                        {feedback.message("kind")}
                                        <Radio name="kind" value="registration" label=kind_text(lang, OptOutKind::Registration) checked=chosen("kind", "registration", true) />
                                        <Radio name="kind" value="research" label=kind_text(lang, OptOutKind::Research) checked=chosen("kind", "research", false) />
                                    </fieldset>
                                    <fieldset id="channel">
                                        <legend>{lang.t("clinic-opt-out-channel")}</legend>
                                        {feedback.message("channel")}
                                        <Radio name="channel" value="verbal" label=channel_text(lang, OptOutChannel::Verbal) checked=chosen("channel", "verbal", true) />
                                        <Radio name="channel" value="paper" label=channel_text(lang, OptOutChannel::Paper) checked=chosen("channel", "paper", false) />
                                    </fieldset>
                                    <InputField name="paper_reference" label=lang.t("clinic-opt-out-paper-reference") hint=lang.t("clinic-opt-out-paper-reference-hint") feedback=feedback.clone() />
                                    <fieldset id="identity_check">
                                        <legend>{lang.t("clinic-opt-out-identity")}</legend>
                                        {feedback.message("identity_check")}
                                        {[IdentityCheck::IdDocument, IdentityCheck::KnownToStaff, IdentityCheck::SignedForm].into_iter().map(|check| view! {
                                            <Radio name="identity_check" value=check.as_str() label=lang.t(&format!("identity-check-{}", check.as_str())) checked=chosen("identity_check", check.as_str(), false) />
                                        }).collect_view()}
                                    </fieldset>
                                    <fieldset id="care_unit">
                                        <legend>{lang.t("clinic-opt-out-unit")}</legend>
                                        {feedback.message("care_unit")}
                                        {page.units.iter().map(|(hsa_id, name)| {
                                            let checked = chosen("care_unit", hsa_id, single_unit);
                                            let id = format!("care_unit-{hsa_id}");
                                            view! {
                                                <div class="choice">
                                                    <input type="radio" id=id.clone() name="care_unit" value=hsa_id.clone() checked=checked />
                                                    <label for=id>{name.clone()}</label>
                                                </div>
                                            }
                                        }).collect_view()}
                                    </fieldset>
                                    <button type="submit" class="button">{lang.t("clinic-opt-out-submit")}</button>
                                </form>
                                <section aria-labelledby="recent-heading">
                                    <h2 id="recent-heading">{lang.t("clinic-opt-out-recent")}</h2>
                                    {if recent.is_empty() {
                                        view! { <p>{lang.t("clinic-opt-out-none")}</p> }.into_any()
                                    } else {
                                        view! { <RecentOptOuts recent lang /> }.into_any()
                                    }}
                                </section>
                            }.into_any()
                        }
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn RecentOptOuts(recent: Vec<ToldOptOut>, lang: Lang) -> impl IntoView {
    view! {
        <table>
            <caption class="visually-hidden">{lang.t("clinic-opt-out-recent")}</caption>
            <thead><tr>
                <th scope="col">{lang.t("clinic-opt-out-when")}</th>
                <th scope="col">{lang.t("clinic-opt-out-personnummer")}</th>
                <th scope="col">{lang.t("clinic-opt-out-what")}</th>
                <th scope="col">{lang.t("clinic-opt-out-how")}</th>
                <th scope="col">{lang.t("clinic-opt-out-form")}</th>
            </tr></thead>
            <tbody>
                {recent.into_iter().map(|o| view! {
                    <tr>
                        <td>{o.at.clone()}</td>
                        <td>{o.personnummer.clone()}</td>
                        <td>
                            {o.register_name.clone()} ": " {kind_text(lang, o.kind)}
                            {(!o.in_force).then(|| view! { " (" {lang.t("clinic-opt-out-withdrawn")} ")" })}
                        </td>
                        <td>{channel_text(lang, o.channel)} ", " {o.unit_name.clone()} ", " {o.staff_name.clone()}</td>
                        <td><a href=format!("/staff/opt-outs/{}/form.pdf", o.id) download="">{lang.t("clinic-opt-out-print")}</a></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
