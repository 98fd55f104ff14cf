//! The register API's batch parser, JSON and NDJSON: never panics, and
//! never gives more items than the limit.
#![no_main]

use insyn::ingest::{BatchFormat, parse_batch};
use libfuzzer_sys::fuzz_target;

const MAX: usize = 50;

fuzz_target!(|data: &[u8]| {
    for format in [BatchFormat::Json, BatchFormat::Ndjson] {
        if let Ok(items) = parse_batch(data, format, MAX) {
            assert!(items.len() <= MAX);
        }
    }
});
