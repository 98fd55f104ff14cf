//! The short code that names a register in URLs, the API and the CLI
//! (`qivf`, `ndr`, `riksstroke`).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "a register code is 2 to 32 characters: lower-case letters a–z, digits and '-', starting with a letter"
)]
pub struct RegisterCodeError;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct RegisterCode(String);

impl RegisterCode {
    pub fn parse(input: &str) -> Result<Self, RegisterCodeError> {
        let ok = (2..=32).contains(&input.len())
            && input.starts_with(|c: char| c.is_ascii_lowercase())
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(Self(input.to_owned()))
        } else {
            Err(RegisterCodeError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RegisterCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for RegisterCode {
    type Err = RegisterCodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl<'de> serde::Deserialize<'de> for RegisterCode {
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
    fn accepts_real_codes_and_refuses_others() {
        for ok in ["qivf", "ndr", "riksstroke", "q-ivf", "se2"] {
            assert!(RegisterCode::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "q",
            "QIVF",
            "1abc",
            "q ivf",
            "qivf/../x",
            "å-register",
            &"a".repeat(33),
        ] {
            assert!(RegisterCode::parse(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn whatever_parses_is_safe_in_a_url_path(s in "\\PC{0,40}") {
            if let Ok(code) = RegisterCode::parse(&s) {
                prop_assert!(code.as_str().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
            }
        }
    }
}
