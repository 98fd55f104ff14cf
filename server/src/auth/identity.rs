//! From verified claims to a person: the personnummer (or coordination
//! number) of a patient, the HSA-id of a staff member, and the assurance
//! each must have. Claim names come from the configuration, since brokers
//! differ (`ssn`, `nin`, …) from the Swedish profile.

use super::AuthError;
use crate::config::ProviderConfig;
use app::domain::{HsaId, Personnummer};
use serde_json::{Map, Value};

/// Claims that are not standard ones, by name, as the provider sent them
/// (the ID token's, supplemented by UserInfo's).
pub type Claims = Map<String, Value>;

/// A signed-in patient as the provider vouches for them.
#[derive(Debug)]
pub struct PatientIdentity {
    pub personnummer: Personnummer,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub name: Option<String>,
}

impl PatientIdentity {
    /// The name for the page header: the provider's `name`, or the given
    /// and family names, or none.
    pub fn display_name(&self) -> Option<String> {
        self.name.clone().or_else(|| {
            let parts: Vec<&str> = [self.given_name.as_deref(), self.family_name.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        })
    }
}

pub fn patient(claims: &Claims, config: &ProviderConfig) -> Result<PatientIdentity, AuthError> {
    let raw = first_string(claims, &config.identity_claims)
        .ok_or_else(|| AuthError::MissingIdentity(config.identity_claims.join(", ")))?;
    // The Swedish profile sends twelve digits; brokers sometimes add a dash.
    let personnummer = Personnummer::parse_long(raw)
        .map_err(|_| AuthError::InvalidIdentity("not a valid personnummer"))?;
    let text = |name: &str| claims.get(name).and_then(Value::as_str).map(str::to_owned);
    Ok(PatientIdentity {
        personnummer,
        given_name: text("given_name"),
        family_name: text("family_name"),
        name: text("name"),
    })
}

pub fn staff(claims: &Claims, config: &ProviderConfig) -> Result<HsaId, AuthError> {
    let raw = first_string(claims, &config.identity_claims)
        .ok_or_else(|| AuthError::MissingIdentity(config.identity_claims.join(", ")))?;
    HsaId::parse(raw).map_err(|_| AuthError::InvalidIdentity("not a valid HSA-id"))
}

fn first_string<'c>(claims: &'c Claims, names: &[String]) -> Option<&'c str> {
    names
        .iter()
        .find_map(|name| claims.get(name).and_then(Value::as_str))
}

/// Patients: the configured `acr`, exactly.
pub fn check_patient_assurance(
    acr: Option<&str>,
    config: &ProviderConfig,
) -> Result<(), AuthError> {
    match (&config.required_acr, acr) {
        (Some(required), Some(acr)) if required == acr => Ok(()),
        (Some(required), acr) => Err(AuthError::AssuranceTooLow(format!(
            "acr {acr:?}, required {required}"
        ))),
        (None, _) => Ok(()),
    }
}

/// Staff: the configured `acr` if one is set, or else an `amr` that shows
/// two factors.
pub fn check_staff_assurance(
    acr: Option<&str>,
    amr: &[String],
    config: &ProviderConfig,
) -> Result<(), AuthError> {
    if let (Some(required), Some(acr)) = (&config.required_acr, acr)
        && required == acr
    {
        return Ok(());
    }
    if shows_two_factors(amr) {
        Ok(())
    } else {
        Err(AuthError::NoSecondFactor)
    }
}

/// Whether authentication method references (RFC 8176) show two factors:
/// `mfa` said outright, or methods from two of the three kinds (something
/// you know, have, are).
pub fn shows_two_factors(amr: &[String]) -> bool {
    #[derive(PartialEq)]
    enum Factor {
        Knows,
        Has,
        Is,
    }
    let factor = |method: &str| match method {
        "pin" | "pwd" | "kba" => Some(Factor::Knows),
        "sc" | "hwk" | "swk" | "otp" | "sms" | "tel" => Some(Factor::Has),
        "fpt" | "face" | "iris" | "retina" | "vbm" | "user" => Some(Factor::Is),
        _ => None,
    };
    if amr.iter().any(|m| m == "mfa") {
        return true;
    }
    let kinds: Vec<Factor> = amr.iter().filter_map(|m| factor(m)).collect();
    kinds.iter().any(|a| kinds.iter().any(|b| a != b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use serde_json::json;

    fn claims(value: Value) -> Claims {
        value.as_object().unwrap().clone()
    }

    fn amr(methods: &[&str]) -> Vec<String> {
        methods.iter().map(|m| m.to_string()).collect()
    }

    #[test]
    fn the_display_name_is_the_name_or_the_given_and_family_names() {
        let config = Config::default().oidc.patient;
        let name = |value: Value| patient(&claims(value), &config).unwrap().display_name();
        let pnr = "191212121212";
        let key = config.identity_claims[0].clone();
        assert_eq!(
            name(json!({key.clone(): pnr, "name": "Tolvan T", "given_name": "X"})).as_deref(),
            Some("Tolvan T")
        );
        assert_eq!(
            name(json!({key.clone(): pnr, "given_name": "Tolvan", "family_name": "Tolvansson"}))
                .as_deref(),
            Some("Tolvan Tolvansson")
        );
        assert_eq!(name(json!({key: pnr})), None);
    }

    #[test]
    fn the_personnummer_comes_from_the_first_configured_claim_that_is_there() {
        let config = Config::default().oidc.patient;
        let found = patient(
            &claims(json!({"https://id.oidc.se/claim/coordinationNumber": "191212121212", "name": "Sam"})),
            &config,
        )
        .unwrap();
        assert_eq!(found.name.as_deref(), Some("Sam"));
        assert!(matches!(
            patient(&claims(json!({"name": "Sam"})), &config),
            Err(AuthError::MissingIdentity(_))
        ));
        assert!(matches!(
            patient(
                &claims(json!({"https://id.oidc.se/claim/personalIdentityNumber": "191212121213"})),
                &config
            ),
            Err(AuthError::InvalidIdentity(_))
        ));
        let mut broker = config.clone();
        broker.identity_claims = vec!["ssn".into()];
        assert!(patient(&claims(json!({"ssn": "19121212-1212"})), &broker).is_ok());
    }

    #[test]
    fn patients_need_exactly_the_configured_acr() {
        let config = Config::default().oidc.patient;
        assert!(check_patient_assurance(Some(crate::config::LOA3), &config).is_ok());
        for acr in [
            None,
            Some("http://id.elegnamnden.se/loa/1.0/loa2"),
            Some(""),
        ] {
            assert!(matches!(
                check_patient_assurance(acr, &config),
                Err(AuthError::AssuranceTooLow(_))
            ));
        }
    }

    #[test]
    fn staff_need_two_factors_or_the_configured_acr() {
        let mut config = Config::default().oidc.staff;
        assert!(check_staff_assurance(None, &amr(&["sc", "pin"]), &config).is_ok());
        assert!(check_staff_assurance(None, &amr(&["mfa"]), &config).is_ok());
        assert!(check_staff_assurance(None, &amr(&["pwd", "otp"]), &config).is_ok());
        for one in [
            &["pwd"][..],
            &["pwd", "pin"],
            &["sc", "hwk"],
            &[],
            &["bankid"],
        ] {
            assert!(
                matches!(
                    check_staff_assurance(None, &amr(one), &config),
                    Err(AuthError::NoSecondFactor)
                ),
                "{one:?}"
            );
        }
        config.required_acr = Some("http://id.sambi.se/loa/loa3".into());
        assert!(check_staff_assurance(Some("http://id.sambi.se/loa/loa3"), &[], &config).is_ok());
        assert!(check_staff_assurance(Some("other"), &amr(&["pwd"]), &config).is_err());
    }
}
