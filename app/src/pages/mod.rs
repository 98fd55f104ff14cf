//! One module per page.

pub mod acting;
mod home;
mod log_inquiry;
mod me;
mod my_log;
mod my_register;
pub mod proxies;
pub mod record_history;
mod register;
mod registers;
mod request_form;
mod requests;
mod sign_in_error;
mod staff;
mod staff_case;
mod staff_queue;
mod staff_representatives;

pub use acting::ActingPage;
pub use home::HomePage;
pub use log_inquiry::LogInquiryPage;
pub use me::MyPage;
pub use my_log::{MyLogPage, log_query_string};
pub use my_register::MyRegisterPage;
pub use proxies::ProxiesPage;
pub use record_history::RecordHistoryPage;
pub use register::RegisterPage;
pub use registers::{RegisterFilter, RegistersPage};
pub use request_form::RequestFormPage;
pub use requests::{MyRequestsPage, RequestPage};
pub use sign_in_error::SignInErrorPage;
pub use staff::StaffPage;
pub use staff_case::StaffCasePage;
pub use staff_queue::StaffQueuePage;
pub use staff_representatives::StaffRepresentativesPage;
