//! The signed-in patient's downloads: the JSON copy and the PDF register
//! extract, of everything or of one register, a request's receipt as a PDF,
//! and the JSON Schema of the copy. Who the patient is comes from the session only; no route takes a
//! patient as a parameter, so there is no one else's copy to ask for.

use super::{
    AppState,
    error::WebError,
    extract::{RequestLang, SignedInPatient},
};
use crate::export::{self, ExportError, json, pdf};
use app::domain::RegisterCode;
use axum::{
    Router,
    extract::{Path, Query, State},
    http::{HeaderValue, header},
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
    purpose: Option<String>,
}

async fn log_json(
    State(state): State<AppState>,
    patient: SignedInPatient,
    RequestLang(lang): RequestLang,
    Query(params): Query<LogParams>,
) -> Result<Response, WebError> {
    let entries = whole_log(&state, &patient, params, lang).await?;
    let day = crate::clock::iso_date(state.clock.unix());
    // Only the patient's own entries, as the log page lists them.
    let seqs: Vec<i64> = entries.iter().map(|e| e.seq).collect();
    let proofs = async {
        let mut conn = state.db.pool().acquire().await?;
        crate::access_log::served::inclusions(&mut conn, &seqs).await
    }
    .await
    .map_err(|error: crate::db::DbError| {
        tracing::error!(%error, "could not prove the log's entries");
        WebError::Unavailable("web-document-unavailable")
    })?
    .and_then(|(checkpoint, entries)| {
        Some(export::log::Proofs {
            tree_size: checkpoint.tree_size.max(0) as u64,
            signed_at: checkpoint.signed_at,
            note: checkpoint.note?,
            entries,
        })
    });
    Ok(attachment(
        "application/json",
        &format!("insyn-logg-{day}.json"),
        export::log::json(&entries, state.clock.unix(), proofs.as_ref()).into(),
    ))
}

async fn log_csv(
    State(state): State<AppState>,
    patient: SignedInPatient,
    RequestLang(lang): RequestLang,
    Query(params): Query<LogParams>,
) -> Result<Response, WebError> {
    let entries = whole_log(&state, &patient, params, lang).await?;
    let day = crate::clock::iso_date(state.clock.unix());
    let csv = export::log::csv(&entries).map_err(|error| {
        tracing::error!(%error, "could not write a log as CSV");
        WebError::Unavailable("web-document-unavailable")
    })?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("insyn-logg-{day}.csv"),
        csv.into(),
    ))
}

/// The patient's access log as the page's filters select it, every entry.
async fn whole_log(
    state: &AppState,
    patient: &SignedInPatient,
    params: LogParams,
    lang: app::i18n::Lang,
) -> Result<Vec<app::model::LogEntry>, WebError> {
    let filter = app::model::LogFilter {
        register: params.register,
        care_unit: params.care_unit,
        from: params.from,
        to: params.to,
        own: params.who.as_deref() == Some("own"),
        purpose: params.purpose,
        after: None,
    };
    let mut entries = crate::views::whole_log(&state.db, patient.id, &filter, lang)
        .await
        .map_err(|error| {
            tracing::error!(%error, "could not read a patient's access log");
            WebError::Unavailable("web-document-unavailable")
        })?;
    entries.retain(|entry| patient.covers(&entry.register_code));
    Ok(entries)
}

#[derive(Clone, Copy)]
enum Format {
    Json,
    Pdf,
}

async fn export_all(
    State(state): State<AppState>,
    patient: SignedInPatient,
    RequestLang(lang): RequestLang,
) -> Result<Response, WebError> {
    copy(&state, patient, lang, None, Format::Json).await
}

async fn export_one(
    State(state): State<AppState>,
    patient: SignedInPatient,
    RequestLang(lang): RequestLang,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    copy(&state, patient, lang, Some(code), Format::Json).await
}

async fn extract_all(
    State(state): State<AppState>,
    patient: SignedInPatient,
    RequestLang(lang): RequestLang,
) -> Result<Response, WebError> {
    copy(&state, patient, lang, None, Format::Pdf).await
}

async fn extract_one(
    State(state): State<AppState>,
    patient: SignedInPatient,
    RequestLang(lang): RequestLang,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    copy(&state, patient, lang, Some(code), Format::Pdf).await
}

async fn copy(
    state: &AppState,
    patient: SignedInPatient,
    lang: app::i18n::Lang,
    register: Option<String>,
    format: Format,
) -> Result<Response, WebError> {
    let nothing = WebError::NotFound("web-no-data-in-register");
    let register = match register.as_deref().map(RegisterCode::parse) {
        Some(Err(_)) => return Err(nothing),
        Some(Ok(code)) => Some(code),
        None => None,
    };
    let acting = patient.acting.as_deref();
    let planned = export::plan(
        &state.db,
        &state.clock,
        patient.id,
        register.as_ref(),
        lang,
        acting,
    );
    let plan = match planned.await {
        Ok(plan) => plan,
        Err(ExportError::NothingToCopy) => return Err(nothing),
        Err(ExportError::Db(error)) => {
            tracing::error!(%error, "could not plan a copy");
            return Err(WebError::Unavailable("web-copy-unavailable"));
        }
    };
    let day = crate::clock::iso_date(plan.generated_at);
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
                return Err(WebError::Unavailable("web-extract-unavailable"));
            }
        },
    };
    Ok(attachment(content_type, &name, body))
}

/// A request's receipt as a PDF, for the patient who filed it.
async fn receipt(
    State(state): State<AppState>,
    patient: SignedInPatient,
    RequestLang(lang): RequestLang,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let request =
        match crate::views::request_of(&state.db, &state.clock, patient.id, &reference, lang).await
        {
            Ok(request) if patient.covers(&request.register_code) => request,
            Ok(_) | Err(app::error::PageError::NotFound) => {
                return Err(WebError::NotFound("web-no-such-request"));
            }
            Err(_) => return Err(WebError::Unavailable("web-document-unavailable")),
        };
    let bytes = pdf::receipt(&request, lang).map_err(|error| {
        tracing::error!(%error, "could not make a receipt");
        WebError::Unavailable("web-document-unavailable")
    })?;
    Ok(attachment(
        "application/pdf",
        &format!("kvitto-{reference}.pdf"),
        bytes.into(),
    ))
}

/// A download that no browser or proxy keeps (it holds personal data).
pub(super) fn attachment(
    content_type: &'static str,
    name: &str,
    body: axum::body::Body,
) -> Response {
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
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
