//! One register's patient information: purpose, who is responsible, how long
//! data is kept, whom to contact.

use crate::{components::ErrorPage, i18n::use_lang, model::RegisterInfo, server_fns::get_register};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RegisterPage() -> impl IntoView {
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
                    match get_register(code, lang).await {
                        Ok(info) => view! { <RegisterDetails info /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
}

#[component]
fn RegisterDetails(info: RegisterInfo) -> impl IntoView {
    let lang = use_lang();
    let row = |key: &str, value: AnyView| {
        view! {
            <div class="fact">
                <dt>{lang.t(key)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    view! {
        <Title text=info.short_name.clone() />
        <nav class="breadcrumbs" aria-label=lang.t("breadcrumbs-label")>
            <a href="/registers">{lang.t("nav-registers")}</a>
        </nav>
        <h1>{info.name.clone()} " " <span class="short-name">"(" {info.short_name.clone()} ")"</span></h1>
        <p class="lead">{info.summary.clone()}</p>
        <dl class="facts">
            {row("register-purpose", info.purpose.clone().into_any())}
            {row("register-controller", info.controller.clone().into_any())}
            {row("register-holder", info.holder.clone().into_any())}
            {row("register-retention", info.retention.clone().into_any())}
            {row(
                "register-contact",
                view! {
                    <a href=format!("mailto:{}", info.contact_email)>{info.contact_email.clone()}</a>
                    ", "
                    <a href=format!("tel:{}", info.contact_phone.replace(' ', ""))>{info.contact_phone.clone()}</a>
                }
                    .into_any(),
            )}
            {row(
                "register-dpo",
                view! { <a href=format!("mailto:{}", info.dpo_email)>{info.dpo_email.clone()}</a> }.into_any(),
            )}
            {row(
                "register-website",
                view! { <a href=info.website.clone()>{info.website.clone()}</a> }.into_any(),
            )}
        </dl>
        <section class="note" aria-labelledby="register-rights">
            <h2 id="register-rights">{lang.t("register-rights-heading")}</h2>
            <p>{lang.t("register-rights-body")}</p>
            <p>{lang.t("register-not-decision-support")}</p>
        </section>
        <section aria-labelledby="register-releases">
            <h2 id="register-releases">{lang.t("register-releases-heading")}</h2>
            <p>{lang.t("register-releases-body")}</p>
            <p><a href=format!("/registers/{}/releases", info.code)>{lang.t("register-releases-link")}</a></p>
        </section>
    }
}
