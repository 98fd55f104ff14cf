//! The patient's access log as files: JSON (`insyn.access-log/1`) and CSV,
//! the entries the log page's filters select.

use app::model::LogEntry;
use serde_json::{Value, json};

fn who(entry: &LogEntry) -> Value {
    json!({
        "kind": entry.actor.as_str(),
        "care_unit": entry.care_unit.as_ref().map(|(name, hsa)| json!({ "hsa_id": hsa, "name": name })),
    })
}

/// The log as JSON; with `proofs`, the latest signed checkpoint (a C2SP
/// note) and, for each entry in it, its leaf data and inclusion proof, so
/// that `insyn verify-proof` checks the file with no database.
pub fn json(entries: &[LogEntry], generated_at: i64, proofs: Option<&Proofs>) -> Vec<u8> {
    let proof_of = |seq: i64| proofs.and_then(|p| p.entries.iter().find(|e| e.leaf.seq == seq));
    let mut document = json!({
        "format": "insyn.access-log/1",
        "generated_at": super::rfc3339(generated_at),
        "time_zone": "Europe/Stockholm",
        "entries": entries.iter().map(|e| {
            let mut entry = json!({
                "number": e.seq,
                "time": e.occurred_at,
                "register": { "code": e.register_code, "name": e.register_name },
                "who": who(e),
                "kind": e.kind.as_str(),
                "reason": e.reason,
                "source": if e.reported_by_register { "register_system" } else { "insyn" },
                "purpose": e.purpose.map(|p| json!({ "code": p.as_str(), "hl7_purpose_of_use": p.hl7() })),
                "data": e.data.iter().map(|(record_type, fields)| json!({ "record_type": record_type, "fields": fields })).collect::<Vec<_>>(),
            });
            if let Some(proof) = proof_of(e.seq) {
                entry["proof"] = json!(proof);
            }
            entry
        }).collect::<Vec<_>>(),
    });
    if let Some(proofs) = proofs {
        document["checkpoint"] = json!({
            "tree_size": proofs.tree_size,
            "signed_at": super::rfc3339(proofs.signed_at),
            "note": proofs.note,
        });
    }
    serde_json::to_vec_pretty(&document).unwrap_or_default()
}

/// The latest signed checkpoint and the inclusion proofs against it.
#[derive(Debug, Clone)]
pub struct Proofs {
    pub tree_size: u64,
    /// When it was signed (the note itself carries no time).
    pub signed_at: i64,
    pub note: String,
    pub entries: Vec<crate::access_log::served::EntryProof>,
}

/// One row an entry, with a header row; UTF-8, comma-separated, quoted as
/// needed, no cell a spreadsheet formula ([`super::csv_cell`]).
pub fn csv(entries: &[LogEntry]) -> Result<Vec<u8>, csv::Error> {
    let mut out = super::csv_cell::SafeCsv::new();
    out.row([
        "number",
        "time",
        "register",
        "who",
        "care_unit_hsa_id",
        "care_unit_name",
        "kind",
        "reason",
        "source",
        "purpose",
    ])?;
    for e in entries {
        let (name, hsa) = e.care_unit.clone().unwrap_or_default();
        out.row([
            e.seq.to_string().as_str(),
            &e.occurred_at,
            &e.register_code,
            e.actor.as_str(),
            &hsa,
            &name,
            e.kind.as_str(),
            e.reason.as_deref().unwrap_or(""),
            if e.reported_by_register {
                "register_system"
            } else {
                "insyn"
            },
            e.purpose.map_or("", |p| p.as_str()),
        ])?;
    }
    out.finish()
}
