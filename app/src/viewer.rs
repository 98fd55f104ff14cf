//! Who is looking at the page: nobody signed in, a patient, or a member of
//! register staff. The server works it out from the session cookie for
//! every request and hands it to the pages; pages never see the cookie.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum Viewer {
    #[default]
    Anonymous,
    Patient(SignedIn),
    Staff(StaffSignedIn),
}

/// What every signed-in page needs about the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignedIn {
    /// The person's name as the identity provider gave it.
    pub name: String,
    /// The session's token for plain HTML forms (CSRF).
    pub csrf_token: String,
    /// Seconds until the session ends unless used again (the idle timeout,
    /// or the absolute one when that comes first).
    pub remaining_secs: i64,
    /// Seconds of inactivity that end a session.
    pub idle_secs: i64,
    /// Whom the person acts for now, if not themselves.
    pub acting_for: Option<ActingFor>,
}

/// The person a signed-in guardian, proxy or representative acts for: every
/// page says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActingFor {
    pub name: String,
    pub relation: crate::domain::RelationKind,
    /// May file requests, not only read.
    pub may_file: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffSignedIn {
    pub session: SignedIn,
    pub hsa_id: String,
    pub role: crate::domain::StaffRole,
    /// The codes of the registers this staff member works on.
    pub registers: Vec<String>,
}

impl StaffSignedIn {
    /// A register's coordinator: releases and representatives are theirs.
    pub fn coordinates(&self) -> bool {
        self.role == crate::domain::StaffRole::Coordinator
    }
}

impl Viewer {
    pub fn session(&self) -> Option<&SignedIn> {
        match self {
            Viewer::Anonymous => None,
            Viewer::Patient(session) => Some(session),
            Viewer::Staff(staff) => Some(&staff.session),
        }
    }
}

/// The viewer of the request being rendered or answered. Only the server
/// knows it; in the browser (islands) it is always `Anonymous`, and islands
/// get what they need as props.
pub fn use_viewer() -> Viewer {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Viewer>().cloned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    Viewer::Anonymous
}
