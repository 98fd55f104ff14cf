//! The staff queue: the requests of the signed-in staff member's registers
//! only, by due date, overdue and nearly due ones marked, filterable by
//! register, kind and status (a plain GET form), 50 to a page with a cursor
//! (keyset pagination).

use crate::{
    components::{ErrorPage, encode_query_value as encode, staff_page},
    domain::{RequestKind, RequestStatus},
    i18n::{Lang, use_lang},
    model::QueueItem,
    server_fns::get_staff_queue,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::requests::NEARLY_DUE_DAYS;

#[component]
pub fn StaffQueuePage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let query = use_query_map().get_untracked();
    let get = |name: &str| query.get(name).filter(|v| !v.is_empty());
    let (register, kind, status, after) =
        (get("register"), get("kind"), get("status"), get("after"));
    let filters = (register.clone(), kind.clone(), status.clone());
    view! {
        <Title text=lang.t("queue-title") />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/staff">{lang.t("nav-staff")}</a>
        </nav>
        <h1>{lang.t("queue-title")}</h1>
        <QueueFilters registers=staff.registers.clone() selected=filters.clone() lang />
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let filters = filters.clone();
                let after = after.clone();
                Suspend::new(async move {
                    let (register, kind, status) = filters.clone();
                    match get_staff_queue(register.clone(), kind.clone(), status.clone(), after, lang).await {
                        Ok(queue) if queue.items.is_empty() => view! { <p>{lang.t("queue-empty")}</p> }.into_any(),
                        Ok(queue) => {
                            let next = queue.next.clone().map(|cursor| {
                                let mut params = vec![];
                                for (name, value) in [("register", register), ("kind", kind), ("status", status)] {
                                    if let Some(value) = value {
                                        params.push(format!("{name}={}", encode(&value)));
                                    }
                                }
                                params.push(format!("after={}", encode(&cursor)));
                                format!("/staff/requests?{}", params.join("&"))
                            });
                            view! {
                                <table class="queue">
                                    <caption class="visually-hidden">{lang.t("queue-title")}</caption>
                                    <thead><tr>
                                        <th scope="col">{lang.t("queue-due")}</th>
                                        <th scope="col">{lang.t("queue-reference")}</th>
                                        <th scope="col">{lang.t("queue-register")}</th>
                                        <th scope="col">{lang.t("queue-kind")}</th>
                                        <th scope="col">{lang.t("queue-status")}</th>
                                        <th scope="col">{lang.t("queue-received")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {queue.items.into_iter().map(|item| view! { <QueueRow item lang /> }).collect_view()}
                                    </tbody>
                                </table>
                                {next.map(|href| view! { <p><a href=href rel="next">{lang.t("queue-next")}</a></p> })}
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
fn QueueFilters(
    registers: Vec<String>,
    selected: (Option<String>, Option<String>, Option<String>),
    lang: Lang,
) -> impl IntoView {
    let (register, kind, status) = selected;
    let is = |value: &Option<String>, code: &str| value.as_deref() == Some(code);
    view! {
        <form method="get" action="/staff/requests" class="queue-filters">
            <div class="field">
                <label for="register">{lang.t("queue-register")}</label>
                <select id="register" name="register">
                    <option value="">{lang.t("queue-all")}</option>
                    {registers.iter().map(|code| view! { <option value=code.clone() selected=is(&register, code)>{code.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="kind">{lang.t("queue-kind")}</label>
                <select id="kind" name="kind">
                    <option value="">{lang.t("queue-all")}</option>
                    {RequestKind::ALL.iter().map(|k| view! {
                        <option value=k.as_str() selected=is(&kind, k.as_str())>{lang.t(&format!("request-{}-title", k.as_str()))}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="status">{lang.t("queue-status")}</label>
                <select id="status" name="status">
                    <option value="">{lang.t("queue-open")}</option>
                    {RequestStatus::ALL.iter().map(|s| view! {
                        <option value=s.as_str() selected=is(&status, s.as_str())>{lang.t(&format!("status-{}", s.as_str()))}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit">{lang.t("queue-filter")}</button>
        </form>
    }
}

#[component]
fn QueueRow(item: QueueItem, lang: Lang) -> impl IntoView {
    let open = !item.status.is_final();
    let (class, mark) = if open && item.days_left < 0 {
        (
            "overdue",
            Some(lang.t_args("queue-overdue", &[("days", (-item.days_left).into())])),
        )
    } else if open && item.days_left <= NEARLY_DUE_DAYS {
        (
            "nearly-due",
            Some(lang.t_args("queue-nearly-due", &[("days", item.days_left.into())])),
        )
    } else {
        ("", None)
    };
    view! {
        <tr class=class>
            <td>{item.due_on.clone()} {mark.map(|m| view! { <span class="due-mark">" " {m}</span> })}</td>
            <td><a class="reference" href=format!("/staff/requests/{}", item.reference)>{item.reference.clone()}</a></td>
            <td>{item.register_name.clone()}</td>
            <td>{lang.t(&format!("request-{}-title", item.kind.as_str()))}</td>
            <td>{lang.t(&format!("status-{}", item.status.as_str()))}</td>
            <td>{item.received_on.clone()}</td>
        </tr>
    }
}
