//! The `access_events` table: the access log. Append-only (the database
//! refuses UPDATE and DELETE) and hash-chained: each entry gets the next
//! sequence number and a leaf hash over its content, in the manner of
//! RFC 6962 (a 0x00 prefix separates leaves from interior nodes).

use super::{DbError, Engine};
use app::domain::{AccessKind, ActorKind, HsaId, RegisterCode};
use sha2::{Digest, Sha256};
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
}

impl NewAccessEvent<'_> {
    /// The RFC 6962 leaf hash: SHA-256 of 0x00 and the entry's canonical
    /// encoding (each field length-prefixed, so no two entries encode alike).
    pub fn leaf_hash(&self, seq: i64, recorded_at: i64) -> String {
        let mut hasher = Sha256::new();
        hasher.update([0u8]);
        let fields: [&str; 9] = [
            &seq.to_string(),
            &self.patient_id.to_string(),
            self.register.as_str(),
            &self.occurred_at.to_string(),
            self.actor.as_str(),
            self.care_unit.map(HsaId::as_str).unwrap_or(""),
            self.staff.map(HsaId::as_str).unwrap_or(""),
            self.kind.as_str(),
            self.reason.unwrap_or(""),
        ];
        for field in fields.iter().chain([
            &self.source.as_str(),
            &self.source_event_id.unwrap_or(""),
            &recorded_at.to_string().as_str(),
        ]) {
            hasher.update((field.len() as u64).to_be_bytes());
            hasher.update(field.as_bytes());
        }
        hex::encode(hasher.finalize())
    }
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
                 access_kind, reason, source, source_event_id, recorded_at, leaf_hash)
             VALUES {}",
            super::values_rows(part.len(), 13)
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
                .bind(event.leaf_hash(seq, now));
        }
        query.execute(&mut *conn).await?;
    }
    Ok(seq)
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM access_events")
        .fetch_one(conn)
        .await?)
}

/// One entry of a patient's access log, as their copies show it.
#[derive(Debug, Clone)]
pub struct LoggedAccess {
    pub seq: i64,
    pub register_code: String,
    pub occurred_at: i64,
    pub actor: String,
    pub care_unit_hsa_id: Option<String>,
    pub care_unit_name: Option<String>,
    pub kind: String,
    pub reason: Option<String>,
    pub source: String,
}

/// The next entries of a patient's log after `after` (by sequence number),
/// oldest first, optionally in one register only.
pub async fn batch_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: Option<&str>,
    after: i64,
    limit: i64,
) -> Result<Vec<LoggedAccess>, DbError> {
    type Row = (
        i64,
        String,
        i64,
        String,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
        String,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT e.seq, e.register_code, e.occurred_at, e.actor_kind, e.care_unit, c.name, e.access_kind, e.reason, e.source
         FROM access_events e LEFT JOIN care_units c ON c.hsa_id = e.care_unit
         WHERE e.patient_id = $1 AND (CAST($2 AS TEXT) IS NULL OR e.register_code = $2) AND e.seq > $3
         ORDER BY e.seq LIMIT $4",
    )
    .bind(patient_id)
    .bind(register)
    .bind(after)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(
                seq,
                register_code,
                occurred_at,
                actor,
                care_unit_hsa_id,
                care_unit_name,
                kind,
                reason,
                source,
            )| LoggedAccess {
                seq,
                register_code,
                occurred_at,
                actor,
                care_unit_hsa_id,
                care_unit_name,
                kind,
                reason,
                source,
            },
        )
        .collect())
}

/// What a register system reported before: patient, time, care unit, kind
/// and reason.
pub type Reported = (i64, i64, Option<String>, String, Option<String>);

/// What a register system reported before under each of `source_event_ids`
/// that it used, by source event id.
pub async fn reported_among(
    conn: &mut AnyConnection,
    register: &str,
    source_event_ids: &[&str],
) -> Result<std::collections::HashMap<String, Reported>, DbError> {
    type Row = (String, i64, i64, Option<String>, String, Option<String>);
    let mut found = std::collections::HashMap::new();
    for part in source_event_ids.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT source_event_id, patient_id, occurred_at, care_unit, access_kind, reason FROM access_events
             WHERE register_code = $1 AND source_event_id IN ({})",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_as::<_, Row>(&sql).bind(register);
        for id in part {
            query = query.bind(*id);
        }
        for (id, patient, at, unit, kind, reason) in query.fetch_all(&mut *conn).await? {
            found.insert(id, (patient, at, unit, kind, reason));
        }
    }
    Ok(found)
}
