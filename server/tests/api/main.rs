//! Integration tests: the real application on a random port, with a fresh
//! database per test, on SQLite and on PostgreSQL.

mod helpers;
mod idp;
mod idp_faults;

mod access_log;
mod access_notices;
mod acting;
mod admin;
mod backup;
mod cases;
mod cli;
mod clinic_opt_outs;
mod clinics;
mod copies;
mod database;
mod health;
mod hostile_forms;
mod import;
mod ingest;
mod log_review;
mod mail;
mod my_log;
mod newcomer;
mod pages;
mod probe;
mod record_history;
mod releases;
mod requests;
mod scripted_smtp;
mod sessions;
mod sign_in;
mod smtp;
mod smtp_replies;
mod smtp_tls;
mod staff_queue;
