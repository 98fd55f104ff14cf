//! Releases for register staff ([`StaffReleasesQuery`], [`ReleaseFormQuery`],
//! [`StaffReleaseQuery`]): only of the registers the staff member holds as
//! the database has them on this request. A release of another register
//! is not found, as one that does not exist.

use super::{StaffAnswer, StaffView, conn, releases::Names};
use crate::{clock::swedish, db};
use app::{
    error::PageError,
    pages::{
        releases::ReleaseSummary,
        staff_releases::{
            FormRegister, ReleaseFormQuery, StaffRelease, StaffReleaseQuery, StaffReleasesQuery,
        },
    },
};
use sqlx::AnyConnection;

inventory::submit!(super::Registered::staff::<StaffReleasesQuery>());
inventory::submit!(super::Registered::staff::<ReleaseFormQuery>());
inventory::submit!(super::Registered::staff::<StaffReleaseQuery>());

/// The registers the staff member coordinates now (releases are the
/// register's decisions); `Forbidden` if no longer active.
pub async fn held(conn: &mut AnyConnection, staff: i64) -> Result<Vec<String>, PageError> {
    db::staff::active_by_id(conn, staff)
        .await?
        .map(|member| member.coordinated().to_vec())
        .ok_or(PageError::Forbidden)
}

#[async_trait::async_trait]
impl StaffAnswer for StaffReleasesQuery {
    async fn answer(self, view: &StaffView) -> Result<Vec<ReleaseSummary>, PageError> {
        let mut conn = conn(view.views().db()).await?;
        let registers = held(&mut conn, view.staff()).await?;
        let releases = db::releases::of_registers(&mut conn, &registers).await?;
        let mut names = Names::read(&mut conn, self.lang).await?;
        Ok(names.summaries(&mut conn, &releases).await?)
    }
}

#[async_trait::async_trait]
impl StaffAnswer for ReleaseFormQuery {
    async fn answer(self, view: &StaffView) -> Result<Vec<FormRegister>, PageError> {
        let mut conn = conn(view.views().db()).await?;
        let registers = held(&mut conn, view.staff()).await?;
        let names = Names::read(&mut conn, self.lang).await?;
        let mut form = Vec::with_capacity(registers.len());
        for code in registers {
            let types = db::registers::content(&mut conn, &code).await?;
            form.push(FormRegister {
                name: names.register(&code),
                record_types: types
                    .iter()
                    .map(|t| (t.code.clone(), t.label(self.lang).to_owned()))
                    .collect(),
                code,
            });
        }
        Ok(form)
    }
}

#[async_trait::async_trait]
impl StaffAnswer for StaffReleaseQuery {
    async fn answer(self, view: &StaffView) -> Result<StaffRelease, PageError> {
        let mut conn = conn(view.views().db()).await?;
        let registers = held(&mut conn, view.staff()).await?;
        let Some(release) = db::releases::get(&mut conn, self.id).await? else {
            return Err(PageError::NotFound);
        };
        if !registers.contains(&release.register_code) {
            return Err(PageError::NotFound);
        }
        let mut names = Names::read(&mut conn, self.lang).await?;
        names.learn(&mut conn, &release.register_code).await?;
        let recorded_by = match release.recorded_by_staff {
            Some(id) => db::staff::name_of(&mut conn, id).await?,
            None => None,
        };
        Ok(StaffRelease {
            summary: names.summary(&release),
            recipient_contact: release.recipient_contact.clone(),
            submitted: release.cohort_submitted,
            delivered: release.cohort_delivered,
            left_out: release.left_out,
            fingerprint: release.opt_out_fingerprint.clone(),
            recorded_by,
            recorded_at: swedish(release.recorded_at),
        })
    }
}
