//! Mail notices. What is said and to whom is decided where things happen
//! ([`notices`], written to the outbox in the same transaction as the
//! change); the [`worker`] inside `insyn serve` sends them with lettre over
//! SMTP, retrying with backoff. Mail never carries health data: it says that
//! something happened, with the request's reference and a link to sign in.

pub mod address;
pub mod notices;
pub mod worker;

use crate::{
    config::{MailConfig, MailTls},
    db::outbox::Claimed,
};
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
    transport::smtp::{
        authentication::Credentials,
        client::{Certificate, Tls, TlsParameters},
    },
};
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("mail.from is not an address: {0}")]
    From(String),
    #[error("the recipient is not an address")]
    Recipient,
    #[error("the mail cannot be built: {0}")]
    Build(String),
    #[error("TLS settings: {0}")]
    Tls(String),
    #[error("SMTP: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
}

impl MailError {
    /// Whether trying again cannot help: the server refused the mail for
    /// good (an SMTP 5xx reply: no such mailbox, rejected), or the mail
    /// itself cannot be made. Temporary refusals (4xx: try later, service
    /// not available), timeouts and lost connections are worth another try.
    pub fn is_permanent(&self) -> bool {
        match self {
            MailError::Recipient | MailError::Build(_) => true,
            MailError::Smtp(error) => error.is_permanent(),
            // The settings may be fixed while the mail waits.
            MailError::From(_) | MailError::Tls(_) => false,
        }
    }
}

/// The SMTP connection settings and the sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    pub fn new(config: &MailConfig) -> Result<Self, MailError> {
        let from: Mailbox = config
            .from
            .parse()
            .map_err(|_| MailError::From(config.from.clone()))?;
        let ca = match &config.ca_file {
            Some(path) => {
                let pem = std::fs::read(path)
                    .map_err(|e| MailError::Tls(format!("{}: {e}", path.display())))?;
                Some(Certificate::from_pem(&pem).map_err(|e| MailError::Tls(e.to_string()))?)
            }
            None => None,
        };
        // The server's certificate is always verified, for its host name.
        let tls = |host: &str| {
            let mut parameters = TlsParameters::builder(host.to_owned());
            if let Some(ca) = ca.clone() {
                parameters = parameters.add_root_certificate(ca);
            }
            parameters
                .build()
                .map_err(|e| MailError::Tls(e.to_string()))
        };
        let mut builder =
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.smtp_host)
                .port(config.smtp_port)
                .timeout(Some(Duration::from_secs(config.timeout_secs)))
                .tls(match config.tls {
                    MailTls::None => Tls::None,
                    MailTls::Starttls => Tls::Required(tls(&config.smtp_host)?),
                    MailTls::Tls => Tls::Wrapper(tls(&config.smtp_host)?),
                });
        if let (Some(user), Some(password)) = (&config.username, &config.password) {
            builder =
                builder.credentials(Credentials::new(user.clone(), password.expose().to_owned()));
        }
        Ok(Mailer {
            transport: builder.build(),
            from,
        })
    }

    /// Hands one mail to the SMTP server.
    pub async fn send(&self, mail: &Claimed) -> Result<(), MailError> {
        let to: Mailbox = mail.recipient.parse().map_err(|_| MailError::Recipient)?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .multipart(MultiPart::alternative_plain_html(
                mail.body_text.clone(),
                mail.body_html.clone(),
            ))
            .map_err(|e| MailError::Build(e.to_string()))?;
        self.transport.send(message).await?;
        Ok(())
    }
}
