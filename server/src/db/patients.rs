//! The `patients` table: a person known to insyn, by personnummer.

use super::DbError;
use app::domain::Personnummer;
use sqlx::AnyConnection;

/// The patient's id, inserting the person if new. Names are updated when
/// given, since the identity provider's are the current ones.
pub async fn upsert(
    conn: &mut AnyConnection,
    pnr: &Personnummer,
    given_name: Option<&str>,
    family_name: Option<&str>,
    now: i64,
) -> Result<i64, DbError> {
    let id = sqlx::query_scalar(
        "INSERT INTO patients (personnummer, given_name, family_name, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (personnummer) DO UPDATE SET
             given_name = COALESCE(excluded.given_name, patients.given_name),
             family_name = COALESCE(excluded.family_name, patients.family_name)
         RETURNING id",
    )
    .bind(pnr.expose())
    .bind(given_name)
    .bind(family_name)
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(id)
}

pub async fn find(conn: &mut AnyConnection, pnr: &Personnummer) -> Result<Option<i64>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM patients WHERE personnummer = $1")
            .bind(pnr.expose())
            .fetch_optional(conn)
            .await?,
    )
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM patients")
        .fetch_one(conn)
        .await?)
}
