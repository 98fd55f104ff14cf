//! The log follow-up ([`LogReviewQuery`]): the register and period the
//! page chose (by default the staff member's first register and the last
//! twelve months), the accesses with their flags and marks from
//! [`crate::log_review`], and the staff actions of the register in the
//! period from the audit trail. Only a register's coordinators may.

use super::{StaffAnswer, StaffView, conn};
use crate::{
    clock::{Clock, swedish},
    db::{self, Db, DbError},
    log_review::{self, Period, Reviewed},
};
use app::{
    domain::AccessKind,
    error::PageError,
    i18n::Lang,
    pages::log_review::{
        LogReview, LogReviewQuery, ReviewChoice, ReviewEntry, ReviewMark, StaffAct,
    },
};
use std::collections::HashMap;
use time::{Date, macros::format_description};

inventory::submit!(super::Registered::staff::<LogReviewQuery>());

#[async_trait::async_trait]
impl StaffAnswer for LogReviewQuery {
    async fn answer(self, view: &StaffView) -> Result<LogReview, PageError> {
        let views = view.views();
        let (mut review, _) = read(
            views.db(),
            views.clock(),
            view.staff(),
            &self.choice,
            self.lang,
        )
        .await?;
        review.entries.truncate(LogReview::SHOWN);
        Ok(review)
    }
}

/// The chosen register and period, with defaults; `None` for a register
/// the staff member does not coordinate.
fn chosen(choice: &ReviewChoice, mine: &[String], today: Date) -> Option<(String, Period)> {
    let register = match &choice.register {
        Some(code) => mine.iter().find(|m| *m == code)?.clone(),
        None => mine.first()?.clone(),
    };
    let date = |text: &Option<String>| {
        text.as_deref()
            .and_then(|t| Date::parse(t, format_description!("[year]-[month]-[day]")).ok())
    };
    let to = date(&choice.to).unwrap_or(today);
    let from = date(&choice.from)
        .unwrap_or_else(|| to.replace_year(to.year() - 1).unwrap_or(to))
        .min(to);
    Some((register, Period { from, to }))
}

/// The follow-up of the chosen register and period, every entry, and the
/// period; the page shows the first [`LogReview::SHOWN`], the CSV all.
pub async fn read(
    db: &Db,
    clock: &Clock,
    staff: i64,
    choice: &ReviewChoice,
    lang: Lang,
) -> Result<(LogReview, Period), PageError> {
    let mine = super::staff_releases::held(&mut *conn(db).await?, staff).await?;
    if mine.is_empty() {
        return Err(PageError::Forbidden);
    }
    let (register, period) = chosen(choice, &mine, clock.today()).ok_or(PageError::NotFound)?;
    let reviewed = log_review::review(db, staff, &register, period)
        .await?
        .ok_or(PageError::NotFound)?;
    let mut conn = conn(db).await?;
    let names: HashMap<String, String> = db::registers::names(&mut conn, lang)
        .await?
        .into_iter()
        .collect();
    let flagged = reviewed.iter().filter(|r| !r.flags.is_empty()).count();
    let total = reviewed.len();
    let units: Vec<String> = {
        let mut units: Vec<String> = reviewed
            .iter()
            .filter_map(|r| r.access.care_unit.clone())
            .collect();
        units.sort();
        units.dedup();
        units
    };
    let unit_names = db::care_units::names_of(&mut conn, &units).await?;
    let entries = reviewed
        .into_iter()
        .filter(|r| choice.all || !r.flags.is_empty())
        .map(|r| entry(r, &unit_names))
        .collect::<Result<Vec<_>, DbError>>()?;
    let day = |date: Date| crate::clock::swedish_day_start(date);
    let acts = db::audit_trail::of_register(
        &mut conn,
        &register,
        day(period.from),
        day(period.to.next_day().unwrap_or(period.to)),
    )
    .await?;
    let review = LogReview {
        registers: mine
            .iter()
            .map(|code| {
                (
                    code.clone(),
                    names.get(code).cloned().unwrap_or_else(|| code.clone()),
                )
            })
            .collect(),
        register,
        from: period.from.to_string(),
        to: period.to.to_string(),
        total,
        flagged,
        entries,
        trail: acts.into_iter().map(staff_act).collect(),
    };
    Ok((review, period))
}

fn entry(r: Reviewed, unit_names: &HashMap<String, String>) -> Result<ReviewEntry, DbError> {
    let a = r.access;
    let personnummer = app::domain::Personnummer::parse_long(&a.personnummer)
        .map_err(|_| DbError::Corrupt(format!("patient {}: stored personnummer", a.patient_id)))?
        .formatted();
    let who = match (&a.care_unit, &a.staff_hsa_id) {
        (Some(unit), Some(staff)) => {
            format!("{} ({staff})", unit_names.get(unit).unwrap_or(unit))
        }
        (Some(unit), None) => unit_names.get(unit).unwrap_or(unit).clone(),
        (None, Some(staff)) => staff.clone(),
        (None, None) => String::new(),
    };
    Ok(ReviewEntry {
        seq: a.seq,
        at: swedish(a.occurred_at),
        personnummer,
        who,
        kind: db::parse_code::<AccessKind>(&a.access_kind, "access kind")?,
        reason: a.reason,
        reported_by_register: a.source == "register_system",
        care_unit: a.care_unit,
        staff_hsa_id: a.staff_hsa_id,
        flags: r.flags,
        mark: r.mark.map(|m| ReviewMark {
            reviewer: m.reviewer,
            at: swedish(m.at),
            note: m.note,
        }),
    })
}

pub(super) fn staff_act(act: db::audit_trail::Act) -> StaffAct {
    StaffAct {
        at: swedish(act.at),
        by: act
            .staff_name
            .map(|name| format!("{name} ({})", act.staff_hsa_id.unwrap_or_default())),
        subject: act.subject,
        action: act.action,
    }
}
