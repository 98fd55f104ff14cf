//! The demo data, compiled into the binary, and `insyn seed --demo`, which
//! loads it with the register catalogue ([`crate::definitions`]). The same fixture file seeds the
//! development identity provider (`e2e/idp`), so the people one can sign in as
//! are the people the database knows.

use crate::{
    clock::Clock,
    db::{self, Db, DbError, access_events::NewAccessEvent, records::NewRecord},
    definitions::{DefinitionError, register_definitions},
};
use app::{
    domain::{
        AccessKind, ActorKind, CaseEvent, HsaId, Personnummer, RegisterCode, RegistrationStatus,
        RelationKind, RequestStatus,
    },
    requests::{RequestDetails, add_months, due_on},
};
use serde::Deserialize;
use time::{
    Date, OffsetDateTime, format_description::well_known::Rfc3339, macros::format_description,
};

const DEMO_FIXTURE: &str = include_str!("../../fixtures/demo.json");

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Definitions(#[from] DefinitionError),
    #[error("fixtures/demo.json is not valid: {0}")]
    Fixture(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoData {
    pub format: String,
    pub about: String,
    pub care_units: Vec<DemoCareUnit>,
    pub persons: Vec<DemoPerson>,
    pub staff: Vec<DemoStaff>,
    /// Requests in every state, for a newcomer's first look at the staff
    /// queue ([`seed_demo_requests`]); not part of [`seed_demo`], whose
    /// tests file their own.
    #[serde(default)]
    pub requests: Vec<DemoRequest>,
    /// Guardianships, a chosen proxy and a legal representative.
    #[serde(default)]
    pub relations: Vec<DemoRelation>,
    /// Earlier releases of register data ([`seed_demo_releases`]).
    #[serde(default)]
    pub releases: Vec<DemoRelease>,
}

/// A release decided `days_ago`, recorded through the same rules as any
/// other (its `decided_at` is set from `days_ago`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoRelease {
    pub register: RegisterCode,
    pub days_ago: i64,
    pub input: crate::releases::ReleaseInput,
}

/// An opt-out the person gave in insyn `days_ago`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoOptOut {
    pub kind: app::domain::OptOutKind,
    /// `None`: every register.
    pub register: Option<RegisterCode>,
    pub days_ago: i64,
}

/// Who may act for whom in the demo, dated relative to the seeding day
/// where a fixed date would expire.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoRelation {
    pub kind: RelationKind,
    pub agent: String,
    pub subject: String,
    /// A guardianship runs from birth to majority; the others from `from`
    /// (default: the seeding day) for `valid_days`.
    #[serde(default)]
    pub may_file: bool,
    pub registers: Option<Vec<RegisterCode>>,
    pub from: Option<String>,
    pub valid_days: Option<i64>,
    pub reference: Option<String>,
    /// The staff member who entered a legal representative.
    pub entered_by: Option<HsaId>,
}

/// A rights request of the demo, dated relative to the day it is seeded.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoRequest {
    pub personnummer: String,
    pub register: RegisterCode,
    pub details: RequestDetails,
    /// Days before the seeding day it was received: over 30 is overdue.
    pub received_days_ago: i64,
    pub status: RequestStatus,
    /// The staff member who took, extended or decided it.
    pub staff: Option<HsaId>,
    /// The extension's reason, or the decision's.
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoCareUnit {
    pub hsa_id: HsaId,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoPerson {
    pub personnummer: String,
    pub given_name: String,
    pub family_name: String,
    pub registrations: Vec<DemoRegistration>,
    pub access_events: Vec<DemoAccessEvent>,
    /// Skyddade personuppgifter.
    #[serde(default)]
    pub protected: bool,
    #[serde(default)]
    pub opt_outs: Vec<DemoOptOut>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoRegistration {
    pub register: RegisterCode,
    pub registered_on: String,
    pub status: RegistrationStatus,
    pub records: Vec<DemoRecord>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoRecord {
    pub source_id: String,
    #[serde(rename = "type")]
    pub record_type: String,
    pub recorded_on: String,
    pub care_unit: HsaId,
    pub fields: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoAccessEvent {
    pub register: RegisterCode,
    pub at: String,
    pub care_unit: HsaId,
    pub kind: AccessKind,
    pub reason: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoStaff {
    pub hsa_id: HsaId,
    pub name: String,
    pub email: Option<String>,
    /// A coordinator unless said otherwise.
    pub role: Option<app::domain::StaffRole>,
    pub registers: Vec<RegisterCode>,
    /// For clinic staff: their care units.
    #[serde(default)]
    pub care_units: Vec<HsaId>,
}

pub fn demo_data() -> Result<DemoData, SeedError> {
    let data: DemoData =
        serde_json::from_str(DEMO_FIXTURE).map_err(|e| SeedError::Fixture(e.to_string()))?;
    if data.format != "insyn.demo/1" {
        return Err(SeedError::Fixture(format!(
            "unknown format {:?}",
            data.format
        )));
    }
    Ok(data)
}

fn date(text: &str) -> Result<Date, SeedError> {
    Date::parse(text, format_description!("[year]-[month]-[day]"))
        .map_err(|e| SeedError::Fixture(format!("date {text:?}: {e}")))
}

/// What a seed run added.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub registers: usize,
    pub persons_added: usize,
    pub persons_skipped: usize,
    pub records: usize,
    pub access_events: usize,
    pub staff: usize,
}

/// Loads the registers and the demo data in one transaction. Persons already
/// in the database are left as they are, so running it twice adds nothing.
pub async fn seed_demo(db: &Db, clock: &Clock) -> Result<SeedReport, SeedError> {
    let definitions = register_definitions()?;
    let data = demo_data()?;
    let now = clock.unix();
    let mut report = SeedReport {
        registers: definitions.len(),
        staff: data.staff.len(),
        ..Default::default()
    };
    let mut tx = db.pool().begin().await.map_err(DbError::from)?;
    for def in &definitions {
        db::registers::upsert(&mut tx, def).await?;
    }
    for unit in &data.care_units {
        db::care_units::upsert(&mut tx, &unit.hsa_id, &unit.name).await?;
    }
    for (index, person) in data.persons.iter().enumerate() {
        let pnr = Personnummer::parse_long(&person.personnummer)
            .map_err(|e| SeedError::Fixture(format!("person {}: {e}", index + 1)))?;
        if db::patients::find(&mut tx, &pnr).await?.is_some() {
            report.persons_skipped += 1;
            continue;
        }
        let patient_id = db::patients::upsert(
            &mut tx,
            &pnr,
            Some(&person.given_name),
            Some(&person.family_name),
            now,
        )
        .await?;
        report.persons_added += 1;
        for registration in &person.registrations {
            db::registrations::insert(
                &mut tx,
                patient_id,
                &registration.register,
                registration.status,
                date(&registration.registered_on)?,
            )
            .await?;
            let records = registration
                .records
                .iter()
                .map(|record| {
                    Ok(NewRecord {
                        patient_id,
                        register: &registration.register,
                        record_type: &record.record_type,
                        source_id: &record.source_id,
                        care_unit: &record.care_unit,
                        recorded_on: date(&record.recorded_on)?,
                        fields: &record.fields,
                    })
                })
                .collect::<Result<Vec<_>, SeedError>>()?;
            db::records::insert_many(&mut tx, &records, now).await?;
            report.records += records.len();
        }
        for (k, event) in person.access_events.iter().enumerate() {
            let occurred_at = OffsetDateTime::parse(&event.at, &Rfc3339)
                .map_err(|e| SeedError::Fixture(format!("time {:?}: {e}", event.at)))?
                .unix_timestamp();
            let source_event_id = format!("DEMO-{:03}-{:03}", index + 1, k + 1);
            let new = NewAccessEvent {
                patient_id,
                register: &event.register,
                occurred_at,
                actor: ActorKind::CareUnit,
                care_unit: Some(&event.care_unit),
                staff: None,
                kind: event.kind,
                reason: event.reason.as_deref(),
                source: db::access_events::Source::RegisterSystem,
                source_event_id: Some(&source_event_id),
                acting: None,
                release: None,
                purpose: Some(match event.kind {
                    AccessKind::Correction => app::domain::AccessPurpose::DataQuality,
                    AccessKind::DisclosureResearch => app::domain::AccessPurpose::ResearchRelease,
                    AccessKind::DisclosureStatistics => {
                        app::domain::AccessPurpose::StatisticsRelease
                    }
                    _ => app::domain::AccessPurpose::CareQuality,
                }),
                data_touched: None,
            };
            db::access_events::append(&mut tx, db.engine(), &new, now).await?;
            report.access_events += 1;
        }
        if person.protected {
            db::relations::set_protected(&mut tx, patient_id, true).await?;
        }
        for opt_out in &person.opt_outs {
            db::opt_outs::record(
                &mut tx,
                &db::opt_outs::NewOptOutEvent {
                    patient_id,
                    kind: opt_out.kind,
                    register: opt_out.register.as_ref().map(RegisterCode::as_str),
                    action: db::opt_outs::Action::Given,
                    at: now - opt_out.days_ago * 24 * 3600,
                    by_patient: Some((patient_id, None)),
                    by_staff: None,
                    channel: app::domain::OptOutChannel::Insyn,
                    paper_reference: None,
                    identity_check: db::opt_outs::E_ID,
                    request_id: None,
                    care_unit: None,
                },
            )
            .await?;
        }
    }
    for staff in &data.staff {
        db::staff::upsert(
            &mut tx,
            &db::staff::NewStaff {
                hsa_id: &staff.hsa_id,
                name: &staff.name,
                email: staff.email.as_deref(),
                role: staff.role.unwrap_or(app::domain::StaffRole::Coordinator),
                registers: &staff.registers,
                care_units: &staff.care_units,
            },
            now,
        )
        .await?;
    }
    for relation in &data.relations {
        seed_relation(&mut tx, relation, clock).await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(report)
}

/// One relation of the demo, unless it is there already.
async fn seed_relation(
    tx: &mut sqlx::AnyConnection,
    relation: &DemoRelation,
    clock: &Clock,
) -> Result<(), SeedError> {
    let person = |pnr: &str| {
        Personnummer::parse_long(pnr)
            .map_err(|e| SeedError::Fixture(format!("a relation's personnummer: {e}")))
    };
    let (agent, subject) = (person(&relation.agent)?, person(&relation.subject)?);
    let now = clock.unix();
    let agent_id = db::patients::upsert(tx, &agent, None, None, now).await?;
    let subject_id = db::patients::upsert(tx, &subject, None, None, now).await?;
    if relation.kind == RelationKind::Guardian {
        let born = subject.birth_date();
        let majority = born
            .replace_year(born.year() + 18)
            .unwrap_or_else(|_| born + time::Duration::days(18 * 365 + 4));
        let until = majority - time::Duration::days(1);
        db::relations::put_guardianship(tx, agent_id, subject_id, born, until, now).await?;
        return Ok(());
    }
    let exists = db::relations::of_subject(tx, subject_id)
        .await?
        .iter()
        .any(|r| r.kind == relation.kind && r.agent.id == agent_id);
    if exists {
        return Ok(());
    }
    let from = match &relation.from {
        Some(text) => date(text)?,
        None => clock.today(),
    };
    let until = clock.today() + time::Duration::days(relation.valid_days.unwrap_or(730));
    let staff = match &relation.entered_by {
        Some(hsa_id) => db::staff::find_active(tx, hsa_id).await?.map(|m| m.id),
        None => None,
    };
    db::relations::insert(
        tx,
        &db::relations::NewRelation {
            kind: relation.kind,
            agent_id,
            subject_id,
            may_file: relation.may_file,
            registers: relation.registers.as_deref(),
            valid_from: from,
            valid_until: until,
            source: if staff.is_some() { "staff" } else { "subject" },
            reference: relation.reference.as_deref(),
            entered_by_staff: staff,
        },
        now,
    )
    .await?;
    Ok(())
}

/// Files the demo requests and brings each to its state, with its history,
/// as of the clock's day: one overdue, one nearly due, one of each status.
/// `make run` does it on the first start, so a newcomer signing in as staff
/// has a queue to look at. Answers how many were filed.
/// Records the demo's earlier releases, each decided `days_ago`, unless
/// recorded before; how many were recorded now.
/// 10:00 Swedish time on the weekday on or before `unix`'s day: the demo's
/// own acts fall in office hours, so the log follow-up flags only the
/// accesses planted to be flagged.
fn office_hours(unix: i64) -> i64 {
    let mut day = OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| t.date())
        .unwrap_or(time::Date::MIN);
    while matches!(
        day.weekday(),
        time::Weekday::Saturday | time::Weekday::Sunday
    ) {
        day = day.previous_day().unwrap_or(day);
    }
    crate::clock::swedish_day_start(day) + 10 * 3600
}

pub async fn seed_demo_releases(db: &Db, clock: &Clock) -> Result<usize, SeedError> {
    let data = demo_data()?;
    let mut recorded = 0;
    for release in data.releases {
        let decided_at = office_hours(clock.unix() - release.days_ago * 24 * 3600);
        let input = crate::releases::ReleaseInput {
            decided_at: OffsetDateTime::from_unix_timestamp(decided_at)
                .ok()
                .and_then(|t| t.format(&Rfc3339).ok())
                .unwrap_or_default(),
            ..release.input
        };
        let types: Vec<String> = {
            let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
            db::registers::content(&mut conn, release.register.as_str())
                .await?
                .into_iter()
                .map(|t| t.code)
                .collect()
        };
        let draft = input
            .check(&types)
            .map_err(|problems| SeedError::Fixture(format!("a release: {problems:?}")))?;
        let answer = crate::releases::record(
            db,
            clock,
            &release.register,
            draft,
            &crate::releases::Recorder::Operator,
            5,
        )
        .await;
        match answer {
            Ok(answer) if !answer.repeated => recorded += 1,
            Ok(_) | Err(crate::releases::ReleaseError::Conflict) => {}
            Err(crate::releases::ReleaseError::Invalid(problems)) => {
                return Err(SeedError::Fixture(format!("a release: {problems:?}")));
            }
            Err(crate::releases::ReleaseError::Db(error)) => return Err(error.into()),
        }
    }
    Ok(recorded)
}

pub async fn seed_demo_requests(db: &Db, clock: &Clock) -> Result<usize, SeedError> {
    let data = demo_data()?;
    let today = clock.today();
    let day = 24 * 3600;
    let mut tx = db.begin_write().await?;
    let mut filed = 0;
    for request in &data.requests {
        let pnr = Personnummer::parse_long(&request.personnummer)
            .map_err(|e| SeedError::Fixture(format!("a request's personnummer: {e}")))?;
        let patient_id = db::patients::upsert(&mut tx, &pnr, None, None, clock.unix()).await?;
        let received_on = today - time::Duration::days(request.received_days_ago);
        let received_at = clock.unix() - request.received_days_ago * day;
        let details = serde_json::to_string(&request.details)
            .map_err(|e| SeedError::Fixture(e.to_string()))?;
        let kind = request.details.kind();
        // Seeded before: the person has a request of the kind there.
        let before =
            db::requests::of_patient(&mut tx, patient_id, Some(request.register.as_str())).await?;
        if before.iter().any(|r| r.kind == kind) {
            continue;
        }
        let db::requests::Filed::New { id, .. } = db::requests::file(
            &mut tx,
            &db::requests::NewRequest {
                patient_id,
                register: request.register.as_str(),
                kind: kind.as_str(),
                details: &details,
                received_at,
                due_on: &due_on(received_on).to_string(),
                subject: request.details.open_subject(),
                filed_by: None,
                handling_unit: None,
            },
        )
        .await?
        else {
            continue;
        };
        filed += 1;
        let staff = match &request.staff {
            Some(hsa_id) => db::staff::find_active(&mut tx, hsa_id).await?,
            None => None,
        };
        let actor = staff
            .as_ref()
            .map_or_else(|| "system".to_owned(), |s| format!("staff:{}", s.hsa_id));
        // Each step a day after receipt, so the history reads in order.
        let at = received_at + day;
        let note = request.note.as_deref();
        if let Some(member) = &staff {
            db::requests::take(&mut tx, id, member.id).await?;
            db::requests::add_event(&mut tx, id, at, CaseEvent::InProgress, &actor, None).await?;
        }
        match request.status {
            RequestStatus::Received | RequestStatus::InProgress => {}
            RequestStatus::Extended => {
                let due = add_months(due_on(received_on), 2);
                db::requests::extend(&mut tx, id, due, note.unwrap_or_default()).await?;
                db::requests::add_event(&mut tx, id, at, CaseEvent::Extended, &actor, note).await?;
            }
            status @ (RequestStatus::Completed | RequestStatus::Rejected) => {
                if status == RequestStatus::Completed
                    && matches!(request.details, RequestDetails::OptOut)
                {
                    db::opt_outs::given_by_request(
                        &mut tx,
                        patient_id,
                        request.register.as_str(),
                        at,
                        id,
                        None,
                    )
                    .await?;
                }
                db::requests::decide(&mut tx, id, status, at, note).await?;
                let event = if status == RequestStatus::Completed {
                    CaseEvent::Completed
                } else {
                    CaseEvent::Rejected
                };
                db::requests::add_event(&mut tx, id, at, event, &actor, note).await?;
            }
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(filed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::registers::ValueType;
    use app::domain::StaffRole;

    /// Every demo record uses a record type and fields that its register
    /// defines, with values of the defined type, and every required field.
    #[test]
    fn demo_records_match_the_register_definitions() {
        let definitions = register_definitions().unwrap();
        let data = demo_data().unwrap();
        let units: Vec<_> = data.care_units.iter().map(|u| &u.hsa_id).collect();
        for person in &data.persons {
            for registration in &person.registrations {
                let def = definitions
                    .iter()
                    .find(|d| d.code == registration.register)
                    .expect("register defined");
                for record in &registration.records {
                    assert!(units.contains(&&record.care_unit), "{}", record.source_id);
                    let rt = def
                        .record_types
                        .iter()
                        .find(|t| t.code == record.record_type)
                        .expect("record type defined");
                    for field in &rt.fields {
                        assert!(
                            !field.required || record.fields.contains_key(&field.code),
                            "{} lacks {}",
                            record.source_id,
                            field.code
                        );
                    }
                    for (code, value) in &record.fields {
                        let field =
                            rt.fields
                                .iter()
                                .find(|f| &f.code == code)
                                .unwrap_or_else(|| {
                                    panic!("{} has unknown field {code}", record.source_id)
                                });
                        let ok = match field.value_type {
                            ValueType::Integer => value.is_i64(),
                            ValueType::Decimal => value.is_number(),
                            ValueType::Text => value.is_string(),
                            ValueType::Date => value.as_str().is_some_and(|s| date(s).is_ok()),
                            ValueType::Boolean => value.is_boolean(),
                            ValueType::Code => value
                                .as_str()
                                .is_some_and(|s| field.options.iter().any(|o| o.code == s)),
                        };
                        assert!(ok, "{} field {code} = {value}", record.source_id);
                    }
                }
            }
        }
    }

    #[test]
    fn demo_people_are_as_the_product_brief_promises() {
        let data = demo_data().unwrap();
        assert!(data.persons.len() >= 20);
        let tolvan = data
            .persons
            .iter()
            .find(|p| p.personnummer == "19121212-1212")
            .expect("Tolvan");
        assert_eq!(tolvan.given_name, "Tolvan");
        assert_eq!(tolvan.registrations.len(), 2);
        assert!(
            tolvan
                .registrations
                .iter()
                .any(|r| r.register.as_str() == "qivf")
        );
        assert!(!tolvan.access_events.is_empty());
        assert!(
            data.persons.iter().any(|p| p.registrations.is_empty()),
            "someone registered nowhere"
        );
        for person in &data.persons {
            let pnr = Personnummer::parse_long(&person.personnummer).expect("valid personnummer");
            // Test series: serial 980–999 (never assigned), or Tolvan.
            let serial: u32 = pnr.expose()[8..11].parse().unwrap();
            assert!(
                serial >= 980 || pnr.expose() == "191212121212",
                "{} is not a test number",
                person.given_name
            );
        }
        let scopes: Vec<(&str, Option<StaffRole>, usize, Vec<&str>)> = data
            .staff
            .iter()
            .map(|s| {
                (
                    s.hsa_id.as_str(),
                    s.role,
                    s.registers.len(),
                    s.care_units.iter().map(HsaId::as_str).collect(),
                )
            })
            .collect();
        let clinic = Some(StaffRole::Clinic);
        assert_eq!(
            scopes,
            [
                ("SE2321000016-1001", None, 1, vec![]),
                ("SE2321000016-1002", None, 3, vec![]),
                ("SE2321000016-1003", None, 1, vec![]),
                ("SE2321000131-2001", clinic, 1, vec!["SE2321000131-RM02"]),
                ("SE2321000255-2002", clinic, 1, vec!["SE2321000255-RM03"]),
                ("SE2321000016-9001", Some(StaffRole::Admin), 0, vec![]),
            ]
        );
        assert_eq!(data.staff[0].registers[0].as_str(), "qivf");
        assert_ne!(data.staff[2].registers[0].as_str(), "qivf");
    }
}
