//! The HTTP surface: the router with the Leptos pages and server functions,
//! the operational endpoints, and the layers every response passes through.

mod access_notices;
mod acting;
mod admin;
mod api;
mod api_relations;
mod api_releases;
mod api_schema;
pub mod auth;
mod cases;
mod clinic_opt_outs;
mod csrf;
mod downloads;
pub mod error;
pub mod extract;
mod filing;
mod forms;
mod headers;
mod health;
mod lang;
mod log_proofs;
mod log_review;
mod next;
mod notice_address;
mod openapi;
mod opt_outs;
mod releases;
mod server_fn_status;
pub mod session;
pub mod site_files;

use crate::{auth::Providers, clock::Clock, config::Config, db::Db};
use app::{App, shell};
use axum::{Router, extract::FromRef, routing::get};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::{sync::Arc, time::Duration};
use tower_http::{
    CompressionLevel, compression::CompressionLayer, timeout::TimeoutLayer, trace::TraceLayer,
};

/// What every handler can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub clock: Clock,
    pub config: Arc<Config>,
    pub providers: Arc<Providers>,
    /// The access log's published key, once the server has read it.
    pub log_key: Option<crate::views::LogIdentity>,
    /// The names of the site's own files (hashed when built so).
    pub site_files: app::routes::SiteFiles,
}

/// What every page render and server-function call gets in its context:
/// the ports of [`crate::views`], the signed-in portal bound to the person
/// of the request's session (read once, here, from what the session layer
/// found), and where the pages' forms may post.
pub fn page_context(state: &AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    let (db, clock) = (state.db.clone(), state.clock.clone());
    let settings = crate::views::Settings {
        ages: state.config.delegation,
        suppress_below: state.config.releases.suppress_below,
        log_key: state.log_key.clone(),
    };
    let form_targets = app::routes::FormActionSources(state.providers.origins());
    let site_files = state.site_files.clone();
    move || {
        let current = use_context::<axum::http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<session::CurrentSession>().cloned());
        let principal = current.as_ref().map(|c| c.session.principal);
        let staff = current.as_ref().and_then(|c| c.staff.clone());
        let acting = current.and_then(|c| c.acting);
        provide_context(crate::views::ports(
            &db,
            &clock,
            settings.clone(),
            principal,
            acting,
            staff,
        ));
        provide_context(form_targets.clone());
        provide_context(site_files.clone());
    }
}

pub fn router(state: AppState) -> Router {
    let context = page_context(&state);
    let routes = generate_route_list(App);
    let timeout = Duration::from_secs(state.config.http.request_timeout_secs);
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/lang/{code}", get(lang::switch))
        .route("/api/openapi.json", get(openapi::document))
        .nest_service(
            "/pkg",
            tower::ServiceBuilder::new()
                .layer(axum::middleware::from_fn(site_files::caching))
                .service(site_files::service(&state.config.http.site_root)),
        )
        .merge(auth::routes(&state))
        .merge(downloads::routes())
        .merge(filing::routes())
        .merge(access_notices::routes())
        .merge(acting::routes())
        .merge(admin::routes())
        .merge(cases::routes())
        .merge(clinic_opt_outs::routes())
        .merge(log_proofs::routes())
        .merge(log_review::routes())
        .merge(notice_address::routes())
        .merge(api::routes())
        .merge(api_relations::routes())
        .merge(api_releases::routes())
        .merge(opt_outs::routes())
        .merge(releases::routes())
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(axum::middleware::from_fn(server_fn_status::refusal_status))
        // Inside the session layer, so a form shown again has its session.
        .layer(axum::middleware::from_fn_with_state(
            csrf::OwnOrigin::of(&state.config.http.public_url),
            csrf::refuse_cross_site,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error::answer_errors,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::resolve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            headers::HtmlFallbackPolicy(
                axum::http::HeaderValue::from_str(&app::routes::page_content_security_policy(
                    None,
                    &app::routes::FormActionSources(state.providers.origins()),
                ))
                .unwrap_or_else(|_| axum::http::HeaderValue::from_static("default-src 'none'")),
            ),
            headers::security_headers,
        ))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        // Pages, the site's files and the copies, compressed as the browser
        // accepts (brotli or gzip) at the fastest level: on the fly, the
        // transfer shrinks several times for little of the server's time.
        // Images are left alone; bodies under 32 bytes too.
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
