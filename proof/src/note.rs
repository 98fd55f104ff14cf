//! Checkpoints as C2SP signed notes (c2sp.org/signed-note and
//! c2sp.org/tlog-checkpoint), the format transparency-log tooling and
//! witnesses read:
//!
//! ```text
//! <origin>
//! <tree size>
//! <base64 root hash>
//!
//! — <key name> <base64(key hash ‖ Ed25519 signature of the three lines)>
//! ```
//!
//! The key name is the origin; the key hash is the first four bytes of
//! SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key), so a verifier key reads
//! `<name>+<hex key hash>+<base64(0x01 ‖ public key)>`. Checked byte for byte
//! against the Go `sumdb/note` package's published test vector.

use crate::merkle::Hash;
use base64::{Engine as _, engine::general_purpose::STANDARD};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

/// The signature type of Ed25519 in signed notes.
const ED25519: u8 = 0x01;
/// What starts a signature line: an em dash and a space.
const SIGNATURE_START: &str = "\u{2014} ";

/// The four-byte hash naming the key `public` of `name` in signatures.
fn key_hash(name: &str, public: &VerifyingKey) -> [u8; 4] {
    let mut hasher = Sha256::new();
    hasher.update(name.as_bytes());
    hasher.update(b"\n");
    hasher.update([ED25519]);
    hasher.update(public.as_bytes());
    let digest = hasher.finalize();
    [digest[0], digest[1], digest[2], digest[3]]
}

/// A key's name must be non-empty, with no spaces, no `+` and no newlines.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(|c: char| c.is_whitespace() || c == '+')
}

/// The note text of a checkpoint: origin, size and root, a line each.
pub fn checkpoint_body(origin: &str, tree_size: u64, root: &Hash) -> String {
    format!("{origin}\n{tree_size}\n{}\n", STANDARD.encode(root))
}

/// `text` signed by `key` under `name`: the text, a blank line and the
/// signature line. `text` must end with a newline.
pub fn sign(text: &str, name: &str, key: &SigningKey) -> String {
    let signature = key.sign(text.as_bytes());
    let mut blob = key_hash(name, &key.verifying_key()).to_vec();
    blob.extend_from_slice(&signature.to_bytes());
    format!(
        "{text}\n{SIGNATURE_START}{name} {}\n",
        STANDARD.encode(blob)
    )
}

/// A note's verifier: its name and public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteVerifier {
    pub name: String,
    key: VerifyingKey,
}

impl NoteVerifier {
    pub fn new(name: &str, key: VerifyingKey) -> Option<Self> {
        valid_name(name).then(|| NoteVerifier {
            name: name.to_owned(),
            key,
        })
    }

    /// Reads `<name>+<hex key hash>+<base64(0x01 ‖ key)>`.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().splitn(3, '+');
        let (name, hash, key) = (parts.next()?, parts.next()?, parts.next()?);
        let bytes = STANDARD.decode(key).ok()?;
        let (&kind, key) = bytes.split_first()?;
        let key = VerifyingKey::from_bytes(key.try_into().ok()?).ok()?;
        let verifier = NoteVerifier {
            name: name.to_owned(),
            key,
        };
        (kind == ED25519
            && valid_name(name)
            && hash.len() == 8
            && hex::encode(key_hash(name, &key)) == hash)
            .then_some(verifier)
    }

    /// The key's short name (hex of the C2SP key hash), as the verifier key
    /// and every signature line carry it: what a person compares by eye.
    pub fn fingerprint(&self) -> String {
        hex::encode(key_hash(&self.name, &self.key))
    }

    /// The verifier key as witnesses and tools take it.
    pub fn to_text(&self) -> String {
        let mut key = vec![ED25519];
        key.extend_from_slice(self.key.as_bytes());
        format!(
            "{}+{}+{}",
            self.name,
            self.fingerprint(),
            STANDARD.encode(key)
        )
    }

    /// The text of `note` if a signature line of this key verifies it.
    pub fn open<'n>(&self, note: &'n str) -> Option<&'n str> {
        let split = note.rfind("\n\n")?;
        let (text, signatures) = (&note[..split + 1], &note[split + 2..]);
        let wanted = key_hash(&self.name, &self.key);
        signatures.lines().find_map(|line| {
            let rest = line.strip_prefix(SIGNATURE_START)?;
            let (name, blob) = rest.split_once(' ')?;
            let blob = STANDARD.decode(blob).ok()?;
            if name != self.name || blob.len() != 4 + 64 || blob[..4] != wanted {
                return None;
            }
            let signature = Signature::from_slice(&blob[4..]).ok()?;
            self.key.verify(text.as_bytes(), &signature).ok()?;
            Some(text)
        })
    }
}

/// A checkpoint note's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckpointNote {
    pub origin: String,
    pub tree_size: u64,
    pub root: Hash,
}

impl CheckpointNote {
    /// The checkpoint in `note` if `verifier` signed it.
    pub fn open(note: &str, verifier: &NoteVerifier) -> Option<Self> {
        let text = verifier.open(note)?;
        let mut lines = text.lines();
        let origin = lines.next()?.to_owned();
        let tree_size = lines.next()?.parse().ok()?;
        let root = STANDARD.decode(lines.next()?).ok()?.try_into().ok()?;
        Some(CheckpointNote {
            origin,
            tree_size,
            root,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// golang.org/x/mod/sumdb/note's test key, whose private half is public.
    const PETER_PRIVATE: &str = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    const PETER_VERIFIER: &str =
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    const TEXT: &str = "If you think cryptography is the answer to your problem,\n\
                        then you don't know what your problem is.\n";
    const SIGNED: &str = "If you think cryptography is the answer to your problem,\n\
                          then you don't know what your problem is.\n\
                          \n\
                          \u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    fn peter() -> SigningKey {
        let bytes = STANDARD.decode(PETER_PRIVATE).unwrap();
        assert_eq!(bytes[0], ED25519);
        SigningKey::from_bytes(bytes[1..].try_into().unwrap())
    }

    #[test]
    fn a_note_is_signed_byte_for_byte_as_go_sumdb_note_signs_it() {
        assert_eq!(sign(TEXT, "PeterNeumann", &peter()), SIGNED);
        let verifier = NoteVerifier::parse(PETER_VERIFIER).unwrap();
        assert_eq!(verifier.to_text(), PETER_VERIFIER);
        assert_eq!(verifier.open(SIGNED), Some(TEXT));
        assert_eq!(
            verifier.open(&SIGNED.replace("cryptography", "cryptographY")),
            None
        );
        // RFC 8032's first test key: another key with the same name.
        let other_key: [u8; 32] =
            hex::decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                .unwrap()
                .try_into()
                .unwrap();
        let other = NoteVerifier::new(
            "PeterNeumann",
            VerifyingKey::from_bytes(&other_key).unwrap(),
        )
        .unwrap();
        assert_eq!(other.open(SIGNED), None, "another key");
        assert!(
            NoteVerifier::parse(
                "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
            )
            .is_none()
        );
    }

    #[test]
    fn a_checkpoint_note_reads_back_only_with_its_key() {
        let key = peter();
        let origin = "insyn.example.se/access-log";
        let root = [7u8; 32];
        let note = sign(&checkpoint_body(origin, 42, &root), origin, &key);
        assert!(note.starts_with("insyn.example.se/access-log\n42\nBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=\n\n\u{2014} insyn.example.se/access-log "));
        let verifier = NoteVerifier::new(origin, key.verifying_key()).unwrap();
        assert_eq!(
            CheckpointNote::open(&note, &verifier),
            Some(CheckpointNote {
                origin: origin.into(),
                tree_size: 42,
                root
            })
        );
        assert_eq!(
            CheckpointNote::open(&note.replace("\n42\n", "\n43\n"), &verifier),
            None
        );
        assert!(!valid_name("insyn access log"), "no spaces in a key name");
    }
}
