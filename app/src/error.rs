//! The error a page or server function can end in, and how each is shown.
//!
//! Use `NotFound` for anything the visitor asked for by name that does not
//! exist (an unknown or malformed register code); `Unavailable` when a part
//! the service depends on (the database) cannot answer — the details go to
//! the log, never to the page; `Internal` for a bug.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum PageError {
    #[error("not found")]
    NotFound,
    /// Not signed in, and the page or call needs a signed-in person.
    #[error("sign-in required")]
    SignInRequired,
    /// Signed in, but as someone this page is not for (a patient on a staff
    /// page, staff on a patient's page, staff outside their registers).
    #[error("forbidden")]
    Forbidden,
    #[error("service unavailable")]
    Unavailable,
    #[error("internal error")]
    Internal,
}

impl PageError {
    /// The HTTP status that goes with the error.
    pub fn status(&self) -> u16 {
        match self {
            PageError::NotFound => 404,
            PageError::SignInRequired => 401,
            PageError::Forbidden => 403,
            PageError::Unavailable => 503,
            PageError::Internal => 500,
        }
    }

    /// The message ids of the title and explanation shown to the visitor.
    pub fn message_keys(&self) -> (&'static str, &'static str) {
        match self {
            PageError::NotFound => ("error-not-found-title", "error-not-found-body"),
            PageError::SignInRequired => ("error-sign-in-title", "error-sign-in-body"),
            PageError::Forbidden => ("error-forbidden-title", "error-forbidden-body"),
            PageError::Unavailable => ("error-unavailable-title", "error-unavailable-body"),
            PageError::Internal => ("error-internal-title", "error-internal-body"),
        }
    }
}

impl FromServerFnError for PageError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        // A transport or decoding failure of a server function: nothing the
        // visitor can act on beyond trying again.
        PageError::Internal
    }
}
