//! `POST /me/opt-outs`: the patient (or whoever may file for them) gives a
//! research opt-out, or withdraws an opt-out in force, as a plain form. The
//! rules are [`crate::opt_outs`]'s.

use super::{
    AppState,
    error::WebError,
    extract::{CheckedForm, SignedInPatient},
    forms::see_other,
};
use crate::{
    db::opt_outs::Action,
    opt_outs::{self, Choice, Refused},
};
use app::domain::{OptOutKind, RegisterCode};
use axum::{Router, extract::State, response::Response, routing::post};

pub fn routes() -> Router<AppState> {
    Router::new().route("/me/opt-outs", post(change))
}

/// The form's choice: `kind`, `scope` (`all` or a register code) and
/// `action` (`give` or `withdraw`).
fn choice(form: &CheckedForm) -> Option<Choice> {
    let kind = form.get("kind")?.parse::<OptOutKind>().ok()?;
    let register = match form.get("scope")? {
        "all" => None,
        code => Some(RegisterCode::parse(code).ok()?),
    };
    let action = match form.get("action")? {
        "give" => Action::Given,
        "withdraw" => Action::Withdrawn,
        _ => return None,
    };
    Some(Choice {
        kind,
        register,
        action,
    })
}

async fn change(
    State(state): State<AppState>,
    patient: SignedInPatient,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let choice = choice(&form).ok_or(WebError::BadRequest("web-unknown-action"))?;
    let changed = opt_outs::change(
        &state.db,
        &state.clock,
        patient.id,
        patient.me,
        patient.acting.as_deref(),
        &choice,
    )
    .await
    .map_err(|error| {
        tracing::error!(%error, "could not change an opt-out");
        WebError::Unavailable("web-action-not-saved")
    })?;
    match changed {
        Ok(()) => Ok(see_other(match choice.action {
            Action::Given => "/me/releases?done=given#opt-out",
            Action::Withdrawn => "/me/releases?done=withdrawn#opt-out",
        })),
        Err(Refused::NotAllowed) => Err(WebError::Forbidden("web-acting-not-allowed")),
        Err(Refused::ThroughRequest) | Err(Refused::UnknownRegister) => {
            Err(WebError::BadRequest("web-unknown-action"))
        }
        Err(Refused::NotInForce) => Err(WebError::NotFound("web-not-found")),
    }
}
