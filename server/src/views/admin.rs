//! Platform administration ([`AdminQuery`]): every staff account, every
//! register token (never its secret), the care-unit catalogue, the
//! registers and the latest administrative changes. Only for an
//! administrator, as the database has them on this request.

use super::{StaffAnswer, StaffView, conn, log_review::staff_act};
use crate::{clock::swedish, db, staff_admin};
use app::{
    domain::AuditAction,
    error::PageError,
    pages::admin::{AccountView, AdminData, AdminQuery, TokenView},
};

inventory::submit!(super::Registered::staff::<AdminQuery>());

/// How many of the latest changes the start page lists.
const TRAIL: i64 = 200;

#[async_trait::async_trait]
impl StaffAnswer for AdminQuery {
    async fn answer(self, view: &StaffView) -> Result<AdminData, PageError> {
        let db = view.views().db();
        if !staff_admin::is_admin(db, view.staff()).await? {
            return Err(PageError::Forbidden);
        }
        let mut conn = conn(db).await?;
        let staff = db::staff::accounts(&mut conn)
            .await?
            .into_iter()
            .map(|a| AccountView {
                hsa_id: a.hsa_id,
                name: a.name,
                email: a.email,
                role: a.role,
                active: a.active,
                registers: a.registers,
                care_units: a.care_units,
            })
            .collect();
        let tokens = db::api_tokens::list(&mut conn)
            .await?
            .into_iter()
            .map(|t| TokenView {
                id: t.id,
                register: t.register_code,
                label: t.label,
                created: swedish(t.created_at),
                revoked: t.revoked_at.map(swedish),
            })
            .collect();
        let trail = db::audit_trail::latest_of(
            &mut conn,
            &[
                AuditAction::StaffSaved,
                AuditAction::TokenCreated,
                AuditAction::TokenRevoked,
                AuditAction::CareUnitSaved,
            ],
            TRAIL,
        )
        .await?;
        Ok(AdminData {
            staff,
            tokens,
            care_units: db::care_units::list(&mut conn).await?,
            registers: db::registers::names(&mut conn, self.lang).await?,
            trail: trail.into_iter().map(staff_act).collect(),
        })
    }
}
