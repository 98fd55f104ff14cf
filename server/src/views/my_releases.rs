//! The patient's releases and opt-outs ([`MyReleasesQuery`], the
//! `/me/releases` page): the releases that carried them, those that left
//! them out for their research opt-out, and their opt-outs in force — all
//! within the reach of whoever acts for them.

use super::{Answer, PatientView, conn, releases::Names};
use crate::db::{
    self,
    opt_outs::{self, OptOutEvent},
    releases::Release,
};
use app::{
    domain::OptOutKind,
    error::PageError,
    pages::my_releases::{
        Inclusion, MyReleases, MyReleasesQuery, OptOutInForce, ReleaseForPatient,
    },
};

inventory::submit!(super::Registered::patient::<MyReleasesQuery>());

/// Whether `release` carried the patient (`included`) and why, from their
/// research opt-outs (`events`, oldest first). `None`: the release has
/// nothing to do with them (not in it, and no opt-out of theirs left them out).
pub fn inclusion(release: &Release, included: bool, events: &[OptOutEvent]) -> Option<Inclusion> {
    let research: Vec<OptOutEvent> = events
        .iter()
        .filter(|e| e.kind == OptOutKind::Research && opt_outs::reaches(e, &release.register_code))
        .cloned()
        .collect();
    let at_decision = !opt_outs::in_force_at(&research, release.decided_at).is_empty();
    if !included {
        return at_decision.then_some(Inclusion::LeftOut);
    }
    let since = opt_outs::in_force_at(&research, i64::MAX)
        .iter()
        .map(|e| e.at)
        .min();
    Some(match since {
        Some(at) if at > release.decided_at => Inclusion::IncludedBeforeOptOut {
            opted_out_on: crate::clock::iso_date(at),
        },
        _ => Inclusion::Included,
    })
}

#[async_trait::async_trait]
impl Answer for MyReleasesQuery {
    async fn answer(self, view: &PatientView) -> Result<MyReleases, PageError> {
        let mut conn = conn(view.db()).await?;
        let patient = view.patient();
        let events = opt_outs::events_of_patient(&mut conn, patient).await?;
        let registered: Vec<String> = db::registrations::of_patient(&mut conn, patient)
            .await?
            .into_iter()
            .map(|(code, ..)| code)
            .filter(|code| view.covers(code))
            .collect();
        let mut names = Names::read(&mut conn, self.lang).await?;

        let carried = db::releases::of_patient(&mut conn, patient).await?;
        let mut releases = Vec::new();
        for release in &carried {
            if let Some(inclusion) = inclusion(release, true, &events) {
                releases.push((release.clone(), inclusion));
            }
        }
        // Releases of their registers that their opt-out kept them out of.
        for release in db::releases::of_registers(&mut conn, &registered).await? {
            if carried.iter().any(|c| c.id == release.id) {
                continue;
            }
            if let Some(inclusion) = inclusion(&release, false, &events) {
                releases.push((release, inclusion));
            }
        }
        releases.retain(|(r, _)| view.covers(&r.register_code));
        releases.sort_by_key(|(r, _)| std::cmp::Reverse((r.decided_at, r.id)));
        let mut shown = Vec::with_capacity(releases.len());
        for (release, inclusion) in releases {
            names.learn(&mut conn, &release.register_code).await?;
            shown.push(ReleaseForPatient {
                release: names.summary(&release),
                inclusion,
            });
        }

        let opt_outs = opt_outs::in_force_at(&events, i64::MAX)
            .into_iter()
            .filter(|e| e.register_code.as_deref().is_none_or(|c| view.covers(c)))
            .map(|e| OptOutInForce {
                kind: e.kind,
                register: e.register_code.clone(),
                register_name: e.register_code.as_deref().map(|c| names.register(c)),
                since: crate::clock::iso_date(e.at),
                channel: e.channel,
            })
            .collect();
        let may_change = view.acting().is_none_or(|a| a.may_file);
        Ok(MyReleases {
            releases: shown,
            opt_outs,
            registers: registered
                .iter()
                .map(|code| (code.clone(), names.register(code)))
                .collect(),
            may_change,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::{OptOutChannel, ReleaseForm, ReleasePurpose};
    use db::opt_outs::Action;

    fn release(decided_at: i64) -> Release {
        Release {
            id: 1,
            register_code: "qivf".into(),
            diary_number: "1".into(),
            decided_at,
            delivered_on: None,
            recipient: "KI".into(),
            recipient_contact: "x".into(),
            purpose: ReleasePurpose::Research,
            legal_basis: "x".into(),
            ethics_approval: Some("x".into()),
            form: ReleaseForm::Pseudonymised,
            record_types: "treatment".into(),
            fields: "x".into(),
            cohort_submitted: 1,
            cohort_delivered: 1,
            left_out: 0,
            opt_out_fingerprint: String::new(),
            content_hash: String::new(),
            recorded_by_staff: None,
            recorded_by_token: None,
            recorded_at: decided_at,
        }
    }

    fn opted_out(at: i64, register: Option<&str>) -> OptOutEvent {
        OptOutEvent {
            id: 1,
            patient_id: 7,
            kind: OptOutKind::Research,
            register_code: register.map(str::to_owned),
            action: Action::Given,
            at,
            by_patient_id: Some(7),
            acting_as: None,
            by_staff_id: None,
            channel: OptOutChannel::Insyn,
            paper_reference: None,
            identity_check: "e_id".into(),
            request_id: None,
            care_unit: None,
        }
    }

    #[test]
    fn a_release_says_why_it_did_or_did_not_carry_the_patient() {
        let day = 86_400;
        let before = [opted_out(100 * day, None)];
        let other_register = [opted_out(100 * day, Some("ndr"))];
        assert_eq!(
            inclusion(&release(200 * day), false, &before),
            Some(Inclusion::LeftOut)
        );
        assert_eq!(inclusion(&release(50 * day), false, &before), None);
        assert_eq!(
            inclusion(&release(50 * day), true, &before),
            Some(Inclusion::IncludedBeforeOptOut {
                opted_out_on: "1970-04-11".into()
            })
        );
        assert_eq!(
            inclusion(&release(200 * day), true, &other_register),
            Some(Inclusion::Included)
        );
        assert_eq!(inclusion(&release(200 * day), false, &other_register), None);
    }
}
