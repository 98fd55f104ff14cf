//! "Where your data have been released" (`/me/releases`): each release of
//! register data for research or statistics that carried the patient —
//! recipient, purpose, ethics approval, date, form, which kinds of data —
//! and each one that left them out because of their opt-out; beside them
//! the research opt-out (per register or for all, no reason asked) and
//! every opt-out in force, each of which can be withdrawn.
//!
//! The server answers [`MyReleasesQuery`] in `server/src/views/my_releases.rs`;
//! the forms post to `server/src/http/opt_outs.rs`.

use crate::{
    components::{DoneNotice, ErrorPage, Radio, patient_page},
    domain::{OptOutChannel, OptOutKind},
    i18n::{Lang, use_lang},
    pages::releases::{ReleaseFacts, ReleaseSummary},
};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct MyReleasesQuery {
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::PatientQuery for MyReleasesQuery {
    type Answer = MyReleases;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyReleases {
    /// Releases that carried the patient, or left them out for their opt-out.
    pub releases: Vec<ReleaseForPatient>,
    /// Opt-outs in force now.
    pub opt_outs: Vec<OptOutInForce>,
    /// The registers the patient is in (code, name): the opt-out's choices.
    pub registers: Vec<(String, String)>,
    /// Whether whoever is signed in may give or withdraw opt-outs here.
    pub may_change: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReleaseForPatient {
    pub release: ReleaseSummary,
    pub inclusion: Inclusion,
}

/// Whether a release carried the patient, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Inclusion {
    /// Included; no research opt-out of theirs was in force at the decision.
    Included,
    /// Included: decided before their research opt-out of this day.
    IncludedBeforeOptOut { opted_out_on: String },
    /// Left out: their research opt-out was in force at the decision.
    LeftOut,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptOutInForce {
    pub kind: OptOutKind,
    /// `None`: every register.
    pub register: Option<String>,
    pub register_name: Option<String>,
    /// The day it was given (ISO 8601).
    pub since: String,
    pub channel: OptOutChannel,
}

#[server(prefix = "/fn")]
pub async fn get_my_releases(lang: Lang) -> Result<MyReleases, crate::error::PageError> {
    crate::backend::patient()?
        .ask(MyReleasesQuery { lang })
        .await
}

#[component]
pub fn MyReleasesPage() -> impl IntoView {
    let lang = use_lang();
    let session = match patient_page("/auth/login?next=/me/releases") {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let csrf = session.csrf_token.clone();
    view! {
        <Title text=lang.t("my-releases-title") />
        <h1>{lang.t("my-releases-title")}</h1>
        <p class="lead">{lang.t("my-releases-lead")}</p>
        <DoneNotice outcomes=&[("given", "opt-out-given"), ("withdrawn", "opt-out-withdrawn")] />
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let csrf = csrf.clone();
                Suspend::new(async move {
                    match get_my_releases(lang).await {
                        Ok(mine) => view! { <Overview mine csrf /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn Overview(mine: MyReleases, csrf: String) -> impl IntoView {
    let lang = use_lang();
    let MyReleases {
        releases,
        opt_outs,
        registers,
        may_change,
    } = mine;
    let research_everywhere = opt_outs
        .iter()
        .any(|o| o.kind == OptOutKind::Research && o.register.is_none());
    view! {
        <section aria-labelledby="releases-heading">
            <h2 id="releases-heading">{lang.t("my-releases-list-heading")}</h2>
            {if releases.is_empty() {
                view! { <p>{lang.t("my-releases-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {releases.into_iter().map(|r| view! { <ReleaseCard release=r /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="opt-outs-heading" id="opt-out">
            <h2 id="opt-outs-heading">{lang.t("opt-outs-heading")}</h2>
            <p>{lang.t("opt-outs-research-explained")}</p>
            {if opt_outs.is_empty() {
                view! { <p>{lang.t("opt-outs-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {opt_outs.into_iter().map(|o| view! { <OptOutCard opt_out=o csrf=csrf.clone() may_change /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(may_change && !research_everywhere && !registers.is_empty()).then(|| view! {
                <ResearchOptOutForm registers csrf=csrf.clone() />
            })}
        </section>
    }
}

#[component]
fn ReleaseCard(release: ReleaseForPatient) -> impl IntoView {
    let lang = use_lang();
    let ReleaseForPatient { release, inclusion } = release;
    let (class, why) = match &inclusion {
        Inclusion::Included => ("status registered", lang.t("my-releases-included")),
        Inclusion::IncludedBeforeOptOut { opted_out_on } => (
            "status registered",
            lang.t_args(
                "my-releases-included-before-opt-out",
                &[("on", opted_out_on.clone().into())],
            ),
        ),
        Inclusion::LeftOut => ("status not-registered", lang.t("my-releases-left-out")),
    };
    view! {
        <li class="card">
            <h3>{release.recipient.clone()}</h3>
            <p class="meta">{release.register_name.clone()} " · " {release.decided_on.clone()}</p>
            <p class=class>{why}</p>
            <ReleaseFacts release />
        </li>
    }
}

#[component]
fn OptOutCard(opt_out: OptOutInForce, csrf: String, may_change: bool) -> impl IntoView {
    let lang = use_lang();
    let scope = opt_out
        .register_name
        .clone()
        .unwrap_or_else(|| lang.t("opt-outs-every-register"));
    let what = lang.t(&format!("opt-out-kind-{}", opt_out.kind.as_str()));
    let how = lang.t(&format!("opt-out-channel-{}", opt_out.channel.as_str()));
    let register = opt_out.register.clone().unwrap_or_else(|| "all".to_owned());
    view! {
        <li class="card">
            <h3>{what}</h3>
            <p>{scope}</p>
            <p class="meta">{lang.t_args("opt-outs-since", &[("on", opt_out.since.clone().into()), ("how", how.into())])}</p>
            {may_change.then(|| view! {
                <form method="post" action="/me/opt-outs" class="inline-form">
                    <input type="hidden" name="csrf" value=csrf />
                    <input type="hidden" name="kind" value=opt_out.kind.as_str() />
                    <input type="hidden" name="scope" value=register />
                    <input type="hidden" name="action" value="withdraw" />
                    <button type="submit" class="button secondary-button">{lang.t("opt-outs-withdraw")}</button>
                </form>
            })}
        </li>
    }
}

#[component]
fn ResearchOptOutForm(registers: Vec<(String, String)>, csrf: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form method="post" action="/me/opt-outs" class="stack">
            <input type="hidden" name="csrf" value=csrf />
            <input type="hidden" name="kind" value="research" />
            <input type="hidden" name="action" value="give" />
            <fieldset>
                <legend>{lang.t("opt-outs-research-scope")}</legend>
                <Radio name="scope" value="all" label=lang.t("opt-outs-every-register") checked=true />
                {registers.into_iter().map(|(code, name)| {
                    let id = format!("scope-{code}");
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name="scope" value=code />
                            <label for=id>{name}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <p class="hint">{lang.t("opt-outs-research-effect")}</p>
            <button type="submit" class="button">{lang.t("opt-outs-research-give")}</button>
        </form>
    }
}
