//! The signed-in patient's start: their name and "Mina register", every
//! register on the platform marked with whether they are in it.

use crate::{
    components::{ErrorPage, patient_page},
    i18n::use_lang,
    model::{MyRegister, MyRegisterStatus},
    pages::acting::ActingOffer,
    server_fns::my_registers,
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyPage() -> impl IntoView {
    let lang = use_lang();
    let session = match patient_page("/auth/login?next=/me") {
        Ok(session) => session,
        Err(refusal) => return refusal,
    };
    let csrf = session.csrf_token.clone();
    // Acting for someone, the page is about them, by name.
    let (heading, lead) = match &session.acting_for {
        Some(subject) => {
            let name = [("name", subject.name.clone().into())];
            (
                lang.t_args("me-heading-acting", &name),
                lang.t_args("me-lead-acting", &name),
            )
        }
        None => (
            lang.t_args("me-heading", &[("name", session.name.clone().into())]),
            lang.t("me-lead"),
        ),
    };
    view! {
        <Title text=lang.t("me-title") />
        <h1>{heading}</h1>
        <p class="lead">{lead}</p>
        <ActingOffer csrf />
        <p class="actions downloads">
            <a class="button" href="/me/extract.pdf" download="">{lang.t("me-download-pdf")}</a>
            " "
            <a class="button secondary-button" href="/me/export.json" download="">{lang.t("me-download-json")}</a>
        </p>
        <p class="see-log"><a href="/me/log">{lang.t("me-see-log")}</a></p>
        <section aria-labelledby="my-registers-heading">
            <h2 id="my-registers-heading">{lang.t("me-registers-heading")}</h2>
            <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
                {Suspend::new(async move {
                    match my_registers(lang).await {
                        Ok(registers) => view! { <MyRegisterList registers /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

#[component]
fn MyRegisterList(registers: Vec<MyRegister>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="cards my-registers">
            {registers
                .into_iter()
                .map(|register| {
                    let registered = register.status.is_registered();
                    let (class, status) = register.status.describe(lang);
                    view! {
                        <li class="card">
                            <h3>
                                <a href=format!("/registers/{}", register.code)>{register.name.clone()}</a>
                                " "
                                <span class="short-name">"(" {register.short_name.clone()} ")"</span>
                            </h3>
                            <p class=class>{status}</p>
                            {register.told_at_clinic.iter().map(|told| view! {
                                <p class="told-at-clinic">{lang.t_args("me-told-at-clinic", &[
                                    ("kind", lang.t(&format!("opt-out-kind-{}", told.kind.as_str())).into()),
                                    ("clinic", told.clinic.clone().into()),
                                    ("on", told.on.clone().into()),
                                ])}</p>
                            }).collect_view()}
                            {(register.records > 0).then(|| view! {
                                <p class="record-count">
                                    {lang.t_args("me-record-count", &[("count", register.records.into())])}
                                    {register.latest_change.clone().map(|on| format!(" · {}", lang.t_args("me-latest-change", &[("on", on.into())])))}
                                </p>
                            })}
                            <p class="card-links">
                                {registered.then(|| view! {
                                    <a href=format!("/me/registers/{}", register.code)>{lang.t("me-see-data")}</a>
                                })}
                                {registered.then(|| view! {
                                    " · "
                                    <a href=format!("/me/registers/{}#rights", register.code)>{lang.t("me-use-rights")}</a>
                                })}
                                {(!registered).then(|| view! {
                                    <a href=format!("/registers/{}", register.code)>{lang.t("me-about-register")}</a>
                                })}
                                {(register.status == MyRegisterStatus::NotRegistered).then(|| view! {
                                    " · "
                                    <a href=format!("/me/registers/{}/request/opt_out", register.code)>{lang.t("me-opt-out")}</a>
                                })}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
