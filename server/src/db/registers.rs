//! The `registers` table and the register content definitions it owns
//! (`record_types`, `record_fields`).

use super::DbError;
use app::{
    i18n::Lang,
    model::{RegisterCard, RegisterInfo},
};
use serde::Deserialize;
use sqlx::{AnyConnection, Row, any::AnyRow};

/// Text in both languages, as the definition files write it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub sv: String,
    pub en: String,
}

/// A register's definition file (`registers/*.toml`): its patient
/// information and its content.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterDefinition {
    pub code: app::domain::RegisterCode,
    pub short_name: String,
    pub position: i64,
    pub name: Bilingual,
    pub summary: Bilingual,
    pub purpose: Bilingual,
    pub retention: Bilingual,
    pub controller: String,
    pub holder: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub dpo_email: String,
    pub website: String,
    pub record_types: Vec<RecordTypeDefinition>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordTypeDefinition {
    pub code: String,
    pub label: Bilingual,
    pub fields: Vec<FieldDefinition>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDefinition {
    pub code: String,
    pub label: Bilingual,
    #[serde(rename = "type")]
    pub value_type: ValueType,
    pub unit: Option<String>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub options: Vec<CodeOption>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueType {
    Integer,
    Decimal,
    Text,
    Date,
    Boolean,
    Code,
}

impl ValueType {
    pub fn as_str(self) -> &'static str {
        match self {
            ValueType::Integer => "integer",
            ValueType::Decimal => "decimal",
            ValueType::Text => "text",
            ValueType::Date => "date",
            ValueType::Boolean => "boolean",
            ValueType::Code => "code",
        }
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct CodeOption {
    pub code: String,
    pub label_sv: String,
    pub label_en: String,
}

/// Inserts or updates a register and its content definition.
pub async fn upsert(conn: &mut AnyConnection, def: &RegisterDefinition) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO registers (code, short_name, name_sv, name_en, summary_sv, summary_en, purpose_sv, purpose_en,
             controller, holder, retention_sv, retention_en, contact_email, contact_phone, dpo_email, website, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (code) DO UPDATE SET short_name = excluded.short_name, name_sv = excluded.name_sv,
             name_en = excluded.name_en, summary_sv = excluded.summary_sv, summary_en = excluded.summary_en,
             purpose_sv = excluded.purpose_sv, purpose_en = excluded.purpose_en, controller = excluded.controller,
             holder = excluded.holder, retention_sv = excluded.retention_sv, retention_en = excluded.retention_en,
             contact_email = excluded.contact_email, contact_phone = excluded.contact_phone,
             dpo_email = excluded.dpo_email, website = excluded.website, position = excluded.position",
    )
    .bind(def.code.as_str())
    .bind(&def.short_name)
    .bind(&def.name.sv)
    .bind(&def.name.en)
    .bind(&def.summary.sv)
    .bind(&def.summary.en)
    .bind(&def.purpose.sv)
    .bind(&def.purpose.en)
    .bind(&def.controller)
    .bind(&def.holder)
    .bind(&def.retention.sv)
    .bind(&def.retention.en)
    .bind(&def.contact_email)
    .bind(&def.contact_phone)
    .bind(&def.dpo_email)
    .bind(&def.website)
    .bind(def.position)
    .execute(&mut *conn)
    .await?;
    for (type_pos, record_type) in def.record_types.iter().enumerate() {
        sqlx::query(
            "INSERT INTO record_types (register_code, code, label_sv, label_en, position) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (register_code, code) DO UPDATE SET label_sv = excluded.label_sv,
                 label_en = excluded.label_en, position = excluded.position",
        )
        .bind(def.code.as_str())
        .bind(&record_type.code)
        .bind(&record_type.label.sv)
        .bind(&record_type.label.en)
        .bind(type_pos as i64)
        .execute(&mut *conn)
        .await?;
        for (field_pos, field) in record_type.fields.iter().enumerate() {
            let options = (!field.options.is_empty())
                .then(|| serde_json::to_string(&field.options))
                .transpose()
                .map_err(|e| DbError::Corrupt(e.to_string()))?;
            sqlx::query(
                "INSERT INTO record_fields (register_code, record_type, code, label_sv, label_en, value_type, unit, options, required, position)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                 ON CONFLICT (register_code, record_type, code) DO UPDATE SET label_sv = excluded.label_sv,
                     label_en = excluded.label_en, value_type = excluded.value_type, unit = excluded.unit,
                     options = excluded.options, required = excluded.required, position = excluded.position",
            )
            .bind(def.code.as_str())
            .bind(&record_type.code)
            .bind(&field.code)
            .bind(&field.label.sv)
            .bind(&field.label.en)
            .bind(field.value_type.as_str())
            .bind(field.unit.as_deref())
            .bind(options)
            .bind(i64::from(field.required))
            .bind(field_pos as i64)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// The column with the text in `lang` (the registers write Swedish and
/// English: [`Lang::content_lang`]); the names are fixed, never input.
fn localised(lang: Lang, column: &str) -> String {
    format!("{column}_{}", lang.content_lang().code())
}

pub async fn list(conn: &mut AnyConnection, lang: Lang) -> Result<Vec<RegisterCard>, DbError> {
    let sql = format!(
        "SELECT code, short_name, {} AS name, {} AS summary FROM registers ORDER BY position, code",
        localised(lang, "name"),
        localised(lang, "summary"),
    );
    let rows = sqlx::query(&sql).fetch_all(&mut *conn).await?;
    rows.iter().map(card).collect()
}

/// Every register's code and name in `lang`, in the registers' order: what
/// a page needs to name the register of a row.
pub async fn names(conn: &mut AnyConnection, lang: Lang) -> Result<Vec<(String, String)>, DbError> {
    let sql = format!(
        "SELECT code, {} AS name FROM registers ORDER BY position, code",
        localised(lang, "name"),
    );
    Ok(sqlx::query_as(&sql).fetch_all(&mut *conn).await?)
}

/// The names of the registers `codes` (repeats allowed: a page's rows) in
/// `lang`, in the registers' order (unknown codes left out): a page names
/// the registers of its rows, not the platform's hundred.
pub async fn names_of<'a>(
    conn: &mut AnyConnection,
    lang: Lang,
    codes: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<(String, String)>, DbError> {
    let codes: std::collections::BTreeSet<&str> = codes.into_iter().collect();
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT code, {} AS name FROM registers WHERE code IN ({}) ORDER BY position, code",
        localised(lang, "name"),
        super::placeholders(1, codes.len()),
    );
    let mut query = sqlx::query_as(&sql);
    for code in codes {
        query = query.bind(code);
    }
    Ok(query.fetch_all(&mut *conn).await?)
}

/// The registers a patient's log may be filtered by, in `lang` and the
/// registers' order: those the patient is in, and those in which a care unit
/// has read the patient's data (read from the index of entries that name a
/// care unit alone, migration 0021). The rest of the log — the patient's own
/// looks, which can run to thousands, and register staff's reads — is of
/// registers the patient was in at the time; the page names the register of
/// every row it shows and offers it too.
pub async fn names_for_log(
    conn: &mut AnyConnection,
    patient_id: i64,
    lang: Lang,
) -> Result<Vec<(String, String)>, DbError> {
    let sql = format!(
        "SELECT code, {} AS name FROM registers
         WHERE code IN (SELECT register_code FROM registrations WHERE patient_id = $1)
            OR code IN (SELECT register_code FROM access_events
                        WHERE patient_id = $1 AND care_unit IS NOT NULL)
         ORDER BY position, code",
        localised(lang, "name"),
    );
    Ok(sqlx::query_as(&sql)
        .bind(patient_id)
        .fetch_all(&mut *conn)
        .await?)
}

pub async fn get(
    conn: &mut AnyConnection,
    code: &app::domain::RegisterCode,
    lang: Lang,
) -> Result<Option<RegisterInfo>, DbError> {
    let sql = format!(
        "SELECT code, short_name, {} AS name, {} AS summary, {} AS purpose, controller, holder, {} AS retention,
                contact_email, contact_phone, dpo_email, website
         FROM registers WHERE code = $1",
        localised(lang, "name"),
        localised(lang, "summary"),
        localised(lang, "purpose"),
        localised(lang, "retention"),
    );
    let row = sqlx::query(&sql)
        .bind(code.as_str())
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|row| {
        Ok(RegisterInfo {
            code: row.try_get("code")?,
            short_name: row.try_get("short_name")?,
            name: row.try_get("name")?,
            summary: row.try_get("summary")?,
            purpose: row.try_get("purpose")?,
            controller: row.try_get("controller")?,
            holder: row.try_get("holder")?,
            retention: row.try_get("retention")?,
            contact_email: row.try_get("contact_email")?,
            contact_phone: row.try_get("contact_phone")?,
            dpo_email: row.try_get("dpo_email")?,
            website: row.try_get("website")?,
        })
    })
    .transpose()
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM registers")
        .fetch_one(&mut *conn)
        .await?)
}

fn card(row: &AnyRow) -> Result<RegisterCard, DbError> {
    Ok(RegisterCard {
        code: row.try_get("code")?,
        short_name: row.try_get("short_name")?,
        name: row.try_get("name")?,
        summary: row.try_get("summary")?,
    })
}

/// One field of a record type, as stored from the register's definition.
#[derive(Debug, Clone)]
pub struct FieldContent {
    pub code: String,
    pub label_sv: String,
    pub label_en: String,
    pub value_type: String,
    pub unit: Option<String>,
    pub options: Vec<CodeOption>,
    /// Every record of the type must give it.
    pub required: bool,
}

/// One record type of a register with its fields, in the register's order.
#[derive(Debug, Clone)]
pub struct RecordTypeContent {
    pub code: String,
    pub label_sv: String,
    pub label_en: String,
    pub fields: Vec<FieldContent>,
}

impl FieldContent {
    pub fn label(&self, lang: Lang) -> &str {
        match lang.content_lang() {
            Lang::Sv => &self.label_sv,
            _ => &self.label_en,
        }
    }
}

impl RecordTypeContent {
    pub fn label(&self, lang: Lang) -> &str {
        match lang.content_lang() {
            Lang::Sv => &self.label_sv,
            _ => &self.label_en,
        }
    }
}

/// A register's content definition: record types and their fields, ordered.
pub async fn content(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Vec<RecordTypeContent>, DbError> {
    let types: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT code, label_sv, label_en FROM record_types WHERE register_code = $1 ORDER BY position",
    )
    .bind(code)
    .fetch_all(&mut *conn)
    .await?;
    type FieldRow = (
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        i64,
    );
    let fields: Vec<FieldRow> = sqlx::query_as(
        "SELECT record_type, code, label_sv, label_en, value_type, unit, options, CAST(required AS BIGINT)
         FROM record_fields WHERE register_code = $1 ORDER BY record_type, position",
    )
    .bind(code)
    .fetch_all(&mut *conn)
    .await?;
    types
        .into_iter()
        .map(|(type_code, label_sv, label_en)| {
            let fields = fields
                .iter()
                .filter(|f| f.0 == type_code)
                .map(
                    |(_, code, label_sv, label_en, value_type, unit, options, required)| {
                        let options = match options {
                            Some(json) => serde_json::from_str(json)
                                .map_err(|e| DbError::Corrupt(format!("field options: {e}")))?,
                            None => Vec::new(),
                        };
                        Ok(FieldContent {
                            code: code.clone(),
                            label_sv: label_sv.clone(),
                            label_en: label_en.clone(),
                            value_type: value_type.clone(),
                            unit: unit.clone(),
                            options,
                            required: *required != 0,
                        })
                    },
                )
                .collect::<Result<_, DbError>>()?;
            Ok(RecordTypeContent {
                code: type_code,
                label_sv,
                label_en,
                fields,
            })
        })
        .collect()
}
