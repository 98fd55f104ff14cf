//! The PDF builder, through the filing receipt: any texts (every script,
//! right-to-left, control characters, very long lines) in every language
//! give a PDF or a clear error, never a panic.
#![no_main]

use app::{
    domain::{CaseEvent, RequestKind, RequestStatus},
    i18n::Lang,
    model::{FieldView, RequestStep, RequestView},
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\n').map(str::to_owned);
    let mut next = || parts.next().unwrap_or_default();
    let view = RequestView {
        reference: next(),
        register_code: "qivf".into(),
        register_name: next(),
        kind: RequestKind::Correction,
        status: RequestStatus::Received,
        received_on: "2026-12-01".into(),
        due_on: "2026-12-31".into(),
        extended_due_on: None,
        extension_reason: Some(next()),
        days_left: 30,
        decided_on: None,
        decision_reason: Some(next()),
        summary: (0..4)
            .map(|_| FieldView {
                label: next(),
                value: next(),
            })
            .collect(),
        history: vec![RequestStep {
            on: "2026-12-01".into(),
            status: CaseEvent::ALL[0],
            note: Some(next()),
        }],
        filed_by: None,
        handled_by: Some(next()),
        recipients: Vec::new(),
    };
    for lang in Lang::ALL {
        if let Ok(pdf) = insyn::export::pdf::receipt(&view, lang) {
            assert!(pdf.starts_with(b"%PDF"));
        }
    }
});
