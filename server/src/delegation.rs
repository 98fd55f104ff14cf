//! Acting for someone else: the rules that decide, on every request, whether
//! a guardian, a chosen proxy or a legal representative may act for a
//! person today and within what scope; and the acts that create and end
//! such relations (a proxy granted or revoked by the person, a
//! representative entered by register staff, guardianships from the
//! population register).
//!
//! Whether a relation is in force is decided from the database and the
//! clock each time, never remembered from sign-in: a revoked or expired
//! proxy stops at the next request. A person with protected personal data
//! (skyddade personuppgifter) is never acted for through insyn, and no
//! relation shows their name.

use crate::{
    clock::Clock,
    config::DelegationConfig,
    db::{
        self, Db, DbError,
        relations::{NewRelation, Relation},
    },
};
use app::domain::{Personnummer, RegisterCode, RelationKind};
use time::Date;

/// Guardianship ends at majority whatever the configuration says.
const MAJORITY: i32 = 18;
/// A chosen proxy lasts at most this many days (two years).
pub const PROXY_MAX_DAYS: i64 = 731;

/// Someone acting for someone else in this request, as the rules allow it
/// today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acting {
    pub relation: i64,
    pub kind: RelationKind,
    /// The signed-in person.
    pub agent: i64,
    pub agent_name: String,
    /// The person whose data and requests the pages serve.
    pub subject: i64,
    pub subject_name: String,
    /// May file requests (not only read).
    pub may_file: bool,
    /// `None`: every register.
    pub registers: Option<Vec<RegisterCode>>,
    pub valid_until: Date,
    /// The decision behind a legal representative.
    pub reference: Option<String>,
}

impl Acting {
    /// Whether the relation reaches register `code`.
    pub fn covers(&self, code: &str) -> bool {
        self.registers
            .as_ref()
            .is_none_or(|codes| codes.iter().any(|c| c.as_str() == code))
    }

    /// For the access log: who acted, through which relation.
    pub fn by(&self) -> db::access_events::ActingBy {
        db::access_events::ActingBy {
            patient_id: self.agent,
            relation: self.kind,
        }
    }
}

/// Whether a request (of a person for themselves, or of someone `acting`)
/// reaches register `code`: always for oneself, else within the relation.
pub fn reaches(acting: Option<&Acting>, code: &str) -> bool {
    acting.is_none_or(|a| a.covers(code))
}

/// Why a relation cannot be used today. Never says whom it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotInForce {
    NotYet,
    Ended,
    Revoked,
    /// The child has reached the age from which guardians no longer act.
    AgeLimit,
    /// The subject has protected personal data.
    Protected,
}

/// Whether `relation` may be used on `today`.
pub fn in_force(
    relation: &Relation,
    today: Date,
    ages: DelegationConfig,
) -> Result<(), NotInForce> {
    if relation.subject.protected || relation.agent.protected {
        return Err(NotInForce::Protected);
    }
    if relation.revoked {
        return Err(NotInForce::Revoked);
    }
    if today < relation.valid_from {
        return Err(NotInForce::NotYet);
    }
    if today > relation.valid_until {
        return Err(NotInForce::Ended);
    }
    if relation.kind == RelationKind::Guardian {
        let age = relation.subject.personnummer.age_on(today);
        if age >= i32::from(ages.guardian_until_age).min(MAJORITY) {
            return Err(NotInForce::AgeLimit);
        }
    }
    Ok(())
}

/// Whether a person of this personnummer may sign in for themselves today:
/// a child younger than `own_access_from_age` is served by their guardian.
pub fn may_act_for_themselves(pnr: &Personnummer, today: Date, ages: DelegationConfig) -> bool {
    pnr.age_on(today) >= i32::from(ages.own_access_from_age)
}

fn acting_of(relation: Relation) -> Acting {
    Acting {
        relation: relation.id,
        kind: relation.kind,
        agent: relation.agent.id,
        agent_name: relation.agent.name.unwrap_or_default(),
        subject: relation.subject.id,
        subject_name: relation.subject.name.unwrap_or_default(),
        may_file: relation.may_file,
        registers: relation.registers,
        valid_until: relation.valid_until,
        reference: relation.reference,
    }
}

/// The person `agent` acting through relation `relation` today, if the
/// relation is theirs and in force.
pub async fn acting(
    conn: &mut sqlx::AnyConnection,
    agent: i64,
    relation: i64,
    today: Date,
    ages: DelegationConfig,
) -> Result<Option<Acting>, DbError> {
    let Some(relation) = db::relations::of_agent_by_id(conn, agent, relation).await? else {
        return Ok(None);
    };
    Ok(in_force(&relation, today, ages)
        .is_ok()
        .then(|| acting_of(relation)))
}

/// Everyone `agent` may act for today. Relations not in force (and every
/// one with a protected person) are left out, unnamed.
pub async fn choices(
    conn: &mut sqlx::AnyConnection,
    agent: i64,
    today: Date,
    ages: DelegationConfig,
) -> Result<Vec<Acting>, DbError> {
    Ok(db::relations::of_agent(conn, agent)
        .await?
        .into_iter()
        .filter(|relation| in_force(relation, today, ages).is_ok())
        .map(acting_of)
        .collect())
}

/// Whom `subject` has acting for them today: their chosen proxies and
/// legal representatives, and guardians, to be shown to the subject.
pub async fn acting_for_me(
    conn: &mut sqlx::AnyConnection,
    subject: i64,
    today: Date,
    ages: DelegationConfig,
) -> Result<Vec<Acting>, DbError> {
    Ok(db::relations::of_subject(conn, subject)
        .await?
        .into_iter()
        .filter(|relation| in_force(relation, today, ages).is_ok())
        .map(acting_of)
        .collect())
}

/// A proxy as the person asks for it, already read from the form.
#[derive(Debug, Clone)]
pub struct ProxyGrant {
    pub proxy: Personnummer,
    pub may_file: bool,
    /// `None`: every register.
    pub registers: Option<Vec<RegisterCode>>,
    pub until: Date,
}

/// Why a proxy was not granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantRefused {
    /// Oneself.
    Themselves,
    /// The end date is past, or more than two years ahead.
    Period,
    /// A register that does not exist.
    UnknownRegister,
    /// The grantor has protected personal data: insyn does not act for them.
    Protected,
}

/// Grants a proxy for `grantor` (who acts for themselves: the handler
/// refuses a proxy granting further). The new relation's id.
pub async fn grant_proxy(
    db: &Db,
    clock: &Clock,
    grantor: i64,
    grant: &ProxyGrant,
) -> Result<Result<i64, GrantRefused>, DbError> {
    let today = clock.today();
    if grant.until < today || (grant.until - today).whole_days() > PROXY_MAX_DAYS {
        return Ok(Err(GrantRefused::Period));
    }
    let mut tx = db.begin_write().await?;
    let me = db::patients::header(&mut tx, grantor).await?;
    if me.personnummer == grant.proxy {
        return Ok(Err(GrantRefused::Themselves));
    }
    if db::patients::is_protected(&mut tx, grantor).await? {
        return Ok(Err(GrantRefused::Protected));
    }
    if let Some(codes) = &grant.registers {
        let known = db::registers::names(&mut tx, app::i18n::Lang::Sv).await?;
        if codes.is_empty()
            || !codes
                .iter()
                .all(|c| known.iter().any(|(k, _)| k == c.as_str()))
        {
            return Ok(Err(GrantRefused::UnknownRegister));
        }
    }
    let now = clock.unix();
    let proxy = db::patients::upsert(&mut tx, &grant.proxy, None, None, now).await?;
    let id = db::relations::insert(
        &mut tx,
        &NewRelation {
            kind: RelationKind::Proxy,
            agent_id: proxy,
            subject_id: grantor,
            may_file: grant.may_file,
            registers: grant.registers.as_deref(),
            valid_from: today,
            valid_until: grant.until,
            source: "subject",
            reference: None,
            entered_by_staff: None,
        },
        now,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(relation = id, "proxy granted");
    Ok(Ok(id))
}

/// Ends proxy `relation` of `grantor` now; whether there was one.
pub async fn revoke_proxy(
    db: &Db,
    clock: &Clock,
    grantor: i64,
    relation: i64,
) -> Result<bool, DbError> {
    let mut tx = db.begin_write().await?;
    let done = db::relations::revoke(
        &mut tx,
        relation,
        grantor,
        RelationKind::Proxy,
        clock.unix(),
    )
    .await?;
    tx.commit().await?;
    if done {
        tracing::info!(relation, "proxy revoked");
    }
    Ok(done)
}

/// A legal representative as staff enter it from the decision.
#[derive(Debug, Clone)]
pub struct Appointment {
    pub represented: Personnummer,
    pub representative: Personnummer,
    /// The court's or överförmyndarnämnd's case number.
    pub reference: String,
    pub may_file: bool,
    pub registers: Vec<RegisterCode>,
    pub from: Date,
    pub until: Date,
}

/// Why staff could not enter a representative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppointmentRefused {
    /// A register the staff member does not hold (or none).
    NotYourRegister,
    /// The same person on both sides.
    Themselves,
    /// The period ends before it starts.
    Period,
}

/// Enters a legal representative for the registers of staff member
/// `staff_id` (as the database has them now). The new relation's id.
pub async fn enter_representative(
    db: &Db,
    clock: &Clock,
    staff_id: i64,
    appointment: &Appointment,
) -> Result<Result<i64, AppointmentRefused>, DbError> {
    if appointment.represented == appointment.representative {
        return Ok(Err(AppointmentRefused::Themselves));
    }
    if appointment.until < appointment.from {
        return Ok(Err(AppointmentRefused::Period));
    }
    let mut tx = db.begin_write().await?;
    let Some(member) = db::staff::active_by_id(&mut tx, staff_id).await? else {
        return Ok(Err(AppointmentRefused::NotYourRegister));
    };
    let held = |code: &RegisterCode| member.coordinated().iter().any(|r| r == code.as_str());
    if appointment.registers.is_empty() || !appointment.registers.iter().all(held) {
        return Ok(Err(AppointmentRefused::NotYourRegister));
    }
    let now = clock.unix();
    let subject = db::patients::upsert(&mut tx, &appointment.represented, None, None, now).await?;
    let agent = db::patients::upsert(&mut tx, &appointment.representative, None, None, now).await?;
    let id = db::relations::insert(
        &mut tx,
        &NewRelation {
            kind: RelationKind::Representative,
            agent_id: agent,
            subject_id: subject,
            may_file: appointment.may_file,
            registers: Some(&appointment.registers),
            valid_from: appointment.from,
            valid_until: appointment.until,
            source: "staff",
            reference: Some(&appointment.reference),
            entered_by_staff: Some(staff_id),
        },
        now,
    )
    .await?;
    tx.commit().await?;
    tracing::info!(relation = id, "legal representative entered");
    Ok(Ok(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::relations::Party;
    use time::macros::date;

    const AGES: DelegationConfig = DelegationConfig {
        guardian_until_age: 13,
        own_access_from_age: 13,
    };

    fn party(id: i64, pnr: &str) -> Party {
        Party {
            id,
            personnummer: Personnummer::parse_long(pnr).unwrap(),
            name: Some("N N".into()),
            protected: false,
        }
    }

    fn guardianship() -> Relation {
        Relation {
            id: 1,
            kind: RelationKind::Guardian,
            agent: party(1, "191212121212"),
            subject: party(2, "202103159824"),
            may_file: true,
            registers: None,
            valid_from: date!(2021 - 03 - 15),
            valid_until: date!(2039 - 03 - 14),
            reference: None,
            revoked: false,
        }
    }

    #[test]
    fn a_guardian_acts_until_the_child_turns_the_configured_age() {
        let relation = guardianship();
        assert_eq!(in_force(&relation, date!(2034 - 03 - 14), AGES), Ok(()));
        assert_eq!(
            in_force(&relation, date!(2034 - 03 - 15), AGES),
            Err(NotInForce::AgeLimit)
        );
        let later = DelegationConfig {
            guardian_until_age: 16,
            ..AGES
        };
        assert_eq!(in_force(&relation, date!(2034 - 03 - 15), later), Ok(()));
        let past_majority = DelegationConfig {
            guardian_until_age: 99,
            ..AGES
        };
        let unbounded = Relation {
            valid_until: date!(2045 - 01 - 01),
            ..guardianship()
        };
        assert_eq!(
            in_force(&unbounded, date!(2039 - 03 - 14), past_majority),
            Ok(())
        );
        assert_eq!(
            in_force(&unbounded, date!(2039 - 03 - 15), past_majority),
            Err(NotInForce::AgeLimit),
            "guardianship ends at 18 whatever the configuration"
        );
    }

    #[test]
    fn revoked_ended_future_and_protected_relations_are_not_in_force() {
        let today = date!(2026 - 12 - 01);
        let revoked = Relation {
            revoked: true,
            ..guardianship()
        };
        assert_eq!(in_force(&revoked, today, AGES), Err(NotInForce::Revoked));
        let ended = Relation {
            valid_until: date!(2026 - 11 - 30),
            ..guardianship()
        };
        assert_eq!(in_force(&ended, today, AGES), Err(NotInForce::Ended));
        let future = Relation {
            valid_from: date!(2026 - 12 - 02),
            ..guardianship()
        };
        assert_eq!(in_force(&future, today, AGES), Err(NotInForce::NotYet));
        let mut protected = guardianship();
        protected.subject.protected = true;
        assert_eq!(
            in_force(&protected, today, AGES),
            Err(NotInForce::Protected)
        );
    }

    #[test]
    fn children_sign_in_for_themselves_from_the_configured_age() {
        let child = Personnummer::parse_long("202103159824").unwrap();
        assert!(!may_act_for_themselves(&child, date!(2034 - 03 - 14), AGES));
        assert!(may_act_for_themselves(&child, date!(2034 - 03 - 15), AGES));
    }

    #[test]
    fn a_limited_relation_covers_its_registers_only() {
        let mut acting = acting_of(guardianship());
        assert!(acting.covers("ndr"));
        acting.registers = Some(vec![RegisterCode::parse("qivf").unwrap()]);
        assert!(acting.covers("qivf"));
        assert!(!acting.covers("ndr"));
    }
}
