//! Signed checkpoints: "the access log had `tree_size` entries and this
//! root at this time", signed with an Ed25519 key kept outside the database
//! (a file only the server reads). Whoever can write the database can
//! recompute every hash, but not sign; a checkpoint exported and kept
//! elsewhere proves later that the first `tree_size` entries are unchanged.
//!
//! The signed text follows the shape of a transparency-log checkpoint
//! (C2SP tlog-checkpoint): origin line, size, base64 root, then the time.

use super::merkle::Hash;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The first line of every signed checkpoint: what log it speaks of.
pub const ORIGIN: &str = "insyn access log";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read the signing key {0}: {1}")]
    Read(String, std::io::Error),
    #[error("cannot write the signing key {0}: {1}")]
    Write(String, std::io::Error),
    #[error("the signing key file {0} must hold 64 hex digits (a 32-byte Ed25519 seed)")]
    Malformed(String),
    #[error("the signing key file {0} exists; refusing to overwrite it")]
    Exists(String),
    #[error("a public key is 64 hex digits")]
    BadPublicKey,
}

/// The key that signs checkpoints.
pub struct LogKey(SigningKey);

impl std::fmt::Debug for LogKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LogKey({})", self.key_id())
    }
}

impl LogKey {
    /// Reads a key file: the 32-byte seed in hex.
    pub fn read(path: &Path) -> Result<Self, KeyError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| KeyError::Read(name.clone(), e))?;
        let seed: [u8; 32] = hex::decode(text.trim())
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(KeyError::Malformed(name))?;
        Ok(LogKey(SigningKey::from_bytes(&seed)))
    }

    /// Makes a new key file, readable by its owner only; never overwrites.
    pub fn generate(path: &Path) -> Result<Self, KeyError> {
        use std::io::Write as _;
        let name = path.display().to_string();
        let mut seed = [0u8; 32];
        rand::fill(&mut seed);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                KeyError::Exists(name.clone())
            } else {
                KeyError::Write(name.clone(), e)
            }
        })?;
        writeln!(file, "{}", hex::encode(seed)).map_err(|e| KeyError::Write(name, e))?;
        Ok(LogKey(SigningKey::from_bytes(&seed)))
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    pub fn key_id(&self) -> String {
        self.public_key().key_id()
    }

    /// The checkpoint of `tree_size` entries with `root` as a C2SP signed
    /// note of the log named `origin`.
    pub fn sign_note(&self, origin: &str, tree_size: u64, root: &Hash) -> String {
        super::note::sign(
            &super::note::checkpoint_body(origin, tree_size, root),
            origin,
            &self.0,
        )
    }

    /// Signs the statement that the log had `tree_size` entries with `root` at `signed_at`.
    pub fn sign(&self, tree_size: u64, root: &Hash, signed_at: i64) -> Checkpoint {
        let signature = self
            .0
            .sign(signed_text(tree_size, root, signed_at).as_bytes());
        Checkpoint {
            tree_size,
            root_hash: hex::encode(root),
            signed_at,
            key_id: self.key_id(),
            signature: hex::encode(signature.to_bytes()),
        }
    }
}

/// The key that checks checkpoints; what an outside party keeps. Written
/// and read as hex (in the configuration and in exports).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl Serialize for PublicKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for PublicKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PublicKey::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl PublicKey {
    pub fn parse(hex_text: &str) -> Result<Self, KeyError> {
        let bytes: [u8; 32] = hex::decode(hex_text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(KeyError::BadPublicKey)?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|_| KeyError::BadPublicKey)
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0.as_bytes())
    }

    pub fn verifying_key(&self) -> VerifyingKey {
        self.0
    }

    /// The first 8 bytes of the key's SHA-256, in hex: names the key in checkpoints.
    pub fn key_id(&self) -> String {
        hex::encode(&Sha256::digest(self.0.as_bytes())[..8])
    }

    /// Whether `checkpoint` was signed by this key, as it reads.
    pub fn verifies(&self, checkpoint: &Checkpoint) -> bool {
        let Some(root) = checkpoint.root() else {
            return false;
        };
        let Some(signature) = hex::decode(&checkpoint.signature)
            .ok()
            .and_then(|b| <[u8; 64]>::try_from(b).ok())
        else {
            return false;
        };
        self.0
            .verify(
                signed_text(checkpoint.tree_size, &root, checkpoint.signed_at).as_bytes(),
                &Signature::from_bytes(&signature),
            )
            .is_ok()
    }
}

/// A signed statement of the log's size and root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub tree_size: u64,
    /// Hex.
    pub root_hash: String,
    /// Unix seconds.
    pub signed_at: i64,
    pub key_id: String,
    /// Ed25519 over [`signed_text`], hex.
    pub signature: String,
}

impl Checkpoint {
    pub fn root(&self) -> Option<Hash> {
        hex::decode(&self.root_hash).ok()?.try_into().ok()
    }
}

/// What is signed: origin, size, base64 root, time, one per line.
pub fn signed_text(tree_size: u64, root: &Hash, signed_at: i64) -> String {
    format!(
        "{ORIGIN}\n{tree_size}\n{}\n{signed_at}\n",
        base64::engine::general_purpose::STANDARD.encode(root)
    )
}

/// The export an outside party keeps: the public keys and every checkpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    pub origin: String,
    /// The key signing now: Ed25519, hex.
    pub public_key: PublicKey,
    /// Keys that signed earlier checkpoints, before a rotation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired_public_keys: Vec<PublicKey>,
    pub checkpoints: Vec<Checkpoint>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkpoint_verifies_with_its_key_only_and_as_signed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log.key");
        let key = LogKey::generate(&path).unwrap();
        assert!(matches!(LogKey::generate(&path), Err(KeyError::Exists(_))));
        let again = LogKey::read(&path).unwrap();
        assert_eq!(key.public_key(), again.public_key());

        let checkpoint = key.sign(42, &[7; 32], 1_764_000_000);
        assert!(key.public_key().verifies(&checkpoint));
        let other = LogKey::generate(&dir.path().join("other.key")).unwrap();
        assert!(!other.public_key().verifies(&checkpoint), "another key");
        for changed in [
            Checkpoint {
                tree_size: 43,
                ..checkpoint.clone()
            },
            Checkpoint {
                signed_at: 1,
                ..checkpoint.clone()
            },
            Checkpoint {
                root_hash: hex::encode([8; 32]),
                ..checkpoint.clone()
            },
            Checkpoint {
                signature: "00".repeat(64),
                ..checkpoint.clone()
            },
            Checkpoint {
                signature: "zz".into(),
                ..checkpoint.clone()
            },
        ] {
            assert!(!key.public_key().verifies(&changed), "{changed:?}");
        }
        let public = PublicKey::parse(&key.public_key().to_hex()).unwrap();
        assert!(public.verifies(&checkpoint));
        assert!(
            format!("{key:?}").starts_with("LogKey("),
            "the seed is not printed"
        );
    }
}
