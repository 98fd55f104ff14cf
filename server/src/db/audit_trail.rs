//! The `audit_trail` table: what staff and administrators did, append-only
//! (the database refuses UPDATE and DELETE). An administrator's change of a
//! staff account, a token or the care-unit catalogue; clinic staff
//! registering an opt-out for a patient; a reviewer marking an entry of the
//! access log. The operator at the command line is recorded as no staff
//! member.

use super::DbError;
use app::domain::AuditAction;
use sqlx::AnyConnection;

/// One act, as it is to be stored.
#[derive(Debug, Clone)]
pub struct NewAct<'a> {
    pub at: i64,
    /// `None`: the operator at the command line.
    pub staff_id: Option<i64>,
    pub action: AuditAction,
    pub register: Option<&'a str>,
    pub patient_id: Option<i64>,
    /// What was acted on: an HSA-id, a token's id, an access-log entry.
    pub subject: &'a str,
    /// What changed.
    pub details: serde_json::Value,
}

pub async fn record(conn: &mut AnyConnection, act: &NewAct<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO audit_trail (at, staff_id, action, register_code, patient_id, subject, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(act.at)
    .bind(act.staff_id)
    .bind(act.action.as_str())
    .bind(act.register)
    .bind(act.patient_id)
    .bind(act.subject)
    .bind(act.details.to_string())
    .fetch_one(conn)
    .await?)
}

/// A stored act, with who did it by name and HSA-id.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Act {
    pub id: i64,
    pub at: i64,
    pub staff_hsa_id: Option<String>,
    pub staff_name: Option<String>,
    #[sqlx(try_from = "String")]
    pub action: AuditAction,
    pub register_code: Option<String>,
    pub patient_id: Option<i64>,
    pub subject: String,
    pub details: String,
}

const SELECT: &str = "SELECT a.id, a.at, s.hsa_id AS staff_hsa_id, s.name AS staff_name, a.action,
        a.register_code, a.patient_id, a.subject, a.details
    FROM audit_trail a LEFT JOIN staff s ON s.id = a.staff_id";

/// The latest acts of the given kinds, newest first.
pub async fn latest_of(
    conn: &mut AnyConnection,
    actions: &[AuditAction],
    limit: i64,
) -> Result<Vec<Act>, DbError> {
    let codes: Vec<String> = actions
        .iter()
        .map(|a| format!("'{}'", a.as_str()))
        .collect();
    // The codes are the enum's own constants, never input.
    let sql = format!(
        "{SELECT} WHERE a.action IN ({}) ORDER BY a.at DESC, a.id DESC LIMIT $1",
        codes.join(", ")
    );
    Ok(sqlx::query_as(&sql).bind(limit).fetch_all(conn).await?)
}

/// The acts about one register between two moments, newest first.
pub async fn of_register(
    conn: &mut AnyConnection,
    register: &str,
    from: i64,
    until: i64,
) -> Result<Vec<Act>, DbError> {
    let sql = format!(
        "{SELECT} WHERE a.register_code = $1 AND a.at >= $2 AND a.at < $3 ORDER BY a.at DESC, a.id DESC"
    );
    Ok(sqlx::query_as(&sql)
        .bind(register)
        .bind(from)
        .bind(until)
        .fetch_all(conn)
        .await?)
}
