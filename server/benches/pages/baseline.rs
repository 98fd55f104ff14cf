//! The baseline of the page benchmark: bare axum handlers that do the same
//! data work as insyn's pages — resume the session (touching it at most once
//! a minute, as insyn does), then the same reads through the same `db`
//! functions, and for a register's data the same access-log entry in the
//! same transaction — and write their HTML with `format!`. No layout, no
//! Leptos, no middleware: what is left when a page does nothing but its
//! queries.

use app::{
    domain::{AccessKind, AccessPurpose, ActorKind, RegisterCode},
    i18n::Lang,
};
use axum::{
    Router,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{Html, IntoResponse, Response},
    routing::get,
};
use insyn::{
    clock::Clock,
    db::{
        self, Db,
        access_events::{LogQuery, NewAccessEvent, Source},
        requests::QueueFilter,
        sessions::{Principal, SessionToken, Timeouts},
    },
};
use sqlx::AnyConnection;
use std::{collections::BTreeSet, fmt::Write as _};

use super::COOKIE;

#[derive(Clone)]
pub struct Baseline {
    pub db: Db,
    pub timeouts: Timeouts,
}

/// The four pages' handlers, on insyn's paths.
pub fn router(baseline: Baseline) -> Router {
    Router::new()
        .route("/me", get(overview))
        .route("/me/registers/{code}", get(register_data))
        .route("/me/log", get(log))
        .route("/staff/requests", get(queue))
        .with_state(baseline)
}

/// The session's principal, as insyn's session layer resumes it.
async fn principal(
    b: &Baseline,
    headers: &HeaderMap,
    conn: &mut AnyConnection,
) -> Option<Principal> {
    let token = headers
        .get("cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|c| {
            c.split("; ")
                .find_map(|p| p.strip_prefix(&format!("{COOKIE}=")))
        })
        .map(SessionToken::from_cookie)?;
    db::sessions::resume(conn, &token, b.timeouts, Clock::System.unix())
        .await
        .unwrap()
        .map(|s| s.principal)
}

async fn patient(b: &Baseline, headers: &HeaderMap) -> Result<i64, Response> {
    let mut conn = b.db.pool().acquire().await.unwrap();
    match principal(b, headers, &mut conn).await {
        Some(Principal::Patient(id)) => Ok(id),
        Some(Principal::Staff(_)) => Err(StatusCode::FORBIDDEN.into_response()),
        None => Err(StatusCode::SEE_OTHER.into_response()),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}

fn page(title: &str, body: &str) -> Response {
    Html(format!(
        "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    ))
    .into_response()
}

/// `/me`: the reads of `views::my_registers::of_patient`.
async fn overview(State(b): State<Baseline>, headers: HeaderMap) -> Response {
    let patient = match patient(&b, &headers).await {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let mut conn = b.db.pool().acquire().await.unwrap();
    let registers = db::registers::list(&mut conn, Lang::Sv).await.unwrap();
    let mine = db::registrations::of_patient(&mut conn, patient)
        .await
        .unwrap();
    let events = db::opt_outs::events_of_patient(&mut conn, patient)
        .await
        .unwrap();
    let opted_out =
        db::opt_outs::registration_opted_out(&events, registers.iter().map(|c| c.code.as_str()));
    let summaries = db::records::summaries_of_patient(&mut conn, patient)
        .await
        .unwrap();
    let mut html = String::from("<ul>");
    for card in registers {
        let records = summaries
            .iter()
            .find(|s| s.register_code == card.code)
            .map_or(0, |s| s.records);
        let status = if mine.iter().any(|(c, ..)| *c == card.code) {
            "registrerad"
        } else if opted_out.contains(&card.code) {
            "nej till registrering"
        } else {
            "inte registrerad"
        };
        let _ = write!(
            html,
            "<li><a href=\"/me/registers/{}\">{}</a> {status}, {records} poster</li>",
            card.code,
            escape(&card.name)
        );
    }
    let _ = write!(html, "</ul><p>{} händelser</p>", events.len());
    page("Mina register", &html)
}

/// `/me/registers/{code}`: the reads and the access-log entry of
/// `views::register_data::read`, in one write transaction.
async fn register_data(
    State(b): State<Baseline>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    let patient = match patient(&b, &headers).await {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let Ok(code) = RegisterCode::parse(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut tx = b.db.begin_write().await.unwrap();
    let Some(info) = db::registers::get(&mut tx, &code, Lang::Sv).await.unwrap() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let registered = db::registrations::of_patient(&mut tx, patient)
        .await
        .unwrap()
        .into_iter()
        .any(|(c, ..)| c == code.as_str());
    if !registered {
        return page(&escape(&info.name), "<p>inte registrerad</p>");
    }
    let now = Clock::System.unix();
    db::access_events::append(
        &mut tx,
        b.db.engine(),
        &NewAccessEvent {
            patient_id: patient,
            register: &code,
            occurred_at: now,
            actor: ActorKind::Patient,
            care_unit: None,
            staff: None,
            kind: AccessKind::Read,
            reason: None,
            source: Source::Insyn,
            source_event_id: None,
            acting: None,
            release: None,
            purpose: Some(AccessPurpose::PatientRequest),
            data_touched: None,
        },
        now,
    )
    .await
    .unwrap();
    let content = db::registers::content(&mut tx, code.as_str())
        .await
        .unwrap();
    let (total, _) = db::records::summary_of_patient(&mut tx, patient, code.as_str(), None)
        .await
        .unwrap();
    let records = db::records::page_of_patient(&mut tx, patient, code.as_str(), None, 25, 0)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mut html = format!("<p>{total} poster</p>");
    for record in records {
        let label = content
            .iter()
            .find(|t| t.code == record.record_type)
            .map_or(record.record_type.as_str(), |t| t.label_sv.as_str());
        let _ = write!(
            html,
            "<section><h2>{}</h2><p>{} {}</p><dl>",
            escape(label),
            record.recorded_on,
            escape(&record.care_unit_name)
        );
        for (field, value) in &record.fields {
            let _ = write!(
                html,
                "<dt>{}</dt><dd>{}</dd>",
                escape(field),
                escape(&value.to_string())
            );
        }
        html.push_str("</dl></section>");
    }
    page(&escape(&info.name), &html)
}

/// `/me/log`: the reads of `views::access_log::page`.
async fn log(State(b): State<Baseline>, headers: HeaderMap) -> Response {
    let patient = match patient(&b, &headers).await {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let mut conn = b.db.pool().acquire().await.unwrap();
    let registers = db::registers::names_for_log(&mut conn, patient, Lang::Sv)
        .await
        .unwrap();
    let rows = db::access_events::page_of_patient(&mut conn, patient, &LogQuery::default(), 51)
        .await
        .unwrap();
    let units = db::access_events::care_units_of_patient(&mut conn, patient)
        .await
        .unwrap();
    // The registers' record types, for the names of the data touched.
    let touched: BTreeSet<&str> = rows
        .iter()
        .filter(|r| r.data_touched.is_some())
        .map(|r| r.register_code.as_str())
        .collect();
    for code in touched {
        db::registers::content(&mut conn, code).await.unwrap();
    }
    let mut html = String::from("<ol>");
    for row in rows.iter().take(50) {
        let register = registers
            .iter()
            .find(|(c, _)| *c == row.register_code)
            .map_or(row.register_code.as_str(), |(_, name)| name.as_str());
        let _ = write!(
            html,
            "<li>{} {} {}</li>",
            row.occurred_at,
            escape(register),
            escape(row.care_unit_name.as_deref().unwrap_or("")),
        );
    }
    html.push_str("</ol><ul>");
    for (_, name) in &units {
        let _ = write!(html, "<li>{}</li>", escape(name));
    }
    html.push_str("</ul>");
    page("Vem har tagit del av mina uppgifter", &html)
}

/// `/staff/requests`: the reads of `views::staff_queue::page`.
async fn queue(State(b): State<Baseline>, headers: HeaderMap) -> Response {
    let mut conn = b.db.pool().acquire().await.unwrap();
    let staff = match principal(&b, &headers, &mut conn).await {
        Some(Principal::Staff(id)) => id,
        Some(Principal::Patient(_)) => return StatusCode::FORBIDDEN.into_response(),
        None => return StatusCode::SEE_OTHER.into_response(),
    };
    let Some(member) = db::staff::active_by_id(&mut conn, staff).await.unwrap() else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let rows = db::requests::queue(
        &mut conn,
        &member.scope(),
        &QueueFilter::default(),
        None,
        51,
    )
    .await
    .unwrap();
    let codes = rows.iter().map(|r| r.register_code.as_str());
    let names = db::registers::names_of(&mut conn, Lang::Sv, codes)
        .await
        .unwrap();
    let mut html = String::from("<table>");
    for row in rows.iter().take(50) {
        let register = names
            .iter()
            .find(|(c, _)| *c == row.register_code)
            .map_or(row.register_code.as_str(), |(_, name)| name.as_str());
        let _ = write!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            row.reference,
            escape(register),
            row.kind.as_str(),
            row.due_on
        );
    }
    html.push_str("</table>");
    page("Ärendekö", &html)
}
