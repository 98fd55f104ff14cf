//! Records as a register system reports them: checked against the
//! register's content definition and what insyn knows of the person, then
//! stored a chunk at a time with set-based lookups and multi-row inserts.

use super::{Chunk, Common, Item, ItemError, Store};
use crate::{
    content,
    db::{self, DbError, records::NewRecord, registers::RecordTypeContent},
};
use app::domain::{HsaId, Personnummer, RegisterCode, RegistrationStatus};
use serde::Deserialize;
use serde_json::{Map, Value};

/// One record as a register system reports it.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordItem {
    /// The register's own identifier of the record (1–100 characters). The
    /// same id with the same content again changes nothing; with new content
    /// it is a new version of the record.
    #[schema(example = "Q-2026-000123")]
    pub id: String,
    /// The person's personnummer or samordningsnummer, 12 digits (a hyphen allowed).
    #[schema(example = "19121212-1212")]
    pub personnummer: String,
    /// The record type's code in the register's content definition.
    #[serde(rename = "type")]
    #[schema(example = "transfer")]
    pub record_type: String,
    /// The HSA-id of the care unit that reported it.
    #[schema(example = "SE2321000016-RM01")]
    pub care_unit: String,
    /// The date the record is about (YYYY-MM-DD).
    #[schema(example = "2026-10-02", format = Date)]
    pub date: String,
    /// Field code → value, typed as the content definition says (integer,
    /// decimal, boolean, date as YYYY-MM-DD, text, or one of a code list).
    #[schema(value_type = Object)]
    pub fields: Map<String, Value>,
}

impl Item for RecordItem {
    const WHAT: &'static str = "a record item";
    fn id(&self) -> &str {
        &self.id
    }
}

/// The register's record types and fields, read once per ingestion.
pub(super) struct Definition(Vec<RecordTypeContent>);

impl Definition {
    pub(super) async fn load(
        conn: &mut sqlx::AnyConnection,
        register: &RegisterCode,
    ) -> Result<Self, DbError> {
        Ok(Definition(
            db::registers::content(conn, register.as_str()).await?,
        ))
    }

    pub(super) fn types(&self) -> &[RecordTypeContent] {
        &self.0
    }
}

/// An item that passed the checks that need no database.
struct Parsed {
    position: usize,
    item: RecordItem,
    pnr: Personnummer,
    care_unit: HsaId,
    date: time::Date,
}

pub(super) async fn chunk(
    ingest: &mut Common,
    Definition(definition): &Definition,
    conn: &mut sqlx::AnyConnection,
    items: Vec<(usize, Value)>,
    store: Store,
) -> Result<Chunk, DbError> {
    let mut refused = Vec::new();
    let mut parsed = Vec::with_capacity(items.len());
    for (position, value) in items {
        let item: RecordItem = match ingest.read(position, value) {
            Ok(item) => item,
            Err(error) => {
                refused.push(error);
                continue;
            }
        };
        match check(&item, definition, ingest.today) {
            Ok((pnr, care_unit, date)) => parsed.push(Parsed {
                position,
                item,
                pnr,
                care_unit,
                date,
            }),
            Err(reason) => refused.push(ItemError {
                position,
                id: Some(item.id),
                reason,
            }),
        }
    }

    // What needs the database, a few queries for the whole chunk.
    ingest
        .learn_units(conn, parsed.iter().map(|p| &p.care_unit))
        .await?;
    let register = ingest.register.as_str();
    let persons: Vec<&Personnummer> = parsed.iter().map(|p| &p.pnr).collect();
    let mut patients = db::patients::ids_among(conn, &persons).await?;
    let known: Vec<i64> = patients.values().copied().collect();
    let opted_out = db::opt_outs::among(conn, register, &known).await?;
    let statuses = db::registrations::statuses_among(conn, register, &known).await?;
    let source_ids: Vec<&str> = parsed.iter().map(|p| p.item.id.as_str()).collect();
    let mut existing = db::records::by_source_ids(conn, register, &source_ids).await?;

    let mut passing = Vec::with_capacity(parsed.len());
    for p in parsed {
        let refusals_before = refused.len();
        let mut refuse = |reason: &str| {
            refused.push(ItemError {
                position: p.position,
                id: Some(p.item.id.clone()),
                reason: reason.to_owned(),
            })
        };
        if !ingest.knows_unit(&p.care_unit) {
            refuse("unknown care unit");
        }
        let patient = patients.get(p.pnr.expose()).copied();
        if let Some(patient) = patient {
            if opted_out.contains(&patient) {
                refuse(
                    "the person has opted out of this register: nothing about them may be registered",
                );
            } else if statuses.get(&patient) == Some(&RegistrationStatus::Restricted) {
                refuse(
                    "processing of the person's registration is restricted (GDPR art. 18): it may only be stored as it is",
                );
            }
        }
        let before = existing.remove(&p.item.id);
        if before
            .as_ref()
            .is_some_and(|b| patient != Some(b.patient_id))
        {
            refuse("the id belongs to a record of another person");
        }
        if refused.len() == refusals_before {
            passing.push((p, before));
        }
    }

    let store = match store {
        Store::IfAllPass => refused.is_empty(),
        Store::Passing => true,
        Store::Nothing => false,
    };
    let mut outcome = super::Outcome::default();
    if !store || passing.is_empty() {
        return Ok(Chunk { outcome, refused });
    }

    let new_persons: Vec<&Personnummer> = passing
        .iter()
        .filter(|(p, _)| !patients.contains_key(p.pnr.expose()))
        .map(|(p, _)| &p.pnr)
        .collect();
    if !new_persons.is_empty() {
        db::patients::insert_missing(conn, &new_persons, ingest.now).await?;
        patients.extend(db::patients::ids_among(conn, &new_persons).await?);
    }
    let patient_of = |p: &Parsed| {
        patients
            .get(p.pnr.expose())
            .copied()
            .ok_or_else(|| DbError::Corrupt("a person inserted in bulk was not found again".into()))
    };
    // Registered from the date of their first record in the chunk.
    let mut to_register: Vec<(i64, time::Date)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (p, _) in &passing {
        let patient = patient_of(p)?;
        if !statuses.contains_key(&patient) && seen.insert(patient) {
            to_register.push((patient, p.date));
        }
    }
    db::registrations::insert_missing(conn, &ingest.register, &to_register).await?;

    let mut created = Vec::new();
    for (p, before) in &passing {
        let new = NewRecord {
            patient_id: patient_of(p)?,
            register: &ingest.register,
            record_type: &p.item.record_type,
            source_id: &p.item.id,
            care_unit: &p.care_unit,
            recorded_on: p.date,
            fields: &p.item.fields,
        };
        match before {
            None => created.push(new),
            Some(before)
                if before.record_type == p.item.record_type
                    && before.care_unit == p.care_unit.as_str()
                    && before.recorded_on == p.date.to_string()
                    && before.fields == p.item.fields =>
            {
                outcome.unchanged += 1;
            }
            Some(before) => {
                db::records::update_from_register(conn, before, &new, ingest.now).await?;
                outcome.updated += 1;
            }
        }
    }
    db::records::insert_many(conn, &created, ingest.now).await?;
    outcome.created += created.len();
    Ok(Chunk { outcome, refused })
}

/// The checks one item needs no database for.
pub(super) fn check(
    item: &RecordItem,
    definition: &[RecordTypeContent],
    today: time::Date,
) -> Result<(Personnummer, HsaId, time::Date), String> {
    let pnr =
        Personnummer::parse(&item.personnummer, today).map_err(|e| format!("personnummer: {e}"))?;
    let care_unit = HsaId::parse(&item.care_unit).map_err(|e| format!("care_unit: {e}"))?;
    let date = time::Date::parse(
        &item.date,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .map_err(|_| "date: expected YYYY-MM-DD".to_owned())?;
    let record_type = content::record_type(definition, &item.record_type)
        .ok_or_else(|| format!("unknown record type {:?}", item.record_type))?;
    for (code, value) in &item.fields {
        let field = record_type
            .fields
            .iter()
            .find(|f| &f.code == code)
            .ok_or_else(|| format!("unknown field {code:?} for type {:?}", item.record_type))?;
        content::check_value(field, value)?;
    }
    if let Some(missing) = record_type
        .fields
        .iter()
        .find(|f| f.required && item.fields.get(&f.code).is_none_or(Value::is_null))
    {
        return Err(format!("required field {:?} is missing", missing.code));
    }
    Ok((pnr, care_unit, date))
}

/// A CSV row of a flat record type as a record item: the columns `id`,
/// `personnummer`, `type`, `care_unit`, `date`, then one column per field
/// code, typed by the content definition. An empty cell is a missing value.
pub fn from_csv_row(
    header: &[String],
    row: &[String],
    definition: &[RecordTypeContent],
) -> Result<Value, String> {
    if header.len() != row.len() {
        return Err(format!(
            "{} cells where the header has {}",
            row.len(),
            header.len()
        ));
    }
    let mut item = Map::new();
    let mut fields = Map::new();
    let record_type = header
        .iter()
        .position(|h| h == "type")
        .and_then(|i| content::record_type(definition, &row[i]));
    for (name, cell) in header.iter().zip(row) {
        match name.as_str() {
            "id" | "personnummer" | "type" | "care_unit" | "date" => {
                item.insert(name.clone(), Value::String(cell.clone()));
            }
            _ if cell.is_empty() => {}
            code => {
                let field = record_type
                    .and_then(|t| t.fields.iter().find(|f| f.code == code))
                    .ok_or_else(|| format!("unknown field {code:?} for this type"))?;
                // Accepts what Swedish systems write, too (decimal comma, ja/nej).
                let value = content::parse_input(field, cell).map_err(|_| {
                    format!(
                        "field {code:?}: {cell:?} does not fit type {}",
                        field.value_type
                    )
                })?;
                fields.insert(code.to_owned(), value);
            }
        }
    }
    item.insert("fields".into(), Value::Object(fields));
    Ok(Value::Object(item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) fn definition() -> Vec<RecordTypeContent> {
        let field = |code: &str, value_type: &str, required: bool| db::registers::FieldContent {
            code: code.into(),
            label_sv: code.into(),
            label_en: code.into(),
            value_type: value_type.into(),
            unit: None,
            options: vec![],
            required,
        };
        vec![RecordTypeContent {
            code: "transfer".into(),
            label_sv: "Återföring".into(),
            label_en: "Transfer".into(),
            fields: vec![
                field("transfer_date", "date", true),
                field("embryos", "integer", false),
                field("fresh", "boolean", false),
            ],
        }]
    }

    #[test]
    fn a_csv_row_becomes_a_typed_item() {
        let header: Vec<String> = [
            "id",
            "personnummer",
            "type",
            "care_unit",
            "date",
            "transfer_date",
            "embryos",
            "fresh",
        ]
        .map(String::from)
        .to_vec();
        let row: Vec<String> = [
            "T-1",
            "19121212-1212",
            "transfer",
            "SE2321000016-RM01",
            "2026-10-02",
            "2026-10-02",
            "2",
            "",
        ]
        .map(String::from)
        .to_vec();
        let item = from_csv_row(&header, &row, &definition()).unwrap();
        assert_eq!(
            item,
            serde_json::json!({
                "id": "T-1", "personnummer": "19121212-1212", "type": "transfer",
                "care_unit": "SE2321000016-RM01", "date": "2026-10-02",
                "fields": { "transfer_date": "2026-10-02", "embryos": 2 }
            })
        );
        let mut bad = row.clone();
        bad[6] = "two".into();
        assert_eq!(
            from_csv_row(&header, &bad, &definition()).unwrap_err(),
            "field \"embryos\": \"two\" does not fit type integer"
        );
        assert!(from_csv_row(&header, &row[..3], &definition()).is_err());
    }

    /// Any JSON value, nested a little.
    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
                .map(Value::Number)
                .unwrap_or(Value::Null)),
            ".{0,30}".prop_map(Value::String),
            Just(Value::String("19121212-1212".into())),
            Just(Value::String("transfer".into())),
            Just(Value::String("SE2321000016-RM01".into())),
            Just(Value::String("2026-02-30".into())),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map(
                    prop_oneof![
                        Just("id".to_owned()),
                        Just("personnummer".to_owned()),
                        Just("type".to_owned()),
                        Just("care_unit".to_owned()),
                        Just("date".to_owned()),
                        Just("fields".to_owned()),
                        Just("transfer_date".to_owned()),
                        Just("embryos".to_owned()),
                        "[a-z]{1,8}",
                    ],
                    inner,
                    0..7
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_json_item_is_checked_without_a_panic(value in any_json()) {
            if let Ok(item) = serde_json::from_value::<RecordItem>(value) {
                let today = time::macros::date!(2026 - 11 - 25);
                let _ = check(&item, &definition(), today);
            }
        }

        #[test]
        fn any_csv_row_is_read_without_a_panic(
            row in prop::collection::vec(".{0,12}", 0..10)
        ) {
            let header: Vec<String> = ["id", "personnummer", "type", "care_unit", "date", "transfer_date", "embryos", "fresh"]
                .map(String::from)
                .to_vec();
            let _ = from_csv_row(&header, &row, &definition());
        }
    }
}
