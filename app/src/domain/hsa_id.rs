//! The HSA-id that identifies Swedish care units and health-care staff:
//! `SE`, the ten-digit organisation number of the issuing body, `-`, and a
//! local part (for example `SE2321000016-1001`).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "an HSA-id looks like SE2321000016-1001: 'SE', ten digits, '-', then 1 to 18 letters or digits"
)]
pub struct HsaIdError;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct HsaId(String);

impl HsaId {
    /// Accepts any letter case and surrounding white space; stores upper case.
    pub fn parse(input: &str) -> Result<Self, HsaIdError> {
        let s = input.trim().to_ascii_uppercase();
        let b = s.as_bytes();
        let ok = b.len() >= 14
            && b.len() <= 31
            && b.starts_with(b"SE")
            && b[2..12].iter().all(u8::is_ascii_digit)
            && b[12] == b'-'
            && b[13..].iter().all(u8::is_ascii_alphanumeric);
        if ok { Ok(Self(s)) } else { Err(HsaIdError) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for HsaId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for HsaId {
    type Err = HsaIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl<'de> serde::Deserialize<'de> for HsaId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_hsa_ids_and_normalises_case() {
        assert_eq!(
            HsaId::parse(" se2321000016-1001 ").unwrap().as_str(),
            "SE2321000016-1001"
        );
        assert!(HsaId::parse("SE2321000016-F123456ABC").is_ok());
        for bad in [
            "",
            "SE2321000016",
            "SE2321000016-",
            "DK2321000016-1001",
            "SE232100001-1001",
            "SE2321000016-10 1",
            "SE2321000016-1001-",
        ] {
            assert!(HsaId::parse(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn parsing_is_idempotent(s in "[sS][eE][0-9]{10}-[a-zA-Z0-9]{1,18}") {
            let once = HsaId::parse(&s).unwrap();
            prop_assert_eq!(HsaId::parse(once.as_str()).unwrap(), once);
        }
    }
}
