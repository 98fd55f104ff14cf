//! Rights requests as the patient files them: the form of each kind parsed
//! into [`RequestDetails`] (or the messages to show next to the fields), and
//! the legal clock — one month from receipt (GDPR art. 12(3)), extendable
//! once by at most two more months.

use crate::domain::RequestKind;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use time::{Date, Month};

/// The grounds for restriction, GDPR art. 18(1)(a)–(d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RestrictionGround {
    /// (a) the patient contests the accuracy of the data.
    Accuracy,
    /// (b) the processing is unlawful and the patient wants restriction, not erasure.
    Unlawful,
    /// (c) the patient needs the data for a legal claim.
    LegalClaims,
    /// (d) the patient has objected and the objection is being assessed.
    Objection,
}

impl RestrictionGround {
    pub const ALL: [RestrictionGround; 4] = [
        RestrictionGround::Accuracy,
        RestrictionGround::Unlawful,
        RestrictionGround::LegalClaims,
        RestrictionGround::Objection,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RestrictionGround::Accuracy => "accuracy",
            RestrictionGround::Unlawful => "unlawful",
            RestrictionGround::LegalClaims => "legal_claims",
            RestrictionGround::Objection => "objection",
        }
    }
}

/// What the patient asked, as stored with the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RequestDetails {
    Correction {
        /// The register's identifier of the record, or `None` for "something is missing".
        record: Option<String>,
        /// Which field, in the patient's words or the field's label.
        field: Option<String>,
        problem: String,
        proposed: Option<String>,
    },
    Restriction {
        ground: RestrictionGround,
        explanation: Option<String>,
    },
    Erasure {
        explanation: Option<String>,
    },
    OptOut,
    /// "Why this access?", asked from an entry of the patient's access log.
    AccessInquiry {
        /// The entry's number in the log.
        entry: i64,
        /// The entry as the patient saw it (when, who, what kind), in Swedish.
        about: String,
        question: String,
    },
}

impl RequestDetails {
    /// What, within its register and kind, the request is about when a
    /// patient may have several of the kind open at once: the log entry of
    /// an access inquiry (one open question an entry). `None`: one open
    /// request of the kind a register.
    pub fn open_subject(&self) -> Option<i64> {
        match self {
            RequestDetails::AccessInquiry { entry, .. } => Some(*entry),
            _ => None,
        }
    }

    pub fn kind(&self) -> RequestKind {
        match self {
            RequestDetails::Correction { .. } => RequestKind::Correction,
            RequestDetails::Restriction { .. } => RequestKind::Restriction,
            RequestDetails::Erasure { .. } => RequestKind::Erasure,
            RequestDetails::OptOut => RequestKind::OptOut,
            RequestDetails::AccessInquiry { .. } => RequestKind::AccessInquiry,
        }
    }
}

/// A message for one field of the form (`field` is the input's name; the
/// message is a text id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

pub const MAX_TEXT: usize = 2000;
pub const MAX_SHORT: usize = 300;
const MIN_PROBLEM: usize = 10;

/// Parses a submitted form of `kind`. Text is trimmed; empty optional text is
/// `None`; every rule broken gives one message, next to its field.
pub fn parse_form(
    kind: RequestKind,
    form: &HashMap<String, String>,
) -> Result<RequestDetails, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut error = |field: &str, message: &str| {
        errors.push(FieldError {
            field: field.to_owned(),
            message: message.to_owned(),
        })
    };
    let text = |name: &str| form.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
    let optional = |name: &str, max: usize, error: &mut dyn FnMut(&str, &str)| -> Option<String> {
        let value = text(name)?;
        if value.chars().count() > max {
            error(
                name,
                if max == MAX_SHORT {
                    "form-too-long-short"
                } else {
                    "form-too-long"
                },
            );
        }
        Some(value.to_owned())
    };
    if text("confirm") != Some("yes") {
        error("confirm", "form-confirm-required");
    }
    let details = match kind {
        RequestKind::Correction => {
            let record = text("record")
                .filter(|r| *r != "missing")
                .map(str::to_owned);
            let field = optional("field", MAX_SHORT, &mut error);
            let proposed = optional("proposed", MAX_SHORT, &mut error);
            let problem = match text("problem") {
                None => {
                    error("problem", "form-problem-required");
                    String::new()
                }
                Some(p) if p.chars().count() < MIN_PROBLEM => {
                    error("problem", "form-problem-too-short");
                    p.to_owned()
                }
                Some(p) if p.chars().count() > MAX_TEXT => {
                    error("problem", "form-too-long");
                    p.to_owned()
                }
                Some(p) => p.to_owned(),
            };
            RequestDetails::Correction {
                record,
                field,
                problem,
                proposed,
            }
        }
        RequestKind::Restriction => {
            let explanation = optional("explanation", MAX_TEXT, &mut error);
            let ground = text("ground")
                .and_then(|g| RestrictionGround::ALL.into_iter().find(|x| x.code() == g));
            match ground {
                Some(ground) => RequestDetails::Restriction {
                    ground,
                    explanation,
                },
                None => {
                    error("ground", "form-ground-required");
                    RequestDetails::Restriction {
                        ground: RestrictionGround::Accuracy,
                        explanation,
                    }
                }
            }
        }
        RequestKind::Erasure => RequestDetails::Erasure {
            explanation: optional("explanation", MAX_TEXT, &mut error),
        },
        RequestKind::OptOut => RequestDetails::OptOut,
        RequestKind::AccessInquiry => {
            error("kind", "form-kind-unknown");
            RequestDetails::OptOut
        }
    };
    if errors.is_empty() {
        Ok(details)
    } else {
        Err(errors)
    }
}

/// The patient's question about an access-log entry: 10 to 2,000
/// characters, trimmed.
pub fn parse_inquiry(form: &HashMap<String, String>) -> Result<String, Vec<FieldError>> {
    let question = form.get("question").map(|q| q.trim()).unwrap_or_default();
    let message = match question.chars().count() {
        0 => Some("form-question-required"),
        n if n < MIN_PROBLEM => Some("form-question-short"),
        n if n > MAX_TEXT => Some("form-too-long"),
        _ => None,
    };
    match message {
        None => Ok(question.to_owned()),
        Some(message) => Err(vec![FieldError {
            field: "question".into(),
            message: message.into(),
        }]),
    }
}

/// `date` plus `months` calendar months, on the last day of the month when
/// the day does not exist there (31 January + 1 month = 28/29 February).
pub fn add_months(date: Date, months: u32) -> Date {
    let index = date.year() * 12 + i32::from(u8::from(date.month())) - 1 + months as i32;
    let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
    let month = Month::try_from(month).unwrap_or(Month::January);
    let last = month.length(year);
    Date::from_calendar_date(year, month, date.day().min(last)).unwrap_or(date)
}

/// Days before the due date when a request counts as nearly due: the queue
/// marks it, and the coordinators' daily digest lists it.
pub const NEARLY_DUE_DAYS: i64 = 7;

/// When a request received on `received` must be answered: one month later.
pub fn due_on(received: Date) -> Date {
    add_months(received, 1)
}

/// The latest date an extension may set: two more months (art. 12(3)).
pub fn latest_extension(due: Date) -> Date {
    add_months(due, 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn form(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_legal_clock_counts_calendar_months() {
        assert_eq!(due_on(date!(2026 - 11 - 24)), date!(2026 - 12 - 24));
        assert_eq!(due_on(date!(2026 - 01 - 31)), date!(2026 - 02 - 28));
        assert_eq!(due_on(date!(2028 - 01 - 31)), date!(2028 - 02 - 29));
        assert_eq!(due_on(date!(2026 - 12 - 15)), date!(2027 - 01 - 15));
        assert_eq!(
            latest_extension(date!(2026 - 12 - 31)),
            date!(2027 - 02 - 28)
        );
    }

    #[test]
    fn a_correction_needs_a_problem_and_a_confirmation() {
        let errors =
            parse_form(RequestKind::Correction, &form(&[("problem", "kort")])).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["confirm", "problem"]);
        let ok = parse_form(
            RequestKind::Correction,
            &form(&[
                ("confirm", "yes"),
                ("record", "missing"),
                ("problem", "  Ett behandlingsår saknas helt.  "),
            ]),
        )
        .unwrap();
        assert_eq!(
            ok,
            RequestDetails::Correction {
                record: None,
                field: None,
                problem: "Ett behandlingsår saknas helt.".into(),
                proposed: None
            }
        );
        let long = "x".repeat(MAX_TEXT + 1);
        let errors = parse_form(
            RequestKind::Correction,
            &form(&[("confirm", "yes"), ("problem", &long)]),
        )
        .unwrap_err();
        assert_eq!(errors[0].message, "form-too-long");
    }

    #[test]
    fn a_restriction_needs_one_of_the_four_grounds() {
        assert!(
            parse_form(
                RequestKind::Restriction,
                &form(&[("confirm", "yes"), ("ground", "because")])
            )
            .is_err()
        );
        let ok = parse_form(
            RequestKind::Restriction,
            &form(&[("confirm", "yes"), ("ground", "legal_claims")]),
        )
        .unwrap();
        assert_eq!(ok.kind(), RequestKind::Restriction);
    }

    #[test]
    fn erasure_and_opt_out_need_only_the_confirmation() {
        assert!(parse_form(RequestKind::Erasure, &form(&[])).is_err());
        assert_eq!(
            parse_form(RequestKind::OptOut, &form(&[("confirm", "yes")])).unwrap(),
            RequestDetails::OptOut
        );
        assert!(parse_form(RequestKind::AccessInquiry, &form(&[("confirm", "yes")])).is_err());
        assert_eq!(
            parse_inquiry(&form(&[("question", "  Varför läste ni min journal?  ")])),
            Ok("Varför läste ni min journal?".into())
        );
        for (question, message) in [
            ("", "form-question-required"),
            ("Varför?", "form-question-short"),
        ] {
            let errors = parse_inquiry(&form(&[("question", question)])).unwrap_err();
            assert_eq!(errors[0].message, message);
        }
        assert!(parse_inquiry(&form(&[("question", &"x".repeat(MAX_TEXT + 1))])).is_err());
    }
}

/// What the server hands the form page when it shows a submitted form again:
/// the values as typed and a message per field that broke a rule.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormState {
    pub values: HashMap<String, String>,
    pub errors: Vec<FieldError>,
}

impl FormState {
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}
