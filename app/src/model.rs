//! What the pages show, as plain data: built on the server, serialised into
//! server-function responses and island props.

use serde::{Deserialize, Serialize};

/// One register in a list: enough to choose it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegisterCard {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub summary: String,
}

/// What the law says a patient must be told about a register (GDPR art.
/// 13–14, patientdatalagen), in the page's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegisterInfo {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub summary: String,
    pub purpose: String,
    /// The central personal data controller (centralt personuppgiftsansvarig, CPUA).
    pub controller: String,
    /// The register holder (registerhållare) and their organisation.
    pub holder: String,
    /// How long data is kept (lagringstid).
    pub retention: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub dpo_email: String,
    pub website: String,
}

impl RegisterCard {
    /// Whether the card matches a visitor's filter text: every word must
    /// occur, case-insensitively, in the name, short name, code or summary.
    pub fn matches(&self, filter: &str) -> bool {
        let haystack = format!(
            "{} {} {} {}",
            self.name, self.short_name, self.code, self.summary
        )
        .to_lowercase();
        filter
            .to_lowercase()
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_matches_every_word_in_any_field() {
        let card = RegisterCard {
            code: "qivf".into(),
            name: "Nationellt kvalitetsregister för assisterad befruktning".into(),
            short_name: "Q-IVF".into(),
            summary: "Behandlingar med IVF".into(),
        };
        assert!(card.matches(""));
        assert!(card.matches("q-ivf"));
        assert!(card.matches("BEFRUKTNING ivf"));
        assert!(!card.matches("diabetes"));
        assert!(!card.matches("ivf diabetes"));
    }
}

/// One register on the signed-in patient's overview ("Mina register").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyRegister {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub status: MyRegisterStatus,
    /// How many records the register holds about the patient.
    pub records: i64,
    /// The date (ISO 8601) of the latest change to any of them.
    pub latest_change: Option<String>,
    /// Opt-outs in force for this register that a clinic registered for the
    /// patient.
    pub told_at_clinic: Vec<ToldAtClinic>,
}

/// An opt-out a clinic registered for the patient: what, where and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToldAtClinic {
    pub kind: crate::domain::OptOutKind,
    pub clinic: String,
    /// ISO 8601 date.
    pub on: String,
}

/// The data one register holds about the signed-in patient, one page of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegisterData {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub status: MyRegisterStatus,
    /// Records in all, the page shown (from 1) and the number of pages.
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// The page's records, grouped by record type in the register's order.
    pub groups: Vec<RecordGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordGroup {
    pub label: String,
    pub records: Vec<RecordView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordView {
    /// The register's own id of the record (for its history's address).
    pub id: String,
    /// The date the record is about (ISO 8601).
    pub date: String,
    /// The care unit that reported it.
    pub care_unit: String,
    pub fields: Vec<FieldView>,
    /// When it was last corrected (ISO 8601), if it ever was.
    pub corrected_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldView {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum MyRegisterStatus {
    /// Registered since the date (ISO 8601).
    Registered {
        since: String,
    },
    /// Registered, with processing restricted (GDPR art. 18).
    Restricted {
        since: String,
    },
    NotRegistered,
    /// Opted out ("avregistrerad"): must not be registered here.
    OptedOut,
}

impl MyRegisterStatus {
    /// The CSS class and the sentence that say where the patient stands.
    pub fn describe(&self, lang: crate::i18n::Lang) -> (&'static str, String) {
        match self {
            MyRegisterStatus::Registered { since } => (
                "status status-registered",
                lang.t_args("me-status-registered", &[("since", since.clone().into())]),
            ),
            MyRegisterStatus::Restricted { since } => (
                "status status-restricted",
                lang.t_args("me-status-restricted", &[("since", since.clone().into())]),
            ),
            MyRegisterStatus::NotRegistered => (
                "status status-not-registered",
                lang.t("me-status-not-registered"),
            ),
            MyRegisterStatus::OptedOut => {
                ("status status-opted-out", lang.t("me-status-opted-out"))
            }
        }
    }

    /// Whether the register holds data about the patient.
    pub fn is_registered(&self) -> bool {
        matches!(
            self,
            MyRegisterStatus::Registered { .. } | MyRegisterStatus::Restricted { .. }
        )
    }
}

/// What the request form of one kind for one register needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestFormInfo {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub kind: crate::domain::RequestKind,
    pub status: MyRegisterStatus,
    /// The patient's records in the register, to point at (corrections).
    pub records: Vec<RecordChoice>,
    /// The reference of an open request of this kind, if there is one.
    pub open: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordChoice {
    pub id: String,
    pub label: String,
}

/// The patient's address for notices; none go to it until confirmed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoticeAddress {
    pub email: Option<String>,
    pub confirmed: bool,
}

/// A request as its patient sees it: the receipt and the legal clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestView {
    pub reference: String,
    pub register_code: String,
    pub register_name: String,
    pub kind: crate::domain::RequestKind,
    pub status: crate::domain::RequestStatus,
    pub received_on: String,
    pub due_on: String,
    pub extended_due_on: Option<String>,
    pub extension_reason: Option<String>,
    /// Days until the (possibly extended) due date; negative when passed.
    pub days_left: i64,
    pub decided_on: Option<String>,
    pub decision_reason: Option<String>,
    /// What was asked, as label and value.
    pub summary: Vec<FieldView>,
    pub history: Vec<RequestStep>,
    /// Who filed it for the patient (a guardian, proxy or representative).
    pub filed_by: Option<(crate::domain::RelationKind, String)>,
    /// The clinic that handles it, when it is routed to one (a correction
    /// of a record goes to the care unit that reported it); else the
    /// register's coordinators.
    pub handled_by: Option<String>,
    /// For a completed correction, restriction or erasure: the recipients
    /// of earlier releases that carried the data, to be told (GDPR art. 19).
    pub recipients: Vec<ReleaseRecipient>,
}

/// The recipient of an earlier release, and whether they have been told of
/// the completed request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReleaseRecipient {
    pub release: i64,
    pub recipient: String,
    pub diary_number: String,
    pub decided_on: String,
    /// The day staff marked them told.
    pub told_on: Option<String>,
}

impl RequestView {
    /// Who handles the request: the clinic it is routed to, or the register.
    pub fn handled_by_text(&self, lang: crate::i18n::Lang) -> String {
        match &self.handled_by {
            Some(clinic) => clinic.clone(),
            None => lang.t_args(
                "receipt-handled-by-register",
                &[("register", self.register_name.clone().into())],
            ),
        }
    }

    /// "Filed by … as guardian", when someone filed it for the patient.
    pub fn filed_by_text(&self, lang: crate::i18n::Lang) -> Option<String> {
        self.filed_by.as_ref().map(|(relation, name)| {
            lang.t_args(
                &format!("request-filed-by-{}", relation.as_str()),
                &[("name", name.clone().into())],
            )
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestStep {
    pub on: String,
    pub status: crate::domain::CaseEvent,
    pub note: Option<String>,
}

/// Why a sign-in did not happen, as the sign-in error page explains it.
/// The server logs the details; the visitor learns what they can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInProblem {
    /// The identity provider (or insyn's database) could not be reached.
    Unavailable,
    /// The sign-in was too old, already used, or started in another browser.
    Expired,
    /// The person cancelled at the provider.
    Cancelled,
    /// The provider's answer failed a security check.
    Refused,
    /// The e-ID used is not of a high enough assurance level.
    Assurance,
    /// Staff: signed in without two factors.
    TwoFactor,
    /// No valid personnummer / HSA-id came with the sign-in.
    Identity,
    /// Staff: the HSA-id is not one of the register staff insyn knows.
    UnknownStaff,
    /// A child younger than the age of own access: their guardian acts.
    TooYoung,
}

impl SignInProblem {
    pub const ALL: [SignInProblem; 9] = [
        SignInProblem::Unavailable,
        SignInProblem::Expired,
        SignInProblem::Cancelled,
        SignInProblem::Refused,
        SignInProblem::Assurance,
        SignInProblem::TwoFactor,
        SignInProblem::Identity,
        SignInProblem::UnknownStaff,
        SignInProblem::TooYoung,
    ];

    /// The name in the error page's address (`/auth/error?reason=…`).
    pub fn code(self) -> &'static str {
        match self {
            SignInProblem::Unavailable => "unavailable",
            SignInProblem::Expired => "expired",
            SignInProblem::Cancelled => "cancelled",
            SignInProblem::Refused => "refused",
            SignInProblem::Assurance => "assurance",
            SignInProblem::TwoFactor => "two-factor",
            SignInProblem::Identity => "identity",
            SignInProblem::UnknownStaff => "unknown-staff",
            SignInProblem::TooYoung => "too-young",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn status(self) -> u16 {
        match self {
            SignInProblem::Unavailable => 503,
            SignInProblem::UnknownStaff
            | SignInProblem::TwoFactor
            | SignInProblem::Assurance
            | SignInProblem::TooYoung => 403,
            _ => 400,
        }
    }
}

/// One page of the staff queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffQueue {
    pub items: Vec<QueueItem>,
    /// The cursor of the next page (`due_on:id`), if there is one.
    pub next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub reference: String,
    pub register_code: String,
    /// The register's name, in the page's language.
    pub register_name: String,
    pub kind: crate::domain::RequestKind,
    pub status: crate::domain::RequestStatus,
    pub received_on: String,
    pub due_on: String,
    /// Days until due; negative when overdue.
    pub days_left: i64,
}

/// A case as its handler sees it: the request, the patient, and what the
/// register holds about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffCase {
    pub request: RequestView,
    pub patient_name: String,
    /// Shown to the register's own staff, who must match it to their system.
    pub personnummer: String,
    pub data: RegisterData,
    pub actions: CaseActions,
}

/// What the staff member may do with the case now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseActions {
    /// Not decided yet: it can be extended, completed or rejected.
    pub open: bool,
    /// Open and not taken by this staff member.
    pub can_take: bool,
    /// Open and not extended before (an extension is allowed once).
    pub can_extend: bool,
    /// A completed restriction whose registration is still restricted.
    pub can_lift: bool,
    /// For a correction: every field of every record, to pick one to edit.
    pub targets: Vec<CorrectionTarget>,
}

/// One field of one record, as the correction form's choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorrectionTarget {
    /// `record id:field code` (see `case_actions::RecordEdit::target`).
    pub value: String,
    /// "2024-03-01 · Behandling · Antal embryon: 2"
    pub label: String,
}

/// Which part of the signed-in patient's access log to show.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogFilter {
    pub register: Option<String>,
    /// HSA-id of a care unit.
    pub care_unit: Option<String>,
    /// YYYY-MM-DD, Swedish dates, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    /// The patient's own views and downloads, instead of everyone else's.
    pub own: bool,
    /// A purpose's code.
    pub purpose: Option<String>,
    /// The cursor of a next page.
    pub after: Option<String>,
}

/// One page of the signed-in patient's access log, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyLog {
    pub entries: Vec<LogEntry>,
    /// The cursor of the next page (`time:number`), if there is one.
    pub next: Option<String>,
    /// The registers on the platform (code, name), for the filter.
    pub registers: Vec<(String, String)>,
    /// The care units in the patient's log (HSA-id, name), for the filter.
    pub care_units: Vec<(String, String)>,
    /// The log's published key as a C2SP verifier key, to check the
    /// download against in the browser; `None` when the server has none.
    pub verifier_key: Option<String>,
}

/// One access to the patient's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// The entry's number in the whole log.
    pub seq: i64,
    pub register_code: String,
    pub register_name: String,
    /// Swedish time, `YYYY-MM-DD HH:MM`.
    pub occurred_at: String,
    pub actor: crate::domain::ActorKind,
    /// The care unit's name and HSA-id, when a care unit accessed.
    pub care_unit: Option<(String, String)>,
    pub kind: crate::domain::AccessKind,
    /// The reason the source gave, if any.
    pub reason: Option<String>,
    /// Reported by the register's system (not made in insyn).
    pub reported_by_register: bool,
    /// Someone who acted for the patient in insyn (a guardian, proxy or
    /// representative), with their name.
    pub acted_by: Option<(crate::domain::RelationKind, String)>,
    /// Why (`None`: not stated, as in entries from before purposes).
    pub purpose: Option<crate::domain::AccessPurpose>,
    /// Which data: record types by name, each with its fields by name.
    pub data: Vec<(String, Vec<String>)>,
}

impl LogEntry {
    /// Who accessed, as the patient reads it.
    pub fn who(&self, lang: crate::i18n::Lang) -> String {
        use crate::domain::ActorKind;
        if let Some((relation, name)) = &self.acted_by {
            return lang.t_args(
                &format!("log-who-{}", relation.as_str()),
                &[("name", name.clone().into())],
            );
        }
        match (&self.actor, &self.care_unit) {
            (ActorKind::CareUnit, Some((name, hsa))) => format!("{name} ({hsa})"),
            (ActorKind::RegisterStaff, _) => lang.t_args(
                "log-who-staff",
                &[("register", self.register_name.clone().into())],
            ),
            (ActorKind::Patient, _) => lang.t("log-who-you"),
            (ActorKind::CareUnit, None) => lang.t("log-who-unknown-unit"),
        }
    }
}

/// What the "why this access?" form needs: the entry, and the patient's open
/// question about that register, if there is one (one at a time).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogInquiryInfo {
    pub entry: LogEntry,
    pub open: Option<String>,
}
