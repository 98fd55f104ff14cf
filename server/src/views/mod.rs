//! What the pages show, read from the database: the implementations of the
//! ports in [`app::backend`], one module per feature. Each module reads what
//! its page needs and maps the rows to the page's model; the mapping is
//! plain functions with unit tests beside them.
//!
//! [`ports`] binds the signed-in portal to the person of the request's
//! session, once per request: a [`PatientView`] serves one patient's data
//! (the signed-in person's own, or that of the person they act for, within
//! the relation's scope), a [`StaffView`] acts as one staff member. Where a view shows a patient's
//! data, it records the look in the patient's access log, as a named step
//! in the transaction that reads the data: no log entry, no data.
//!
//! A database error becomes the page error a visitor sees here (`From`
//! below); its details go to the log only.

mod access_log;
mod access_notices;
mod acting;
mod admin;
mod catalogue;
mod clinic_opt_outs;
mod log_proofs;
pub mod log_review;
mod my_registers;
mod my_releases;
mod record_history;
mod register_data;
mod releases;
mod rights_requests;
mod staff_case;
mod staff_queue;
mod staff_releases;

pub use access_log::{entry_to_ask_about, whole_log};
pub use rights_requests::request_of;

use crate::{
    clock::Clock,
    config::DelegationConfig,
    db::{self, Db, DbError, sessions::Principal, staff::StaffMember},
    delegation::Acting,
};
use app::{
    backend::{
        Boxed, Catalog, PatientPortal, PatientQuery, Ports, PublicQuery, SignedIn, StaffPortal,
        StaffQuery,
    },
    domain::{RegisterCode, RequestKind},
    error::PageError,
    i18n::Lang,
    model::*,
};
use std::{
    any::TypeId,
    collections::HashMap,
    future::Future,
    pin::Pin,
    sync::{Arc, OnceLock},
};

impl From<DbError> for PageError {
    fn from(error: DbError) -> Self {
        if error.is_unavailable() {
            tracing::error!(%error, "database unavailable");
            PageError::Unavailable
        } else {
            tracing::error!(%error, "database error");
            PageError::Internal
        }
    }
}

/// A pooled connection, or the page error that says why not.
async fn conn(db: &Db) -> Result<sqlx::pool::PoolConnection<sqlx::Any>, PageError> {
    Ok(db.pool().acquire().await.map_err(DbError::from)?)
}

/// The ports of one request: the catalogue, and the portal of the person
/// `principal` (from the request's session), bound to them, or to whom
/// they are `acting` for; for staff, `member` as the session layer read it
/// in this request.
pub fn ports(
    db: &Db,
    clock: &Clock,
    settings: Settings,
    principal: Option<Principal>,
    acting: Option<Arc<Acting>>,
    member: Option<Arc<StaffMember>>,
) -> Ports {
    let views = Views {
        db: db.clone(),
        clock: clock.clone(),
        settings,
    };
    let signed_in = match principal {
        Some(Principal::Patient(me)) => SignedIn::Patient(Arc::new(PatientView {
            views: views.clone(),
            patient: acting.as_ref().map_or(me, |a| a.subject),
            me,
            acting,
        })),
        Some(Principal::Staff(staff)) => SignedIn::Staff(Arc::new(StaffView {
            views: views.clone(),
            staff,
            member: member.filter(|m| m.id == staff),
        })),
        None => SignedIn::Nobody,
    };
    Ports {
        catalog: Arc::new(views),
        signed_in,
    }
}

/// What every view reads with.
#[derive(Clone)]
pub struct Views {
    db: Db,
    clock: Clock,
    settings: Settings,
}

/// What the views take from the configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Who may act for a child, and until when.
    pub ages: DelegationConfig,
    /// Counts under this are not shown (releases).
    pub suppress_below: u32,
    /// The access log's published key, if checkpoints are signed.
    pub log_key: Option<LogIdentity>,
}

/// The access log's name and the key its checkpoints are signed with, as
/// the public page gives them to whoever checks the log.
#[derive(Debug, Clone)]
pub struct LogIdentity {
    pub origin: Arc<str>,
    /// Hex, as `insyn checkpoint export` prints it.
    pub public_key: Arc<str>,
    /// The C2SP note verifier key.
    pub verifier: Arc<str>,
}

impl Views {
    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }
}

#[async_trait::async_trait]
impl Catalog for Views {
    async fn registers(&self, lang: Lang) -> Result<Vec<RegisterCard>, PageError> {
        catalogue::registers(&self.db, lang).await
    }

    async fn register(&self, code: &RegisterCode, lang: Lang) -> Result<RegisterInfo, PageError> {
        catalogue::register(&self.db, code, lang).await
    }

    async fn answer(&self, query: Boxed) -> Result<Boxed, PageError> {
        match answerer(&query)? {
            Answerer::Public(answer) => answer(self, query).await,
            _ => Err(PageError::Forbidden),
        }
    }
}

/// One patient's portal: every read is of this patient's data, by the
/// patient or by someone acting for them.
pub struct PatientView {
    views: Views,
    /// Whose data this portal serves.
    patient: i64,
    /// Who is signed in.
    me: i64,
    acting: Option<Arc<Acting>>,
}

impl PatientView {
    /// Whose data this portal serves.
    pub fn patient(&self) -> i64 {
        self.patient
    }

    /// Who is signed in (the patient, unless acting for them).
    pub fn me(&self) -> i64 {
        self.me
    }

    pub fn acting(&self) -> Option<&Acting> {
        self.acting.as_deref()
    }

    /// Whether register `code` is within reach: always for oneself, within
    /// the relation's registers for someone acting.
    pub fn covers(&self, code: &str) -> bool {
        crate::delegation::reaches(self.acting.as_deref(), code)
    }

    /// A look at the data, as the access log records who looked.
    pub fn reader(&self) -> register_data::Reader<'static> {
        register_data::Reader::Patient(self.acting.as_ref().map(|a| a.by()))
    }

    /// `NotFound` for a register outside the relation's reach: the same
    /// answer as for a register that does not exist.
    fn within(&self, code: &str) -> Result<(), PageError> {
        if self.covers(code) {
            Ok(())
        } else {
            Err(PageError::NotFound)
        }
    }

    pub fn db(&self) -> &Db {
        &self.views.db
    }

    pub fn clock(&self) -> &Clock {
        &self.views.clock
    }

    pub fn views(&self) -> &Views {
        &self.views
    }

    pub fn ages(&self) -> DelegationConfig {
        self.views.settings.ages
    }
}

#[async_trait::async_trait]
impl PatientPortal for PatientView {
    async fn my_registers(&self, lang: Lang) -> Result<Vec<MyRegister>, PageError> {
        let mut registers = my_registers::of_patient(&self.views.db, self.patient, lang).await?;
        registers.retain(|r| self.covers(&r.code));
        Ok(registers)
    }

    async fn my_register_data(
        &self,
        code: &RegisterCode,
        lang: Lang,
        page: i64,
    ) -> Result<RegisterData, PageError> {
        self.within(code.as_str())?;
        let reader = self.reader();
        let Views { db, clock, .. } = &self.views;
        register_data::read(db, clock, self.patient, code, lang, page, reader).await
    }

    async fn request_form(
        &self,
        code: &RegisterCode,
        kind: RequestKind,
        lang: Lang,
    ) -> Result<RequestFormInfo, PageError> {
        self.within(code.as_str())?;
        if self.acting.as_ref().is_some_and(|a| !a.may_file) {
            return Err(PageError::Forbidden);
        }
        rights_requests::form(&self.views.db, self.patient, code, kind, lang).await
    }

    async fn my_requests(&self, lang: Lang) -> Result<Vec<RequestView>, PageError> {
        let Views { db, clock, .. } = &self.views;
        let mut requests = rights_requests::of_patient(db, clock, self.patient, lang).await?;
        requests.retain(|r| self.covers(&r.register_code));
        Ok(requests)
    }

    async fn notice_address(&self) -> Result<NoticeAddress, PageError> {
        // Notices of what someone does for another go to the one acting.
        rights_requests::notice_address(&self.views.db, self.me).await
    }

    async fn my_request(&self, reference: &str, lang: Lang) -> Result<RequestView, PageError> {
        let Views { db, clock, .. } = &self.views;
        let request = rights_requests::request_of(db, clock, self.patient, reference, lang).await?;
        self.within(&request.register_code)?;
        Ok(request)
    }

    async fn my_log(&self, filter: LogFilter, lang: Lang) -> Result<MyLog, PageError> {
        let mut log = access_log::page(&self.views.db, self.patient, &filter, lang).await?;
        log.entries.retain(|e| self.covers(&e.register_code));
        log.registers.retain(|(code, _)| self.covers(code));
        log.verifier_key = self
            .views
            .settings
            .log_key
            .as_ref()
            .map(|k| k.verifier.to_string());
        Ok(log)
    }

    async fn log_inquiry(&self, seq: i64, lang: Lang) -> Result<LogInquiryInfo, PageError> {
        let inquiry = access_log::inquiry(&self.views.db, self.patient, seq, lang).await?;
        self.within(&inquiry.entry.register_code)?;
        if self.acting.as_ref().is_some_and(|a| !a.may_file) {
            return Err(PageError::Forbidden);
        }
        Ok(inquiry)
    }

    async fn answer(&self, query: Boxed) -> Result<Boxed, PageError> {
        match answerer(&query)? {
            Answerer::Patient(answer) => answer(self, query).await,
            _ => Err(PageError::Forbidden),
        }
    }
}

/// How a view module answers a page's [`PatientQuery`] for the patient of
/// the [`PatientView`]. Register it in the module with
/// `inventory::submit!(Registered::patient::<TheQuery>())`.
#[async_trait::async_trait]
pub trait Answer: PatientQuery + Sized {
    async fn answer(self, view: &PatientView) -> Result<Self::Answer, PageError>;
}

/// How a view module answers a staff page's [`StaffQuery`] for the staff
/// member of the [`StaffView`] (`Registered::staff`).
#[async_trait::async_trait]
pub trait StaffAnswer: StaffQuery + Sized {
    async fn answer(self, view: &StaffView) -> Result<Self::Answer, PageError>;
}

/// How a view module answers a public page's [`PublicQuery`]
/// (`Registered::public`).
#[async_trait::async_trait]
pub trait PublicAnswer: PublicQuery + Sized {
    async fn answer(self, views: &Views) -> Result<Self::Answer, PageError>;
}

type Answering<V> =
    for<'v> fn(&'v V, Boxed) -> Pin<Box<dyn Future<Output = Result<Boxed, PageError>> + Send + 'v>>;

/// Which audience's view answers a question, and how.
#[derive(Clone, Copy)]
enum Answerer {
    Patient(Answering<PatientView>),
    Staff(Answering<StaffView>),
    Public(Answering<Views>),
}

/// One registered answer: which question, and the function that answers it.
pub struct Registered {
    question: fn() -> TypeId,
    answer: Answerer,
}

inventory::collect!(Registered);

/// Unboxes the question, answers it with `answer`, boxes the answer.
macro_rules! boxed_answer {
    ($name:ident, $trait:ident, $view:ty) => {
        fn $name<Q: $trait>(
            view: &$view,
            query: Boxed,
        ) -> Pin<Box<dyn Future<Output = Result<Boxed, PageError>> + Send + '_>> {
            Box::pin(async move {
                let query = query.downcast::<Q>().map_err(|_| PageError::Internal)?;
                let answer = $trait::answer(*query, view).await?;
                Ok(Box::new(answer) as Boxed)
            })
        }
    };
}

boxed_answer!(patient_answer, Answer, PatientView);
boxed_answer!(staff_answer, StaffAnswer, StaffView);
boxed_answer!(public_answer, PublicAnswer, Views);

impl Registered {
    pub const fn patient<Q: Answer>() -> Self {
        Registered {
            question: TypeId::of::<Q>,
            answer: Answerer::Patient(patient_answer::<Q>),
        }
    }

    pub const fn staff<Q: StaffAnswer>() -> Self {
        Registered {
            question: TypeId::of::<Q>,
            answer: Answerer::Staff(staff_answer::<Q>),
        }
    }

    pub const fn public<Q: PublicAnswer>() -> Self {
        Registered {
            question: TypeId::of::<Q>,
            answer: Answerer::Public(public_answer::<Q>),
        }
    }
}

/// The registered answerer of a question, gathered once.
fn answerer(query: &Boxed) -> Result<Answerer, PageError> {
    static ANSWERS: OnceLock<HashMap<TypeId, Answerer>> = OnceLock::new();
    let question = (**query).type_id();
    ANSWERS
        .get_or_init(|| {
            inventory::iter::<Registered>
                .into_iter()
                .map(|registered| ((registered.question)(), registered.answer))
                .collect()
        })
        .get(&question)
        .copied()
        .ok_or_else(|| {
            tracing::error!(?question, "a page asked a question no view answers");
            PageError::Internal
        })
}

/// One staff member's portal: every read is within their registers as
/// the database has them now, not as they were at sign-in.
pub struct StaffView {
    views: Views,
    staff: i64,
    member: Option<Arc<StaffMember>>,
}

impl StaffView {
    /// The signed-in staff member.
    pub fn staff(&self) -> i64 {
        self.staff
    }

    /// The signed-in member as the database has them now: as the session
    /// layer read them in this request, or read here. `Forbidden` when no
    /// longer active.
    pub async fn member(&self) -> Result<Arc<StaffMember>, PageError> {
        if let Some(member) = &self.member {
            return Ok(member.clone());
        }
        let mut conn = conn(&self.views.db).await?;
        db::staff::active_by_id(&mut conn, self.staff)
            .await?
            .map(Arc::new)
            .ok_or(PageError::Forbidden)
    }

    pub fn views(&self) -> &Views {
        &self.views
    }
}

#[async_trait::async_trait]
impl StaffPortal for StaffView {
    async fn staff_queue(
        &self,
        register: Option<String>,
        kind: Option<String>,
        status: Option<String>,
        after: Option<String>,
        lang: Lang,
    ) -> Result<StaffQueue, PageError> {
        let filter = staff_queue::Filter::from_page(register, kind, status, after);
        let member = self.member().await?;
        let Views { db, clock, .. } = &self.views;
        staff_queue::page(db, clock, &member, filter, lang).await
    }

    async fn staff_case(&self, reference: &str, lang: Lang) -> Result<StaffCase, PageError> {
        let Views { db, clock, .. } = &self.views;
        staff_case::read(db, clock, self.staff, reference, lang).await
    }

    async fn answer(&self, query: Boxed) -> Result<Boxed, PageError> {
        match answerer(&query)? {
            Answerer::Staff(answer) => answer(self, query).await,
            _ => Err(PageError::Forbidden),
        }
    }
}
