//! Opt-outs told at the clinic ([`ClinicOptOutsQuery`]): the signed-in
//! clinic staff member's registers and care units as the database has
//! them on this request, and the opt-outs registered at those units lately.
//! Anyone but clinic staff is refused.

use super::{StaffAnswer, StaffView, conn};
use crate::{clock::swedish, db};
use app::{
    domain::StaffRole,
    error::PageError,
    pages::clinic_opt_outs::{ClinicOptOuts, ClinicOptOutsQuery, ToldOptOut},
};
use std::collections::HashMap;

inventory::submit!(super::Registered::staff::<ClinicOptOutsQuery>());

/// How many of the latest opt-outs the page lists.
const RECENT: i64 = 50;

#[async_trait::async_trait]
impl StaffAnswer for ClinicOptOutsQuery {
    async fn answer(self, view: &StaffView) -> Result<ClinicOptOuts, PageError> {
        let mut conn = conn(view.views().db()).await?;
        let member = db::staff::active_by_id(&mut conn, view.staff())
            .await?
            .filter(|m| m.role == StaffRole::Clinic)
            .ok_or(PageError::Forbidden)?;
        let register_names: HashMap<String, String> = db::registers::names(&mut conn, self.lang)
            .await?
            .into_iter()
            .collect();
        let unit_names = db::care_units::names_of(&mut conn, &member.care_units).await?;
        let name_of = |names: &HashMap<String, String>, code: &str| {
            names.get(code).cloned().unwrap_or_else(|| code.to_owned())
        };
        let events = db::opt_outs::told_at_units(&mut conn, &member.care_units, RECENT).await?;
        let mut recent = Vec::with_capacity(events.len());
        let mut staff_names: HashMap<i64, String> = HashMap::new();
        for event in events {
            let staff_name = match event.by_staff_id {
                Some(id) => match staff_names.get(&id) {
                    Some(name) => name.clone(),
                    None => {
                        let name = db::staff::name_of(&mut conn, id).await?.unwrap_or_default();
                        staff_names.insert(id, name.clone());
                        name
                    }
                },
                None => String::new(),
            };
            let patient = db::patients::header(&mut conn, event.patient_id).await?;
            let later = db::opt_outs::events_of_patient(&mut conn, event.patient_id).await?;
            let in_force = db::opt_outs::in_force_at(&later, i64::MAX)
                .iter()
                .any(|e| e.id == event.id);
            recent.push(ToldOptOut {
                id: event.id,
                personnummer: patient.personnummer.formatted(),
                register_name: name_of(
                    &register_names,
                    event.register_code.as_deref().unwrap_or(""),
                ),
                kind: event.kind,
                channel: event.channel,
                unit_name: name_of(&unit_names, event.care_unit.as_deref().unwrap_or("")),
                staff_name,
                at: swedish(event.at),
                in_force,
            });
        }
        Ok(ClinicOptOuts {
            registers: member
                .registers
                .iter()
                .map(|code| (code.clone(), name_of(&register_names, code)))
                .collect(),
            units: member
                .care_units
                .iter()
                .map(|unit| (unit.clone(), name_of(&unit_names, unit)))
                .collect(),
            recent,
        })
    }
}
