//! Ingestion of what a register system reports: records and access events.
//! A batch is checked item by item against the register's content
//! definition and what insyn knows (care units, opt-outs, restrictions), and
//! stored all or nothing. Each item carries the register's own identifier,
//! so a batch sent again changes nothing; a record with a known identifier
//! and new content is a new version (the old one stays), while an access
//! event, once logged, never changes.

mod access;
mod records;

pub use access::{AccessItem, DataTouched};
pub use records::{RecordItem, from_csv_row};

use crate::{
    clock::Clock,
    db::{self, Db, DbError},
};
use app::domain::{HsaId, RegisterCode};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::Value;
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

/// Why one item of a batch was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ItemError {
    /// The item's place in the batch, from 0 (in `insyn import`'s error
    /// file: its line).
    #[schema(example = 3)]
    pub position: usize,
    /// The item's identifier, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "Q-2026-000126")]
    pub id: Option<String>,
    #[schema(example = "unknown care unit")]
    pub reason: String,
}

/// What a stored batch did: items new to insyn, new versions of known
/// records, and items already stored as they are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Outcome {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl std::ops::AddAssign for Outcome {
    fn add_assign(&mut self, other: Outcome) {
        self.created += other.created;
        self.updated += other.updated;
        self.unchanged += other.unchanged;
    }
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The batch was refused; nothing was stored.
    #[error("{} item(s) refused", .0.len())]
    Refused(Vec<ItemError>),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// What is ingested: records or access events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Records,
    AccessEvents,
}

/// What to do with a chunk of items once checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    /// Store the chunk if every item passed; otherwise nothing.
    IfAllPass,
    /// Store the items that passed; refuse the others.
    Passing,
    /// Only check (an all-or-nothing file already failed: keep finding errors).
    Nothing,
}

/// What one chunk did.
#[derive(Debug, Default)]
pub struct Chunk {
    pub outcome: Outcome,
    /// Every refused item, by position.
    pub refused: Vec<ItemError>,
}

/// Ingestion into one register, chunk by chunk, within the caller's
/// transaction. Remembers what it saw across chunks (ids, care units), so a
/// whole file is checked as one batch.
pub struct Ingest {
    common: Common,
    kind: KindState,
}

/// What both kinds of ingestion keep across chunks.
struct Common {
    register: RegisterCode,
    today: time::Date,
    now: i64,
    seen_ids: HashSet<String>,
    known_units: HashMap<String, bool>,
}

enum KindState {
    Records(records::Definition),
    AccessEvents,
}

impl Ingest {
    pub async fn new(
        conn: &mut sqlx::AnyConnection,
        kind: ItemKind,
        register: RegisterCode,
        clock: &Clock,
    ) -> Result<Self, DbError> {
        let kind = match kind {
            ItemKind::Records => {
                KindState::Records(records::Definition::load(conn, &register).await?)
            }
            ItemKind::AccessEvents => KindState::AccessEvents,
        };
        Ok(Ingest {
            common: Common {
                register,
                today: clock.today(),
                now: clock.unix(),
                seen_ids: HashSet::new(),
                known_units: HashMap::new(),
            },
            kind,
        })
    }

    /// Checks `items` (each with its position: in a batch from 0, in a file
    /// its line) and stores them as `store` says.
    pub async fn chunk(
        &mut self,
        conn: &mut sqlx::AnyConnection,
        engine: db::Engine,
        items: Vec<(usize, Value)>,
        store: Store,
    ) -> Result<Chunk, DbError> {
        if engine == db::Engine::Postgres {
            // Plan each lookup for the tables as they are now: a bulk load
            // grows them within the transaction, and a generic plan made
            // while they were small scans them whole.
            sqlx::query("SET LOCAL plan_cache_mode = force_custom_plan")
                .execute(&mut *conn)
                .await?;
        }
        let common = &mut self.common;
        let mut chunk = match &self.kind {
            KindState::Records(definition) => {
                records::chunk(common, definition, conn, items, store).await?
            }
            KindState::AccessEvents => access::chunk(common, conn, engine, items, store).await?,
        };
        chunk.refused.sort_by_key(|e| e.position);
        Ok(chunk)
    }

    /// The register's content definition, when ingesting records.
    pub fn definition(&self) -> Option<&[db::registers::RecordTypeContent]> {
        match &self.kind {
            KindState::Records(definition) => Some(definition.types()),
            KindState::AccessEvents => None,
        }
    }
}

impl Common {
    /// Reads one item of type `T`: its shape, its id, and that the id is new
    /// in this batch.
    fn read<T: Item>(&mut self, position: usize, value: Value) -> Result<T, ItemError> {
        let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
        let refuse = |reason: String| ItemError {
            position,
            id: id.clone(),
            reason,
        };
        let item: T =
            serde_json::from_value(value).map_err(|e| refuse(format!("not {}: {e}", T::WHAT)))?;
        let id = item.id();
        if id.trim().is_empty() || id.len() > 100 {
            return Err(refuse("id must be 1 to 100 characters".into()));
        }
        if !self.seen_ids.insert(id.to_owned()) {
            return Err(refuse("the same id twice in one batch".into()));
        }
        Ok(item)
    }

    /// Which of `units` insyn knows, asking the database once per unit.
    async fn learn_units<'u>(
        &mut self,
        conn: &mut sqlx::AnyConnection,
        units: impl Iterator<Item = &'u HsaId>,
    ) -> Result<(), DbError> {
        let unknown: HashSet<&str> = units
            .map(HsaId::as_str)
            .filter(|u| !self.known_units.contains_key(*u))
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        let unknown: Vec<&str> = unknown.into_iter().collect();
        let known = db::care_units::known_among(conn, &unknown).await?;
        for unit in unknown {
            self.known_units
                .insert(unit.to_owned(), known.contains(unit));
        }
        Ok(())
    }

    fn knows_unit(&self, unit: &HsaId) -> bool {
        self.known_units
            .get(unit.as_str())
            .copied()
            .unwrap_or(false)
    }
}

/// An item of a batch: it has the register's own identifier.
trait Item: DeserializeOwned {
    /// "a record item", for the refusal of something else.
    const WHAT: &'static str;
    fn id(&self) -> &str;
}

/// The items of a batch, numbered from 0.
fn numbered(items: Vec<Value>) -> Vec<(usize, Value)> {
    items.into_iter().enumerate().collect()
}

/// Stores one batch of `kind` for `register`, all or nothing.
pub async fn batch(
    db: &Db,
    clock: &Clock,
    kind: ItemKind,
    register: &RegisterCode,
    items: Vec<Value>,
) -> Result<Outcome, IngestError> {
    let mut tx = db.begin_write().await?;
    let mut ingest = Ingest::new(&mut tx, kind, register.clone(), clock).await?;
    let chunk = ingest
        .chunk(&mut tx, db.engine(), numbered(items), Store::IfAllPass)
        .await?;
    if !chunk.refused.is_empty() {
        return Err(IngestError::Refused(chunk.refused));
    }
    fail::fail_point!("ingest-before-commit", |_| Err(crate::db::lost_connection(
    )
    .into()));
    tx.commit().await.map_err(DbError::from)?;
    Ok(chunk.outcome)
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

    proptest! {
        #[test]
        fn any_bytes_make_a_batch_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse_batch(&bytes, BatchFormat::Json, 50);
            let _ = parse_batch(&bytes, BatchFormat::Ndjson, 50);
        }
    }
}
