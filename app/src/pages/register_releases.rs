//! The public register of releases (`/registers/{code}/releases`): every
//! release of one register's data — recipient, purpose, legal basis,
//! approval, form, cohort size, opt-outs applied, date — with no person
//! data, small counts suppressed; and how the register handles rights
//! requests, month by month, computed from the requests themselves.
//!
//! The server answers [`RegisterReleasesQuery`] in `server/src/views/releases.rs`.

use crate::{
    components::ErrorPage,
    i18n::{Lang, use_lang},
    pages::releases::{ReleaseFacts, ReleaseSummary, ShownCount},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterReleasesQuery {
    pub code: crate::domain::RegisterCode,
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::PublicQuery for RegisterReleasesQuery {
    type Answer = RegisterReleases;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegisterReleases {
    pub code: String,
    pub name: String,
    pub releases: Vec<PublicRelease>,
    /// Newest month first.
    pub handling: Vec<HandlingMonth>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicRelease {
    pub summary: ReleaseSummary,
    /// Persons delivered (for an aggregate release: counted).
    pub cohort: ShownCount,
    /// Persons left out by their opt-out or a restriction.
    pub left_out: ShownCount,
    /// Whether persons' data left the register (not counts only).
    pub identifiable: bool,
}

/// Rights requests received in one month, and how they went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HandlingMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub received: i64,
    pub completed: i64,
    pub rejected: i64,
    pub extended: i64,
    /// Days from receipt to decision, of those decided.
    pub median_days: Option<i64>,
    pub p90_days: Option<i64>,
}

#[server(prefix = "/fn")]
pub async fn get_register_releases(
    code: String,
    lang: Lang,
) -> Result<RegisterReleases, crate::error::PageError> {
    // A code that cannot be a register names none: the same "not found".
    let code =
        crate::domain::RegisterCode::parse(&code).map_err(|_| crate::error::PageError::NotFound)?;
    crate::backend::catalog()?
        .ask(RegisterReleasesQuery { code, lang })
        .await
}

#[component]
pub fn RegisterReleasesPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map()
        .get_untracked()
        .get("code")
        .unwrap_or_default();
    view! {
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let code = code.clone();
                Suspend::new(async move {
                    match get_register_releases(code, lang).await {
                        Ok(register) => view! { <Releases register /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
}

#[component]
fn Releases(register: RegisterReleases) -> impl IntoView {
    let lang = use_lang();
    let title = lang.t_args(
        "public-releases-title",
        &[("register", register.name.clone().into())],
    );
    view! {
        <Title text=title.clone() />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/registers">{lang.t("nav-registers")}</a>
            " › "
            <a href=format!("/registers/{}", register.code)>{register.name.clone()}</a>
        </nav>
        <h1>{title}</h1>
        <p class="lead">{lang.t("public-releases-lead")}</p>
        <section aria-labelledby="public-releases-heading">
            <h2 id="public-releases-heading">{lang.t("public-releases-heading")}</h2>
            {if register.releases.is_empty() {
                view! { <p>{lang.t("public-releases-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {register.releases.into_iter().map(|r| view! { <PublicReleaseCard release=r /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="handling-heading">
            <h2 id="handling-heading">{lang.t("handling-heading")}</h2>
            <p>{lang.t("handling-lead")}</p>
            {if register.handling.is_empty() {
                view! { <p>{lang.t("handling-none")}</p> }.into_any()
            } else {
                view! { <HandlingTable months=register.handling /> }.into_any()
            }}
        </section>
    }
}

#[component]
fn PublicReleaseCard(release: PublicRelease) -> impl IntoView {
    let lang = use_lang();
    let cohort_key = if release.identifiable {
        "public-releases-cohort"
    } else {
        "public-releases-counted"
    };
    view! {
        <li class="card">
            <h3>{release.summary.recipient.clone()}</h3>
            <p class="meta">{release.summary.decided_on.clone()}</p>
            <p>
                {lang.t_args(cohort_key, &[("count", release.cohort.text(lang).into())])}
                " · "
                {lang.t_args("public-releases-left-out", &[("count", release.left_out.text(lang).into())])}
            </p>
            <ReleaseFacts release=release.summary />
        </li>
    }
}

#[component]
fn HandlingTable(months: Vec<HandlingMonth>) -> impl IntoView {
    let lang = use_lang();
    let days = move |d: Option<i64>| d.map_or_else(|| "–".to_owned(), |d| d.to_string());
    view! {
        // Focusable, so a keyboard can scroll it on a narrow screen.
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="handling-heading">
            <table>
                <caption class="visually-hidden">{lang.t("handling-heading")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{lang.t("handling-month")}</th>
                        <th scope="col">{lang.t("handling-received")}</th>
                        <th scope="col">{lang.t("handling-completed")}</th>
                        <th scope="col">{lang.t("handling-rejected")}</th>
                        <th scope="col">{lang.t("handling-median")}</th>
                        <th scope="col">{lang.t("handling-p90")}</th>
                        <th scope="col">{lang.t("handling-extended")}</th>
                    </tr>
                </thead>
                <tbody>
                    {months.into_iter().map(|m| view! {
                        <tr>
                            <th scope="row">{m.month}</th>
                            <td>{m.received}</td>
                            <td>{m.completed}</td>
                            <td>{m.rejected}</td>
                            <td>{days(m.median_days)}</td>
                            <td>{days(m.p90_days)}</td>
                            <td>{m.extended}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
