//! "Notices on access" (`/me/log/notices`): the patient chooses to get a
//! mail when someone else's access is added to their log — for every
//! register or some, at once or as a daily summary, optionally only for
//! care units that have reported nothing about them — or turns it off. The
//! mail goes to their confirmed address and never names the register, the
//! unit or the person. About one's own log only: someone acting for another
//! person is told so.
//!
//! The server answers [`AccessNoticesQuery`] in
//! `server/src/views/access_notices.rs`; the form posts to
//! `server/src/http/access_notices.rs`.

use crate::{
    components::{DoneNotice, ErrorPage, Feedback, Radio, TickBox, patient_page},
    domain::NoticeCadence,
    i18n::{Lang, use_lang},
    requests::FormState,
};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct AccessNoticesQuery {
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::PatientQuery for AccessNoticesQuery {
    type Answer = AccessNotices;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccessNotices {
    /// The confirmed address notices go to; `None`: none yet.
    pub address: Option<String>,
    /// What they chose; `None`: notices are off.
    pub chosen: Option<NoticesChosen>,
    /// The registers the patient is in (code, name): the choices.
    pub registers: Vec<(String, String)>,
    /// Signed in acting for someone else: notices are each person's own.
    pub acting: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoticesChosen {
    /// `None`: every register.
    pub registers: Option<Vec<String>>,
    pub cadence: NoticeCadence,
    pub only_unrelated: bool,
}

#[server(prefix = "/fn")]
pub async fn get_access_notices(lang: Lang) -> Result<AccessNotices, crate::error::PageError> {
    crate::backend::patient()?
        .ask(AccessNoticesQuery { lang })
        .await
}

#[component]
pub fn AccessNoticesPage() -> impl IntoView {
    let lang = use_lang();
    let session = match patient_page("/auth/login?next=/me/log/notices") {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let csrf = session.csrf_token.clone();
    let state = use_context::<FormState>().unwrap_or_default();
    view! {
        <Title text=lang.t("access-notices-title") />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/me">{lang.t("nav-my-registers")}</a>
            " › "
            <a href="/me/log">{lang.t("log-title")}</a>
        </nav>
        <h1>{lang.t("access-notices-title")}</h1>
        <p class="lead">{lang.t("access-notices-lead")}</p>
        <p>{lang.t("access-notices-what-mail-says")}</p>
        <DoneNotice outcomes=&[("saved", "access-notices-saved"), ("stopped", "access-notices-stopped")] />
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (csrf, state) = (csrf.clone(), state.clone());
                Suspend::new(async move {
                    match get_access_notices(lang).await {
                        Ok(notices) => view! { <Choice notices csrf state lang /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn Choice(notices: AccessNotices, csrf: String, state: FormState, lang: Lang) -> impl IntoView {
    let AccessNotices {
        address,
        chosen,
        registers,
        acting,
    } = notices;
    if acting {
        return view! { <p class="notice">{lang.t("access-notices-own-only")}</p> }.into_any();
    }
    let Some(address) = address else {
        return view! {
            <p class="notice">
                {lang.t("access-notices-no-address")} " "
                <a href="/me/requests#notices-heading">{lang.t("access-notices-add-address")}</a>
            </p>
        }
        .into_any();
    };
    let feedback = Feedback::new(state.clone(), lang);
    // The form as sent back, else as saved, else the defaults.
    let sent_back = !state.values.is_empty();
    let some = if sent_back {
        state.value("scope") == "some"
    } else {
        chosen.as_ref().is_some_and(|c| c.registers.is_some())
    };
    let daily = if sent_back {
        state.value("cadence") == NoticeCadence::Daily.as_str()
    } else {
        chosen
            .as_ref()
            .is_some_and(|c| c.cadence == NoticeCadence::Daily)
    };
    let only_unrelated = if sent_back {
        state.values.contains_key("only_unrelated")
    } else {
        chosen.as_ref().is_some_and(|c| c.only_unrelated)
    };
    let ticked = |code: &str| {
        if sent_back {
            state.values.contains_key(&format!("register-{code}"))
        } else {
            chosen
                .as_ref()
                .and_then(|c| c.registers.as_ref())
                .is_some_and(|r| r.iter().any(|c| c == code))
        }
    };
    let status = match &chosen {
        Some(_) => lang.t_args("access-notices-on", &[("address", address.into())]),
        None => lang.t("access-notices-off"),
    };
    view! {
        <p class="meta" id="notices-status">{status}</p>
        {feedback.summary()}
        <form method="post" action="/me/log/notices" class="stack" novalidate>
            <input type="hidden" name="csrf" value=csrf.clone() />
            <input type="hidden" name="action" value="save" />
            <fieldset id="scope">
                <legend>{lang.t("access-notices-scope")}</legend>
                {feedback.message("scope")}
                <Radio name="scope" value="all" label=lang.t("access-notices-every-register") checked=!some />
                <Radio name="scope" value="some" label=lang.t("access-notices-some-registers") checked=some />
                <ul class="plain">
                    {registers.into_iter().map(|(code, name)| {
                        let field = format!("register-{code}");
                        let checked = ticked(&code);
                        view! { <TickBox name=field label=name checked /> }
                    }).collect_view()}
                </ul>
            </fieldset>
            <fieldset>
                <legend>{lang.t("access-notices-cadence")}</legend>
                <Radio name="cadence" value=NoticeCadence::AtOnce.as_str() label=lang.t("access-notices-at-once") checked=!daily />
                <Radio name="cadence" value=NoticeCadence::Daily.as_str() label=lang.t("access-notices-daily") checked=daily />
            </fieldset>
            <div class="choice">
                <input type="checkbox" id="only_unrelated" name="only_unrelated" value="on" checked=only_unrelated aria-describedby="only_unrelated-hint" />
                <label for="only_unrelated">{lang.t("access-notices-only-unrelated")}</label>
                <p class="hint" id="only_unrelated-hint">{lang.t("access-notices-only-unrelated-hint")}</p>
            </div>
            <button type="submit" class="button">{lang.t(if chosen.is_some() { "access-notices-change" } else { "access-notices-turn-on" })}</button>
        </form>
        {chosen.is_some().then(|| view! {
            <form method="post" action="/me/log/notices" class="inline-form">
                <input type="hidden" name="csrf" value=csrf />
                <input type="hidden" name="action" value="stop" />
                <button type="submit" class="button secondary-button">{lang.t("access-notices-turn-off")}</button>
            </form>
        })}
    }
    .into_any()
}
