//! *Mina register*: every register on the platform with the patient's place
//! in it (registered, restricted, opted out, not registered), the number of
//! records and when they last changed.

use super::conn;
use crate::{
    clock::iso_date,
    db::{self, Db, records::RecordSummary},
};
use app::{
    domain::RegistrationStatus,
    error::PageError,
    i18n::Lang,
    model::{MyRegister, MyRegisterStatus, ToldAtClinic},
};

/// A registration as the patient reads it.
pub fn registration_status(status: RegistrationStatus, since: time::Date) -> MyRegisterStatus {
    let since = since.to_string();
    match status {
        RegistrationStatus::Active => MyRegisterStatus::Registered { since },
        RegistrationStatus::Restricted => MyRegisterStatus::Restricted { since },
    }
}

/// The patient's place in register `code`, from their registrations and
/// opt-outs.
pub fn status_in(
    code: &str,
    registrations: &[(String, RegistrationStatus, time::Date)],
    opted_out: &[String],
) -> MyRegisterStatus {
    match registrations.iter().find(|(c, ..)| c == code) {
        Some((_, status, since)) => registration_status(*status, *since),
        None if opted_out.iter().any(|c| c == code) => MyRegisterStatus::OptedOut,
        None => MyRegisterStatus::NotRegistered,
    }
}

/// When the patient's data in a register last changed: the latest date a
/// record is about, or a later correction — never the day the data was
/// loaded into insyn.
pub fn latest_change(summary: &RecordSummary) -> Option<String> {
    let corrected = summary.last_corrected_at.map(iso_date);
    // ISO dates order as text.
    summary.last_recorded_on.clone().max(corrected)
}

/// The opt-outs in force now that a clinic registered for the patient, by
/// register, with the clinic's name.
async fn told_at_clinics(
    conn: &mut sqlx::AnyConnection,
    events: &[db::opt_outs::OptOutEvent],
) -> Result<Vec<(String, ToldAtClinic)>, db::DbError> {
    // As the rows stand: no event is dated in the future.
    let told: Vec<&db::opt_outs::OptOutEvent> = db::opt_outs::in_force_at(events, i64::MAX)
        .into_iter()
        .filter(|e| e.care_unit.is_some() && e.register_code.is_some())
        .collect();
    if told.is_empty() {
        return Ok(Vec::new());
    }
    let units: Vec<String> = told.iter().filter_map(|e| e.care_unit.clone()).collect();
    let names = db::care_units::names_of(conn, &units).await?;
    Ok(told
        .into_iter()
        .filter_map(|e| {
            let (code, unit) = (e.register_code.clone()?, e.care_unit.clone()?);
            let clinic = names.get(&unit).cloned().unwrap_or(unit);
            Some((
                code,
                ToldAtClinic {
                    kind: e.kind,
                    clinic,
                    on: iso_date(e.at),
                },
            ))
        })
        .collect())
}

pub async fn of_patient(db: &Db, patient: i64, lang: Lang) -> Result<Vec<MyRegister>, PageError> {
    let mut conn = conn(db).await?;
    let registers = db::registers::list(&mut conn, lang).await?;
    let mine = db::registrations::of_patient(&mut conn, patient).await?;
    // The opt-out events once, for both the statuses and the clinics' notes.
    let events = db::opt_outs::events_of_patient(&mut conn, patient).await?;
    let opted_out =
        db::opt_outs::registration_opted_out(&events, registers.iter().map(|c| c.code.as_str()));
    let summaries = db::records::summaries_of_patient(&mut conn, patient).await?;
    let told = told_at_clinics(&mut conn, &events).await?;
    Ok(registers
        .into_iter()
        .map(|card| {
            let summary = summaries
                .iter()
                .find(|s| s.register_code == card.code)
                .cloned()
                .unwrap_or_default();
            MyRegister {
                status: status_in(&card.code, &mine, &opted_out),
                told_at_clinic: told
                    .iter()
                    .filter(|(code, _)| *code == card.code)
                    .map(|(_, told)| told.clone())
                    .collect(),
                records: summary.records,
                latest_change: latest_change(&summary),
                code: card.code,
                name: card.name,
                short_name: card.short_name,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_latest_change_is_the_records_own_date_or_a_later_correction() {
        let summary = RecordSummary {
            register_code: "qivf".into(),
            records: 3,
            last_recorded_on: Some("2024-05-02".into()),
            last_corrected_at: None,
        };
        assert_eq!(latest_change(&summary).as_deref(), Some("2024-05-02"));
        let corrected = RecordSummary {
            last_corrected_at: Some(1_782_900_000),
            ..summary.clone()
        };
        assert_eq!(latest_change(&corrected).as_deref(), Some("2026-07-01"));
        assert_eq!(latest_change(&RecordSummary::default()), None);
    }

    #[test]
    fn the_patients_place_in_each_register() {
        let mine = vec![
            (
                "qivf".to_owned(),
                RegistrationStatus::Active,
                date!(2021 - 03 - 15),
            ),
            (
                "ndr".to_owned(),
                RegistrationStatus::Restricted,
                date!(2020 - 01 - 02),
            ),
        ];
        let opted_out = vec!["riksstroke".to_owned()];
        assert_eq!(
            status_in("qivf", &mine, &opted_out),
            MyRegisterStatus::Registered {
                since: "2021-03-15".into()
            }
        );
        assert_eq!(
            status_in("ndr", &mine, &opted_out),
            MyRegisterStatus::Restricted {
                since: "2020-01-02".into()
            }
        );
        assert_eq!(
            status_in("riksstroke", &mine, &opted_out),
            MyRegisterStatus::OptedOut
        );
        assert_eq!(
            status_in("other", &mine, &opted_out),
            MyRegisterStatus::NotRegistered
        );
    }
}
