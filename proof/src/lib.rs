//! The access log's proofs, with no database and nothing that needs a
//! server: the leaf format an entry's hash covers ([`leaf`]), the RFC 6962
//! tree hash ([`merkle`]), RFC 9162 inclusion and consistency proofs
//! ([`proof`]), checkpoints as C2SP signed notes ([`note`]), the proofs as
//! served ([`wire`]) and the checks anyone holding the published key can
//! run ([`offline`]).
//!
//! One crate so that the server that writes the proofs, `insyn verify-proof`
//! and the verifier compiled to WebAssembly for the patient's browser
//! (`verifier/`) run the same code.

pub mod leaf;
pub mod merkle;
pub mod note;
pub mod offline;
pub mod proof;
pub mod wire;
