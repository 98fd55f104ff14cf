//! Filing a rights request over HTTP: the POST of a request form, and of
//! the "why this access?" form of a log entry. The rules are the service's
//! ([`crate::filing`]); a form with mistakes is shown again with a message
//! next to each field, a good one becomes a request and a receipt (303 to
//! `/me/requests/{reference}`).

use super::{
    AppState,
    error::WebError,
    extract::{CheckedForm, SignedInPatient},
    forms::see_other,
};
use crate::filing::{self, Filing};
use app::{
    domain::{RegisterCode, RequestKind},
    i18n::Lang,
    requests::{parse_form, parse_inquiry},
};
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::post,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/registers/{code}/request/{kind}", post(file))
        .route("/me/log/{seq}/why", post(inquire))
}

/// Who files: the patient, or someone acting for them.
fn filer(patient: &SignedInPatient) -> filing::Filer {
    filing::Filer {
        patient_id: patient.id,
        acting: patient.acting.as_ref().map(|a| a.by()),
    }
}

fn not_saved(error: &dyn std::fmt::Display) -> WebError {
    tracing::error!(%error, "could not file a request");
    WebError::Unavailable("web-request-not-saved")
}

/// The answer to a filing: the receipt, or the form again (the page says
/// why this kind does not apply now, or where the open one is).
fn answer(filing: Filing, form: CheckedForm) -> Result<Response, WebError> {
    match filing {
        Filing::Filed(reference) => Ok(see_other(&format!("/me/requests/{reference}"))),
        Filing::NotApplicable => Err(form.invalid(Vec::new())),
    }
}

async fn file(
    State(state): State<AppState>,
    patient: SignedInPatient,
    Path((code, kind)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let (Ok(register), Ok(kind)) = (RegisterCode::parse(&code), kind.parse::<RequestKind>()) else {
        return Err(WebError::NotFound("web-not-found"));
    };
    patient.may_file_in(register.as_str())?;
    let details = match parse_form(kind, &form.fields) {
        Ok(details) => details,
        Err(errors) => return Err(form.invalid(errors)),
    };
    let public_url = &state.config.http.public_url;
    let filing = filing::file(
        &state.db,
        &state.clock,
        public_url,
        &filer(&patient),
        &register,
        kind,
        &details,
    )
    .await
    .map_err(|e| not_saved(&e))?;
    answer(filing, form)
}

/// "Why this access?": the patient's question about one entry of their
/// log (someone else's access), filed in the entry's register.
async fn inquire(
    State(state): State<AppState>,
    patient: SignedInPatient,
    Path(seq): Path<i64>,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let entry = crate::views::entry_to_ask_about(&state.db, patient.id, seq, Lang::Sv)
        .await
        .map_err(|e| not_saved(&e))?
        .ok_or(WebError::NotFound("web-not-found"))?;
    patient.may_file_in(&entry.register_code)?;
    let question = match parse_inquiry(&form.fields) {
        Ok(question) => question,
        Err(errors) => return Err(form.invalid(errors)),
    };
    let public_url = &state.config.http.public_url;
    let filing = filing::inquire(
        &state.db,
        &state.clock,
        public_url,
        &filer(&patient),
        &entry,
        question,
    )
    .await
    .map_err(|e| not_saved(&e))?;
    answer(filing, form)
}
