//! The log follow-up (`/staff/log-review`) for a register's coordinators:
//! the accesses to the register's data over a period (insyn's own staff
//! and clinics, and what the register systems report) with the flags a
//! reviewer acts on, each defined on the page; a mark with a note on any
//! entry (every mark kept, the latest shown); the period as CSV
//! (`/staff/log-review.csv`); and the staff actions recorded for the
//! register in the period (opt-outs registered at clinics, reviews).
//!
//! A plain GET form chooses the register and period. The server answers
//! the query in `server/src/views/log_review.rs`; marks post to
//! `server/src/http/log_review.rs`; the rules are `server/src/log_review.rs`'s.

use crate::{
    components::{ErrorPage, encode_query_value as encode, staff_page},
    domain::{AccessKind, LogFlag},
    i18n::{Lang, use_lang},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The follow-up of one of the staff member's registers. `Forbidden` for
/// staff who coordinate no register; `NotFound` for another register.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct LogReviewQuery {
    pub choice: ReviewChoice,
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::StaffQuery for LogReviewQuery {
    type Answer = LogReview;
}

/// What the page's form chose, as typed (the server reads it).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewChoice {
    pub register: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Every access, not only the flagged ones.
    pub all: bool,
}

impl ReviewChoice {
    /// The choice as a query string, for links that keep it.
    pub fn query(&self, review: &LogReview) -> String {
        let mut query = format!(
            "register={}&from={}&to={}",
            encode(&review.register),
            encode(&review.from),
            encode(&review.to)
        );
        if self.all {
            query.push_str("&all=1");
        }
        query
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogReview {
    /// The registers the staff member may review: code and name.
    pub registers: Vec<(String, String)>,
    /// The register, and the period (ISO dates, both included) shown.
    pub register: String,
    pub from: String,
    pub to: String,
    /// Accesses in the period, and how many of them are flagged.
    pub total: usize,
    pub flagged: usize,
    /// The entries shown (at most [`LogReview::SHOWN`]), oldest first.
    pub entries: Vec<ReviewEntry>,
    /// Staff actions recorded for the register in the period.
    pub trail: Vec<StaffAct>,
}

impl LogReview {
    /// The most entries a page shows; the CSV has them all.
    pub const SHOWN: usize = 500;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewEntry {
    pub seq: i64,
    /// Swedish time.
    pub at: String,
    pub personnummer: String,
    /// The care unit's name, or the staff member's HSA-id.
    pub who: String,
    pub care_unit: Option<String>,
    pub staff_hsa_id: Option<String>,
    pub kind: AccessKind,
    pub reason: Option<String>,
    pub reported_by_register: bool,
    pub flags: Vec<LogFlag>,
    pub mark: Option<ReviewMark>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewMark {
    pub reviewer: String,
    pub at: String,
    pub note: String,
}

/// One act in the audit trail, as a reviewer reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffAct {
    pub at: String,
    /// Name and HSA-id; `None`: the operator at the command line.
    pub by: Option<String>,
    pub action: crate::domain::AuditAction,
    pub subject: String,
}

#[server(prefix = "/fn")]
pub async fn get_log_review(
    choice: ReviewChoice,
    lang: Lang,
) -> Result<LogReview, crate::error::PageError> {
    crate::backend::staff()?
        .ask(LogReviewQuery { choice, lang })
        .await
}

#[component]
pub fn LogReviewPage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let query = use_query_map().get_untracked();
    let get = |name: &str| query.get(name).filter(|v| !v.is_empty());
    let choice = ReviewChoice {
        register: get("register"),
        from: get("from"),
        to: get("to"),
        all: get("all").is_some(),
    };
    let csrf = staff.session.csrf_token.clone();
    view! {
        <Title text=lang.t("log-review-title") />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/staff">{lang.t("nav-staff")}</a>
        </nav>
        <h1>{lang.t("log-review-title")}</h1>
        <p class="lead">{lang.t("log-review-lead")}</p>
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (choice, csrf) = (choice.clone(), csrf.clone());
                Suspend::new(async move {
                    match get_log_review(choice.clone(), lang).await {
                        Ok(review) => view! { <Review review choice csrf lang /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

fn flag_text(lang: Lang, flag: LogFlag) -> String {
    lang.t(&format!("log-flag-{}", flag.as_str()))
}

#[component]
fn Review(review: LogReview, choice: ReviewChoice, csrf: String, lang: Lang) -> impl IntoView {
    let query = choice.query(&review);
    let shown = review.entries.len();
    let counted = if choice.all {
        review.total
    } else {
        review.flagged
    };
    view! {
        <form method="get" action="/staff/log-review" class="queue-filters">
            <div class="field">
                <label for="register">{lang.t("log-review-register")}</label>
                <select id="register" name="register">
                    {review.registers.iter().map(|(code, name)| view! {
                        <option value=code.clone() selected=*code == review.register>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="from">{lang.t("log-from")}</label>
                <input type="date" id="from" name="from" value=review.from.clone() />
            </div>
            <div class="field">
                <label for="to">{lang.t("log-to")}</label>
                <input type="date" id="to" name="to" value=review.to.clone() />
            </div>
            <div class="choice">
                <input type="checkbox" id="all" name="all" value="1" checked=choice.all />
                <label for="all">{lang.t("log-review-all")}</label>
            </div>
            <button type="submit" class="button">{lang.t("log-review-show")}</button>
        </form>
        <p role="status">{lang.t_args("log-review-counts", &[
            ("total", review.total.into()),
            ("flagged", review.flagged.into()),
        ])}</p>
        {(shown < counted).then(|| view! {
            <p class="notice">{lang.t_args("log-review-capped", &[("shown", shown.into())])}</p>
        })}
        <p class="actions">
            <a class="button secondary-button" href=format!("/staff/log-review.csv?{query}") download="">{lang.t("log-review-csv")}</a>
        </p>
        <details class="flag-definitions">
            <summary>{lang.t("log-review-flags-heading")}</summary>
            <dl>
                {LogFlag::ALL.iter().map(|flag| view! {
                    <dt>{flag_text(lang, *flag)}</dt>
                    <dd>{lang.t(&format!("log-flag-{}-help", flag.as_str()))}</dd>
                }).collect_view()}
            </dl>
        </details>
        {if review.entries.is_empty() {
            view! { <p>{lang.t("log-review-none")}</p> }.into_any()
        } else {
            view! {
                <ol class="review-entries">
                    {review.entries.into_iter().map(|entry| view! {
                        <Entry entry query=query.clone() register=review.register.clone() csrf=csrf.clone() lang />
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
        <section aria-labelledby="trail-heading">
            <h2 id="trail-heading">{lang.t("log-review-trail")}</h2>
            <ActTable acts=review.trail caption=lang.t("log-review-trail") lang />
        </section>
    }
}

/// Acts of the audit trail as a table: when, who, what, concerning what.
#[component]
pub fn ActTable(acts: Vec<StaffAct>, caption: String, lang: Lang) -> impl IntoView {
    if acts.is_empty() {
        return view! { <p>{lang.t("log-review-trail-none")}</p> }.into_any();
    }
    view! {
        <table>
            <caption class="visually-hidden">{caption}</caption>
            <thead><tr>
                <th scope="col">{lang.t("audit-when")}</th>
                <th scope="col">{lang.t("audit-by")}</th>
                <th scope="col">{lang.t("audit-action")}</th>
                <th scope="col">{lang.t("audit-subject")}</th>
            </tr></thead>
            <tbody>
                {acts.into_iter().map(|act| view! {
                    <tr>
                        <td>{act.at}</td>
                        <td>{act.by.unwrap_or_else(|| lang.t("audit-operator"))}</td>
                        <td>{lang.t(&format!("audit-action-{}", act.action.as_str()))}</td>
                        <td>{act.subject}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
fn Entry(
    entry: ReviewEntry,
    query: String,
    register: String,
    csrf: String,
    lang: Lang,
) -> impl IntoView {
    let id = format!("entry-{}", entry.seq);
    let note_id = format!("note-{}", entry.seq);
    let kind = lang.t(&format!("log-kind-{}", entry.kind.as_str()));
    view! {
        <li class="card" id=id.clone()>
            <p class="card-title">
                <strong>{entry.at.clone()}</strong> " · " {entry.who.clone()} " · " {kind}
            </p>
            <p class="meta">
                {lang.t_args("log-review-entry-meta", &[
                    ("number", entry.seq.into()),
                    ("personnummer", entry.personnummer.clone().into()),
                ])}
                {entry.reason.clone().map(|reason| view! { " · " {reason} })}
            </p>
            {(!entry.flags.is_empty()).then(|| view! {
                <ul class="flags" aria-label=lang.t("log-review-flags")>
                    {entry.flags.iter().map(|flag| view! { <li class="flag">{flag_text(lang, *flag)}</li> }).collect_view()}
                </ul>
            })}
            {entry.mark.clone().map(|mark| view! {
                <p class="review-mark">{lang.t_args("log-review-marked", &[
                    ("reviewer", mark.reviewer.into()),
                    ("at", mark.at.into()),
                ])} " " <q>{mark.note}</q></p>
            })}
            <form method="post" action=format!("/staff/log-review?{query}") class="inline-form">
                <input type="hidden" name="csrf" value=csrf />
                <input type="hidden" name="seq" value=entry.seq />
                <input type="hidden" name="register" value=register />
                <div class="field">
                    <label for=note_id.clone()>{lang.t("log-review-note")}</label>
                    <textarea id=note_id name="note" rows="2" maxlength="2000" required=true></textarea>
                </div>
                <button type="submit" class="button secondary-button">{lang.t("log-review-mark")}</button>
            </form>
        </li>
    }
}
