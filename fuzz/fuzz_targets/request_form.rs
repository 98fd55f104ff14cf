//! The patient's request form, as the server reads it: any urlencoded
//! body, parsed into fields as `CheckedForm` does, then into each kind of
//! request — details or messages next to their fields, never a panic, and
//! no accepted text longer than the form allows.
#![no_main]

use app::{
    domain::RequestKind,
    requests::{MAX_TEXT, parse_form},
};
use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;

fuzz_target!(|data: &[u8]| {
    let fields: HashMap<String, String> = serde_urlencoded::from_bytes(data).unwrap_or_default();
    for kind in RequestKind::ALL {
        match parse_form(*kind, &fields) {
            Ok(details) => {
                let json = serde_json::to_value(&details).unwrap();
                if let Some(map) = json.as_object() {
                    for value in map.values().filter_map(|v| v.as_str()) {
                        assert!(value.chars().count() <= MAX_TEXT);
                    }
                }
            }
            Err(errors) => assert!(!errors.is_empty()),
        }
    }
});
