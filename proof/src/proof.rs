//! Proofs over the access log's Merkle tree (RFC 9162 §2.1.3 and §2.1.4):
//! an inclusion proof shows that an entry is the `index`-th leaf of the tree
//! a checkpoint signed; a consistency proof shows that the tree of an
//! earlier checkpoint is a prefix of a later one's, so history was only
//! appended to. Both are checked here with the RFC's own algorithms, by
//! code that needs no database (the `insyn verify-proof` command).
//!
//! Proofs are made from [`Levels`]: every level of the tree, bottom up, in
//! which a level's odd last node is carried up unchanged — the same tree as
//! RFC 6962's split at the largest power of two (tested below against the
//! recursive definitions). Building it hashes each leaf once; a proof is
//! then one node per level.

use crate::merkle::{Hash, node};

/// Every level of the tree of some leaves: `0` the leaves, the last the root.
#[derive(Debug, Clone)]
pub struct Levels(Vec<Vec<Hash>>);

impl Levels {
    pub fn new(leaves: Vec<Hash>) -> Self {
        let mut levels = vec![leaves];
        while levels.last().is_some_and(|level| level.len() > 1) {
            let below = levels.last().map(Vec::as_slice).unwrap_or_default();
            let above = below
                .chunks(2)
                .map(|pair| match pair {
                    [left, right] => node(left, right),
                    [carried] => *carried,
                    _ => unreachable!("chunks of two"),
                })
                .collect();
            levels.push(above);
        }
        Levels(levels)
    }

    pub fn size(&self) -> u64 {
        self.0[0].len() as u64
    }

    /// The root of the subtree of leaves `start..end`, which must be a node
    /// of the tree of `end` or more leaves that the RFC's recursion visits:
    /// `start` a multiple of a power of two at least `end - start`.
    fn subtree(&self, start: usize, end: usize) -> Hash {
        let width = end - start;
        let height = width.next_power_of_two().trailing_zeros() as usize;
        // A subtree at the right edge of a smaller tree than these levels
        // hold is not a node of them: hash it from its halves.
        if height == 0 {
            return self.0[0][start];
        }
        let whole = 1usize << height;
        if width == whole || end == self.0[0].len() {
            return self.0[height][start >> height];
        }
        let half = whole / 2;
        node(
            &self.subtree(start, start + half),
            &self.subtree(start + half, end),
        )
    }

    /// The inclusion proof of leaf `index` in the tree of the first `size`
    /// leaves (`PATH(m, D[n])` of RFC 9162 §2.1.3.1); `None` out of range.
    pub fn inclusion(&self, index: u64, size: u64) -> Option<Vec<Hash>> {
        if index >= size || size > self.size() {
            return None;
        }
        let mut proof = Vec::new();
        self.path(index as usize, 0, size as usize, &mut proof);
        Some(proof)
    }

    fn path(&self, m: usize, start: usize, end: usize, proof: &mut Vec<Hash>) {
        let n = end - start;
        if n <= 1 {
            return;
        }
        let k = split(n);
        if m < k {
            self.path(m, start, start + k, proof);
            proof.push(self.subtree(start + k, end));
        } else {
            self.path(m - k, start + k, end, proof);
            proof.push(self.subtree(start, start + k));
        }
    }

    /// The consistency proof between the trees of the first `old` and
    /// `new` leaves (`PROOF(m, D[n])` of RFC 9162 §2.1.4.1); `None` unless
    /// `0 < old <= new <= size`.
    pub fn consistency(&self, old: u64, new: u64) -> Option<Vec<Hash>> {
        if old == 0 || old > new || new > self.size() {
            return None;
        }
        let mut proof = Vec::new();
        self.subproof(old as usize, 0, new as usize, true, &mut proof);
        Some(proof)
    }

    fn subproof(&self, m: usize, start: usize, end: usize, whole: bool, proof: &mut Vec<Hash>) {
        let n = end - start;
        if m == n {
            if !whole {
                proof.push(self.subtree(start, end));
            }
            return;
        }
        let k = split(n);
        if m <= k {
            self.subproof(m, start, start + k, whole, proof);
            proof.push(self.subtree(start + k, end));
        } else {
            self.subproof(m - k, start + k, end, false, proof);
            proof.push(self.subtree(start, start + k));
        }
    }

    /// The root of the tree of the first `size` leaves.
    pub fn root(&self, size: u64) -> Option<Hash> {
        match size {
            0 => Some(crate::merkle::empty_root()),
            size if size <= self.size() => Some(self.subtree(0, size as usize)),
            _ => None,
        }
    }
}

/// The largest power of two smaller than `n` (n > 1).
fn split(n: usize) -> usize {
    1 << (usize::BITS - 1 - (n - 1).leading_zeros())
}

/// Whether `proof` shows `leaf` as leaf `index` of the tree of `size`
/// leaves with `root` (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(index: u64, size: u64, leaf: &Hash, proof: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut fn_, mut sn) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if sn == 0 {
            return false;
        }
        if fn_ & 1 == 1 || fn_ == sn {
            r = node(p, &r);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = node(&r, p);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    sn == 0 && r == *root
}

/// Whether `proof` shows the tree of `old` leaves with `old_root` to be a
/// prefix of the tree of `new` leaves with `new_root` (RFC 9162 §2.1.4.2).
pub fn verify_consistency(
    old: u64,
    new: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> bool {
    if old == 0 || old > new {
        return false;
    }
    if old == new {
        return proof.is_empty() && old_root == new_root;
    }
    if proof.is_empty() {
        return false;
    }
    let mut proof: Vec<Hash> = proof.to_vec();
    if old.is_power_of_two() {
        proof.insert(0, *old_root);
    }
    let Some((first, rest)) = proof.split_first() else {
        return false;
    };
    let (mut fn_, mut sn) = (old - 1, new - 1);
    while fn_ & 1 == 1 {
        fn_ >>= 1;
        sn >>= 1;
    }
    let (mut fr, mut sr) = (*first, *first);
    for c in rest {
        if sn == 0 {
            return false;
        }
        if fn_ & 1 == 1 || fn_ == sn {
            fr = node(c, &fr);
            sr = node(c, &sr);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = node(&sr, c);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    sn == 0 && fr == *old_root && sr == *new_root
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merkle::empty_root;
    use proptest::prelude::*;
    use sha2::{Digest, Sha256};

    fn leaf(i: u64) -> Hash {
        let mut hasher = Sha256::new();
        hasher.update([0u8]);
        hasher.update(i.to_be_bytes());
        hasher.finalize().into()
    }

    fn leaves(n: u64) -> Vec<Hash> {
        (0..n).map(leaf).collect()
    }

    /// MTH as RFC 6962 §2.1 defines it, recursively.
    fn mth(leaves: &[Hash]) -> Hash {
        match leaves.len() {
            0 => empty_root(),
            1 => leaves[0],
            n => {
                let k = split(n);
                node(&mth(&leaves[..k]), &mth(&leaves[k..]))
            }
        }
    }

    /// `PATH(m, D[n])` as RFC 9162 §2.1.3.1 defines it.
    fn path(m: usize, d: &[Hash]) -> Vec<Hash> {
        if d.len() <= 1 {
            return Vec::new();
        }
        let k = split(d.len());
        if m < k {
            let mut p = path(m, &d[..k]);
            p.push(mth(&d[k..]));
            p
        } else {
            let mut p = path(m - k, &d[k..]);
            p.push(mth(&d[..k]));
            p
        }
    }

    /// `SUBPROOF(m, D[n], b)` as RFC 9162 §2.1.4.1 defines it.
    fn subproof(m: usize, d: &[Hash], b: bool) -> Vec<Hash> {
        let n = d.len();
        if m == n {
            return if b { Vec::new() } else { vec![mth(d)] };
        }
        let k = split(n);
        if m <= k {
            let mut p = subproof(m, &d[..k], b);
            p.push(mth(&d[k..]));
            p
        } else {
            let mut p = subproof(m - k, &d[k..], false);
            p.push(mth(&d[..k]));
            p
        }
    }

    #[test]
    fn a_tampered_or_truncated_proof_fails() {
        let levels = Levels::new(leaves(13));
        let root = levels.root(13).unwrap();
        let proof = levels.inclusion(5, 13).unwrap();
        assert!(verify_inclusion(5, 13, &leaf(5), &proof, &root));
        assert!(
            !verify_inclusion(5, 13, &leaf(6), &proof, &root),
            "another leaf"
        );
        assert!(
            !verify_inclusion(4, 13, &leaf(5), &proof, &root),
            "another index"
        );
        assert!(
            !verify_inclusion(5, 13, &leaf(5), &proof[..proof.len() - 1], &root),
            "truncated"
        );
        let old_root = levels.root(7).unwrap();
        let consistency = levels.consistency(7, 13).unwrap();
        assert!(verify_consistency(7, 13, &old_root, &root, &consistency));
        assert!(
            !verify_consistency(7, 13, &old_root, &root, &consistency[1..]),
            "truncated"
        );
        // A fork: the same first six leaves, another seventh.
        let mut forked = leaves(13);
        forked[6] = leaf(99);
        let forked = Levels::new(forked);
        let forked_old = forked.root(7).unwrap();
        assert!(!verify_consistency(7, 13, &forked_old, &root, &consistency));
        assert!(!verify_consistency(
            7,
            13,
            &old_root,
            &root,
            &forked.consistency(7, 13).unwrap()
        ));
    }

    proptest! {
        #[test]
        fn proofs_are_the_rfcs_and_verify(n in 1u64..70, pick in 0u64..1000, old_pick in 0u64..1000) {
            let all = leaves(n);
            let levels = Levels::new(all.clone());
            let size = 1 + pick % n;
            let root = mth(&all[..size as usize]);
            prop_assert_eq!(levels.root(size), Some(root));
            let index = old_pick % size;
            let proof = levels.inclusion(index, size).unwrap();
            prop_assert_eq!(&proof, &path(index as usize, &all[..size as usize]));
            prop_assert!(verify_inclusion(index, size, &all[index as usize], &proof, &root));
            let old = 1 + old_pick % size;
            let consistency = levels.consistency(old, size).unwrap();
            prop_assert_eq!(&consistency, &subproof(old as usize, &all[..size as usize], true));
            let old_root = mth(&all[..old as usize]);
            prop_assert!(verify_consistency(old, size, &old_root, &root, &consistency));
        }
    }
}
