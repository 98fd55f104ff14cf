//! Platform administration over HTTP, for administrators only (403 for
//! anyone else, checked against the database on every request): save a
//! staff account (`POST /admin/staff`), create a register token
//! (`POST /admin/tokens`: its page again with the secret, shown this once)
//! and revoke one (`POST /admin/tokens/{id}/revoke`), save a care unit
//! (`POST /admin/care-units`). The rules are [`crate::staff_admin`]'s,
//! shared with the command line.

use super::{
    AppState,
    error::WebError,
    extract::{CheckedForm, SignedInAdmin},
    forms::{PageAgain, field_error, see_other, ticked},
};
use crate::staff_admin::{self, StaffAccount, StaffProblem};
use app::{
    domain::{HsaId, RegisterCode, StaffRole},
    requests::{FieldError, FormState},
};
use axum::{
    Router,
    extract::{Path, State},
    response::{IntoResponse, Response},
    routing::post,
};
use secrecy::ExposeSecret;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/staff", post(save_staff))
        .route("/admin/tokens", post(create_token))
        .route("/admin/tokens/{id}/revoke", post(revoke_token))
        .route("/admin/care-units", post(save_care_unit))
}

fn unavailable(error: &dyn std::fmt::Display) -> WebError {
    tracing::error!(%error, "could not save an administrative change");
    WebError::Unavailable("web-action-not-saved")
}

/// A name or label: trimmed, 1–200 characters.
fn text(fields: &HashMap<String, String>, field: &str) -> Option<String> {
    fields
        .get(field)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty() && v.chars().count() <= 200)
}

/// The staff form read into an account, or what to fix.
fn account(fields: &HashMap<String, String>) -> Result<StaffAccount, Vec<FieldError>> {
    let mut errors = Vec::new();
    let hsa_id = fields
        .get("hsa_id")
        .and_then(|h| HsaId::parse(h.trim()).ok());
    if hsa_id.is_none() {
        errors.push(field_error("hsa_id", "admin-error-hsa-id"));
    }
    let name = text(fields, "name");
    if name.is_none() {
        errors.push(field_error("name", "admin-error-name"));
    }
    let email = fields
        .get("email")
        .map(|e| e.trim().to_owned())
        .filter(|e| !e.is_empty());
    if email
        .as_deref()
        .is_some_and(|e| e.parse::<lettre::Address>().is_err())
    {
        errors.push(field_error("email", "admin-error-email"));
    }
    let role = fields.get("role").and_then(|r| r.parse::<StaffRole>().ok());
    if role.is_none() {
        errors.push(field_error("role", "admin-error-role"));
    }
    let registers = ticked(fields, "register-", |c| RegisterCode::parse(c).ok());
    let care_units = ticked(fields, "unit-", |u| HsaId::parse(u).ok());
    if registers.is_none() {
        errors.push(field_error("registers", "admin-error-unknown"));
    }
    if care_units.is_none() {
        errors.push(field_error("care_units", "admin-error-unknown"));
    }
    match (hsa_id, name, role, registers, care_units) {
        (Some(hsa_id), Some(name), Some(role), Some(registers), Some(care_units))
            if errors.is_empty() =>
        {
            Ok(StaffAccount {
                hsa_id,
                name,
                email,
                role,
                registers,
                care_units,
                active: fields.contains_key("active"),
            })
        }
        _ => Err(errors),
    }
}

/// Where on the form a problem with the account's scope is shown.
fn problem_field(problem: &StaffProblem) -> FieldError {
    match problem {
        StaffProblem::CoordinatorWithoutRegister => {
            field_error("registers", "admin-error-coordinator-registers")
        }
        StaffProblem::ClinicWithoutScope => field_error("care_units", "admin-error-clinic-scope"),
        StaffProblem::AdminWithScope => field_error("role", "admin-error-admin-scope"),
        StaffProblem::CoordinatorWithUnits => {
            field_error("care_units", "admin-error-coordinator-units")
        }
        StaffProblem::UnknownCareUnit(_) => field_error("care_units", "admin-error-unknown"),
        StaffProblem::UnknownRegister(_) => field_error("registers", "admin-error-unknown"),
        StaffProblem::Themselves => field_error("active", "admin-error-themselves"),
    }
}

async fn save_staff(
    State(state): State<AppState>,
    admin: SignedInAdmin,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let account = match account(&form.fields) {
        Ok(account) => account,
        Err(errors) => return Err(form.invalid(errors)),
    };
    match staff_admin::save_staff(&state.db, &state.clock, Some(admin.id), &account)
        .await
        .map_err(|e| unavailable(&e))?
    {
        Ok(_) => Ok(see_other("/admin/staff?done=1")),
        Err(problem) => Err(form.invalid(vec![problem_field(&problem)])),
    }
}

async fn create_token(
    State(state): State<AppState>,
    admin: SignedInAdmin,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let register = form
        .get("register")
        .and_then(|r| RegisterCode::parse(r).ok());
    let label = text(&form.fields, "label");
    let (Some(register), Some(label)) = (register, label) else {
        return Err(form.invalid(vec![field_error("label", "admin-error-label")]));
    };
    let created =
        staff_admin::create_token(&state.db, &state.clock, Some(admin.id), &register, &label)
            .await
            .map_err(|e| unavailable(&e))?
            .ok_or(WebError::BadRequest("web-unknown-action"))?;
    tracing::info!(
        token = created.id,
        "a register token was created in the browser"
    );
    Ok(PageAgain(FormState {
        values: HashMap::from([(
            "secret".to_owned(),
            created.secret.expose_secret().to_owned(),
        )]),
        errors: Vec::new(),
    })
    .into_response())
}

async fn revoke_token(
    State(state): State<AppState>,
    admin: SignedInAdmin,
    Path(id): Path<i64>,
    _form: CheckedForm,
) -> Result<Response, WebError> {
    if staff_admin::revoke_token(&state.db, &state.clock, Some(admin.id), id)
        .await
        .map_err(|e| unavailable(&e))?
    {
        Ok(see_other(&format!("/admin/tokens?revoked={id}")))
    } else {
        Err(WebError::NotFound("web-not-found"))
    }
}

async fn save_care_unit(
    State(state): State<AppState>,
    admin: SignedInAdmin,
    form: CheckedForm,
) -> Result<Response, WebError> {
    let hsa_id = form.get("hsa_id").and_then(|h| HsaId::parse(h.trim()).ok());
    let name = text(&form.fields, "name");
    let (Some(hsa_id), Some(name)) = (hsa_id, name) else {
        let mut errors = Vec::new();
        if form
            .get("hsa_id")
            .and_then(|h| HsaId::parse(h.trim()).ok())
            .is_none()
        {
            errors.push(field_error("hsa_id", "admin-error-hsa-id"));
        }
        if text(&form.fields, "name").is_none() {
            errors.push(field_error("name", "admin-error-name"));
        }
        return Err(form.invalid(errors));
    };
    staff_admin::save_care_unit(&state.db, &state.clock, Some(admin.id), &hsa_id, &name)
        .await
        .map_err(|e| unavailable(&e))?;
    Ok(see_other("/admin/care-units?done=1"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::forms::tests::fields;

    #[test]
    fn the_staff_form_reads_into_an_account_or_says_what_to_fix() {
        let account = account(&fields(&[
            ("hsa_id", " SE2321000131-2009 "),
            ("name", "Nora Nilsson"),
            ("email", ""),
            ("role", "clinic"),
            ("register-qivf", "on"),
            ("unit-SE2321000131-RM02", "on"),
            ("active", "on"),
        ]))
        .unwrap();
        assert_eq!(account.role, StaffRole::Clinic);
        assert_eq!(account.care_units[0].as_str(), "SE2321000131-RM02");
        assert!(account.active && account.email.is_none());
        let errors = super::account(&fields(&[
            ("hsa_id", "nope"),
            ("name", " "),
            ("email", "not an address"),
            ("role", "king"),
        ]))
        .unwrap_err();
        let named: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(named, ["hsa_id", "name", "email", "role"]);
    }
}
