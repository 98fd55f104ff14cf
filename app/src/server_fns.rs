//! Server functions: the reads and writes that pages and islands call. On the
//! server they run directly; from the browser they are POSTs under `/fn/`.

use crate::{error::PageError, i18n::Lang, model::*};
use leptos::prelude::*;

#[server(prefix = "/fn")]
pub async fn list_registers(lang: Lang) -> Result<Vec<RegisterCard>, PageError> {
    crate::backend::catalog()?.registers(lang).await
}

#[server(prefix = "/fn")]
pub async fn get_register(code: String, lang: Lang) -> Result<RegisterInfo, PageError> {
    // A code that cannot be a register names no register: the same answer
    // as an unknown one, so the page is the same clear "not found".
    let code = crate::domain::RegisterCode::parse(&code).map_err(|_| PageError::NotFound)?;
    crate::backend::catalog()?.register(&code, lang).await
}

#[server(prefix = "/fn")]
pub async fn my_registers(lang: Lang) -> Result<Vec<MyRegister>, PageError> {
    crate::backend::patient()?.my_registers(lang).await
}

#[server(prefix = "/fn")]
pub async fn my_register_data(
    code: String,
    lang: Lang,
    page: i64,
) -> Result<RegisterData, PageError> {
    let code = crate::domain::RegisterCode::parse(&code).map_err(|_| PageError::NotFound)?;
    crate::backend::patient()?
        .my_register_data(&code, lang, page)
        .await
}

#[server(prefix = "/fn")]
pub async fn request_form(
    code: String,
    kind: String,
    lang: Lang,
) -> Result<RequestFormInfo, PageError> {
    let code = crate::domain::RegisterCode::parse(&code).map_err(|_| PageError::NotFound)?;
    let kind = kind.parse().map_err(|_| PageError::NotFound)?;
    crate::backend::patient()?
        .request_form(&code, kind, lang)
        .await
}

#[server(prefix = "/fn")]
pub async fn get_notice_address() -> Result<NoticeAddress, PageError> {
    crate::backend::patient()?.notice_address().await
}

#[server(prefix = "/fn")]
pub async fn my_requests(lang: Lang) -> Result<Vec<RequestView>, PageError> {
    crate::backend::patient()?.my_requests(lang).await
}

#[server(prefix = "/fn")]
pub async fn my_request(reference: String, lang: Lang) -> Result<RequestView, PageError> {
    crate::backend::patient()?
        .my_request(&reference, lang)
        .await
}

#[server(prefix = "/fn")]
pub async fn get_my_log(filter: LogFilter, lang: Lang) -> Result<MyLog, PageError> {
    crate::backend::patient()?.my_log(filter, lang).await
}

#[server(prefix = "/fn")]
pub async fn get_log_inquiry(seq: i64, lang: Lang) -> Result<LogInquiryInfo, PageError> {
    crate::backend::patient()?.log_inquiry(seq, lang).await
}

#[server(prefix = "/fn")]
pub async fn get_staff_queue(
    register: Option<String>,
    kind: Option<String>,
    status: Option<String>,
    after: Option<String>,
    lang: Lang,
) -> Result<StaffQueue, PageError> {
    crate::backend::staff()?
        .staff_queue(register, kind, status, after, lang)
        .await
}

#[server(prefix = "/fn")]
pub async fn get_staff_case(reference: String, lang: Lang) -> Result<StaffCase, PageError> {
    crate::backend::staff()?.staff_case(&reference, lang).await
}

/// "Stay signed in": the call itself is activity (the server resumed the
/// session to answer it). Answers the seconds left until the idle timeout.
#[server(prefix = "/fn")]
pub async fn keep_alive() -> Result<i64, PageError> {
    let viewer = crate::viewer::use_viewer();
    let session = viewer.session().ok_or(PageError::SignInRequired)?;
    Ok(session.idle_secs)
}
