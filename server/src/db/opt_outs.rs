//! The `opt_out_events` table: every opt-out given or withdrawn, append-only
//! (the database refuses UPDATE and DELETE). Nothing here holds health data,
//! so it outlives the erasure of everything else.
//!
//! An opt-out has a kind (do not register me; do not release my data for
//! research or statistics) and a scope (one register, or every register: a
//! NULL register). For each person, kind and scope the latest event decides:
//! the opt-out is in force at a moment if the latest event at or before it
//! gave it. So "the opt-outs in force when a release was decided" is the
//! same fold over the rows as "in force now", at another moment.

use super::DbError;
use app::domain::{OptOutChannel, OptOutKind, RelationKind};
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use std::collections::{HashMap, HashSet};

/// One stored event, decoded at the row.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OptOutEvent {
    pub id: i64,
    pub patient_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: OptOutKind,
    /// `None`: every register.
    pub register_code: Option<String>,
    /// `true`: given; `false`: withdrawn.
    #[sqlx(try_from = "String")]
    pub action: Action,
    pub at: i64,
    pub by_patient_id: Option<i64>,
    pub acting_as: Option<String>,
    pub by_staff_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub channel: OptOutChannel,
    pub paper_reference: Option<String>,
    pub identity_check: String,
    pub request_id: Option<i64>,
    /// The clinic it was told at, when clinic staff registered it.
    pub care_unit: Option<String>,
}

/// Whether an event gave an opt-out or withdrew it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Given,
    Withdrawn,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Given => "given",
            Action::Withdrawn => "withdrawn",
        }
    }
}

impl TryFrom<String> for Action {
    type Error = app::domain::UnknownCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        match s.as_str() {
            "given" => Ok(Action::Given),
            "withdrawn" => Ok(Action::Withdrawn),
            _ => Err(app::domain::UnknownCode {
                what: "opt-out action",
                code: s,
            }),
        }
    }
}

const COLUMNS: &str = "id, patient_id, kind, register_code, action, at, by_patient_id, acting_as,
    by_staff_id, channel, paper_reference, identity_check, request_id, care_unit";

/// An opt-out given or withdrawn, as it is to be stored.
#[derive(Debug, Clone)]
pub struct NewOptOutEvent<'a> {
    pub patient_id: i64,
    pub kind: OptOutKind,
    /// `None`: every register.
    pub register: Option<&'a str>,
    pub action: Action,
    pub at: i64,
    /// The person who said it in insyn (the patient, or who acts for them).
    pub by_patient: Option<(i64, Option<RelationKind>)>,
    /// The staff member who registered or carried it out.
    pub by_staff: Option<i64>,
    pub channel: OptOutChannel,
    pub paper_reference: Option<&'a str>,
    pub identity_check: &'a str,
    pub request_id: Option<i64>,
    /// The clinic it was told at.
    pub care_unit: Option<&'a str>,
}

/// How a person signed in to insyn was identified.
pub const E_ID: &str = "e_id";

/// Appends one event; its id.
pub async fn record(conn: &mut AnyConnection, event: &NewOptOutEvent<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO opt_out_events (patient_id, kind, register_code, action, at, by_patient_id, acting_as,
             by_staff_id, channel, paper_reference, identity_check, request_id, care_unit)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(event.patient_id)
    .bind(event.kind.as_str())
    .bind(event.register)
    .bind(event.action.as_str())
    .bind(event.at)
    .bind(event.by_patient.map(|(id, _)| id))
    .bind(event.by_patient.and_then(|(_, kind)| kind).map(RelationKind::as_str))
    .bind(event.by_staff)
    .bind(event.channel.as_str())
    .bind(event.paper_reference)
    .bind(event.identity_check)
    .bind(event.request_id)
    .bind(event.care_unit)
    .fetch_one(conn)
    .await?)
}

/// Records that the patient must not be registered in `register`, as their
/// rights request (an opt-out or an erasure) asked and staff carried out.
/// Already in force, it records nothing more.
pub async fn given_by_request(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    at: i64,
    request_id: i64,
    staff: Option<i64>,
) -> Result<(), DbError> {
    if of_patient(conn, patient_id)
        .await?
        .iter()
        .any(|code| code == register)
    {
        return Ok(());
    }
    record(
        conn,
        &NewOptOutEvent {
            patient_id,
            kind: OptOutKind::Registration,
            register: Some(register),
            action: Action::Given,
            at,
            by_patient: None,
            by_staff: staff,
            channel: OptOutChannel::Request,
            paper_reference: None,
            identity_check: E_ID,
            request_id: Some(request_id),
            care_unit: None,
        },
    )
    .await?;
    Ok(())
}

/// One event by its id.
pub async fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<OptOutEvent>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM opt_out_events WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// The events clinic staff registered at these care units, newest first.
pub async fn told_at_units(
    conn: &mut AnyConnection,
    units: &[String],
    limit: i64,
) -> Result<Vec<OptOutEvent>, DbError> {
    if units.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {COLUMNS} FROM opt_out_events WHERE care_unit IN ({}) ORDER BY at DESC, id DESC LIMIT ${}",
        super::placeholders(1, units.len()),
        units.len() + 1
    );
    let mut query = sqlx::query_as::<_, OptOutEvent>(&sql);
    for unit in units {
        query = query.bind(unit);
    }
    Ok(query.bind(limit).fetch_all(conn).await?)
}

/// Every event of a patient, oldest first.
pub async fn events_of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
) -> Result<Vec<OptOutEvent>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM opt_out_events WHERE patient_id = $1 ORDER BY at, id"
    ))
    .bind(patient_id)
    .fetch_all(conn)
    .await?)
}

/// The events that give the opt-outs in force at `at`: for each person,
/// kind and scope, the latest event at or before `at`, if it gave one.
/// `events` must be oldest first (by time, then id), as every query here
/// returns them.
pub fn in_force_at(events: &[OptOutEvent], at: i64) -> Vec<&OptOutEvent> {
    let mut latest: HashMap<(i64, OptOutKind, Option<&str>), &OptOutEvent> = HashMap::new();
    for event in events.iter().filter(|e| e.at <= at) {
        latest.insert(
            (event.patient_id, event.kind, event.register_code.as_deref()),
            event,
        );
    }
    let mut given: Vec<&OptOutEvent> = latest
        .into_values()
        .filter(|e| e.action == Action::Given)
        .collect();
    given.sort_by_key(|e| e.id);
    given
}

/// Whether an opt-out in force reaches register `code`.
pub fn reaches(event: &OptOutEvent, code: &str) -> bool {
    event.register_code.as_deref().is_none_or(|c| c == code)
}

/// The registers the patient has opted out of being registered in, now
/// (an opt-out for every register names each of them).
pub async fn of_patient(conn: &mut AnyConnection, patient_id: i64) -> Result<Vec<String>, DbError> {
    let events = events_of_patient(conn, patient_id).await?;
    let none_in_force = in_force_at(&events, i64::MAX)
        .iter()
        .all(|e| e.kind != OptOutKind::Registration);
    if none_in_force {
        return Ok(Vec::new());
    }
    let codes: Vec<String> = sqlx::query_scalar("SELECT code FROM registers ORDER BY code")
        .fetch_all(conn)
        .await?;
    Ok(registration_opted_out(
        &events,
        codes.iter().map(String::as_str),
    ))
}

/// The registers among `codes` that a "do not register me" in force now
/// among the person's `events` reaches: for a page that has read both.
pub fn registration_opted_out<'a>(
    events: &[OptOutEvent],
    codes: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let in_force: Vec<&OptOutEvent> = in_force_at(events, i64::MAX)
        .into_iter()
        .filter(|e| e.kind == OptOutKind::Registration)
        .collect();
    codes
        .into_iter()
        .filter(|code| in_force.iter().any(|e| reaches(e, code)))
        .map(str::to_owned)
        .collect()
}

/// The events of `kind` whose scope reaches `register`, of every person,
/// oldest first.
async fn events_reaching(
    conn: &mut AnyConnection,
    kind: OptOutKind,
    register: &str,
    until: i64,
) -> Result<Vec<OptOutEvent>, DbError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM opt_out_events
         WHERE kind = $1 AND (register_code = $2 OR register_code IS NULL) AND at <= $3
         ORDER BY at, id"
    ))
    .bind(kind.as_str())
    .bind(register)
    .bind(until)
    .fetch_all(conn)
    .await?)
}

/// Which of `patient_ids` have opted out of being registered in `register`.
pub async fn among(
    conn: &mut AnyConnection,
    register: &str,
    patient_ids: &[i64],
) -> Result<HashSet<i64>, DbError> {
    let mut opted_out = HashSet::new();
    for part in patient_ids.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT {COLUMNS} FROM opt_out_events
             WHERE kind = 'registration' AND (register_code = $1 OR register_code IS NULL)
               AND patient_id IN ({})
             ORDER BY at, id",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_as::<_, OptOutEvent>(&sql).bind(register);
        for id in part {
            query = query.bind(*id);
        }
        let events = query.fetch_all(&mut *conn).await?;
        opted_out.extend(in_force_at(&events, i64::MAX).iter().map(|e| e.patient_id));
    }
    Ok(opted_out)
}

/// The research opt-outs in force for `register` at `at`: who, and a
/// fingerprint of the list (SHA-256 over the ids of the events that gave
/// them, in order), so a release can say which list it applied.
pub struct ResearchOptOuts {
    pub persons: HashSet<i64>,
    pub fingerprint: String,
}

pub async fn research_in_force(
    conn: &mut AnyConnection,
    register: &str,
    at: i64,
) -> Result<ResearchOptOuts, DbError> {
    let events = events_reaching(conn, OptOutKind::Research, register, at).await?;
    let in_force = in_force_at(&events, at);
    let mut hasher = Sha256::new();
    hasher.update(b"insyn research opt-outs v1\n");
    for event in &in_force {
        hasher.update(event.id.to_string().as_bytes());
        hasher.update(b"\n");
    }
    Ok(ResearchOptOuts {
        persons: in_force.iter().map(|e| e.patient_id).collect(),
        fingerprint: hex::encode(hasher.finalize()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(
        id: i64,
        patient_id: i64,
        register: Option<&str>,
        action: Action,
        at: i64,
    ) -> OptOutEvent {
        OptOutEvent {
            id,
            patient_id,
            kind: OptOutKind::Research,
            register_code: register.map(str::to_owned),
            action,
            at,
            by_patient_id: Some(patient_id),
            acting_as: None,
            by_staff_id: None,
            channel: OptOutChannel::Insyn,
            paper_reference: None,
            identity_check: E_ID.into(),
            request_id: None,
            care_unit: None,
        }
    }

    #[test]
    fn a_registration_opt_out_in_force_reaches_its_registers_only() {
        let registration = |id, register, action, at| OptOutEvent {
            kind: OptOutKind::Registration,
            ..event(id, 7, register, action, at)
        };
        let codes = ["ndr", "qivf", "riksstroke"];
        let events = [
            registration(1, Some("qivf"), Action::Given, 100),
            registration(2, Some("ndr"), Action::Given, 100),
            registration(3, Some("ndr"), Action::Withdrawn, 200),
            // A research opt-out is not one from the register.
            event(4, 7, None, Action::Given, 100),
        ];
        assert_eq!(registration_opted_out(&events, codes), ["qivf"]);
        let everywhere = [registration(5, None, Action::Given, 100)];
        assert_eq!(registration_opted_out(&everywhere, codes), codes);
        assert!(registration_opted_out(&[], codes).is_empty());
    }

    #[test]
    fn the_latest_event_at_or_before_the_moment_decides() {
        let events = [
            event(1, 7, Some("qivf"), Action::Given, 100),
            event(2, 7, Some("qivf"), Action::Withdrawn, 200),
            event(3, 8, None, Action::Given, 150),
        ];
        let ids = |at| {
            in_force_at(&events, at)
                .iter()
                .map(|e| e.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(99), Vec::<i64>::new());
        assert_eq!(ids(100), [1]);
        assert_eq!(ids(150), [1, 3]);
        assert_eq!(ids(199), [1, 3]);
        assert_eq!(ids(200), [3]);
    }

    #[test]
    fn scopes_are_separate_and_every_register_reaches_each() {
        let events = [
            event(1, 7, None, Action::Given, 100),
            event(2, 7, Some("qivf"), Action::Withdrawn, 200),
        ];
        // Withdrawing for one register leaves the opt-out for every register.
        let in_force = in_force_at(&events, 300);
        assert_eq!(in_force.len(), 1);
        assert!(reaches(in_force[0], "qivf") && reaches(in_force[0], "rikshoft"));
        assert!(!reaches(&events[1], "rikshoft"));
    }
}
