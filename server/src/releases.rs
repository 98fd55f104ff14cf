//! Releases of register data for research and statistics (utlämnanden):
//! the rules for recording one, shared by the staff form and the register
//! API.
//!
//! The research opt-out is enforced here, not trusted to the recipient:
//! the cohort is resolved against the opt-outs in force when the release
//! was decided (and restricted registrations, which are only stored), and
//! the persons left out are never stored or returned. An identifiable or
//! pseudonymised release stores whom it carried and gives each of them a
//! disclosure entry in their access log, in the same transaction. An
//! aggregate release (a count estimate) stores nobody and answers counts
//! only, suppressed under the configured threshold.
//!
//! A release is recorded once per register and diary number: the same
//! content again is the same release (the answer is repeated), other
//! content under the same number is refused.

use crate::{
    clock::Clock,
    db::{
        self, Db, DbError,
        access_events::{NewAccessEvent, Source},
        releases::Release,
    },
};
use app::domain::{
    AccessKind, ActorKind, HsaId, Personnummer, RegisterCode, RegistrationStatus, ReleaseForm,
    ReleasePurpose,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{Date, OffsetDateTime};

/// The most persons one release's cohort may list.
pub const MAX_COHORT: usize = 200_000;

/// A release as submitted, before it is checked: the register API's body,
/// and what the staff form reads into.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReleaseInput {
    /// The register holder's diary number (diarienummer) of the decision.
    #[schema(example = "QIVF 2026/41")]
    pub diary_number: String,
    /// When the release was decided (RFC 3339). The opt-outs in force at
    /// this moment apply.
    #[schema(example = "2026-11-20T09:00:00Z")]
    pub decided_at: String,
    /// When the data were delivered (YYYY-MM-DD), if they were.
    #[schema(example = "2026-11-25")]
    pub delivered_on: Option<String>,
    #[schema(example = "Karolinska Institutet, institutionen för kvinnors och barns hälsa")]
    pub recipient: String,
    #[schema(example = "forskning@ki.example.se")]
    pub recipient_contact: String,
    /// `research`, `statistics`, `quality_development` or `legal_duty`.
    #[schema(value_type = String, pattern = "^(research|statistics|quality_development|legal_duty)$", example = "research")]
    pub purpose: ReleasePurpose,
    #[schema(example = "Offentlighets- och sekretesslagen 25 kap. 1 §, efter sekretessprövning")]
    pub legal_basis: String,
    /// Etikprövningsmyndigheten's reference; required for research.
    #[schema(example = "Dnr 2026-01234-01")]
    pub ethics_approval: Option<String>,
    /// `identifiable`, `pseudonymised` or `aggregate` (counts only).
    #[schema(value_type = String, pattern = "^(identifiable|pseudonymised|aggregate)$", example = "pseudonymised")]
    pub form: ReleaseForm,
    /// The register's record types released.
    #[schema(example = json!(["treatment_cycle"]))]
    pub record_types: Vec<String>,
    /// Which fields, as the decision lists them.
    #[schema(example = "Behandlingsdatum, metod, antal överförda embryon")]
    pub fields: String,
    /// The cohort: personnummer of persons registered in the register.
    #[schema(example = json!(["19121212-1212"]))]
    pub cohort: Vec<String>,
}

/// What is wrong with a submitted release: a field, or a cohort entry by
/// its position (from 1). Never the personnummer itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ReleaseProblem {
    #[schema(example = "cohort")]
    pub field: String,
    /// For a cohort entry, its position in the list (from 1).
    pub position: Option<usize>,
    /// The Fluent id of the message (`release-error-…`).
    #[schema(example = "release-error-cohort-unknown")]
    pub code: String,
}

impl ReleaseProblem {
    fn field(field: &str, code: &str) -> Self {
        ReleaseProblem {
            field: field.to_owned(),
            position: None,
            code: code.to_owned(),
        }
    }

    fn entry(position: usize, code: &str) -> Self {
        ReleaseProblem {
            field: "cohort".to_owned(),
            position: Some(position),
            code: code.to_owned(),
        }
    }
}

/// A release checked field by field (the cohort is checked against the
/// database when it is recorded).
#[derive(Debug, Clone)]
pub struct ReleaseDraft {
    pub diary_number: String,
    pub decided_at: i64,
    pub delivered_on: Option<Date>,
    pub recipient: String,
    pub recipient_contact: String,
    pub purpose: ReleasePurpose,
    pub legal_basis: String,
    pub ethics_approval: Option<String>,
    pub form: ReleaseForm,
    pub record_types: Vec<String>,
    pub fields: String,
    pub cohort: Vec<String>,
    content_hash: String,
}

/// A text field: trimmed, not empty, at most `max` characters, and no
/// control characters but the line breaks of a longer text (a NUL cannot
/// even be stored in PostgreSQL).
fn text(value: &str, max: usize) -> Option<String> {
    let value = value.trim();
    let clean = value
        .chars()
        .all(|c| !c.is_control() || (max > 300 && matches!(c, '\n' | '\r' | '\t')));
    (clean && !value.is_empty() && value.chars().count() <= max).then(|| value.to_owned())
}

impl ReleaseInput {
    /// Checks every field against the register's `record_types`; every
    /// problem at once.
    pub fn check(self, record_types: &[String]) -> Result<ReleaseDraft, Vec<ReleaseProblem>> {
        let mut problems = Vec::new();
        let mut need = |value: Option<String>, field: &str| {
            if value.is_none() {
                problems.push(ReleaseProblem::field(
                    field,
                    &format!("release-error-{field}"),
                ));
            }
            value
        };
        let diary_number = need(text(&self.diary_number, 60), "diary_number");
        let decided_at = need(
            OffsetDateTime::parse(
                self.decided_at.trim(),
                &time::format_description::well_known::Rfc3339,
            )
            .ok()
            .map(|t| t.unix_timestamp().to_string()),
            "decided_at",
        );
        let recipient = need(text(&self.recipient, 200), "recipient");
        let recipient_contact = need(text(&self.recipient_contact, 200), "recipient_contact");
        let legal_basis = need(text(&self.legal_basis, 300), "legal_basis");
        let fields = need(text(&self.fields, 1000), "fields");
        let delivered_on = match self.delivered_on.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(day) => {
                let parsed = Date::parse(day, db::ISO_DATE).ok();
                if parsed.is_none() {
                    problems.push(ReleaseProblem::field(
                        "delivered_on",
                        "release-error-delivered_on",
                    ));
                }
                parsed
            }
        };
        let given = self
            .ethics_approval
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty());
        let ethics_approval = given.and_then(|e| text(e, 100));
        let unreadable = given.is_some() && ethics_approval.is_none();
        if unreadable || (self.purpose == ReleasePurpose::Research && ethics_approval.is_none()) {
            problems.push(ReleaseProblem::field(
                "ethics_approval",
                "release-error-ethics_approval",
            ));
        }
        let mut types: Vec<String> = self
            .record_types
            .iter()
            .map(|t| t.trim().to_owned())
            .collect();
        types.sort();
        types.dedup();
        if types.is_empty() || types.iter().any(|t| !record_types.contains(t)) {
            problems.push(ReleaseProblem::field(
                "record_types",
                "release-error-record_types",
            ));
        }
        if self.cohort.is_empty() {
            problems.push(ReleaseProblem::field(
                "cohort",
                "release-error-cohort-empty",
            ));
        } else if self.cohort.len() > MAX_COHORT {
            problems.push(ReleaseProblem::field(
                "cohort",
                "release-error-cohort-large",
            ));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let content_hash = {
            let canonical = serde_json::to_vec(&self).unwrap_or_default();
            hex::encode(Sha256::digest(canonical))
        };
        let (
            Some(diary_number),
            Some(decided_at),
            Some(recipient),
            Some(recipient_contact),
            Some(legal_basis),
            Some(fields),
        ) = (
            diary_number,
            decided_at.and_then(|t| t.parse().ok()),
            recipient,
            recipient_contact,
            legal_basis,
            fields,
        )
        else {
            return Err(problems);
        };
        Ok(ReleaseDraft {
            diary_number,
            decided_at,
            delivered_on,
            recipient,
            recipient_contact,
            purpose: self.purpose,
            legal_basis,
            ethics_approval,
            form: self.form,
            record_types: types,
            fields,
            cohort: self.cohort,
            content_hash,
        })
    }
}

/// Who records the release.
#[derive(Debug, Clone)]
pub enum Recorder {
    Staff {
        id: i64,
        hsa_id: HsaId,
    },
    /// The register system, by its API token.
    Token(i64),
    /// The operator, from the command line (the demo data).
    Operator,
}

/// The answer to a recorded release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Recorded {
    /// The release's number in insyn.
    pub release: i64,
    #[schema(value_type = String, example = "pseudonymised")]
    pub form: ReleaseForm,
    /// Persons in the cohort as submitted.
    pub submitted: i64,
    /// Persons that may be delivered; `null` for an aggregate count under
    /// the threshold.
    pub delivered: Option<i64>,
    /// Persons left out (opted out of research, or restricted); `null`
    /// when under the threshold for an aggregate release.
    pub left_out: Option<i64>,
    /// SHA-256 of the research opt-outs in force at the decision.
    pub opt_out_fingerprint: String,
    /// The cohort that may be delivered (12-digit personnummer, sorted);
    /// empty for an aggregate release.
    pub cohort: Vec<String>,
    /// `true` when this content was recorded before under the same diary
    /// number: nothing new was stored.
    pub repeated: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    #[error("the release was refused")]
    Invalid(Vec<ReleaseProblem>),
    #[error("another release is recorded under this diary number")]
    Conflict,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// A count as it may be shown: `None` under the threshold, unless it is 0.
pub fn shown(count: i64, suppress_below: u32) -> Option<i64> {
    (count == 0 || count >= i64::from(suppress_below)).then_some(count)
}

fn answer(release: &Release, cohort: Vec<String>, repeated: bool, suppress_below: u32) -> Recorded {
    let aggregate = release.form == ReleaseForm::Aggregate;
    let count = |n: i64| {
        if aggregate {
            shown(n, suppress_below)
        } else {
            Some(n)
        }
    };
    Recorded {
        release: release.id,
        form: release.form,
        submitted: release.cohort_submitted,
        delivered: count(release.cohort_delivered),
        left_out: count(release.left_out),
        opt_out_fingerprint: release.opt_out_fingerprint.clone(),
        cohort,
        repeated,
    }
}

/// Records a release of `register`: resolves the cohort, stores the
/// release and whom it carried, and logs each disclosure — all or nothing.
pub async fn record(
    db: &Db,
    clock: &Clock,
    register: &RegisterCode,
    draft: ReleaseDraft,
    recorder: &Recorder,
    suppress_below: u32,
) -> Result<Recorded, ReleaseError> {
    let now = clock.unix();
    let today = clock.today();
    // Opt-outs given between now and a later decision would be missed.
    if draft.decided_at > now {
        return Err(ReleaseError::Invalid(vec![ReleaseProblem::field(
            "decided_at",
            "release-error-decided-future",
        )]));
    }
    // Parse before any lock: a malformed cohort never waits for the writer.
    let mut problems = Vec::new();
    let mut persons: Vec<Personnummer> = Vec::with_capacity(draft.cohort.len());
    let mut seen = std::collections::HashSet::with_capacity(draft.cohort.len());
    for (i, entry) in draft.cohort.iter().enumerate() {
        match Personnummer::parse(entry, today) {
            Ok(pnr) if !seen.insert(pnr.expose().to_owned()) => {
                problems.push(ReleaseProblem::entry(i + 1, "release-error-cohort-twice"));
            }
            Ok(pnr) => persons.push(pnr),
            Err(_) => problems.push(ReleaseProblem::entry(
                i + 1,
                "release-error-cohort-malformed",
            )),
        }
    }
    if !problems.is_empty() {
        return Err(ReleaseError::Invalid(problems));
    }

    let mut tx = db.begin_write().await?;
    if let Some(existing) =
        db::releases::by_diary_number(&mut tx, register.as_str(), &draft.diary_number).await?
    {
        if existing.content_hash != draft.content_hash {
            return Err(ReleaseError::Conflict);
        }
        let cohort = if existing.form == ReleaseForm::Aggregate {
            Vec::new()
        } else {
            db::releases::delivered_persons(&mut tx, existing.id).await?
        };
        return Ok(answer(&existing, cohort, true, suppress_below));
    }

    let numbers: Vec<&str> = persons.iter().map(Personnummer::expose).collect();
    let registered = db::releases::registered_among(&mut tx, register.as_str(), &numbers).await?;
    let unknown: Vec<ReleaseProblem> = draft
        .cohort
        .iter()
        .zip(&persons)
        .enumerate()
        .filter(|(_, (_, pnr))| !registered.contains_key(pnr.expose()))
        .map(|(i, _)| ReleaseProblem::entry(i + 1, "release-error-cohort-unknown"))
        .collect();
    if !unknown.is_empty() {
        return Err(ReleaseError::Invalid(unknown));
    }

    let opt_outs =
        db::opt_outs::research_in_force(&mut tx, register.as_str(), draft.decided_at).await?;
    let mut delivered: Vec<(String, i64)> = registered
        .into_iter()
        .filter(|(_, (id, status))| {
            *status == RegistrationStatus::Active && !opt_outs.persons.contains(id)
        })
        .map(|(pnr, (id, _))| (pnr, id))
        .collect();
    delivered.sort();
    let submitted = persons.len() as i64;
    let mut release = Release {
        id: 0,
        register_code: register.as_str().to_owned(),
        diary_number: draft.diary_number,
        decided_at: draft.decided_at,
        delivered_on: draft.delivered_on.map(|d| d.to_string()),
        recipient: draft.recipient,
        recipient_contact: draft.recipient_contact,
        purpose: draft.purpose,
        legal_basis: draft.legal_basis,
        ethics_approval: draft.ethics_approval,
        form: draft.form,
        record_types: draft.record_types.join(" "),
        fields: draft.fields,
        cohort_submitted: submitted,
        cohort_delivered: delivered.len() as i64,
        left_out: submitted - delivered.len() as i64,
        opt_out_fingerprint: opt_outs.fingerprint,
        content_hash: draft.content_hash,
        recorded_by_staff: match recorder {
            Recorder::Staff { id, .. } => Some(*id),
            _ => None,
        },
        recorded_by_token: match recorder {
            Recorder::Token(id) => Some(*id),
            _ => None,
        },
        recorded_at: now,
    };
    release.id = db::releases::insert(&mut tx, &release).await?;

    let cohort = if release.form == ReleaseForm::Aggregate {
        Vec::new()
    } else {
        let ids: Vec<i64> = delivered.iter().map(|(_, id)| *id).collect();
        db::releases::insert_persons(&mut tx, release.id, &ids).await?;
        let kind = match release.purpose {
            ReleasePurpose::Research => AccessKind::DisclosureResearch,
            _ => AccessKind::DisclosureStatistics,
        };
        let staff = match recorder {
            Recorder::Staff { hsa_id, .. } => Some(hsa_id),
            _ => None,
        };
        let touched = db::access_events::data_touched(
            release
                .record_types
                .split_whitespace()
                .map(|record_type| (record_type, Vec::new())),
        );
        let purpose = match release.purpose {
            ReleasePurpose::Research => app::domain::AccessPurpose::ResearchRelease,
            ReleasePurpose::Statistics => app::domain::AccessPurpose::StatisticsRelease,
            ReleasePurpose::QualityDevelopment => app::domain::AccessPurpose::CareQuality,
            ReleasePurpose::LegalDuty => app::domain::AccessPurpose::LegalDuty,
        };
        let events: Vec<NewAccessEvent> = ids
            .iter()
            .map(|&patient_id| NewAccessEvent {
                patient_id,
                register,
                occurred_at: release.decided_at,
                actor: ActorKind::RegisterStaff,
                care_unit: None,
                staff,
                kind,
                reason: Some(&release.recipient),
                source: Source::Insyn,
                source_event_id: None,
                acting: None,
                release: Some(release.id),
                purpose: Some(purpose),
                data_touched: Some(&touched),
            })
            .collect();
        db::access_events::append_many(&mut tx, db.engine(), &events, now).await?;
        delivered.into_iter().map(|(pnr, _)| pnr).collect()
    };
    tx.commit().await.map_err(DbError::from)?;
    tracing::info!(
        release = release.id,
        register = %register,
        form = %release.form,
        submitted,
        delivered = release.cohort_delivered,
        "release recorded"
    );
    Ok(answer(&release, cohort, false, suppress_below))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ReleaseInput {
        ReleaseInput {
            diary_number: "QIVF 2026/41".into(),
            decided_at: "2026-11-20T09:00:00Z".into(),
            delivered_on: None,
            recipient: "KI".into(),
            recipient_contact: "a@ki.se".into(),
            purpose: ReleasePurpose::Research,
            legal_basis: "OSL 25:1".into(),
            ethics_approval: Some("Dnr 2026-01234-01".into()),
            form: ReleaseForm::Pseudonymised,
            record_types: vec!["treatment".into()],
            fields: "all".into(),
            cohort: vec!["19121212-1212".into()],
        }
    }

    #[test]
    fn research_needs_an_ethics_approval_and_known_record_types() {
        let types = ["treatment".to_owned()];
        assert!(input().check(&types).is_ok());
        let problems = ReleaseInput {
            recipient: "KI\u{0}".into(),
            ethics_approval: Some("  ".into()),
            record_types: vec!["unknown".into()],
            decided_at: "2026-11-20".into(),
            ..input()
        }
        .check(&types)
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            ["decided_at", "recipient", "ethics_approval", "record_types"]
        );
    }

    #[test]
    fn small_counts_are_suppressed_but_zero_is_not() {
        assert_eq!(shown(0, 5), Some(0));
        assert_eq!(shown(4, 5), None);
        assert_eq!(shown(5, 5), Some(5));
    }

    #[test]
    fn the_same_content_hashes_alike() {
        let types = ["treatment".to_owned()];
        let a = input().check(&types).unwrap();
        let b = input().check(&types).unwrap();
        let c = ReleaseInput {
            recipient: "Other".into(),
            ..input()
        }
        .check(&types)
        .unwrap();
        assert_eq!(a.content_hash, b.content_hash);
        assert_ne!(a.content_hash, c.content_hash);
    }
}
