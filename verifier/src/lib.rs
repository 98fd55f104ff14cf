//! The access-log verifier for the patient's browser: the same offline
//! check as `insyn verify-proof` ([`insyn_proof::offline::check_download`]),
//! compiled to WebAssembly and loaded by `public/verify-log.js` only when
//! the patient asks, so the log page's first visit does not carry it.
//!
//! It answers in JSON for the page's script to put into words (the words
//! are the page's, from the Fluent files): `{"ok": true, "proven", "unproven",
//! "tree_size", "origin", "fingerprint", "signed_at"}` or `{"ok": false,
//! "problem": "not_a_download" | "checkpoint" | "entry", "entry"}`.

use insyn_proof::offline::{ProofProblem, check_download, verifier};
use serde_json::json;
use wasm_bindgen::prelude::*;

/// Checks the downloaded log `log` (the text of `/me/log.json`) against
/// `key` (a C2SP verifier key, or the public key in hex).
#[wasm_bindgen]
pub fn check_log(log: &str, key: &str) -> String {
    check(log, key).to_string()
}

fn check(log: &str, key: &str) -> serde_json::Value {
    match check_download(log, key) {
        Ok(checked) => {
            let document: serde_json::Value = serde_json::from_str(log).unwrap_or_default();
            let note = document["checkpoint"]["note"].as_str().unwrap_or_default();
            json!({
                "ok": true,
                "proven": checked.proven,
                "unproven": checked.unproven,
                "tree_size": checked.checkpoint.tree_size,
                "origin": checked.checkpoint.origin,
                "fingerprint": verifier(key, note).map(|v| v.fingerprint()),
                "signed_at": document["checkpoint"]["signed_at"],
            })
        }
        Err(problem) => json!({
            "ok": false,
            "problem": match problem {
                ProofProblem::NotADownload => "not_a_download",
                ProofProblem::Checkpoint | ProofProblem::Consistency => "checkpoint",
                ProofProblem::Entry(_) => "entry",
            },
            "entry": match problem {
                ProofProblem::Entry(number) => Some(number),
                _ => None,
            },
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn what_is_not_a_download_is_said_so() {
        let answer = check("{\"entries\": []}", "00");
        assert_eq!(answer["ok"], false);
        assert_eq!(answer["problem"], "not_a_download");
        assert_eq!(check("not json", "00")["problem"], "not_a_download");
    }
}
