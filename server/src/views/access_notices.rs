//! The patient's notices on access ([`AccessNoticesQuery`], the
//! `/me/log/notices` page): their confirmed address, what they chose, and
//! the registers they are in to choose from. Notices are about one's own
//! log, so someone acting for another person only learns that.

use super::{Answer, PatientView, conn, releases::Names};
use crate::db::{self, access_notices};
use app::{
    error::PageError,
    pages::access_notices::{AccessNotices, AccessNoticesQuery, NoticesChosen},
};

inventory::submit!(super::Registered::patient::<AccessNoticesQuery>());

#[async_trait::async_trait]
impl Answer for AccessNoticesQuery {
    async fn answer(self, view: &PatientView) -> Result<AccessNotices, PageError> {
        if view.acting().is_some() {
            return Ok(AccessNotices {
                address: None,
                chosen: None,
                registers: Vec::new(),
                acting: true,
            });
        }
        let me = view.me();
        let mut conn = conn(view.db()).await?;
        let address = db::patients::notice_address(&mut conn, me).await?;
        let chosen = access_notices::get(&mut conn, me)
            .await?
            .map(|c| NoticesChosen {
                registers: c.registers,
                cadence: c.cadence,
                only_unrelated: c.only_unrelated,
            });
        let names = Names::read(&mut conn, self.lang).await?;
        let registers = db::registrations::of_patient(&mut conn, me)
            .await?
            .into_iter()
            .map(|(code, ..)| {
                let name = names.register(&code);
                (code, name)
            })
            .collect();
        Ok(AccessNotices {
            address: address.confirmed_email().map(str::to_owned),
            chosen,
            registers,
            acting: false,
        })
    }
}
