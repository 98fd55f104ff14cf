//! What a handler takes instead of re-deriving it: the signed-in patient or
//! staff member ([`SignedInPatient`], [`SignedInStaff`], from the session the
//! session layer resumed for this request), the visitor's language
//! ([`RequestLang`]) and a posted form read under the size limit with the
//! session's token checked ([`CheckedForm`]). Each refuses with a
//! [`WebError`], so a handler's body starts where its own work does.

use super::{AppState, error::WebError, session::CurrentSession};
use crate::{crypto, db::sessions::Principal};
use app::i18n::Lang;
use axum::{
    extract::{FromRequest, FromRequestParts, Request},
    http::request::Parts,
};
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// insyn's forms are short; anything larger is not one of them.
const MAX_FORM_BYTES: usize = 16 * 1024;

/// The page to come back to after signing in: the request's own path, or
/// for a download (`…/export.json`, `…/log.csv`) the page it is offered on.
fn way_back(parts: &Parts) -> String {
    let path = parts.uri.path();
    let (page, last) = path.rsplit_once('/').unwrap_or(("", path));
    match last.split_once('.') {
        // `/me/log.csv` is offered on `/me/log`; `/me/export.json` on `/me`.
        Some(("log", _)) => format!("{page}/log"),
        Some(_) if page.is_empty() => "/".to_owned(),
        Some(_) => page.to_owned(),
        None => parts
            .uri
            .path_and_query()
            .map_or_else(|| path.to_owned(), |pq| pq.as_str().to_owned()),
    }
}

fn current(parts: &Parts) -> Option<&CurrentSession> {
    parts.extensions.get::<CurrentSession>()
}

/// The patient signed in on this request, and whose data the request is
/// about: their own, or that of the person they act for (the relation
/// checked by the session layer on this request). The signed-out are sent
/// to sign in and back; staff are refused.
#[derive(Clone)]
pub struct SignedInPatient {
    /// Whose data and requests: the subject.
    pub id: i64,
    /// Who is signed in.
    pub me: i64,
    pub acting: Option<std::sync::Arc<crate::delegation::Acting>>,
    pub session: CurrentSession,
}

impl SignedInPatient {
    /// Whether register `code` is within the reach of whoever acts.
    pub fn covers(&self, code: &str) -> bool {
        crate::delegation::reaches(self.acting.as_deref(), code)
    }

    /// Refuses a request (a filing, a question) in register `code` that the
    /// relation does not allow: read-only, or another register. Says no name.
    pub fn may_file_in(&self, code: &str) -> Result<(), WebError> {
        match &self.acting {
            Some(acting) if !acting.may_file || !acting.covers(code) => {
                Err(WebError::Forbidden("web-acting-not-allowed"))
            }
            _ => Ok(()),
        }
    }

    /// Refuses what only a person acting for themselves may do (granting a
    /// proxy, changing their notice address).
    pub fn for_themselves(&self) -> Result<(), WebError> {
        match self.acting {
            Some(_) => Err(WebError::Forbidden("web-acting-not-allowed")),
            None => Ok(()),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedInPatient {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, WebError> {
        match current(parts) {
            Some(session) => match session.session.principal {
                Principal::Patient(me) => Ok(SignedInPatient {
                    id: session.acting.as_ref().map_or(me, |a| a.subject),
                    me,
                    acting: session.acting.clone(),
                    session: session.clone(),
                }),
                Principal::Staff(_) => Err(WebError::Forbidden("web-patient-only")),
            },
            None => Err(WebError::SignInFirst {
                login: "/auth/login",
                next: Some(way_back(parts)),
            }),
        }
    }
}

/// The staff member signed in on this request (the session layer has
/// checked, from the database, that they are still active staff). The
/// signed-out are sent to the staff sign-in; patients are refused.
#[derive(Clone)]
pub struct SignedInStaff {
    pub id: i64,
    pub session: CurrentSession,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedInStaff {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, WebError> {
        match current(parts) {
            Some(session) => match session.session.principal {
                Principal::Staff(id) => Ok(SignedInStaff {
                    id,
                    session: session.clone(),
                }),
                Principal::Patient(_) => Err(WebError::Forbidden("web-staff-only")),
            },
            // Staff start from their own start page, as the staff pages send them.
            None => Err(WebError::SignInFirst {
                login: "/staff/login",
                next: None,
            }),
        }
    }
}

/// The visitor's language, as the pages decide it (`Lang::of_request`: the
/// cookie's, or on a first visit the browser's), else Swedish.
#[derive(Debug, Clone, Copy)]
pub struct RequestLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(RequestLang(
            Lang::of_request(&parts.headers).unwrap_or_default(),
        ))
    }
}

/// A signed-in platform administrator, read from the database on every
/// request: a staff member whose role was changed is refused at once.
pub struct SignedInAdmin {
    pub id: i64,
    pub session: CurrentSession,
}

impl FromRequestParts<AppState> for SignedInAdmin {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let staff = SignedInStaff::from_request_parts(parts, state).await?;
        match crate::staff_admin::is_admin(&state.db, staff.id).await {
            Ok(true) => Ok(SignedInAdmin {
                id: staff.id,
                session: staff.session,
            }),
            Ok(false) => Err(WebError::Forbidden("web-admin-only")),
            Err(error) => {
                tracing::error!(%error, "could not check an administrator");
                Err(WebError::Unavailable("web-action-not-saved"))
            }
        }
    }
}

/// A plain HTML form posted by a signed-in person: no larger than a form,
/// carrying the session's own token (against forgery, on top of the
/// cross-site check). The fields as typed, for showing the form again.
pub struct CheckedForm {
    pub fields: HashMap<String, String>,
    body: axum::body::Bytes,
}

impl CheckedForm {
    /// The form as its serde struct; `None` if it does not fit one.
    pub fn typed<T: DeserializeOwned>(&self) -> Option<T> {
        serde_urlencoded::from_bytes(&self.body).ok()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.fields.get(field).map(String::as_str)
    }

    /// The form again, with `errors` next to its fields.
    pub fn invalid(self, errors: Vec<app::requests::FieldError>) -> WebError {
        WebError::invalid(self.fields, errors)
    }
}

impl FromRequest<AppState> for CheckedForm {
    type Rejection = WebError;

    async fn from_request(request: Request, _: &AppState) -> Result<Self, WebError> {
        let (parts, body) = request.into_parts();
        let Some(session) = current(&parts).cloned() else {
            return Err(WebError::FormToken);
        };
        let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES)
            .await
            .map_err(|_| WebError::TooLarge)?;
        let fields: HashMap<String, String> =
            serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        has_the_sessions_token(&fields, &session)?;
        let errors = control_characters(&fields);
        if !errors.is_empty() {
            return Err(WebError::invalid(fields, errors));
        }
        Ok(CheckedForm {
            fields,
            body: bytes,
        })
    }
}

/// A form with a file (`multipart/form-data`) posted by a signed-in
/// person, read whole under the route's body limit, the session's token
/// and the fields checked as for a [`CheckedForm`] (whose fields it holds;
/// it has no urlencoded body, so read them with `get`). Files are text (a
/// list), read as UTF-8.
pub struct CheckedUpload {
    pub form: CheckedForm,
    /// The uploaded files' text, by field name.
    pub files: HashMap<String, String>,
}

impl FromRequest<AppState> for CheckedUpload {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, WebError> {
        let Some(session) = request.extensions().get::<CurrentSession>().cloned() else {
            return Err(WebError::FormToken);
        };
        let mut multipart = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|_| WebError::BadRequest("web-unknown-action"))?;
        let (mut fields, mut files) = (HashMap::new(), HashMap::new());
        let mut unreadable = Vec::new();
        loop {
            let field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                    return Err(WebError::TooLarge);
                }
                Err(_) => return Err(WebError::BadRequest("web-unknown-action")),
            };
            let name = field.name().unwrap_or_default().to_owned();
            let is_file = field.file_name().is_some();
            let bytes = field.bytes().await.map_err(|_| WebError::TooLarge)?;
            match (is_file, String::from_utf8(bytes.to_vec())) {
                (true, Ok(text)) => {
                    files.insert(name, text);
                }
                (true, Err(_)) => unreadable.push(name),
                (false, Ok(text)) => {
                    fields.insert(name, text);
                }
                (false, Err(_)) => return Err(WebError::BadRequest("web-unknown-action")),
            }
        }
        has_the_sessions_token(&fields, &session)?;
        let mut errors: Vec<app::requests::FieldError> = unreadable
            .into_iter()
            .map(|field| app::requests::FieldError {
                field,
                message: "form-file-not-text".into(),
            })
            .collect();
        errors.extend(control_characters(&fields));
        if !errors.is_empty() {
            return Err(WebError::invalid(fields, errors));
        }
        Ok(CheckedUpload {
            form: CheckedForm {
                fields,
                body: axum::body::Bytes::new(),
            },
            files,
        })
    }
}

/// Refuses a form that does not carry the session's own token.
fn has_the_sessions_token(
    fields: &HashMap<String, String>,
    session: &CurrentSession,
) -> Result<(), WebError> {
    let sent = fields.get("csrf").map(String::as_str).unwrap_or_default();
    if crypto::constant_time_eq(sent, &session.session.csrf_token) {
        Ok(())
    } else {
        tracing::warn!("refused a form without the session's token");
        Err(WebError::FormToken)
    }
}

/// A message for each field (by name) with a control character: no form
/// of insyn takes them (line breaks and tabs aside); a NUL cannot even be
/// stored in PostgreSQL text.
fn control_characters(fields: &HashMap<String, String>) -> Vec<app::requests::FieldError> {
    let mut controlled: Vec<&String> = fields
        .iter()
        .filter(|(_, value)| value.chars().any(is_unwanted_control))
        .map(|(field, _)| field)
        .collect();
    controlled.sort();
    controlled
        .into_iter()
        .map(|field| app::requests::FieldError {
            field: field.clone(),
            message: "form-control-characters".into(),
        })
        .collect()
}

/// A control character no form takes: C0 and C1 controls and DEL, but not
/// the tab and line breaks of a multi-line text.
fn is_unwanted_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_take_line_breaks_but_no_other_control_characters() {
        for allowed in ['\t', '\n', '\r', 'å', '\u{202E}', '😀'] {
            assert!(!is_unwanted_control(allowed), "{allowed:?}");
        }
        for refused in ['\u{0}', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}'] {
            assert!(is_unwanted_control(refused), "{refused:?}");
        }
    }

    fn back(uri: &str) -> String {
        let (parts, ()) = axum::http::Request::get(uri).body(()).unwrap().into_parts();
        way_back(&parts)
    }

    #[test]
    fn the_way_back_is_the_page_not_the_download() {
        assert_eq!(back("/me/registers/qivf"), "/me/registers/qivf");
        assert_eq!(back("/me/log?register=qivf"), "/me/log?register=qivf");
        assert_eq!(back("/me/export.json"), "/me");
        assert_eq!(back("/me/extract.pdf"), "/me");
        assert_eq!(back("/me/registers/qivf/export.json"), "/me/registers/qivf");
        assert_eq!(back("/me/log.csv?who=own"), "/me/log");
        assert_eq!(back("/me/requests/Q-1/receipt.pdf"), "/me/requests/Q-1");
    }

    #[test]
    fn a_form_reads_as_its_typed_struct() {
        #[derive(serde::Deserialize)]
        struct Save {
            email: String,
            action: Option<String>,
        }
        let body = axum::body::Bytes::from_static(b"email=a%40b.se&csrf=t");
        let form = CheckedForm {
            fields: serde_urlencoded::from_bytes(&body).unwrap(),
            body,
        };
        let save: Save = form.typed().unwrap();
        assert_eq!(save.email, "a@b.se");
        assert_eq!(save.action, None);
    }
}
