//! Pieces shared by several pages.

mod error_page;
mod layout;

pub use error_page::ErrorPage;
pub use layout::Layout;
