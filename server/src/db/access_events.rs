//! The `access_events` table: the access log. Append-only (the database
//! refuses UPDATE and DELETE) and hash-chained: each entry gets the next
//! sequence number and a leaf hash over its content, in the manner of
//! RFC 6962 (a 0x00 prefix separates leaves from interior nodes).
//!
//! The leaf grows through versions: an entry keeps the version it was
//! written with (it is part of what the hash covers) and verifies as that
//! version forever; new entries are written with [`LEAF_VERSION`].
//!
//! - 1: the twelve columns of the first schema.
//! - 2: also who acted for the patient (`acting_patient_id`, `acting_as`).
//! - 3: also the release the entry records (`release_id`), for a disclosure.
//! - 4: also why (`purpose`) and which data (`data_touched`).

use super::{DbError, Engine};
use app::domain::{AccessKind, AccessPurpose, ActorKind, HsaId, RegisterCode, RelationKind};
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

/// The leaf format new entries are written with.
pub const LEAF_VERSION: i64 = 4;

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

/// An entry of the log as stored, every column: also the leaf data a
/// downloaded log carries, from which a verifier recomputes the leaf hash.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub seq: i64,
    pub patient_id: i64,
    pub register_code: String,
    pub occurred_at: i64,
    pub actor_kind: String,
    pub care_unit: Option<String>,
    pub staff_hsa_id: Option<String>,
    pub access_kind: String,
    pub reason: Option<String>,
    pub source: String,
    pub source_event_id: Option<String>,
    pub recorded_at: i64,
    /// As stored (hex).
    pub leaf_hash: String,
    pub leaf_version: i64,
    pub acting_patient_id: Option<i64>,
    pub acting_as: Option<String>,
    pub release_id: Option<i64>,
    #[serde(default)]
    pub purpose: Option<String>,
    #[serde(default)]
    pub data_touched: Option<String>,
}

impl Entry {
    /// The RFC 6962 leaf hash of the entry's content: SHA-256 of 0x00 and
    /// each column length-prefixed (so no two entries encode alike; a
    /// missing value encodes as empty), the sequence number first. From
    /// version 2 the version and the later columns follow, so an entry of
    /// one version never encodes like one of another.
    pub fn computed_leaf_hash(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update([0u8]);
        let v1: [&str; 12] = [
            &self.seq.to_string(),
            &self.patient_id.to_string(),
            &self.register_code,
            &self.occurred_at.to_string(),
            &self.actor_kind,
            self.care_unit.as_deref().unwrap_or(""),
            self.staff_hsa_id.as_deref().unwrap_or(""),
            &self.access_kind,
            self.reason.as_deref().unwrap_or(""),
            &self.source,
            self.source_event_id.as_deref().unwrap_or(""),
            &self.recorded_at.to_string(),
        ];
        let acting_patient = self.acting_patient_id.map(|id| id.to_string());
        let v2: [&str; 3] = [
            &self.leaf_version.to_string(),
            acting_patient.as_deref().unwrap_or(""),
            self.acting_as.as_deref().unwrap_or(""),
        ];
        let release = self.release_id.map(|id| id.to_string());
        let v3: [&str; 1] = [release.as_deref().unwrap_or("")];
        let v4: [&str; 2] = [
            self.purpose.as_deref().unwrap_or(""),
            self.data_touched.as_deref().unwrap_or(""),
        ];
        let later: &[&str] = if self.leaf_version >= 2 { &v2 } else { &[] };
        let latest: &[&str] = if self.leaf_version >= 3 { &v3 } else { &[] };
        let newest: &[&str] = if self.leaf_version >= 4 { &v4 } else { &[] };
        for field in v1.iter().chain(later).chain(latest).chain(newest) {
            hasher.update((field.len() as u64).to_be_bytes());
            hasher.update(field.as_bytes());
        }
        hex::encode(hasher.finalize())
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
         WHERE e.patient_id = $1 ORDER BY c.name",
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entry() -> impl Strategy<Value = Entry> {
        let text = "[a-c0-9 ]{0,4}";
        (
            (
                0i64..4,
                0i64..4,
                text,
                0i64..3,
                text,
                proptest::option::of(text),
            ),
            (
                proptest::option::of(text),
                text,
                proptest::option::of(text),
                text,
                proptest::option::of(text),
                0i64..3,
            ),
            (
                1i64..=LEAF_VERSION,
                proptest::option::of(0i64..3),
                proptest::option::of(text),
                proptest::option::of(0i64..3),
                proptest::option::of(text),
                proptest::option::of(text),
            ),
        )
            .prop_map(
                |(
                    (seq, patient_id, register_code, occurred_at, actor_kind, care_unit),
                    (staff_hsa_id, access_kind, reason, source, source_event_id, recorded_at),
                    (leaf_version, acting_patient_id, acting_as, release_id, purpose, data_touched),
                )| Entry {
                    seq,
                    patient_id,
                    register_code,
                    occurred_at,
                    actor_kind,
                    care_unit,
                    staff_hsa_id,
                    access_kind,
                    reason,
                    source,
                    source_event_id,
                    recorded_at,
                    leaf_hash: String::new(),
                    leaf_version,
                    acting_patient_id,
                    acting_as,
                    release_id,
                    purpose,
                    data_touched,
                },
            )
    }

    /// `None` and `Some("")` encode alike on purpose (the columns hold no
    /// empty strings), so compare with that folded; a version 1 entry has
    /// no acting columns (the version decides what the hash covers).
    fn folded(e: &Entry) -> Entry {
        let fold = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
        let v2 = e.leaf_version >= 2;
        Entry {
            care_unit: fold(&e.care_unit),
            staff_hsa_id: fold(&e.staff_hsa_id),
            reason: fold(&e.reason),
            source_event_id: fold(&e.source_event_id),
            acting_patient_id: e.acting_patient_id.filter(|_| v2),
            acting_as: fold(&e.acting_as).filter(|_| v2),
            release_id: e.release_id.filter(|_| e.leaf_version >= 3),
            purpose: fold(&e.purpose).filter(|_| e.leaf_version >= 4),
            data_touched: fold(&e.data_touched).filter(|_| e.leaf_version >= 4),
            ..e.clone()
        }
    }

    /// The hash of the first schema's entries, as written before versions:
    /// a stored version 1 entry must keep verifying.
    #[test]
    fn a_version_1_entry_hashes_as_it_always_did() {
        let entry = Entry {
            seq: 1,
            patient_id: 1,
            register_code: "qivf".into(),
            occurred_at: 10,
            actor_kind: "patient".into(),
            care_unit: None,
            staff_hsa_id: None,
            access_kind: "read".into(),
            reason: None,
            source: "insyn".into(),
            source_event_id: None,
            recorded_at: 10,
            leaf_hash: String::new(),
            leaf_version: 1,
            acting_patient_id: Some(5),
            acting_as: Some("guardian".into()),
            release_id: Some(9),
            purpose: Some("care_quality".into()),
            data_touched: None,
        };
        let mut hasher = Sha256::new();
        hasher.update([0u8]);
        for field in [
            "1", "1", "qivf", "10", "patient", "", "", "read", "", "insyn", "", "10",
        ] {
            hasher.update((field.len() as u64).to_be_bytes());
            hasher.update(field.as_bytes());
        }
        assert_eq!(entry.computed_leaf_hash(), hex::encode(hasher.finalize()));
        let v2 = Entry {
            leaf_version: 2,
            ..entry.clone()
        };
        assert_ne!(v2.computed_leaf_hash(), entry.computed_leaf_hash());
        let other_actor = Entry {
            acting_patient_id: Some(6),
            ..v2.clone()
        };
        assert_ne!(other_actor.computed_leaf_hash(), v2.computed_leaf_hash());
        let v3 = Entry {
            leaf_version: 3,
            ..v2.clone()
        };
        assert_ne!(v3.computed_leaf_hash(), v2.computed_leaf_hash());
        let other_release = Entry {
            release_id: Some(10),
            ..v3.clone()
        };
        assert_ne!(other_release.computed_leaf_hash(), v3.computed_leaf_hash());
        let v4 = Entry {
            leaf_version: 4,
            ..v3.clone()
        };
        assert_ne!(v4.computed_leaf_hash(), v3.computed_leaf_hash());
        let other_purpose = Entry {
            purpose: Some("legal_duty".into()),
            ..v4.clone()
        };
        assert_ne!(other_purpose.computed_leaf_hash(), v4.computed_leaf_hash());
    }

    proptest! {
        #[test]
        fn entries_that_differ_hash_differently(a in entry(), b in entry()) {
            prop_assert_eq!(
                folded(&a) == folded(&b),
                a.computed_leaf_hash() == b.computed_leaf_hash()
            );
        }

        #[test]
        fn shifting_text_between_columns_changes_the_hash(
            left in "[a-c]{1,4}", right in "[a-c]{1,4}"
        ) {
            let mut a = folded(&Entry {
                seq: 1, patient_id: 1, register_code: "qivf".into(), occurred_at: 0,
                actor_kind: "care_unit".into(), care_unit: None, staff_hsa_id: None,
                access_kind: "read".into(), reason: Some(format!("{left}{right}")),
                source: "x".into(), source_event_id: None, recorded_at: 0, leaf_hash: String::new(),
                leaf_version: LEAF_VERSION, acting_patient_id: None, acting_as: None, release_id: None,
                purpose: None, data_touched: None,
            });
            let mut b = a.clone();
            b.reason = Some(left.clone());
            b.source = format!("{right}x");
            prop_assert_ne!(a.computed_leaf_hash(), b.computed_leaf_hash());
            a.leaf_hash = a.computed_leaf_hash();
            prop_assert_eq!(a.leaf_hash.len(), 64);
        }
    }
}
