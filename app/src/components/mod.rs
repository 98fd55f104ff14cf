//! Pieces shared by several pages.

mod error_page;
mod form_feedback;
mod guards;
mod layout;
mod session_timer;

pub use error_page::{ErrorPage, SignInFirst};
pub use form_feedback::{DoneNotice, Feedback, InputField, Radio, TickBox};
pub use guards::{patient_page, staff_page};
pub use layout::{Layout, encode_query_value};
pub use session_timer::{SessionTimer, TimerLabels};
