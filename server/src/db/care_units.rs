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

/// Which of `hsa_ids` insyn knows.
pub async fn known_among(
    conn: &mut AnyConnection,
    hsa_ids: &[&str],
) -> Result<std::collections::HashSet<String>, DbError> {
    let mut known = std::collections::HashSet::new();
    for part in hsa_ids.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT hsa_id FROM care_units WHERE hsa_id IN ({})",
            super::placeholders(1, part.len())
        );
        let mut query = sqlx::query_scalar::<_, String>(&sql);
        for id in part {
            query = query.bind(*id);
        }
        known.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(known)
}

/// The catalogue, by name.
pub async fn list(conn: &mut AnyConnection) -> Result<Vec<(String, String)>, DbError> {
    Ok(
        sqlx::query_as("SELECT hsa_id, name FROM care_units ORDER BY name, hsa_id")
            .fetch_all(conn)
            .await?,
    )
}

/// The names of these care units, by HSA-id (unknown ones left out).
pub async fn names_of(
    conn: &mut AnyConnection,
    hsa_ids: &[String],
) -> Result<std::collections::HashMap<String, String>, DbError> {
    let mut names = std::collections::HashMap::new();
    for part in hsa_ids.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT hsa_id, name FROM care_units WHERE hsa_id IN ({})",
            super::placeholders(1, part.len())
        );
        let mut query = sqlx::query_as::<_, (String, String)>(&sql);
        for id in part {
            query = query.bind(id);
        }
        names.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(names)
}
