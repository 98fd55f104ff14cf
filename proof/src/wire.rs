//! The proofs as served and downloaded (JSON): what the server writes and
//! the verifiers read.

use crate::leaf::Entry;
use serde::{Deserialize, Serialize};

/// A consistency proof as served and kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsistencyProof {
    pub from: u64,
    pub to: u64,
    /// The proof's hashes, base64.
    pub proof: Vec<String>,
}

/// One entry's leaf data and its inclusion proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryProof {
    /// The entry's place in the tree: its number less one.
    pub index: u64,
    /// The proof's hashes, base64.
    pub path: Vec<String>,
    /// Every column the leaf hash covers.
    pub leaf: Entry,
}
