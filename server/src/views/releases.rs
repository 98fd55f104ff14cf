//! Releases of register data as pages show them: one release's summary
//! (shared by the patient's, the public and the staff pages) and the public
//! register of releases of one register ([`RegisterReleasesQuery`]), with
//! the register's handling statistics for rights requests by month.

use super::{PublicAnswer, Views, conn};
use crate::{
    clock::iso_date,
    db::{self, releases::Release},
    releases::shown,
};
use app::{
    domain::{ReleaseForm, RequestStatus},
    error::PageError,
    i18n::Lang,
    model::ReleaseRecipient,
    pages::{
        register_releases::{
            HandlingMonth, PublicRelease, RegisterReleases, RegisterReleasesQuery,
        },
        releases::{ReleaseSummary, ShownCount},
    },
};
use sqlx::AnyConnection;
use std::collections::HashMap;

inventory::submit!(super::Registered::public::<RegisterReleasesQuery>());

/// Names of registers and of their record types in one language, read once
/// for a page of releases.
pub struct Names {
    lang: Lang,
    registers: Vec<(String, String)>,
    types: HashMap<String, HashMap<String, String>>,
}

impl Names {
    pub async fn read(conn: &mut AnyConnection, lang: Lang) -> Result<Self, db::DbError> {
        Ok(Names {
            lang,
            registers: db::registers::names(conn, lang).await?,
            types: HashMap::new(),
        })
    }

    /// The register's name, or its code for one not on the platform.
    pub fn register(&self, code: &str) -> String {
        self.registers
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_owned(), |(_, name)| name.clone())
    }

    /// Reads the record types of `code` if not read yet.
    pub async fn learn(&mut self, conn: &mut AnyConnection, code: &str) -> Result<(), db::DbError> {
        if !self.types.contains_key(code) {
            let content = db::registers::content(conn, code).await?;
            let labels = content
                .iter()
                .map(|t| (t.code.clone(), t.label(self.lang).to_owned()))
                .collect();
            self.types.insert(code.to_owned(), labels);
        }
        Ok(())
    }

    /// A release as pages show it (call [`Names::learn`] for its register first).
    pub fn summary(&self, release: &Release) -> ReleaseSummary {
        let labels = self.types.get(&release.register_code);
        ReleaseSummary {
            id: release.id,
            register_code: release.register_code.clone(),
            register_name: self.register(&release.register_code),
            diary_number: release.diary_number.clone(),
            decided_on: iso_date(release.decided_at),
            delivered_on: release.delivered_on.clone(),
            recipient: release.recipient.clone(),
            purpose: release.purpose,
            legal_basis: release.legal_basis.clone(),
            ethics_approval: release.ethics_approval.clone(),
            form: release.form,
            data: release
                .record_types
                .split_whitespace()
                .map(|code| {
                    labels
                        .and_then(|l| l.get(code))
                        .cloned()
                        .unwrap_or_else(|| code.to_owned())
                })
                .collect(),
            fields: release.fields.clone(),
        }
    }

    /// Summaries of `releases`, reading record types as needed.
    pub async fn summaries(
        &mut self,
        conn: &mut AnyConnection,
        releases: &[Release],
    ) -> Result<Vec<ReleaseSummary>, db::DbError> {
        let mut summaries = Vec::with_capacity(releases.len());
        for release in releases {
            self.learn(conn, &release.register_code).await?;
            summaries.push(self.summary(release));
        }
        Ok(summaries)
    }
}

/// Whom to tell of a completed correction, restriction or erasure (GDPR
/// art. 19): the recipients of the register's earlier releases that
/// carried the patient, with when each was told. Nobody for other requests.
pub async fn recipients(
    conn: &mut AnyConnection,
    patient: i64,
    request: &db::requests::StoredRequest,
) -> Result<Vec<ReleaseRecipient>, db::DbError> {
    let (RequestStatus::Completed, Some(decided_at)) = (request.status, request.decided_at) else {
        return Ok(Vec::new());
    };
    if !crate::release_notices::tells_recipients(request.kind) {
        return Ok(Vec::new());
    }
    let releases =
        db::releases::recipients_to_tell(conn, patient, &request.register_code, decided_at).await?;
    let told = db::releases::notices_of_request(conn, request.id).await?;
    Ok(releases
        .into_iter()
        .map(|release| ReleaseRecipient {
            told_on: told.get(&release.id).map(|at| iso_date(*at)),
            release: release.id,
            recipient: release.recipient,
            diary_number: release.diary_number,
            decided_on: iso_date(release.decided_at),
        })
        .collect())
}

/// A count as the public may see it.
pub fn public_count(count: i64, threshold: u32) -> ShownCount {
    ShownCount {
        count: shown(count, threshold),
        threshold,
    }
}

#[async_trait::async_trait]
impl PublicAnswer for RegisterReleasesQuery {
    async fn answer(self, views: &Views) -> Result<RegisterReleases, PageError> {
        let mut conn = conn(views.db()).await?;
        let Some(info) = db::registers::get(&mut conn, &self.code, self.lang).await? else {
            return Err(PageError::NotFound);
        };
        let threshold = views.settings().suppress_below;
        let releases = db::releases::of_register(&mut conn, self.code.as_str()).await?;
        let mut names = Names::read(&mut conn, self.lang).await?;
        let summaries = names.summaries(&mut conn, &releases).await?;
        let requests = db::requests::handling_of_register(&mut conn, self.code.as_str()).await?;
        Ok(RegisterReleases {
            code: self.code.as_str().to_owned(),
            name: info.name,
            releases: releases
                .iter()
                .zip(summaries)
                .map(|(release, summary)| PublicRelease {
                    summary,
                    // A cohort is as public as a count, whatever the form.
                    cohort: public_count(release.cohort_delivered, threshold),
                    left_out: public_count(release.left_out, threshold),
                    identifiable: release.form != ReleaseForm::Aggregate,
                })
                .collect(),
            handling: handling_by_month(&requests),
        })
    }
}

/// Received, completed, rejected and extended rights requests by month of
/// receipt (Swedish time), with the median and 90th-percentile days to a
/// decision; newest month first.
pub fn handling_by_month(requests: &[db::requests::Handling]) -> Vec<HandlingMonth> {
    let mut months: std::collections::BTreeMap<String, (HandlingMonth, Vec<i64>)> =
        std::collections::BTreeMap::new();
    for request in requests {
        let month = crate::clock::swedish(request.received_at)
            .get(..7)
            .unwrap_or_default()
            .to_owned();
        let (stats, days) = months.entry(month.clone()).or_insert_with(|| {
            (
                HandlingMonth {
                    month,
                    ..HandlingMonth::default()
                },
                Vec::new(),
            )
        });
        stats.received += 1;
        match request.status {
            RequestStatus::Completed => stats.completed += 1,
            RequestStatus::Rejected => stats.rejected += 1,
            _ => {}
        }
        if request.extended {
            stats.extended += 1;
        }
        if let Some(decided) = request.decided_at {
            days.push((decided - request.received_at).max(0) / 86_400);
        }
    }
    months
        .into_values()
        .rev()
        .map(|(mut stats, mut days)| {
            days.sort_unstable();
            stats.median_days = percentile(&days, 50);
            stats.p90_days = percentile(&days, 90);
            stats
        })
        .collect()
}

/// The nearest-rank percentile of sorted `values`.
fn percentile(values: &[i64], p: usize) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    let rank = (p * values.len()).div_ceil(100).max(1);
    values.get(rank - 1).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use db::requests::Handling;

    #[test]
    fn percentiles_are_nearest_rank() {
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[3], 90), Some(3));
        assert_eq!(percentile(&[1, 2, 3, 4], 50), Some(2));
        let ten: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&ten, 90), Some(9));
    }

    #[test]
    fn requests_count_by_month_of_receipt() {
        let day = 86_400;
        // 2026-11-02 and 2026-11-20, and 2026-10-05 (UTC noon).
        let (nov2, nov20, oct5) = (1_793_620_800, 1_795_176_000, 1_791_201_600);
        let requests = [
            Handling {
                received_at: nov2,
                status: RequestStatus::Completed,
                decided_at: Some(nov2 + 10 * day),
                extended: false,
            },
            Handling {
                received_at: nov20,
                status: RequestStatus::Rejected,
                decided_at: Some(nov20 + 2 * day),
                extended: true,
            },
            Handling {
                received_at: nov20,
                status: RequestStatus::Received,
                decided_at: None,
                extended: false,
            },
            Handling {
                received_at: oct5,
                status: RequestStatus::Completed,
                decided_at: Some(oct5 + 30 * day),
                extended: false,
            },
        ];
        let months = handling_by_month(&requests);
        assert_eq!(months.len(), 2);
        assert_eq!(months[0].month, "2026-11");
        assert_eq!(
            (
                months[0].received,
                months[0].completed,
                months[0].rejected,
                months[0].extended
            ),
            (3, 1, 1, 1)
        );
        assert_eq!(
            (months[0].median_days, months[0].p90_days),
            (Some(2), Some(10))
        );
        assert_eq!(months[1].month, "2026-10");
        assert_eq!(months[1].median_days, Some(30));
    }
}
