//! Every register on the platform, with a filter that works as a plain GET
//! form and, once the WASM has loaded, filters as the visitor types.

use crate::{
    components::ErrorPage, i18n::use_lang, model::RegisterCard, server_fns::list_registers,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[component]
pub fn RegistersPage() -> impl IntoView {
    let lang = use_lang();
    let filter = use_query_map().get_untracked().get("q").unwrap_or_default();
    let labels = FilterLabels {
        label: lang.t("registers-filter-label"),
        hint: lang.t("registers-filter-hint"),
        submit: lang.t("registers-filter-submit"),
        no_match: lang.t("registers-filter-none"),
    };
    view! {
        <Title text=lang.t("registers-title") />
        <h1>{lang.t("registers-heading")}</h1>
        <p class="lead">{lang.t("registers-lead")}</p>
        <Suspense fallback=move || view! { <p>{lang.t("loading")}</p> }>
            {
                let filter = filter.clone();
                let labels = labels.clone();
                Suspend::new(async move {
                    match list_registers(lang).await {
                        Ok(registers) => {
                            view! { <RegisterFilter registers filter labels /> }.into_any()
                        }
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
}

/// The texts the filter island shows, translated on the server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FilterLabels {
    pub label: String,
    pub hint: String,
    pub submit: String,
    pub no_match: String,
}

#[island]
pub fn RegisterFilter(
    registers: Vec<RegisterCard>,
    filter: String,
    labels: FilterLabels,
) -> impl IntoView {
    let (filter, set_filter) = signal(filter);
    let registers = StoredValue::new(registers);
    let visible = move || {
        let filter = filter.get();
        registers.with_value(|all| {
            all.iter()
                .filter(|r| r.matches(&filter))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let nothing = move || visible().is_empty();
    // Effects run only in the browser: once this island has hydrated, the
    // form says so, and the list follows the input as the visitor types.
    let (enhanced, set_enhanced) = signal(false);
    Effect::new(move |_| set_enhanced.set(true));
    view! {
        <form
            class="filter"
            method="get"
            action="/registers"
            role="search"
            data-enhanced=move || enhanced.get().then_some("true")
        >
            <label for="register-filter">{labels.label}</label>
            <span class="hint" id="register-filter-hint">{labels.hint}</span>
            <div class="filter-row">
                <input
                    id="register-filter"
                    name="q"
                    type="search"
                    aria-describedby="register-filter-hint"
                    prop:value=filter
                    on:input=move |ev| set_filter.set(event_target_value(&ev))
                />
                <button type="submit">{labels.submit}</button>
            </div>
        </form>
        <Show when=nothing>
            <p class="empty" role="status">{labels.no_match.clone()}</p>
        </Show>
        <ul class="cards" aria-live="polite">
            <For each=visible key=|r| r.code.clone() let:register>
                <li class="card">
                    <h2>
                        <a href=format!("/registers/{}", register.code)>{register.short_name.clone()}</a>
                    </h2>
                    <p class="card-name">{register.name.clone()}</p>
                    <p>{register.summary.clone()}</p>
                </li>
            </For>
        </ul>
    }
}
