//! Pages for one kind of person. A page for patients calls
//! [`patient_page`], a page for staff [`staff_page`]; anyone else gets the
//! answer instead of the page: the signed-out are sent to sign in (303), the
//! other kind of person gets 403. The server function behind the page checks
//! again on its own — this is what the visitor sees, not the protection.

use crate::{
    components::{ErrorPage, SignInFirst},
    error::PageError,
    viewer::{SignedIn, StaffSignedIn, Viewer, use_viewer},
};
use leptos::prelude::*;

/// The signed-in patient's session, or the page to show instead.
/// `sign_in` is where the signed-out go (with the way back).
pub fn patient_page(sign_in: &'static str) -> Result<SignedIn, AnyView> {
    match use_viewer() {
        Viewer::Patient(session) => Ok(session),
        Viewer::Anonymous => Err(view! { <SignInFirst href=sign_in /> }.into_any()),
        Viewer::Staff(_) => Err(view! { <ErrorPage error=PageError::Forbidden /> }.into_any()),
    }
}

/// The signed-in staff member, or the page to show instead.
pub fn staff_page() -> Result<StaffSignedIn, AnyView> {
    match use_viewer() {
        Viewer::Staff(staff) => Ok(staff),
        Viewer::Anonymous => Err(view! { <SignInFirst href="/staff/login" /> }.into_any()),
        Viewer::Patient(_) => Err(view! { <ErrorPage error=PageError::Forbidden /> }.into_any()),
    }
}
