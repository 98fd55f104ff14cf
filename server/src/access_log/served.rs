//! What the log shows anyone, so that no one need trust insyn's word: the
//! signed checkpoints as C2SP notes, the consistency proof between two
//! signed sizes, and for a patient's own entries their inclusion proofs
//! against the latest signed checkpoint. Proofs are made from the stored
//! leaf hashes of the signed prefix; an entry whose content no longer gives
//! its stored hash, or a stored hash that no longer gives the signed root,
//! makes the proof fail where it is checked.
//!
//! Each proof reads the leaf hashes of the whole signed prefix (one pass;
//! see docs/SCALING.md, section 2): what a national-scale log
//! would keep as precomputed tiles (C2SP tlog-tiles) instead.

use super::{merkle::Hash, proof::Levels};
use crate::db::{self, DbError, log_checkpoints::StoredCheckpoint};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use sqlx::AnyConnection;

/// The tree of the first `size` entries, from their stored leaf hashes;
/// `None` if the log is shorter or a stored hash is not a hash.
async fn levels(conn: &mut AnyConnection, size: u64) -> Result<Option<Levels>, DbError> {
    let hashes = db::access_events::leaf_hashes(conn, size as i64).await?;
    if hashes.len() as u64 != size {
        return Ok(None);
    }
    let leaves: Option<Vec<Hash>> = hashes
        .iter()
        .map(|h| hex::decode(h).ok()?.try_into().ok())
        .collect();
    Ok(leaves.map(Levels::new))
}

/// The consistency proof between two signed sizes, base64 as the RFC's
/// tooling writes hashes; `None` unless both are signed checkpoints and
/// `0 < from <= to`.
pub async fn consistency(
    conn: &mut AnyConnection,
    from: u64,
    to: u64,
) -> Result<Option<ConsistencyProof>, DbError> {
    if from == 0 || from > to {
        return Ok(None);
    }
    for size in [from, to] {
        if db::log_checkpoints::of_size(conn, size as i64)
            .await?
            .is_none()
        {
            return Ok(None);
        }
    }
    let Some(levels) = levels(conn, to).await? else {
        return Ok(None);
    };
    Ok(levels.consistency(from, to).map(|proof| ConsistencyProof {
        from,
        to,
        proof: proof.iter().map(|h| STANDARD.encode(h)).collect(),
    }))
}

pub use insyn_proof::wire::{ConsistencyProof, EntryProof};

/// The latest signed checkpoint note and the inclusion proofs against it
/// of the entries `seqs` (those in it; later ones have none yet).
pub async fn inclusions(
    conn: &mut AnyConnection,
    seqs: &[i64],
) -> Result<Option<(StoredCheckpoint, Vec<EntryProof>)>, DbError> {
    let Some(checkpoint) = db::log_checkpoints::latest_note(conn).await? else {
        return Ok(None);
    };
    let size = checkpoint.tree_size.max(0) as u64;
    let Some(levels) = levels(conn, size).await? else {
        return Ok(None);
    };
    let signed: Vec<i64> = seqs
        .iter()
        .copied()
        .filter(|&s| s >= 1 && s as u64 <= size)
        .collect();
    let entries = db::access_events::entries_among(conn, &signed).await?;
    let proofs = entries
        .into_iter()
        .filter_map(|leaf| {
            let index = leaf.seq as u64 - 1;
            let path = levels.inclusion(index, size)?;
            Some(EntryProof {
                index,
                path: path.iter().map(|h| STANDARD.encode(h)).collect(),
                leaf,
            })
        })
        .collect();
    Ok(Some((checkpoint, proofs)))
}
