//! The log follow-up over HTTP: a reviewer's mark with a note on an entry
//! (`POST /staff/log-review`, to the page itself so a refused form comes
//! back on it, and back to the page with the same choice)
//! and the period as CSV (`GET /staff/log-review.csv`), itself recorded in
//! the audit trail. The rules are [`crate::log_review`]'s.

use super::{
    AppState,
    downloads::attachment,
    error::WebError,
    extract::{CheckedForm, RequestLang, SignedInStaff},
    forms::see_other,
};
use crate::{
    export::csv_cell::SafeCsv,
    log_review::{self, MarkRefused},
    views::log_review as page,
};
use app::{error::PageError, pages::log_review::ReviewChoice};
use axum::{
    Router,
    extract::{RawQuery, State},
    response::Response,
    routing::{get, post},
};
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/log-review", post(mark))
        .route("/staff/log-review.csv", get(csv))
}

/// The page's choice from its query string.
fn choice(query: Option<&str>) -> ReviewChoice {
    let pairs: HashMap<String, String> = query
        .map(|q| serde_urlencoded::from_str(q).unwrap_or_default())
        .unwrap_or_default();
    let get = |name: &str| pairs.get(name).filter(|v| !v.is_empty()).cloned();
    ReviewChoice {
        register: get("register"),
        from: get("from"),
        to: get("to"),
        all: get("all").is_some(),
    }
}

async fn mark(
    State(state): State<AppState>,
    staff: SignedInStaff,
    RawQuery(query): RawQuery,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let seq = form
        .get("seq")
        .and_then(|s| s.parse::<i64>().ok())
        .ok_or(WebError::NotFound("web-not-found"))?;
    let register = form.get("register").unwrap_or_default().to_owned();
    let note = form.get("note").unwrap_or_default().to_owned();
    let marked = log_review::mark(&state.db, &state.clock, staff.id, &register, seq, &note)
        .await
        .map_err(|error| {
            tracing::error!(%error, "could not mark a log entry");
            WebError::Unavailable("web-action-not-saved")
        })?;
    match marked {
        Ok(()) => {
            // Back to the same choice; the query is ours, re-encoded.
            let back = serde_urlencoded::to_string(
                serde_urlencoded::from_str::<Vec<(String, String)>>(query.as_deref().unwrap_or(""))
                    .unwrap_or_default(),
            )
            .unwrap_or_default();
            Ok(see_other(&format!("/staff/log-review?{back}#entry-{seq}")))
        }
        Err(MarkRefused::NotFound) => Err(WebError::NotFound("web-not-found")),
        Err(MarkRefused::Note) => Err(WebError::BadRequest("log-review-error-note")),
    }
}

async fn csv(
    State(state): State<AppState>,
    staff: SignedInStaff,
    RequestLang(lang): RequestLang,
    RawQuery(query): RawQuery,
) -> Result<Response, WebError> {
    let choice = choice(query.as_deref());
    let (review, period) = page::read(&state.db, &state.clock, staff.id, &choice, lang)
        .await
        .map_err(|error| match error {
            PageError::NotFound => WebError::NotFound("web-not-found"),
            PageError::Forbidden => WebError::Forbidden("web-not-your-register"),
            _ => WebError::Unavailable("web-document-unavailable"),
        })?;
    let unavailable = |error: &dyn std::fmt::Display| {
        tracing::error!(%error, "could not write the log follow-up");
        WebError::Unavailable("web-document-unavailable")
    };
    let mut out = SafeCsv::new();
    let header = [
        "number",
        "time",
        "personnummer",
        "who",
        "care_unit_hsa_id",
        "staff_hsa_id",
        "kind",
        "reason",
        "source",
        "flags",
        "reviewed_by",
        "reviewed_at",
        "review_note",
    ];
    out.row(header).map_err(|e| unavailable(&e))?;
    for e in &review.entries {
        let flags: Vec<&str> = e.flags.iter().map(|f| f.as_str()).collect();
        let mark = e.mark.clone();
        out.row([
            e.seq.to_string().as_str(),
            &e.at,
            &e.personnummer,
            &e.who,
            e.care_unit.as_deref().unwrap_or(""),
            e.staff_hsa_id.as_deref().unwrap_or(""),
            e.kind.as_str(),
            e.reason.as_deref().unwrap_or(""),
            if e.reported_by_register {
                "register_system"
            } else {
                "insyn"
            },
            &flags.join(" "),
            mark.as_ref().map_or("", |m| m.reviewer.as_str()),
            mark.as_ref().map_or("", |m| m.at.as_str()),
            mark.as_ref().map_or("", |m| m.note.as_str()),
        ])
        .map_err(|e| unavailable(&e))?;
    }
    let bytes = out.finish().map_err(|e| unavailable(&e))?;
    log_review::exported(
        &state.db,
        &state.clock,
        staff.id,
        &review.register,
        period,
        review.entries.len(),
    )
    .await
    .map_err(|e| unavailable(&e))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!(
            "logguppfoljning-{}-{}-{}.csv",
            review.register, review.from, review.to
        ),
        bytes.into(),
    ))
}
