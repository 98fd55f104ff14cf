//! Staff acting on a case: the POST of the case page's forms to
//! `/staff/requests/{reference}`, each naming its `action` (see
//! [`crate::cases`]). Done: 303 back to the case. A form with mistakes: the
//! case page again with the messages (422). Outside the staff member's
//! registers: 404, as if there were no such case.

use super::{
    AppState,
    error::WebError,
    extract::{CheckedForm, SignedInStaff},
    forms::see_other,
};
use crate::cases::CaseError;
use app::domain::CaseActionCode;
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::post,
};

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/requests/{reference}", post(act))
}

async fn act(
    State(state): State<AppState>,
    staff: SignedInStaff,
    Path(reference): Path<String>,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let action = form
        .get("action")
        .and_then(|a| a.parse::<CaseActionCode>().ok())
        .ok_or(WebError::BadRequest("web-unknown-action"))?;
    let done = crate::cases::act(
        &state.db,
        &state.clock,
        &state.config.http.public_url,
        staff.id,
        &reference,
        action,
        &form.fields,
    )
    .await;
    match done {
        Ok(()) => Ok(see_other(&format!("/staff/requests/{reference}"))),
        Err(CaseError::Invalid(errors)) => Err(form.invalid(errors)),
        Err(CaseError::NotFound) => Err(WebError::NotFound("web-no-such-request")),
        Err(CaseError::Forbidden) => Err(WebError::Forbidden("web-staff-only")),
        Err(CaseError::Closed) => Err(WebError::Conflict("web-case-decided")),
        Err(CaseError::Db(error)) => {
            tracing::error!(%error, "could not act on a case");
            Err(WebError::Unavailable("web-action-not-saved"))
        }
    }
}
