//! The `requests` table and its `request_events`: a patient's rights
//! requests and their history — filed by the patient, worked by staff
//! through the queue, each step a history entry.

use super::DbError;
use app::domain::{CaseEvent, RelationKind, RequestKind, RequestStatus};
use sqlx::AnyConnection;

/// A stored request, its codes and dates decoded at the row.
#[derive(Debug, Clone)]
pub struct StoredRequest {
    pub id: i64,
    pub reference: String,
    pub register_code: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub received_at: i64,
    pub due_on: time::Date,
    pub extended_due_on: Option<time::Date>,
    pub extension_reason: Option<String>,
    pub decided_at: Option<i64>,
    pub decision_reason: Option<String>,
    /// The staff member who took the case, if anyone has.
    pub assigned_staff_id: Option<i64>,
    /// Who filed it, when not the patient themselves.
    pub filed_by: Option<FiledBy>,
    /// The care unit it is routed to (`None`: the register's coordinators),
    /// and its name.
    pub handling_unit: Option<String>,
    pub handling_unit_name: Option<String>,
    pub history: Vec<RequestEvent>,
}

/// A guardian, proxy or representative who filed a request for the patient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiledBy {
    pub patient_id: i64,
    pub relation: RelationKind,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct RequestEvent {
    pub at: i64,
    /// What happened: a status the request came to, or another event.
    pub status: CaseEvent,
    /// `patient`, `staff` or `system` (which staff member is not the patient's business).
    pub actor: String,
    pub note: Option<String>,
}

type RequestRow = (
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
);

const REQUEST_COLUMNS: &str =
    "id, reference, register_code, kind, status, received_at, due_on, extended_due_on,
     extension_reason, decided_at, decision_reason, assigned_staff_id, filed_by_patient_id, filed_as,
     handling_unit, (SELECT c.name FROM care_units c WHERE c.hsa_id = handling_unit) AS handling_unit_name";

/// A stored row with its history read.
async fn with_history(conn: &mut AnyConnection, row: RequestRow) -> Result<StoredRequest, DbError> {
    let (
        id,
        reference,
        register_code,
        kind,
        status,
        received_at,
        due_on,
        extended_due_on,
        extension_reason,
        decided_at,
        decision_reason,
        assigned_staff_id,
        filed_by_patient_id,
        filed_as,
        handling_unit,
        handling_unit_name,
    ) = row;
    let filed_by = match (filed_by_patient_id, filed_as) {
        (Some(patient_id), Some(relation)) => {
            let (given, family): (Option<String>, Option<String>) =
                sqlx::query_as("SELECT given_name, family_name FROM patients WHERE id = $1")
                    .bind(patient_id)
                    .fetch_one(&mut *conn)
                    .await?;
            Some(FiledBy {
                patient_id,
                relation: super::parse_code(&relation, "relation kind")?,
                name: super::patients::full_name(given.as_deref(), family.as_deref()),
            })
        }
        _ => None,
    };
    let events: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT at, status, actor, note FROM request_events WHERE request_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(StoredRequest {
        id,
        reference,
        register_code,
        kind: super::parse_code(&kind, "request kind")?,
        status: super::parse_code(&status, "request status")?,
        received_at,
        due_on: super::parse_date(&due_on, "due date")?,
        extended_due_on: extended_due_on
            .map(|d| super::parse_date(&d, "extended due date"))
            .transpose()?,
        extension_reason,
        decided_at,
        decision_reason,
        assigned_staff_id,
        filed_by,
        handling_unit,
        handling_unit_name,
        history: events
            .into_iter()
            .map(|(at, status, actor, note)| {
                Ok(RequestEvent {
                    at,
                    status: super::parse_code(&status, "request event")?,
                    actor: actor.split(':').next().unwrap_or("system").to_owned(),
                    note,
                })
            })
            .collect::<Result<_, DbError>>()?,
    })
}

/// Every request of a patient, newest first, optionally in one register,
/// each with its history.
pub async fn of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: Option<&str>,
) -> Result<Vec<StoredRequest>, DbError> {
    let rows: Vec<RequestRow> = sqlx::query_as(&format!(
        "SELECT {REQUEST_COLUMNS}
         FROM requests WHERE patient_id = $1 AND (CAST($2 AS TEXT) IS NULL OR register_code = $2)
         ORDER BY received_at DESC, id DESC"
    ))
    .bind(patient_id)
    .bind(register)
    .fetch_all(&mut *conn)
    .await?;
    let mut requests = Vec::with_capacity(rows.len());
    for row in rows {
        requests.push(with_history(conn, row).await?);
    }
    Ok(requests)
}

/// One request by its reference, with its patient and the details as
/// filed (JSON); for the checks of [`of_patient_by_reference`] and [`for_staff`].
async fn by_reference(
    conn: &mut AnyConnection,
    reference: &str,
) -> Result<Option<(i64, StoredRequest, String)>, DbError> {
    // Two lookups by the unique reference: clearer than one 13-column tuple.
    let found: Option<(i64, String)> =
        sqlx::query_as("SELECT patient_id, details FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((patient_id, details)) = found else {
        return Ok(None);
    };
    let row: RequestRow = sqlx::query_as(&format!(
        "SELECT {REQUEST_COLUMNS} FROM requests WHERE reference = $1"
    ))
    .bind(reference)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Some((patient_id, with_history(conn, row).await?, details)))
}

/// A request as filed by the patient.
pub struct NewRequest<'a> {
    pub patient_id: i64,
    pub register: &'a str,
    pub kind: &'a str,
    /// JSON of what was asked (`app::requests::RequestDetails`).
    pub details: &'a str,
    pub received_at: i64,
    pub due_on: &'a str,
    /// What it is about within its kind (`RequestDetails::open_subject`):
    /// one request a subject may be open at a time.
    pub subject: Option<i64>,
    /// Someone acting for the patient, who files it.
    pub filed_by: Option<super::access_events::ActingBy>,
    /// The care unit it is routed to (`None`: the register's coordinators).
    pub handling_unit: Option<&'a str>,
}

pub enum Filed {
    New {
        id: i64,
        reference: String,
    },
    /// One of the same kind for the same register is open already.
    AlreadyOpen {
        reference: String,
    },
}

/// Human-friendly and not guessable: `INS-` and eight characters of
/// Crockford's base32 (no I, L, O, U), in two groups.
fn new_reference() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bytes: [u8; 8] = rand::random();
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b % 32)] as char)
        .collect();
    format!("INS-{}-{}", &chars[..4], &chars[4..])
}

/// The open request of this kind for this patient and register, if any.
pub async fn open_reference(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    kind: &str,
    subject: Option<i64>,
) -> Result<Option<String>, DbError> {
    by_open_key(conn, &open_key(patient_id, register, kind, subject)).await
}

async fn by_open_key(conn: &mut AnyConnection, key: &str) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT reference FROM requests WHERE open_key = $1")
            .bind(key)
            .fetch_optional(conn)
            .await?,
    )
}

/// Unique while the request is undecided (NULL after): at most one open
/// request of a kind in a register, or of a kind and subject.
fn open_key(patient_id: i64, register: &str, kind: &str, subject: Option<i64>) -> String {
    match subject {
        None => format!("{patient_id}:{register}:{kind}"),
        Some(subject) => format!("{patient_id}:{register}:{kind}:{subject}"),
    }
}

/// Files a request with its first history entry (received, by the patient).
/// Call inside a transaction.
pub async fn file(conn: &mut AnyConnection, request: &NewRequest<'_>) -> Result<Filed, DbError> {
    let key = open_key(
        request.patient_id,
        request.register,
        request.kind,
        request.subject,
    );
    if let Some(reference) = by_open_key(conn, &key).await? {
        return Ok(Filed::AlreadyOpen { reference });
    }
    let reference = new_reference();
    let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
        "INSERT INTO requests (reference, patient_id, register_code, kind, status, details, received_at, due_on, open_key,
             filed_by_patient_id, filed_as, handling_unit)
         VALUES ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(&reference)
    .bind(request.patient_id)
    .bind(request.register)
    .bind(request.kind)
    .bind(request.details)
    .bind(request.received_at)
    .bind(request.due_on)
    .bind(&key)
    .bind(request.filed_by.map(|f| f.patient_id))
    .bind(request.filed_by.map(|f| f.relation.as_str()))
    .bind(request.handling_unit)
    .fetch_one(&mut *conn)
    .await;
    let id = match inserted {
        Ok(id) => id,
        // Filed at the same moment by another tab or process.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return match by_open_key(conn, &key).await? {
                Some(reference) => Ok(Filed::AlreadyOpen { reference }),
                None => Err(DbError::Query(sqlx::Error::Database(e))),
            };
        }
        Err(e) => return Err(e.into()),
    };
    // The history names the relation of whoever filed for the patient.
    let actor = request.filed_by.map_or("patient", |f| f.relation.as_str());
    sqlx::query(
        "INSERT INTO request_events (request_id, at, status, actor, acting_patient_id)
         VALUES ($1, $2, 'received', $3, $4)",
    )
    .bind(id)
    .bind(request.received_at)
    .bind(actor)
    .bind(request.filed_by.map(|f| f.patient_id))
    .execute(&mut *conn)
    .await?;
    Ok(Filed::New { id, reference })
}

/// One of the patient's own requests by its reference; `None` for another
/// person's (or no one's).
pub async fn of_patient_by_reference(
    conn: &mut AnyConnection,
    patient_id: i64,
    reference: &str,
) -> Result<Option<(StoredRequest, String)>, DbError> {
    Ok(by_reference(conn, reference)
        .await?
        .filter(|(owner, ..)| *owner == patient_id)
        .map(|(_, request, details)| (request, details)))
}

/// One line of the staff queue.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub id: i64,
    pub reference: String,
    pub register_code: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub received_at: i64,
    /// The due date that applies: the extended one if there is one.
    pub due_on: time::Date,
}

/// Which requests the queue shows.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    /// Only this register (it must also be in the staff member's scope).
    pub register: Option<String>,
    pub kind: Option<String>,
    /// `None`: every open request; `Some(status)`: that status only.
    pub status: Option<String>,
}

/// Requests within `scope` (its registers; for clinic staff, routed to
/// their care units), by due date, then id; the page
/// after `after` (the last row's due date and id). Keyset pagination: the
/// cost of a page does not grow with how far into the queue it is. The
/// cursor is spelled `due >= x AND (due > x OR id > y)` so that both
/// engines start a range on the index at `x` (PostgreSQL walks the index
/// from its start for `due > x OR (due = x AND id > y)`, and SQLite does not
/// match a row value `(due, id) > (x, y)` to an expression index).
pub async fn queue(
    conn: &mut AnyConnection,
    scope: &super::staff::Scope,
    filter: &QueueFilter,
    after: Option<(time::Date, i64)>,
    limit: i64,
) -> Result<Vec<QueueRow>, DbError> {
    if scope.registers.is_empty() || scope.units.as_ref().is_some_and(Vec::is_empty) {
        return Ok(Vec::new());
    }
    // One register asked for: only it, and only if it is in scope.
    let registers: Vec<&String> = scope
        .registers
        .iter()
        .filter(|code| filter.register.as_ref().is_none_or(|asked| asked == *code))
        .collect();
    if registers.is_empty() {
        return Ok(Vec::new());
    }
    // One branch per register, each a range of the index (register, due,
    // id) that stops at the page's length, merged and cut again: a
    // coordinator of several registers reads a few pages' worth of rows,
    // where `register_code IN (…) ORDER BY due` sorted every open request
    // of them all (the page benchmark at 1/100 scale: 100,000 open requests
    // took a page from 4,000 to 80 a second). The open-only view names its
    // statuses in the SQL text so that the partial index of open requests
    // (migration 0020) serves it.
    let status = match filter.status {
        // ($2 is then NULL; named so that every parameter is used.)
        None => "status NOT IN ('completed', 'rejected') AND CAST($2 AS TEXT) IS NULL",
        Some(_) => "status = $2",
    };
    // The scope is read from the database on this request; placeholders
    // keep it out of the SQL text all the same.
    let first = 5;
    let unit_filter = match &scope.units {
        None => String::new(),
        Some(units) => format!(
            "AND handling_unit IN ({})",
            super::placeholders(first + registers.len(), units.len())
        ),
    };
    let branches: Vec<String> = (0..registers.len())
        .map(|i| {
            format!(
                "SELECT * FROM (
                     SELECT id, reference, register_code, kind, status, received_at,
                            COALESCE(extended_due_on, due_on) AS due
                     FROM requests
                     WHERE register_code = ${} {unit_filter}
                       AND (CAST($1 AS TEXT) IS NULL OR kind = $1)
                       AND {status}
                       AND COALESCE(extended_due_on, due_on) >= $3
                       AND (COALESCE(extended_due_on, due_on) > $3 OR id > $4)
                     ORDER BY COALESCE(extended_due_on, due_on), id
                     LIMIT {limit}) AS r{i}",
                first + i
            )
        })
        .collect();
    let sql = format!(
        "{} ORDER BY due, id LIMIT {limit}",
        branches.join(" UNION ALL ")
    );
    let after_due = after.map(|(due, _)| due.to_string()).unwrap_or_default();
    let after_id = after.map_or(0, |(_, id)| id);
    let mut query = sqlx::query_as::<_, (i64, String, String, String, String, i64, String)>(&sql)
        .bind(filter.kind.as_deref())
        .bind(filter.status.as_deref())
        .bind(after_due.as_str())
        .bind(after_id);
    for code in registers.into_iter().chain(scope.units.iter().flatten()) {
        query = query.bind(code);
    }
    query
        .fetch_all(conn)
        .await?
        .into_iter()
        .map(
            |(id, reference, register_code, kind, status, received_at, due_on)| {
                Ok(QueueRow {
                    id,
                    reference,
                    register_code,
                    kind: super::parse_code(&kind, "request kind")?,
                    status: super::parse_code(&status, "request status")?,
                    received_at,
                    due_on: super::parse_date(&due_on, "due date")?,
                })
            },
        )
        .collect()
}

/// A request as staff handle it, if it is within `scope`.
pub async fn for_staff(
    conn: &mut AnyConnection,
    reference: &str,
    scope: &super::staff::Scope,
) -> Result<Option<(i64, StoredRequest, String)>, DbError> {
    Ok(by_reference(conn, reference)
        .await?
        .filter(|(_, request, _)| {
            scope.reaches(&request.register_code, request.handling_unit.as_deref())
        }))
}

/// What a request's `details` become when the patient's data in the
/// register is erased: only its kind, dates and history remain to show what
/// was done.
pub const ERASED_DETAILS: &str = r#"{"erased":true}"#;

/// A step in a request's history, by `actor` (`staff:<HSA-id>` or `system`).
pub async fn add_event(
    conn: &mut AnyConnection,
    request_id: i64,
    at: i64,
    event: CaseEvent,
    actor: &str,
    note: Option<&str>,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO request_events (request_id, at, status, actor, note) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(request_id)
    .bind(at)
    .bind(event.as_str())
    .bind(actor)
    .bind(note)
    .execute(conn)
    .await?;
    Ok(())
}

/// The statuses a decided request has; no action changes it after that.
const UNDECIDED: &str = "status NOT IN ('completed', 'rejected')";

/// A staff member takes an undecided request: it is in progress (or stays
/// extended). `false` when it was decided meanwhile.
pub async fn take(conn: &mut AnyConnection, id: i64, staff_id: i64) -> Result<bool, DbError> {
    let done = sqlx::query(&format!(
        "UPDATE requests SET assigned_staff_id = $1,
             status = CASE WHEN status = 'received' THEN 'in_progress' ELSE status END
         WHERE id = $2 AND {UNDECIDED}"
    ))
    .bind(staff_id)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Extends an undecided, never extended request to `due`. `false` when it
/// was decided or extended meanwhile (once is all the law allows).
pub async fn extend(
    conn: &mut AnyConnection,
    id: i64,
    due: time::Date,
    reason: &str,
) -> Result<bool, DbError> {
    let done = sqlx::query(&format!(
        "UPDATE requests SET extended_due_on = $1, extension_reason = $2, status = 'extended'
         WHERE id = $3 AND extended_due_on IS NULL AND {UNDECIDED}"
    ))
    .bind(due.to_string())
    .bind(reason)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Decides an undecided request (completed or rejected) and frees its
/// place, so the patient may file the same kind again. `false` when it was
/// decided meanwhile.
pub async fn decide(
    conn: &mut AnyConnection,
    id: i64,
    status: RequestStatus,
    at: i64,
    reason: Option<&str>,
) -> Result<bool, DbError> {
    debug_assert!(status.is_final());
    let done = sqlx::query(&format!(
        "UPDATE requests SET status = $1, decided_at = $2, decision_reason = $3, open_key = NULL
         WHERE id = $4 AND {UNDECIDED}"
    ))
    .bind(status.as_str())
    .bind(at)
    .bind(reason)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets what the patient wrote in every request about this register's
/// data (it may describe their health), keeping kinds, dates and history.
/// Access inquiries keep theirs: they are about the access log, which is
/// kept after an erasure, and an open one still needs its question answered.
pub async fn erase_details(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE requests SET details = $1
         WHERE patient_id = $2 AND register_code = $3 AND kind <> 'access_inquiry'",
    )
    .bind(ERASED_DETAILS)
    .bind(patient_id)
    .bind(register)
    .execute(conn)
    .await?;
    Ok(())
}

/// The undecided requests of `patient_id` in `register` of the kinds an
/// erasure settles (a correction, a restriction, an opt-out: the data they
/// are about is gone and the opt-out recorded), other than `erasure_id`.
pub async fn settled_by_erasure(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    erasure_id: i64,
) -> Result<Vec<i64>, DbError> {
    Ok(sqlx::query_scalar(&format!(
        "SELECT id FROM requests
         WHERE patient_id = $1 AND register_code = $2 AND id <> $3 AND {UNDECIDED}
           AND kind IN ('correction', 'restriction', 'opt_out')
         ORDER BY id"
    ))
    .bind(patient_id)
    .bind(register)
    .bind(erasure_id)
    .fetch_all(conn)
    .await?)
}

/// One request as the handling statistics count it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handling {
    pub received_at: i64,
    pub status: RequestStatus,
    pub decided_at: Option<i64>,
    pub extended: bool,
}

/// Every rights request of a register, for its handling statistics.
pub async fn handling_of_register(
    conn: &mut AnyConnection,
    register: &str,
) -> Result<Vec<Handling>, DbError> {
    let rows: Vec<(i64, String, Option<i64>, i64)> = sqlx::query_as(
        "SELECT received_at, status, decided_at, CASE WHEN extended_due_on IS NULL THEN 0 ELSE 1 END
         FROM requests WHERE register_code = $1 ORDER BY received_at",
    )
    .bind(register)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(received_at, status, decided_at, extended)| {
            Ok(Handling {
                received_at,
                status: super::parse_code(&status, "request status")?,
                decided_at,
                extended: extended == 1,
            })
        })
        .collect()
}
