//! insyn's web application: the pages (server-rendered Leptos components),
//! the few interactive islands that hydrate in the browser, the server
//! functions behind them, and the domain types shared with the server.
//!
//! Everything that touches the database lives in the `insyn` server crate;
//! this crate reaches it only through the [`backend`] ports, so no SQL
//! and no server-only dependency ends up in the WASM bundle.

#![recursion_limit = "256"]

pub mod case_actions;
pub mod components;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod requests;
pub mod routes;
pub mod server_fns;
pub mod viewer;

#[cfg(feature = "ssr")]
pub mod backend;

pub use routes::{App, shell};

/// The WASM entry point: hydrate the islands on the server-rendered page.
/// Everything outside an island stays plain HTML.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
