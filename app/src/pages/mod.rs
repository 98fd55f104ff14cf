//! One module per page.

mod home;
mod register;
mod registers;

pub use home::HomePage;
pub use register::RegisterPage;
pub use registers::{RegisterFilter, RegistersPage};
