//! The closed sets of codes that the database stores as text: what a request
//! asks, where it stands, what kind of access an event was, and so on. Each is
//! an enum with one spelling per variant, used in SQL, JSON and URLs alike.

use std::fmt;

/// A stored or submitted code that is not one of the known ones.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what}: {code:?}")]
pub struct UnknownCode {
    pub what: &'static str,
    pub code: String,
}

macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok($name::$variant),)+
                    _ => Err(UnknownCode { what: $what, code: s.to_owned() }),
                }
            }
        }

        /// For decoding a stored code at the row (`#[sqlx(try_from = "String")]`).
        impl TryFrom<String> for $name {
            type Error = UnknownCode;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

code_enum! {
    /// What a rights request asks for (the rights of GDPR art. 15–18 and
    /// patientdatalagen 7 kap.).
    RequestKind, "request kind" {
        /// Art. 16: correct or complete a record.
        Correction = "correction",
        /// Art. 18: restrict processing of a registration.
        Restriction = "restriction",
        /// Art. 17 / PDL 7 kap.: erase existing data and block future registration.
        Erasure = "erasure",
        /// "Nej-blanketten": no registration in this register, before any data exists.
        OptOut = "opt_out",
        /// "Why this access?" about one access-log entry.
        AccessInquiry = "access_inquiry",
    }
}

code_enum! {
    /// Where a rights request stands. `Completed` and `Rejected` are final.
    RequestStatus, "request status" {
        Received = "received",
        InProgress = "in_progress",
        /// The deadline was extended once (GDPR art. 12(3)), with a reason.
        Extended = "extended",
        Completed = "completed",
        Rejected = "rejected",
    }
}

impl RequestStatus {
    pub fn is_final(self) -> bool {
        matches!(self, Self::Completed | Self::Rejected)
    }
}

code_enum! {
    /// One step in a request's history: its statuses, and what happened to
    /// it after it was decided (a restriction lifted).
    CaseEvent, "case event" {
        Received = "received",
        InProgress = "in_progress",
        Extended = "extended",
        Completed = "completed",
        Rejected = "rejected",
        /// Staff lifted the restriction a completed request put in place.
        RestrictionLifted = "restriction_lifted",
        /// A recipient of an earlier release was told of the change (GDPR art. 19).
        RecipientTold = "recipient_told",
    }
}

code_enum! {
    /// What register staff do with a case (the `action` of the case page's forms).
    CaseActionCode, "case action" {
        Take = "take",
        Extend = "extend",
        Complete = "complete",
        Reject = "reject",
        Lift = "lift",
    }
}

code_enum! {
    /// How one person may act for another through insyn.
    RelationKind, "relation kind" {
        /// Vårdnadshavare: a parent or other guardian of a child, from the
        /// population register, until the child reaches the age limit.
        Guardian = "guardian",
        /// Chosen by the person themselves, with a scope and an end date.
        Proxy = "proxy",
        /// God man or förvaltare, appointed by a court or an
        /// överförmyndarnämnd and entered by register staff.
        Representative = "representative",
    }
}

code_enum! {
    /// The state of a patient's registration in one register.
    RegistrationStatus, "registration status" {
        Active = "active",
        /// Processing restricted (GDPR art. 18): only stored, left out of
        /// statistics and disclosures.
        Restricted = "restricted",
    }
}

code_enum! {
    /// What kind of access an access-log entry records.
    AccessKind, "access kind" {
        Read = "read",
        Export = "export",
        Correction = "correction",
        DisclosureResearch = "disclosure_research",
        DisclosureStatistics = "disclosure_statistics",
        /// Staff registered an opt-out for the patient (told at a clinic).
        OptOut = "opt_out",
    }
}

code_enum! {
    /// Why data was accessed: a small coded set, each mapped to an HL7 v3
    /// PurposeOfUse code for the JSON copy ([`AccessPurpose::hl7`]).
    AccessPurpose, "access purpose" {
        /// Following up and improving the quality of care (the register's purpose).
        CareQuality = "care_quality",
        /// Checking and completing what was reported.
        DataQuality = "data_quality",
        /// The patient's own request: a copy, a correction, an opt-out.
        PatientRequest = "patient_request",
        ResearchRelease = "research_release",
        StatisticsRelease = "statistics_release",
        /// A duty laid down by law.
        LegalDuty = "legal_duty",
        TechnicalSupport = "technical_support",
    }
}

impl AccessPurpose {
    /// The HL7 v3 PurposeOfUse code (v3-ActReason) of the purpose.
    pub fn hl7(self) -> &'static str {
        match self {
            AccessPurpose::CareQuality => "HQUALIMP",
            AccessPurpose::DataQuality => "RECORDMGT",
            AccessPurpose::PatientRequest => "PATRQT",
            AccessPurpose::ResearchRelease => "HRESCH",
            AccessPurpose::StatisticsRelease => "PUBHLTH",
            AccessPurpose::LegalDuty => "HCOMPL",
            AccessPurpose::TechnicalSupport => "HSYSADMIN",
        }
    }
}

code_enum! {
    /// Who accessed: a care unit (reported by the register system), the
    /// register's own staff working in insyn, or the patient themself.
    ActorKind, "actor kind" {
        CareUnit = "care_unit",
        RegisterStaff = "register_staff",
        Patient = "patient",
    }
}

code_enum! {
    /// What a person opted out of: being registered at all (the
    /// Nej-blankett), or having their data released for research and
    /// statistics while staying in the register for care quality.
    OptOutKind, "opt-out kind" {
        Registration = "registration",
        Research = "research",
    }
}

code_enum! {
    /// How an opt-out reached the register: in insyn, through a rights
    /// request, told verbally at a clinic, or on the paper form.
    OptOutChannel, "opt-out channel" {
        Insyn = "insyn",
        Request = "request",
        Verbal = "verbal",
        Paper = "paper",
    }
}

code_enum! {
    /// How staff checked the identity of a person who told a clinic of an
    /// opt-out.
    IdentityCheck, "identity check" {
        /// Signed in with e-ID in insyn.
        EId = "e_id",
        /// A valid identity document (id-handling) was shown.
        IdDocument = "id_document",
        /// The person is known to the staff member from earlier visits.
        KnownToStaff = "known_to_staff",
        /// The signature on a paper form was checked against the form's
        /// personnummer and the patient's records.
        SignedForm = "signed_form",
    }
}

code_enum! {
    /// How often a patient who asked for notices on access is told.
    NoticeCadence, "notice cadence" {
        /// A mail as soon as the notice pass finds new entries (one per
        /// pass, with the count).
        AtOnce = "at_once",
        /// One summary a day of the day before's new entries.
        Daily = "daily",
    }
}

code_enum! {
    /// Why the log follow-up shows an access for review (HSLF-FS 2016:40).
    LogFlag, "log flag" {
        /// By a care unit that has reported no record of the person and had
        /// no open case about them.
        NoRelation = "no_relation",
        /// One of more accesses by one person in a day than three times
        /// their daily median of the 30 days before (and at least 20).
        ManyInADay = "many_in_a_day",
        /// Outside 07–19 Swedish time, or on a Saturday or Sunday.
        OffHours = "off_hours",
        /// To a person with protected personal data.
        ProtectedPerson = "protected_person",
    }
}

code_enum! {
    /// What the audit trail records someone did.
    AuditAction, "audit action" {
        StaffSaved = "staff_saved",
        TokenCreated = "token_created",
        TokenRevoked = "token_revoked",
        CareUnitSaved = "care_unit_saved",
        OptOutRegistered = "opt_out_registered",
        LogReviewed = "log_reviewed",
    }
}

code_enum! {
    /// Why register data are released (utlämnande).
    ReleasePurpose, "release purpose" {
        Research = "research",
        Statistics = "statistics",
        QualityDevelopment = "quality_development",
        /// To another authority, by law.
        LegalDuty = "legal_duty",
    }
}

code_enum! {
    /// In what form released data leave the register: with the persons'
    /// identities, pseudonymised (the key stays with the register), or as
    /// counts only.
    ReleaseForm, "release form" {
        Identifiable = "identifiable",
        Pseudonymised = "pseudonymised",
        Aggregate = "aggregate",
    }
}

code_enum! {
    /// What a staff member does in insyn: a register's coordinator (the
    /// whole register), clinic staff (the records their care units reported
    /// and the requests routed to those units), or a platform administrator.
    StaffRole, "staff role" {
        Coordinator = "coordinator",
        Clinic = "clinic",
        Admin = "admin",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips_through_text_and_json() {
        fn check<T>(all: &[T])
        where
            T: Copy + PartialEq + fmt::Debug + fmt::Display + std::str::FromStr + serde::Serialize,
        {
            for &v in all {
                let text = v.to_string();
                assert_eq!(text.parse::<T>().ok(), Some(v));
                assert_eq!(
                    serde_json::to_value(v).unwrap(),
                    serde_json::Value::String(text)
                );
            }
        }
        check(RequestKind::ALL);
        check(RequestStatus::ALL);
        check(RegistrationStatus::ALL);
        check(CaseEvent::ALL);
        check(CaseActionCode::ALL);
        check(AccessKind::ALL);
        check(ActorKind::ALL);
        check(OptOutKind::ALL);
        check(OptOutChannel::ALL);
        check(IdentityCheck::ALL);
        check(NoticeCadence::ALL);
        check(AuditAction::ALL);
        check(LogFlag::ALL);
        check(AccessPurpose::ALL);
        check(ReleasePurpose::ALL);
        check(ReleaseForm::ALL);
        check(StaffRole::ALL);
    }

    #[test]
    fn unknown_codes_are_refused_by_name() {
        let err = "deleted".parse::<RequestStatus>().unwrap_err();
        assert_eq!(err.to_string(), "unknown request status: \"deleted\"");
        assert!("Erasure".parse::<RequestKind>().is_err());
    }
}
