//! The `care_units` table: care units by HSA-id, with their names.

use super::DbError;
use app::domain::HsaId;
use sqlx::AnyConnection;

pub async fn upsert(conn: &mut AnyConnection, hsa_id: &HsaId, name: &str) -> Result<(), DbError> {
    sqlx::query("INSERT INTO care_units (hsa_id, name) VALUES ($1, $2) ON CONFLICT (hsa_id) DO UPDATE SET name = excluded.name")
        .bind(hsa_id.as_str())
        .bind(name)
        .execute(conn)
        .await?;
    Ok(())
}

/// Whether insyn knows the care unit.
pub async fn exists(conn: &mut AnyConnection, hsa_id: &HsaId) -> Result<bool, DbError> {
    let found: Option<String> =
        sqlx::query_scalar("SELECT hsa_id FROM care_units WHERE hsa_id = $1")
            .bind(hsa_id.as_str())
            .fetch_optional(conn)
            .await?;
    Ok(found.is_some())
}
