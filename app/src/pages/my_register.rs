//! What one register holds about the signed-in patient: the records in plain
//! language, grouped the way the register is (for Q-IVF: treatment cycles,
//! transfers, outcomes), newest first, 25 to a page; and the downloads.

use crate::{
    components::{ErrorPage, patient_page},
    domain::RequestKind,
    i18n::{Lang, use_lang},
    model::{MyRegisterStatus, RecordView, RegisterData},
    server_fns::my_register_data,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn MyRegisterPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map()
        .get_untracked()
        .get("code")
        .unwrap_or_default();
    let page = use_query_map()
        .get_untracked()
        .get("page")
        .and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1);
    if let Err(refusal) = patient_page("/auth/login?next=/me") {
        return refusal;
    }
    view! {
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let code = code.clone();
                Suspend::new(async move {
                    match my_register_data(code, lang, page).await {
                        Ok(data) => view! { <RegisterDataView data /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
    .into_any()
}

#[component]
fn RegisterDataView(data: RegisterData) -> impl IntoView {
    let lang = use_lang();
    let base = format!("/me/registers/{}", data.code);
    let (status_class, status) = data.status.describe(lang);
    let registered = data.status.is_registered();
    let pager = (data.pages > 1).then(|| {
        let prev = (data.page > 1).then(|| format!("{base}?page={}", data.page - 1));
        let next = (data.page < data.pages).then(|| format!("{base}?page={}", data.page + 1));
        view! {
            <nav class="pager" aria-label=lang.t("data-pages-label")>
                {prev.map(|href| view! { <a href=href rel="prev">{lang.t("data-previous")}</a> })}
                <span>{lang.t_args("data-page-of", &[("page", data.page.into()), ("pages", data.pages.into())])}</span>
                {next.map(|href| view! { <a href=href rel="next">{lang.t("data-next")}</a> })}
            </nav>
        }
    });
    view! {
        <Title text=data.short_name.clone() />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/me">{lang.t("me-title")}</a>
        </nav>
        <h1>{data.name.clone()} " " <span class="short-name">"(" {data.short_name.clone()} ")"</span></h1>
        <p class=status_class>{status}</p>
        <p>
            <a href=format!("/registers/{}", data.code)>{lang.t("data-about-register")}</a>
        </p>
        {registered.then(|| view! {
            <section class="downloads" aria-labelledby="downloads-heading">
                <h2 id="downloads-heading">{lang.t("data-downloads-heading")}</h2>
                <p>{lang.t("data-downloads-body")}</p>
                <p class="actions">
                    <a class="button" href=format!("{base}/extract.pdf") download="">{lang.t("data-download-pdf")}</a>
                    " "
                    <a class="button secondary-button" href=format!("{base}/export.json") download="">{lang.t("data-download-json")}</a>
                </p>
            </section>
        })}
        <section id="rights" aria-labelledby="rights-heading" class="note">
            <h2 id="rights-heading">{lang.t("rights-in-register-heading")}</h2>
            <ul class="request-links">
                {if registered {
                    [RequestKind::Correction, RequestKind::Restriction, RequestKind::Erasure].to_vec()
                } else if data.status == MyRegisterStatus::NotRegistered {
                    vec![RequestKind::OptOut]
                } else {
                    Vec::new()
                }
                .into_iter()
                .map(|kind| view! {
                    <li>
                        <a href=format!("{base}/request/{}", kind.as_str())>{lang.t(&format!("request-{}-link", kind.as_str()))}</a>
                    </li>
                })
                .collect_view()}
                <li><a href="/me/requests">{lang.t("my-requests-link")}</a></li>
            </ul>
        </section>
        <section aria-labelledby="records-heading">
            {(lang.content_lang() != lang && lang != Lang::Lattlast).then(|| view! {
                <p class="note">{lang.t("content-language-note")}</p>
            })}
            <h2 id="records-heading">{lang.t_args("data-records-heading", &[("count", data.total.into())])}</h2>
            {if data.total == 0 {
                view! { <p>{lang.t(if registered { "data-no-records" } else { "data-not-registered" })}</p> }.into_any()
            } else {
                view! {
                    {data.groups.into_iter().map(|group| view! {
                        <h3 class="record-group">{group.label}</h3>
                        <ul class="records">
                            {group.records.into_iter().map(|record| {
                        let history = format!("{base}/records/{}/history", record.id);
                        view! { <Record record history /> }
                    }).collect_view()}
                        </ul>
                    }).collect_view()}
                    {pager}
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Record(record: RecordView, history: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="record">
            <p class="record-meta">
                <span class="record-date">{record.date.clone()}</span>
                " · "
                <span>{lang.t_args("data-reported-by", &[("unit", record.care_unit.clone().into())])}</span>
            </p>
            {record.corrected_on.clone().map(|on| view! {
                <p class="corrected">
                    {lang.t_args("data-corrected", &[("on", on.into())])} " "
                    <a href=history>{lang.t("data-see-history")}</a>
                </p>
            })}
            <dl class="record-fields">
                {record.fields.into_iter().map(|f| view! {
                    <div class="fact"><dt>{f.label}</dt><dd>{f.value}</dd></div>
                }).collect_view()}
            </dl>
        </li>
    }
}
