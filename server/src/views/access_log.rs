//! The patient's access log: who has seen my data, why and which data — a
//! page at a time, newest first, filtered by register, care unit, dates,
//! purpose and whose access;
//! every entry for the downloads; and one entry someone else made, for the
//! "why this access?" question.

use super::conn;
use crate::{
    clock,
    db::{
        self, Db, DbError,
        access_events::{LogQuery, LoggedAccess},
        registers::RecordTypeContent,
    },
};
use app::{
    domain::{ActorKind, RequestKind},
    error::PageError,
    i18n::Lang,
    model::{LogEntry, LogFilter, LogInquiryInfo, MyLog},
};
use std::{collections::HashMap, fmt, str::FromStr};

/// Entries on a page of the access log.
const LOG_PAGE: i64 = 50;
/// Entries read at a time for a download.
const DOWNLOAD_BATCH: i64 = 1_000;

/// Where the next page starts: after the entry at this time with this
/// number, in newest-first order. Written `time:number` in the page's link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogCursor {
    pub occurred_at: i64,
    pub seq: i64,
}

impl fmt::Display for LogCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.occurred_at, self.seq)
    }
}

impl FromStr for LogCursor {
    type Err = ();

    fn from_str(text: &str) -> Result<Self, ()> {
        let (at, seq) = text.split_once(':').ok_or(())?;
        Ok(LogCursor {
            occurred_at: at.parse().map_err(|_| ())?,
            seq: seq.parse().map_err(|_| ())?,
        })
    }
}

impl LogCursor {
    fn after(entry: &LoggedAccess) -> Self {
        LogCursor {
            occurred_at: entry.occurred_at,
            seq: entry.seq,
        }
    }
}

/// One page of the patient's log, with the next page's cursor.
pub async fn page(
    db: &Db,
    patient: i64,
    filter: &LogFilter,
    lang: Lang,
) -> Result<MyLog, PageError> {
    let mut conn = conn(db).await?;
    let registers = db::registers::names_for_log(&mut conn, patient, lang).await?;
    let mut rows =
        db::access_events::page_of_patient(&mut conn, patient, &query(filter), LOG_PAGE + 1)
            .await?;
    let next = if rows.len() as i64 > LOG_PAGE {
        rows.truncate(LOG_PAGE as usize);
        rows.last().map(|last| LogCursor::after(last).to_string())
    } else {
        None
    };
    let care_units = db::access_events::care_units_of_patient(&mut conn, patient).await?;
    let labels = Labels::read(&mut conn, registers, &rows, lang).await?;
    let entries = rows.into_iter().map(|row| entry(row, &labels)).collect();
    Ok(MyLog {
        entries,
        next,
        // The filter's registers and any other register on this page.
        registers: labels.registers,
        care_units,
        verifier_key: None,
    })
}

/// Entry `seq` and the patient's open question about it, if any.
pub async fn inquiry(
    db: &Db,
    patient: i64,
    seq: i64,
    lang: Lang,
) -> Result<LogInquiryInfo, PageError> {
    let entry = entry_to_ask_about(db, patient, seq, lang)
        .await?
        .ok_or(PageError::NotFound)?;
    let mut conn = conn(db).await?;
    let open = db::requests::open_reference(
        &mut conn,
        patient,
        &entry.register_code,
        RequestKind::AccessInquiry.as_str(),
        Some(seq),
    )
    .await?;
    Ok(LogInquiryInfo { entry, open })
}

/// Entry `seq` of `patient`'s log if someone else made it (a care unit or
/// staff): what a patient may ask about.
pub async fn entry_to_ask_about(
    db: &Db,
    patient: i64,
    seq: i64,
    lang: Lang,
) -> Result<Option<LogEntry>, DbError> {
    let mut conn = db.pool().acquire().await?;
    let row = db::access_events::one_of_patient(&mut conn, patient, seq).await?;
    let labels = Labels::read(&mut conn, Vec::new(), row.as_slice(), lang).await?;
    Ok(row
        .map(|row| entry(row, &labels))
        .filter(|entry| entry.actor != ActorKind::Patient))
}

/// Every entry of a patient's log that `filter` selects, newest first, for
/// the downloads.
pub async fn whole_log(
    db: &Db,
    patient: i64,
    filter: &LogFilter,
    lang: Lang,
) -> Result<Vec<LogEntry>, DbError> {
    let mut conn = db.pool().acquire().await?;
    let mut query = query(filter);
    let mut entries = Vec::new();
    let mut registers = Vec::new();
    loop {
        let rows =
            db::access_events::page_of_patient(&mut conn, patient, &query, DOWNLOAD_BATCH).await?;
        let Some(last) = rows.last() else {
            return Ok(entries);
        };
        query.after = Some((last.occurred_at, last.seq));
        let labels = Labels::read(&mut conn, registers, &rows, lang).await?;
        entries.extend(rows.into_iter().map(|row| entry(row, &labels)));
        registers = labels.registers;
    }
}

/// The database query of a log filter; what cannot be read is left out.
fn query(filter: &LogFilter) -> LogQuery {
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    let day = |text: &Option<String>| {
        text.as_deref()
            .and_then(|t| time::Date::parse(t.trim(), iso).ok())
    };
    let nonempty = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
    LogQuery {
        register: nonempty(&filter.register),
        care_unit: nonempty(&filter.care_unit),
        from: day(&filter.from).map(clock::swedish_day_start),
        until: day(&filter.to)
            .and_then(|d| d.next_day())
            .map(clock::swedish_day_start),
        own: filter.own,
        purpose: nonempty(&filter.purpose).and_then(|p| p.parse().ok()),
        after: filter
            .after
            .as_deref()
            .and_then(|cursor| cursor.parse::<LogCursor>().ok())
            .map(|c| (c.occurred_at, c.seq)),
    }
}

/// The names an entry is shown with: registers, and the record types and
/// fields of the registers whose data entries say they touched.
struct Labels {
    /// Code and name of each register of the rows (and any read before).
    registers: Vec<(String, String)>,
    content: HashMap<String, Vec<RecordTypeContent>>,
    lang: Lang,
}

impl Labels {
    /// The labels of `rows`: `registers` are names read before; the rows'
    /// other registers are read here, only theirs.
    async fn read(
        conn: &mut sqlx::AnyConnection,
        mut registers: Vec<(String, String)>,
        rows: &[LoggedAccess],
        lang: Lang,
    ) -> Result<Self, DbError> {
        let unnamed: Vec<&str> = rows
            .iter()
            .map(|row| row.register_code.as_str())
            .filter(|code| !registers.iter().any(|(known, _)| known == code))
            .collect();
        // No statement when every register is named already.
        registers.extend(db::registers::names_of(conn, lang, unnamed).await?);
        let mut content = HashMap::new();
        for row in rows.iter().filter(|r| r.data_touched.is_some()) {
            if !content.contains_key(&row.register_code) {
                let types = db::registers::content(conn, &row.register_code).await?;
                content.insert(row.register_code.clone(), types);
            }
        }
        Ok(Labels {
            registers,
            content,
            lang,
        })
    }

    /// The data touched, by name where the register's definition has one.
    fn data(&self, register: &str, stored: Option<&str>) -> Vec<(String, Vec<String>)> {
        #[derive(serde::Deserialize)]
        struct Touched {
            record_type: String,
            #[serde(default)]
            fields: Vec<String>,
        }
        let touched: Vec<Touched> = stored
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default();
        let types = self.content.get(register);
        touched
            .into_iter()
            .map(|t| {
                let known = types.and_then(|types| types.iter().find(|c| c.code == t.record_type));
                // In the definition's order, by name; unknown codes last, as they are.
                let position = |code: &str| {
                    known
                        .and_then(|k| k.fields.iter().position(|f| f.code == code))
                        .unwrap_or(usize::MAX)
                };
                let mut fields = t.fields;
                fields.sort_by_key(|code| position(code));
                let field = |code: String| {
                    known
                        .and_then(|k| k.fields.iter().find(|f| f.code == code))
                        .map_or(code.clone(), |f| f.label(self.lang).to_owned())
                };
                (
                    known.map_or(t.record_type.clone(), |k| k.label(self.lang).to_owned()),
                    fields.into_iter().map(field).collect(),
                )
            })
            .collect()
    }
}

/// An entry as the patient reads it: the register by name, the time in
/// Swedish time, the care unit by name and HSA-id, why, and which data.
fn entry(row: LoggedAccess, labels: &Labels) -> LogEntry {
    let registers = &labels.registers;
    let data = labels.data(&row.register_code, row.data_touched.as_deref());
    LogEntry {
        purpose: row.purpose.as_deref().and_then(|p| p.parse().ok()),
        data,
        seq: row.seq,
        register_name: registers
            .iter()
            .find(|(code, _)| *code == row.register_code)
            .map(|(_, name)| name.clone())
            .unwrap_or_else(|| row.register_code.clone()),
        register_code: row.register_code,
        occurred_at: clock::swedish(row.occurred_at),
        actor: row.actor,
        care_unit: row
            .care_unit_hsa_id
            .map(|hsa| (row.care_unit_name.unwrap_or_else(|| hsa.clone()), hsa)),
        kind: row.kind,
        reason: row.reason,
        reported_by_register: row.source == "register_system",
        acted_by: row
            .acting_as
            .as_deref()
            .and_then(|code| code.parse().ok())
            .map(|relation| {
                let name = db::patients::full_name(
                    row.acting_given_name.as_deref(),
                    row.acting_family_name.as_deref(),
                );
                (relation, name)
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::AccessKind;

    #[test]
    fn a_cursor_reads_back_what_it_writes_and_nothing_else() {
        let cursor = LogCursor {
            occurred_at: 1_782_900_000,
            seq: 42,
        };
        assert_eq!(cursor.to_string(), "1782900000:42");
        assert_eq!("1782900000:42".parse(), Ok(cursor));
        for bad in ["", "1782900000", "x:1", "1:y", "1:2:3"] {
            assert!(bad.parse::<LogCursor>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_filter_becomes_a_query_and_what_cannot_be_read_is_left_out() {
        let filter = LogFilter {
            register: Some("qivf".into()),
            care_unit: Some("  ".into()),
            from: Some("2026-07-01".into()),
            to: Some("not a date".into()),
            own: true,
            purpose: Some("research_release".into()),
            after: Some("1782900000:42".into()),
        };
        let query = query(&filter);
        assert_eq!(query.register.as_deref(), Some("qivf"));
        assert_eq!(query.care_unit, None);
        // Midnight in Swedish summer time is 22:00 UTC the day before.
        assert_eq!(query.from, Some(1_782_856_800));
        assert_eq!(query.until, None);
        assert!(query.own);
        assert_eq!(query.after, Some((1_782_900_000, 42)));
        let broken = LogFilter {
            after: Some("garbage".into()),
            ..filter
        };
        assert_eq!(super::query(&broken).after, None);
    }

    #[test]
    fn an_entry_names_its_register_and_care_unit() {
        let row = LoggedAccess {
            seq: 7,
            register_code: "qivf".into(),
            occurred_at: 1_782_900_000,
            actor: ActorKind::CareUnit,
            care_unit_hsa_id: Some("SE2321000016-RM01".into()),
            care_unit_name: None,
            kind: AccessKind::Read,
            reason: None,
            source: "register_system".into(),
            acting_as: None,
            acting_given_name: None,
            acting_family_name: None,
            purpose: Some("care_quality".into()),
            data_touched: None,
        };
        let labels = Labels {
            registers: vec![("qivf".to_owned(), "Q-IVF".to_owned())],
            content: HashMap::new(),
            lang: Lang::Sv,
        };
        let entry = entry(row, &labels);
        assert_eq!(entry.purpose, Some(app::domain::AccessPurpose::CareQuality));
        assert_eq!(entry.register_name, "Q-IVF");
        assert_eq!(entry.occurred_at, "2026-07-01 12:00");
        assert_eq!(
            entry.care_unit,
            Some(("SE2321000016-RM01".into(), "SE2321000016-RM01".into())),
            "the HSA-id when the unit's name is unknown"
        );
        assert!(entry.reported_by_register);
    }
}
