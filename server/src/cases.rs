//! Register staff acting on a case: take it, extend its deadline once,
//! complete it, reject it, or lift a restriction. Completing does what the
//! request asked — correct a record, restrict or erase a registration,
//! record an opt-out — in the same transaction as the status change and its
//! history entry, so a case is never marked done without being done, nor
//! done without a trace of who did it and when.

use crate::{
    clock::Clock,
    db::{
        self, Db, DbError,
        access_events::{NewAccessEvent, Source},
        requests::StoredRequest,
        staff::StaffMember,
    },
};
use app::{
    case_actions::{CaseAction, Completion, RecordEdit, parse_action},
    domain::{
        AccessKind, ActorKind, CaseActionCode, CaseEvent, HsaId, RegisterCode, RequestKind,
        RequestStatus,
    },
    requests::{FieldError, RequestDetails, add_months},
};
use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// No such case, or not in the staff member's registers: the same answer,
    /// so staff cannot learn what exists outside their scope.
    #[error("no such case for this staff member")]
    NotFound,
    /// The session's staff member is no longer active.
    #[error("the staff member is not active")]
    Forbidden,
    /// The case was decided: nothing more can be done with it.
    #[error("the case is decided")]
    Closed,
    /// The form has mistakes, or the action does not apply now; the messages
    /// go next to the fields.
    #[error("the form has mistakes")]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Db(#[from] DbError),
}

fn invalid(field: &str, message: &str) -> CaseError {
    CaseError::Invalid(vec![FieldError {
        field: field.to_owned(),
        message: message.to_owned(),
    }])
}

/// Does `action` (with its form) on the case `reference` as staff member
/// `staff_id`, all or nothing.
pub async fn act(
    db: &Db,
    clock: &Clock,
    public_url: &str,
    staff_id: i64,
    reference: &str,
    action: CaseActionCode,
    form: &HashMap<String, String>,
) -> Result<(), CaseError> {
    let mut tx = db.begin_write().await?;
    let member = db::staff::active_by_id(&mut tx, staff_id)
        .await?
        .ok_or(CaseError::Forbidden)?;
    let (patient_id, request, details) =
        db::requests::for_staff(&mut tx, reference, &member.scope())
            .await?
            .ok_or(CaseError::NotFound)?;
    let (kind, status) = (request.kind, request.status);
    let action = parse_action(kind, action, form).map_err(CaseError::Invalid)?;
    if status.is_final() && !matches!(action, CaseAction::Lift { .. }) {
        return Err(CaseError::Closed);
    }
    let case = Case {
        member: &member,
        actor: format!("staff:{}", member.hsa_id),
        patient_id,
        request: &request,
        kind,
        now: clock.unix(),
    };
    // The history entry and the patient's notice name the same event.
    let event = match &action {
        CaseAction::Take => CaseEvent::InProgress,
        CaseAction::Extend { .. } => CaseEvent::Extended,
        CaseAction::Complete(_) => CaseEvent::Completed,
        CaseAction::Reject { .. } => CaseEvent::Rejected,
        CaseAction::Lift { .. } => CaseEvent::RestrictionLifted,
    };
    match action {
        CaseAction::Take => {
            if !db::requests::take(&mut tx, request.id, member.id).await? {
                return Err(CaseError::Closed);
            }
            case.step(&mut tx, event, None).await?;
        }
        CaseAction::Extend { months, reason } => {
            if request.extended_due_on.is_some() {
                return Err(invalid("months", "case-already-extended"));
            }
            let due = add_months(request.due_on, months);
            if !db::requests::extend(&mut tx, request.id, due, &reason).await? {
                return Err(CaseError::Closed);
            }
            case.step(&mut tx, event, Some(&reason)).await?;
        }
        CaseAction::Complete(completion) => {
            case.carry_out(&mut tx, db, &details, &completion).await?;
            case.decide(
                &mut tx,
                RequestStatus::Completed,
                completion.note.as_deref(),
            )
            .await?;
        }
        CaseAction::Reject { reason } => {
            case.decide(&mut tx, RequestStatus::Rejected, Some(&reason))
                .await?;
        }
        CaseAction::Lift { reason } => {
            if kind != RequestKind::Restriction || status != RequestStatus::Completed {
                return Err(CaseError::Closed);
            }
            if !db::registrations::lift_restriction(&mut tx, patient_id, &request.register_code)
                .await?
            {
                return Err(CaseError::Closed);
            }
            case.step(&mut tx, event, Some(&reason)).await?;
        }
    }
    // The patient learns of it by mail (if they asked to), in the same commit.
    crate::mail::notices::about_request(
        &mut tx,
        patient_id,
        request.filed_by.as_ref().map(|f| f.patient_id),
        clock.today(),
        event,
        &request.reference,
        public_url,
        case.now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    tracing::info!(
        case = request.id,
        register = %request.register_code,
        staff = %member.hsa_id,
        "case action done"
    );
    Ok(())
}

/// The case being acted on, by whom, and when.
struct Case<'a> {
    member: &'a StaffMember,
    /// `staff:<HSA-id>`, as history entries and record versions name staff.
    actor: String,
    patient_id: i64,
    request: &'a StoredRequest,
    kind: RequestKind,
    now: i64,
}

type Tx = sqlx::Transaction<'static, sqlx::Any>;

impl Case<'_> {
    async fn step(&self, tx: &mut Tx, event: CaseEvent, note: Option<&str>) -> Result<(), DbError> {
        db::requests::add_event(tx, self.request.id, self.now, event, &self.actor, note).await
    }

    async fn decide(
        &self,
        tx: &mut Tx,
        status: RequestStatus,
        reason: Option<&str>,
    ) -> Result<(), CaseError> {
        if !self.close(tx, self.request.id, status, reason).await? {
            return Err(CaseError::Closed);
        }
        Ok(())
    }

    /// Records that the patient must not be registered in `register`, as
    /// this request (an opt-out or an erasure) asked.
    async fn opt_out(&self, tx: &mut Tx, register: &str) -> Result<(), DbError> {
        db::opt_outs::given_by_request(
            tx,
            self.patient_id,
            register,
            self.now,
            self.request.id,
            Some(self.member.id),
        )
        .await
    }

    /// Decides request `id` (this case, or one it settles) with a history
    /// entry by this staff member; `false` if it was decided already.
    async fn close(
        &self,
        tx: &mut Tx,
        id: i64,
        status: RequestStatus,
        reason: Option<&str>,
    ) -> Result<bool, DbError> {
        if !db::requests::decide(tx, id, status, self.now, reason).await? {
            return Ok(false);
        }
        let event = match status {
            RequestStatus::Rejected => CaseEvent::Rejected,
            _ => CaseEvent::Completed,
        };
        db::requests::add_event(tx, id, self.now, event, &self.actor, reason).await?;
        Ok(true)
    }

    /// What completing the request does to the register's data.
    async fn carry_out(
        &self,
        tx: &mut Tx,
        db: &Db,
        details: &str,
        completion: &Completion,
    ) -> Result<(), CaseError> {
        let register = self.request.register_code.as_str();
        let registration = db::registrations::status_in(tx, self.patient_id, register).await?;
        match self.kind {
            RequestKind::Correction => {
                if let Some(edit) = &completion.edit {
                    self.correct(tx, db, edit).await?;
                }
            }
            RequestKind::Restriction => {
                let ground = match serde_json::from_str::<RequestDetails>(details) {
                    Ok(RequestDetails::Restriction { ground, .. }) => ground.code(),
                    _ => return Err(DbError::Corrupt("restriction details".into()).into()),
                };
                if registration.is_none() {
                    return Err(invalid("note", "case-not-registered"));
                }
                db::registrations::restrict(tx, self.patient_id, register, ground, self.now)
                    .await?;
            }
            RequestKind::Erasure => {
                let erased = db::records::erase_of_patient(tx, self.patient_id, register).await?;
                db::registrations::delete(tx, self.patient_id, register).await?;
                self.opt_out(tx, register).await?;
                db::requests::erase_details(tx, self.patient_id, register).await?;
                // What else the patient asked of this register's data is
                // settled with it, so no case waits in the queue for data
                // that is gone; an access inquiry stays, as the log does.
                let settled = db::requests::settled_by_erasure(
                    tx,
                    self.patient_id,
                    register,
                    self.request.id,
                )
                .await?;
                let note = format!(
                    "Avslutad med raderingen {}: uppgifterna finns inte längre i registret.",
                    self.request.reference
                );
                for id in &settled {
                    self.close(tx, *id, RequestStatus::Completed, Some(&note))
                        .await?;
                }
                tracing::info!(
                    case = self.request.id,
                    records = erased,
                    settled = settled.len(),
                    "erased"
                );
            }
            RequestKind::OptOut => {
                if registration.is_some() {
                    return Err(invalid("note", "case-registered"));
                }
                self.opt_out(tx, register).await?;
            }
            // The answer is the completion's note, and it must be there.
            RequestKind::AccessInquiry => {
                if completion
                    .note
                    .as_deref()
                    .is_none_or(|n| n.trim().is_empty())
                {
                    return Err(invalid("note", "case-answer-required"));
                }
            }
        }
        Ok(())
    }

    /// A correction: the field set to the typed value as a new version of
    /// the record, recorded in the patient's access log as a correction by
    /// the register's own staff.
    async fn correct(&self, tx: &mut Tx, db: &Db, edit: &RecordEdit) -> Result<(), CaseError> {
        let register = self.request.register_code.as_str();
        // Clinic staff correct only what their own units reported.
        let units = self.member.scope().units;
        let record = db::records::one_of_patient(tx, edit.record_id, self.patient_id, register)
            .await?
            .filter(|r| {
                units
                    .as_ref()
                    .is_none_or(|units| units.contains(&r.care_unit_hsa_id))
            })
            .ok_or_else(|| invalid("target", "case-target-unknown"))?;
        let content = db::registers::content(tx, register).await?;
        let field = crate::content::record_type(&content, &record.record_type)
            .and_then(|t| t.fields.iter().find(|f| f.code == edit.field))
            .ok_or_else(|| invalid("target", "case-target-unknown"))?;
        let value = crate::content::parse_input(field, &edit.value)
            .map_err(|message| invalid("value", message))?;
        let mut fields = record.fields.clone();
        fields.insert(field.code.clone(), value);
        if !db::records::correct(tx, &record, &fields, self.now, &self.actor, self.request.id)
            .await?
        {
            // Changed by an import between our read and write: start over.
            return Err(invalid("target", "case-target-unknown"));
        }
        let code = RegisterCode::parse(register)
            .map_err(|_| DbError::Corrupt(format!("register code {register:?}")))?;
        let staff = HsaId::parse(&self.member.hsa_id)
            .map_err(|_| DbError::Corrupt("staff HSA-id".into()))?;
        let reason = format!("Rättelse enligt ärende {}", self.request.reference);
        let touched = db::access_events::data_touched([(
            record.record_type.as_str(),
            vec![field.code.as_str()],
        )]);
        db::access_events::append(
            tx,
            db.engine(),
            &NewAccessEvent {
                patient_id: self.patient_id,
                register: &code,
                occurred_at: self.now,
                actor: ActorKind::RegisterStaff,
                care_unit: None,
                staff: Some(&staff),
                kind: AccessKind::Correction,
                reason: Some(&reason),
                source: Source::Insyn,
                source_event_id: None,
                acting: None,
                release: None,
                purpose: Some(app::domain::AccessPurpose::PatientRequest),
                data_touched: Some(&touched),
            },
            self.now,
        )
        .await?;
        Ok(())
    }
}
