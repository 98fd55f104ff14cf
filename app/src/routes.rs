//! The HTML shell and the route table: which page answers which path.

use crate::{
    components::{ErrorPage, Layout},
    error::PageError,
    i18n::use_lang,
    pages::{
        AccessNoticesPage, ActingPage, AdminCareUnitsPage, AdminPage, AdminStaffPage,
        AdminTokensPage, ClinicOptOutsPage, HomePage, LogInquiryPage, LogProofsPage, LogReviewPage,
        MyLogPage, MyPage, MyRegisterPage, MyReleasesPage, MyRequestsPage, ProxiesPage,
        RecordHistoryPage, RegisterPage, RegisterReleasesPage, RegistersPage, RequestFormPage,
        RequestPage, SignInErrorPage, StaffCasePage, StaffNewReleasePage, StaffPage,
        StaffQueuePage, StaffReleasePage, StaffReleasesPage, StaffRepresentativesPage,
    },
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
    let lang = crate::i18n::Lang::default();
    provide_context(lang);
    #[cfg(feature = "ssr")]
    set_content_security_policy();
    let css = format!(
        "/pkg/{}",
        use_context::<SiteFiles>().unwrap_or_default().css
    );
    view! {
        <!DOCTYPE html>
        // Only right-to-left pages say a direction: left to right is the default.
        <html lang=lang.html_lang() dir=lang.is_rtl().then_some("rtl")>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" href=css />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                {has_islands().then(|| view! { <HydrationScripts options islands=true /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Whether the page being rendered has an island, so loads the islands'
/// JS and WASM: a signed-in page (the session timer) and the register list
/// (its filter). Every other page is plain HTML and loads neither: a first
/// visit of the start page is its HTML and stylesheet.
fn has_islands() -> bool {
    #[cfg(feature = "ssr")]
    {
        let register_list = use_context::<http::request::Parts>()
            .is_some_and(|parts| parts.uri.path() == "/registers");
        register_list || crate::viewer::use_viewer().session().is_some()
    }
    #[cfg(not(feature = "ssr"))]
    true
}

/// The names of the site's own files under `/pkg/` beside the islands'
/// (whose names are `LeptosOptions::output_name`'s): with a content hash in
/// each when `scripts/build-site.sh` built the site (so they can be cached
/// for good), the plain names of a cargo-leptos build otherwise. The server
/// provides it from the site's `pkg/manifest.json`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct SiteFiles {
    pub css: String,
    /// The browser's access-log verifier: its module and its WebAssembly.
    pub verifier_js: String,
    pub verifier_wasm: String,
    /// The log page's script that loads the verifier when asked.
    pub verify_log: String,
}

impl Default for SiteFiles {
    fn default() -> Self {
        SiteFiles {
            css: "insyn.css".into(),
            verifier_js: "insyn_verifier.js".into(),
            verifier_wasm: "insyn_verifier_bg.wasm".into(),
            verify_log: "verify-log.js".into(),
        }
    }
}

/// Origins besides insyn's own that a form may lead to: the identity
/// providers, where sign-out continues (RP-initiated logout). The server
/// provides it from its configuration.
#[derive(Clone, Debug, Default)]
pub struct FormActionSources(pub Vec<String>);

/// The page's Content-Security-Policy: scripts only from this origin or with
/// this response's nonce (the islands' loader is inline), WebAssembly allowed
/// to compile, forms only to insyn and its identity providers, nothing else
/// from anywhere else, and never inside a frame.
#[cfg(feature = "ssr")]
pub fn page_content_security_policy(
    nonce: Option<&str>,
    form_targets: &FormActionSources,
) -> String {
    let extra: String = form_targets
        .0
        .iter()
        // An origin is a single CSP source token: nothing that could end the directive.
        .filter(|o| !o.contains([';', ',', ' ', '\'', '"']))
        .map(|origin| format!(" {origin}"))
        .collect();
    // Without a nonce no inline script runs: the page stays plain HTML.
    let nonce = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{nonce} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'{extra}; frame-ancestors 'none'"
    )
}

#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let form_targets = use_context::<FormActionSources>().unwrap_or_default();
    if let Ok(value) =
        http::HeaderValue::from_str(&page_content_security_policy(Some(&nonce), &form_targets))
    {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
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
                    <Route path=path!("/registers/:code/releases") view=RegisterReleasesPage ssr=SsrMode::Async />
                    <Route path=path!("/log") view=LogProofsPage ssr=SsrMode::Async />
                    <Route path=path!("/me") view=MyPage ssr=SsrMode::Async />
                    <Route path=path!("/me/acting") view=ActingPage ssr=SsrMode::Async />
                    <Route path=path!("/me/proxies") view=ProxiesPage ssr=SsrMode::Async />
                    <Route path=path!("/me/log") view=MyLogPage ssr=SsrMode::Async />
                    <Route path=path!("/me/log/notices") view=AccessNoticesPage ssr=SsrMode::Async />
                    <Route path=path!("/me/releases") view=MyReleasesPage ssr=SsrMode::Async />
                    <Route path=path!("/me/log/:seq/why") view=LogInquiryPage ssr=SsrMode::Async />
                    <Route path=path!("/me/registers/:code") view=MyRegisterPage ssr=SsrMode::Async />
                    <Route path=path!("/me/registers/:code/records/:record/history") view=RecordHistoryPage ssr=SsrMode::Async />
                    <Route path=path!("/me/registers/:code/request/:kind") view=RequestFormPage ssr=SsrMode::Async />
                    <Route path=path!("/me/requests") view=MyRequestsPage ssr=SsrMode::Async />
                    <Route path=path!("/me/requests/:reference") view=RequestPage ssr=SsrMode::Async />
                    <Route path=path!("/staff") view=StaffPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/requests") view=StaffQueuePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/requests/:reference") view=StaffCasePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/log-review") view=LogReviewPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/opt-outs") view=ClinicOptOutsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/representatives") view=StaffRepresentativesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/releases") view=StaffReleasesPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/releases/new") view=StaffNewReleasePage ssr=SsrMode::Async />
                    <Route path=path!("/staff/releases/:id") view=StaffReleasePage ssr=SsrMode::Async />
                    <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/staff") view=AdminStaffPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/tokens") view=AdminTokensPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/care-units") view=AdminCareUnitsPage ssr=SsrMode::Async />
                    <Route path=path!("/auth/error") view=SignInErrorPage />
                </Routes>
            </Layout>
        </Router>
    }
}
