//! The signed-in patient's start: their name and "Mina register", every
//! register on the platform marked with whether they are in it.

use crate::{
    components::{ErrorPage, SignInFirst},
    error::PageError,
    i18n::use_lang,
    model::{MyRegister, MyRegisterStatus},
    server_fns::my_registers,
    viewer::{Viewer, use_viewer},
};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyPage() -> impl IntoView {
    let lang = use_lang();
    let name = match use_viewer() {
        Viewer::Patient(session) => session.name,
        Viewer::Anonymous => {
            return view! { <SignInFirst href="/auth/login?next=/me" /> }.into_any();
        }
        Viewer::Staff(_) => return view! { <ErrorPage error=PageError::Forbidden /> }.into_any(),
    };
    view! {
        <Title text=lang.t("me-title") />
        <h1>{lang.t_args("me-heading", &[("name", name.into())])}</h1>
        <p class="lead">{lang.t("me-lead")}</p>
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
                    let (class, status) = match &register.status {
                        MyRegisterStatus::Registered { since } => (
                            "status status-registered",
                            lang.t_args("me-status-registered", &[("since", since.clone().into())]),
                        ),
                        MyRegisterStatus::Restricted { since } => (
                            "status status-restricted",
                            lang.t_args("me-status-restricted", &[("since", since.clone().into())]),
                        ),
                        MyRegisterStatus::NotRegistered => {
                            ("status status-not-registered", lang.t("me-status-not-registered"))
                        }
                    };
                    view! {
                        <li class="card">
                            <h3>
                                <a href=format!("/registers/{}", register.code)>{register.name.clone()}</a>
                                " "
                                <span class="short-name">"(" {register.short_name.clone()} ")"</span>
                            </h3>
                            <p class=class>{status}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
