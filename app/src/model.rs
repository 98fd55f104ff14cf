//! What the pages show, as plain data: built on the server, serialised into
//! server-function responses and island props.

use serde::{Deserialize, Serialize};

/// One register in a list: enough to choose it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegisterCard {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub summary: String,
}

/// What the law says a patient must be told about a register (GDPR art.
/// 13–14, patientdatalagen), in the page's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegisterInfo {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub summary: String,
    pub purpose: String,
    /// The central personal data controller (centralt personuppgiftsansvarig, CPUA).
    pub controller: String,
    /// The register holder (registerhållare) and their organisation.
    pub holder: String,
    /// How long data is kept (lagringstid).
    pub retention: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub dpo_email: String,
    pub website: String,
}

impl RegisterCard {
    /// Whether the card matches a visitor's filter text: every word must
    /// occur, case-insensitively, in the name, short name, code or summary.
    pub fn matches(&self, filter: &str) -> bool {
        let haystack = format!(
            "{} {} {} {}",
            self.name, self.short_name, self.code, self.summary
        )
        .to_lowercase();
        filter
            .to_lowercase()
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_matches_every_word_in_any_field() {
        let card = RegisterCard {
            code: "qivf".into(),
            name: "Nationellt kvalitetsregister för assisterad befruktning".into(),
            short_name: "Q-IVF".into(),
            summary: "Behandlingar med IVF".into(),
        };
        assert!(card.matches(""));
        assert!(card.matches("q-ivf"));
        assert!(card.matches("BEFRUKTNING ivf"));
        assert!(!card.matches("diabetes"));
        assert!(!card.matches("ivf diabetes"));
    }
}
