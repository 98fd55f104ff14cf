//! The Swedish personal identity number (personnummer) and coordination
//! number (samordningsnummer), parsed once at the boundary.
//!
//! A `Personnummer` always holds a valid, normalised 12-digit number. It
//! never shows itself by accident: `Debug` and `Display` print a redaction,
//! so a stray `tracing::info!(?pnr)` or `format!("{pnr}")` leaks nothing.
//! Code that must show the number to its owner, or store it, calls
//! [`Personnummer::expose`] or [`Personnummer::formatted`] on purpose.

use std::fmt;
use time::{Date, Month};

/// Why an input is not a personnummer. The variants carry no part of the
/// input, so the error itself is safe to log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PersonnummerError {
    #[error("a personnummer has 10 or 12 digits, optionally with '-' or '+' before the last four")]
    Format,
    #[error("the birth date in the personnummer does not exist")]
    Date,
    #[error("the check digit of the personnummer is wrong")]
    CheckDigit,
    #[error("the birth number 000 is never assigned")]
    Serial,
}

/// Which series a number belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityKind {
    /// An ordinary personnummer.
    Personnummer,
    /// A samordningsnummer: the day of birth plus 60.
    Samordningsnummer,
}

/// A valid Swedish personnummer or samordningsnummer, normalised to 12 digits
/// (`YYYYMMDDNNNC`).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Personnummer(String);

impl Personnummer {
    /// Parses any of the common written forms: `YYYYMMDDNNNC`,
    /// `YYYYMMDD-NNNC`, `YYMMDDNNNC`, `YYMMDD-NNNC` and `YYMMDD+NNNC`
    /// (`+` marks someone aged 100 or more). Surrounding white space is
    /// ignored; white space inside is not.
    ///
    /// `today` decides the century of a 10-digit form: the most recent one
    /// that does not put the birth in the future (one century earlier with
    /// `+`). It is a parameter so that tests control it.
    pub fn parse(input: &str, today: Date) -> Result<Self, PersonnummerError> {
        let input = input.trim();
        let (digits, separator) = split_separator(input)?;
        let full = match digits.len() {
            12 => digits.into_owned(),
            10 => {
                let yy: i32 = digits[..2].parse().map_err(|_| PersonnummerError::Format)?;
                let mut year = today.year() - (today.year() - yy).rem_euclid(100);
                if separator == Some('+') {
                    year -= 100;
                }
                format!("{year:04}{}", &digits[2..])
            }
            _ => return Err(PersonnummerError::Format),
        };
        Self::from_twelve_digits(full)
    }

    /// Parses the 12-digit form only (with or without separator): the form
    /// that identity providers send and that the database stores. It needs no
    /// clock because the century is written out.
    pub fn parse_long(input: &str) -> Result<Self, PersonnummerError> {
        let (digits, _) = split_separator(input.trim())?;
        if digits.len() != 12 {
            return Err(PersonnummerError::Format);
        }
        Self::from_twelve_digits(digits.into_owned())
    }

    fn from_twelve_digits(full: String) -> Result<Self, PersonnummerError> {
        debug_assert!(full.len() == 12 && full.bytes().all(|b| b.is_ascii_digit()));
        let n = |range: std::ops::Range<usize>| -> u32 {
            full[range]
                .bytes()
                .fold(0, |acc, b| acc * 10 + u32::from(b - b'0'))
        };
        let year = n(0..4) as i32;
        let month = Month::try_from(n(4..6) as u8).map_err(|_| PersonnummerError::Date)?;
        let day = n(6..8);
        let day = if day > 60 { day - 60 } else { day };
        Date::from_calendar_date(year, month, day as u8).map_err(|_| PersonnummerError::Date)?;
        if &full[8..11] == "000" {
            return Err(PersonnummerError::Serial);
        }
        if luhn_check_digit(&full[2..11]) != full.as_bytes()[11] - b'0' {
            return Err(PersonnummerError::CheckDigit);
        }
        Ok(Self(full))
    }

    /// The 12 digits, for storage and for showing the number to its owner.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `YYYYMMDD-NNNC`, the form people read.
    pub fn formatted(&self) -> String {
        format!("{}-{}", &self.0[..8], &self.0[8..])
    }

    pub fn kind(&self) -> IdentityKind {
        if self.0[6..8] > *"60" {
            IdentityKind::Samordningsnummer
        } else {
            IdentityKind::Personnummer
        }
    }

    /// Full years of age on `today` (a birthday on 29 February counts from
    /// 1 March in other years).
    pub fn age_on(&self, today: Date) -> i32 {
        let born = self.birth_date();
        let years = today.year() - born.year();
        let had_birthday = (today.month() as u8, today.day()) >= (born.month() as u8, born.day());
        if had_birthday { years } else { years - 1 }
    }

    /// The date of birth (for a samordningsnummer, the day minus 60).
    pub fn birth_date(&self) -> Date {
        let year: i32 = self.0[..4].parse().unwrap_or_default();
        let month: u8 = self.0[4..6].parse().unwrap_or(1);
        let day: u8 = self.0[6..8].parse().unwrap_or(1);
        let day = if day > 60 { day - 60 } else { day };
        // Checked in `from_twelve_digits`, so this cannot fail.
        Month::try_from(month)
            .ok()
            .and_then(|m| Date::from_calendar_date(year, m, day).ok())
            .unwrap_or(Date::MIN)
    }
}

/// Splits an optional `-`/`+` four places from the end and checks that what
/// is left is all ASCII digits.
fn split_separator(
    input: &str,
) -> Result<(std::borrow::Cow<'_, str>, Option<char>), PersonnummerError> {
    let bytes = input.as_bytes();
    let (digits, separator) = match bytes.len().checked_sub(5).map(|i| bytes[i]) {
        Some(sep @ (b'-' | b'+')) => {
            let i = bytes.len() - 5;
            (
                format!("{}{}", &input[..i], &input[i + 1..]).into(),
                Some(sep as char),
            )
        }
        _ => (std::borrow::Cow::Borrowed(input), None),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PersonnummerError::Format);
    }
    Ok((digits, separator))
}

/// The Luhn check digit of the nine digits `YYMMDDNNN`.
fn luhn_check_digit(nine: &str) -> u8 {
    let sum: u32 = nine
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0') * if i % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

impl fmt::Debug for Personnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Personnummer(<redacted>)")
    }
}

impl fmt::Display for Personnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<personnummer redacted>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 24);

    #[test]
    fn age_counts_full_years_from_the_birthday() {
        let child = Personnummer::parse("20210315-9824", TODAY).unwrap();
        assert_eq!(child.age_on(date!(2034 - 03 - 14)), 12);
        assert_eq!(child.age_on(date!(2034 - 03 - 15)), 13);
    }

    #[test]
    fn accepts_the_common_forms_of_tolvan() {
        for input in [
            "191212121212",
            "19121212-1212",
            "121212+1212",
            " 19121212-1212 ",
        ] {
            let p = Personnummer::parse(input, TODAY).expect(input);
            assert_eq!(p.expose(), "191212121212");
            assert_eq!(p.formatted(), "19121212-1212");
            assert_eq!(p.kind(), IdentityKind::Personnummer);
        }
    }

    #[test]
    fn ten_digits_without_plus_is_the_latest_century_not_in_the_future() {
        let p = Personnummer::parse("121212-1212", TODAY).unwrap();
        assert_eq!(p.expose(), "201212121212");
        // 26 is this year, so 2026; 27 would be in the future, so 1927.
        assert!(
            Personnummer::parse("2701011237", TODAY)
                .unwrap()
                .expose()
                .starts_with("1927")
        );
    }

    #[test]
    fn refuses_malformed_input_with_the_reason() {
        use PersonnummerError::*;
        let cases = [
            ("", Format),
            ("19121212-121", Format),
            ("1912121212123", Format),
            ("19121212 1212", Format),
            ("1912121a1212", Format),
            ("19121212--1212", Format),
            ("19121312-1212", Date),
            ("19120230-1212", Date),
            ("19121212-1213", CheckDigit),
            ("20150916-0006", Serial),
        ];
        for (input, want) in cases {
            assert_eq!(Personnummer::parse(input, TODAY), Err(want), "{input:?}");
        }
    }

    #[test]
    fn samordningsnummer_is_day_plus_sixty() {
        let p = Personnummer::parse_long("19730288-9931").unwrap();
        assert_eq!(p.kind(), IdentityKind::Samordningsnummer);
        assert_eq!(p.birth_date(), date!(1973 - 02 - 28));
    }

    #[test]
    fn never_shows_itself_in_debug_or_display() {
        let p = Personnummer::parse_long("191212121212").unwrap();
        for shown in [format!("{p:?}"), format!("{p}"), format!("{:?}", Some(&p))] {
            assert!(!shown.contains("1212"), "{shown}");
        }
    }

    /// The shared test vectors of the personnummer libraries (see
    /// app/testdata/README.md): every written form must agree on validity,
    /// and forms that carry the century must normalise to the long form.
    #[test]
    fn agrees_with_the_shared_test_vectors() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/personnummer-list.json"
        );
        let text = std::fs::read_to_string(path).expect("app/testdata/personnummer-list.json");
        let rows: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        assert!(rows.len() > 10);
        for row in rows {
            let valid = row["valid"].as_bool().unwrap();
            let long = row["long_format"].as_str().unwrap();
            for key in [
                "long_format",
                "short_format",
                "separated_format",
                "separated_long",
            ] {
                let input = row[key].as_str().unwrap();
                let parsed = Personnummer::parse(input, TODAY);
                assert_eq!(parsed.is_ok(), valid, "{key} {input}: {parsed:?}");
                if let Ok(p) = parsed {
                    // The short form without '+' cannot say "over 100", so only
                    // its last ten digits are comparable.
                    if key == "short_format" {
                        assert_eq!(&p.expose()[2..], &long[2..]);
                    } else {
                        assert_eq!(p.expose(), long, "{key} {input}");
                    }
                    let kind = if row["type"] == "con" {
                        IdentityKind::Samordningsnummer
                    } else {
                        IdentityKind::Personnummer
                    };
                    assert_eq!(p.kind(), kind, "{input}");
                }
            }
        }
    }

    fn valid_number() -> impl Strategy<Value = String> {
        (1900i32..2026, 1u8..=12, 1u8..=28, 1u32..1000, any::<bool>()).prop_map(
            |(y, m, d, serial, coord)| {
                let day = if coord { d + 60 } else { d };
                let nine = format!("{:02}{m:02}{day:02}{serial:03}", y % 100);
                format!("{y:04}{m:02}{day:02}{serial:03}{}", luhn_check_digit(&nine))
            },
        )
    }

    proptest! {
        #[test]
        fn every_generated_valid_number_parses_in_every_form(n in valid_number()) {
            let long = Personnummer::parse(&n, TODAY).unwrap();
            prop_assert_eq!(long.expose(), n.as_str());
            let separated = format!("{}-{}", &n[..8], &n[8..]);
            prop_assert_eq!(Personnummer::parse(&separated, TODAY).unwrap(), long.clone());
            let year: i32 = n[..4].parse().unwrap();
            let sep = if TODAY.year() - year >= 100 { '+' } else { '-' };
            let short = format!("{}{sep}{}", &n[2..8], &n[8..]);
            prop_assert_eq!(Personnummer::parse(&short, TODAY).unwrap(), long);
        }

        #[test]
        fn changing_one_digit_breaks_the_check(n in valid_number(), pos in 2usize..12, delta in 1u8..10) {
            let mut bytes = n.into_bytes();
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            let changed = String::from_utf8(bytes).unwrap();
            // A changed date digit may also make the date impossible; either way it is refused.
            prop_assert!(Personnummer::parse(&changed, TODAY).is_err(), "{}", changed);
        }

        #[test]
        fn arbitrary_input_never_panics(s in "\\PC{0,20}") {
            let _ = Personnummer::parse(&s, TODAY);
            let _ = Personnummer::parse_long(&s);
        }
    }
}
