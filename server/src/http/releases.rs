//! Releases over HTTP for register staff: recording one from the form
//! (`POST /staff/releases/new`, `multipart/form-data` for the cohort file)
//! downloading the cohort that may be delivered
//! (`GET /staff/releases/{id}/cohort.csv`), and marking the recipient of an
//! earlier release told of a completed correction, restriction or erasure
//! (`POST /staff/requests/{reference}/recipients/{release}`, GDPR art. 19). The register is checked against
//! the staff member's as the database has them; the rules are
//! [`crate::releases`]'s, shared with the register API.

use super::{
    AppState,
    error::WebError,
    extract::{CheckedForm, CheckedUpload, SignedInStaff},
    forms::see_other,
};
use crate::{
    clock::swedish_day_start,
    db::{self, staff::StaffMember},
    release_notices::{self, NoticeError},
    releases::{self, Recorder, ReleaseError, ReleaseInput, ReleaseProblem},
};
use app::{
    domain::{HsaId, RegisterCode},
    requests::FieldError,
};
use axum::{
    Router,
    extract::{DefaultBodyLimit, Path, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use std::collections::HashMap;
use time::{Date, OffsetDateTime, Time};

/// A cohort file of 200,000 personnummer with line breaks, and the form.
const MAX_UPLOAD_BYTES: usize = 4 * 1024 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/staff/releases/new",
            post(record).layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES)),
        )
        .route("/staff/releases/{id}/cohort.csv", get(cohort))
        .route(
            "/staff/requests/{reference}/recipients/{release}",
            post(told),
        )
}

/// Marks the recipient of an earlier release told of a completed
/// correction, restriction or erasure (GDPR art. 19).
async fn told(
    State(state): State<AppState>,
    staff: SignedInStaff,
    Path((reference, release)): Path<(String, i64)>,
    _form: CheckedForm,
) -> Result<Response, WebError> {
    match release_notices::mark_told(&state.db, &state.clock, staff.id, &reference, release).await {
        Ok(()) => Ok(see_other(&format!(
            "/staff/requests/{reference}#recipients"
        ))),
        Err(NoticeError::NotFound) => Err(WebError::NotFound("web-not-found")),
        Err(NoticeError::Db(error)) => Err(unavailable(&error)),
    }
}

fn unavailable(error: &dyn std::fmt::Display) -> WebError {
    tracing::error!(%error, "could not record a release");
    WebError::Unavailable("web-action-not-saved")
}

/// The staff member as the database has them now, with their registers.
async fn member(state: &AppState, staff: i64) -> Result<StaffMember, WebError> {
    let mut conn = state
        .db
        .pool()
        .acquire()
        .await
        .map_err(|e| unavailable(&e))?;
    db::staff::active_by_id(&mut conn, staff)
        .await
        .map_err(|e| unavailable(&e))?
        .ok_or(WebError::Forbidden("web-staff-only"))
}

/// The personnummer of a pasted list or an uploaded file: one per line, or
/// separated by commas or semicolons; lines without a digit (a header) skipped.
pub fn cohort_entries(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\n', '\r', ',', ';'])
        .map(str::trim)
        .filter(|entry| entry.chars().any(|c| c.is_ascii_digit()))
}

/// When the release was decided, from the form's day and time (Swedish
/// time), as RFC 3339; empty if the day cannot be read.
fn decided_at(fields: &HashMap<String, String>) -> String {
    let day = fields
        .get("decided_on")
        .and_then(|d| Date::parse(d.trim(), db::ISO_DATE).ok());
    let time = fields
        .get("decided_time")
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .map(|t| Time::parse(t, time::macros::format_description!("[hour]:[minute]")).ok());
    match (day, time) {
        (Some(day), None) => rfc3339(swedish_day_start(day)),
        (Some(day), Some(Some(time))) => {
            let seconds = i64::from(time.hour()) * 3600 + i64::from(time.minute()) * 60;
            rfc3339(swedish_day_start(day) + seconds)
        }
        _ => String::new(),
    }
}

fn rfc3339(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// The form read into the API's body, for the one set of rules.
fn input(upload: &CheckedUpload, register: &RegisterCode) -> Option<ReleaseInput> {
    let fields = &upload.form.fields;
    let text = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let prefix = format!("type-{register}-");
    let mut cohort: Vec<String> = cohort_entries(&text("cohort")).map(str::to_owned).collect();
    if let Some(file) = upload.files.get("cohort_file") {
        cohort.extend(cohort_entries(file).map(str::to_owned));
    }
    Some(ReleaseInput {
        diary_number: text("diary_number"),
        decided_at: decided_at(fields),
        delivered_on: fields.get("delivered_on").cloned(),
        recipient: text("recipient"),
        recipient_contact: text("recipient_contact"),
        purpose: text("purpose").parse().ok()?,
        legal_basis: text("legal_basis"),
        ethics_approval: fields.get("ethics_approval").cloned(),
        form: text("form").parse().ok()?,
        record_types: fields
            .keys()
            .filter_map(|key| key.strip_prefix(&prefix))
            .map(str::to_owned)
            .collect(),
        fields: text("fields"),
        cohort,
    })
}

/// The problems as the form's messages, each at its field; the cohort's
/// entries by line.
fn form_errors(
    problems: Vec<ReleaseProblem>,
    fields: &mut HashMap<String, String>,
) -> Vec<FieldError> {
    let lines: Vec<String> = problems
        .iter()
        .filter_map(|p| p.position.map(|n| n.to_string()))
        .take(20)
        .collect();
    if !lines.is_empty() {
        fields.insert("cohort_lines".into(), lines.join(", "));
    }
    let mut errors: Vec<FieldError> = Vec::new();
    for problem in problems {
        let field = match problem.field.as_str() {
            "decided_at" => "decided_on".to_owned(),
            other => other.to_owned(),
        };
        let message = problem.code;
        if !errors
            .iter()
            .any(|e| e.field == field && e.message == message)
        {
            errors.push(FieldError { field, message });
        }
    }
    errors
}

/// Records a release of one of the staff member's registers.
async fn record(
    State(state): State<AppState>,
    staff: SignedInStaff,
    upload: CheckedUpload,
) -> Result<Response, WebError> {
    let register = upload
        .form
        .get("register")
        .and_then(|code| RegisterCode::parse(code).ok())
        .ok_or(WebError::BadRequest("web-unknown-action"))?;
    let member = member(&state, staff.id).await?;
    if !member.coordinated().iter().any(|c| c == register.as_str()) {
        tracing::warn!("refused a release of a register the staff member does not hold");
        return Err(WebError::Forbidden("web-not-your-register"));
    }
    let input = input(&upload, &register).ok_or(WebError::BadRequest("web-unknown-action"))?;
    let mut fields = upload.form.fields;
    let record_types: Vec<String> = {
        let mut conn = state
            .db
            .pool()
            .acquire()
            .await
            .map_err(|e| unavailable(&e))?;
        db::registers::content(&mut conn, register.as_str())
            .await
            .map_err(|e| unavailable(&e))?
            .into_iter()
            .map(|t| t.code)
            .collect()
    };
    let draft = match input.check(&record_types) {
        Ok(draft) => draft,
        Err(problems) => {
            let errors = form_errors(problems, &mut fields);
            return Err(WebError::invalid(fields, errors));
        }
    };
    let hsa_id = HsaId::parse(&member.hsa_id).map_err(|_| WebError::Forbidden("web-staff-only"))?;
    let recorded = releases::record(
        &state.db,
        &state.clock,
        &register,
        draft,
        &Recorder::Staff {
            id: staff.id,
            hsa_id,
        },
        state.config.releases.suppress_below,
    )
    .await;
    match recorded {
        Ok(recorded) => Ok(see_other(&format!("/staff/releases/{}", recorded.release))),
        Err(ReleaseError::Invalid(problems)) => {
            let errors = form_errors(problems, &mut fields);
            Err(WebError::invalid(fields, errors))
        }
        Err(ReleaseError::Conflict) => Err(WebError::invalid(
            fields,
            vec![FieldError {
                field: "diary_number".into(),
                message: "release-error-diary-taken".into(),
            }],
        )),
        Err(ReleaseError::Db(error)) => Err(unavailable(&error)),
    }
}

/// The cohort that may be delivered, one personnummer a line, for the
/// staff of the release's register only.
async fn cohort(
    State(state): State<AppState>,
    staff: SignedInStaff,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let registers = member(&state, staff.id).await?.coordinated().to_vec();
    let mut conn = state
        .db
        .pool()
        .acquire()
        .await
        .map_err(|e| unavailable(&e))?;
    let release = db::releases::get(&mut conn, id)
        .await
        .map_err(|e| unavailable(&e))?
        .filter(|r| registers.contains(&r.register_code))
        .ok_or(WebError::NotFound("web-not-found"))?;
    let persons = db::releases::delivered_persons(&mut conn, release.id)
        .await
        .map_err(|e| unavailable(&e))?;
    let mut body = String::from("personnummer\n");
    for pnr in persons {
        body.push_str(&pnr);
        body.push('\n');
    }
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!(
        "attachment; filename=\"release-{}-cohort.csv\"",
        release.id
    )) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cohort_is_read_from_lines_or_lists_without_a_header() {
        let text = "personnummer\r\n19121212-1212\n\n191212121212, 19800101-9937;x\n";
        let entries: Vec<&str> = cohort_entries(text).collect();
        assert_eq!(entries, ["19121212-1212", "191212121212", "19800101-9937"]);
    }

    #[test]
    fn the_decision_time_is_swedish() {
        let fields: HashMap<String, String> = [
            ("decided_on".to_owned(), "2026-11-20".to_owned()),
            ("decided_time".to_owned(), "10:30".to_owned()),
        ]
        .into();
        assert_eq!(decided_at(&fields), "2026-11-20T09:30:00Z");
        let summer: HashMap<String, String> =
            [("decided_on".to_owned(), "2026-07-01".to_owned())].into();
        assert_eq!(decided_at(&summer), "2026-06-30T22:00:00Z");
        let bad: HashMap<String, String> = [("decided_on".to_owned(), "20/11".to_owned())].into();
        assert_eq!(decided_at(&bad), "");
    }
}
