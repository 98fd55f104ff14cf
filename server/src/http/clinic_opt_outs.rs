//! Opt-outs told at the clinic over HTTP: clinic staff register one from
//! the form (`POST /staff/opt-outs`) and print its pre-filled form
//! (`GET /staff/opt-outs/{id}/form.pdf`). The rules, and who may, are
//! [`crate::clinic_opt_outs`]'s.

use super::{
    AppState,
    downloads::attachment,
    error::WebError,
    extract::{CheckedForm, RequestLang, SignedInStaff},
    forms::{field_error, see_other},
};
use crate::{
    clinic_opt_outs::{self, Refused, Registered, Told},
    export::opt_out_form,
};
use app::{
    domain::{HsaId, IdentityCheck, OptOutChannel, OptOutKind, Personnummer, RegisterCode},
    requests::FieldError,
};
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::{get, post},
};
use std::collections::HashMap;
use time::Date;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/opt-outs", post(register))
        .route("/staff/opt-outs/{id}/form.pdf", get(printed))
}

/// The longest paper-form reference kept.
const REFERENCE_MAX: usize = 100;

/// The form read into an opt-out, or what to fix.
fn told(fields: &HashMap<String, String>, today: Date) -> Result<Told, Vec<FieldError>> {
    let mut errors = Vec::new();
    let get = |name: &str| fields.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
    // A value, or a message for its field.
    fn need<T>(
        errors: &mut Vec<FieldError>,
        field: &str,
        message: &str,
        value: Option<T>,
    ) -> Option<T> {
        if value.is_none() {
            errors.push(field_error(field, message));
        }
        value
    }
    let personnummer = need(
        &mut errors,
        "personnummer",
        "proxies-error-personnummer",
        get("personnummer").and_then(|p| Personnummer::parse(p, today).ok()),
    );
    let register = need(
        &mut errors,
        "register",
        "clinic-opt-out-error-register",
        get("register").and_then(|r| RegisterCode::parse(r).ok()),
    );
    let kind = need(
        &mut errors,
        "kind",
        "clinic-opt-out-error-kind",
        get("kind").and_then(|k| k.parse::<OptOutKind>().ok()),
    );
    let channel = need(
        &mut errors,
        "channel",
        "clinic-opt-out-error-channel",
        get("channel")
            .and_then(|c| c.parse::<OptOutChannel>().ok())
            .filter(|c| matches!(c, OptOutChannel::Verbal | OptOutChannel::Paper)),
    );
    let identity_check = need(
        &mut errors,
        "identity_check",
        "clinic-opt-out-error-identity",
        get("identity_check")
            .and_then(|c| c.parse::<IdentityCheck>().ok())
            .filter(|c| *c != IdentityCheck::EId),
    );
    let care_unit = need(
        &mut errors,
        "care_unit",
        "clinic-opt-out-error-unit",
        get("care_unit").and_then(|u| HsaId::parse(u).ok()),
    );
    let paper_reference = get("paper_reference").map(str::to_owned);
    if paper_reference
        .as_ref()
        .is_some_and(|r| r.chars().count() > REFERENCE_MAX)
    {
        errors.push(field_error(
            "paper_reference",
            "clinic-opt-out-error-reference",
        ));
    }
    match (
        personnummer,
        register,
        kind,
        channel,
        identity_check,
        care_unit,
    ) {
        (
            Some(personnummer),
            Some(register),
            Some(kind),
            Some(channel),
            Some(identity_check),
            Some(care_unit),
        ) if errors.is_empty() => Ok(Told {
            personnummer,
            register,
            care_unit,
            kind,
            channel,
            identity_check,
            paper_reference,
        }),
        _ => Err(errors),
    }
}

async fn register(
    State(state): State<AppState>,
    staff: SignedInStaff,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let told = match told(&form.fields, state.clock.today()) {
        Ok(told) => told,
        Err(errors) => return Err(form.invalid(errors)),
    };
    let registered = clinic_opt_outs::register(&state.db, &state.clock, staff.id, &told)
        .await
        .map_err(|error| {
            tracing::error!(%error, "could not register an opt-out");
            WebError::Unavailable("web-action-not-saved")
        })?;
    match registered {
        Ok(Registered::New(_)) => Ok(see_other("/staff/opt-outs?done=registered#recent-heading")),
        Ok(Registered::AlreadyInForce) => Ok(see_other("/staff/opt-outs?done=already")),
        Err(Refused::NotAllowed) => Err(WebError::Forbidden("web-not-your-register")),
        Err(Refused::AlreadyRegistered) => Err(form.invalid(vec![field_error(
            "personnummer",
            "clinic-opt-out-error-registered",
        )])),
        Err(Refused::NotAtAClinic) => Err(WebError::BadRequest("web-unknown-action")),
    }
}

/// The pre-filled opt-out form, for the clinic that registered it.
async fn printed(
    State(state): State<AppState>,
    staff: SignedInStaff,
    RequestLang(lang): RequestLang,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let unavailable = |error: &dyn std::fmt::Display| {
        tracing::error!(%error, "could not make an opt-out form");
        WebError::Unavailable("web-document-unavailable")
    };
    let form = clinic_opt_outs::printable(&state.db, staff.id, id, lang)
        .await
        .map_err(|e| unavailable(&e))?
        .ok_or(WebError::NotFound("web-not-found"))?;
    let bytes = opt_out_form::render(&form, lang).map_err(|e| unavailable(&e))?;
    Ok(attachment(
        "application/pdf",
        &format!("nej-{id}.pdf"),
        bytes.into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::forms::tests::fields;
    use time::macros::date;

    #[test]
    fn the_form_reads_into_an_opt_out_or_says_what_to_fix() {
        let today = date!(2026 - 12 - 01);
        let told = told(
            &fields(&[
                ("personnummer", "19121212-1212"),
                ("register", "qivf"),
                ("kind", "registration"),
                ("channel", "paper"),
                ("paper_reference", " NEJ-2026-17 "),
                ("identity_check", "id_document"),
                ("care_unit", "SE2321000131-RM02"),
            ]),
            today,
        )
        .unwrap();
        assert_eq!(told.channel, OptOutChannel::Paper);
        assert_eq!(told.paper_reference.as_deref(), Some("NEJ-2026-17"));
        let errors = super::told(
            &fields(&[
                ("personnummer", "19121212-1213"),
                ("register", "qivf"),
                ("kind", "registration"),
                ("channel", "insyn"),
                ("identity_check", "e_id"),
            ]),
            today,
        )
        .unwrap_err();
        let named: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            named,
            ["personnummer", "channel", "identity_check", "care_unit"]
        );
    }
}
