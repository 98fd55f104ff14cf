//! The `staff` table and `staff_registers`: register staff and the
//! registers each may work on.

use super::DbError;
use app::domain::{HsaId, RegisterCode};
use sqlx::AnyConnection;

/// Adds a staff member, or updates the name, e-mail and register scope of an
/// existing one. The scope is replaced, not merged.
pub async fn upsert(
    conn: &mut AnyConnection,
    hsa_id: &HsaId,
    name: &str,
    email: Option<&str>,
    registers: &[RegisterCode],
    now: i64,
) -> Result<i64, DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO staff (hsa_id, name, email, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (hsa_id) DO UPDATE SET name = excluded.name, email = excluded.email, active = 1
         RETURNING id",
    )
    .bind(hsa_id.as_str())
    .bind(name)
    .bind(email)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM staff_registers WHERE staff_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for register in registers {
        sqlx::query("INSERT INTO staff_registers (staff_id, register_code) VALUES ($1, $2)")
            .bind(id)
            .bind(register.as_str())
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
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
    /// Register codes, sorted.
    pub registers: Vec<String>,
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
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT hsa_id, name FROM staff WHERE id = $1 AND active = 1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((hsa_id, name)) = row else {
        return Ok(None);
    };
    let registers = sqlx::query_scalar(
        "SELECT register_code FROM staff_registers WHERE staff_id = $1 ORDER BY register_code",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Some(StaffMember {
        id,
        hsa_id,
        name,
        registers,
    }))
}

/// The addresses of the active staff of a register who have one.
pub async fn addresses_of_register(
    conn: &mut AnyConnection,
    register: &str,
) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT s.email FROM staff s JOIN staff_registers r ON r.staff_id = s.id
         WHERE r.register_code = $1 AND s.active = 1 AND s.email IS NOT NULL
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
