//! The Merkle tree hash of RFC 6962 (Certificate Transparency), §2.1: a
//! leaf is `SHA-256(0x00 ‖ entry)`, an interior node `SHA-256(0x01 ‖ left ‖
//! right)`, so a leaf can never pass for a node. The tree of `n` leaves splits
//! at the largest power of two below `n`.
//!
//! [`Tree`] takes the leaves in order and keeps only the roots of its
//! perfect subtrees (at most 64), so the root of any prefix of a log of
//! millions of entries is computed in one pass with constant memory. Those
//! roots are the tree's frontier: stored beside a signed checkpoint, they let
//! the tree go on growing from there without reading the leaves again.

use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

/// `SHA-256(0x01 ‖ left ‖ right)`.
pub fn node(left: &Hash, right: &Hash) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([1u8]);
    hasher.update(left);
    hasher.update(right);
    hasher.finalize().into()
}

/// The root of the empty tree: the hash of the empty string.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// A tree grown one leaf at a time.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    /// Roots of the perfect subtrees, largest first, with their sizes.
    peaks: Vec<(u64, Hash)>,
    size: u64,
}

impl Tree {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// Appends a leaf hash (already `SHA-256(0x00 ‖ entry)`).
    pub fn push(&mut self, leaf: Hash) {
        let mut carry = (1u64, leaf);
        while let Some(&(size, left)) = self.peaks.last() {
            if size != carry.0 {
                break;
            }
            self.peaks.pop();
            carry = (size * 2, node(&left, &carry.1));
        }
        self.peaks.push(carry);
        self.size += 1;
    }

    /// The roots of the perfect subtrees, largest first: with the size, all
    /// it takes to go on growing the tree.
    pub fn frontier(&self) -> Vec<Hash> {
        self.peaks.iter().map(|&(_, hash)| hash).collect()
    }

    /// The tree of `size` leaves whose [`frontier`](Self::frontier) is
    /// `peaks`; `None` if their number does not fit the size (a tree has one
    /// perfect subtree for each bit set in its size).
    pub fn from_frontier(size: u64, peaks: &[Hash]) -> Option<Tree> {
        if peaks.len() != size.count_ones() as usize {
            return None;
        }
        let sizes = (0..u64::BITS)
            .rev()
            .map(|bit| 1u64 << bit)
            .filter(|s| size & s != 0);
        Some(Tree {
            peaks: sizes.zip(peaks.iter().copied()).collect(),
            size,
        })
    }

    /// The tree hash of the leaves so far (MTH of RFC 6962).
    pub fn root(&self) -> Hash {
        let mut peaks = self.peaks.iter().rev();
        let Some(&(_, mut root)) = peaks.next() else {
            return empty_root();
        };
        for (_, left) in peaks {
            root = node(left, &root);
        }
        root
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn leaf(data: &[u8]) -> Hash {
        let mut hasher = Sha256::new();
        hasher.update([0u8]);
        hasher.update(data);
        hasher.finalize().into()
    }

    /// MTH exactly as RFC 6962 §2.1 defines it, recursively.
    fn mth(leaves: &[Hash]) -> Hash {
        match leaves.len() {
            0 => empty_root(),
            1 => leaves[0],
            n => {
                let k = 1 << (usize::BITS - 1 - (n - 1).leading_zeros());
                node(&mth(&leaves[..k]), &mth(&leaves[k..]))
            }
        }
    }

    #[test]
    fn matches_the_rfc_6962_test_vectors() {
        // The roots of the first 1 to 8 leaves of the inputs used by
        // Certificate Transparency's reference tests (merkle_tree_test.cc).
        let inputs: [&[u8]; 8] = [
            b"",
            b"\x00",
            b"\x10",
            b"\x20\x21",
            b"\x30\x31",
            b"\x40\x41\x42\x43",
            b"\x50\x51\x52\x53\x54\x55\x56\x57",
            b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
        ];
        let expected = [
            (
                1,
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            ),
            (
                2,
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            ),
            (
                3,
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            ),
            (
                4,
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ),
            (
                5,
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            ),
            (
                6,
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            ),
            (
                7,
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            ),
            (
                8,
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
            ),
        ];
        let mut tree = Tree::new();
        let mut roots = Vec::new();
        for input in inputs {
            tree.push(leaf(input));
            roots.push(hex::encode(tree.root()));
        }
        for (size, root) in expected {
            assert_eq!(roots[size - 1], root, "size {size}");
        }
        assert_eq!(
            hex::encode(Tree::new().root()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    proptest! {
        #[test]
        fn every_prefix_root_is_the_recursive_tree_hash(
            data in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..8), 0..70)
        ) {
            let leaves: Vec<Hash> = data.iter().map(|d| leaf(d)).collect();
            let mut tree = Tree::new();
            prop_assert_eq!(tree.root(), mth(&[]));
            for (i, l) in leaves.iter().enumerate() {
                tree.push(*l);
                prop_assert_eq!(tree.root(), mth(&leaves[..=i]), "size {}", i + 1);
            }
        }

        #[test]
        fn a_tree_rebuilt_from_its_frontier_grows_as_the_original(
            first in 0usize..300,
            more in prop::collection::vec(any::<u8>(), 0..40),
        ) {
            let mut tree = Tree::new();
            for i in 0..first {
                tree.push(leaf(&i.to_be_bytes()));
            }
            let mut rebuilt = Tree::from_frontier(tree.size(), &tree.frontier()).unwrap();
            prop_assert_eq!(rebuilt.root(), tree.root());
            for byte in more {
                tree.push(leaf(&[byte]));
                rebuilt.push(leaf(&[byte]));
                prop_assert_eq!(rebuilt.root(), tree.root(), "size {}", tree.size());
            }
        }

        #[test]
        fn a_frontier_of_the_wrong_length_builds_no_tree(size in 0u64..1_000_000, extra in 1usize..3) {
            let peaks = vec![[7u8; 32]; size.count_ones() as usize + extra];
            prop_assert!(Tree::from_frontier(size, &peaks).is_none());
            if size.count_ones() > 0 {
                prop_assert!(Tree::from_frontier(size, &peaks[..size.count_ones() as usize - 1]).is_none());
            }
        }
    }
}
