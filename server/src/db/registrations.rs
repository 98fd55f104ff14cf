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

/// The status of the patient's registration in one register, if any.
pub async fn status_in(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
) -> Result<Option<RegistrationStatus>, DbError> {
    let status: Option<String> = sqlx::query_scalar(
        "SELECT status FROM registrations WHERE patient_id = $1 AND register_code = $2",
    )
    .bind(patient_id)
    .bind(register)
    .fetch_optional(conn)
    .await?;
    status
        .map(|s| super::parse_code(&s, "registration status"))
        .transpose()
}

/// Restricts processing of a registration on `ground` (GDPR art. 18(1)).
/// `false` when the patient is not registered there.
pub async fn restrict(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    ground: &str,
    at: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE registrations SET status = 'restricted', restricted_at = $1, restriction_ground = $2
         WHERE patient_id = $3 AND register_code = $4",
    )
    .bind(at)
    .bind(ground)
    .bind(patient_id)
    .bind(register)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Lifts a restriction. `false` when the registration is not restricted.
pub async fn lift_restriction(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE registrations SET status = 'active', restricted_at = NULL, restriction_ground = NULL
         WHERE patient_id = $1 AND register_code = $2 AND status = 'restricted'",
    )
    .bind(patient_id)
    .bind(register)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes the registration (erasure). `false` when there was none.
pub async fn delete(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
) -> Result<bool, DbError> {
    let done =
        sqlx::query("DELETE FROM registrations WHERE patient_id = $1 AND register_code = $2")
            .bind(patient_id)
            .bind(register)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// The status in `register` of each of `patient_ids` that is registered there.
pub async fn statuses_among(
    conn: &mut AnyConnection,
    register: &str,
    patient_ids: &[i64],
) -> Result<std::collections::HashMap<i64, RegistrationStatus>, DbError> {
    let mut statuses = std::collections::HashMap::new();
    for part in patient_ids.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT patient_id, status FROM registrations WHERE register_code = $1 AND patient_id IN ({})",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql).bind(register);
        for id in part {
            query = query.bind(*id);
        }
        for (id, status) in query.fetch_all(&mut *conn).await? {
            statuses.insert(id, super::parse_code(&status, "registration status")?);
        }
    }
    Ok(statuses)
}

/// Registers each `(patient, since)` in `register` as active, leaving those
/// already registered as they are.
pub async fn insert_missing(
    conn: &mut AnyConnection,
    register: &RegisterCode,
    patients: &[(i64, time::Date)],
) -> Result<(), DbError> {
    for part in patients.chunks(super::BULK_ROWS) {
        let sql = format!(
            "INSERT INTO registrations (patient_id, register_code, status, registered_on) VALUES {}
             ON CONFLICT (patient_id, register_code) DO NOTHING",
            super::values_rows(part.len(), 4)
        );
        let mut query = sqlx::query(&sql);
        for (patient, since) in part {
            query = query
                .bind(*patient)
                .bind(register.as_str())
                .bind(RegistrationStatus::Active.as_str())
                .bind(since.to_string());
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}
