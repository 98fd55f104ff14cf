//! Opt-outs told at a clinic: "if you do not want to take part, tell your
//! clinic — verbally is fine, but we prefer the written form". Clinic staff
//! register the opt-out for the patient, saying how it was given (verbally
//! or on paper, with the form's reference), how they checked the person's
//! identity and at which of their care units. It takes effect at once:
//! ingestion refuses the person from that moment.
//!
//! One transaction writes the opt-out event, an entry in the patient's
//! access log (the patient sees who registered it, where and when) and a
//! row in the audit trail of staff actions. Who may do it is read from the
//! database on each call, never from the session.

use crate::{
    clock::Clock,
    db::{
        self, Db, DbError,
        access_events::{NewAccessEvent, Source},
        audit_trail::NewAct,
        opt_outs::{Action, NewOptOutEvent},
    },
};
use app::domain::{
    AccessKind, ActorKind, AuditAction, HsaId, IdentityCheck, OptOutChannel, OptOutKind,
    Personnummer, RegisterCode, StaffRole,
};

/// An opt-out as the clinic's form gives it, parsed.
#[derive(Debug, Clone)]
pub struct Told {
    pub personnummer: Personnummer,
    pub register: RegisterCode,
    /// The staff member's care unit it was told at.
    pub care_unit: HsaId,
    pub kind: OptOutKind,
    /// Verbal or paper: the channels a clinic receives.
    pub channel: OptOutChannel,
    /// How the person's identity was checked (never e-ID here).
    pub identity_check: IdentityCheck,
    /// The paper form's reference, if there is one.
    pub paper_reference: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not active clinic staff of this register and care unit (now).
    NotAllowed,
    /// "Do not register me" for someone already registered: that is an
    /// erasure, which the register's coordinators handle on request.
    AlreadyRegistered,
    /// A channel or identity check a clinic does not use.
    NotAtAClinic,
}

/// What registering did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registered {
    /// A new opt-out event, by its id.
    New(i64),
    /// The same opt-out was already in force: nothing was written.
    AlreadyInForce,
}

/// Registers `told` as said by staff member `staff`.
pub async fn register(
    db: &Db,
    clock: &Clock,
    staff: i64,
    told: &Told,
) -> Result<Result<Registered, Refused>, DbError> {
    if !matches!(told.channel, OptOutChannel::Verbal | OptOutChannel::Paper)
        || told.identity_check == IdentityCheck::EId
    {
        return Ok(Err(Refused::NotAtAClinic));
    }
    let register = told.register.as_str();
    let unit = told.care_unit.as_str();
    let mut tx = db.begin_write().await?;
    let Some(member) = db::staff::active_by_id(&mut tx, staff).await? else {
        return Ok(Err(Refused::NotAllowed));
    };
    if member.role != StaffRole::Clinic
        || !member.registers.iter().any(|r| r == register)
        || !member.care_units.iter().any(|u| u == unit)
    {
        return Ok(Err(Refused::NotAllowed));
    }
    let now = clock.unix();
    let patient = db::patients::upsert(&mut tx, &told.personnummer, None, None, now).await?;
    if told.kind == OptOutKind::Registration
        && db::registrations::status_in(&mut tx, patient, register)
            .await?
            .is_some()
    {
        return Ok(Err(Refused::AlreadyRegistered));
    }
    let events = db::opt_outs::events_of_patient(&mut tx, patient).await?;
    let in_force = db::opt_outs::in_force_at(&events, now)
        .iter()
        .any(|e| e.kind == told.kind && db::opt_outs::reaches(e, register));
    if in_force {
        return Ok(Ok(Registered::AlreadyInForce));
    }
    let paper_reference = told.paper_reference.as_deref();
    let id = db::opt_outs::record(
        &mut tx,
        &NewOptOutEvent {
            patient_id: patient,
            kind: told.kind,
            register: Some(register),
            action: Action::Given,
            at: now,
            by_patient: None,
            by_staff: Some(member.id),
            channel: told.channel,
            paper_reference,
            identity_check: told.identity_check.as_str(),
            request_id: None,
            care_unit: Some(unit),
        },
    )
    .await?;
    let staff_hsa_id =
        HsaId::parse(&member.hsa_id).map_err(|_| DbError::Corrupt("staff HSA-id".into()))?;
    db::access_events::append(
        &mut tx,
        db.engine(),
        &NewAccessEvent {
            patient_id: patient,
            register: &told.register,
            occurred_at: now,
            actor: ActorKind::RegisterStaff,
            care_unit: Some(&told.care_unit),
            staff: Some(&staff_hsa_id),
            kind: AccessKind::OptOut,
            reason: None,
            source: Source::Insyn,
            source_event_id: None,
            acting: None,
            release: None,
            purpose: Some(app::domain::AccessPurpose::PatientRequest),
            data_touched: None,
        },
        now,
    )
    .await?;
    db::audit_trail::record(
        &mut tx,
        &NewAct {
            at: now,
            staff_id: Some(member.id),
            action: AuditAction::OptOutRegistered,
            register: Some(register),
            patient_id: Some(patient),
            subject: &id.to_string(),
            details: serde_json::json!({
                "kind": told.kind.as_str(),
                "channel": told.channel.as_str(),
                "identity_check": told.identity_check.as_str(),
                "paper_reference": paper_reference,
                "care_unit": unit,
            }),
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(kind = %told.kind, channel = %told.channel, "opt-out registered at a clinic");
    Ok(Ok(Registered::New(id)))
}

/// One opt-out a clinic registered, as its printed form shows it.
#[derive(Debug, Clone)]
pub struct Printed {
    pub patient: db::patients::PatientHeader,
    pub register_name: String,
    pub event: db::opt_outs::OptOutEvent,
    pub care_unit_name: String,
    pub staff_name: String,
}

/// The opt-out event `id` for its printed form, if it was registered at one
/// of the staff member's care units (as the database has them now).
pub async fn printable(
    db: &Db,
    staff: i64,
    id: i64,
    lang: app::i18n::Lang,
) -> Result<Option<Printed>, DbError> {
    let mut conn = db.pool().acquire().await?;
    let Some(member) = db::staff::active_by_id(&mut conn, staff).await? else {
        return Ok(None);
    };
    let Some(event) = db::opt_outs::get(&mut conn, id).await? else {
        return Ok(None);
    };
    let (Some(unit), Some(register)) = (event.care_unit.clone(), event.register_code.clone())
    else {
        return Ok(None);
    };
    if member.role != StaffRole::Clinic
        || !member.care_units.contains(&unit)
        || !member.registers.contains(&register)
    {
        return Ok(None);
    }
    let register_name = db::registers::names(&mut conn, lang)
        .await?
        .into_iter()
        .find(|(code, _)| *code == register)
        .map_or(register, |(_, name)| name);
    let care_unit_name = db::care_units::names_of(&mut conn, std::slice::from_ref(&unit))
        .await?
        .remove(&unit)
        .unwrap_or(unit);
    let staff_name = match event.by_staff_id {
        Some(by) => db::staff::name_of(&mut conn, by).await?.unwrap_or_default(),
        None => String::new(),
    };
    let patient = db::patients::header(&mut conn, event.patient_id).await?;
    Ok(Some(Printed {
        patient,
        register_name,
        event,
        care_unit_name,
        staff_name,
    }))
}
