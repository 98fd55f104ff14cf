//! Mail over TLS, to a scripted server whose certificate a CA of the test's
//! own signed, trusted through `mail.ca_file`: STARTTLS and implicit TLS
//! each deliver the mail once, over TLS. A server whose certificate is not
//! trusted, or one that does not offer STARTTLS when it is required, gets
//! nothing: the mail waits for its next try rather than going out
//! unprotected. The mailer is the same on both engines; these run on SQLite.

use crate::{
    helpers::spawn_app,
    scripted_smtp::{Script, Security, scripted_smtp, test_ca},
    smtp_replies::{one_mail, state},
};
use insyn::{
    config::{Config, MailConfig, MailTls},
    db::Engine,
    mail::{Mailer, worker::send_due},
};
use std::path::PathBuf;

fn mail_config(port: u16, tls: MailTls, ca_file: Option<PathBuf>) -> MailConfig {
    let mut config = Config::default().mail;
    config.enabled = true;
    config.smtp_host = "127.0.0.1".into();
    config.smtp_port = port;
    config.tls = tls;
    config.ca_file = ca_file;
    config.timeout_secs = 5;
    config.retry_base_secs = 60;
    config.max_attempts = 5;
    config
}

#[tokio::test]
async fn a_mail_goes_out_once_over_starttls_and_over_implicit_tls() {
    let app = spawn_app(Engine::Sqlite).await;
    let dir = tempfile::tempdir().unwrap();
    let (ca_pem, acceptor) = test_ca();
    let ca_file = dir.path().join("region-ca.pem");
    std::fs::write(&ca_file, ca_pem).unwrap();
    for (tls, security) in [
        (MailTls::Starttls, Security::StartTls(acceptor.clone())),
        (MailTls::Tls, Security::Implicit(acceptor.clone())),
    ] {
        let (port, script) = scripted_smtp(Script {
            security,
            ..Script::default()
        })
        .await;
        let config = mail_config(port, tls, Some(ca_file.clone()));
        let mailer = Mailer::new(&config).unwrap();
        let id = one_mail(&app).await;
        assert_eq!(
            send_due(&app.db, &app.clock, &mailer, &config)
                .await
                .unwrap(),
            1
        );
        let (status, _, error) = state(&app, id).await;
        assert_eq!(status, "sent", "{tls:?}: {error:?}");
        let script = script.lock().unwrap();
        assert_eq!(
            (script.accepted, script.accepted_over_tls),
            (1, 1),
            "{tls:?}"
        );
    }
}

#[tokio::test]
async fn an_untrusted_certificate_or_a_missing_starttls_sends_nothing() {
    let app = spawn_app(Engine::Sqlite).await;
    let dir = tempfile::tempdir().unwrap();
    let (ca_pem, acceptor) = test_ca();
    let ca_file = dir.path().join("region-ca.pem");
    std::fs::write(&ca_file, ca_pem).unwrap();
    let cases = [
        // The public roots only: the region's CA is not among them.
        (
            "STARTTLS, CA not trusted",
            MailTls::Starttls,
            Security::StartTls(acceptor.clone()),
            None,
        ),
        (
            "implicit TLS, CA not trusted",
            MailTls::Tls,
            Security::Implicit(acceptor.clone()),
            None,
        ),
        // A server (or someone in between) that strips STARTTLS.
        (
            "STARTTLS not offered",
            MailTls::Starttls,
            Security::Plain,
            Some(ca_file.clone()),
        ),
    ];
    for (what, tls, security, ca) in cases {
        let (port, script) = scripted_smtp(Script {
            security,
            ..Script::default()
        })
        .await;
        let config = mail_config(port, tls, ca);
        let mailer = Mailer::new(&config).unwrap();
        let id = one_mail(&app).await;
        assert_eq!(
            send_due(&app.db, &app.clock, &mailer, &config)
                .await
                .unwrap(),
            1
        );
        let (status, attempts, error) = state(&app, id).await;
        assert_eq!(
            (status.as_str(), attempts),
            ("pending", 1),
            "{what}: tried again later"
        );
        assert!(error.is_some(), "{what}: the reason is kept");
        assert_eq!(script.lock().unwrap().accepted, 0, "{what}: nothing sent");
    }
}
