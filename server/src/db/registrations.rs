//! The `registrations` table: that a patient is in a register, and whether
//! processing is restricted.

use super::DbError;
use app::domain::{RegisterCode, RegistrationStatus};
use sqlx::AnyConnection;

pub async fn insert(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &RegisterCode,
    status: RegistrationStatus,
    registered_on: time::Date,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO registrations (patient_id, register_code, status, registered_on) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(patient_id)
    .bind(register.as_str())
    .bind(status.as_str())
    .bind(registered_on.to_string())
    .fetch_one(conn)
    .await?)
}

/// The registers a patient is registered in, with the status of each.
pub async fn of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
) -> Result<Vec<(String, RegistrationStatus)>, DbError> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT register_code, status FROM registrations WHERE patient_id = $1 ORDER BY register_code")
            .bind(patient_id)
            .fetch_all(conn)
            .await?;
    rows.into_iter()
        .map(|(code, status)| Ok((code, super::parse_code(&status, "registration status")?)))
        .collect()
}
