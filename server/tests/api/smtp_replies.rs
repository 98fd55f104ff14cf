//! The SMTP server refusing, as RFC 5321 lets it: the mail catcher only
//! accepts, so these tests talk to a small scripted server of their own.
//! A refusal for good (5xx) makes the mail dead at once, with the server's
//! words kept for the operator; a temporary one (4xx, at the greeting or
//! for the recipient) is tried again later, and the mail is then accepted
//! exactly once.

use crate::helpers::{TestApp, on_both_engines};
use insyn::{
    config::{Config, MailConfig, MailTls},
    db::{self, outbox::NewMail},
    mail::{Mailer, worker::send_due},
};
use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

/// What the scripted server answers, in turn, and what it accepted.
#[derive(Default)]
struct Script {
    /// Greetings for the next connections; then "220".
    greetings: VecDeque<&'static str>,
    /// Replies to the next RCPT TO commands; then "250".
    recipients: VecDeque<&'static str>,
    /// Messages taken in (the end of DATA answered 250).
    accepted: usize,
}

/// Serves `script` on a free port of 127.0.0.1.
async fn scripted_smtp(script: Script) -> (u16, Arc<Mutex<Script>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let script = Arc::new(Mutex::new(script));
    let shared = script.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let script = shared.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                let greeting = script.lock().unwrap().greetings.pop_front();
                let greeting = greeting.unwrap_or("220 scripted ESMTP");
                let _ = write.write_all(format!("{greeting}\r\n").as_bytes()).await;
                if !greeting.starts_with("220") {
                    return;
                }
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    let reply = if in_data {
                        if line != "." {
                            continue;
                        }
                        in_data = false;
                        script.lock().unwrap().accepted += 1;
                        "250 2.0.0 queued"
                    } else {
                        let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                        match verb.as_str() {
                            "EHLO" => "250-scripted\r\n250 8BITMIME",
                            "HELO" | "MAIL" | "RSET" | "NOOP" => "250 2.0.0 OK",
                            "RCPT" => {
                                let reply = script.lock().unwrap().recipients.pop_front();
                                reply.unwrap_or("250 2.1.5 OK")
                            }
                            "DATA" => {
                                in_data = true;
                                "354 end with <CRLF>.<CRLF>"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 2.0.0 bye\r\n").await;
                                return;
                            }
                            _ => "502 5.5.2 not implemented",
                        }
                    };
                    if write
                        .write_all(format!("{reply}\r\n").as_bytes())
                        .await
                        .is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    (port, script)
}

fn mail_config(port: u16) -> MailConfig {
    let mut config = Config::default().mail;
    config.enabled = true;
    config.smtp_host = "127.0.0.1".into();
    config.smtp_port = port;
    config.tls = MailTls::None;
    config.timeout_secs = 5;
    config.retry_base_secs = 60;
    config.max_attempts = 5;
    config
}

/// One mail due now in the outbox of `app`; its id.
async fn one_mail(app: &TestApp) -> i64 {
    let mut conn = app.db.pool().acquire().await.unwrap();
    db::outbox::enqueue(
        &mut conn,
        &NewMail {
            recipient: "tolvan@example.se",
            lang: "sv",
            subject: "Ditt ärende har uppdaterats",
            body_text: "Logga in.",
            body_html: "<p>Logga in.</p>",
        },
        app.clock.unix(),
    )
    .await
    .unwrap()
}

/// The mail's status, tries and last error.
async fn state(app: &TestApp, id: i64) -> (String, i64, Option<String>) {
    sqlx::query_as("SELECT status, attempts, last_error FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

on_both_engines! {
    async fn a_mail_refused_for_good_is_dead_at_once(app: TestApp) {
        let (port, script) = scripted_smtp(Script {
            recipients: ["550 5.1.1 <tolvan@example.se>: no such mailbox"].into(),
            ..Script::default()
        })
        .await;
        let config = mail_config(port);
        let mailer = Mailer::new(&config).unwrap();
        let id = one_mail(&app).await;

        assert_eq!(
            send_due(&app.db, &app.clock, &mailer, &config)
                .await
                .unwrap(),
            1
        );
        let (status, attempts, error) = state(&app, id).await;
        assert_eq!((status.as_str(), attempts), ("dead", 1), "not tried again");
        assert!(
            error.unwrap().contains("no such mailbox"),
            "the server's words are kept"
        );
        // Nothing is due later either.
        app.clock.advance(7 * 24 * 3600);
        assert_eq!(
            send_due(&app.db, &app.clock, &mailer, &config)
                .await
                .unwrap(),
            0
        );
        assert_eq!(script.lock().unwrap().accepted, 0);
    }

    async fn a_mail_refused_for_now_is_tried_again_and_sent_once(app: TestApp) {
        let (port, script) = scripted_smtp(Script {
            // The service is down at the first try, the mailbox busy at the
            // second; the third goes through.
            greetings: ["421 4.3.2 service not available, closing"].into(),
            recipients: ["451 4.2.0 mailbox busy, try again later"].into(),
            ..Script::default()
        })
        .await;
        let config = mail_config(port);
        let mailer = Mailer::new(&config).unwrap();
        let id = one_mail(&app).await;

        for (turn, expect_error) in [(1, "service not available"), (2, "mailbox busy")] {
            assert_eq!(
                send_due(&app.db, &app.clock, &mailer, &config)
                    .await
                    .unwrap(),
                1
            );
            let (status, attempts, error) = state(&app, id).await;
            assert_eq!(
                (status.as_str(), attempts),
                ("pending", turn),
                "tried again later"
            );
            assert!(error.unwrap().contains(expect_error));
            assert_eq!(
                send_due(&app.db, &app.clock, &mailer, &config)
                    .await
                    .unwrap(),
                0,
                "not before its time"
            );
            // Past the backoff (at most twice the base, doubled per try).
            app.clock.advance(4 * 60 * turn);
        }
        assert_eq!(
            send_due(&app.db, &app.clock, &mailer, &config)
                .await
                .unwrap(),
            1
        );
        assert_eq!(state(&app, id).await.0, "sent");
        app.clock.advance(24 * 3600);
        assert_eq!(
            send_due(&app.db, &app.clock, &mailer, &config)
                .await
                .unwrap(),
            0
        );
        assert_eq!(script.lock().unwrap().accepted, 1, "sent exactly once");
    }
}
