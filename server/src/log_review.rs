//! The log follow-up (HSLF-FS 2016:40 4 kap. 9 §: the controller checks its
//! access logs systematically for access that was not allowed). For one
//! register and period: every access by someone other than the patient —
//! insyn's own staff, clinics, and what the register systems report — with
//! the flags a reviewer acts on, each defined in [`LogFlag`]; the
//! reviewers' marks with their notes (every mark kept); the review itself
//! written to the audit trail.
//!
//! Who may review is read from the database on each call: the register's
//! coordinators. Anyone else gets `None`, as for a register that does not
//! exist.

use crate::{
    clock::{Clock, swedish_day_start, swedish_local},
    db::{
        self, Db, DbError,
        access_reviews::{Access, Mark},
        audit_trail::NewAct,
    },
};
use app::domain::{AuditAction, LogFlag};
use std::collections::{BTreeMap, HashMap, HashSet};
use time::{Date, Weekday};

/// At least this many accesses in a day before the day can be flagged.
pub const MANY_AT_LEAST: usize = 20;
/// A day is flagged above this many times the actor's daily median.
pub const MANY_TIMES_MEDIAN: usize = 3;
/// The days before a day whose median it is compared with.
pub const MEDIAN_DAYS: i64 = 30;
/// Office hours in Swedish time: from 07:00 until 19:00, Monday to Friday.
pub const OFFICE_HOURS: std::ops::Range<u8> = 7..19;

/// One access with its flags and its latest mark.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub access: Access,
    pub flags: Vec<LogFlag>,
    pub mark: Option<Mark>,
}

/// A period of Swedish calendar days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl Period {
    fn start(self) -> i64 {
        swedish_day_start(self.from)
    }

    fn end(self) -> i64 {
        swedish_day_start(self.to.next_day().unwrap_or(self.to))
    }
}

/// Whether staff member `staff` may review `register`'s log now.
async fn may_review(
    conn: &mut sqlx::AnyConnection,
    staff: i64,
    register: &str,
) -> Result<bool, DbError> {
    Ok(db::staff::active_by_id(conn, staff)
        .await?
        .is_some_and(|member| member.coordinated().iter().any(|r| r == register)))
}

/// The register's accesses in `period` with their flags and marks;
/// `None` if `staff` may not review the register.
pub async fn review(
    db: &Db,
    staff: i64,
    register: &str,
    period: Period,
) -> Result<Option<Vec<Reviewed>>, DbError> {
    let mut conn = db.pool().acquire().await?;
    if !may_review(&mut conn, staff, register).await? {
        return Ok(None);
    }
    let start = period.start();
    // The 30 days before the period too: the daily medians need them.
    let before = start - MEDIAN_DAYS * 24 * 3600;
    let accesses = db::access_reviews::accesses(&mut conn, register, before, period.end()).await?;
    let patients: Vec<i64> = {
        let set: HashSet<i64> = accesses.iter().map(|a| a.patient_id).collect();
        set.into_iter().collect()
    };
    let reporting = db::access_reviews::reporting_units(&mut conn, register, &patients).await?;
    let cases = db::access_reviews::cases_open(&mut conn, register, &patients).await?;
    let flagged = flags(&accesses, start, &reporting, &cases);
    let seqs: Vec<i64> = flagged.iter().map(|(i, _)| accesses[*i].seq).collect();
    let mut marks = db::access_reviews::latest_marks(&mut conn, &seqs).await?;
    Ok(Some(
        flagged
            .into_iter()
            .map(|(i, flags)| Reviewed {
                mark: marks.remove(&accesses[i].seq),
                access: accesses[i].clone(),
                flags,
            })
            .collect(),
    ))
}

/// The flags of each access at or after `start` (the earlier ones only
/// count towards the medians), by position in `accesses`.
pub fn flags(
    accesses: &[Access],
    start: i64,
    reporting: &HashSet<(i64, String)>,
    cases: &HashMap<i64, Vec<(i64, Option<i64>)>>,
) -> Vec<(usize, Vec<LogFlag>)> {
    let busy = busy_days(accesses, start);
    accesses
        .iter()
        .enumerate()
        .filter(|(_, a)| a.occurred_at >= start)
        .map(|(i, a)| {
            let mut flags = Vec::new();
            if without_relation(a, reporting, cases) {
                flags.push(LogFlag::NoRelation);
            }
            if actor(a)
                .is_some_and(|who| busy.contains(&(who, swedish_local(a.occurred_at).date())))
            {
                flags.push(LogFlag::ManyInADay);
            }
            if off_hours(a.occurred_at) {
                flags.push(LogFlag::OffHours);
            }
            if a.protected_identity != 0 {
                flags.push(LogFlag::ProtectedPerson);
            }
            (i, flags)
        })
        .collect()
}

/// Who accessed, as the busy-day flag counts them: the staff member if the
/// entry names one, else the care unit. Only looks at the data count: a
/// release (a decided disclosure of a whole cohort) or a registered
/// opt-out is not someone browsing.
fn actor(access: &Access) -> Option<&str> {
    let looked = ["read", "export", "correction"].contains(&access.access_kind.as_str());
    looked
        .then(|| {
            access
                .staff_hsa_id
                .as_deref()
                .or(access.care_unit.as_deref())
        })
        .flatten()
}

/// A care unit's access to a person it has reported nothing about, with no
/// case about them open at the time. Registering an opt-out reads no data,
/// and an access by no care unit (the register's own staff, a release) is
/// the register's own.
fn without_relation(
    access: &Access,
    reporting: &HashSet<(i64, String)>,
    cases: &HashMap<i64, Vec<(i64, Option<i64>)>>,
) -> bool {
    let Some(unit) = &access.care_unit else {
        return false;
    };
    if access.access_kind == app::domain::AccessKind::OptOut.as_str() {
        return false;
    }
    let reported = reporting.contains(&(access.patient_id, unit.clone()));
    let open_case = cases.get(&access.patient_id).is_some_and(|spans| {
        spans.iter().any(|&(received, decided)| {
            received <= access.occurred_at && decided.is_none_or(|d| d >= access.occurred_at)
        })
    });
    !reported && !open_case
}

/// Outside office hours in Swedish time, or on a weekend.
pub fn off_hours(unix: i64) -> bool {
    let local = swedish_local(unix);
    matches!(local.weekday(), Weekday::Saturday | Weekday::Sunday)
        || !OFFICE_HOURS.contains(&local.hour())
}

/// The (actor, day) pairs from `start` on with more accesses than
/// [`MANY_TIMES_MEDIAN`] times the actor's median over the
/// [`MEDIAN_DAYS`] days before (days without access count as 0), and at
/// least [`MANY_AT_LEAST`].
fn busy_days(accesses: &[Access], start: i64) -> HashSet<(&str, Date)> {
    let mut per_day: HashMap<&str, BTreeMap<Date, usize>> = HashMap::new();
    for a in accesses {
        let Some(who) = actor(a) else { continue };
        *per_day
            .entry(who)
            .or_default()
            .entry(swedish_local(a.occurred_at).date())
            .or_default() += 1;
    }
    let first = swedish_local(start).date();
    let mut busy = HashSet::new();
    for (who, days) in &per_day {
        for (&day, &count) in days.range(first..) {
            if count < MANY_AT_LEAST {
                continue;
            }
            let mut window: Vec<usize> = (1..=MEDIAN_DAYS)
                .map(|back| {
                    let earlier = day - time::Duration::days(back);
                    days.get(&earlier).copied().unwrap_or(0)
                })
                .collect();
            window.sort_unstable();
            // The lower median of an even count: the smaller threshold.
            let median = window[window.len() / 2 - 1];
            if count > MANY_TIMES_MEDIAN * median {
                busy.insert((*who, day));
            }
        }
    }
    busy
}

#[derive(Debug, PartialEq, Eq)]
pub enum MarkRefused {
    /// Not a coordinator of the entry's register, or no such entry.
    NotFound,
    /// The note is empty or longer than [`NOTE_MAX`] characters.
    Note,
}

/// The longest note a mark keeps.
pub const NOTE_MAX: usize = 2000;

/// Marks entry `seq` of `register` reviewed by `staff`, with `note`; the
/// mark and the act in the audit trail in one transaction.
pub async fn mark(
    db: &Db,
    clock: &Clock,
    staff: i64,
    register: &str,
    seq: i64,
    note: &str,
) -> Result<Result<(), MarkRefused>, DbError> {
    let note = note.trim();
    if note.is_empty() || note.chars().count() > NOTE_MAX {
        return Ok(Err(MarkRefused::Note));
    }
    let mut tx = db.begin_write().await?;
    if !may_review(&mut tx, staff, register).await?
        || db::access_reviews::register_of(&mut tx, seq)
            .await?
            .as_deref()
            != Some(register)
    {
        return Ok(Err(MarkRefused::NotFound));
    }
    let now = clock.unix();
    db::access_reviews::mark(&mut tx, seq, staff, now, note).await?;
    db::audit_trail::record(
        &mut tx,
        &NewAct {
            at: now,
            staff_id: Some(staff),
            action: AuditAction::LogReviewed,
            register: Some(register),
            patient_id: None,
            subject: &seq.to_string(),
            details: serde_json::json!({ "note": note }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Records in the audit trail that `staff` exported the follow-up of
/// `register` for `period`.
pub async fn exported(
    db: &Db,
    clock: &Clock,
    staff: i64,
    register: &str,
    period: Period,
    rows: usize,
) -> Result<(), DbError> {
    let mut tx = db.begin_write().await?;
    db::audit_trail::record(
        &mut tx,
        &NewAct {
            at: clock.unix(),
            staff_id: Some(staff),
            action: AuditAction::LogReviewed,
            register: Some(register),
            patient_id: None,
            subject: &format!("{}..{}", period.from, period.to),
            details: serde_json::json!({ "export": "csv", "rows": rows }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn access(seq: i64, patient: i64, unit: &str, at: time::OffsetDateTime) -> Access {
        Access {
            seq,
            patient_id: patient,
            personnummer: "191212121212".into(),
            protected_identity: 0,
            occurred_at: at.unix_timestamp(),
            actor_kind: "care_unit".into(),
            care_unit: Some(unit.into()),
            staff_hsa_id: None,
            access_kind: "read".into(),
            reason: None,
            source: "register_system".into(),
        }
    }

    fn flags_of(accesses: &[Access], start: i64) -> Vec<Vec<LogFlag>> {
        let reporting: HashSet<(i64, String)> = [(1, "U1".to_owned()), (2, "U1".to_owned())].into();
        let cases: HashMap<i64, Vec<(i64, Option<i64>)>> = [(
            3,
            vec![(datetime!(2026-10-01 00:00 UTC).unix_timestamp(), None)],
        )]
        .into();
        flags(accesses, start, &reporting, &cases)
            .into_iter()
            .map(|(_, f)| f)
            .collect()
    }

    #[test]
    fn office_hours_are_seven_to_nineteen_swedish_time_on_weekdays() {
        let at = |t: time::OffsetDateTime| off_hours(t.unix_timestamp());
        // Wednesday 14 October 2026, summer time (UTC+2).
        assert!(at(datetime!(2026-10-14 04:59 UTC)), "06:59");
        assert!(!at(datetime!(2026-10-14 05:00 UTC)), "07:00");
        assert!(!at(datetime!(2026-10-14 16:59 UTC)), "18:59");
        assert!(at(datetime!(2026-10-14 17:00 UTC)), "19:00");
        // Wednesday 4 November 2026, winter time (UTC+1).
        assert!(at(datetime!(2026-11-04 05:59 UTC)), "06:59");
        assert!(!at(datetime!(2026-11-04 06:00 UTC)), "07:00");
        // Saturday noon; Friday 23:30 UTC is Saturday 00:30 in Sweden.
        assert!(at(datetime!(2026-10-17 10:00 UTC)));
        assert!(at(datetime!(2026-11-06 23:30 UTC)));
    }

    #[test]
    fn a_unit_without_a_record_or_an_open_case_is_flagged() {
        let noon = datetime!(2026-10-14 10:00 UTC);
        let accesses = [
            access(1, 1, "U1", noon),
            access(2, 1, "U2", noon),
            access(3, 3, "U2", noon),
            access(4, 3, "U2", datetime!(2026-09-30 10:00 UTC)),
        ];
        let flags = flags_of(&accesses, 0);
        assert_eq!(flags[0], vec![], "U1 reported about patient 1");
        assert_eq!(flags[1], vec![LogFlag::NoRelation]);
        assert_eq!(
            flags[2],
            vec![],
            "patient 3 has a case open since 1 October"
        );
        assert_eq!(flags[3], vec![LogFlag::NoRelation], "before the case");
        let mut opt_out = access(5, 1, "U2", noon);
        opt_out.access_kind = "opt_out".into();
        assert_eq!(
            flags_of(&[opt_out], 0)[0],
            vec![],
            "an opt-out reads no data"
        );
        let mut protected = access(6, 1, "U1", noon);
        protected.protected_identity = 1;
        assert_eq!(flags_of(&[protected], 0)[0], vec![LogFlag::ProtectedPerson]);
    }

    #[test]
    fn a_busy_day_is_flagged_against_the_median_of_the_thirty_before() {
        let day = datetime!(2026-11-11 08:00 UTC);
        let start = datetime!(2026-11-01 00:00 UTC).unix_timestamp();
        let burst = |n: i64, from_seq: i64| -> Vec<Access> {
            (0..n)
                .map(|i| access(from_seq + i, 1, "U1", day + time::Duration::minutes(i)))
                .collect()
        };
        let busy = |accesses: &[Access]| {
            flags_of(accesses, start)
                .iter()
                .filter(|f| f.contains(&LogFlag::ManyInADay))
                .count()
        };
        assert_eq!(busy(&burst(19, 1)), 0, "under 20 is never flagged");
        assert_eq!(busy(&burst(20, 1)), 20);
        // Seven a day on each of the 30 days before: the median is 7, and
        // 20 is not above 21.
        let mut usual: Vec<Access> = (1..=30)
            .flat_map(|back| {
                (0..7).map(move |i| {
                    access(
                        1000 + back * 10 + i,
                        1,
                        "U1",
                        day - time::Duration::days(back) + time::Duration::minutes(i),
                    )
                })
            })
            .collect();
        usual.extend(burst(20, 1));
        assert_eq!(busy(&usual), 0);
        usual.extend(burst(2, 100));
        assert_eq!(busy(&usual), 22, "22 is above 3 × 7");
    }
}
