//! One module per page.

mod home;
mod me;
mod my_register;
mod register;
mod registers;
mod sign_in_error;
mod staff;

pub use home::HomePage;
pub use me::MyPage;
pub use my_register::MyRegisterPage;
pub use register::RegisterPage;
pub use registers::{RegisterFilter, RegistersPage};
pub use sign_in_error::SignInErrorPage;
pub use staff::StaffPage;
