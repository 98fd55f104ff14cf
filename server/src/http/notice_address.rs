//! The patient's address for notices, over HTTP: the form on *Mina ärenden*
//! (posted to `/me/requests`: save or remove) and the confirmation link from
//! the mail (`/me/email/confirm/{token}`). What saving means (the link, the
//! limits on mail) is the service's, [`crate::notice_address`].

use super::{
    AppState,
    error::WebError,
    extract::{CheckedForm, RequestLang, SignedInPatient},
    forms::see_other,
};
use crate::{
    mail::address::MailAddress,
    notice_address::{self, SaveError, Saved},
};
use app::requests::FieldError;
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::{get, post},
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/requests", post(save))
        .route("/me/email/confirm/{token}", get(confirm))
}

#[derive(serde::Deserialize)]
struct AddressForm {
    #[serde(default)]
    email: String,
    action: Option<String>,
}

fn email_error(message: &str) -> Vec<FieldError> {
    vec![FieldError {
        field: "email".into(),
        message: message.into(),
    }]
}

async fn save(
    State(state): State<AppState>,
    patient: SignedInPatient,
    RequestLang(lang): RequestLang,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let unavailable = |error: &dyn std::fmt::Display| {
        tracing::error!(%error, "could not save an address for notices");
        WebError::Unavailable("web-address-not-saved")
    };
    let fields: AddressForm = form
        .typed()
        .ok_or(WebError::BadRequest("web-unknown-action"))?;
    if fields.action.as_deref() == Some("remove") {
        notice_address::remove(&state.db, patient.me)
            .await
            .map_err(|e| unavailable(&e))?;
        return Ok(see_other("/me/requests?email=removed"));
    }
    let Ok(address) = fields.email.parse::<MailAddress>() else {
        return Err(form.invalid(email_error("notices-email-invalid")));
    };
    let public_url = &state.config.http.public_url;
    let saved = notice_address::save(
        &state.db,
        &state.clock,
        public_url,
        // The address is always the signed-in person's own: notices of what
        // they do for someone else come to them.
        patient.me,
        &address,
        lang,
    )
    .await;
    let outcome = match saved {
        Ok(Saved::LinkSent) => "saved",
        Ok(Saved::LinkAlreadySent) => "already-sent",
        Ok(Saved::Unchanged) => "unchanged",
        Err(SaveError::TooManyMails) => {
            return Err(form.invalid(email_error("notices-email-too-many")));
        }
        Err(SaveError::Db(error)) => return Err(unavailable(&error)),
    };
    Ok(see_other(&format!("/me/requests?email={outcome}")))
}

/// The link from the mail. It proves the mailbox, so it needs no sign-in;
/// it confirms only the address it was sent to, and only once.
async fn confirm(
    State(state): State<AppState>,
    Path(secret): Path<String>,
) -> Result<Response, WebError> {
    match notice_address::confirm(&state.db, &state.clock, &secret).await {
        Ok(true) => Ok(see_other("/me/requests?email=confirmed-now")),
        Ok(false) => Ok(see_other("/me/requests?email=link-invalid")),
        Err(error) => {
            tracing::error!(%error, "could not confirm an address");
            Err(WebError::Unavailable("web-address-not-saved"))
        }
    }
}
