//! The database-backed implementation of the pages' port
//! ([`app::backend::Portal`]). This is where data-layer errors become the
//! page errors a visitor sees; their details go to the log only.

use crate::db::sessions::Principal;
use crate::db::{self, Db, DbError};
use crate::http::session::CurrentSession;
use app::domain::RegistrationStatus;
use app::{
    backend::Portal,
    domain::RegisterCode,
    error::PageError,
    i18n::Lang,
    model::{MyRegister, MyRegisterStatus, RegisterCard, RegisterInfo},
};

/// Who the request is from, as the session middleware found it. Never a
/// value the browser sent.
fn current_principal() -> Option<Principal> {
    leptos::prelude::use_context::<axum::http::request::Parts>().and_then(|parts| {
        parts
            .extensions
            .get::<CurrentSession>()
            .map(|c| c.session.principal)
    })
}

fn current_patient() -> Result<i64, PageError> {
    match current_principal() {
        Some(Principal::Patient(id)) => Ok(id),
        Some(Principal::Staff(_)) => Err(PageError::Forbidden),
        None => Err(PageError::SignInRequired),
    }
}

pub struct DbPortal {
    db: Db,
}

impl DbPortal {
    pub fn new(db: Db) -> Self {
        DbPortal { db }
    }
}

fn page_error(error: DbError) -> PageError {
    match error {
        DbError::Connect(_)
        | DbError::Query(
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_),
        ) => {
            tracing::error!(%error, "database unavailable");
            PageError::Unavailable
        }
        error => {
            tracing::error!(%error, "database error");
            PageError::Internal
        }
    }
}

#[async_trait::async_trait]
impl Portal for DbPortal {
    async fn registers(&self, lang: Lang) -> Result<Vec<RegisterCard>, PageError> {
        let mut conn = self
            .db
            .pool()
            .acquire()
            .await
            .map_err(|e| page_error(e.into()))?;
        db::registers::list(&mut conn, lang)
            .await
            .map_err(page_error)
    }

    async fn register(&self, code: &RegisterCode, lang: Lang) -> Result<RegisterInfo, PageError> {
        let mut conn = self
            .db
            .pool()
            .acquire()
            .await
            .map_err(|e| page_error(e.into()))?;
        db::registers::get(&mut conn, code, lang)
            .await
            .map_err(page_error)?
            .ok_or(PageError::NotFound)
    }

    async fn my_registers(&self, lang: Lang) -> Result<Vec<MyRegister>, PageError> {
        let patient = current_patient()?;
        let mut conn = self
            .db
            .pool()
            .acquire()
            .await
            .map_err(|e| page_error(e.into()))?;
        let registers = db::registers::list(&mut conn, lang)
            .await
            .map_err(page_error)?;
        let mine = db::registrations::of_patient(&mut conn, patient)
            .await
            .map_err(page_error)?;
        Ok(registers
            .into_iter()
            .map(|card| {
                let status = match mine.iter().find(|(code, ..)| *code == card.code) {
                    Some((_, RegistrationStatus::Active, since)) => MyRegisterStatus::Registered {
                        since: since.to_string(),
                    },
                    Some((_, RegistrationStatus::Restricted, since)) => {
                        MyRegisterStatus::Restricted {
                            since: since.to_string(),
                        }
                    }
                    None => MyRegisterStatus::NotRegistered,
                };
                MyRegister {
                    code: card.code,
                    name: card.name,
                    short_name: card.short_name,
                    status,
                }
            })
            .collect())
    }
}
