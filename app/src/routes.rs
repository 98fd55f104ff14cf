//! The HTML shell and the route table: which page answers which path.

use crate::{
    components::{ErrorPage, Layout},
    error::PageError,
    i18n::{Lang, use_lang},
    pages::{HomePage, RegisterPage, RegistersPage},
};
use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// The document around every page. Runs on the server for each request, so
/// it decides the page's language from the request.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let lang = crate::i18n::request_lang();
    #[cfg(not(feature = "ssr"))]
    let lang = Lang::default();
    provide_context(lang);
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" href="/pkg/insyn.css" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang = use_lang();
    view! {
        <Title formatter=move |page: String| format!("{page} – {}", lang.t("site-name")) />
        <Router>
            <Layout>
                <Routes fallback=|| view! { <ErrorPage error=PageError::NotFound /> }>
                    <Route path=path!("/") view=HomePage />
                    // Async: the page is sent whole once its data is read, so it
                    // is complete without JavaScript and carries the right status.
                    <Route path=path!("/registers") view=RegistersPage ssr=SsrMode::Async />
                    <Route path=path!("/registers/:code") view=RegisterPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}

/// The languages a visitor can switch to, for tests and the layout.
pub fn languages() -> [Lang; 2] {
    Lang::ALL
}
