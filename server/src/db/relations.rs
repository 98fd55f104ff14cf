//! The `relations` table: who may act for whom (guardians, chosen proxies,
//! legal representatives), with their scope, period and source. Whether a
//! relation is in force today is the delegation service's decision
//! ([`crate::delegation`]); this module reads and writes the rows.

use super::{DbError, parse_date};
use app::domain::{Personnummer, RegisterCode, RelationKind};
use sqlx::AnyConnection;
use time::Date;

/// One relation with both people as the rules need them.
#[derive(Debug, Clone)]
pub struct Relation {
    pub id: i64,
    pub kind: RelationKind,
    pub agent: Party,
    pub subject: Party,
    pub may_file: bool,
    /// `None`: every register.
    pub registers: Option<Vec<RegisterCode>>,
    pub valid_from: Date,
    pub valid_until: Date,
    pub reference: Option<String>,
    pub revoked: bool,
}

/// One side of a relation.
#[derive(Debug, Clone)]
pub struct Party {
    pub id: i64,
    pub personnummer: Personnummer,
    /// Given and family name, as far as insyn knows them.
    pub name: Option<String>,
    pub protected: bool,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    #[sqlx(try_from = "String")]
    kind: RelationKind,
    may_file: i64,
    all_registers: i64,
    valid_from: String,
    valid_until: String,
    reference: Option<String>,
    revoked_at: Option<i64>,
    agent_id: i64,
    agent_pnr: String,
    agent_given: Option<String>,
    agent_family: Option<String>,
    agent_protected: i64,
    subject_id: i64,
    subject_pnr: String,
    subject_given: Option<String>,
    subject_family: Option<String>,
    subject_protected: i64,
}

const SELECT: &str =
    "SELECT r.id, r.kind, r.may_file, r.all_registers, r.valid_from, r.valid_until,
        r.reference, r.revoked_at,
        a.id AS agent_id, a.personnummer AS agent_pnr, a.given_name AS agent_given,
        a.family_name AS agent_family, a.protected_identity AS agent_protected,
        s.id AS subject_id, s.personnummer AS subject_pnr, s.given_name AS subject_given,
        s.family_name AS subject_family, s.protected_identity AS subject_protected
     FROM relations r
     JOIN patients a ON a.id = r.agent_id
     JOIN patients s ON s.id = r.subject_id";

fn party(
    id: i64,
    pnr: &str,
    given: Option<String>,
    family: Option<String>,
    protected: i64,
) -> Result<Party, DbError> {
    let name = Some(super::patients::full_name(
        given.as_deref(),
        family.as_deref(),
    ))
    .filter(|name| !name.is_empty());
    Ok(Party {
        id,
        personnummer: Personnummer::parse_long(pnr)
            .map_err(|_| DbError::Corrupt(format!("patient {id}: stored personnummer")))?,
        name,
        protected: protected != 0,
    })
}

async fn complete(conn: &mut AnyConnection, row: Row) -> Result<Relation, DbError> {
    let registers = if row.all_registers != 0 {
        None
    } else {
        let codes: Vec<String> = sqlx::query_scalar(
            "SELECT register_code FROM relation_registers WHERE relation_id = $1 ORDER BY register_code",
        )
        .bind(row.id)
        .fetch_all(&mut *conn)
        .await?;
        Some(
            codes
                .iter()
                .map(|code| {
                    RegisterCode::parse(code)
                        .map_err(|_| DbError::Corrupt(format!("relation {}: register", row.id)))
                })
                .collect::<Result<_, _>>()?,
        )
    };
    Ok(Relation {
        id: row.id,
        kind: row.kind,
        agent: party(
            row.agent_id,
            &row.agent_pnr,
            row.agent_given,
            row.agent_family,
            row.agent_protected,
        )?,
        subject: party(
            row.subject_id,
            &row.subject_pnr,
            row.subject_given,
            row.subject_family,
            row.subject_protected,
        )?,
        may_file: row.may_file != 0,
        registers,
        valid_from: parse_date(&row.valid_from, "relation start")?,
        valid_until: parse_date(&row.valid_until, "relation end")?,
        reference: row.reference,
        revoked: row.revoked_at.is_some(),
    })
}

async fn all_of(conn: &mut AnyConnection, rows: Vec<Row>) -> Result<Vec<Relation>, DbError> {
    let mut relations = Vec::with_capacity(rows.len());
    for row in rows {
        relations.push(complete(conn, row).await?);
    }
    Ok(relations)
}

/// Relation `id` if `agent_id` is its agent (revoked ones included: the
/// rules decide).
pub async fn of_agent_by_id(
    conn: &mut AnyConnection,
    agent_id: i64,
    id: i64,
) -> Result<Option<Relation>, DbError> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE r.id = $1 AND r.agent_id = $2"))
        .bind(id)
        .bind(agent_id)
        .fetch_optional(&mut *conn)
        .await?;
    match row {
        Some(row) => Ok(Some(complete(conn, row).await?)),
        None => Ok(None),
    }
}

/// The relations in which `agent_id` acts for someone, not revoked.
pub async fn of_agent(conn: &mut AnyConnection, agent_id: i64) -> Result<Vec<Relation>, DbError> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE r.agent_id = $1 AND r.revoked_at IS NULL ORDER BY r.kind, s.personnummer"
    ))
    .bind(agent_id)
    .fetch_all(&mut *conn)
    .await?;
    all_of(conn, rows).await
}

/// The relations in which someone acts for `subject_id`, not revoked.
pub async fn of_subject(
    conn: &mut AnyConnection,
    subject_id: i64,
) -> Result<Vec<Relation>, DbError> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE r.subject_id = $1 AND r.revoked_at IS NULL ORDER BY r.kind, r.id"
    ))
    .bind(subject_id)
    .fetch_all(&mut *conn)
    .await?;
    all_of(conn, rows).await
}

/// A relation to store.
pub struct NewRelation<'a> {
    pub kind: RelationKind,
    pub agent_id: i64,
    pub subject_id: i64,
    pub may_file: bool,
    pub registers: Option<&'a [RegisterCode]>,
    pub valid_from: Date,
    pub valid_until: Date,
    pub source: &'static str,
    pub reference: Option<&'a str>,
    pub entered_by_staff: Option<i64>,
}

pub async fn insert(
    conn: &mut AnyConnection,
    relation: &NewRelation<'_>,
    now: i64,
) -> Result<i64, DbError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO relations (kind, agent_id, subject_id, may_file, all_registers, valid_from, valid_until,
             source, reference, entered_by_staff, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(relation.kind.as_str())
    .bind(relation.agent_id)
    .bind(relation.subject_id)
    .bind(i64::from(relation.may_file))
    .bind(i64::from(relation.registers.is_none()))
    .bind(relation.valid_from.to_string())
    .bind(relation.valid_until.to_string())
    .bind(relation.source)
    .bind(relation.reference)
    .bind(relation.entered_by_staff)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for code in relation.registers.unwrap_or_default() {
        sqlx::query("INSERT INTO relation_registers (relation_id, register_code) VALUES ($1, $2)")
            .bind(id)
            .bind(code.as_str())
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// Records a guardianship as the population register has it: the period of
/// an existing one is replaced, a new one is added. Its id.
pub async fn put_guardianship(
    conn: &mut AnyConnection,
    guardian_id: i64,
    child_id: i64,
    valid_from: Date,
    valid_until: Date,
    now: i64,
) -> Result<i64, DbError> {
    let existing: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM relations WHERE kind = 'guardian' AND agent_id = $1 AND subject_id = $2
         ORDER BY id LIMIT 1",
    )
    .bind(guardian_id)
    .bind(child_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = existing {
        sqlx::query(
            "UPDATE relations SET valid_from = $1, valid_until = $2, revoked_at = NULL WHERE id = $3",
        )
        .bind(valid_from.to_string())
        .bind(valid_until.to_string())
        .bind(id)
        .execute(&mut *conn)
        .await?;
        return Ok(id);
    }
    insert(
        conn,
        &NewRelation {
            kind: RelationKind::Guardian,
            agent_id: guardian_id,
            subject_id: child_id,
            may_file: true,
            registers: None,
            valid_from,
            valid_until,
            source: "population_register",
            reference: None,
            entered_by_staff: None,
        },
        now,
    )
    .await
}

/// Ends relation `id` of `kind` for `subject_id` now; whether there was one
/// in force to end.
pub async fn revoke(
    conn: &mut AnyConnection,
    id: i64,
    subject_id: i64,
    kind: RelationKind,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE relations SET revoked_at = $1
         WHERE id = $2 AND subject_id = $3 AND kind = $4 AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(subject_id)
    .bind(kind.as_str())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks a person as having protected personal data, or no longer.
pub async fn set_protected(
    conn: &mut AnyConnection,
    patient_id: i64,
    protected: bool,
) -> Result<(), DbError> {
    sqlx::query("UPDATE patients SET protected_identity = $1 WHERE id = $2")
        .bind(i64::from(protected))
        .bind(patient_id)
        .execute(conn)
        .await?;
    Ok(())
}
