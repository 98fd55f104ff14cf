//! `POST /me/log/notices`: the patient turns their notices on access on,
//! changes them (`action=save`: `scope` `all` or `some` with the ticked
//! `register-<code>` boxes, `cadence`, `only_unrelated`) or turns them off
//! (`action=stop`). Only for oneself: notices are about one's own log and
//! go to one's own address. The rules are [`crate::access_notices`]'s.

use super::{
    AppState,
    error::WebError,
    extract::{CheckedForm, SignedInPatient},
    forms::{field_error, see_other, ticked},
};
use crate::access_notices::{self, Refused};
use app::domain::{NoticeCadence, RegisterCode};
use axum::{Router, extract::State, response::Response, routing::post};
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new().route("/me/log/notices", post(change))
}

/// What the form chose, or the field to fix.
#[derive(Debug, PartialEq)]
struct Chosen {
    registers: Option<Vec<RegisterCode>>,
    cadence: NoticeCadence,
    only_unrelated: bool,
}

fn chosen(fields: &HashMap<String, String>) -> Option<Chosen> {
    let registers = match fields.get("scope").map(String::as_str) {
        Some("all") => None,
        Some("some") => Some(ticked(fields, "register-", |c| {
            RegisterCode::parse(c).ok()
        })?),
        _ => return None,
    };
    Some(Chosen {
        registers,
        cadence: fields.get("cadence")?.parse().ok()?,
        only_unrelated: fields.contains_key("only_unrelated"),
    })
}

async fn change(
    State(state): State<AppState>,
    patient: SignedInPatient,
    form: CheckedForm,
) -> Result<Response, WebError> {
    patient.for_themselves()?;
    let unavailable = |error: &dyn std::fmt::Display| {
        tracing::error!(%error, "could not change notices on access");
        WebError::Unavailable("web-action-not-saved")
    };
    match form.get("action") {
        Some("stop") => {
            access_notices::stop(&state.db, patient.me)
                .await
                .map_err(|e| unavailable(&e))?;
            return Ok(see_other("/me/log/notices?done=stopped"));
        }
        Some("save") => {}
        _ => return Err(WebError::BadRequest("web-unknown-action")),
    }
    let Some(chosen) = chosen(&form.fields) else {
        return Err(WebError::BadRequest("web-unknown-action"));
    };
    let saved = access_notices::save(
        &state.db,
        &state.clock,
        patient.me,
        chosen.registers,
        chosen.cadence,
        chosen.only_unrelated,
    )
    .await
    .map_err(|e| unavailable(&e))?;
    match saved {
        Ok(()) => Ok(see_other("/me/log/notices?done=saved")),
        Err(Refused::NoRegisterChosen) => {
            Err(form.invalid(vec![field_error("scope", "access-notices-choose-register")]))
        }
        Err(Refused::NoAddress) => Err(WebError::BadRequest("access-notices-no-address")),
        Err(Refused::UnknownRegister) => Err(WebError::BadRequest("web-unknown-action")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::forms::tests::fields;

    #[test]
    fn the_form_reads_into_a_choice() {
        let all = chosen(&fields(&[("scope", "all"), ("cadence", "daily")])).unwrap();
        assert_eq!(all.registers, None);
        assert_eq!(all.cadence, NoticeCadence::Daily);
        assert!(!all.only_unrelated);
        let some = chosen(&fields(&[
            ("scope", "some"),
            ("register-qivf", "on"),
            ("register-ndr", "on"),
            ("cadence", "at_once"),
            ("only_unrelated", "on"),
        ]))
        .unwrap();
        let codes: Vec<&str> = some
            .registers
            .iter()
            .flatten()
            .map(|c| c.as_str())
            .collect();
        assert_eq!(codes, ["ndr", "qivf"]);
        assert!(some.only_unrelated);
        // None ticked is the service's to refuse with a message.
        assert_eq!(
            chosen(&fields(&[("scope", "some"), ("cadence", "daily")])).map(|c| c.registers),
            Some(Some(Vec::new()))
        );
    }

    #[test]
    fn a_form_that_is_not_one_is_refused() {
        for bad in [
            &[("cadence", "daily")][..],
            &[("scope", "all")],
            &[("scope", "all"), ("cadence", "hourly")],
            &[("scope", "everything"), ("cadence", "daily")],
            &[
                ("scope", "some"),
                ("register-Q IVF", "on"),
                ("cadence", "daily"),
            ],
        ] {
            assert_eq!(chosen(&fields(bad)), None, "{bad:?}");
        }
    }
}
