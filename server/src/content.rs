//! Stored field values as a patient reads them: the label of a code, yes or
//! no, numbers with their unit (and a decimal comma in Swedish), a dash for
//! nothing. The page, the JSON copy and the PDF extract all use this, with
//! the register's own content definition, so they say the same thing.

use crate::db::registers::{FieldContent, RecordTypeContent};
use app::i18n::Lang;
use serde_json::Value;

/// The value of `field` in `lang`, with its unit.
pub fn display(field: &FieldContent, value: Option<&Value>, lang: Lang) -> String {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return "–".to_owned();
    };
    let text = match (field.value_type.as_str(), value) {
        ("code", Value::String(code)) => field
            .options
            .iter()
            .find(|o| &o.code == code)
            .map(|o| match lang.content_lang() {
                Lang::Sv => o.label_sv.clone(),
                _ => o.label_en.clone(),
            })
            .unwrap_or_else(|| code.clone()),
        ("boolean", Value::Bool(yes)) => lang.t(if *yes { "value-yes" } else { "value-no" }),
        ("decimal", Value::Number(n)) if lang.decimal_comma() => n.to_string().replace('.', ","),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    };
    match &field.unit {
        Some(unit) if matches!(field.value_type.as_str(), "integer" | "decimal") => {
            format!("{text} {unit}")
        }
        _ => text,
    }
}

/// A value typed by staff for `field`, as it is stored; or the text id of
/// the message that says what the field takes. Accepts what a Swede types
/// (a decimal comma, "ja"/"nej") as well as the stored form.
pub fn parse_input(field: &FieldContent, input: &str) -> Result<Value, &'static str> {
    let input = input.trim();
    match field.value_type.as_str() {
        "integer" => input
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| "case-value-integer"),
        "decimal" => input
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or("case-value-decimal"),
        "date" => {
            let iso = time::macros::format_description!("[year]-[month]-[day]");
            time::Date::parse(input, iso)
                .map(|d| Value::String(d.to_string()))
                .map_err(|_| "case-value-date")
        }
        "boolean" => match input.to_lowercase().as_str() {
            "ja" | "yes" | "true" => Ok(Value::Bool(true)),
            "nej" | "no" | "false" => Ok(Value::Bool(false)),
            _ => Err("case-value-boolean"),
        },
        "code" => field
            .options
            .iter()
            .find(|o| o.code == input)
            .map(|o| Value::String(o.code.clone()))
            .ok_or("case-value-code"),
        _ => Ok(Value::String(input.to_owned())),
    }
}

/// Whether a reported JSON `value` fits `field`; if not, why (in English,
/// for the register system's developers).
pub fn check_value(field: &FieldContent, value: &Value) -> Result<(), String> {
    let fits = match (field.value_type.as_str(), value) {
        (_, Value::Null) => true,
        ("integer", Value::Number(n)) => n.is_i64(),
        ("decimal", Value::Number(_)) => true,
        ("text", Value::String(s)) => s.chars().count() <= 2000,
        ("date", Value::String(s)) => {
            time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).is_ok()
        }
        ("boolean", Value::Bool(_)) => true,
        ("code", Value::String(code)) => {
            return if field.options.iter().any(|o| &o.code == code) {
                Ok(())
            } else {
                let codes: Vec<&str> = field.options.iter().map(|o| o.code.as_str()).collect();
                Err(format!(
                    "field {:?}: unknown code {code:?} (one of: {})",
                    field.code,
                    codes.join(", ")
                ))
            };
        }
        _ => false,
    };
    if fits {
        Ok(())
    } else {
        Err(format!(
            "field {:?}: expected a value of type {}, got {}",
            field.code,
            field.value_type,
            match value {
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::String(_) => "a string",
                Value::Array(_) => "an array",
                Value::Object(_) => "an object",
                Value::Null => "null",
            }
        ))
    }
}

/// The record type named `code`, if the register defines it.
pub fn record_type<'c>(
    content: &'c [RecordTypeContent],
    code: &str,
) -> Option<&'c RecordTypeContent> {
    content.iter().find(|t| t.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::registers::CodeOption;
    use serde_json::json;

    fn field(value_type: &str, unit: Option<&str>) -> FieldContent {
        FieldContent {
            code: "f".into(),
            label_sv: "F".into(),
            label_en: "F".into(),
            value_type: value_type.into(),
            unit: unit.map(str::to_owned),
            options: vec![CodeOption {
                code: "fet".into(),
                label_sv: "Återföring av fryst embryo".into(),
                label_en: "Frozen embryo transfer".into(),
            }],
            required: false,
        }
    }

    #[test]
    fn typed_values_are_parsed_by_the_field_type() {
        assert_eq!(parse_input(&field("integer", None), " 2 "), Ok(json!(2)));
        assert_eq!(
            parse_input(&field("integer", None), "2,5"),
            Err("case-value-integer")
        );
        assert_eq!(parse_input(&field("decimal", None), "2,5"), Ok(json!(2.5)));
        assert_eq!(
            parse_input(&field("decimal", None), "NaN"),
            Err("case-value-decimal")
        );
        assert_eq!(
            parse_input(&field("date", None), "2026-02-30"),
            Err("case-value-date")
        );
        assert_eq!(
            parse_input(&field("date", None), "2026-02-28"),
            Ok(json!("2026-02-28"))
        );
        assert_eq!(parse_input(&field("boolean", None), "Ja"), Ok(json!(true)));
        assert_eq!(
            parse_input(&field("boolean", None), "nej"),
            Ok(json!(false))
        );
        assert_eq!(
            parse_input(&field("boolean", None), "kanske"),
            Err("case-value-boolean")
        );
        assert_eq!(
            parse_input(&field("text", None), "fritext"),
            Ok(json!("fritext"))
        );
        assert_eq!(parse_input(&field("code", None), "fet"), Ok(json!("fet")));
        assert_eq!(
            parse_input(&field("code", None), "Fryst"),
            Err("case-value-code")
        );
    }

    #[test]
    fn values_read_as_a_patient_expects_in_both_languages() {
        assert_eq!(
            display(&field("code", None), Some(&json!("fet")), Lang::Sv),
            "Återföring av fryst embryo"
        );
        assert_eq!(
            display(&field("code", None), Some(&json!("fet")), Lang::En),
            "Frozen embryo transfer"
        );
        assert_eq!(
            display(&field("code", None), Some(&json!("new")), Lang::Sv),
            "new"
        );
        assert_eq!(
            display(&field("integer", Some("st")), Some(&json!(3)), Lang::Sv),
            "3 st"
        );
        assert_eq!(
            display(
                &field("decimal", Some("mmol/mol")),
                Some(&json!(52.5)),
                Lang::Sv
            ),
            "52,5 mmol/mol"
        );
        assert_eq!(
            display(
                &field("decimal", Some("mmol/mol")),
                Some(&json!(52.5)),
                Lang::En
            ),
            "52.5 mmol/mol"
        );
        assert_eq!(
            display(&field("boolean", None), Some(&json!(true)), Lang::Sv),
            "Ja"
        );
        assert_eq!(
            display(&field("date", None), Some(&json!("2024-03-01")), Lang::En),
            "2024-03-01"
        );
        assert_eq!(display(&field("text", None), None, Lang::Sv), "–");
        assert_eq!(
            display(&field("text", None), Some(&Value::Null), Lang::Sv),
            "–"
        );
    }
}
