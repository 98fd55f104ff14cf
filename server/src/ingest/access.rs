//! Access events as a register system logged them: appended to insyn's
//! access log as the care unit's, once; an event logged before never
//! changes.

use super::{Chunk, Common, Item, ItemError, Outcome, Store};
use crate::db::{self, DbError, access_events::NewAccessEvent};
use app::domain::{AccessKind, AccessPurpose, ActorKind, HsaId, Personnummer};
use serde::Deserialize;
use serde_json::Value;

/// One access to a person's data in the register, as the register system
/// logged it.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessItem {
    /// The register system's own identifier of the event (1–100
    /// characters). Sent again with the same content it changes nothing; a
    /// logged event never changes, so other content under a known id is refused.
    #[schema(example = "L-2026-884211")]
    pub id: String,
    /// Whose data was accessed: personnummer or samordningsnummer, 12 digits.
    #[schema(example = "19121212-1212")]
    pub personnummer: String,
    /// When (RFC 3339); not in the future.
    #[schema(example = "2026-11-02T09:14:00Z", format = DateTime)]
    pub occurred_at: String,
    /// The HSA-id of the care unit that accessed the data.
    #[schema(example = "SE2321000016-RM01")]
    pub care_unit: String,
    /// `read`, `export`, `correction`, `disclosure_research` or `disclosure_statistics`.
    #[schema(example = "read")]
    pub kind: String,
    /// The reason the source gives, if it gives one (at most 500 characters).
    #[serde(default)]
    #[schema(example = "Uppföljning inför ny behandling")]
    pub reason: Option<String>,
    /// Why: `care_quality`, `data_quality`, `patient_request`,
    /// `research_release`, `statistics_release`, `legal_duty` or
    /// `technical_support`.
    #[schema(example = "care_quality")]
    pub purpose: String,
    /// Which data was touched: record types of the register, each with the
    /// fields where known (at most 50 record types, 100 fields each).
    #[serde(default)]
    pub data: Option<Vec<DataTouched>>,
}

/// One record type an access touched, and which of its fields.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DataTouched {
    /// A record type's code (1–64 of a–z, 0–9 and _).
    #[schema(example = "treatment_cycle")]
    pub record_type: String,
    /// Field codes of the record type, as its definition names them.
    #[serde(default)]
    #[schema(example = json!(["treatment", "cycle_start"]))]
    pub fields: Vec<String>,
}

impl Item for AccessItem {
    const WHAT: &'static str = "an access event";
    fn id(&self) -> &str {
        &self.id
    }
}

/// An event that passed the checks that need no database.
struct Parsed {
    position: usize,
    item: AccessItem,
    checked: Checked,
}

pub(super) async fn chunk(
    ingest: &mut Common,
    conn: &mut sqlx::AnyConnection,
    engine: db::Engine,
    items: Vec<(usize, Value)>,
    store: Store,
) -> Result<Chunk, DbError> {
    let mut refused = Vec::new();
    let mut parsed = Vec::with_capacity(items.len());
    for (position, value) in items {
        let item: AccessItem = match ingest.read(position, value) {
            Ok(item) => item,
            Err(error) => {
                refused.push(error);
                continue;
            }
        };
        match check(&item, ingest.today, ingest.now) {
            Ok(checked) => parsed.push(Parsed {
                position,
                item,
                checked,
            }),
            Err(reason) => refused.push(ItemError {
                position,
                id: Some(item.id),
                reason,
            }),
        }
    }

    ingest
        .learn_units(conn, parsed.iter().map(|p| &p.checked.unit))
        .await?;
    let register = ingest.register.as_str();
    let persons: Vec<&Personnummer> = parsed.iter().map(|p| &p.checked.pnr).collect();
    let mut patients = db::patients::ids_among(conn, &persons).await?;
    let ids: Vec<&str> = parsed.iter().map(|p| p.item.id.as_str()).collect();
    let reported = db::access_events::reported_among(conn, register, &ids).await?;

    let mut outcome = Outcome::default();
    let mut passing = Vec::with_capacity(parsed.len());
    for p in parsed {
        let refuse = |reason: &str| ItemError {
            position: p.position,
            id: Some(p.item.id.clone()),
            reason: reason.to_owned(),
        };
        if !ingest.knows_unit(&p.checked.unit) {
            refused.push(refuse("unknown care unit"));
            continue;
        }
        match reported.get(&p.item.id) {
            None => passing.push(p),
            Some(before)
                if before.content
                    == (
                        patients.get(p.checked.pnr.expose()).copied().unwrap_or(-1),
                        p.checked.at,
                        Some(p.checked.unit.as_str().to_owned()),
                        p.checked.kind.as_str().to_owned(),
                        p.item.reason.clone(),
                    )
                    // Logged before purposes were kept, it stays as it was.
                    && (before.purpose.is_none()
                        || (before.purpose.as_deref() == Some(p.checked.purpose.as_str())
                            && before.data_touched == p.checked.data_touched)) =>
            {
                outcome.unchanged += 1
            }
            Some(_) => refused.push(refuse(
                "this id was logged before with other content; a logged access never changes",
            )),
        }
    }

    let store = match store {
        Store::IfAllPass => refused.is_empty(),
        Store::Passing => true,
        Store::Nothing => false,
    };
    if !store {
        return Ok(Chunk {
            outcome: Outcome::default(),
            refused,
        });
    }
    let new_persons: Vec<&Personnummer> = passing
        .iter()
        .filter(|p| !patients.contains_key(p.checked.pnr.expose()))
        .map(|p| &p.checked.pnr)
        .collect();
    if !new_persons.is_empty() {
        db::patients::insert_missing(conn, &new_persons, ingest.now).await?;
        patients.extend(db::patients::ids_among(conn, &new_persons).await?);
    }
    let mut events = Vec::with_capacity(passing.len());
    for p in &passing {
        events.push(NewAccessEvent {
            patient_id: patients
                .get(p.checked.pnr.expose())
                .copied()
                .ok_or_else(|| {
                    DbError::Corrupt("a person inserted in bulk was not found again".into())
                })?,
            register: &ingest.register,
            occurred_at: p.checked.at,
            actor: ActorKind::CareUnit,
            care_unit: Some(&p.checked.unit),
            staff: None,
            kind: p.checked.kind,
            reason: p.item.reason.as_deref(),
            source: db::access_events::Source::RegisterSystem,
            source_event_id: Some(&p.item.id),
            acting: None,
            release: None,
            purpose: Some(p.checked.purpose),
            data_touched: p.checked.data_touched.as_deref(),
        });
    }
    if !events.is_empty() {
        db::access_events::append_many(conn, engine, &events, ingest.now).await?;
    }
    outcome.created += events.len();
    Ok(Chunk { outcome, refused })
}

/// The checks one event needs no database for.
fn check(item: &AccessItem, today: time::Date, now: i64) -> Result<Checked, String> {
    let pnr =
        Personnummer::parse(&item.personnummer, today).map_err(|e| format!("personnummer: {e}"))?;
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
    // An opt-out registered for the patient is insyn's own act, never an
    // access a register system reports.
    let kind: AccessKind = item
        .kind
        .parse()
        .ok()
        .filter(|kind| *kind != AccessKind::OptOut)
        .ok_or_else(|| format!("unknown kind {:?}", item.kind))?;
    if item
        .reason
        .as_ref()
        .is_some_and(|r| r.chars().count() > 500)
    {
        return Err("reason: at most 500 characters".to_owned());
    }
    let purpose: AccessPurpose = item
        .purpose
        .parse()
        .map_err(|_| format!("purpose: unknown purpose {:?}", item.purpose))?;
    let data_touched = item.data.as_deref().map(touched).transpose()?;
    Ok(Checked {
        pnr,
        unit,
        at,
        kind,
        purpose,
        data_touched,
    })
}

/// What [`check`] read from an event.
struct Checked {
    pnr: Personnummer,
    unit: HsaId,
    at: i64,
    kind: AccessKind,
    purpose: AccessPurpose,
    data_touched: Option<String>,
}

/// A code of a record type or field: 1–64 of a–z, 0–9 and _.
fn is_code(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The data touched as the column stores it, or why not.
fn touched(data: &[DataTouched]) -> Result<String, String> {
    if data.len() > 50 || data.iter().any(|d| d.fields.len() > 100) {
        return Err("data: at most 50 record types of 100 fields each".to_owned());
    }
    if let Some(bad) = data
        .iter()
        .flat_map(|d| std::iter::once(&d.record_type).chain(&d.fields))
        .find(|code| !is_code(code))
    {
        return Err(format!("data: {bad:?} is not a record type or field code"));
    }
    Ok(db::access_events::data_touched(data.iter().map(|d| {
        (
            d.record_type.as_str(),
            d.fields.iter().map(String::as_str).collect(),
        )
    })))
}
