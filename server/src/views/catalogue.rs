//! The public pages: every register on the platform, and one register's
//! patient information (purpose, responsible authority, retention, contact).

use super::conn;
use crate::db::{self, Db};
use app::{
    domain::RegisterCode,
    error::PageError,
    i18n::Lang,
    model::{RegisterCard, RegisterInfo},
};

pub async fn registers(db: &Db, lang: Lang) -> Result<Vec<RegisterCard>, PageError> {
    let mut conn = conn(db).await?;
    Ok(db::registers::list(&mut conn, lang).await?)
}

pub async fn register(db: &Db, code: &RegisterCode, lang: Lang) -> Result<RegisterInfo, PageError> {
    let mut conn = conn(db).await?;
    db::registers::get(&mut conn, code, lang)
        .await?
        .ok_or(PageError::NotFound)
}
