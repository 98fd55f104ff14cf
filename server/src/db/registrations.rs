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

/// The registers a patient is registered in, with the status of each and
/// the date of registration.
pub async fn of_patient(
    conn: &mut AnyConnection,
    patient_id: i64,
) -> Result<Vec<(String, RegistrationStatus, time::Date)>, DbError> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT register_code, status, registered_on FROM registrations WHERE patient_id = $1 ORDER BY register_code",
    )
    .bind(patient_id)
    .fetch_all(conn)
    .await?;
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    rows.into_iter()
        .map(|(code, status, date)| {
            let date = time::Date::parse(&date, iso)
                .map_err(|_| DbError::Corrupt(format!("registration date {date:?}")))?;
            Ok((
                code,
                super::parse_code(&status, "registration status")?,
                date,
            ))
        })
        .collect()
}
