//! The personnummer parser: never panics, and what it accepts it gives
//! back in the long form, which parses again to the same number.
#![no_main]

use app::domain::Personnummer;
use libfuzzer_sys::fuzz_target;
use time::macros::date;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for parsed in [
        Personnummer::parse(text, date!(2026 - 12 - 01)),
        Personnummer::parse_long(text),
    ] {
        if let Ok(pnr) = parsed {
            let again = Personnummer::parse_long(pnr.expose()).expect("its own long form parses");
            assert_eq!(again.expose(), pnr.expose());
            assert_eq!(pnr.expose().len(), 12);
        }
    }
});
