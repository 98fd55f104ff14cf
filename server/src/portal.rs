//! The database-backed implementation of the pages' port
//! ([`app::backend::Portal`]). This is where data-layer errors become the
//! page errors a visitor sees; their details go to the log only.

use crate::db::{self, Db, DbError};
use app::{
    backend::Portal,
    domain::RegisterCode,
    error::PageError,
    i18n::Lang,
    model::{RegisterCard, RegisterInfo},
};

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
}
