//! "Whom are you acting for?" (`/me/acting`): after signing in, a person
//! who is a child's guardian, someone's chosen proxy or legal
//! representative chooses whom the portal serves — themselves first. The
//! choice is a plain form (`POST /me/acting`); the server checks the
//! relation again on every request after it.
//!
//! The page declares its question ([`ActingChoicesQuery`]) and answer here;
//! the server answers it in `server/src/views/acting.rs`.

use crate::{
    components::{ErrorPage, Radio, patient_page},
    domain::RelationKind,
    error::PageError,
    i18n::{Lang, use_lang},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// Whom the signed-in person may act for today. Asked on the server only.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct ActingChoicesQuery {
    pub lang: Lang,
    /// Only whom, for the start page's offer: `me` left empty and scopes
    /// by register code, not name (two statements fewer on the page every
    /// patient sees first).
    pub offer_only: bool,
}

#[cfg(feature = "ssr")]
impl crate::backend::PatientQuery for ActingChoicesQuery {
    type Answer = ActingChoices;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActingChoices {
    /// The signed-in person's own name.
    pub me: String,
    pub choices: Vec<ActingChoice>,
    /// The relation in use now (`None`: acting for themselves).
    pub current: Option<i64>,
}

/// One person the signed-in person may act for, and within what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActingChoice {
    pub relation: i64,
    pub kind: RelationKind,
    pub name: String,
    pub may_file: bool,
    /// Register names; `None`: every register.
    pub registers: Option<Vec<String>>,
    /// The last day (ISO 8601).
    pub until: String,
}

#[server(prefix = "/fn")]
pub async fn get_acting_choices(lang: Lang) -> Result<ActingChoices, PageError> {
    crate::backend::patient()?
        .ask(ActingChoicesQuery {
            lang,
            offer_only: false,
        })
        .await
}

/// Whom the signed-in person may act for, without their own name or the
/// relations' scopes: what the start page's offer shows.
#[server(prefix = "/fn")]
pub async fn get_acting_offer(lang: Lang) -> Result<ActingChoices, PageError> {
    crate::backend::patient()?
        .ask(ActingChoicesQuery {
            lang,
            offer_only: true,
        })
        .await
}

/// What a relation allows, in words: read only or read and file, in which
/// registers, until when.
pub fn scope_text(
    lang: Lang,
    may_file: bool,
    registers: &Option<Vec<String>>,
    until: &str,
) -> String {
    let what = if may_file {
        lang.t("acting-scope-file")
    } else {
        lang.t("acting-scope-read")
    };
    let where_ = match registers {
        None => lang.t("acting-scope-all-registers"),
        Some(names) => names.join(", "),
    };
    lang.t_args(
        "acting-scope",
        &[
            ("what", what.into()),
            ("registers", where_.into()),
            ("until", until.to_owned().into()),
        ],
    )
}

/// "What may they do?" in the proxy and representative forms: read only,
/// or read and file requests; `chosen` as the form came back, else the default.
#[component]
pub fn ScopeChoice(chosen: String, file_by_default: bool) -> impl IntoView {
    let lang = use_lang();
    let file = if chosen.is_empty() {
        file_by_default
    } else {
        chosen == "file"
    };
    view! {
        <fieldset id="scope">
            <legend>{lang.t("proxies-scope")}</legend>
            <Radio name="scope" value="read" label=lang.t("acting-scope-read") checked=!file />
            <Radio name="scope" value="file" label=lang.t("acting-scope-file") checked=file />
        </fieldset>
    }
}

#[component]
pub fn ActingPage() -> impl IntoView {
    let lang = use_lang();
    let session = match patient_page("/auth/login?next=/me/acting") {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let next = use_query_map()
        .get_untracked()
        .get("next")
        .unwrap_or_else(|| "/me".to_owned());
    let csrf = session.csrf_token.clone();
    view! {
        <Title text=lang.t("acting-title") />
        <h1>{lang.t("acting-title")}</h1>
        <p class="lead">{lang.t("acting-lead")}</p>
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (csrf, next) = (csrf.clone(), next.clone());
                Suspend::new(async move {
                    match get_acting_choices(lang).await {
                        Ok(choices) => view! { <Choose choices csrf next /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

/// On the start page: the people the signed-in person may also act for,
/// each a one-button form. Nothing when there is nobody.
#[component]
pub fn ActingOffer(csrf: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {
                let csrf = csrf.clone();
                Suspend::new(async move {
                    let choices = get_acting_offer(lang).await.ok()?;
                    let current = choices.current;
                    let others: Vec<ActingChoice> = choices
                        .choices
                        .into_iter()
                        .filter(|c| Some(c.relation) != current)
                        .collect();
                    (!others.is_empty()).then(|| view! {
                        <section class="acting-offer" aria-labelledby="acting-offer-title">
                            <h2 id="acting-offer-title">{lang.t("acting-offer-title")}</h2>
                            <ul class="plain">
                                {others.into_iter().map(|choice| {
                                    let label = lang.t_args(
                                        &format!("acting-as-{}", choice.kind.as_str()),
                                        &[("name", choice.name.clone().into())],
                                    );
                                    view! {
                                        <li>
                                            <form method="post" action="/me/acting">
                                                <input type="hidden" name="csrf" value=csrf.clone() />
                                                <input type="hidden" name="relation" value=choice.relation.to_string() />
                                                <button type="submit" class="button secondary">{label}</button>
                                            </form>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    })
                })
            }
        </Suspense>
    }
}

#[component]
fn Choose(choices: ActingChoices, csrf: String, next: String) -> impl IntoView {
    let lang = use_lang();
    let current = choices.current;
    view! {
        <form method="post" action="/me/acting" class="stack">
            <input type="hidden" name="csrf" value=csrf />
            <input type="hidden" name="next" value=next />
            <fieldset>
                <legend>{lang.t("acting-legend")}</legend>
                <div class="choice">
                    <input type="radio" id="acting-self" name="relation" value="self" checked=current.is_none() />
                    <label for="acting-self">
                        {lang.t_args("acting-myself", &[("name", choices.me.clone().into())])}
                    </label>
                </div>
                {choices.choices.into_iter().map(|choice| {
                    let id = format!("acting-{}", choice.relation);
                    let label = lang.t_args(
                        &format!("acting-as-{}", choice.kind.as_str()),
                        &[("name", choice.name.clone().into())],
                    );
                    let scope = scope_text(lang, choice.may_file, &choice.registers, &choice.until);
                    let hint = format!("{id}-hint");
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                id=id.clone()
                                name="relation"
                                value=choice.relation.to_string()
                                checked=current == Some(choice.relation)
                                aria-describedby=hint.clone()
                            />
                            <div>
                                <label for=id>{label}</label>
                                <p class="hint" id=hint>{scope}</p>
                            </div>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button">{lang.t("acting-continue")}</button>
        </form>
        <p><a href="/me/proxies">{lang.t("acting-manage-link")}</a></p>
    }
}
