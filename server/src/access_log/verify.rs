//! Checking the access log: every entry's hash against its content, the
//! numbers contiguous from 1, and the tree root at each signed checkpoint
//! against the checkpoint, whose signature must hold. Used by `insyn
//! verify-log` and, incrementally, by the checkpointer, which signs only
//! what it has checked.

use super::{
    checkpoint::{Checkpoint, PublicKey},
    merkle::{Hash, Tree},
};
use crate::db::{self, DbError};
use sqlx::AnyConnection;

/// Entries read at a time.
const PAGE: i64 = 5_000;

/// What is wrong with the log, the first thing found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error(
        "entry {position}: its content does not match its hash (changed, or moved from another place)"
    )]
    Changed { position: u64 },
    #[error("entry {position} is missing (the next entry is number {found})")]
    Missing { position: u64, found: u64 },
    #[error(
        "the log ends after entry {entries}, but a checkpoint of {tree_size} entries was signed: entries from {} on are gone",
        entries + 1
    )]
    Truncated { entries: u64, tree_size: u64 },
    #[error("the checkpoint of {tree_size} entries is not signed by the log's key")]
    BadSignature { tree_size: u64 },
    #[error(
        "the first {tree_size} entries do not match their signed checkpoint: an entry from {from} to {tree_size} was changed, added or removed, and the hashes recomputed"
    )]
    RootMismatch { from: u64, tree_size: u64 },
}

impl Problem {
    /// The first entry that is or may be bad.
    pub fn position(&self) -> u64 {
        match self {
            Problem::Changed { position } | Problem::Missing { position, .. } => *position,
            Problem::Truncated { entries, .. } => entries + 1,
            Problem::BadSignature { tree_size } => *tree_size,
            Problem::RootMismatch { from, .. } => *from,
        }
    }
}

/// The log read in order from its first entry, hashed as it goes.
#[derive(Debug, Clone, Default)]
pub struct Walker {
    tree: Tree,
}

impl Walker {
    pub fn new() -> Self {
        Self::default()
    }

    /// A walker that goes on after the entries of `tree`, taking them as
    /// checked.
    pub fn after(tree: Tree) -> Self {
        Walker { tree }
    }

    /// Entries checked so far.
    pub fn size(&self) -> u64 {
        self.tree.size()
    }

    pub fn root(&self) -> Hash {
        self.tree.root()
    }

    pub fn frontier(&self) -> Vec<Hash> {
        self.tree.frontier()
    }

    /// Reads and checks the entries after those already checked, up to
    /// `stop_at` (inclusive) if given, calling `at_size` after each entry
    /// with the tree so far (for checkpoints). Stops at the first problem.
    pub async fn advance(
        &mut self,
        conn: &mut AnyConnection,
        stop_at: Option<u64>,
        mut at_size: impl FnMut(&Tree) -> Result<(), Problem>,
    ) -> Result<Result<(), Problem>, DbError> {
        loop {
            let after = self.tree.size() as i64;
            let limit = match stop_at {
                Some(stop) if stop <= self.tree.size() => return Ok(Ok(())),
                Some(stop) => PAGE.min((stop - self.tree.size()) as i64),
                None => PAGE,
            };
            let entries = db::access_events::entries_after(conn, after, limit).await?;
            if entries.is_empty() {
                return Ok(Ok(()));
            }
            for entry in entries {
                let position = self.tree.size() + 1;
                if entry.seq as u64 != position {
                    return Ok(Err(Problem::Missing {
                        position,
                        found: entry.seq as u64,
                    }));
                }
                let stored: Option<Hash> = hex::decode(&entry.leaf_hash)
                    .ok()
                    .and_then(|b| b.try_into().ok());
                match stored {
                    Some(leaf) if entry.computed_leaf_hash() == entry.leaf_hash => {
                        self.tree.push(leaf)
                    }
                    _ => return Ok(Err(Problem::Changed { position })),
                }
                if let Err(problem) = at_size(&self.tree) {
                    return Ok(Err(problem));
                }
            }
        }
    }
}

/// What a whole check found.
#[derive(Debug, Clone)]
pub struct Report {
    /// Entries checked (all of them, when no problem was found).
    pub entries: u64,
    pub root: Hash,
    /// Checkpoints whose root and signature were checked.
    pub checkpoints_checked: usize,
    /// The largest checkpoint checked.
    pub latest: Option<Checkpoint>,
    pub problem: Option<Problem>,
}

/// Checks the whole log against `checkpoints` (from the database and any
/// exported file), each of which must be signed by one of `keys` (the key
/// signing now and those it replaced).
pub async fn verify(
    conn: &mut AnyConnection,
    keys: &[PublicKey],
    mut checkpoints: Vec<Checkpoint>,
) -> Result<Report, DbError> {
    checkpoints.sort_by_key(|c| c.tree_size);
    checkpoints.dedup();
    let mut report = Report {
        entries: 0,
        root: Tree::new().root(),
        checkpoints_checked: 0,
        latest: None,
        problem: None,
    };
    // A bad signature is found before any entry is read.
    if let Some(bad) = checkpoints
        .iter()
        .find(|c| !keys.iter().any(|key| key.verifies(c)))
    {
        report.problem = Some(Problem::BadSignature {
            tree_size: bad.tree_size,
        });
        return Ok(report);
    }
    let mut next = 0;
    let mut last_good = 0;
    let mut walker = Walker::new();
    let walked = walker
        .advance(conn, None, |tree| {
            while let Some(checkpoint) = checkpoints.get(next) {
                if checkpoint.tree_size > tree.size() {
                    break;
                }
                if checkpoint.tree_size == tree.size() {
                    if checkpoint.root() != Some(tree.root()) {
                        return Err(Problem::RootMismatch {
                            from: last_good + 1,
                            tree_size: checkpoint.tree_size,
                        });
                    }
                    last_good = checkpoint.tree_size;
                    report.checkpoints_checked += 1;
                    report.latest = Some(checkpoint.clone());
                }
                next += 1;
            }
            Ok(())
        })
        .await?;
    report.entries = walker.size();
    report.root = walker.root();
    report.problem = match walked {
        Err(problem) => Some(problem),
        Ok(()) => checkpoints
            .iter()
            .rev()
            .find(|c| c.tree_size > walker.size())
            .map(|c| Problem::Truncated {
                entries: walker.size(),
                tree_size: c.tree_size,
            }),
    };
    Ok(report)
}
