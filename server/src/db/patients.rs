//! The `patients` table: a person known to insyn, by personnummer.

use super::DbError;
use app::{domain::Personnummer, i18n::Lang};
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

/// Whether the person has protected personal data (skyddade personuppgifter).
pub async fn is_protected(conn: &mut AnyConnection, id: i64) -> Result<bool, DbError> {
    let flag: i64 = sqlx::query_scalar("SELECT protected_identity FROM patients WHERE id = $1")
        .bind(id)
        .fetch_one(conn)
        .await?;
    Ok(flag != 0)
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM patients")
        .fetch_one(conn)
        .await?)
}

/// A person's name as pages show it: given and family name, whichever are
/// known ("" when neither is).
pub fn full_name(given: Option<&str>, family: Option<&str>) -> String {
    [given, family]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Who a patient is, for the header of their copies.
#[derive(Debug, Clone)]
pub struct PatientHeader {
    pub personnummer: Personnummer,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
}

impl PatientHeader {
    pub fn name(&self) -> String {
        full_name(self.given_name.as_deref(), self.family_name.as_deref())
    }
}

pub async fn header(conn: &mut AnyConnection, id: i64) -> Result<PatientHeader, DbError> {
    let (pnr, given_name, family_name): (String, Option<String>, Option<String>) =
        sqlx::query_as("SELECT personnummer, given_name, family_name FROM patients WHERE id = $1")
            .bind(id)
            .fetch_one(conn)
            .await?;
    Ok(PatientHeader {
        personnummer: Personnummer::parse_long(&pnr)
            .map_err(|_| DbError::Corrupt(format!("patient {id}: stored personnummer")))?,
        given_name,
        family_name,
    })
}

/// Where a patient's notices go: the address, whether it is confirmed, and
/// the language the patient reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeAddress {
    pub email: Option<String>,
    pub confirmed: bool,
    pub lang: Lang,
}

impl NoticeAddress {
    /// The address notices may go to: only a confirmed one.
    pub fn confirmed_email(&self) -> Option<&str> {
        self.email.as_deref().filter(|_| self.confirmed)
    }
}

pub async fn notice_address(conn: &mut AnyConnection, id: i64) -> Result<NoticeAddress, DbError> {
    let (email, confirmed_at, lang): (Option<String>, Option<i64>, String) = sqlx::query_as(
        "SELECT email, email_confirmed_at, COALESCE(notice_lang, lang) FROM patients WHERE id = $1",
    )
    .bind(id)
    .fetch_one(conn)
    .await?;
    Ok(NoticeAddress {
        confirmed: email.is_some() && confirmed_at.is_some(),
        email,
        lang: Lang::parse(&lang).unwrap_or_default(),
    })
}

/// Sets (or with `None` removes) the patient's address, unconfirmed, and
/// the language notices are written in.
pub async fn set_email(
    conn: &mut AnyConnection,
    id: i64,
    email: Option<&str>,
    lang: Lang,
) -> Result<(), DbError> {
    // `lang` takes only Swedish or English (its CHECK, for the versions
    // still running); `notice_lang` the language itself.
    sqlx::query(
        "UPDATE patients SET email = $1, email_confirmed_at = NULL, lang = $2, notice_lang = $3
         WHERE id = $4",
    )
    .bind(email)
    .bind(lang.content_lang().code())
    .bind(lang.code())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Confirms the address, if it is still `email`. `false` when it changed since.
pub async fn confirm_email(
    conn: &mut AnyConnection,
    id: i64,
    email: &str,
    at: i64,
) -> Result<bool, DbError> {
    let done =
        sqlx::query("UPDATE patients SET email_confirmed_at = $1 WHERE id = $2 AND email = $3")
            .bind(at)
            .bind(id)
            .bind(email)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// The ids of those of `persons` insyn knows, by their 12-digit number.
pub async fn ids_among(
    conn: &mut AnyConnection,
    persons: &[&Personnummer],
) -> Result<std::collections::HashMap<String, i64>, DbError> {
    let mut ids = std::collections::HashMap::new();
    for part in persons.chunks(super::BULK_ROWS) {
        let sql = format!(
            "SELECT personnummer, id FROM patients WHERE personnummer IN ({})",
            super::placeholders(1, part.len())
        );
        let mut query = sqlx::query_as::<_, (String, i64)>(&sql);
        for pnr in part {
            query = query.bind(pnr.expose());
        }
        ids.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(ids)
}

/// Adds those of `persons` insyn does not know yet (without names: a
/// register system reports none; sign-in fills them in).
pub async fn insert_missing(
    conn: &mut AnyConnection,
    persons: &[&Personnummer],
    now: i64,
) -> Result<(), DbError> {
    for part in persons.chunks(super::BULK_ROWS) {
        let sql = format!(
            "INSERT INTO patients (personnummer, created_at) VALUES {} ON CONFLICT (personnummer) DO NOTHING",
            super::values_rows(part.len(), 2)
        );
        let mut query = sqlx::query(&sql);
        for pnr in part {
            query = query.bind(pnr.expose()).bind(now);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}
