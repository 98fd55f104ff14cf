//! The signed-in patient's downloads: the JSON copy and the PDF register
//! extract, of everything or of one register, a request's receipt as a PDF,
//! and the JSON Schema of the copy. Who the patient is comes from the session only; no route takes a
//! patient as a parameter, so there is no one else's copy to ask for.

use super::{AppState, session::CurrentSession};
use crate::{
    db::sessions::Principal,
    export::{self, ExportError, json, pdf},
};
use app::{domain::RegisterCode, i18n::Lang};
use axum::{
    Extension, Router,
    extract::{Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/export.json", get(export_all))
        .route("/me/registers/{code}/export.json", get(export_one))
        .route("/me/extract.pdf", get(extract_all))
        .route("/me/registers/{code}/extract.pdf", get(extract_one))
        .route("/me/requests/{reference}/receipt.pdf", get(receipt))
        .route("/schema/export-v1.json", get(schema))
        .route("/me/log.json", get(log_json))
        .route("/me/log.csv", get(log_csv))
}

/// The filters of the log page, as its links carry them.
#[derive(Debug, Default, serde::Deserialize)]
struct LogParams {
    register: Option<String>,
    care_unit: Option<String>,
    from: Option<String>,
    to: Option<String>,
    who: Option<String>,
}

async fn log_json(
    state: State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: HeaderMap,
    params: axum::extract::Query<LogParams>,
) -> Response {
    access_log(state, session, &headers, params.0, false).await
}

async fn log_csv(
    state: State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: HeaderMap,
    params: axum::extract::Query<LogParams>,
) -> Response {
    access_log(state, session, &headers, params.0, true).await
}

/// The patient's access log as the page's filters select it, every entry.
async fn access_log(
    State(state): State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: &HeaderMap,
    params: LogParams,
    csv: bool,
) -> Response {
    let patient_id = match patient_of(
        session,
        "/me/log",
        "Loggen är bara för patienten själv. / The log is for the patient only.",
    ) {
        Ok(id) => id,
        Err(refusal) => return *refusal,
    };
    let filter = app::model::LogFilter {
        register: params.register,
        care_unit: params.care_unit,
        from: params.from,
        to: params.to,
        own: params.who.as_deref() == Some("own"),
        after: None,
    };
    let lang = lang_of(headers);
    let entries = match crate::portal::whole_log(&state.db, patient_id, &filter, lang).await {
        Ok(entries) => entries,
        Err(error) => {
            tracing::error!(%error, "could not read a patient's access log");
            return unavailable();
        }
    };
    let day = crate::portal::iso_date(state.clock.unix());
    if csv {
        match crate::export::log::csv(&entries) {
            Ok(bytes) => attachment(
                "text/csv; charset=utf-8",
                &format!("insyn-logg-{day}.csv"),
                bytes.into(),
            ),
            Err(_) => unavailable(),
        }
    } else {
        attachment(
            "application/json",
            &format!("insyn-logg-{day}.json"),
            crate::export::log::json(&entries, state.clock.unix()).into(),
        )
    }
}

#[derive(Clone, Copy)]
enum Format {
    Json,
    Pdf,
}

async fn export_all(
    state: State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: HeaderMap,
) -> Response {
    copy(state, session, &headers, None, Format::Json).await
}

async fn export_one(
    state: State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Response {
    copy(state, session, &headers, Some(code), Format::Json).await
}

async fn extract_all(
    state: State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: HeaderMap,
) -> Response {
    copy(state, session, &headers, None, Format::Pdf).await
}

async fn extract_one(
    state: State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Response {
    copy(state, session, &headers, Some(code), Format::Pdf).await
}

async fn copy(
    State(state): State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: &HeaderMap,
    register: Option<String>,
    format: Format,
) -> Response {
    let back = match &register {
        Some(code) => format!("/me/registers/{code}"),
        None => "/me".to_owned(),
    };
    let patient_id = match patient_of(
        session,
        &back,
        "Kopian av uppgifterna är bara för patienten själv. / The copy of the data is for the patient only.",
    ) {
        Ok(id) => id,
        Err(refusal) => return *refusal,
    };
    let register = match register.as_deref().map(RegisterCode::parse) {
        Some(Err(_)) => return not_found(),
        Some(Ok(code)) => Some(code),
        None => None,
    };
    let lang = lang_of(headers);
    let plan = match export::plan(&state.db, &state.clock, patient_id, register.as_ref(), lang)
        .await
    {
        Ok(plan) => plan,
        Err(ExportError::NothingToCopy) => return not_found(),
        Err(ExportError::Db(error)) => {
            tracing::error!(%error, "could not plan a copy");
            return refusal(
                StatusCode::SERVICE_UNAVAILABLE,
                "Kopian kan inte skapas just nu. Försök igen om en stund. / The copy cannot be made right now. Please try again in a while.",
            );
        }
    };
    let day = crate::portal::iso_date(plan.generated_at);
    let scope = plan.only.clone().unwrap_or_else(|| "alla-register".into());
    let (content_type, name, body) = match format {
        Format::Json => (
            "application/json",
            format!("insyn-{scope}-{day}.json"),
            json::body(state.db.clone(), plan),
        ),
        Format::Pdf => match pdf::render(&state.db, &plan).await {
            Ok(bytes) => (
                "application/pdf",
                format!("registerutdrag-{scope}-{day}.pdf"),
                bytes.into(),
            ),
            Err(error) => {
                tracing::error!(%error, "could not make a register extract");
                return refusal(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "Registerutdraget kan inte skapas just nu. Försök igen om en stund. / The register extract cannot be made right now. Please try again in a while.",
                );
            }
        },
    };
    attachment(content_type, &name, body)
}

/// A request's receipt as a PDF, for the patient who filed it.
async fn receipt(
    State(state): State<AppState>,
    session: Option<Extension<CurrentSession>>,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Response {
    let patient_id = match patient_of(
        session,
        &format!("/me/requests/{reference}"),
        "Kvittot är bara för patienten själv. / The receipt is for the patient only.",
    ) {
        Ok(id) => id,
        Err(refusal) => return *refusal,
    };
    let lang = lang_of(&headers);
    let portal = crate::portal::DbPortal::new(state.db.clone(), state.clock.clone());
    let request = match portal.request_of(patient_id, &reference, lang).await {
        Ok(request) => request,
        Err(app::error::PageError::NotFound) => {
            return refusal(
                StatusCode::NOT_FOUND,
                "Det finns inget sådant ärende. / There is no such request.",
            );
        }
        Err(_) => return unavailable(),
    };
    match pdf::receipt(&request, lang) {
        Ok(bytes) => attachment(
            "application/pdf",
            &format!("kvitto-{reference}.pdf"),
            bytes.into(),
        ),
        Err(error) => {
            tracing::error!(%error, "could not make a receipt");
            unavailable()
        }
    }
}

/// The signed-in patient; staff are refused with `staff_text`, the
/// signed-out sent to sign in and then `back`.
fn patient_of(
    session: Option<Extension<CurrentSession>>,
    back: &str,
    staff_text: &'static str,
) -> Result<i64, Box<Response>> {
    match session.map(|Extension(s)| s.session.principal) {
        Some(Principal::Patient(id)) => Ok(id),
        Some(Principal::Staff(_)) => Err(Box::new(refusal(StatusCode::FORBIDDEN, staff_text))),
        None => Err(Box::new(sign_in_first(back))),
    }
}

fn unavailable() -> Response {
    refusal(
        StatusCode::SERVICE_UNAVAILABLE,
        "Dokumentet kan inte skapas just nu. Försök igen om en stund. / The document cannot be made right now. Please try again in a while.",
    )
}

fn sign_in_first(next: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(&format!("/auth/login?next={next}")) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

fn lang_of(headers: &HeaderMap) -> Lang {
    headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_cookie_header)
        .unwrap_or_default()
}

/// A download that no browser or proxy keeps (it holds personal data).
fn attachment(content_type: &'static str, name: &str, body: axum::body::Body) -> Response {
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn not_found() -> Response {
    refusal(
        StatusCode::NOT_FOUND,
        "Det finns inga uppgifter om dig i det registret. / There is no data about you in that register.",
    )
}

fn refusal(status: StatusCode, text: &'static str) -> Response {
    (status, [(header::CACHE_CONTROL, "no-store")], text).into_response()
}

async fn schema() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/schema+json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        json::SCHEMA,
    )
        .into_response()
}
