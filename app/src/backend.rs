//! The ports through which server functions reach insyn's data, one per
//! audience: the [`Catalog`] of registers (public pages), the
//! [`PatientPortal`] and the [`StaffPortal`]. The server crate implements
//! them on top of the database and provides, for every request, a
//! [`Ports`] whose signed-in portal is already bound to the person of the
//! request's session: whose data it serves and who is acting are never a
//! parameter, so a page cannot ask for anyone else's. Pages and server
//! functions only see these methods and the types of [`crate::model`].

use crate::{domain::RegisterCode, error::PageError, i18n::Lang, model::*};
use std::{any::Any, sync::Arc};

/// A question a page asks about the signed-in patient's data, declared in
/// the page's own module with its answer. The server answers it in a view
/// module of its own (`server/src/views/`), so adding a page adds files
/// instead of editing a central port.
pub trait PatientQuery: Send + 'static {
    type Answer: Send + 'static;
}

/// A question a staff page asks within the staff member's registers,
/// declared and answered like a [`PatientQuery`].
pub trait StaffQuery: Send + 'static {
    type Answer: Send + 'static;
}

/// A question a public page asks (no person data), declared and answered
/// like a [`PatientQuery`].
pub trait PublicQuery: Send + 'static {
    type Answer: Send + 'static;
}

/// A question or an answer on its way through the port.
pub type Boxed = Box<dyn Any + Send>;

/// The registers on the platform, for everyone.
#[async_trait::async_trait]
pub trait Catalog: Send + Sync + 'static {
    /// Every register on the platform, in the given language.
    async fn registers(&self, lang: Lang) -> Result<Vec<RegisterCard>, PageError>;

    /// One register's patient information, or `NotFound`.
    async fn register(&self, code: &RegisterCode, lang: Lang) -> Result<RegisterInfo, PageError>;

    /// Answers a public page's [`PublicQuery`]; pages call [`dyn Catalog::ask`].
    async fn answer(&self, query: Boxed) -> Result<Boxed, PageError>;
}

/// The answer to a question, unboxed.
async fn unboxed<A: 'static>(
    answer: impl std::future::Future<Output = Result<Boxed, PageError>>,
) -> Result<A, PageError> {
    answer
        .await?
        .downcast::<A>()
        .map(|answer| *answer)
        .map_err(|_| PageError::Internal)
}

impl dyn Catalog {
    /// The answer to a public page's question.
    pub async fn ask<Q: PublicQuery>(&self, query: Q) -> Result<Q::Answer, PageError> {
        unboxed(self.answer(Box::new(query))).await
    }
}

/// A signed-in patient's own data and requests.
#[async_trait::async_trait]
pub trait PatientPortal: Send + Sync + 'static {
    /// Every register with the patient's place in it.
    async fn my_registers(&self, lang: Lang) -> Result<Vec<MyRegister>, PageError>;

    /// One page (from 1) of what register `code` holds about the patient;
    /// the look is recorded in their access log. `NotFound` for an unknown
    /// register.
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

    /// The patient's requests, newest first.
    async fn my_requests(&self, lang: Lang) -> Result<Vec<RequestView>, PageError>;

    /// Where the patient's notices go.
    async fn notice_address(&self) -> Result<NoticeAddress, PageError>;

    /// One of the patient's requests; `NotFound` for anyone else's.
    async fn my_request(&self, reference: &str, lang: Lang) -> Result<RequestView, PageError>;

    /// One page of the patient's access log, newest first. A filter value
    /// that cannot be read (a malformed date or cursor) is left out.
    async fn my_log(&self, filter: LogFilter, lang: Lang) -> Result<MyLog, PageError>;

    /// Entry `seq` of the patient's log, to ask why it happened. `NotFound`
    /// for anyone else's entry and for the patient's own views.
    async fn log_inquiry(&self, seq: i64, lang: Lang) -> Result<LogInquiryInfo, PageError>;

    /// Answers a page's [`PatientQuery`]; pages call [`dyn PatientPortal::ask`].
    async fn answer(&self, query: Boxed) -> Result<Boxed, PageError>;
}

impl dyn PatientPortal {
    /// The answer to a page's question about the patient's data.
    pub async fn ask<Q: PatientQuery>(&self, query: Q) -> Result<Q::Answer, PageError> {
        unboxed(self.answer(Box::new(query))).await
    }
}

/// A signed-in staff member's work, within their registers.
#[async_trait::async_trait]
pub trait StaffPortal: Send + Sync + 'static {
    /// The queue: requests of the staff member's registers only, by due
    /// date, one page after `after` (a cursor from the last page).
    async fn staff_queue(
        &self,
        register: Option<String>,
        kind: Option<String>,
        status: Option<String>,
        after: Option<String>,
        lang: Lang,
    ) -> Result<StaffQueue, PageError>;

    /// One case of the staff member's registers; the look at the patient's
    /// data is recorded in the patient's access log. `NotFound` outside the
    /// staff member's scope.
    async fn staff_case(&self, reference: &str, lang: Lang) -> Result<StaffCase, PageError>;

    /// Answers a staff page's [`StaffQuery`]; pages call [`dyn StaffPortal::ask`].
    async fn answer(&self, query: Boxed) -> Result<Boxed, PageError>;
}

impl dyn StaffPortal {
    /// The answer to a staff page's question, within the staff member's registers.
    pub async fn ask<Q: StaffQuery>(&self, query: Q) -> Result<Q::Answer, PageError> {
        unboxed(self.answer(Box::new(query))).await
    }
}

/// The portal of whoever the request's session belongs to, bound to them.
#[derive(Clone)]
pub enum SignedIn {
    Nobody,
    Patient(Arc<dyn PatientPortal>),
    Staff(Arc<dyn StaffPortal>),
}

/// What the server provides to every request's context.
#[derive(Clone)]
pub struct Ports {
    pub catalog: Arc<dyn Catalog>,
    pub signed_in: SignedIn,
}

fn ports() -> Result<Ports, PageError> {
    leptos::prelude::use_context::<Ports>().ok_or(PageError::Internal)
}

/// The register catalogue.
pub fn catalog() -> Result<Arc<dyn Catalog>, PageError> {
    Ok(ports()?.catalog)
}

/// The signed-in patient's portal; `SignInRequired` or `Forbidden` otherwise.
pub fn patient() -> Result<Arc<dyn PatientPortal>, PageError> {
    match ports()?.signed_in {
        SignedIn::Patient(portal) => Ok(portal),
        SignedIn::Staff(_) => Err(PageError::Forbidden),
        SignedIn::Nobody => Err(PageError::SignInRequired),
    }
}

/// The signed-in staff member's portal; `SignInRequired` or `Forbidden` otherwise.
pub fn staff() -> Result<Arc<dyn StaffPortal>, PageError> {
    match ports()?.signed_in {
        SignedIn::Staff(portal) => Ok(portal),
        SignedIn::Patient(_) => Err(PageError::Forbidden),
        SignedIn::Nobody => Err(PageError::SignInRequired),
    }
}
