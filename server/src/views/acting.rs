//! Whom the signed-in person may act for ([`ActingChoicesQuery`], the
//! `/me/acting` page) and who may act for them ([`ProxiesQuery`], the
//! `/me/proxies` page), as the delegation rules allow it today. Relations
//! that are not in force, and every relation with a protected person, are
//! left out without a word.

use super::{Answer, PatientView, conn};
use crate::{
    db,
    delegation::{self, Acting, PROXY_MAX_DAYS},
};
use app::{
    error::PageError,
    pages::{
        acting::{ActingChoice, ActingChoices, ActingChoicesQuery},
        proxies::{ActingForMe, Proxies, ProxiesQuery},
    },
};

inventory::submit!(super::Registered::patient::<ActingChoicesQuery>());
inventory::submit!(super::Registered::patient::<ProxiesQuery>());

/// Register codes as their names in `lang`.
fn register_names(acting: &Acting, names: &[(String, String)]) -> Option<Vec<String>> {
    acting.registers.as_ref().map(|codes| {
        codes
            .iter()
            .map(|code| {
                names
                    .iter()
                    .find(|(c, _)| c == code.as_str())
                    .map_or_else(|| code.as_str().to_owned(), |(_, name)| name.clone())
            })
            .collect()
    })
}

#[async_trait::async_trait]
impl Answer for ActingChoicesQuery {
    async fn answer(self, view: &PatientView) -> Result<ActingChoices, PageError> {
        let mut conn = conn(view.db()).await?;
        let today = view.clock().today();
        let choices = delegation::choices(&mut conn, view.me(), today, view.ages()).await?;
        let (me, names) = if self.offer_only {
            (String::new(), Vec::new())
        } else {
            let names = db::registers::names(&mut conn, self.lang).await?;
            (
                db::patients::header(&mut conn, view.me()).await?.name(),
                names,
            )
        };
        Ok(ActingChoices {
            me,
            choices: choices
                .iter()
                .map(|acting| ActingChoice {
                    relation: acting.relation,
                    kind: acting.kind,
                    name: acting.subject_name.clone(),
                    may_file: acting.may_file,
                    registers: register_names(acting, &names),
                    until: acting.valid_until.to_string(),
                })
                .collect(),
            current: view.acting().map(|a| a.relation),
        })
    }
}

#[async_trait::async_trait]
impl Answer for ProxiesQuery {
    async fn answer(self, view: &PatientView) -> Result<Proxies, PageError> {
        // Only for oneself: a proxy does not see, or grant, their principal's proxies.
        if view.acting().is_some() {
            return Err(PageError::Forbidden);
        }
        let mut conn = conn(view.db()).await?;
        let today = view.clock().today();
        let names = db::registers::names(&mut conn, self.lang).await?;
        let for_me = delegation::acting_for_me(&mut conn, view.me(), today, view.ages()).await?;
        let may_act_for_others = !delegation::choices(&mut conn, view.me(), today, view.ages())
            .await?
            .is_empty();
        let max_until = today + time::Duration::days(PROXY_MAX_DAYS - 1);
        Ok(Proxies {
            for_me: for_me
                .iter()
                .map(|acting| ActingForMe {
                    relation: acting.relation,
                    kind: acting.kind,
                    name: acting.agent_name.clone(),
                    may_file: acting.may_file,
                    registers: register_names(acting, &names),
                    until: acting.valid_until.to_string(),
                    reference: acting.reference.clone(),
                })
                .collect(),
            registers: names,
            max_until: max_until.to_string(),
            may_act_for_others,
        })
    }
}
