//! Domain types shared by the server and the pages. Each is built once, at
//! the boundary (a form, a claim, a database row, an import line), and cannot
//! hold an invalid value afterwards.

mod codes;
mod hsa_id;
mod personnummer;
mod register_code;

pub use codes::{
    AccessKind, AccessPurpose, ActorKind, AuditAction, CaseActionCode, CaseEvent, IdentityCheck,
    LogFlag, NoticeCadence, OptOutChannel, OptOutKind, RegistrationStatus, RelationKind,
    ReleaseForm, ReleasePurpose, RequestKind, RequestStatus, StaffRole, UnknownCode,
};
pub use hsa_id::{HsaId, HsaIdError};
pub use personnummer::{IdentityKind, Personnummer, PersonnummerError};
pub use register_code::{RegisterCode, RegisterCodeError};
