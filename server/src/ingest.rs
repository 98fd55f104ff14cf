//! Ingestion of what a register system reports: records and access events.
//! A batch is checked item by item against the register's content
//! definition and what insyn knows (care units, opt-outs, restrictions), and
//! stored all or nothing. Each item carries the register's own identifier,
//! so a batch sent again changes nothing; a record with a known identifier
//! and new content is a new version (the old one stays), while an access
//! event, once logged, never changes.

use crate::{
    clock::Clock,
    content,
    db::{self, Db, DbError, records::NewRecord},
};
use app::domain::{AccessKind, ActorKind, HsaId, Personnummer, RegisterCode, RegistrationStatus};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// How a batch's body is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchFormat {
    /// `{"items": [ … ]}`
    Json,
    /// One JSON item a line; blank lines are skipped.
    Ndjson,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BatchError {
    #[error("the body is not a batch ({{\"items\": [ … ]}}): {0}")]
    NotABatch(String),
    #[error("line {line} is not JSON: {reason}")]
    BadLine { line: usize, reason: String },
    #[error("too many items")]
    TooMany,
}

/// The items of a batch body, at most `max_items` of them. Never panics,
/// whatever the bytes (a property test feeds it garbage).
pub fn parse_batch(
    bytes: &[u8],
    format: BatchFormat,
    max_items: usize,
) -> Result<Vec<Value>, BatchError> {
    let items = match format {
        BatchFormat::Json => {
            #[derive(Deserialize)]
            #[serde(deny_unknown_fields)]
            struct Batch {
                items: Vec<Value>,
            }
            serde_json::from_slice::<Batch>(bytes)
                .map_err(|e| BatchError::NotABatch(e.to_string()))?
                .items
        }
        BatchFormat::Ndjson => {
            let mut items = Vec::new();
            for (n, line) in bytes.split(|b| *b == b'\n').enumerate() {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if items.len() == max_items {
                    return Err(BatchError::TooMany);
                }
                items.push(
                    serde_json::from_slice(line).map_err(|e| BatchError::BadLine {
                        line: n + 1,
                        reason: e.to_string(),
                    })?,
                );
            }
            items
        }
    };
    if items.len() > max_items {
        return Err(BatchError::TooMany);
    }
    Ok(items)
}

/// One record as a register system reports it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordItem {
    /// The register's own identifier of the record.
    pub id: String,
    /// The person's personnummer or samordningsnummer, 12 digits (a hyphen allowed).
    pub personnummer: String,
    /// The record type's code in the register's content definition.
    #[serde(rename = "type")]
    pub record_type: String,
    /// The HSA-id of the care unit that reported it.
    pub care_unit: String,
    /// The date the record is about (YYYY-MM-DD).
    pub date: String,
    /// Field code → value, typed as the content definition says.
    pub fields: Map<String, Value>,
}

/// Why one item of a batch was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemError {
    /// The item's place in the batch, from 0.
    pub position: usize,
    /// The item's identifier, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub reason: String,
}

/// What a stored batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The batch was refused; nothing was stored.
    #[error("{} item(s) refused", .0.len())]
    Refused(Vec<ItemError>),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// An item that passed the checks that need no database.
struct Checked {
    position: usize,
    item: RecordItem,
    pnr: Personnummer,
    care_unit: HsaId,
    date: time::Date,
}

/// Whether insyn knows the care unit, asking the database once per unit and batch.
async fn known_unit(
    conn: &mut sqlx::AnyConnection,
    known: &mut HashMap<String, bool>,
    unit: &HsaId,
) -> Result<bool, DbError> {
    if let Some(answer) = known.get(unit.as_str()) {
        return Ok(*answer);
    }
    let answer = db::care_units::exists(conn, unit).await?;
    known.insert(unit.as_str().to_owned(), answer);
    Ok(answer)
}

/// The register's own identifier of an item, as both kinds of item carry it.
fn check_id(id: &str) -> Result<(), String> {
    if id.trim().is_empty() || id.len() > 100 {
        return Err("id must be 1 to 100 characters".into());
    }
    Ok(())
}

/// Stores a batch of record items for `register`, all or nothing.
pub async fn records(
    db: &Db,
    clock: &Clock,
    register: &RegisterCode,
    items: Vec<Value>,
) -> Result<Outcome, IngestError> {
    let now = clock.unix();
    let mut tx = db.begin_write().await?;
    let definition = db::registers::content(&mut tx, register.as_str()).await?;
    let mut errors = Vec::new();
    let mut checked = Vec::with_capacity(items.len());
    let mut seen_ids = HashSet::new();
    for (position, value) in items.into_iter().enumerate() {
        let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
        let mut refuse = |reason: String| {
            errors.push(ItemError {
                position,
                id: id.clone(),
                reason,
            })
        };
        let item: RecordItem = match serde_json::from_value(value) {
            Ok(item) => item,
            Err(e) => {
                refuse(format!("not a record item: {e}"));
                continue;
            }
        };
        match check(&item, &definition, clock.today()) {
            Err(reason) => refuse(reason),
            Ok(_) if !seen_ids.insert(item.id.clone()) => {
                refuse("the same id twice in one batch".into())
            }
            Ok((pnr, care_unit, date)) => checked.push(Checked {
                position,
                item,
                pnr,
                care_unit,
                date,
            }),
        }
    }
    // What needs the database: care units, opt-outs, restrictions, owners.
    // The person and the record read here are used again when storing.
    let mut known_units: HashMap<String, bool> = HashMap::new();
    let mut found = Vec::with_capacity(checked.len());
    for c in &checked {
        let refuse = |reason: &str| ItemError {
            position: c.position,
            id: Some(c.item.id.clone()),
            reason: reason.to_owned(),
        };
        if !known_unit(&mut tx, &mut known_units, &c.care_unit).await? {
            errors.push(refuse("unknown care unit"));
        }
        let patient = db::patients::find(&mut tx, &c.pnr).await?;
        if let Some(patient) = patient {
            if db::opt_outs::of_patient(&mut tx, patient)
                .await?
                .iter()
                .any(|code| code == register.as_str())
            {
                errors.push(refuse(
                    "the person has opted out of this register: nothing about them may be registered",
                ));
            } else if db::registrations::status_in(&mut tx, patient, register.as_str()).await?
                == Some(RegistrationStatus::Restricted)
            {
                errors.push(refuse(
                    "processing of the person's registration is restricted (GDPR art. 18): it may only be stored as it is",
                ));
            }
        }
        let existing = db::records::by_source_id(&mut tx, register.as_str(), &c.item.id).await?;
        if existing
            .as_ref()
            .is_some_and(|e| patient != Some(e.patient_id))
        {
            errors.push(refuse("the id belongs to a record of another person"));
        }
        found.push((patient, existing));
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.position);
        return Err(IngestError::Refused(errors));
    }
    let mut outcome = Outcome::default();
    for (c, (patient, existing)) in checked.iter().zip(found) {
        let patient = match patient {
            Some(patient) => patient,
            None => db::patients::upsert(&mut tx, &c.pnr, None, None, now).await?,
        };
        if db::registrations::status_in(&mut tx, patient, register.as_str())
            .await?
            .is_none()
        {
            db::registrations::insert(
                &mut tx,
                patient,
                register,
                RegistrationStatus::Active,
                c.date,
            )
            .await?;
        }
        let new = NewRecord {
            patient_id: patient,
            register,
            record_type: &c.item.record_type,
            source_id: &c.item.id,
            care_unit: &c.care_unit,
            recorded_on: c.date,
            fields: &c.item.fields,
        };
        match existing {
            None => {
                db::records::insert(&mut tx, &new, now).await?;
                outcome.created += 1;
            }
            Some(existing)
                if existing.record_type == c.item.record_type
                    && existing.care_unit == c.care_unit.as_str()
                    && existing.recorded_on == c.date.to_string()
                    && existing.fields == c.item.fields =>
            {
                outcome.unchanged += 1;
            }
            Some(existing) => {
                db::records::update_from_register(&mut tx, &existing, &new, now).await?;
                outcome.updated += 1;
            }
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(outcome)
}

/// One access to a person's data in the register, as the register system
/// logged it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessItem {
    /// The register system's own identifier of the event.
    pub id: String,
    pub personnummer: String,
    /// When (RFC 3339, e.g. `2026-11-02T09:14:00Z`).
    pub occurred_at: String,
    /// The HSA-id of the care unit that accessed the data.
    pub care_unit: String,
    /// `read`, `export`, `correction`, `disclosure_research` or `disclosure_statistics`.
    pub kind: String,
    /// The reason the source gives, if it gives one.
    #[serde(default)]
    pub reason: Option<String>,
}

/// Appends a batch of access events for `register` to the access log, all
/// or nothing. An id reported before with the same content is unchanged; with
/// other content it is refused (the log is append-only).
pub async fn access_events(
    db: &Db,
    clock: &Clock,
    register: &RegisterCode,
    items: Vec<Value>,
) -> Result<Outcome, IngestError> {
    let now = clock.unix();
    let mut tx = db.begin_write().await?;
    let mut errors = Vec::new();
    let mut ready = Vec::new();
    let mut seen_ids = HashSet::new();
    let mut known_units: HashMap<String, bool> = HashMap::new();
    for (position, value) in items.into_iter().enumerate() {
        let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
        let refuse = |reason: String| ItemError {
            position,
            id: id.clone(),
            reason,
        };
        let item: AccessItem = match serde_json::from_value(value) {
            Ok(item) => item,
            Err(e) => {
                errors.push(refuse(format!("not an access event: {e}")));
                continue;
            }
        };
        let parsed = (|| {
            check_id(&item.id)?;
            let pnr = Personnummer::parse(&item.personnummer, clock.today())
                .map_err(|e| format!("personnummer: {e}"))?;
            let unit = HsaId::parse(&item.care_unit).map_err(|e| format!("care_unit: {e}"))?;
            let at = time::OffsetDateTime::parse(
                &item.occurred_at,
                &time::format_description::well_known::Rfc3339,
            )
            .map_err(|_| "occurred_at: expected an RFC 3339 time".to_owned())?
            .unix_timestamp();
            if at > now + 300 {
                return Err("occurred_at is in the future".to_owned());
            }
            let kind: AccessKind = item
                .kind
                .parse()
                .map_err(|_| format!("unknown kind {:?}", item.kind))?;
            if item
                .reason
                .as_ref()
                .is_some_and(|r| r.chars().count() > 500)
            {
                return Err("reason: at most 500 characters".to_owned());
            }
            Ok((pnr, unit, at, kind))
        })();
        match parsed {
            Err(reason) => errors.push(refuse(reason)),
            Ok(_) if !seen_ids.insert(item.id.clone()) => {
                errors.push(refuse("the same id twice in one batch".into()))
            }
            Ok((pnr, unit, at, kind)) => {
                if !known_unit(&mut tx, &mut known_units, &unit).await? {
                    errors.push(refuse("unknown care unit".into()));
                    continue;
                }
                ready.push((position, item, pnr, unit, at, kind));
            }
        }
    }
    let mut outcome = Outcome::default();
    let mut appends = Vec::new();
    for (position, item, pnr, unit, at, kind) in ready {
        let patient = db::patients::upsert(&mut tx, &pnr, None, None, now).await?;
        match db::access_events::reported(&mut tx, register.as_str(), &item.id).await? {
            Some(before)
                if before
                    == (
                        patient,
                        at,
                        Some(unit.as_str().to_owned()),
                        kind.as_str().to_owned(),
                        item.reason.clone(),
                    ) =>
            {
                outcome.unchanged += 1
            }
            Some(_) => errors.push(ItemError {
                position,
                id: Some(item.id.clone()),
                reason:
                    "this id was logged before with other content; a logged access never changes"
                        .into(),
            }),
            None => appends.push((patient, item, unit, at, kind)),
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.position);
        return Err(IngestError::Refused(errors));
    }
    for (patient, item, unit, at, kind) in &appends {
        db::access_events::append(
            &mut tx,
            db.engine(),
            &db::access_events::NewAccessEvent {
                patient_id: *patient,
                register,
                occurred_at: *at,
                actor: ActorKind::CareUnit,
                care_unit: Some(unit),
                staff: None,
                kind: *kind,
                reason: item.reason.as_deref(),
                source: db::access_events::Source::RegisterSystem,
                source_event_id: Some(&item.id),
            },
            now,
        )
        .await?;
        outcome.created += 1;
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(outcome)
}

/// The checks one item needs no database for.
fn check(
    item: &RecordItem,
    definition: &[db::registers::RecordTypeContent],
    today: time::Date,
) -> Result<(Personnummer, HsaId, time::Date), String> {
    check_id(&item.id)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ndjson_and_json_batches_read_the_same_items() {
        let json = br#"{"items": [{"id": "a"}, {"id": "b"}]}"#;
        let ndjson = b"{\"id\": \"a\"}\n\n{\"id\": \"b\"}\n";
        assert_eq!(
            parse_batch(json, BatchFormat::Json, 10),
            parse_batch(ndjson, BatchFormat::Ndjson, 10)
        );
        assert_eq!(
            parse_batch(b"{\"id\": 1}\nnot json", BatchFormat::Ndjson, 10).unwrap_err(),
            BatchError::BadLine {
                line: 2,
                reason: "expected ident at line 1 column 2".into()
            }
        );
        assert_eq!(
            parse_batch(b"{}\n{}\n{}", BatchFormat::Ndjson, 2),
            Err(BatchError::TooMany)
        );
        assert!(matches!(
            parse_batch(br#"{"items": [], "more": 1}"#, BatchFormat::Json, 2),
            Err(BatchError::NotABatch(_))
        ));
    }

    fn definition() -> Vec<db::registers::RecordTypeContent> {
        let field = |code: &str, value_type: &str, required: bool| db::registers::FieldContent {
            code: code.into(),
            label_sv: code.into(),
            label_en: code.into(),
            value_type: value_type.into(),
            unit: None,
            options: vec![],
            required,
        };
        vec![db::registers::RecordTypeContent {
            code: "transfer".into(),
            label_sv: "Återföring".into(),
            label_en: "Transfer".into(),
            fields: vec![
                field("transfer_date", "date", true),
                field("embryos", "integer", false),
            ],
        }]
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
        fn any_bytes_make_a_batch_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse_batch(&bytes, BatchFormat::Json, 50);
            let _ = parse_batch(&bytes, BatchFormat::Ndjson, 50);
        }

        #[test]
        fn any_json_item_is_checked_without_a_panic(value in any_json()) {
            if let Ok(item) = serde_json::from_value::<RecordItem>(value) {
                let today = time::macros::date!(2026 - 11 - 25);
                let _ = check(&item, &definition(), today);
            }
        }
    }
}
