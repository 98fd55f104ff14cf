//! The patient's copy of their data (GDPR art. 15, in the structured form of
//! art. 20): as JSON ([`json`], format `insyn.export/1`, schema in
//! `schema/export-v1.json`) and as a PDF register extract ([`pdf`]).
//!
//! A copy is first *planned*: which registers it covers, and one entry per
//! register in the patient's access log (the patient's own export). The
//! entries are committed before any record is read — no log entry, no data —
//! and the first one's number is the copy's reference, printed on it.

pub mod csv_cell;
pub mod json;
pub mod log;
pub mod opt_out_form;
pub mod pdf;
mod rtl;

use crate::{
    clock::Clock,
    db::{self, Db, DbError, patients::PatientHeader, registers::RecordTypeContent},
};
use app::{
    domain::{AccessKind, ActorKind, RegisterCode, RegistrationStatus},
    i18n::Lang,
};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No such register, or the patient is not registered in it: there is
    /// nothing to copy.
    #[error("nothing to copy")]
    NothingToCopy,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<sqlx::Error> for ExportError {
    fn from(error: sqlx::Error) -> Self {
        ExportError::Db(error.into())
    }
}

/// What a copy covers; its access-log entries are written already.
pub struct CopyPlan {
    pub patient_id: i64,
    pub patient: PatientHeader,
    pub lang: Lang,
    pub generated_at: i64,
    /// Ties the copy to its entry in the access log (`insyn-logg-<seq>`).
    pub reference: String,
    /// `Some` for a copy of one register only.
    pub only: Option<String>,
    /// For someone acting for the patient through a relation limited to
    /// some registers: those.
    pub reach: Option<Vec<String>>,
    pub registers: Vec<PlannedRegister>,
}

impl CopyPlan {
    /// Whether the copy covers what concerns register `code`.
    pub fn covers(&self, code: &str) -> bool {
        self.only.as_deref().is_none_or(|only| only == code)
            && self
                .reach
                .as_ref()
                .is_none_or(|reach| reach.iter().any(|r| r == code))
    }

    /// The releases that carried the patient, within the copy's reach.
    pub async fn releases(
        &self,
        conn: &mut sqlx::AnyConnection,
    ) -> Result<Vec<db::releases::Release>, DbError> {
        let mut releases = db::releases::of_patient(conn, self.patient_id).await?;
        releases.retain(|r| self.covers(&r.register_code));
        Ok(releases)
    }
}

pub struct PlannedRegister {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub status: RegistrationStatus,
    pub registered_on: String,
    pub content: Vec<RecordTypeContent>,
}

/// Plans a copy of every register the patient is in, or of `only` one;
/// for someone `acting` for the patient, of the registers their relation
/// reaches.
pub async fn plan(
    db: &Db,
    clock: &Clock,
    patient_id: i64,
    only: Option<&RegisterCode>,
    lang: Lang,
    acting: Option<&crate::delegation::Acting>,
) -> Result<CopyPlan, ExportError> {
    let now = clock.unix();
    let mut tx = db.begin_write().await?;
    let patient = db::patients::header(&mut tx, patient_id).await?;
    let registrations: Vec<_> = db::registrations::of_patient(&mut tx, patient_id)
        .await?
        .into_iter()
        .filter(|(code, ..)| only.is_none_or(|o| o.as_str() == code))
        .filter(|(code, ..)| acting.is_none_or(|a| a.covers(code)))
        .collect();
    if registrations.is_empty() && only.is_some() {
        return Err(ExportError::NothingToCopy);
    }
    let mut registers = Vec::with_capacity(registrations.len());
    let mut first_seq = None;
    for (code, status, since) in registrations {
        let register = RegisterCode::parse(&code)
            .map_err(|_| DbError::Corrupt(format!("register code {code:?}")))?;
        let info = db::registers::get(&mut tx, &register, lang)
            .await?
            .ok_or_else(|| DbError::Corrupt(format!("registration in unknown register {code}")))?;
        let seq = db::access_events::append(
            &mut tx,
            db.engine(),
            &db::access_events::NewAccessEvent {
                patient_id,
                register: &register,
                occurred_at: now,
                actor: ActorKind::Patient,
                care_unit: None,
                staff: None,
                kind: AccessKind::Export,
                reason: None,
                source: db::access_events::Source::Insyn,
                source_event_id: None,
                acting: acting.map(crate::delegation::Acting::by),
                release: None,
                purpose: Some(app::domain::AccessPurpose::PatientRequest),
                data_touched: None,
            },
            now,
        )
        .await?;
        first_seq.get_or_insert(seq);
        registers.push(PlannedRegister {
            content: db::registers::content(&mut tx, &code).await?,
            code,
            name: info.name,
            short_name: info.short_name,
            status,
            registered_on: since.to_string(),
        });
    }
    tx.commit().await?;
    Ok(CopyPlan {
        patient_id,
        patient,
        lang,
        generated_at: now,
        // A patient in no register still gets a copy (of their log and requests).
        reference: first_seq
            .map(|seq| format!("insyn-logg-{seq}"))
            .unwrap_or_else(|| format!("insyn-{now}")),
        only: only.map(|o| o.as_str().to_owned()),
        reach: acting.and_then(|a| {
            a.registers
                .as_ref()
                .map(|codes| codes.iter().map(|c| c.as_str().to_owned()).collect())
        }),
        registers,
    })
}

/// RFC 3339 (UTC, seconds) for a Unix time.
pub fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// How many rows a copy reads at a time, so memory stays flat.
pub const BATCH: i64 = 500;
