//! Checking the log's proofs with no database, as anyone holding the
//! published key can (`insyn verify-proof`): a downloaded log's entries
//! against the checkpoint it carries, and two checkpoints against the
//! consistency proof between them. An entry whose leaf data was changed,
//! or whose proof was, fails at that entry.

use crate::{
    merkle::Hash,
    note::{CheckpointNote, NoteVerifier},
    proof::{verify_consistency, verify_inclusion},
    wire::{ConsistencyProof, EntryProof},
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use ed25519_dalek::VerifyingKey;

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProofProblem {
    #[error("the file is not a downloaded access log with proofs")]
    NotADownload,
    #[error("the checkpoint is not signed by this key")]
    Checkpoint,
    #[error("entry {0} is not in the signed log as the file has it")]
    Entry(i64),
    #[error("the later checkpoint does not extend the earlier one")]
    Consistency,
}

/// What a check found.
#[derive(Debug, PartialEq, Eq)]
pub struct Checked {
    /// The entries proven to be in the log.
    pub proven: usize,
    /// Entries newer than the checkpoint: not provable yet.
    pub unproven: usize,
    pub checkpoint: CheckpointNote,
}

/// The verifier of `key` for the log whose checkpoint is `note`: a C2SP
/// verifier key as it is, or a bare public key (hex, as `insyn checkpoint
/// export` prints it) named by the note's origin line.
pub fn verifier(key: &str, note: &str) -> Option<NoteVerifier> {
    if key.contains('+') {
        return NoteVerifier::parse(key);
    }
    let origin = note.lines().next()?;
    let bytes: [u8; 32] = hex::decode(key.trim()).ok()?.try_into().ok()?;
    NoteVerifier::new(origin, VerifyingKey::from_bytes(&bytes).ok()?)
}

fn hashes(encoded: &[String]) -> Option<Vec<Hash>> {
    encoded
        .iter()
        .map(|h| STANDARD.decode(h).ok()?.try_into().ok())
        .collect()
}

/// Checks a downloaded log (`/me/log.json`) against `key`.
pub fn check_download(text: &str, key: &str) -> Result<Checked, ProofProblem> {
    let document: serde_json::Value =
        serde_json::from_str(text).map_err(|_| ProofProblem::NotADownload)?;
    let note = document["checkpoint"]["note"]
        .as_str()
        .ok_or(ProofProblem::NotADownload)?;
    let verifier = verifier(key, note).ok_or(ProofProblem::Checkpoint)?;
    let checkpoint = CheckpointNote::open(note, &verifier).ok_or(ProofProblem::Checkpoint)?;
    let entries = document["entries"]
        .as_array()
        .ok_or(ProofProblem::NotADownload)?;
    let (mut proven, mut unproven) = (0, 0);
    for entry in entries {
        let number = entry["number"].as_i64().unwrap_or_default();
        if entry.get("proof").is_none() {
            // Only entries newer than the checkpoint may come without one.
            if number as u64 <= checkpoint.tree_size {
                return Err(ProofProblem::Entry(number));
            }
            unproven += 1;
            continue;
        }
        let proof: EntryProof = serde_json::from_value(entry["proof"].clone())
            .map_err(|_| ProofProblem::Entry(number))?;
        let leaf: Option<Hash> = hex::decode(proof.leaf.computed_leaf_hash())
            .ok()
            .and_then(|h| h.try_into().ok());
        let path = hashes(&proof.path);
        let holds = match (leaf, path) {
            (Some(leaf), Some(path)) => {
                proof.leaf.seq == number
                    && proof.index + 1 == number as u64
                    && verify_inclusion(
                        proof.index,
                        checkpoint.tree_size,
                        &leaf,
                        &path,
                        &checkpoint.root,
                    )
            }
            _ => false,
        };
        if !holds {
            return Err(ProofProblem::Entry(number));
        }
        proven += 1;
    }
    Ok(Checked {
        proven,
        unproven,
        checkpoint,
    })
}

/// Checks that the checkpoint `later` extends `earlier`, both signed by
/// `key`, with `proof` (`/log/consistency`).
pub fn check_consistency(
    earlier: &str,
    later: &str,
    proof: &ConsistencyProof,
    key: &str,
) -> Result<(CheckpointNote, CheckpointNote), ProofProblem> {
    let open = |note: &str| {
        verifier(key, note)
            .and_then(|v| CheckpointNote::open(note, &v))
            .ok_or(ProofProblem::Checkpoint)
    };
    let (old, new) = (open(earlier)?, open(later)?);
    let path = hashes(&proof.proof).ok_or(ProofProblem::Consistency)?;
    let holds = old.origin == new.origin
        && proof.from == old.tree_size
        && proof.to == new.tree_size
        && verify_consistency(old.tree_size, new.tree_size, &old.root, &new.root, &path);
    if holds {
        Ok((old, new))
    } else {
        Err(ProofProblem::Consistency)
    }
}
