//! The port through which server functions reach insyn's data. The server
//! crate implements it on top of the database; pages and server functions
//! only see these methods and the types of [`crate::model`].

use crate::{domain::RegisterCode, error::PageError, i18n::Lang, model::*};
use std::sync::Arc;

#[async_trait::async_trait]
pub trait Portal: Send + Sync + 'static {
    /// Every register on the platform, in the given language.
    async fn registers(&self, lang: Lang) -> Result<Vec<RegisterCard>, PageError>;

    /// One register's patient information, or `NotFound`.
    async fn register(&self, code: &RegisterCode, lang: Lang) -> Result<RegisterInfo, PageError>;

    /// Every register with the signed-in patient's place in it. The patient
    /// is the one of the request's session, never a parameter: a page cannot
    /// ask for anyone else's. `SignInRequired` / `Forbidden` otherwise.
    async fn my_registers(&self, lang: Lang) -> Result<Vec<MyRegister>, PageError>;

    /// One page (from 1) of what register `code` holds about the signed-in
    /// patient; the look is recorded in their access log. `NotFound` for an
    /// unknown register.
    async fn my_register_data(
        &self,
        code: &RegisterCode,
        lang: Lang,
        page: i64,
    ) -> Result<RegisterData, PageError>;

    /// What the request form of `kind` for register `code` needs.
    async fn request_form(
        &self,
        code: &RegisterCode,
        kind: crate::domain::RequestKind,
        lang: Lang,
    ) -> Result<RequestFormInfo, PageError>;

    /// The signed-in patient's requests, newest first.
    async fn my_requests(&self, lang: Lang) -> Result<Vec<RequestView>, PageError>;

    /// Where the signed-in patient's notices go.
    async fn notice_address(&self) -> Result<NoticeAddress, PageError>;

    /// One of the signed-in patient's requests; `NotFound` for anyone else's.
    async fn my_request(&self, reference: &str, lang: Lang) -> Result<RequestView, PageError>;

    /// One page of the signed-in patient's access log, newest first. A
    /// filter value that cannot be read (a malformed date or cursor) is
    /// left out.
    async fn my_log(&self, filter: LogFilter, lang: Lang) -> Result<MyLog, PageError>;

    /// Entry `seq` of the signed-in patient's log, to ask why it happened.
    /// `NotFound` for anyone else's entry and for the patient's own views.
    async fn log_inquiry(&self, seq: i64, lang: Lang) -> Result<LogInquiryInfo, PageError>;

    /// The signed-in staff member's queue: requests of their registers only,
    /// by due date, one page after `after` (a cursor from the last page).
    async fn staff_queue(
        &self,
        register: Option<String>,
        kind: Option<String>,
        status: Option<String>,
        after: Option<String>,
    ) -> Result<StaffQueue, PageError>;

    /// One case of the staff member's registers; the look at the patient's
    /// data is recorded in the patient's access log. `NotFound` outside the
    /// staff member's scope.
    async fn staff_case(&self, reference: &str, lang: Lang) -> Result<StaffCase, PageError>;
}

/// The portal as the server provides it to every request's context.
pub type SharedPortal = Arc<dyn Portal>;

/// The portal of the current request.
pub fn portal() -> Result<SharedPortal, PageError> {
    leptos::prelude::use_context::<SharedPortal>().ok_or(PageError::Internal)
}
