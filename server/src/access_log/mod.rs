//! Tamper evidence for the access log (`access_events`): its entries are the
//! leaves of an RFC 6962 Merkle tree ([`merkle`]), the server signs the
//! tree's size and root now and then with a key kept outside the database
//! ([`checkpoint`]), and [`verify`] checks the whole log against the signed
//! checkpoints. The table itself refuses UPDATE, DELETE and TRUNCATE
//! (triggers, see the migrations); this module is what notices if someone
//! with the power to drop them rewrote the log anyway.

pub mod checkpoint;
pub mod served;
pub mod verify;

// The proofs themselves are a crate of their own, shared with the verifiers.
pub use insyn_proof::{merkle, note, offline, proof};

use crate::{
    clock::Clock,
    db::{self, Db, DbError, log_checkpoints::StoredCheckpoint},
};
use checkpoint::{Checkpoint, LogKey};
use merkle::{Hash, Tree};
use std::time::Duration;
use verify::{Problem, Walker};

#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    /// The log does not verify; nothing was signed.
    #[error("the access log does not verify, so no checkpoint was signed: {0}")]
    Log(Problem),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<StoredCheckpoint> for Checkpoint {
    fn from(c: StoredCheckpoint) -> Self {
        Checkpoint {
            tree_size: c.tree_size.max(0) as u64,
            root_hash: c.root_hash,
            signed_at: c.signed_at,
            key_id: c.key_id,
            signature: c.signature,
        }
    }
}

/// Signs checkpoints of the log as it grows, checking every new entry
/// before it signs (it never signs a log it could not verify).
///
/// On its first run it goes on from the latest checkpoint signed by its key
/// whose stored frontier gives the signed root, so a server start does not
/// hash the whole log again: the entries up to that checkpoint were checked
/// when it was signed, and a new checkpoint can only extend the signed tree.
/// Finding a later rewrite of those entries is `insyn verify-log`'s job.
pub struct Checkpointer {
    key: LogKey,
    /// The log's name in its checkpoint notes.
    origin: String,
    walker: Walker,
    started: bool,
    resumed_from: Option<u64>,
}

/// The origin of checkpoints whose signer was given none (`Config::log_origin`
/// gives the server's).
pub const DEFAULT_ORIGIN: &str = "insyn/access-log";

impl Checkpointer {
    pub fn new(key: LogKey) -> Self {
        Checkpointer {
            key,
            origin: DEFAULT_ORIGIN.into(),
            walker: Walker::new(),
            started: false,
            resumed_from: None,
        }
    }

    /// Signs its checkpoint notes as the log named `origin`.
    pub fn named(mut self, origin: String) -> Self {
        self.origin = origin;
        self
    }

    /// The size of the checkpoint the first run went on from, if it found
    /// one it could use (else it read the log from its first entry).
    pub fn resumed_from(&self) -> Option<u64> {
        self.resumed_from
    }

    /// The tree of the latest checkpoint, if it is signed by this key and
    /// its stored frontier gives the signed root. A frontier changed in the
    /// database cannot pass: its root would have to match a signed one.
    fn signed_tree(&self, latest: StoredCheckpoint) -> Option<Tree> {
        let peaks = decode_frontier(latest.frontier.as_deref()?)?;
        let checkpoint = Checkpoint::from(latest);
        if !self.key.public_key().verifies(&checkpoint) {
            return None;
        }
        let tree = Tree::from_frontier(checkpoint.tree_size, &peaks)?;
        (checkpoint.root() == Some(tree.root())).then_some(tree)
    }

    /// Checks the entries added since the last call and, if the log grew
    /// past the latest stored checkpoint, signs and stores a checkpoint of
    /// its current size. The checkpoint, if one was made.
    pub async fn run_once(
        &mut self,
        db: &Db,
        clock: &Clock,
    ) -> Result<Option<Checkpoint>, CheckpointError> {
        let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
        if !self.started {
            let latest = db::log_checkpoints::latest(&mut conn).await?;
            if let Some(tree) = latest.and_then(|c| self.signed_tree(c)) {
                tracing::info!(
                    tree_size = tree.size(),
                    "access log checkpointer went on from its latest checkpoint"
                );
                self.resumed_from = Some(tree.size());
                self.walker = Walker::after(tree);
            }
            self.started = true;
        }
        let target = db::access_events::last_seq(&mut conn).await?.max(0) as u64;
        self.walker
            .advance(&mut conn, Some(target), |_| Ok(()))
            .await?
            .map_err(CheckpointError::Log)?;
        let size = self.walker.size();
        let latest = db::log_checkpoints::latest_size(&mut conn).await?.max(0) as u64;
        if size == 0 || size <= latest {
            return Ok(None);
        }
        let root = self.walker.root();
        let checkpoint = self.key.sign(size, &root, clock.unix());
        let note = self.key.sign_note(&self.origin, size, &root);
        db::log_checkpoints::insert(
            &mut conn,
            &StoredCheckpoint {
                tree_size: size as i64,
                root_hash: checkpoint.root_hash.clone(),
                signed_at: checkpoint.signed_at,
                key_id: checkpoint.key_id.clone(),
                signature: checkpoint.signature.clone(),
                frontier: Some(encode_frontier(&self.walker.frontier())),
                note: Some(note),
            },
        )
        .await?;
        Ok(Some(checkpoint))
    }
}

fn encode_frontier(peaks: &[Hash]) -> String {
    peaks.iter().map(hex::encode).collect()
}

fn decode_frontier(text: &str) -> Option<Vec<Hash>> {
    let bytes = hex::decode(text).ok()?;
    if bytes.len() % 32 != 0 {
        return None;
    }
    bytes.chunks_exact(32).map(|c| c.try_into().ok()).collect()
}

/// The server's checkpointer: a checkpoint every `interval` while the log
/// grows. Several servers may run it; a checkpoint of a size already
/// signed is kept as it is.
pub async fn run(db: Db, clock: Clock, key: LogKey, origin: String, interval: Duration) {
    let mut checkpointer = Checkpointer::new(key).named(origin);
    loop {
        match checkpointer.run_once(&db, &clock).await {
            Ok(Some(c)) => tracing::info!(tree_size = c.tree_size, "access log checkpoint signed"),
            Ok(None) => {}
            Err(CheckpointError::Log(problem)) => {
                // Not retried: the log must be looked at by a person.
                tracing::error!(%problem, position = problem.position(), "the access log does not verify; checkpoints stopped");
                return;
            }
            // What was checked before the error stays checked.
            Err(CheckpointError::Db(error)) => {
                tracing::warn!(%error, "could not make an access log checkpoint; trying again later");
            }
        }
        tokio::time::sleep(interval).await;
    }
}
