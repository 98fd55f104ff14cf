//! The `access_notices` tables: which patients want a mail when someone
//! else's access is added to their log, and how far the notice pass has
//! read the log (one cursor for every process, moved by compare-and-set).

use super::DbError;
use app::domain::NoticeCadence;
use sqlx::AnyConnection;

/// What a patient asked to be told of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeChoice {
    /// `None`: every register; else only these.
    pub registers: Option<Vec<String>>,
    pub cadence: NoticeCadence,
    /// Only accesses by care units that have reported nothing about them
    /// to that register.
    pub only_unrelated: bool,
}

#[derive(sqlx::FromRow)]
struct Row {
    every_register: i64,
    #[sqlx(try_from = "String")]
    cadence: NoticeCadence,
    only_unrelated: i64,
}

/// The patient's choice, if they asked for notices.
pub async fn get(conn: &mut AnyConnection, patient: i64) -> Result<Option<NoticeChoice>, DbError> {
    let Some(row) = sqlx::query_as::<_, Row>(
        "SELECT every_register, cadence, only_unrelated FROM access_notices WHERE patient_id = $1",
    )
    .bind(patient)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let registers = if row.every_register == 1 {
        None
    } else {
        Some(
            sqlx::query_scalar(
                "SELECT register_code FROM access_notice_registers
                 WHERE patient_id = $1 ORDER BY register_code",
            )
            .bind(patient)
            .fetch_all(&mut *conn)
            .await?,
        )
    };
    Ok(Some(NoticeChoice {
        registers,
        cadence: row.cadence,
        only_unrelated: row.only_unrelated == 1,
    }))
}

/// Saves the patient's choice. Turned on now, entries up to `since_seq`
/// are never told; changed, the entries already seen stay seen.
pub async fn save(
    conn: &mut AnyConnection,
    patient: i64,
    choice: &NoticeChoice,
    since_seq: i64,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO access_notices
             (patient_id, every_register, cadence, only_unrelated, since_seq, pending, updated_at)
         VALUES ($1, $2, $3, $4, $5, 0, $6)
         ON CONFLICT (patient_id) DO UPDATE SET every_register = excluded.every_register,
             cadence = excluded.cadence, only_unrelated = excluded.only_unrelated,
             updated_at = excluded.updated_at",
    )
    .bind(patient)
    .bind(i64::from(choice.registers.is_none()))
    .bind(choice.cadence.as_str())
    .bind(i64::from(choice.only_unrelated))
    .bind(since_seq)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM access_notice_registers WHERE patient_id = $1")
        .bind(patient)
        .execute(&mut *conn)
        .await?;
    for code in choice.registers.iter().flatten() {
        sqlx::query(
            "INSERT INTO access_notice_registers (patient_id, register_code) VALUES ($1, $2)",
        )
        .bind(patient)
        .bind(code)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Turns the patient's notices off, the summary not yet sent included.
pub async fn stop(conn: &mut AnyConnection, patient: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM access_notice_registers WHERE patient_id = $1")
        .bind(patient)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM access_notices WHERE patient_id = $1")
        .bind(patient)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// How far the notice pass has read the log.
pub async fn cursor(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar("SELECT seq FROM access_notice_cursor WHERE id = 1")
            .fetch_one(conn)
            .await?,
    )
}

/// Moves the cursor from `from` to `to`; `false` if another pass moved it
/// first (then this pass's work is to be rolled back).
pub async fn advance(conn: &mut AnyConnection, from: i64, to: i64) -> Result<bool, DbError> {
    let moved = sqlx::query("UPDATE access_notice_cursor SET seq = $2 WHERE id = 1 AND seq = $1")
        .bind(from)
        .bind(to)
        .execute(conn)
        .await?;
    Ok(moved.rows_affected() == 1)
}

/// New entries in the log for one patient who wants to be told of them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Found {
    pub patient_id: i64,
    #[sqlx(try_from = "String")]
    pub cadence: NoticeCadence,
    /// Entries of this pass to tell of.
    pub entries: i64,
    /// Entries found earlier for a summary not yet sent.
    pub pending: i64,
}

/// The entries numbered in `(after, upto]` that a patient asked to be told
/// of, counted per patient. Never their own looks at their data (an entry
/// by the patient acting for nobody), never one from before they asked, only
/// their chosen registers, and with `only_unrelated` only a care unit's
/// access to a register it has reported nothing about them to (an opt-out
/// registered at a clinic reads no data).
pub async fn found(conn: &mut AnyConnection, after: i64, upto: i64) -> Result<Vec<Found>, DbError> {
    Ok(sqlx::query_as(
        "SELECT n.patient_id, n.cadence, COUNT(*) AS entries, n.pending
         FROM access_events e JOIN access_notices n ON n.patient_id = e.patient_id
         WHERE e.seq > $1 AND e.seq <= $2 AND e.seq > n.since_seq
           AND NOT (e.actor_kind = 'patient' AND e.acting_as IS NULL)
           AND (n.every_register = 1 OR EXISTS (
                SELECT 1 FROM access_notice_registers r
                WHERE r.patient_id = n.patient_id AND r.register_code = e.register_code))
           AND (n.only_unrelated = 0 OR (
                e.care_unit IS NOT NULL AND e.access_kind <> 'opt_out'
                AND NOT EXISTS (
                    SELECT 1 FROM records d
                    WHERE d.patient_id = e.patient_id AND d.register_code = e.register_code
                      AND d.care_unit = e.care_unit)))
         GROUP BY n.patient_id, n.cadence, n.pending
         ORDER BY n.patient_id",
    )
    .bind(after)
    .bind(upto)
    .fetch_all(conn)
    .await?)
}

/// Sets the entries waiting for the patient's next summary.
pub async fn set_pending(
    conn: &mut AnyConnection,
    patient: i64,
    pending: i64,
) -> Result<(), DbError> {
    sqlx::query("UPDATE access_notices SET pending = $2 WHERE patient_id = $1")
        .bind(patient)
        .bind(pending)
        .execute(conn)
        .await?;
    Ok(())
}

/// Patients with a daily summary to send on `day` (ISO 8601), and how many
/// entries it tells of.
pub async fn summaries_due(
    conn: &mut AnyConnection,
    day: &str,
) -> Result<Vec<(i64, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT patient_id, pending FROM access_notices
         WHERE cadence = 'daily' AND pending > 0
           AND (last_summary_on IS NULL OR last_summary_on <> $1)
         ORDER BY patient_id",
    )
    .bind(day)
    .fetch_all(conn)
    .await?)
}

/// Claims the patient's summary of `day` for `pending` entries; `false` if
/// it was sent already (by this process or another) or the notices changed.
pub async fn claim_summary(
    conn: &mut AnyConnection,
    patient: i64,
    day: &str,
    pending: i64,
) -> Result<bool, DbError> {
    let claimed = sqlx::query(
        "UPDATE access_notices SET pending = 0, last_summary_on = $2
         WHERE patient_id = $1 AND cadence = 'daily' AND pending = $3
           AND (last_summary_on IS NULL OR last_summary_on <> $2)",
    )
    .bind(patient)
    .bind(day)
    .bind(pending)
    .execute(conn)
    .await?;
    Ok(claimed.rows_affected() == 1)
}
