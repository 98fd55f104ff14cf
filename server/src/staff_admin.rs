//! Platform administration: staff accounts (HSA-id, name, role, registers,
//! care units, active or not), register API tokens (created — the secret
//! shown once — listed, revoked) and the care-unit catalogue. The command
//! line (`insyn staff add`, `insyn token …`) and the administrator's pages
//! share these functions, so the rules are one set; every change is written
//! to the append-only audit trail in the same transaction, with who made it
//! (`None`: the operator at the command line).
//!
//! Who may is checked by the caller: [`is_admin`] reads it from the
//! database on each request.

use crate::{
    clock::Clock,
    crypto,
    db::{self, Db, DbError, audit_trail::NewAct, staff::NewStaff},
};
use app::domain::{AuditAction, HsaId, RegisterCode, StaffRole};
use serde_json::json;

/// Whether `staff` is an active platform administrator now.
pub async fn is_admin(db: &Db, staff: i64) -> Result<bool, DbError> {
    let mut conn = db.pool().acquire().await?;
    Ok(db::staff::active_by_id(&mut conn, staff)
        .await?
        .is_some_and(|m| m.role == StaffRole::Admin))
}

/// A staff account as an administrator enters it.
#[derive(Debug, Clone)]
pub struct StaffAccount {
    pub hsa_id: HsaId,
    pub name: String,
    pub email: Option<String>,
    pub role: StaffRole,
    pub registers: Vec<RegisterCode>,
    pub care_units: Vec<HsaId>,
    pub active: bool,
}

/// Why an account cannot be saved as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StaffProblem {
    #[error("a coordinator needs at least one register")]
    CoordinatorWithoutRegister,
    #[error("clinic staff need at least one register and one care unit")]
    ClinicWithoutScope,
    #[error("an administrator works on the platform, not in a register")]
    AdminWithScope,
    #[error("a coordinator has the whole register: care units are for clinic staff")]
    CoordinatorWithUnits,
    #[error("there is no care unit {0} in insyn's catalogue")]
    UnknownCareUnit(String),
    #[error("there is no register with the code \"{0}\"")]
    UnknownRegister(String),
    #[error("an administrator cannot deactivate or demote themselves")]
    Themselves,
}

impl StaffAccount {
    /// The role's rules on registers and care units.
    pub fn check(&self) -> Result<(), StaffProblem> {
        let (registers, units) = (!self.registers.is_empty(), !self.care_units.is_empty());
        match self.role {
            StaffRole::Coordinator if !registers => Err(StaffProblem::CoordinatorWithoutRegister),
            StaffRole::Coordinator if units => Err(StaffProblem::CoordinatorWithUnits),
            StaffRole::Clinic if !registers || !units => Err(StaffProblem::ClinicWithoutScope),
            StaffRole::Admin if registers || units => Err(StaffProblem::AdminWithScope),
            _ => Ok(()),
        }
    }
}

/// Adds or replaces a staff account, said by `by`.
pub async fn save_staff(
    db: &Db,
    clock: &Clock,
    by: Option<i64>,
    account: &StaffAccount,
) -> Result<Result<i64, StaffProblem>, DbError> {
    if let Err(problem) = account.check() {
        return Ok(Err(problem));
    }
    let mut tx = db.begin_write().await?;
    if let Some(by) = by {
        let me = db::staff::active_by_id(&mut tx, by).await?;
        let demoting_myself = me.is_some_and(|me| me.hsa_id == account.hsa_id.as_str())
            && (!account.active || account.role != StaffRole::Admin);
        if demoting_myself {
            // The platform must keep the administrator who is working on it.
            return Ok(Err(StaffProblem::Themselves));
        }
    }
    for unit in &account.care_units {
        if !db::care_units::exists(&mut tx, unit).await? {
            return Ok(Err(StaffProblem::UnknownCareUnit(unit.to_string())));
        }
    }
    for code in &account.registers {
        if db::registers::get(&mut tx, code, app::i18n::Lang::Sv)
            .await?
            .is_none()
        {
            return Ok(Err(StaffProblem::UnknownRegister(code.to_string())));
        }
    }
    let now = clock.unix();
    let id = db::staff::upsert(
        &mut tx,
        &NewStaff {
            hsa_id: &account.hsa_id,
            name: &account.name,
            email: account.email.as_deref(),
            role: account.role,
            registers: &account.registers,
            care_units: &account.care_units,
        },
        now,
    )
    .await?;
    db::staff::set_active(&mut tx, id, account.active).await?;
    let registers: Vec<&str> = account.registers.iter().map(RegisterCode::as_str).collect();
    let units: Vec<&str> = account.care_units.iter().map(HsaId::as_str).collect();
    db::audit_trail::record(
        &mut tx,
        &NewAct {
            at: now,
            staff_id: by,
            action: AuditAction::StaffSaved,
            register: None,
            patient_id: None,
            subject: account.hsa_id.as_str(),
            details: json!({
                "name": account.name,
                "email": account.email,
                "role": account.role.as_str(),
                "registers": registers,
                "care_units": units,
                "active": account.active,
            }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(id))
}

/// A token just created: its id, and the secret, shown only now.
#[derive(Debug)]
pub struct NewToken {
    pub id: i64,
    pub secret: secrecy::SecretString,
}

/// Creates a token that writes to `register`; `None` if there is no such
/// register.
pub async fn create_token(
    db: &Db,
    clock: &Clock,
    by: Option<i64>,
    register: &RegisterCode,
    label: &str,
) -> Result<Option<NewToken>, DbError> {
    let mut tx = db.begin_write().await?;
    if db::registers::get(&mut tx, register, app::i18n::Lang::Sv)
        .await?
        .is_none()
    {
        return Ok(None);
    }
    let secret = format!("insyn_{}_{}", register.as_str(), crypto::random_256());
    let now = clock.unix();
    let id = db::api_tokens::create(
        &mut tx,
        register.as_str(),
        &crypto::sha256_hex(&secret),
        label,
        now,
    )
    .await?;
    db::audit_trail::record(
        &mut tx,
        &NewAct {
            at: now,
            staff_id: by,
            action: AuditAction::TokenCreated,
            register: Some(register.as_str()),
            patient_id: None,
            subject: &id.to_string(),
            details: json!({ "label": label }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(NewToken {
        id,
        secret: secret.into(),
    }))
}

/// Revokes token `id` at once; `false` if there is no such live token.
pub async fn revoke_token(
    db: &Db,
    clock: &Clock,
    by: Option<i64>,
    id: i64,
) -> Result<bool, DbError> {
    let mut tx = db.begin_write().await?;
    let now = clock.unix();
    let register = db::api_tokens::register_of(&mut tx, id).await?;
    if !db::api_tokens::revoke(&mut tx, id, now).await? {
        return Ok(false);
    }
    db::audit_trail::record(
        &mut tx,
        &NewAct {
            at: now,
            staff_id: by,
            action: AuditAction::TokenRevoked,
            register: register.as_deref(),
            patient_id: None,
            subject: &id.to_string(),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Adds a care unit to the catalogue, or renames one.
pub async fn save_care_unit(
    db: &Db,
    clock: &Clock,
    by: Option<i64>,
    hsa_id: &HsaId,
    name: &str,
) -> Result<(), DbError> {
    let mut tx = db.begin_write().await?;
    db::care_units::upsert(&mut tx, hsa_id, name).await?;
    db::audit_trail::record(
        &mut tx,
        &NewAct {
            at: clock.unix(),
            staff_id: by,
            action: AuditAction::CareUnitSaved,
            register: None,
            patient_id: None,
            subject: hsa_id.as_str(),
            details: json!({ "name": name }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(role: StaffRole, registers: &[&str], units: &[&str]) -> StaffAccount {
        StaffAccount {
            hsa_id: HsaId::parse("SE2321000016-1001").unwrap(),
            name: "Test".into(),
            email: None,
            role,
            registers: registers
                .iter()
                .map(|r| RegisterCode::parse(r).unwrap())
                .collect(),
            care_units: units.iter().map(|u| HsaId::parse(u).unwrap()).collect(),
            active: true,
        }
    }

    #[test]
    fn each_role_has_its_scope() {
        let unit = "SE2321000131-RM02";
        assert_eq!(
            account(StaffRole::Coordinator, &["qivf"], &[]).check(),
            Ok(())
        );
        assert_eq!(
            account(StaffRole::Clinic, &["qivf"], &[unit]).check(),
            Ok(())
        );
        assert_eq!(account(StaffRole::Admin, &[], &[]).check(), Ok(()));
        assert_eq!(
            account(StaffRole::Coordinator, &[], &[]).check(),
            Err(StaffProblem::CoordinatorWithoutRegister)
        );
        assert_eq!(
            account(StaffRole::Coordinator, &["qivf"], &[unit]).check(),
            Err(StaffProblem::CoordinatorWithUnits)
        );
        assert_eq!(
            account(StaffRole::Clinic, &["qivf"], &[]).check(),
            Err(StaffProblem::ClinicWithoutScope)
        );
        assert_eq!(
            account(StaffRole::Admin, &["qivf"], &[]).check(),
            Err(StaffProblem::AdminWithScope)
        );
    }
}
