//! The SMTP server refusing, as RFC 5321 lets it: the mail catcher only
//! accepts, so these tests talk to a small scripted server of their own.
//! A refusal for good (5xx) makes the mail dead at once, with the server's
//! words kept for the operator; a temporary one (4xx, at the greeting or
//! for the recipient) is tried again later, and the mail is then accepted
//! exactly once.

use crate::{
    helpers::{TestApp, on_both_engines},
    scripted_smtp::{Script, scripted_smtp},
};
use insyn::{
    config::{Config, MailConfig, MailTls},
    db::{self, outbox::NewMail},
    mail::{Mailer, worker::send_due},
};

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
pub(crate) async fn one_mail(app: &TestApp) -> i64 {
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
pub(crate) async fn state(app: &TestApp, id: i64) -> (String, i64, Option<String>) {
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
