//! [`MailAddress`]: an address insyn can send to, parsed once where a
//! person types it. It is read with the sender's own parser (lettre's
//! `Mailbox`, as [`super::Mailer::send`] reads a recipient), so an address
//! that is saved is one the sender accepts; on top of that it must be a bare
//! address (no display name) at a domain name with a dot: no IP literal
//! (`nils@[127.0.0.1]`), no `localhost`, nothing a patient means by "my
//! e-mail address" that would sit in the outbox forever.

use lettre::message::Mailbox;
use std::{fmt, str::FromStr};

/// The longest address SMTP allows (RFC 5321, 4.5.3.1.3).
const MAX_LEN: usize = 254;

#[derive(Clone, PartialEq, Eq)]
pub struct MailAddress(String);

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("not an address insyn can send to")]
pub struct NotAnAddress;

impl MailAddress {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address as a key for counting mails to it: case does not make
    /// another mailbox in practice.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl FromStr for MailAddress {
    type Err = NotAnAddress;

    fn from_str(typed: &str) -> Result<Self, Self::Err> {
        let typed = typed.trim();
        if typed.is_empty() || typed.len() > MAX_LEN {
            return Err(NotAnAddress);
        }
        let mailbox: Mailbox = typed.parse().map_err(|_| NotAnAddress)?;
        let address = mailbox.email.to_string();
        // A display name or anything around the address is not an address.
        if mailbox.name.is_some() || address != typed {
            return Err(NotAnAddress);
        }
        let domain = mailbox.email.domain();
        let labels_ok = domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
        if !domain.contains('.') || !labels_ok || mailbox.email.user().starts_with('"') {
            return Err(NotAnAddress);
        }
        Ok(MailAddress(address))
    }
}

impl fmt::Display for MailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An address is personal data: logs get its domain only.
impl fmt::Debug for MailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let domain = self.0.rsplit_once('@').map_or("", |(_, d)| d);
        write!(f, "MailAddress(…@{domain})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_are_taken() {
        for good in [
            "nils@example.se",
            "  nils.nilsson+insyn@mail.example.se ",
            "åsa@exempel.se",
            "a@b-c.example",
        ] {
            let address: MailAddress = good.parse().unwrap();
            assert_eq!(address.as_str(), good.trim());
            // What is saved is what the sender can send to.
            assert!(address.as_str().parse::<Mailbox>().is_ok(), "{good}");
        }
    }

    #[test]
    fn addresses_the_sender_cannot_use_are_refused() {
        for bad in [
            "\"<script>alert(1)</script>\"@example.se",
            "\"nils\"@example.se",
            "nils@[127.0.0.1]",
            "nils@localhost",
            "nils@example.",
            "nils@.example.se",
            "nils@-example.se",
            "Nils <nils@example.se>",
            "nils",
            "@example.se",
            "nils@@example.se",
            "",
            "nils@exa mple.se",
        ] {
            assert_eq!(bad.parse::<MailAddress>(), Err(NotAnAddress), "{bad:?}");
        }
        let long = format!("{}@example.se", "a".repeat(250));
        assert!(long.parse::<MailAddress>().is_err());
    }

    #[test]
    fn debug_shows_the_domain_only() {
        let address: MailAddress = "nils@example.se".parse().unwrap();
        assert_eq!(format!("{address:?}"), "MailAddress(…@example.se)");
    }
}
