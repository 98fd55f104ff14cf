//! The log follow-up's reads of the access log and the `access_reviews`
//! table: one register's entries over a period with what the flags need to
//! know of each, and the reviewers' marks (append-only; every mark is kept
//! and the latest is shown).

use super::DbError;
use sqlx::AnyConnection;
use std::collections::{HashMap, HashSet};

/// An entry of the access log by someone other than the patient, with who
/// it concerned.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Access {
    pub seq: i64,
    pub patient_id: i64,
    pub personnummer: String,
    pub protected_identity: i64,
    pub occurred_at: i64,
    pub actor_kind: String,
    pub care_unit: Option<String>,
    pub staff_hsa_id: Option<String>,
    pub access_kind: String,
    pub reason: Option<String>,
    pub source: String,
}

/// The register's entries from `from` until (not including) `until`,
/// oldest first, except the patients' own looks at their data.
pub async fn accesses(
    conn: &mut AnyConnection,
    register: &str,
    from: i64,
    until: i64,
) -> Result<Vec<Access>, DbError> {
    Ok(sqlx::query_as(
        "SELECT e.seq, e.patient_id, p.personnummer, p.protected_identity, e.occurred_at,
                e.actor_kind, e.care_unit, e.staff_hsa_id, e.access_kind, e.reason, e.source
         FROM access_events e JOIN patients p ON p.id = e.patient_id
         WHERE e.register_code = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3
           AND e.actor_kind <> 'patient'
         ORDER BY e.occurred_at, e.seq",
    )
    .bind(register)
    .bind(from)
    .bind(until)
    .fetch_all(conn)
    .await?)
}

/// Which (patient, care unit) pairs of `patients` have a record in the
/// register reported by that unit.
pub async fn reporting_units(
    conn: &mut AnyConnection,
    register: &str,
    patients: &[i64],
) -> Result<HashSet<(i64, String)>, DbError> {
    let mut pairs = HashSet::new();
    for part in patients.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT DISTINCT patient_id, care_unit FROM records
             WHERE register_code = $1 AND patient_id IN ({})",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql).bind(register);
        for id in part {
            query = query.bind(*id);
        }
        pairs.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(pairs)
}

/// When each of `patients`' requests in the register was open: received,
/// and decided (`None`: open still).
pub async fn cases_open(
    conn: &mut AnyConnection,
    register: &str,
    patients: &[i64],
) -> Result<HashMap<i64, Vec<(i64, Option<i64>)>>, DbError> {
    let mut open: HashMap<i64, Vec<(i64, Option<i64>)>> = HashMap::new();
    for part in patients.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT patient_id, received_at, decided_at FROM requests
             WHERE register_code = $1 AND patient_id IN ({})",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_as::<_, (i64, i64, Option<i64>)>(&sql).bind(register);
        for id in part {
            query = query.bind(*id);
        }
        for (patient, received, decided) in query.fetch_all(&mut *conn).await? {
            open.entry(patient).or_default().push((received, decided));
        }
    }
    Ok(open)
}

/// A reviewer's mark.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Mark {
    pub seq: i64,
    pub at: i64,
    pub reviewer: String,
    pub note: String,
}

/// The latest mark of each of `seqs` that has one.
pub async fn latest_marks(
    conn: &mut AnyConnection,
    seqs: &[i64],
) -> Result<HashMap<i64, Mark>, DbError> {
    let mut marks = HashMap::new();
    for part in seqs.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT r.seq, r.at, s.name AS reviewer, r.note
             FROM access_reviews r JOIN staff s ON s.id = r.reviewed_by
             WHERE r.seq IN ({}) ORDER BY r.at, r.id",
            super::placeholders(1, part.len())
        );
        let mut query = sqlx::query_as::<_, Mark>(&sql);
        for seq in part {
            query = query.bind(*seq);
        }
        // Oldest first, so the latest of each entry is kept.
        for mark in query.fetch_all(&mut *conn).await? {
            marks.insert(mark.seq, mark);
        }
    }
    Ok(marks)
}

/// The register of entry `seq`, if there is one.
pub async fn register_of(conn: &mut AnyConnection, seq: i64) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT register_code FROM access_events WHERE seq = $1")
            .bind(seq)
            .fetch_optional(conn)
            .await?,
    )
}

pub async fn mark(
    conn: &mut AnyConnection,
    seq: i64,
    reviewer: i64,
    at: i64,
    note: &str,
) -> Result<(), DbError> {
    sqlx::query("INSERT INTO access_reviews (seq, reviewed_by, at, note) VALUES ($1, $2, $3, $4)")
        .bind(seq)
        .bind(reviewer)
        .bind(at)
        .bind(note)
        .execute(conn)
        .await?;
    Ok(())
}
