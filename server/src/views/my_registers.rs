//! *Mina register*: every register on the platform with the patient's place
//! in it (registered, restricted, opted out, not registered), the number of
//! records and when they last changed.

use super::conn;
use crate::{
    clock::iso_date,
    db::{self, Db},
};
use app::{
    domain::RegistrationStatus,
    error::PageError,
    i18n::Lang,
    model::{MyRegister, MyRegisterStatus},
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

pub async fn of_patient(db: &Db, patient: i64, lang: Lang) -> Result<Vec<MyRegister>, PageError> {
    let mut conn = conn(db).await?;
    let registers = db::registers::list(&mut conn, lang).await?;
    let mine = db::registrations::of_patient(&mut conn, patient).await?;
    let opted_out = db::opt_outs::of_patient(&mut conn, patient).await?;
    let mut summaries = Vec::with_capacity(registers.len());
    for card in &registers {
        summaries.push(db::records::summary_of_patient(&mut conn, patient, &card.code).await?);
    }
    Ok(registers
        .into_iter()
        .zip(summaries)
        .map(|(card, (records, latest))| MyRegister {
            status: status_in(&card.code, &mine, &opted_out),
            code: card.code,
            name: card.name,
            short_name: card.short_name,
            records,
            latest_change: latest.map(iso_date),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

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
