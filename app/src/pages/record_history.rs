//! The history of one record (`/me/registers/{code}/records/{id}/history`):
//! every version the register has kept, newest first — when it changed, who
//! changed it (the register's own report, or the register's staff answering
//! a correction request, with its reference), why, and the values it held.
//! A correction (GDPR art. 16) leaves a trace the patient can read.
//!
//! The page declares its question ([`RecordHistoryQuery`]) and its answer
//! here; the server answers it in `server/src/views/record_history.rs`.

use crate::{
    components::{ErrorPage, patient_page},
    error::PageError,
    i18n::{Lang, use_lang},
    model::FieldView,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

/// The history of the patient's record `record` (the register's own id) in
/// register `register`. Asked on the server only.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq)]
pub struct RecordHistoryQuery {
    pub register: crate::domain::RegisterCode,
    pub record: String,
    pub lang: Lang,
}

#[cfg(feature = "ssr")]
impl crate::backend::PatientQuery for RecordHistoryQuery {
    type Answer = RecordHistory;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordHistory {
    pub register_code: String,
    pub register_name: String,
    /// The record's type, in the page's language.
    pub record_label: String,
    /// The date the record is about (ISO 8601).
    pub recorded_on: String,
    pub care_unit: String,
    /// Newest first.
    pub versions: Vec<RecordVersion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordVersion {
    pub version: i64,
    /// Swedish time, `YYYY-MM-DD HH:MM`.
    pub changed_at: String,
    /// By the register's staff (a correction), not by the register's report.
    pub by_staff: bool,
    pub reason: Option<String>,
    /// The correction request the version answered, if any.
    pub request: Option<String>,
    pub fields: Vec<FieldView>,
}

#[server(prefix = "/fn")]
pub async fn get_record_history(
    register: String,
    record: String,
    lang: Lang,
) -> Result<RecordHistory, PageError> {
    let register =
        crate::domain::RegisterCode::parse(&register).map_err(|_| PageError::NotFound)?;
    let query = RecordHistoryQuery {
        register,
        record,
        lang,
    };
    crate::backend::patient()?.ask(query).await
}

#[component]
pub fn RecordHistoryPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map().get_untracked();
    let code = params.get("code").unwrap_or_default();
    let record = params.get("record").unwrap_or_default();
    if let Err(refusal) = patient_page("/auth/login?next=/me") {
        return refusal;
    }
    view! {
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let (code, record) = (code.clone(), record.clone());
                Suspend::new(async move {
                    match get_record_history(code, record, lang).await {
                        Ok(history) => view! { <History history /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn History(history: RecordHistory) -> impl IntoView {
    let lang = use_lang();
    let title = lang.t_args(
        "history-title",
        &[("record", history.record_label.clone().into())],
    );
    view! {
        <Title text=title.clone() />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/me">{lang.t("me-title")}</a>
            " › "
            <a href=format!("/me/registers/{}", history.register_code)>{history.register_name.clone()}</a>
        </nav>
        <h1>{title}</h1>
        <p>
            {lang.t_args("history-about", &[
                ("date", history.recorded_on.clone().into()),
                ("unit", history.care_unit.clone().into()),
            ])}
        </p>
        <p>{lang.t("history-lead")}</p>
        <ol class="history" reversed=true>
            {history.versions.into_iter().map(|version| view! { <Version version /> }).collect_view()}
        </ol>
    }
}

#[component]
fn Version(version: RecordVersion) -> impl IntoView {
    let lang = use_lang();
    let by = if version.by_staff {
        lang.t("history-by-staff")
    } else {
        lang.t("history-by-register")
    };
    view! {
        <li class="record">
            <h2 class="record-meta">
                {lang.t_args("history-version", &[("version", version.version.into())])}
                " · " {version.changed_at.clone()}
            </h2>
            <p>{by}</p>
            {version.request.clone().map(|reference| view! {
                <p>
                    {lang.t("history-request")} " "
                    <a href=format!("/me/requests/{reference}")>{reference.clone()}</a>
                </p>
            })}
            {version.reason.clone().map(|reason| view! {
                <p>{lang.t("history-reason")} " " {reason}</p>
            })}
            <dl class="record-fields">
                {version.fields.into_iter().map(|f| view! {
                    <div class="fact"><dt>{f.label}</dt><dd>{f.value}</dd></div>
                }).collect_view()}
            </dl>
        </li>
    }
}
