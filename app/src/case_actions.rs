//! What register staff can do with a case, parsed from the case page's plain
//! HTML forms: take it, extend its deadline once, complete it, reject it, or
//! lift a restriction a completed request put in place. The server checks
//! what depends on the database (scope, status, the record's content
//! definition); this checks what the form alone can tell.

use crate::{
    domain::{CaseActionCode, RequestKind},
    requests::{FieldError, MAX_SHORT, MAX_TEXT},
};
use std::collections::HashMap;

/// An extension is of one or two months (GDPR art. 12(3): "by two further
/// months where necessary").
pub const EXTENSION_MONTHS: [u32; 2] = [1, 2];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseAction {
    Take,
    Extend {
        months: u32,
        reason: String,
    },
    Complete(Completion),
    Reject {
        reason: String,
    },
    /// Lift the restriction of processing that completing a restriction request put in place.
    Lift {
        reason: String,
    },
}

impl CaseAction {
    pub fn code(&self) -> CaseActionCode {
        match self {
            CaseAction::Take => CaseActionCode::Take,
            CaseAction::Extend { .. } => CaseActionCode::Extend,
            CaseAction::Complete(_) => CaseActionCode::Complete,
            CaseAction::Reject { .. } => CaseActionCode::Reject,
            CaseAction::Lift { .. } => CaseActionCode::Lift,
        }
    }
}

/// Completing a request: for a correction, the edit (if the register's data
/// is to change in insyn; "something missing" may be fixed at the source),
/// and a note to the patient.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Completion {
    pub edit: Option<RecordEdit>,
    pub note: Option<String>,
}

/// One field of one record set to a new value (as typed; the server checks
/// it against the field's type).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordEdit {
    pub record_id: i64,
    pub field: String,
    pub value: String,
}

impl RecordEdit {
    /// The value of the form's `target` select: `record id:field code`.
    pub fn target(record_id: i64, field: &str) -> String {
        format!("{record_id}:{field}")
    }
}

/// Parses the form of `action` on a request of `kind`. Every rule broken
/// gives one message, next to its field (the input names are unique across
/// the page's forms, so a message lands on the right form).
pub fn parse_action(
    kind: RequestKind,
    action: CaseActionCode,
    form: &HashMap<String, String>,
) -> Result<CaseAction, Vec<FieldError>> {
    let mut errors = Vec::new();
    let text = |name: &str| form.get(name).map(|v| v.trim()).filter(|v| !v.is_empty());
    let mut error = |field: &str, message: &str| {
        errors.push(FieldError {
            field: field.to_owned(),
            message: message.to_owned(),
        })
    };
    let reason = |name: &str, required: &str, error: &mut dyn FnMut(&str, &str)| match text(name) {
        None => {
            error(name, required);
            String::new()
        }
        Some(r) if r.chars().count() > MAX_TEXT => {
            error(name, "form-too-long");
            String::new()
        }
        Some(r) => r.to_owned(),
    };
    let action = match action {
        CaseActionCode::Take => CaseAction::Take,
        CaseActionCode::Extend => {
            let months = text("months")
                .and_then(|m| m.parse::<u32>().ok())
                .filter(|m| EXTENSION_MONTHS.contains(m));
            if months.is_none() {
                error("months", "case-months-required");
            }
            let reason = reason("extension_reason", "case-reason-required", &mut error);
            CaseAction::Extend {
                months: months.unwrap_or(0),
                reason,
            }
        }
        CaseActionCode::Reject => CaseAction::Reject {
            reason: reason("rejection_reason", "case-reason-required", &mut error),
        },
        CaseActionCode::Lift => CaseAction::Lift {
            reason: reason("lift_reason", "case-reason-required", &mut error),
        },
        CaseActionCode::Complete => {
            let note = text("note").map(str::to_owned);
            if note.as_ref().is_some_and(|n| n.chars().count() > MAX_TEXT) {
                error("note", "form-too-long");
            }
            let mut edit = None;
            match kind {
                RequestKind::Correction => match text("target") {
                    Some(target) => {
                        let parsed = target
                            .split_once(':')
                            .and_then(|(id, field)| Some((id.parse::<i64>().ok()?, field)))
                            .filter(|(_, field)| !field.is_empty());
                        match (parsed, text("value")) {
                            (None, _) => error("target", "case-target-unknown"),
                            (Some(_), None) => error("value", "case-value-required"),
                            (Some(_), Some(v)) if v.chars().count() > MAX_SHORT => {
                                error("value", "form-too-long-short")
                            }
                            (Some((record_id, field)), Some(value)) => {
                                edit = Some(RecordEdit {
                                    record_id,
                                    field: field.to_owned(),
                                    value: value.to_owned(),
                                })
                            }
                        }
                    }
                    // Nothing to change here: say what was done instead.
                    None if note.is_none() => error("note", "case-note-required"),
                    None => {}
                },
                RequestKind::Erasure if text("confirm_erasure") != Some("yes") => {
                    error("confirm_erasure", "case-confirm-erasure")
                }
                _ => {}
            }
            CaseAction::Complete(Completion { edit, note })
        }
    };
    if errors.is_empty() {
        Ok(action)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn fields(errors: Vec<FieldError>) -> Vec<String> {
        errors.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn an_extension_is_one_or_two_months_with_a_reason() {
        let ok = parse_action(
            RequestKind::Erasure,
            CaseActionCode::Extend,
            &form(&[("months", "2"), ("extension_reason", "Många ärenden")]),
        );
        assert_eq!(
            ok,
            Ok(CaseAction::Extend {
                months: 2,
                reason: "Många ärenden".into()
            })
        );
        let refused = parse_action(
            RequestKind::Erasure,
            CaseActionCode::Extend,
            &form(&[("months", "3"), ("extension_reason", "  ")]),
        );
        assert_eq!(fields(refused.unwrap_err()), ["months", "extension_reason"]);
    }

    #[test]
    fn a_rejection_and_a_lift_need_a_reason() {
        for (action, field) in [
            (CaseActionCode::Reject, "rejection_reason"),
            (CaseActionCode::Lift, "lift_reason"),
        ] {
            let refused = parse_action(RequestKind::Restriction, action, &form(&[]));
            assert_eq!(fields(refused.unwrap_err()), [field]);
        }
        let long = "x".repeat(MAX_TEXT + 1);
        let refused = parse_action(
            RequestKind::Restriction,
            CaseActionCode::Reject,
            &form(&[("rejection_reason", &long)]),
        );
        assert_eq!(refused.unwrap_err()[0].message, "form-too-long");
    }

    #[test]
    fn a_correction_is_completed_with_an_edit_or_a_note() {
        let edit = parse_action(
            RequestKind::Correction,
            CaseActionCode::Complete,
            &form(&[("target", "12:embryos_transferred"), ("value", "1")]),
        );
        assert_eq!(
            edit,
            Ok(CaseAction::Complete(Completion {
                edit: Some(RecordEdit {
                    record_id: 12,
                    field: "embryos_transferred".into(),
                    value: "1".into()
                }),
                note: None
            }))
        );
        let neither = parse_action(
            RequestKind::Correction,
            CaseActionCode::Complete,
            &form(&[]),
        );
        assert_eq!(fields(neither.unwrap_err()), ["note"]);
        let no_value = parse_action(
            RequestKind::Correction,
            CaseActionCode::Complete,
            &form(&[("target", "12:embryos_transferred")]),
        );
        assert_eq!(fields(no_value.unwrap_err()), ["value"]);
        let bad_target = parse_action(
            RequestKind::Correction,
            CaseActionCode::Complete,
            &form(&[("target", "twelve:"), ("value", "1")]),
        );
        assert_eq!(fields(bad_target.unwrap_err()), ["target"]);
    }

    #[test]
    fn an_erasure_is_completed_only_when_confirmed() {
        let unconfirmed = parse_action(RequestKind::Erasure, CaseActionCode::Complete, &form(&[]));
        assert_eq!(fields(unconfirmed.unwrap_err()), ["confirm_erasure"]);
        let confirmed = parse_action(
            RequestKind::Erasure,
            CaseActionCode::Complete,
            &form(&[("confirm_erasure", "yes")]),
        );
        assert_eq!(confirmed, Ok(CaseAction::Complete(Completion::default())));
    }
}
