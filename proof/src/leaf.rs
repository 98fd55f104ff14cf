//! The access log's leaf format: every column an entry's leaf hash covers,
//! and the hash itself. The server computes it when it appends an entry;
//! a verifier recomputes it from the leaf data a downloaded log carries.
//!
//! The leaf grows through versions: an entry keeps the version it was
//! written with (it is part of what the hash covers) and verifies as that
//! version forever; new entries are written with [`LEAF_VERSION`].
//!
//! - 1: the twelve columns of the first schema.
//! - 2: also who acted for the patient (`acting_patient_id`, `acting_as`).
//! - 3: also the release the entry records (`release_id`), for a disclosure.
//! - 4: also why (`purpose`) and which data (`data_touched`).

use sha2::{Digest, Sha256};

/// The leaf format new entries are written with.
pub const LEAF_VERSION: i64 = 4;

/// An entry of the log as stored, every column: also the leaf data a
/// downloaded log carries, from which a verifier recomputes the leaf hash.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
pub struct Entry {
    pub seq: i64,
    pub patient_id: i64,
    pub register_code: String,
    pub occurred_at: i64,
    pub actor_kind: String,
    pub care_unit: Option<String>,
    pub staff_hsa_id: Option<String>,
    pub access_kind: String,
    pub reason: Option<String>,
    pub source: String,
    pub source_event_id: Option<String>,
    pub recorded_at: i64,
    /// As stored (hex).
    pub leaf_hash: String,
    pub leaf_version: i64,
    pub acting_patient_id: Option<i64>,
    pub acting_as: Option<String>,
    pub release_id: Option<i64>,
    #[serde(default)]
    pub purpose: Option<String>,
    #[serde(default)]
    pub data_touched: Option<String>,
}

impl Entry {
    /// The RFC 6962 leaf hash of the entry's content: SHA-256 of 0x00 and
    /// each column length-prefixed (so no two entries encode alike; a
    /// missing value encodes as empty), the sequence number first. From
    /// version 2 the version and the later columns follow, so an entry of
    /// one version never encodes like one of another.
    pub fn computed_leaf_hash(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update([0u8]);
        let v1: [&str; 12] = [
            &self.seq.to_string(),
            &self.patient_id.to_string(),
            &self.register_code,
            &self.occurred_at.to_string(),
            &self.actor_kind,
            self.care_unit.as_deref().unwrap_or(""),
            self.staff_hsa_id.as_deref().unwrap_or(""),
            &self.access_kind,
            self.reason.as_deref().unwrap_or(""),
            &self.source,
            self.source_event_id.as_deref().unwrap_or(""),
            &self.recorded_at.to_string(),
        ];
        let acting_patient = self.acting_patient_id.map(|id| id.to_string());
        let v2: [&str; 3] = [
            &self.leaf_version.to_string(),
            acting_patient.as_deref().unwrap_or(""),
            self.acting_as.as_deref().unwrap_or(""),
        ];
        let release = self.release_id.map(|id| id.to_string());
        let v3: [&str; 1] = [release.as_deref().unwrap_or("")];
        let v4: [&str; 2] = [
            self.purpose.as_deref().unwrap_or(""),
            self.data_touched.as_deref().unwrap_or(""),
        ];
        let later: &[&str] = if self.leaf_version >= 2 { &v2 } else { &[] };
        let latest: &[&str] = if self.leaf_version >= 3 { &v3 } else { &[] };
        let newest: &[&str] = if self.leaf_version >= 4 { &v4 } else { &[] };
        for field in v1.iter().chain(later).chain(latest).chain(newest) {
            hasher.update((field.len() as u64).to_be_bytes());
            hasher.update(field.as_bytes());
        }
        hex::encode(hasher.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entry() -> impl Strategy<Value = Entry> {
        let text = "[a-c0-9 ]{0,4}";
        (
            (
                0i64..4,
                0i64..4,
                text,
                0i64..3,
                text,
                proptest::option::of(text),
            ),
            (
                proptest::option::of(text),
                text,
                proptest::option::of(text),
                text,
                proptest::option::of(text),
                0i64..3,
            ),
            (
                1i64..=LEAF_VERSION,
                proptest::option::of(0i64..3),
                proptest::option::of(text),
                proptest::option::of(0i64..3),
                proptest::option::of(text),
                proptest::option::of(text),
            ),
        )
            .prop_map(
                |(
                    (seq, patient_id, register_code, occurred_at, actor_kind, care_unit),
                    (staff_hsa_id, access_kind, reason, source, source_event_id, recorded_at),
                    (leaf_version, acting_patient_id, acting_as, release_id, purpose, data_touched),
                )| Entry {
                    seq,
                    patient_id,
                    register_code,
                    occurred_at,
                    actor_kind,
                    care_unit,
                    staff_hsa_id,
                    access_kind,
                    reason,
                    source,
                    source_event_id,
                    recorded_at,
                    leaf_hash: String::new(),
                    leaf_version,
                    acting_patient_id,
                    acting_as,
                    release_id,
                    purpose,
                    data_touched,
                },
            )
    }

    /// `None` and `Some("")` encode alike on purpose (the columns hold no
    /// empty strings), so compare with that folded; a version 1 entry has
    /// no acting columns (the version decides what the hash covers).
    fn folded(e: &Entry) -> Entry {
        let fold = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
        let v2 = e.leaf_version >= 2;
        Entry {
            care_unit: fold(&e.care_unit),
            staff_hsa_id: fold(&e.staff_hsa_id),
            reason: fold(&e.reason),
            source_event_id: fold(&e.source_event_id),
            acting_patient_id: e.acting_patient_id.filter(|_| v2),
            acting_as: fold(&e.acting_as).filter(|_| v2),
            release_id: e.release_id.filter(|_| e.leaf_version >= 3),
            purpose: fold(&e.purpose).filter(|_| e.leaf_version >= 4),
            data_touched: fold(&e.data_touched).filter(|_| e.leaf_version >= 4),
            ..e.clone()
        }
    }

    /// The hash of the first schema's entries, as written before versions:
    /// a stored version 1 entry must keep verifying.
    #[test]
    fn a_version_1_entry_hashes_as_it_always_did() {
        let entry = Entry {
            seq: 1,
            patient_id: 1,
            register_code: "qivf".into(),
            occurred_at: 10,
            actor_kind: "patient".into(),
            care_unit: None,
            staff_hsa_id: None,
            access_kind: "read".into(),
            reason: None,
            source: "insyn".into(),
            source_event_id: None,
            recorded_at: 10,
            leaf_hash: String::new(),
            leaf_version: 1,
            acting_patient_id: Some(5),
            acting_as: Some("guardian".into()),
            release_id: Some(9),
            purpose: Some("care_quality".into()),
            data_touched: None,
        };
        let mut hasher = sha2::Sha256::new();
        hasher.update([0u8]);
        for field in [
            "1", "1", "qivf", "10", "patient", "", "", "read", "", "insyn", "", "10",
        ] {
            hasher.update((field.len() as u64).to_be_bytes());
            hasher.update(field.as_bytes());
        }
        assert_eq!(entry.computed_leaf_hash(), hex::encode(hasher.finalize()));
        let v2 = Entry {
            leaf_version: 2,
            ..entry.clone()
        };
        assert_ne!(v2.computed_leaf_hash(), entry.computed_leaf_hash());
        let other_actor = Entry {
            acting_patient_id: Some(6),
            ..v2.clone()
        };
        assert_ne!(other_actor.computed_leaf_hash(), v2.computed_leaf_hash());
        let v3 = Entry {
            leaf_version: 3,
            ..v2.clone()
        };
        assert_ne!(v3.computed_leaf_hash(), v2.computed_leaf_hash());
        let other_release = Entry {
            release_id: Some(10),
            ..v3.clone()
        };
        assert_ne!(other_release.computed_leaf_hash(), v3.computed_leaf_hash());
        let v4 = Entry {
            leaf_version: 4,
            ..v3.clone()
        };
        assert_ne!(v4.computed_leaf_hash(), v3.computed_leaf_hash());
        let other_purpose = Entry {
            purpose: Some("legal_duty".into()),
            ..v4.clone()
        };
        assert_ne!(other_purpose.computed_leaf_hash(), v4.computed_leaf_hash());
    }

    proptest! {
        #[test]
        fn entries_that_differ_hash_differently(a in entry(), b in entry()) {
            prop_assert_eq!(
                folded(&a) == folded(&b),
                a.computed_leaf_hash() == b.computed_leaf_hash()
            );
        }

        #[test]
        fn shifting_text_between_columns_changes_the_hash(
            left in "[a-c]{1,4}", right in "[a-c]{1,4}"
        ) {
            let mut a = folded(&Entry {
                seq: 1, patient_id: 1, register_code: "qivf".into(), occurred_at: 0,
                actor_kind: "care_unit".into(), care_unit: None, staff_hsa_id: None,
                access_kind: "read".into(), reason: Some(format!("{left}{right}")),
                source: "x".into(), source_event_id: None, recorded_at: 0, leaf_hash: String::new(),
                leaf_version: LEAF_VERSION, acting_patient_id: None, acting_as: None, release_id: None,
                purpose: None, data_touched: None,
            });
            let mut b = a.clone();
            b.reason = Some(left.clone());
            b.source = format!("{right}x");
            prop_assert_ne!(a.computed_leaf_hash(), b.computed_leaf_hash());
            a.leaf_hash = a.computed_leaf_hash();
            prop_assert_eq!(a.leaf_hash.len(), 64);
        }
    }
}
