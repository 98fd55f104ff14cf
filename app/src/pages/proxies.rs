//! "Proxies and representatives" (`/me/proxies`): who may act for the
//! signed-in person through insyn — guardians, chosen proxies and legal
//! representatives, each with what they may do and until when — and the
//! form to give someone a proxy (read only, or read and file requests; in
//! every register or some; for at most two years). A proxy is revoked here
//! at any time. Only a person acting for themselves has this page: a proxy
//! cannot grant further.
//!
//! The server answers [`ProxiesQuery`] in `server/src/views/acting.rs`; the
//! forms post to `server/src/http/acting.rs`.

use crate::{
    components::{DoneNotice, ErrorPage, Feedback, InputField, Radio, TickBox, patient_page},
    domain::RelationKind,
    error::PageError,
    i18n::{Lang, use_lang},
    pages::acting::{ScopeChoice, scope_text},
    requests::FormState,
};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// Who acts for the signed-in person, and what the grant form needs.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct ProxiesQuery {
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::PatientQuery for ProxiesQuery {
    type Answer = Proxies;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proxies {
    /// Everyone who may act for the person today.
    pub for_me: Vec<ActingForMe>,
    /// The registers on the platform (code, name), for the form.
    pub registers: Vec<(String, String)>,
    /// The latest end date a proxy may have (ISO 8601).
    pub max_until: String,
    /// Whether the person may act for anyone themselves (a link to choose).
    pub may_act_for_others: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActingForMe {
    pub relation: i64,
    pub kind: RelationKind,
    pub name: String,
    pub may_file: bool,
    pub registers: Option<Vec<String>>,
    pub until: String,
    /// The decision behind a legal representative.
    pub reference: Option<String>,
}

#[server(prefix = "/fn")]
pub async fn get_proxies(lang: Lang) -> Result<Proxies, PageError> {
    crate::backend::patient()?.ask(ProxiesQuery { lang }).await
}

#[component]
pub fn ProxiesPage() -> impl IntoView {
    let lang = use_lang();
    let session = match patient_page("/auth/login?next=/me/proxies") {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let state = use_context::<FormState>().unwrap_or_default();
    let csrf = session.csrf_token.clone();
    view! {
        <Title text=lang.t("proxies-title") />
        <h1>{lang.t("proxies-title")}</h1>
        <p class="lead">{lang.t("proxies-lead")}</p>
        <DoneNotice outcomes=&[("granted", "proxies-granted"), ("revoked", "proxies-revoked")] />
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (csrf, state) = (csrf.clone(), state.clone());
                Suspend::new(async move {
                    match get_proxies(lang).await {
                        Ok(proxies) => view! { <Overview proxies csrf state /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn Overview(proxies: Proxies, csrf: String, state: FormState) -> impl IntoView {
    let lang = use_lang();
    let Proxies {
        for_me,
        registers,
        max_until,
        may_act_for_others,
    } = proxies;
    view! {
        {may_act_for_others.then(|| view! {
            <p><a href="/me/acting">{lang.t("proxies-choose-link")}</a></p>
        })}
        <section aria-labelledby="for-me-title">
            <h2 id="for-me-title">{lang.t("proxies-for-me-title")}</h2>
            {if for_me.is_empty() {
                view! { <p>{lang.t("proxies-for-me-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {for_me.into_iter().map(|r| view! { <ForMe relation=r csrf=csrf.clone() /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <GrantForm registers max_until csrf=csrf.clone() state lang />
    }
}

#[component]
fn ForMe(relation: ActingForMe, csrf: String) -> impl IntoView {
    let lang = use_lang();
    let title = lang.t_args(
        &format!("proxies-kind-{}", relation.kind.as_str()),
        &[("name", relation.name.clone().into())],
    );
    let scope = scope_text(
        lang,
        relation.may_file,
        &relation.registers,
        &relation.until,
    );
    let revocable = relation.kind == RelationKind::Proxy;
    view! {
        <li class="card">
            <h3>{title.clone()}</h3>
            <p>{scope}</p>
            {relation.reference.clone().map(|reference| view! {
                <p>{lang.t_args("proxies-decision", &[("reference", reference.into())])}</p>
            })}
            {revocable.then(|| view! {
                <form method="post" action=format!("/me/proxies/{}/revoke", relation.relation)>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <button type="submit" class="button secondary">
                        {lang.t("proxies-revoke")}
                        <span class="visually-hidden">" " {title.clone()}</span>
                    </button>
                </form>
            })}
        </li>
    }
}

#[component]
fn GrantForm(
    registers: Vec<(String, String)>,
    max_until: String,
    csrf: String,
    state: FormState,
    lang: Lang,
) -> impl IntoView {
    let feedback = Feedback::new(state.clone(), lang);
    let reach = state.value("reach");
    view! {
        <section aria-labelledby="grant-title">
            <h2 id="grant-title">{lang.t("proxies-grant-title")}</h2>
            <p>{lang.t("proxies-grant-lead")}</p>
            {feedback.summary()}
            <form method="post" action="/me/proxies" class="stack" novalidate>
                <input type="hidden" name="csrf" value=csrf />
                <InputField
                    name="personnummer"
                    label=lang.t("proxies-personnummer")
                    hint=lang.t("proxies-personnummer-hint")
                    numeric=true
                    feedback=feedback.clone()
                />
                <ScopeChoice chosen=state.value("scope") file_by_default=false />
                <fieldset id="reach">
                    <legend>{lang.t("proxies-reach")}</legend>
                    {feedback.message("reach")}
                    <Radio name="reach" value="all" label=lang.t("acting-scope-all-registers") checked=reach != "some" />
                    <Radio name="reach" value="some" label=lang.t("proxies-reach-some") checked=reach == "some" />
                    <ul class="plain">
                        {registers.into_iter().map(|(code, name)| {
                            let field = format!("register-{code}");
                            let checked = state.values.contains_key(&field);
                            view! { <TickBox name=field label=name checked /> }
                        }).collect_view()}
                    </ul>
                </fieldset>
                <InputField
                    name="until"
                    kind="date"
                    label=lang.t("proxies-until")
                    hint=lang.t_args("proxies-until-hint", &[("max", max_until.clone().into())])
                    max=max_until
                    feedback=feedback.clone()
                />
                <button type="submit" class="button">{lang.t("proxies-grant")}</button>
            </form>
        </section>
    }
}
