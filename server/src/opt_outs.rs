//! Opt-outs a person gives or withdraws in insyn: the research opt-out
//! (keep me in the register for care quality, but do not release my data
//! for research or statistics), per register or for all, no reason asked;
//! and withdrawing any opt-out in force, however it was given. Each is an
//! event in the append-only model of [`crate::db::opt_outs`], naming who
//! said it: the person, or who acted for them and how related.
//!
//! "Do not register me" is given through a rights request, which register
//! staff carry out (`crate::cases`); it is not given here.

use crate::{
    clock::Clock,
    db::{
        self, Db, DbError,
        opt_outs::{Action, E_ID, NewOptOutEvent},
    },
    delegation::Acting,
};
use app::domain::{OptOutChannel, OptOutKind, RegisterCode};

/// Which opt-out, as a form names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub kind: OptOutKind,
    /// `None`: every register.
    pub register: Option<RegisterCode>,
    pub action: Action,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Someone acting who may only read, or outside their registers.
    NotAllowed,
    /// "Do not register me" is asked for through a request.
    ThroughRequest,
    /// Nothing of this kind and scope to withdraw.
    NotInForce,
    UnknownRegister,
}

/// Gives or withdraws an opt-out for `patient`, said by `me` (acting for
/// them or not). Giving one already in force changes nothing.
pub async fn change(
    db: &Db,
    clock: &Clock,
    patient: i64,
    me: i64,
    acting: Option<&Acting>,
    choice: &Choice,
) -> Result<Result<(), Refused>, DbError> {
    let register = choice.register.as_ref().map(RegisterCode::as_str);
    if let Some(acting) = acting {
        let within = match register {
            Some(code) => acting.covers(code),
            None => acting.registers.is_none(),
        };
        if !acting.may_file || !within {
            return Ok(Err(Refused::NotAllowed));
        }
    }
    if choice.kind == OptOutKind::Registration && choice.action == Action::Given {
        return Ok(Err(Refused::ThroughRequest));
    }
    let mut tx = db.begin_write().await?;
    if let Some(code) = &choice.register {
        let known = db::registers::get(&mut tx, code, app::i18n::Lang::Sv).await?;
        if known.is_none() {
            return Ok(Err(Refused::UnknownRegister));
        }
    }
    let now = clock.unix();
    let events = db::opt_outs::events_of_patient(&mut tx, patient).await?;
    let in_force = db::opt_outs::in_force_at(&events, now)
        .iter()
        .any(|e| e.kind == choice.kind && e.register_code.as_deref() == register);
    match (choice.action, in_force) {
        (Action::Given, true) => return Ok(Ok(())),
        (Action::Withdrawn, false) => return Ok(Err(Refused::NotInForce)),
        _ => {}
    }
    db::opt_outs::record(
        &mut tx,
        &NewOptOutEvent {
            patient_id: patient,
            kind: choice.kind,
            register,
            action: choice.action,
            at: now,
            by_patient: Some((me, acting.map(|a| a.kind))),
            by_staff: None,
            channel: OptOutChannel::Insyn,
            paper_reference: None,
            identity_check: E_ID,
            request_id: None,
            care_unit: None,
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(kind = %choice.kind, action = choice.action.as_str(), "opt-out changed");
    Ok(Ok(()))
}
