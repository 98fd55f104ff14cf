//! The patient's address for notices: the form on *Mina ärenden* (posted to
//! `/me/requests`: save or remove) and the confirmation link from the mail
//! (`/me/email/confirm/{token}`). A saved address gets no notice until its
//! link is opened: the token is single-use, expires in 24 hours, and only
//! its hash is stored. The confirmation mail is written to the outbox in the
//! transaction that saves the address.

use super::{AppState, forms, session::CurrentSession};
use crate::{
    db::{self, DbError, sessions::Principal},
    mail::notices,
    token,
};
use app::{i18n::Lang, requests::FieldError};
use axum::{
    Router,
    extract::{Path, Request, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};

/// Hours a confirmation link is valid.
const LINK_HOURS: i64 = 24;
/// The longest address SMTP allows.
const MAX_ADDRESS: usize = 254;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/requests", post(save))
        .route("/me/email/confirm/{token}", get(confirm))
}

async fn save(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Some(current) = parts.extensions.get::<CurrentSession>().cloned() else {
        return forms::see_other("/auth/login?next=/me/requests");
    };
    let Principal::Patient(patient_id) = current.session.principal else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let form = match forms::read(&current, body).await {
        Ok(form) => form,
        Err(refusal) => return refusal,
    };
    let lang = parts
        .headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_cookie_header)
        .unwrap_or_default();
    let email = form.get("email").map(|e| e.trim()).unwrap_or_default();
    let outcome = if form.get("action").map(String::as_str) == Some("remove") {
        remove(&state, patient_id).await.map(|()| "removed")
    } else {
        let valid = email.len() <= MAX_ADDRESS && email.parse::<lettre::Address>().is_ok();
        if !valid {
            let errors = vec![FieldError {
                field: "email".into(),
                message: "notices-email-invalid".into(),
            }];
            return forms::show_again(&state, parts, form, errors).await;
        }
        set(&state, patient_id, email, lang).await.map(|()| "saved")
    };
    match outcome {
        Ok(outcome) => forms::see_other(&format!("/me/requests?email={outcome}")),
        Err(error) => {
            tracing::error!(%error, "could not save an address for notices");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "Adressen kunde inte sparas just nu. Försök igen. / The address could not be saved just now. Please try again.",
            )
                .into_response()
        }
    }
}

/// Saves the address unconfirmed and mails it the link that confirms it.
async fn set(state: &AppState, patient_id: i64, email: &str, lang: Lang) -> Result<(), DbError> {
    let now = state.clock.unix();
    let secret = token::random_256();
    let mut tx = state.db.begin_write().await?;
    db::patients::set_email(&mut tx, patient_id, Some(email), lang.code()).await?;
    db::email_confirmations::forget_patient(&mut tx, patient_id).await?;
    db::email_confirmations::insert(
        &mut tx,
        &token::sha256_hex(&secret),
        patient_id,
        email,
        now,
        now + LINK_HOURS * 3600,
    )
    .await?;
    let link = format!("{}/me/email/confirm/{secret}", state.config.http.public_url);
    notices::confirmation(&mut tx, email, lang, &link, now).await?;
    tx.commit().await?;
    Ok(())
}

async fn remove(state: &AppState, patient_id: i64) -> Result<(), DbError> {
    let mut tx = state.db.begin_write().await?;
    let lang = db::patients::notice_address(&mut tx, patient_id)
        .await?
        .lang;
    db::patients::set_email(&mut tx, patient_id, None, &lang).await?;
    db::email_confirmations::forget_patient(&mut tx, patient_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The link from the mail. It proves the mailbox, so it needs no sign-in;
/// it confirms only the address it was sent to, and only once.
async fn confirm(State(state): State<AppState>, Path(secret): Path<String>) -> Response {
    let confirmed = async {
        let now = state.clock.unix();
        let mut tx = state.db.begin_write().await?;
        let confirmed =
            match db::email_confirmations::redeem(&mut tx, &token::sha256_hex(&secret), now).await?
            {
                Some((patient_id, email)) => {
                    db::patients::confirm_email(&mut tx, patient_id, &email, now).await?
                }
                None => false,
            };
        tx.commit().await?;
        Ok::<_, DbError>(confirmed)
    }
    .await;
    match confirmed {
        Ok(true) => forms::see_other("/me/requests?email=confirmed-now"),
        Ok(false) => forms::see_other("/me/requests?email=link-invalid"),
        Err(error) => {
            tracing::error!(%error, "could not confirm an address");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
