//! The staff start page: who is signed in, with which HSA-id, and the
//! registers they work on.

use crate::{
    components::{ErrorPage, staff_page},
    domain::StaffRole,
    i18n::use_lang,
    server_fns::list_registers,
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffPage() -> impl IntoView {
    let lang = use_lang();
    let staff = match staff_page() {
        Ok(staff) => staff,
        Err(refusal) => return refusal,
    };
    let scope = staff.registers.clone();
    view! {
        <Title text=lang.t("staff-title") />
        <h1>{lang.t_args("staff-heading", &[("name", staff.session.name.clone().into())])}</h1>
        <p class="lead">{lang.t_args("staff-lead", &[("hsa_id", staff.hsa_id.clone().into())])}</p>
        <p class="actions">
            {(staff.role != StaffRole::Admin).then(|| view! {
                <a class="button" href="/staff/requests">{lang.t("queue-open-link")}</a>
            })}
            {staff.coordinates().then(|| view! {
                " "
                <a class="button secondary-button" href="/staff/releases">{lang.t("staff-releases-title")}</a>
                " "
                <a class="button secondary-button" href="/staff/log-review">{lang.t("log-review-title")}</a>
            })}
            {(staff.role == StaffRole::Clinic).then(|| view! {
                " "
                <a class="button secondary-button" href="/staff/opt-outs">{lang.t("clinic-opt-out-title")}</a>
            })}
            {(staff.role == StaffRole::Admin).then(|| view! {
                <a class="button" href="/admin">{lang.t("admin-title")}</a>
            })}
        </p>
        <section aria-labelledby="staff-registers-heading">
            <h2 id="staff-registers-heading">{lang.t("staff-registers-heading")}</h2>
            <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
                {
                    let scope = scope.clone();
                    Suspend::new(async move {
                        match list_registers(lang).await {
                            Ok(registers) => view! {
                                <ul class="cards">
                                    {registers
                                        .into_iter()
                                        .filter(|r| scope.contains(&r.code))
                                        .map(|r| view! {
                                            <li class="card">
                                                <h3><a href=format!("/registers/{}", r.code)>{r.name.clone()}</a></h3>
                                                <p>{r.summary.clone()}</p>
                                            </li>
                                        })
                                        .collect_view()}
                                </ul>
                            }
                            .into_any(),
                            Err(error) => view! { <ErrorPage error /> }.into_any(),
                        }
                    })
                }
            </Suspense>
        </section>
    }
    .into_any()
}
