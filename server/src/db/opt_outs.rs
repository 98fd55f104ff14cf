//! The `opt_outs` table: this person must not be registered in this
//! register. Holds no health data and outlives the erasure of everything else.

use super::DbError;
use sqlx::AnyConnection;

/// The registers a patient has opted out of.
pub async fn of_patient(conn: &mut AnyConnection, patient_id: i64) -> Result<Vec<String>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT register_code FROM opt_outs WHERE patient_id = $1 ORDER BY register_code",
    )
    .bind(patient_id)
    .fetch_all(conn)
    .await?)
}
