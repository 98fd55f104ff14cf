//! Acting for someone else over HTTP, as plain forms: choosing whom to act
//! for (`POST /me/acting`), giving and revoking a proxy (`POST /me/proxies`,
//! `POST /me/proxies/{id}/revoke`) and, for register staff, entering a legal
//! representative (`POST /staff/representatives`). The rules are the
//! delegation service's ([`crate::delegation`]); a refusal names nobody.

use super::{
    AppState,
    error::WebError,
    extract::{CheckedForm, SignedInPatient, SignedInStaff},
    forms::{field_error, see_other},
};
use crate::{
    db,
    delegation::{self, Appointment, AppointmentRefused, GrantRefused, ProxyGrant},
};
use app::{
    domain::{Personnummer, RegisterCode},
    requests::FieldError,
};
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::post,
};
use std::collections::HashMap;
use time::Date;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/acting", post(choose))
        .route("/me/proxies", post(grant))
        .route("/me/proxies/{id}/revoke", post(revoke))
        .route("/staff/representatives", post(appoint))
}

fn unavailable(error: &dyn std::fmt::Display) -> WebError {
    tracing::error!(%error, "could not change who acts for whom");
    WebError::Unavailable("web-acting-not-saved")
}

/// Whom the signed-in person acts for from now on: `self`, or one of their
/// relations in force today. A relation that is not theirs, or not in
/// force, is refused like one that does not exist.
async fn choose(
    State(state): State<AppState>,
    patient: SignedInPatient,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let relation = match form.get("relation") {
        Some("self") => None,
        Some(id) => Some(
            id.parse::<i64>()
                .map_err(|_| WebError::BadRequest("web-unknown-action"))?,
        ),
        None => return Err(WebError::BadRequest("web-unknown-action")),
    };
    let mut conn = state
        .db
        .pool()
        .acquire()
        .await
        .map_err(|e| unavailable(&e))?;
    if let Some(id) = relation {
        let today = state.clock.today();
        let ages = state.config.delegation;
        let acting = delegation::acting(&mut conn, patient.me, id, today, ages)
            .await
            .map_err(|e| unavailable(&e))?;
        if acting.is_none() {
            tracing::warn!("refused acting through a relation not in force or not one's own");
            return Err(WebError::Forbidden("web-acting-not-allowed"));
        }
    }
    db::sessions::set_acting(&mut conn, &patient.session.token, relation)
        .await
        .map_err(|e| unavailable(&e))?;
    let next = form
        .get("next")
        .and_then(|next| super::next::same_origin_path(&state.config.http.public_url, next))
        .filter(|path| path.starts_with("/me"))
        .unwrap_or_else(|| "/me".to_owned());
    Ok(see_other(&next))
}

/// The registers a form ticked (`register-<code>=on`).
fn ticked(fields: &HashMap<String, String>) -> Result<Vec<RegisterCode>, ()> {
    super::forms::ticked(fields, "register-", |code| RegisterCode::parse(code).ok()).ok_or(())
}

fn date(fields: &HashMap<String, String>, field: &str) -> Option<Date> {
    fields
        .get(field)
        .and_then(|text| Date::parse(text.trim(), crate::db::ISO_DATE).ok())
}

/// The proxy form read into a grant, or what to fix.
fn proxy_grant(
    fields: &HashMap<String, String>,
    today: Date,
) -> Result<ProxyGrant, Vec<FieldError>> {
    let mut errors = Vec::new();
    let proxy = fields
        .get("personnummer")
        .and_then(|pnr| Personnummer::parse(pnr, today).ok());
    if proxy.is_none() {
        errors.push(field_error("personnummer", "proxies-error-personnummer"));
    }
    let registers = match fields.get("reach").map(String::as_str) {
        Some("some") => match ticked(fields) {
            Ok(codes) if !codes.is_empty() => Some(codes),
            _ => {
                errors.push(field_error("reach", "proxies-error-registers"));
                None
            }
        },
        _ => None,
    };
    let until = date(fields, "until");
    if until.is_none() {
        errors.push(field_error("until", "proxies-error-until"));
    }
    match (proxy, until) {
        (Some(proxy), Some(until)) if errors.is_empty() => Ok(ProxyGrant {
            proxy,
            may_file: fields.get("scope").map(String::as_str) == Some("file"),
            registers,
            until,
        }),
        _ => Err(errors),
    }
}

/// Gives someone a proxy. Only for oneself: a proxy cannot grant further.
async fn grant(
    State(state): State<AppState>,
    patient: SignedInPatient,
    form: CheckedForm,
) -> Result<Response, WebError> {
    patient.for_themselves()?;
    let grant = match proxy_grant(&form.fields, state.clock.today()) {
        Ok(grant) => grant,
        Err(errors) => return Err(form.invalid(errors)),
    };
    let granted = delegation::grant_proxy(&state.db, &state.clock, patient.me, &grant)
        .await
        .map_err(|e| unavailable(&e))?;
    match granted {
        Ok(_) => Ok(see_other("/me/proxies?done=granted")),
        Err(refused) => {
            let (field, message) = match refused {
                GrantRefused::Themselves => ("personnummer", "proxies-error-themselves"),
                GrantRefused::Period => ("until", "proxies-error-until"),
                GrantRefused::UnknownRegister => ("reach", "proxies-error-registers"),
                GrantRefused::Protected => ("personnummer", "proxies-error-protected"),
            };
            Err(form.invalid(vec![field_error(field, message)]))
        }
    }
}

/// Revokes one of the person's own proxies; takes effect on the proxy's
/// next request.
async fn revoke(
    State(state): State<AppState>,
    patient: SignedInPatient,
    Path(id): Path<i64>,
    _form: CheckedForm,
) -> Result<Response, WebError> {
    patient.for_themselves()?;
    let revoked = delegation::revoke_proxy(&state.db, &state.clock, patient.me, id)
        .await
        .map_err(|e| unavailable(&e))?;
    if revoked {
        Ok(see_other("/me/proxies?done=revoked"))
    } else {
        Err(WebError::NotFound("web-not-found"))
    }
}

/// The representative form read into an appointment, or what to fix.
fn appointment(
    fields: &HashMap<String, String>,
    today: Date,
) -> Result<Appointment, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut person = |field: &str| {
        let pnr = fields
            .get(field)
            .and_then(|pnr| Personnummer::parse(pnr, today).ok());
        if pnr.is_none() {
            errors.push(field_error(field, "proxies-error-personnummer"));
        }
        pnr
    };
    let (represented, representative) = (person("represented"), person("representative"));
    let reference = fields
        .get("reference")
        .map(|r| r.trim().to_owned())
        .filter(|r| !r.is_empty() && r.chars().count() <= 100);
    if reference.is_none() {
        errors.push(field_error("reference", "representatives-error-reference"));
    }
    let registers = ticked(fields).unwrap_or_default();
    if registers.is_empty() {
        errors.push(field_error("registers", "representatives-error-registers"));
    }
    let (from, until) = (date(fields, "from"), date(fields, "until"));
    if from.is_none() {
        errors.push(field_error("from", "representatives-error-date"));
    }
    if until.is_none() {
        errors.push(field_error("until", "representatives-error-date"));
    }
    match (represented, representative, reference, from, until) {
        (Some(represented), Some(representative), Some(reference), Some(from), Some(until))
            if errors.is_empty() =>
        {
            Ok(Appointment {
                represented,
                representative,
                reference,
                may_file: fields.get("scope").map(String::as_str) != Some("read"),
                registers,
                from,
                until,
            })
        }
        _ => Err(errors),
    }
}

/// Register staff enter a legal representative for their own registers.
async fn appoint(
    State(state): State<AppState>,
    staff: SignedInStaff,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let appointment = match appointment(&form.fields, state.clock.today()) {
        Ok(appointment) => appointment,
        Err(errors) => return Err(form.invalid(errors)),
    };
    let entered = delegation::enter_representative(&state.db, &state.clock, staff.id, &appointment)
        .await
        .map_err(|e| unavailable(&e))?;
    match entered {
        Ok(_) => Ok(see_other("/staff/representatives?done=1")),
        Err(AppointmentRefused::NotYourRegister) => {
            tracing::warn!(
                "refused a representative for a register the staff member does not hold"
            );
            Err(WebError::Forbidden("web-not-your-register"))
        }
        Err(AppointmentRefused::Themselves) => Err(form.invalid(vec![field_error(
            "representative",
            "representatives-error-themselves",
        )])),
        Err(AppointmentRefused::Period) => {
            Err(form.invalid(vec![field_error("until", "representatives-error-period")]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::forms::tests::fields;
    use time::macros::date;

    #[test]
    fn a_proxy_form_reads_into_a_grant_or_says_what_to_fix() {
        let today = date!(2026 - 12 - 01);
        let grant = proxy_grant(
            &fields(&[
                ("personnummer", "196210089899"),
                ("scope", "file"),
                ("reach", "some"),
                ("register-qivf", "on"),
                ("until", "2027-06-30"),
            ]),
            today,
        )
        .unwrap();
        assert!(grant.may_file);
        assert_eq!(grant.registers.unwrap()[0].as_str(), "qivf");
        assert_eq!(grant.until, date!(2027 - 06 - 30));
        let errors = proxy_grant(
            &fields(&[("personnummer", "19621008-9898"), ("reach", "some")]),
            today,
        )
        .unwrap_err();
        let named: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(named, ["personnummer", "reach", "until"]);
    }

    #[test]
    fn a_representative_needs_the_decision_and_a_register() {
        let today = date!(2026 - 12 - 01);
        let errors = appointment(
            &fields(&[
                ("represented", "194412019970"),
                ("representative", "194602029987"),
                ("reference", "  "),
                ("from", "2025-01-01"),
                ("until", "2027-12-31"),
            ]),
            today,
        )
        .unwrap_err();
        let named: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(named, ["reference", "registers"]);
    }
}
