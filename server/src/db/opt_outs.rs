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

/// Records that the patient must not be registered in `register`, by the
/// request that asked for it. Recording it twice changes nothing.
pub async fn insert(
    conn: &mut AnyConnection,
    patient_id: i64,
    register: &str,
    at: i64,
    request_id: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO opt_outs (patient_id, register_code, created_at, request_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (patient_id, register_code) DO NOTHING",
    )
    .bind(patient_id)
    .bind(register)
    .bind(at)
    .bind(request_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Which of `patient_ids` have opted out of `register`.
pub async fn among(
    conn: &mut AnyConnection,
    register: &str,
    patient_ids: &[i64],
) -> Result<std::collections::HashSet<i64>, DbError> {
    let mut opted_out = std::collections::HashSet::new();
    for part in patient_ids.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT patient_id FROM opt_outs WHERE register_code = $1 AND patient_id IN ({})",
            super::placeholders(2, part.len())
        );
        let mut query = sqlx::query_scalar::<_, i64>(&sql).bind(register);
        for id in part {
            query = query.bind(*id);
        }
        opted_out.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(opted_out)
}
