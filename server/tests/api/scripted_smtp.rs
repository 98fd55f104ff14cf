//! A small SMTP server whose answers a test scripts: refusals at the
//! greeting or for a recipient, a slow acceptance, and TLS (implicit, or
//! STARTTLS) with a certificate from a CA the test makes. The mail catcher
//! of the other tests only accepts, at once, in plain text.

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::{
    io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
};
use tokio_rustls::{TlsAcceptor, rustls};

/// How the server speaks TLS.
#[derive(Clone, Default)]
pub enum Security {
    /// Plain text, no STARTTLS offered.
    #[default]
    Plain,
    /// Plain text first; STARTTLS offered and then required.
    StartTls(TlsAcceptor),
    /// TLS from the first byte (SMTPS).
    Implicit(TlsAcceptor),
}

/// A CA of the test's own and a certificate it signed for 127.0.0.1 and
/// localhost: the CA's PEM (for `mail.ca_file`) and the server's side.
pub fn test_ca() -> (String, TlsAcceptor) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, SanType};
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "insyn test CA");
    let ca_key = KeyPair::generate().unwrap();
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let mut leaf = CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
    leaf.subject_alt_names
        .push(SanType::IpAddress(std::net::Ipv4Addr::LOCALHOST.into()));
    let leaf_key = KeyPair::generate().unwrap();
    let leaf_cert = leaf.signed_by(&leaf_key, &ca_cert, &ca_key).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![leaf_cert.der().clone()],
            rustls::pki_types::PrivatePkcs8KeyDer::from(leaf_key.serialize_der()).into(),
        )
        .unwrap();
    (ca_cert.pem(), TlsAcceptor::from(Arc::new(config)))
}

/// What the scripted server answers, in turn, and what it accepted.
#[derive(Default)]
pub struct Script {
    /// Greetings for the next connections; then "220".
    pub greetings: VecDeque<&'static str>,
    /// Replies to the next RCPT TO commands; then "250".
    pub recipients: VecDeque<&'static str>,
    /// How long the server thinks before it takes a message (a slow server).
    pub data_delay: Duration,
    /// Messages whose text began to arrive (DATA answered 354).
    pub receiving: usize,
    /// Messages taken in (the end of DATA answered 250).
    pub accepted: usize,
    /// How the server speaks TLS.
    pub security: Security,
    /// Of the accepted messages, those that came over TLS.
    pub accepted_over_tls: usize,
}

/// Serves `script` on a free port of 127.0.0.1.
pub async fn scripted_smtp(script: Script) -> (u16, Arc<Mutex<Script>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let script = Arc::new(Mutex::new(script));
    let shared = script.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(connection(stream, shared.clone()));
        }
    });
    (port, script)
}

async fn connection(stream: TcpStream, script: Arc<Mutex<Script>>) {
    let security = script.lock().unwrap().security.clone();
    match security {
        Security::Plain => {
            converse(stream, &script, false, true, false).await;
        }
        Security::Implicit(acceptor) => {
            if let Ok(tls) = acceptor.accept(stream).await {
                converse(tls, &script, false, true, true).await;
            }
        }
        Security::StartTls(acceptor) => {
            if let Some(plain) = converse(stream, &script, true, true, false).await
                && let Ok(tls) = acceptor.accept(plain).await
            {
                converse(tls, &script, false, false, true).await;
            }
        }
    }
}

/// One SMTP conversation; the stream back when the client asked for
/// STARTTLS (and `offer_starttls`), to go on over TLS.
async fn converse<S: AsyncRead + AsyncWrite + Unpin>(
    stream: S,
    script: &Mutex<Script>,
    offer_starttls: bool,
    greet: bool,
    secure: bool,
) -> Option<S> {
    let mut lines = BufReader::new(stream);
    if greet {
        let greeting = script.lock().unwrap().greetings.pop_front();
        let greeting = greeting.unwrap_or("220 scripted ESMTP");
        let _ = lines
            .get_mut()
            .write_all(format!("{greeting}\r\n").as_bytes())
            .await;
        if !greeting.starts_with("220") {
            return None;
        }
    }
    let mut in_data = false;
    let mut line = String::new();
    loop {
        line.clear();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return None,
            Ok(_) => {}
        }
        let text = line.trim_end_matches(['\r', '\n']);
        let reply = if in_data {
            if text != "." {
                continue;
            }
            in_data = false;
            let delay = script.lock().unwrap().data_delay;
            tokio::time::sleep(delay).await;
            let mut script = script.lock().unwrap();
            script.accepted += 1;
            if secure {
                script.accepted_over_tls += 1;
            }
            "250 2.0.0 queued"
        } else {
            let verb = text.split(' ').next().unwrap_or("").to_ascii_uppercase();
            match verb.as_str() {
                "EHLO" if offer_starttls => "250-scripted\r\n250-8BITMIME\r\n250 STARTTLS",
                "EHLO" => "250-scripted\r\n250 8BITMIME",
                "STARTTLS" if offer_starttls => {
                    let _ = lines
                        .get_mut()
                        .write_all(b"220 2.0.0 ready to start TLS\r\n")
                        .await;
                    return Some(lines.into_inner());
                }
                // Mail only over TLS once STARTTLS is offered.
                "MAIL" if offer_starttls => "530 5.7.0 must issue a STARTTLS command first",
                "HELO" | "MAIL" | "RSET" | "NOOP" => "250 2.0.0 OK",
                "RCPT" => {
                    let reply = script.lock().unwrap().recipients.pop_front();
                    reply.unwrap_or("250 2.1.5 OK")
                }
                "DATA" => {
                    in_data = true;
                    script.lock().unwrap().receiving += 1;
                    "354 end with <CRLF>.<CRLF>"
                }
                "QUIT" => {
                    let _ = lines.get_mut().write_all(b"221 2.0.0 bye\r\n").await;
                    return None;
                }
                _ => "502 5.5.2 not implemented",
            }
        };
        if lines
            .get_mut()
            .write_all(format!("{reply}\r\n").as_bytes())
            .await
            .is_err()
        {
            return None;
        }
    }
}
