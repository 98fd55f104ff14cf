//! "Who has seen my data": the signed-in patient's access log, newest first,
//! care units' and staff's accesses apart from the patient's own views and
//! downloads, filterable by register, care unit and dates (a plain GET
//! form), 50 to a page with a cursor, downloadable as JSON and CSV, with
//! what each kind of access means.

use crate::{
    components::{ErrorPage, encode_query_value as encode, patient_page},
    domain::{AccessKind, AccessPurpose, ActorKind},
    i18n::{Lang, use_lang},
    model::{LogEntry, LogFilter, MyLog},
    server_fns::get_my_log,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The filter as a query string (without the cursor), for links.
pub fn log_query_string(filter: &LogFilter) -> String {
    let mut params = Vec::new();
    for (name, value) in [
        ("register", &filter.register),
        ("care_unit", &filter.care_unit),
        ("from", &filter.from),
        ("to", &filter.to),
        ("purpose", &filter.purpose),
    ] {
        if let Some(value) = value.as_deref().filter(|v| !v.is_empty()) {
            params.push(format!("{name}={}", encode(value)));
        }
    }
    if filter.own {
        params.push("who=own".into());
    }
    params.join("&")
}

#[component]
pub fn MyLogPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(refusal) = patient_page("/auth/login?next=/me/log") {
        return refusal;
    }
    let query = use_query_map().get_untracked();
    let get = |name: &str| query.get(name).filter(|v| !v.is_empty());
    let filter = LogFilter {
        register: get("register"),
        care_unit: get("care_unit"),
        from: get("from"),
        to: get("to"),
        own: get("who").as_deref() == Some("own"),
        purpose: get("purpose"),
        after: get("after"),
    };
    let tab = |own: bool| {
        let href = if own { "/me/log?who=own" } else { "/me/log" };
        let key = if own { "log-tab-own" } else { "log-tab-others" };
        view! {
            <a href=href aria-current=(filter.own == own).then_some("page")>{lang.t(key)}</a>
        }
    };
    view! {
        <Title text=lang.t("log-title") />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/me">{lang.t("nav-my-registers")}</a>
        </nav>
        <h1>{lang.t("log-title")}</h1>
        <p class="lead">{lang.t("log-lead")}</p>
        <p><a href="/me/log/notices">{lang.t("log-notices-link")}</a></p>
        <nav class="tabs" aria-label=lang.t("log-tabs-label")>{tab(false)} " " {tab(true)}</nav>
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let filter = filter.clone();
                Suspend::new(async move {
                    match get_my_log(filter.clone(), lang).await {
                        Ok(log) => view! { <LogView log filter lang /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
        <KindsExplained lang />
    }
    .into_any()
}

#[component]
fn LogView(log: MyLog, filter: LogFilter, lang: Lang) -> impl IntoView {
    let query = log_query_string(&filter);
    let with_query = |path: &str| {
        if query.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{query}")
        }
    };
    let next = log.next.clone().map(|cursor| {
        let separator = if query.is_empty() { "" } else { "&" };
        format!("/me/log?{query}{separator}after={}", encode(&cursor))
    });
    let is = |value: &Option<String>, code: &str| value.as_deref() == Some(code);
    let filtered = filter.register.is_some()
        || filter.care_unit.is_some()
        || filter.from.is_some()
        || filter.to.is_some()
        || filter.purpose.is_some();
    view! {
        <form method="get" action="/me/log" class="queue-filters log-filters">
            {filter.own.then(|| view! { <input type="hidden" name="who" value="own" /> })}
            <div class="field">
                <label for="register">{lang.t("log-register")}</label>
                <select id="register" name="register">
                    <option value="">{lang.t("log-all")}</option>
                    {log.registers.iter().map(|(code, name)| view! {
                        <option value=code.clone() selected=is(&filter.register, code)>{name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            {(!filter.own).then(|| view! {
                <div class="field">
                    <label for="care_unit">{lang.t("log-care-unit")}</label>
                    <select id="care_unit" name="care_unit">
                        <option value="">{lang.t("log-all")}</option>
                        {log.care_units.iter().map(|(hsa, name)| view! {
                            <option value=hsa.clone() selected=is(&filter.care_unit, hsa)>{name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            {(!filter.own).then(|| view! {
                <div class="field">
                    <label for="purpose">{lang.t("log-purpose")}</label>
                    <select id="purpose" name="purpose">
                        <option value="">{lang.t("log-all")}</option>
                        {AccessPurpose::ALL.iter().map(|p| view! {
                            <option value=p.as_str() selected=is(&filter.purpose, p.as_str())>{lang.t(&format!("log-purpose-{}", p.as_str()))}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <div class="field">
                <label for="from">{lang.t("log-from")}</label>
                <input type="date" id="from" name="from" value=filter.from.clone().unwrap_or_default() />
            </div>
            <div class="field">
                <label for="to">{lang.t("log-to")}</label>
                <input type="date" id="to" name="to" value=filter.to.clone().unwrap_or_default() />
            </div>
            <button type="submit">{lang.t("log-filter")}</button>
            {filtered.then(|| view! {
                " " <a href=if filter.own { "/me/log?who=own" } else { "/me/log" }>{lang.t("log-clear")}</a>
            })}
        </form>
        <p class="actions downloads">
            <a class="button secondary-button" href=with_query("/me/log.csv") download="">{lang.t("log-download-csv")}</a>
            " "
            <a class="button secondary-button" href=with_query("/me/log.json") download="">{lang.t("log-download-json")}</a>
        </p>
        <VerifyInBrowser key=log.verifier_key.clone() lang />
        {if log.entries.is_empty() {
            view! { <p class="empty">{lang.t(if filtered { "log-empty-filtered" } else { "log-empty" })}</p> }.into_any()
        } else {
            view! {
                <table class="log">
                    <caption class="visually-hidden">{lang.t("log-title")}</caption>
                    <thead><tr>
                        <th scope="col">{lang.t("log-when")}</th>
                        <th scope="col">{lang.t("log-who")}</th>
                        <th scope="col">{lang.t("log-register")}</th>
                        <th scope="col">{lang.t("log-kind")}</th>
                        <th scope="col">{lang.t("log-purpose")}</th>
                        <th scope="col">{lang.t("log-reason")}</th>
                    </tr></thead>
                    <tbody>
                        {log.entries.into_iter().map(|entry| view! { <LogRow entry lang /> }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        {next.map(|href| view! { <p><a href=href rel="next">{lang.t("log-next")}</a></p> })}
    }
}

#[component]
fn LogRow(entry: LogEntry, lang: Lang) -> impl IntoView {
    let who = entry.who(lang);
    view! {
        <tr>
            <td class="when" data-label=lang.t("log-when")>{entry.occurred_at.clone()}</td>
            <td data-label=lang.t("log-who")>{who}</td>
            <td data-label=lang.t("log-register")>{entry.register_name.clone()}</td>
            <td data-label=lang.t("log-kind")>
                {lang.t(&format!("log-kind-{}", entry.kind.as_str()))}
                {(!entry.data.is_empty()).then(|| view! {
                    <br /><span class="data-touched">{lang.t_args("log-data", &[("data", data_text(&entry.data).into())])}</span>
                })}
            </td>
            <td data-label=lang.t("log-purpose")>
                {match entry.purpose {
                    Some(purpose) => lang.t(&format!("log-purpose-{}", purpose.as_str())),
                    None => lang.t("log-purpose-none"),
                }}
            </td>
            <td data-label=lang.t("log-reason")>
                {entry.reason.clone().unwrap_or_else(|| lang.t("log-no-reason"))}
                {(entry.actor != ActorKind::Patient).then(|| view! {
                    <br /><a class="ask-why" href=format!("/me/log/{}/why", entry.seq)>{lang.t("log-ask-why")}</a>
                })}
            </td>
        </tr>
    }
}

/// Record types with their fields: "Behandling (behandling, startdatum)".
fn data_text(data: &[(String, Vec<String>)]) -> String {
    data.iter()
        .map(|(record_type, fields)| {
            if fields.is_empty() {
                record_type.clone()
            } else {
                format!("{record_type} ({})", fields.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[component]
fn KindsExplained(lang: Lang) -> impl IntoView {
    view! {
        <section aria-labelledby="log-kinds-heading" class="log-kinds">
            <h2 id="log-kinds-heading">{lang.t("log-kinds-heading")}</h2>
            <dl>
                {AccessKind::ALL.iter().map(|kind| view! {
                    <dt>{lang.t(&format!("log-kind-{}", kind.as_str()))}</dt>
                    <dd>{lang.t(&format!("log-kind-{}-help", kind.as_str()))}</dd>
                }).collect_view()}
            </dl>
            <h2 id="log-purposes-heading">{lang.t("log-purposes-heading")}</h2>
            <dl aria-labelledby="log-purposes-heading">
                {AccessPurpose::ALL.iter().map(|purpose| view! {
                    <dt>{lang.t(&format!("log-purpose-{}", purpose.as_str()))}</dt>
                    <dd>{lang.t(&format!("log-purpose-{}-help", purpose.as_str()))}</dd>
                }).collect_view()}
            </dl>
            <p>{lang.t("log-kept")} " " <a href="/log">{lang.t("log-check-yourself")}</a></p>
        </section>
    }
}

/// "Check your log yourself": with JavaScript, a button that loads the
/// verifier (WebAssembly, `verifier/`) only then, fetches the whole log
/// download and checks every entry's proof against the key in the field —
/// the published one, or one the patient kept — and says the outcome in
/// words (the page's, here as templates `verifier/verify-log.js` fills in).
/// Without JavaScript the form stays hidden and the command says how.
#[component]
fn VerifyInBrowser(key: Option<String>, lang: Lang) -> impl IntoView {
    let template = |message: &str, args: &[&'static str]| {
        let args: Vec<(&str, crate::i18n::Arg)> = args
            .iter()
            .map(|name| (*name, format!("{{{name}}}").into()))
            .collect();
        lang.t_args(message, &args)
    };
    let files = use_context::<crate::routes::SiteFiles>().unwrap_or_default();
    view! {
        <section id="verify" class="verify" aria-labelledby="verify-heading"
            data-log="/me/log.json"
            data-verifier=format!("/pkg/{}", files.verifier_js)
            data-verifier-wasm=format!("/pkg/{}", files.verifier_wasm)
            data-working=lang.t("log-verify-working")
            data-ok=template("log-verify-ok", &["count", "date", "fingerprint"])
            data-newer=template("log-verify-newer", &["count"])
            data-entry-failed=template("log-verify-entry-failed", &["entry"])
            data-checkpoint-failed=lang.t("log-verify-checkpoint-failed")
            data-error=lang.t("log-verify-error")>
            <h2 id="verify-heading">{lang.t("log-verify-heading")}</h2>
            <p>{lang.t("log-verify-lead")}</p>
            <form class="stack verify-form" hidden>
                <label for="verify-key">{lang.t("log-verify-key")}</label>
                <input id="verify-key" name="key" autocomplete="off" spellcheck="false" value=key.unwrap_or_default() />
                <button type="submit" class="button">{lang.t("log-verify-button")}</button>
            </form>
            <p class="verify-result" role="status" aria-live="polite"></p>
            <p class="hint">{lang.t("log-verify-command")} " " <a href="/log">{lang.t("log-verify-about")}</a></p>
            <pre><code>"insyn verify-proof insyn-logg.json --public-key KEY"</code></pre>
        </section>
        <script type="module" src=format!("/pkg/{}", files.verify_log)></script>
    }
}
