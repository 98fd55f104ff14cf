//! The `staff` table, `staff_registers` and `staff_care_units`: register
//! staff, their role, the registers each may work on and, for clinic
//! staff, the care units they work for.

use super::DbError;
use app::domain::{HsaId, RegisterCode, StaffRole};
use sqlx::AnyConnection;

/// A staff member as the operator enters them.
#[derive(Debug, Clone)]
pub struct NewStaff<'a> {
    pub hsa_id: &'a HsaId,
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub role: StaffRole,
    pub registers: &'a [RegisterCode],
    /// For clinic staff: the care units they work for.
    pub care_units: &'a [HsaId],
}

/// Adds a staff member, or updates the name, e-mail, role and scope of an
/// existing one. The registers and care units are replaced, not merged.
pub async fn upsert(
    conn: &mut AnyConnection,
    staff: &NewStaff<'_>,
    now: i64,
) -> Result<i64, DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO staff (hsa_id, name, email, role, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (hsa_id) DO UPDATE SET name = excluded.name, email = excluded.email,
             role = excluded.role, active = 1
         RETURNING id",
    )
    .bind(staff.hsa_id.as_str())
    .bind(staff.name)
    .bind(staff.email)
    .bind(staff.role.as_str())
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM staff_registers WHERE staff_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for register in staff.registers {
        sqlx::query("INSERT INTO staff_registers (staff_id, register_code) VALUES ($1, $2)")
            .bind(id)
            .bind(register.as_str())
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("DELETE FROM staff_care_units WHERE staff_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for unit in staff.care_units {
        sqlx::query("INSERT INTO staff_care_units (staff_id, care_unit) VALUES ($1, $2)")
            .bind(id)
            .bind(unit.as_str())
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// Activates or deactivates a staff member: a deactivated member's
/// sessions stop at their next request.
pub async fn set_active(conn: &mut AnyConnection, id: i64, active: bool) -> Result<(), DbError> {
    sqlx::query("UPDATE staff SET active = $1 WHERE id = $2")
        .bind(i64::from(active))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A staff account as the administrator's list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub hsa_id: String,
    pub name: String,
    pub email: Option<String>,
    pub role: StaffRole,
    pub active: bool,
    pub registers: Vec<String>,
    pub care_units: Vec<String>,
}

/// Every staff account, active or not, by name.
pub async fn accounts(conn: &mut AnyConnection) -> Result<Vec<Account>, DbError> {
    let rows: Vec<(i64, String, String, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT id, hsa_id, name, email, role, active FROM staff ORDER BY name, hsa_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let registers: Vec<(i64, String)> = sqlx::query_as(
        "SELECT staff_id, register_code FROM staff_registers ORDER BY register_code",
    )
    .fetch_all(&mut *conn)
    .await?;
    let units: Vec<(i64, String)> =
        sqlx::query_as("SELECT staff_id, care_unit FROM staff_care_units ORDER BY care_unit")
            .fetch_all(&mut *conn)
            .await?;
    rows.into_iter()
        .map(|(id, hsa_id, name, email, role, active)| {
            let of = |pairs: &[(i64, String)]| {
                pairs
                    .iter()
                    .filter(|(staff, _)| *staff == id)
                    .map(|(_, value)| value.clone())
                    .collect()
            };
            Ok(Account {
                id,
                hsa_id,
                name,
                email,
                role: super::parse_code(&role, "staff role")?,
                active: active != 0,
                registers: of(&registers),
                care_units: of(&units),
            })
        })
        .collect()
}

/// The registers a staff member may work on, or `None` for an unknown or
/// inactive HSA-id.
pub async fn scope(
    conn: &mut AnyConnection,
    hsa_id: &HsaId,
) -> Result<Option<Vec<String>>, DbError> {
    Ok(find_active(conn, hsa_id)
        .await?
        .map(|member| member.registers))
}

/// An active staff member as a session needs them.
#[derive(Debug, Clone)]
pub struct StaffMember {
    pub id: i64,
    pub hsa_id: String,
    pub name: String,
    pub role: StaffRole,
    /// Register codes, sorted.
    pub registers: Vec<String>,
    /// For clinic staff: the HSA-ids of their care units, sorted.
    pub care_units: Vec<String>,
}

/// What a staff member may see and work on: requests and records of their
/// registers — for clinic staff only those of their care units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    pub registers: Vec<String>,
    /// `None`: the whole register; `Some`: these care units only.
    pub units: Option<Vec<String>>,
}

impl Scope {
    /// Whether a request of `register`, routed to `unit` (`None`: to the
    /// coordinators), is within the scope.
    pub fn reaches(&self, register: &str, unit: Option<&str>) -> bool {
        self.registers.iter().any(|r| r == register)
            && match &self.units {
                None => true,
                Some(units) => unit.is_some_and(|u| units.iter().any(|mine| mine == u)),
            }
    }
}

impl StaffMember {
    /// What the staff member may see and work on.
    pub fn scope(&self) -> Scope {
        Scope {
            registers: if self.role == StaffRole::Admin {
                Vec::new()
            } else {
                self.registers.clone()
            },
            units: (self.role != StaffRole::Coordinator).then(|| self.care_units.clone()),
        }
    }

    /// The registers the staff member coordinates: what only a register's
    /// coordinators do (releases, representatives, telling recipients).
    pub fn coordinated(&self) -> &[String] {
        if self.role == StaffRole::Coordinator {
            &self.registers
        } else {
            &[]
        }
    }
}

/// The active staff member with this HSA-id, if any (sign-in).
pub async fn find_active(
    conn: &mut AnyConnection,
    hsa_id: &HsaId,
) -> Result<Option<StaffMember>, DbError> {
    let id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM staff WHERE hsa_id = $1 AND active = 1")
            .bind(hsa_id.as_str())
            .fetch_optional(&mut *conn)
            .await?;
    match id {
        Some(id) => active_by_id(conn, id).await,
        None => Ok(None),
    }
}

/// The staff member of a session, if still active: a deactivated member's
/// sessions stop working at their next request.
pub async fn active_by_id(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<StaffMember>, DbError> {
    let row: Option<(String, String, String)> =
        sqlx::query_as("SELECT hsa_id, name, role FROM staff WHERE id = $1 AND active = 1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((hsa_id, name, role)) = row else {
        return Ok(None);
    };
    let registers = sqlx::query_scalar(
        "SELECT register_code FROM staff_registers WHERE staff_id = $1 ORDER BY register_code",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let care_units = sqlx::query_scalar(
        "SELECT care_unit FROM staff_care_units WHERE staff_id = $1 ORDER BY care_unit",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Some(StaffMember {
        id,
        hsa_id,
        name,
        role: super::parse_code(&role, "staff role")?,
        registers,
        care_units,
    }))
}

/// The addresses of the active coordinators of a register who have one.
pub async fn addresses_of_register(
    conn: &mut AnyConnection,
    register: &str,
) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT s.email FROM staff s JOIN staff_registers r ON r.staff_id = s.id
         WHERE r.register_code = $1 AND s.role = 'coordinator' AND s.active = 1 AND s.email IS NOT NULL
         ORDER BY s.id",
    )
    .bind(register)
    .fetch_all(conn)
    .await?)
}

/// A staff member's name, active or not (who did something, later).
pub async fn name_of(conn: &mut AnyConnection, id: i64) -> Result<Option<String>, DbError> {
    Ok(sqlx::query_scalar("SELECT name FROM staff WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

/// The addresses of the active clinic staff of a care unit in a register
/// who have one.
pub async fn addresses_of_unit(
    conn: &mut AnyConnection,
    register: &str,
    unit: &str,
) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT s.email FROM staff s
         JOIN staff_registers r ON r.staff_id = s.id
         JOIN staff_care_units u ON u.staff_id = s.id
         WHERE r.register_code = $1 AND u.care_unit = $2 AND s.role = 'clinic'
           AND s.active = 1 AND s.email IS NOT NULL
         ORDER BY s.id",
    )
    .bind(register)
    .bind(unit)
    .fetch_all(conn)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(role: StaffRole) -> StaffMember {
        StaffMember {
            id: 1,
            hsa_id: "SE2321000131-2001".into(),
            name: "x".into(),
            role,
            registers: vec!["qivf".into()],
            care_units: vec!["SE2321000131-RM02".into()],
        }
    }

    #[test]
    fn clinic_staff_reach_their_units_and_coordinators_the_register() {
        let clinic = member(StaffRole::Clinic).scope();
        assert!(clinic.reaches("qivf", Some("SE2321000131-RM02")));
        assert!(
            !clinic.reaches("qivf", Some("SE2321000255-RM03")),
            "another clinic"
        );
        assert!(!clinic.reaches("qivf", None), "the coordinators' requests");
        assert!(
            !clinic.reaches("ndr", Some("SE2321000131-RM02")),
            "another register"
        );
        let coordinator = member(StaffRole::Coordinator).scope();
        assert!(
            coordinator.reaches("qivf", None)
                && coordinator.reaches("qivf", Some("SE2321000255-RM03"))
        );
        assert!(
            !member(StaffRole::Admin).scope().reaches("qivf", None),
            "no register data for an administrator"
        );
        assert!(member(StaffRole::Clinic).coordinated().is_empty());
    }
}
