//! Filing a rights request: the POST of a request form. A form with
//! mistakes is shown again — the same page, rendered with what was typed and
//! a message next to each field (422) — and a good one becomes a request and
//! a receipt (303 to `/me/requests/{reference}`). Plain HTML forms, so this
//! works without JavaScript; the session's form token guards against
//! forgery on top of the cross-site check.

use super::{AppState, page_context, session::CurrentSession};
use crate::{
    db::{self, requests::Filed, sessions::Principal},
    token,
};
use app::{
    domain::{RegisterCode, RequestKind},
    requests::{FieldError, FormState, due_on, parse_form},
    shell,
};
use axum::{
    Router,
    body::Body,
    extract::{Path, Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::post,
};
use leptos::prelude::provide_context;
use std::collections::HashMap;

/// A request form is short; anything larger is not one.
const MAX_FORM_BYTES: usize = 16 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new().route("/me/registers/{code}/request/{kind}", post(file))
}

async fn file(
    State(state): State<AppState>,
    Path((code, kind)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let Some(current) = parts.extensions.get::<CurrentSession>().cloned() else {
        return see_other("/auth/login?next=/me");
    };
    let Principal::Patient(patient_id) = current.session.principal else {
        return (
            StatusCode::FORBIDDEN,
            "Bara patienten själv kan göra en begäran. / Only the patient can file a request.",
        )
            .into_response();
    };
    let (Ok(register), Ok(kind)) = (RegisterCode::parse(&code), kind.parse::<RequestKind>()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            "Formuläret är för stort. / The form is too large.",
        )
            .into_response();
    };
    let form: HashMap<String, String> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let csrf = form.get("csrf").map(String::as_str).unwrap_or_default();
    if !token::constant_time_eq(csrf, &current.session.csrf_token) {
        tracing::warn!("refused a request form without the session's token");
        return (
            StatusCode::FORBIDDEN,
            "Formuläret kunde inte kontrolleras. Ladda om sidan och försök igen. / The form could not be verified. Reload the page and try again.",
        )
            .into_response();
    }
    let details = match parse_form(kind, &form) {
        Ok(details) => details,
        Err(errors) => return show_again(&state, parts, form, errors).await,
    };
    match store(&state, patient_id, &register, kind, &details).await {
        Ok(Some(reference)) => see_other(&format!("/me/requests/{reference}")),
        // Not allowed for this register (the form page says why): show it again.
        Ok(None) => show_again(&state, parts, form, Vec::new()).await,
        Err(error) => {
            tracing::error!(%error, "could not file a request");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "Begäran kunde inte sparas just nu. Ingenting har skickats. Försök igen. / The request could not be saved just now. Nothing was sent. Please try again.",
            )
                .into_response()
        }
    }
}

/// Files the request; `None` when this kind does not apply to where the
/// patient stands in the register, or one is open already.
async fn store(
    state: &AppState,
    patient_id: i64,
    register: &RegisterCode,
    kind: RequestKind,
    details: &app::requests::RequestDetails,
) -> Result<Option<String>, db::DbError> {
    let mut tx = state.db.begin_write().await?;
    if db::registers::get(&mut tx, register, app::i18n::Lang::Sv)
        .await?
        .is_none()
    {
        return Ok(None);
    }
    let registered = db::registrations::of_patient(&mut tx, patient_id)
        .await?
        .iter()
        .any(|(code, ..)| code == register.as_str());
    let opted_out = db::opt_outs::of_patient(&mut tx, patient_id)
        .await?
        .iter()
        .any(|code| code == register.as_str());
    let applies = match kind {
        RequestKind::OptOut => !registered && !opted_out,
        RequestKind::Correction | RequestKind::Restriction | RequestKind::Erasure => registered,
        RequestKind::AccessInquiry => false,
    };
    if !applies {
        return Ok(None);
    }
    let now = state.clock.unix();
    let details =
        serde_json::to_string(details).map_err(|e| db::DbError::Corrupt(e.to_string()))?;
    let filed = db::requests::file(
        &mut tx,
        &db::requests::NewRequest {
            patient_id,
            register: register.as_str(),
            kind: kind.as_str(),
            details: &details,
            received_at: now,
            due_on: &due_on(state.clock.today()).to_string(),
        },
    )
    .await?;
    match filed {
        Filed::New { reference, .. } => {
            tx.commit().await?;
            tracing::info!(
                kind = kind.as_str(),
                register = register.as_str(),
                "request filed"
            );
            Ok(Some(reference))
        }
        Filed::AlreadyOpen { .. } => Ok(None),
    }
}

/// The form page again, rendered with what was typed and the messages.
async fn show_again(
    state: &AppState,
    parts: axum::http::request::Parts,
    mut values: HashMap<String, String>,
    errors: Vec<FieldError>,
) -> Response {
    values.remove("csrf");
    let form_state = FormState { values, errors };
    let context = page_context(state);
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            context();
            provide_context(form_state.clone());
        },
        move || shell(options.clone()),
    );
    let mut get = Request::builder()
        .method(Method::GET)
        .uri(parts.uri.clone())
        .version(parts.version);
    if let Some(headers) = get.headers_mut() {
        *headers = parts.headers.clone();
    }
    let Ok(mut get) = get.body(Body::empty()) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    *get.extensions_mut() = parts.extensions.clone();
    let mut response = render(get).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    response
}

fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}
