//! The `access_events` table: the access log. Append-only (the database
//! refuses UPDATE and DELETE) and hash-chained: each entry gets the next
//! sequence number and a leaf hash over its content, in the manner of
//! RFC 6962 (a 0x00 prefix separates leaves from interior nodes).
//!
//! The leaf format, versioned, is [`insyn_proof::leaf`]'s: shared with the
//! verifiers that check a downloaded log with no database.

use super::{DbError, Engine};
use app::domain::{AccessKind, AccessPurpose, ActorKind, HsaId, RegisterCode, RelationKind};
use sqlx::AnyConnection;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    RegisterSystem,
    Insyn,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::RegisterSystem => "register_system",
            Source::Insyn => "insyn",
        }
    }
}

pub use insyn_proof::leaf::{Entry, LEAF_VERSION};

/// Which data an entry touched, as the column stores it: canonical JSON,
/// `[{"record_type": …, "fields": […]}]` with the record types and their
/// fields sorted and each once, so the same data always hashes alike.
pub fn data_touched<'a>(items: impl IntoIterator<Item = (&'a str, Vec<&'a str>)>) -> String {
    let mut touched: std::collections::BTreeMap<&str, std::collections::BTreeSet<&str>> =
        std::collections::BTreeMap::new();
    for (record_type, fields) in items {
        touched.entry(record_type).or_default().extend(fields);
    }
    serde_json::Value::Array(
        touched
            .into_iter()
            .map(|(record_type, fields)| {
                serde_json::json!({ "record_type": record_type, "fields": fields })
            })
            .collect(),
    )
    .to_string()
}

/// Someone who acted for the patient: who, and through which relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActingBy {
    pub patient_id: i64,
    pub relation: RelationKind,
}

pub struct NewAccessEvent<'a> {
    pub patient_id: i64,
    pub register: &'a RegisterCode,
    pub occurred_at: i64,
    pub actor: ActorKind,
    pub care_unit: Option<&'a HsaId>,
    pub staff: Option<&'a HsaId>,
    pub kind: AccessKind,
    pub reason: Option<&'a str>,
    pub source: Source,
    pub source_event_id: Option<&'a str>,
    /// Set when a guardian, proxy or representative did it for the patient.
    pub acting: Option<ActingBy>,
    /// The release a disclosure entry records.
    pub release: Option<i64>,
    /// Why.
    pub purpose: Option<AccessPurpose>,
    /// Which data: canonical JSON ([`data_touched`]).
    pub data_touched: Option<&'a str>,
}

impl NewAccessEvent<'_> {
    /// The entry's leaf hash once it has its number and time.
    pub fn leaf_hash(&self, seq: i64, recorded_at: i64) -> String {
        Entry {
            seq,
            patient_id: self.patient_id,
            register_code: self.register.as_str().to_owned(),
            occurred_at: self.occurred_at,
            actor_kind: self.actor.as_str().to_owned(),
            care_unit: self.care_unit.map(|u| u.as_str().to_owned()),
            staff_hsa_id: self.staff.map(|s| s.as_str().to_owned()),
            access_kind: self.kind.as_str().to_owned(),
            reason: self.reason.map(str::to_owned),
            source: self.source.as_str().to_owned(),
            source_event_id: self.source_event_id.map(str::to_owned),
            recorded_at,
            leaf_hash: String::new(),
            leaf_version: LEAF_VERSION,
            acting_patient_id: self.acting.map(|a| a.patient_id),
            acting_as: self.acting.map(|a| a.relation.as_str().to_owned()),
            release_id: self.release,
            purpose: self.purpose.map(|p| p.as_str().to_owned()),
            data_touched: self.data_touched.map(str::to_owned),
        }
        .computed_leaf_hash()
    }
}

/// Up to `limit` entries after `after` by sequence number, in order: the
/// whole log page by page, for verification.
pub async fn entries_after(
    conn: &mut AnyConnection,
    after: i64,
    limit: i64,
) -> Result<Vec<Entry>, DbError> {
    Ok(sqlx::query_as(
        "SELECT seq, patient_id, register_code, occurred_at, actor_kind, care_unit, staff_hsa_id,
                access_kind, reason, source, source_event_id, recorded_at, leaf_hash,
                leaf_version, acting_patient_id, acting_as, release_id, purpose, data_touched
         FROM access_events WHERE seq > $1 ORDER BY seq LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

/// The entries with these numbers, in order.
pub async fn entries_among(conn: &mut AnyConnection, seqs: &[i64]) -> Result<Vec<Entry>, DbError> {
    let mut entries = Vec::with_capacity(seqs.len());
    for part in seqs.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT seq, patient_id, register_code, occurred_at, actor_kind, care_unit, staff_hsa_id,
                    access_kind, reason, source, source_event_id, recorded_at, leaf_hash,
                    leaf_version, acting_patient_id, acting_as, release_id, purpose, data_touched
             FROM access_events WHERE seq IN ({}) ORDER BY seq",
            super::placeholders(1, part.len())
        );
        let mut query = sqlx::query_as::<_, Entry>(&sql);
        for seq in part {
            query = query.bind(*seq);
        }
        entries.extend(query.fetch_all(&mut *conn).await?);
    }
    entries.sort_by_key(|e| e.seq);
    Ok(entries)
}

/// The stored leaf hashes (hex) of the first `size` entries, in order.
pub async fn leaf_hashes(conn: &mut AnyConnection, size: i64) -> Result<Vec<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT leaf_hash FROM access_events WHERE seq <= $1 ORDER BY seq")
            .bind(size)
            .fetch_all(conn)
            .await?,
    )
}

/// The number of the last entry (0 for an empty log).
pub async fn last_seq(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM access_events")
            .fetch_one(conn)
            .await?,
    )
}

/// Appends an event with the next sequence number. Call inside the
/// transaction that reads the data the event records.
pub async fn append(
    conn: &mut AnyConnection,
    engine: Engine,
    event: &NewAccessEvent<'_>,
    now: i64,
) -> Result<i64, DbError> {
    append_many(conn, engine, std::slice::from_ref(event), now).await
}

/// Appends events in their order with the next contiguous sequence numbers;
/// the last one's number.
pub async fn append_many(
    conn: &mut AnyConnection,
    engine: Engine,
    events: &[NewAccessEvent<'_>],
    now: i64,
) -> Result<i64, DbError> {
    if engine == Engine::Postgres {
        // Serialises appenders so sequence numbers stay contiguous; released
        // at commit or rollback. SQLite has a single writer already.
        sqlx::query("SELECT pg_advisory_xact_lock(6962)")
            .execute(&mut *conn)
            .await?;
    }
    let mut seq: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM access_events")
        .fetch_one(&mut *conn)
        .await?;
    for part in events.chunks(super::BULK_ROWS) {
        let sql = format!(
            "INSERT INTO access_events (seq, patient_id, register_code, occurred_at, actor_kind, care_unit, staff_hsa_id,
                 access_kind, reason, source, source_event_id, recorded_at, leaf_hash,
                 leaf_version, acting_patient_id, acting_as, release_id, purpose, data_touched)
             VALUES {}",
            super::values_rows(part.len(), 19)
        );
        let mut query = sqlx::query(&sql);
        for event in part {
            seq += 1;
            query = query
                .bind(seq)
                .bind(event.patient_id)
                .bind(event.register.as_str())
                .bind(event.occurred_at)
                .bind(event.actor.as_str())
                .bind(event.care_unit.map(HsaId::as_str))
                .bind(event.staff.map(HsaId::as_str))
                .bind(event.kind.as_str())
                .bind(event.reason)
                .bind(event.source.as_str())
                .bind(event.source_event_id)
                .bind(now)
                .bind(event.leaf_hash(seq, now))
                .bind(LEAF_VERSION)
                .bind(event.acting.map(|a| a.patient_id))
                .bind(event.acting.map(|a| a.relation.as_str()))
                .bind(event.release)
                .bind(event.purpose.map(AccessPurpose::as_str))
                .bind(event.data_touched);
        }
        query.execute(&mut *conn).await?;
    }
    fail::fail_point!("access-events-appended", |_| Err(super::lost_connection()));
    Ok(seq)
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM access_events")
        .fetch_one(conn)
        .await?)
}

/// One entry of a patient's access log, as their copies show it. The codes
/// are decoded here, at the row (the table's CHECK constraints hold them to
/// the known ones).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LoggedAccess {
    pub seq: i64,
    pub register_code: String,
    pub occurred_at: i64,
    #[sqlx(try_from = "String")]
    pub actor: ActorKind,
    pub care_unit_hsa_id: Option<String>,
    pub care_unit_name: Option<String>,
    #[sqlx(try_from = "String")]
    pub kind: AccessKind,
    pub reason: Option<String>,
    pub source: String,
    /// How the person who acted for the patient is related to them.
    pub acting_as: Option<String>,
    pub acting_given_name: Option<String>,
    pub acting_family_name: Option<String>,
    /// Why (none before purposes were kept).
    pub purpose: Option<String>,
    /// Which data, as [`data_touched`] writes it.
    pub data_touched: Option<String>,
}

/// The columns of a [`LoggedAccess`], with the care unit's name and the
/// name of whoever acted for the patient.
const LOGGED: &str = "SELECT e.seq, e.register_code, e.occurred_at, e.actor_kind AS actor,
        e.care_unit AS care_unit_hsa_id, c.name AS care_unit_name, e.access_kind AS kind, e.reason, e.source,
        e.acting_as, ap.given_name AS acting_given_name, ap.family_name AS acting_family_name,
        e.purpose, e.data_touched
     FROM access_events e LEFT JOIN care_units c ON c.hsa_id = e.care_unit
     LEFT JOIN patients ap ON ap.id = e.acting_patient_id";

/// The next entries of a patient's log after `after` (by sequence number),
/// oldest first, optionally in one register only.
pub async fn batch_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: Option<&str>,
    after: i64,
    limit: i64,
) -> Result<Vec<LoggedAccess>, DbError> {
    let rows: Vec<LoggedAccess> = sqlx::query_as(&format!(
        "{LOGGED}
         WHERE e.patient_id = $1 AND (CAST($2 AS TEXT) IS NULL OR e.register_code = $2) AND e.seq > $3
         ORDER BY e.seq LIMIT $4"
    ))
    .bind(patient_id)
    .bind(register)
    .bind(after)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows)
}

/// Which entries of a patient's log to show.
#[derive(Debug, Clone, Default)]
pub struct LogQuery {
    pub register: Option<String>,
    pub care_unit: Option<String>,
    /// From this time (unix seconds, inclusive).
    pub from: Option<i64>,
    /// Before this time (unix seconds, exclusive).
    pub until: Option<i64>,
    /// The patient's own views and downloads (true), or everyone else's.
    pub own: bool,
    /// Only accesses for this purpose.
    pub purpose: Option<AccessPurpose>,
    /// After this entry (time, number) in newest-first order: the cursor.
    pub after: Option<(i64, i64)>,
}

/// One page of a patient's log, newest first (keyset pagination over the
/// index by patient, time and number).
pub async fn page_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    query: &LogQuery,
    limit: i64,
) -> Result<Vec<LoggedAccess>, DbError> {
    let (after_at, after_seq) = query.after.unwrap_or((i64::MAX, i64::MAX));
    let rows: Vec<LoggedAccess> = sqlx::query_as(&format!(
        "{LOGGED}
         WHERE e.patient_id = $1
           AND (CAST($2 AS TEXT) IS NULL OR e.register_code = $2)
           AND (CAST($3 AS TEXT) IS NULL OR e.care_unit = $3)
           AND e.occurred_at >= $4 AND e.occurred_at < $5
           -- As the index access_events_by_patient_and_whose has it (migration 0019).
           AND (CASE WHEN e.actor_kind = 'patient' AND e.acting_as IS NULL THEN 1 ELSE 0 END) = $6
           AND e.occurred_at <= $7 AND (e.occurred_at < $7 OR e.seq < $8)
           AND (CAST($10 AS TEXT) IS NULL OR e.purpose = $10)
         ORDER BY e.occurred_at DESC, e.seq DESC LIMIT $9"
    ))
    .bind(patient_id)
    .bind(query.register.as_deref())
    .bind(query.care_unit.as_deref())
    .bind(query.from.unwrap_or(i64::MIN))
    .bind(query.until.unwrap_or(i64::MAX))
    .bind(i64::from(query.own))
    .bind(after_at)
    .bind(after_seq)
    .bind(limit)
    .bind(query.purpose.map(AccessPurpose::as_str))
    .fetch_all(conn)
    .await?;
    Ok(rows)
}

/// Entry `seq` of the patient's log, if it is theirs.
pub async fn one_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    seq: i64,
) -> Result<Option<LoggedAccess>, DbError> {
    let row: Option<LoggedAccess> = sqlx::query_as(&format!(
        "{LOGGED}
         WHERE e.patient_id = $1 AND e.seq = $2"
    ))
    .bind(patient_id)
    .bind(seq)
    .fetch_optional(conn)
    .await?;
    Ok(row)
}

/// The care units in a patient's log (HSA-id and name), for choosing one.
pub async fn care_units_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
) -> Result<Vec<(String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT DISTINCT c.hsa_id, c.name FROM access_events e JOIN care_units c ON c.hsa_id = e.care_unit
         WHERE e.patient_id = $1 AND e.care_unit IS NOT NULL ORDER BY c.name",
    )
    .bind(patient_id)
    .fetch_all(conn)
    .await?)
}

/// What a register system reported before: patient, time, care unit, kind
/// and reason, then purpose and data touched (none before they were kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    pub content: (i64, i64, Option<String>, String, Option<String>),
    pub purpose: Option<String>,
    pub data_touched: Option<String>,
}

/// What a register system reported before under each of `source_event_ids`
/// that it used, by source event id.
pub async fn reported_among(
    conn: &mut AnyConnection,
    register: &str,
    source_event_ids: &[&str],
) -> Result<std::collections::HashMap<String, Reported>, DbError> {
    type Row = (
        String,
        i64,
        i64,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let mut found = std::collections::HashMap::new();
    for part in source_event_ids.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT source_event_id, patient_id, occurred_at, care_unit, access_kind, reason, purpose,
                    data_touched FROM access_events
             WHERE register_code = $1 AND source_event_id IN ({})",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_as::<_, Row>(&sql).bind(register);
        for id in part {
            query = query.bind(*id);
        }
        for (id, patient, at, unit, kind, reason, purpose, data_touched) in
            query.fetch_all(&mut *conn).await?
        {
            found.insert(
                id,
                Reported {
                    content: (patient, at, unit, kind, reason),
                    purpose,
                    data_touched,
                },
            );
        }
    }
    Ok(found)
}
