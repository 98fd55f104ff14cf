//! The `insyn` server: configuration, database, HTTP and operator commands.
//! `main.rs` only parses the command line and calls into here, so the
//! integration tests start exactly the application that production runs.

pub mod access_log;
pub mod access_notices;
pub mod auth;
pub mod cases;
pub mod cli;
pub mod clinic_opt_outs;
pub mod clock;
pub mod config;
pub mod content;
pub mod crypto;
pub mod db;
pub mod definitions;
pub mod delegation;
pub mod demo;
pub mod export;
pub mod filing;
pub mod http;
pub mod import;
pub mod ingest;
pub mod log_review;
pub mod mail;
#[cfg(test)]
mod module_graph;
pub mod notice_address;
pub mod opt_outs;
pub mod relations_import;
pub mod release_notices;
pub mod releases;
pub mod staff_admin;
pub mod startup;
pub mod telemetry;
pub mod views;
