//! The database-backed implementation of the pages' port
//! ([`app::backend::Portal`]). This is where data-layer errors become the
//! page errors a visitor sees; their details go to the log only.

use crate::db::sessions::Principal;
use crate::db::{self, Db, DbError};
use crate::http::session::CurrentSession;
use app::case_actions::RecordEdit;
use app::domain::{AccessKind, ActorKind, RegistrationStatus, RequestKind, RequestStatus};
use app::model::{
    CaseActions, CorrectionTarget, FieldView, LogEntry, LogFilter, LogInquiryInfo, MyLog,
    QueueItem, RecordChoice, RecordGroup, RecordView, RegisterData, RequestFormInfo, RequestStep,
    RequestView, StaffCase, StaffQueue,
};
use app::requests::RequestDetails;

/// Records on one page of a register's data.
pub const RECORDS_PER_PAGE: i64 = 25;

/// The calendar date (UTC) of a Unix time, ISO 8601.
pub fn iso_date(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

fn registration_status(status: RegistrationStatus, since: time::Date) -> MyRegisterStatus {
    match status {
        RegistrationStatus::Active => MyRegisterStatus::Registered {
            since: since.to_string(),
        },
        RegistrationStatus::Restricted => MyRegisterStatus::Restricted {
            since: since.to_string(),
        },
    }
}
use app::{
    backend::Portal,
    domain::RegisterCode,
    error::PageError,
    i18n::Lang,
    model::{MyRegister, MyRegisterStatus, RegisterCard, RegisterInfo},
};

/// Who the request is from, as the session middleware found it. Never a
/// value the browser sent.
fn current_principal() -> Option<Principal> {
    leptos::prelude::use_context::<axum::http::request::Parts>().and_then(|parts| {
        parts
            .extensions
            .get::<CurrentSession>()
            .map(|c| c.session.principal)
    })
}

fn current_staff() -> Result<i64, PageError> {
    match current_principal() {
        Some(Principal::Staff(id)) => Ok(id),
        Some(Principal::Patient(_)) => Err(PageError::Forbidden),
        None => Err(PageError::SignInRequired),
    }
}

/// Rows on one page of the staff queue.
pub const QUEUE_PAGE: i64 = 50;

fn current_patient() -> Result<i64, PageError> {
    match current_principal() {
        Some(Principal::Patient(id)) => Ok(id),
        Some(Principal::Staff(_)) => Err(PageError::Forbidden),
        None => Err(PageError::SignInRequired),
    }
}

pub struct DbPortal {
    db: Db,
    clock: crate::clock::Clock,
}

impl DbPortal {
    pub fn new(db: Db, clock: crate::clock::Clock) -> Self {
        DbPortal { db, clock }
    }

    /// A connection from the pool, or the page error that says why not.
    /// One of `patient`'s requests as its receipt; another person's
    /// reference finds nothing, the same answer as a made-up one.
    pub async fn request_of(
        &self,
        patient: i64,
        reference: &str,
        lang: Lang,
    ) -> Result<RequestView, PageError> {
        let mut conn = self.conn().await?;
        let (request, details) =
            db::requests::of_patient_by_reference(&mut conn, patient, reference)
                .await
                .map_err(page_error)?
                .ok_or(PageError::NotFound)?;
        let names = db::registers::list(&mut conn, lang)
            .await
            .map_err(page_error)?;
        request_view(request, Some(&details), &names, self.clock.today(), lang)
    }

    async fn conn(&self) -> Result<sqlx::pool::PoolConnection<sqlx::Any>, PageError> {
        self.db
            .pool()
            .acquire()
            .await
            .map_err(|e| page_error(e.into()))
    }

    /// One page of what register `code` holds about `patient`, the look
    /// recorded in the patient's access log (as theirs, or as the register
    /// staff's) in the transaction that reads it.
    async fn register_data(
        &self,
        patient: i64,
        code: &RegisterCode,
        lang: Lang,
        page: i64,
        reader: Reader<'_>,
    ) -> Result<RegisterData, PageError> {
        let mut tx = self.db.begin_write().await.map_err(page_error)?;
        let info = db::registers::get(&mut tx, code, lang)
            .await
            .map_err(page_error)?
            .ok_or(PageError::NotFound)?;
        let registration = db::registrations::of_patient(&mut tx, patient)
            .await
            .map_err(page_error)?
            .into_iter()
            .find(|(c, ..)| c == code.as_str());
        let Some((_, status, since)) = registration else {
            let opted_out = db::opt_outs::of_patient(&mut tx, patient)
                .await
                .map_err(page_error)?
                .contains(&info.code);
            return Ok(RegisterData {
                code: info.code,
                name: info.name,
                short_name: info.short_name,
                status: if opted_out {
                    MyRegisterStatus::OptedOut
                } else {
                    MyRegisterStatus::NotRegistered
                },
                total: 0,
                page: 1,
                pages: 1,
                groups: Vec::new(),
            });
        };
        // The patient's own look at their data goes into their access log,
        // in the transaction that reads it.
        let now = self.clock.unix();
        db::access_events::append(
            &mut tx,
            self.db.engine(),
            &db::access_events::NewAccessEvent {
                patient_id: patient,
                register: code,
                occurred_at: now,
                actor: reader.actor(),
                care_unit: None,
                staff: reader.staff(),
                kind: AccessKind::Read,
                reason: reader.reason().as_deref(),
                source: db::access_events::Source::Insyn,
                source_event_id: None,
            },
            now,
        )
        .await
        .map_err(page_error)?;
        let content = db::registers::content(&mut tx, code.as_str())
            .await
            .map_err(page_error)?;
        let (total, _) = db::records::summary_of_patient(&mut tx, patient, code.as_str())
            .await
            .map_err(page_error)?;
        let pages = ((total + RECORDS_PER_PAGE - 1) / RECORDS_PER_PAGE).max(1);
        let page = page.clamp(1, pages);
        let records = db::records::page_of_patient(
            &mut tx,
            patient,
            code.as_str(),
            RECORDS_PER_PAGE,
            (page - 1) * RECORDS_PER_PAGE,
        )
        .await
        .map_err(page_error)?;
        tx.commit().await.map_err(|e| page_error(e.into()))?;
        let mut groups: Vec<(String, RecordGroup)> = Vec::new();
        for record in records {
            let Some(record_type) = crate::content::record_type(&content, &record.record_type)
            else {
                tracing::error!(
                    record = record.id,
                    "a record of a type the register does not define"
                );
                continue;
            };
            let view = RecordView {
                date: record.recorded_on.clone(),
                care_unit: record.care_unit_name.clone(),
                fields: record_type
                    .fields
                    .iter()
                    .filter(|f| record.fields.contains_key(&f.code))
                    .map(|f| FieldView {
                        label: f.label(lang).to_owned(),
                        value: crate::content::display(f, record.fields.get(&f.code), lang),
                    })
                    .collect(),
                corrected_on: (record.version > 1).then(|| iso_date(record.updated_at)),
            };
            match groups.last_mut() {
                Some((code, group)) if *code == record.record_type => group.records.push(view),
                _ => groups.push((
                    record.record_type.clone(),
                    RecordGroup {
                        label: record_type.label(lang).to_owned(),
                        records: vec![view],
                    },
                )),
            }
        }
        Ok(RegisterData {
            code: info.code,
            name: info.name,
            short_name: info.short_name,
            status: registration_status(status, since),
            total,
            page,
            pages,
            groups: groups.into_iter().map(|(_, g)| g).collect(),
        })
    }
}

/// Who is reading a patient's data, for the access log.
#[derive(Clone, Copy)]
enum Reader<'a> {
    Patient,
    /// Register staff handling the request with this reference.
    Staff {
        hsa_id: &'a app::domain::HsaId,
        reference: &'a str,
    },
}

impl<'a> Reader<'a> {
    fn actor(self) -> ActorKind {
        match self {
            Reader::Patient => ActorKind::Patient,
            Reader::Staff { .. } => ActorKind::RegisterStaff,
        }
    }

    fn staff(self) -> Option<&'a app::domain::HsaId> {
        match self {
            Reader::Patient => None,
            Reader::Staff { hsa_id, .. } => Some(hsa_id),
        }
    }

    fn reason(self) -> Option<String> {
        match self {
            Reader::Patient => None,
            Reader::Staff { reference, .. } => Some(format!("Handläggning av ärende {reference}")),
        }
    }
}

impl DbPortal {
    /// Entry `seq` of `patient`'s log that someone else made (a care unit or
    /// staff): what a patient may ask about.
    pub async fn log_entry_of(
        &self,
        patient: i64,
        seq: i64,
        lang: Lang,
    ) -> Result<Option<LogEntry>, PageError> {
        let mut conn = self.conn().await?;
        let registers = db::registers::names(&mut conn, lang)
            .await
            .map_err(page_error)?;
        let row = db::access_events::one_of_patient(&mut conn, patient, seq)
            .await
            .map_err(page_error)?;
        Ok(row
            .map(|row| log_entry(row, &registers))
            .filter(|entry| entry.actor != ActorKind::Patient))
    }
}

/// Who accessed, in Swedish, as the log page says it (for the inquiry's
/// record of the entry, which staff read).
pub(crate) fn log_who_sv(entry: &LogEntry) -> String {
    app::pages::log_who(entry, Lang::Sv)
}

/// Every entry of a patient's log that `filter` selects, newest first, for
/// the downloads.
pub(crate) async fn whole_log(
    db: &Db,
    patient_id: i64,
    filter: &LogFilter,
    lang: Lang,
) -> Result<Vec<LogEntry>, DbError> {
    let mut conn = db.pool().acquire().await?;
    let registers = db::registers::names(&mut conn, lang).await?;
    let mut query = log_query(filter);
    let mut entries = Vec::new();
    loop {
        let rows = db::access_events::page_of_patient(&mut conn, patient_id, &query, 1_000).await?;
        let Some(last) = rows.last() else {
            return Ok(entries);
        };
        query.after = Some((last.occurred_at, last.seq));
        entries.extend(rows.into_iter().map(|row| log_entry(row, &registers)));
    }
}

/// Entries on a page of the access log.
const LOG_PAGE: i64 = 50;

/// The database query of a log filter; what cannot be read is left out.
pub(crate) fn log_query(filter: &LogFilter) -> db::access_events::LogQuery {
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    let day = |text: &Option<String>| {
        text.as_deref()
            .and_then(|t| time::Date::parse(t.trim(), iso).ok())
    };
    let nonempty = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
    db::access_events::LogQuery {
        register: nonempty(&filter.register),
        care_unit: nonempty(&filter.care_unit),
        from: day(&filter.from).map(crate::clock::swedish_day_start),
        until: day(&filter.to)
            .and_then(|d| d.next_day())
            .map(crate::clock::swedish_day_start),
        own: filter.own,
        after: filter.after.as_deref().and_then(|cursor| {
            let (at, seq) = cursor.split_once(':')?;
            Some((at.parse().ok()?, seq.parse().ok()?))
        }),
    }
}

/// An entry as the patient reads it.
pub(crate) fn log_entry(
    row: db::access_events::LoggedAccess,
    registers: &[(String, String)],
) -> LogEntry {
    LogEntry {
        seq: row.seq,
        register_name: registers
            .iter()
            .find(|(code, _)| *code == row.register_code)
            .map(|(_, name)| name.clone())
            .unwrap_or_else(|| row.register_code.clone()),
        register_code: row.register_code,
        occurred_at: crate::clock::swedish(row.occurred_at),
        // The table's CHECK constraints hold these to known codes.
        actor: row.actor.parse().unwrap_or(ActorKind::CareUnit),
        care_unit: row
            .care_unit_hsa_id
            .map(|hsa| (row.care_unit_name.unwrap_or_else(|| hsa.clone()), hsa)),
        kind: row.kind.parse().unwrap_or(AccessKind::Read),
        reason: row.reason,
        reported_by_register: row.source == "register_system",
    }
}

fn page_error(error: DbError) -> PageError {
    match error {
        DbError::Connect(_)
        | DbError::Query(
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_),
        ) => {
            tracing::error!(%error, "database unavailable");
            PageError::Unavailable
        }
        error => {
            tracing::error!(%error, "database error");
            PageError::Internal
        }
    }
}

#[async_trait::async_trait]
impl Portal for DbPortal {
    async fn my_log(&self, filter: LogFilter, lang: Lang) -> Result<MyLog, PageError> {
        let patient = current_patient()?;
        let mut conn = self.conn().await?;
        let registers = db::registers::names(&mut conn, lang)
            .await
            .map_err(page_error)?;
        let mut rows = db::access_events::page_of_patient(
            &mut conn,
            patient,
            &log_query(&filter),
            LOG_PAGE + 1,
        )
        .await
        .map_err(page_error)?;
        let next = if rows.len() as i64 > LOG_PAGE {
            rows.truncate(LOG_PAGE as usize);
            rows.last()
                .map(|last| format!("{}:{}", last.occurred_at, last.seq))
        } else {
            None
        };
        let care_units = db::access_events::care_units_of_patient(&mut conn, patient)
            .await
            .map_err(page_error)?;
        Ok(MyLog {
            entries: rows
                .into_iter()
                .map(|row| log_entry(row, &registers))
                .collect(),
            next,
            registers,
            care_units,
        })
    }

    async fn log_inquiry(&self, seq: i64, lang: Lang) -> Result<LogInquiryInfo, PageError> {
        let patient = current_patient()?;
        let entry = self
            .log_entry_of(patient, seq, lang)
            .await?
            .ok_or(PageError::NotFound)?;
        let mut conn = self.conn().await?;
        let open = db::requests::open_reference(
            &mut conn,
            patient,
            &entry.register_code,
            RequestKind::AccessInquiry.as_str(),
            Some(seq),
        )
        .await
        .map_err(page_error)?;
        Ok(LogInquiryInfo { entry, open })
    }

    async fn registers(&self, lang: Lang) -> Result<Vec<RegisterCard>, PageError> {
        let mut conn = self.conn().await?;
        db::registers::list(&mut conn, lang)
            .await
            .map_err(page_error)
    }

    async fn register(&self, code: &RegisterCode, lang: Lang) -> Result<RegisterInfo, PageError> {
        let mut conn = self.conn().await?;
        db::registers::get(&mut conn, code, lang)
            .await
            .map_err(page_error)?
            .ok_or(PageError::NotFound)
    }

    async fn my_registers(&self, lang: Lang) -> Result<Vec<MyRegister>, PageError> {
        let patient = current_patient()?;
        let mut conn = self.conn().await?;
        let registers = db::registers::list(&mut conn, lang)
            .await
            .map_err(page_error)?;
        let mine = db::registrations::of_patient(&mut conn, patient)
            .await
            .map_err(page_error)?;
        let opted_out = db::opt_outs::of_patient(&mut conn, patient)
            .await
            .map_err(page_error)?;
        let mut summaries = Vec::with_capacity(registers.len());
        for card in &registers {
            summaries.push(
                db::records::summary_of_patient(&mut conn, patient, &card.code)
                    .await
                    .map_err(page_error)?,
            );
        }
        Ok(registers
            .into_iter()
            .zip(summaries)
            .map(|(card, (records, latest))| {
                let status = match mine.iter().find(|(code, ..)| *code == card.code) {
                    Some((_, status, since)) => registration_status(*status, *since),
                    None if opted_out.contains(&card.code) => MyRegisterStatus::OptedOut,
                    None => MyRegisterStatus::NotRegistered,
                };
                MyRegister {
                    code: card.code,
                    name: card.name,
                    short_name: card.short_name,
                    status,
                    records,
                    latest_change: latest.map(iso_date),
                }
            })
            .collect())
    }

    async fn my_register_data(
        &self,
        code: &RegisterCode,
        lang: Lang,
        page: i64,
    ) -> Result<RegisterData, PageError> {
        let patient = current_patient()?;
        self.register_data(patient, code, lang, page, Reader::Patient)
            .await
    }

    async fn request_form(
        &self,
        code: &RegisterCode,
        kind: RequestKind,
        lang: Lang,
    ) -> Result<RequestFormInfo, PageError> {
        let patient = current_patient()?;
        if kind == RequestKind::AccessInquiry {
            // Asked from an access-log entry, not from a register's form.
            return Err(PageError::NotFound);
        }
        let mut conn = self.conn().await?;
        let info = db::registers::get(&mut conn, code, lang)
            .await
            .map_err(page_error)?
            .ok_or(PageError::NotFound)?;
        let status = self
            .my_registers(lang)
            .await?
            .into_iter()
            .find(|r| r.code == info.code)
            .map(|r| r.status)
            .unwrap_or(MyRegisterStatus::NotRegistered);
        let mut records = Vec::new();
        if kind == RequestKind::Correction {
            let content = db::registers::content(&mut conn, code.as_str())
                .await
                .map_err(page_error)?;
            let stored = db::records::page_of_patient(&mut conn, patient, code.as_str(), 500, 0)
                .await
                .map_err(page_error)?;
            records = stored
                .into_iter()
                .map(|r| RecordChoice {
                    label: format!(
                        "{} {} ({})",
                        crate::content::record_type(&content, &r.record_type)
                            .map(|t| t.label(lang).to_owned())
                            .unwrap_or_else(|| r.record_type.clone()),
                        r.recorded_on,
                        r.care_unit_name
                    ),
                    id: r.source_id,
                })
                .collect();
        }
        let open =
            db::requests::open_reference(&mut conn, patient, code.as_str(), kind.as_str(), None)
                .await
                .map_err(page_error)?;
        Ok(RequestFormInfo {
            code: info.code,
            name: info.name,
            short_name: info.short_name,
            kind,
            status,
            records,
            open,
        })
    }

    async fn my_requests(&self, lang: Lang) -> Result<Vec<RequestView>, PageError> {
        let patient = current_patient()?;
        let mut conn = self.conn().await?;
        let requests = db::requests::of_patient(&mut conn, patient, None)
            .await
            .map_err(page_error)?;
        let names = db::registers::list(&mut conn, lang)
            .await
            .map_err(page_error)?;
        let today = self.clock.today();
        requests
            .into_iter()
            .map(|r| request_view(r, None, &names, today, lang))
            .collect()
    }

    async fn notice_address(&self) -> Result<app::model::NoticeAddress, PageError> {
        let patient = current_patient()?;
        let mut conn = self.conn().await?;
        let address = db::patients::notice_address(&mut conn, patient)
            .await
            .map_err(page_error)?;
        Ok(app::model::NoticeAddress {
            email: address.email,
            confirmed: address.confirmed,
        })
    }

    async fn my_request(&self, reference: &str, lang: Lang) -> Result<RequestView, PageError> {
        self.request_of(current_patient()?, reference, lang).await
    }

    async fn staff_queue(
        &self,
        register: Option<String>,
        kind: Option<String>,
        status: Option<String>,
        after: Option<String>,
    ) -> Result<StaffQueue, PageError> {
        let staff = current_staff()?;
        let mut conn = self.conn().await?;
        // The scope as it is now, not as it was at sign-in.
        let member = db::staff::active_by_id(&mut conn, staff)
            .await
            .map_err(page_error)?
            .ok_or(PageError::Forbidden)?;
        let empty = |v: Option<String>| v.filter(|v| !v.is_empty());
        let filter = db::requests::QueueFilter {
            register: empty(register),
            kind: empty(kind).filter(|k| k.parse::<RequestKind>().is_ok()),
            status: empty(status).filter(|s| s.parse::<RequestStatus>().is_ok()),
        };
        let cursor = after.as_deref().and_then(|c| {
            let (due, id) = c.split_once(':')?;
            Some((due.to_owned(), id.parse::<i64>().ok()?))
        });
        let mut rows = db::requests::queue(
            &mut conn,
            &member.registers,
            &filter,
            cursor.as_ref().map(|(due, id)| (due.as_str(), *id)),
            QUEUE_PAGE + 1,
        )
        .await
        .map_err(page_error)?;
        let more = rows.len() as i64 > QUEUE_PAGE;
        rows.truncate(QUEUE_PAGE as usize);
        let next = more
            .then(|| rows.last().map(|r| format!("{}:{}", r.due_on, r.id)))
            .flatten();
        let today = self.clock.today();
        let iso = time::macros::format_description!("[year]-[month]-[day]");
        let items = rows
            .into_iter()
            .filter_map(|r| {
                let due = time::Date::parse(&r.due_on, iso).ok()?;
                Some(QueueItem {
                    kind: r.kind.parse().ok()?,
                    status: r.status.parse().ok()?,
                    reference: r.reference,
                    register_code: r.register_code,
                    received_on: iso_date(r.received_at),
                    due_on: r.due_on,
                    days_left: (due - today).whole_days(),
                })
            })
            .collect();
        Ok(StaffQueue { items, next })
    }

    async fn staff_case(&self, reference: &str, lang: Lang) -> Result<StaffCase, PageError> {
        let staff = current_staff()?;
        let (member, found) = {
            let mut conn = self.conn().await?;
            let member = db::staff::active_by_id(&mut conn, staff)
                .await
                .map_err(page_error)?
                .ok_or(PageError::Forbidden)?;
            // Outside the scope is the same answer as no such case.
            let found = db::requests::for_staff(&mut conn, reference, &member.registers)
                .await
                .map_err(page_error)?
                .ok_or(PageError::NotFound)?;
            (member, found)
        };
        let (patient, request, details) = found;
        let code = RegisterCode::parse(&request.register_code).map_err(|_| PageError::Internal)?;
        let hsa_id = app::domain::HsaId::parse(&member.hsa_id).map_err(|_| PageError::Internal)?;
        let data = self
            .register_data(
                patient,
                &code,
                lang,
                1,
                Reader::Staff {
                    hsa_id: &hsa_id,
                    reference,
                },
            )
            .await?;
        let mut conn = self.conn().await?;
        let header = db::patients::header(&mut conn, patient)
            .await
            .map_err(page_error)?;
        let names = db::registers::list(&mut conn, lang)
            .await
            .map_err(page_error)?;
        let status: RequestStatus = request.status.parse().map_err(|_| PageError::Internal)?;
        let kind: RequestKind = request.kind.parse().map_err(|_| PageError::Internal)?;
        let open = !status.is_final();
        let registration = db::registrations::status_in(&mut conn, patient, code.as_str())
            .await
            .map_err(page_error)?;
        let targets = if open && kind == RequestKind::Correction {
            correction_targets(&mut conn, patient, code.as_str(), lang).await?
        } else {
            Vec::new()
        };
        let actions = CaseActions {
            open,
            can_take: open && request.assigned_staff_id != Some(member.id),
            can_extend: open && request.extended_due_on.is_none(),
            can_lift: kind == RequestKind::Restriction
                && status == RequestStatus::Completed
                && registration == Some(RegistrationStatus::Restricted),
            targets,
        };
        let request = request_view(request, Some(&details), &names, self.clock.today(), lang)?;
        let pnr = header.personnummer.expose();
        Ok(StaffCase {
            request,
            patient_name: [header.given_name, header.family_name]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            personnummer: format!("{}-{}", &pnr[..8], &pnr[8..]),
            data,
            actions,
        })
    }
}

/// Most records a correction form lists; a register holds far fewer per
/// patient, and the form stays usable.
const MAX_CORRECTION_RECORDS: i64 = 200;

/// Every field of every record of the patient in the register, current
/// value shown, for staff to pick the one to correct (a field with no value
/// yet included: "something is missing").
async fn correction_targets(
    conn: &mut sqlx::AnyConnection,
    patient: i64,
    register: &str,
    lang: Lang,
) -> Result<Vec<CorrectionTarget>, PageError> {
    let content = db::registers::content(conn, register)
        .await
        .map_err(page_error)?;
    let records = db::records::page_of_patient(conn, patient, register, MAX_CORRECTION_RECORDS, 0)
        .await
        .map_err(page_error)?;
    let mut targets = Vec::new();
    for record in records {
        let Some(record_type) = crate::content::record_type(&content, &record.record_type) else {
            continue;
        };
        for field in &record_type.fields {
            let mut label = format!(
                "{} · {} · {}: {}",
                record.recorded_on,
                record_type.label(lang),
                field.label(lang),
                crate::content::display(field, record.fields.get(&field.code), lang)
            );
            if field.value_type == "code" {
                let codes: Vec<&str> = field.options.iter().map(|o| o.code.as_str()).collect();
                label.push_str(&format!(" ({})", codes.join(", ")));
            }
            targets.push(CorrectionTarget {
                value: RecordEdit::target(record.id, &field.code),
                label,
            });
        }
    }
    Ok(targets)
}

/// A stored request as its patient reads it.
fn request_view(
    r: db::requests::StoredRequest,
    details: Option<&str>,
    registers: &[RegisterCard],
    today: time::Date,
    lang: Lang,
) -> Result<RequestView, PageError> {
    let corrupt = |what: &str| {
        tracing::error!(request = r.id, what, "a stored request does not parse");
        PageError::Internal
    };
    let kind: RequestKind = r.kind.parse().map_err(|_| corrupt("kind"))?;
    let status: RequestStatus = r.status.parse().map_err(|_| corrupt("status"))?;
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    let due = r.extended_due_on.as_deref().unwrap_or(&r.due_on);
    let due = time::Date::parse(due, iso).map_err(|_| corrupt("due date"))?;
    let summary = match details.map(|d| (d, serde_json::from_str::<RequestDetails>(d))) {
        Some((db::requests::ERASED_DETAILS, _)) => vec![FieldView {
            label: lang.t("request-details"),
            value: lang.t("request-details-erased"),
        }],
        Some((_, Ok(details))) => summarize(&details, lang),
        Some((_, Err(_))) => return Err(corrupt("details")),
        None => Vec::new(),
    };
    Ok(RequestView {
        register_name: registers
            .iter()
            .find(|c| c.code == r.register_code)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| r.register_code.clone()),
        reference: r.reference,
        register_code: r.register_code,
        kind,
        status,
        received_on: iso_date(r.received_at),
        due_on: r.due_on,
        extended_due_on: r.extended_due_on,
        extension_reason: r.extension_reason,
        days_left: (due - today).whole_days(),
        decided_on: r.decided_at.map(iso_date),
        decision_reason: r.decision_reason,
        summary,
        history: r
            .history
            .into_iter()
            .filter_map(|e| {
                Some(RequestStep {
                    on: iso_date(e.at),
                    status: e.status.parse().ok()?,
                    note: e.note,
                })
            })
            .collect(),
    })
}

fn summarize(details: &RequestDetails, lang: Lang) -> Vec<FieldView> {
    let row = |key: &str, value: String| FieldView {
        label: lang.t(key),
        value,
    };
    match details {
        RequestDetails::Correction {
            record,
            field,
            problem,
            proposed,
        } => [
            Some(row(
                "form-record",
                record
                    .clone()
                    .unwrap_or_else(|| lang.t("form-record-missing")),
            )),
            field.clone().map(|f| row("form-field", f)),
            Some(row("form-problem", problem.clone())),
            proposed.clone().map(|p| row("form-proposed", p)),
        ]
        .into_iter()
        .flatten()
        .collect(),
        RequestDetails::Restriction {
            ground,
            explanation,
        } => [
            Some(row(
                "form-ground",
                lang.t(&format!("ground-{}", ground.code())),
            )),
            explanation.clone().map(|e| row("form-explanation", e)),
        ]
        .into_iter()
        .flatten()
        .collect(),
        RequestDetails::Erasure { explanation } => explanation
            .clone()
            .map(|e| vec![row("form-explanation", e)])
            .unwrap_or_default(),
        RequestDetails::OptOut => Vec::new(),
        RequestDetails::AccessInquiry {
            entry,
            about,
            question,
        } => vec![
            row("inquiry-entry", format!("{about} (nr {entry})")),
            row("inquiry-question", question.clone()),
        ],
    }
}
