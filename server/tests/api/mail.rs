//! Mail notices through the outbox, to a real SMTP server (maildev): one
//! mail per status change, to the right person, in their language, without
//! health data; nothing to an unconfirmed address; nothing lost while the
//! SMTP server is down or when a process dies between commit and send; and
//! every mail once with two instances on one PostgreSQL.

use crate::{
    cases::{act, staff},
    helpers::{TestApp, spawn_app_with_idp, spawn_app_with_mail, spawn_instance},
    idp::Browser,
    smtp::MailCatcher,
    staff_queue::file,
};
use insyn::db::{self, Engine, outbox::NewMail};
use reqwest::StatusCode;
use std::{collections::HashSet, time::Duration};

const TOLVAN: &str = "19121212-1212";
const ADDRESS: &str = "tolvan@example.se";

/// Saves `email` as the patient's address for notices.
async fn save_address(browser: &Browser, email: &str) {
    let saved = browser
        .submit("/me/requests", &[("email", email), ("action", "save")])
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    assert_eq!(saved.headers()["location"], "/me/requests?email=saved");
}

/// The confirmation link in a mail's text.
fn link_in(text: &str) -> String {
    text.split_whitespace()
        .find(|w| w.contains("/me/email/confirm/"))
        .expect("a confirmation link")
        .to_owned()
}

async fn outbox_statuses(app: &TestApp) -> Vec<(String, i64)> {
    sqlx::query_as("SELECT status, attempts FROM outbox ORDER BY id")
        .fetch_all(app.db.pool())
        .await
        .unwrap()
}

async fn mail_test(engine: Engine) {
    let catcher = MailCatcher::start().await;
    let app = spawn_app_with_mail(engine, catcher.smtp_port).await;
    let tolvan = app.browser();
    tolvan.sign_in_patient(TOLVAN).await;
    tolvan.get("/lang/en?next=/me").await;
    save_address(&tolvan, ADDRESS).await;
    let confirm = catcher.wait_for(1).await.remove(0);
    assert_eq!(confirm.to, [ADDRESS]);
    assert_eq!(confirm.subject, "Confirm your e-mail address for insyn");
    let confirmed = tolvan.get(&link_in(&confirm.text)).await;
    assert_eq!(
        confirmed.headers()["location"],
        "/me/requests?email=confirmed-now"
    );

    let reference = file(
        &tolvan,
        "ndr",
        "erasure",
        &[("explanation", "Min diabetes är min sak.")],
    )
    .await;
    // The patient's receipt, and one mail to each of NDR's two coordinators.
    let mails = catcher.wait_for(4).await;
    let coordinator = staff(&app, "SE2321000016-1003").await;
    act(
        &coordinator,
        &reference,
        "complete",
        &[("confirm_erasure", "yes")],
    )
    .await;
    let mails = {
        let _ = mails;
        catcher.wait_for(5).await
    };
    tokio::time::sleep(Duration::from_millis(800)).await;
    let mails = {
        let again = catcher.mails().await;
        assert_eq!(again.len(), mails.len(), "nothing sent twice");
        again
    };
    let to_tolvan: Vec<_> = mails.iter().filter(|m| m.to == [ADDRESS]).collect();
    let subjects: Vec<&str> = to_tolvan.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "Confirm your e-mail address for insyn",
            "We have received your request",
            "Your request is complete"
        ]
    );
    for mail in &to_tolvan[1..] {
        assert!(mail.text.contains(&reference), "{}", mail.text);
        assert!(
            mail.text
                .contains(&format!("{}/me/requests/{reference}", app.address))
        );
        assert!(
            mail.html
                .contains(&format!("href=\"{}/me/requests/{reference}\"", app.address))
        );
        for secret in [
            "19121212",
            "191212121212",
            "iabet",
            "NDR",
            "ndr",
            "rasure",
            "adering",
            "Tolvan",
        ] {
            assert!(
                !mail.text.contains(secret) && !mail.html.contains(secret),
                "{secret} in {}",
                mail.text
            );
        }
    }
    let to_staff: HashSet<&str> = mails
        .iter()
        .filter(|m| m.subject == "Nytt ärende i kön för NDR")
        .flat_map(|m| m.to.iter().map(String::as_str))
        .collect();
    assert_eq!(
        to_staff,
        HashSet::from([
            "robin@ndr.example.se",
            "alex.allround@registercentrum.example.se"
        ])
    );
    assert!(outbox_statuses(&app).await.iter().all(|(s, _)| s == "sent"));
}

#[tokio::test]
async fn a_status_change_mails_the_patient_once_in_their_language_sqlite() {
    mail_test(Engine::Sqlite).await;
}

#[tokio::test]
async fn a_status_change_mails_the_patient_once_in_their_language_postgres() {
    mail_test(Engine::Postgres).await;
}

#[tokio::test]
async fn an_unconfirmed_address_receives_nothing_and_a_link_works_once() {
    let catcher = MailCatcher::start().await;
    let app = spawn_app_with_mail(Engine::Sqlite, catcher.smtp_port).await;
    let tolvan = app.browser();
    tolvan.sign_in_patient(TOLVAN).await;
    save_address(&tolvan, ADDRESS).await;
    let link = link_in(&catcher.wait_for(1).await[0].text);
    file(&tolvan, "qivf", "restriction", &[("ground", "accuracy")]).await;
    // Q-IVF's two coordinators hear of it; Tolvan's unconfirmed address does not.
    let mails = catcher.wait_for(3).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(catcher.mails().await.len(), 3);
    assert_eq!(
        mails.iter().filter(|m| m.to == [ADDRESS]).count(),
        1,
        "only the link"
    );

    let page = tolvan.get("/me/requests").await.text().await.unwrap();
    assert!(page.contains("Vi har skickat en länk till tolvan@example.se"));
    let bad = tolvan
        .submit(
            "/me/requests",
            &[("email", "inte en adress"), ("action", "save")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text().await.unwrap().contains("Skriv en e-postadress"));

    assert_eq!(
        app.browser().get(&link).await.headers()["location"],
        "/me/requests?email=confirmed-now"
    );
    assert_eq!(
        app.browser().get(&link).await.headers()["location"],
        "/me/requests?email=link-invalid",
        "single use"
    );
    assert_eq!(
        app.browser()
            .get("/me/email/confirm/made-up")
            .await
            .headers()["location"],
        "/me/requests?email=link-invalid"
    );
    let removed = tolvan.submit("/me/requests", &[("action", "remove")]).await;
    assert_eq!(removed.headers()["location"], "/me/requests?email=removed");
    let address = sqlx::query_scalar::<_, Option<String>>(
        "SELECT email FROM patients WHERE personnummer = '191212121212'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(address, None);
}

#[tokio::test]
async fn a_mail_waits_while_the_smtp_server_is_down_and_arrives_once() {
    let catcher = MailCatcher::start().await;
    let port = catcher.smtp_port;
    catcher.stop().await;
    let app = spawn_app_with_mail(Engine::Sqlite, port).await;
    let tolvan = app.browser();
    tolvan.sign_in_patient(TOLVAN).await;
    save_address(&tolvan, ADDRESS).await;
    // Tried, failed, waiting for its next try.
    for _ in 0..100 {
        if outbox_statuses(&app)
            .await
            .iter()
            .any(|(s, a)| s == "pending" && *a >= 1)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (status, attempts) = outbox_statuses(&app).await.remove(0);
    assert!(
        status == "pending" && attempts >= 1,
        "{status} after {attempts} tries"
    );
    let catcher = MailCatcher::start_on(port).await;
    let mails = catcher.wait_for(1).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(catcher.mails().await.len(), 1, "{mails:?}");
    assert_eq!(outbox_statuses(&app).await[0].0, "sent");
}

/// `insyn serve` as a process of its own on `database_url`, its mail worker
/// sending to `smtp_port`; killed (SIGKILL) when dropped.
fn serve_process(database_url: &str, smtp_port: u16) -> tokio::process::Child {
    // Its own checkpoint key (made on start in development mode), not one in the source tree.
    static STARTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = STARTED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let key = std::env::temp_dir().join(format!("insyn-test-{}-{n}.key", std::process::id()));
    tokio::process::Command::new(env!("CARGO_BIN_EXE_insyn"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .env("DATABASE_URL", database_url)
        .env("INSYN_ACCESS_LOG__SIGNING_KEY_FILE", key)
        .env("INSYN_DEMO__SEED_ON_FIRST_START", "false")
        .env("INSYN_LOG__FILTER", "off")
        .env("INSYN_MAIL__SMTP_PORT", smtp_port.to_string())
        .env("INSYN_MAIL__POLL_INTERVAL_MS", "100")
        .env("INSYN_MAIL__TIMEOUT_SECS", "2")
        .env("INSYN_MAIL__RETRY_BASE_SECS", "1")
        .env("INSYN_MAIL__LEASE_SECS", "7")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the insyn binary runs")
}

/// An SMTP server that accepts connections and never answers: a send to it
/// hangs until the client's timeout.
async fn black_hole() -> (u16, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    (port, task)
}

#[tokio::test]
async fn a_mail_claimed_by_a_killed_process_is_sent_once_after_the_restart() {
    // The change and its mail committed by one process (its worker off)…
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let tolvan = app.browser();
    tolvan.sign_in_patient(TOLVAN).await;
    save_address(&tolvan, ADDRESS).await;
    let url = app.database_url.clone();
    let _dir = app.stop();
    let db = insyn::db::Db::connect(
        &url,
        insyn::db::PoolSettings {
            max_connections: 1,
            acquire_timeout: Duration::from_secs(5),
        },
    )
    .await
    .unwrap();
    // …claimed by a second process whose SMTP server hangs, killed mid-send…
    let (hole, _task) = black_hole().await;
    let mut doomed = serve_process(&url, hole);
    let mut claimed = false;
    for _ in 0..200 {
        let lease: Option<i64> = sqlx::query_scalar("SELECT locked_until FROM outbox")
            .fetch_one(db.pool())
            .await
            .unwrap_or(None);
        if lease.is_some() {
            claimed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(claimed, "the worker claimed the mail");
    doomed.kill().await.unwrap();
    let (status, attempts): (String, i64) = sqlx::query_as("SELECT status, attempts FROM outbox")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(
        (status.as_str(), attempts),
        ("pending", 0),
        "killed before the send finished"
    );
    // …and a restarted process sends it once, when the lease has run out.
    let catcher = MailCatcher::start().await;
    let _restarted = serve_process(&url, catcher.smtp_port);
    let mails = catcher.wait_for(1).await;
    assert_eq!(mails[0].to, [ADDRESS]);
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(catcher.mails().await.len(), 1);
}

#[tokio::test]
async fn a_mail_committed_before_a_stop_is_sent_after_the_restart() {
    let app = spawn_app_with_idp(Engine::Sqlite).await; // no mail worker: it stops before sending
    let tolvan = app.browser();
    tolvan.sign_in_patient(TOLVAN).await;
    save_address(&tolvan, ADDRESS).await;
    let url = app.database_url.clone();
    let _dir = app.stop();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let catcher = MailCatcher::start().await;
    let restarted = spawn_instance(&url, Some(catcher.smtp_port)).await;
    catcher.wait_for(1).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(catcher.mails().await.len(), 1);
    assert_eq!(outbox_statuses(&restarted).await, [("sent".to_owned(), 1)]);
}

#[tokio::test]
async fn two_serve_processes_on_postgresql_send_every_mail_exactly_once() {
    const NOTICES: usize = 200;
    let catcher = MailCatcher::start().await;
    let app = crate::helpers::spawn_app(Engine::Postgres).await; // creates and fills the database
    let mut tx = app.db.begin_write().await.unwrap();
    for i in 0..NOTICES {
        let recipient = format!("patient{i}@example.se");
        db::outbox::enqueue(
            &mut tx,
            &NewMail {
                recipient: &recipient,
                lang: "sv",
                subject: "Ditt ärende har uppdaterats",
                body_text: "Logga in.",
                body_html: "<p>Logga in.</p>",
            },
            app.clock.unix(),
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let _one = serve_process(&app.database_url, catcher.smtp_port);
    let _two = serve_process(&app.database_url, catcher.smtp_port);
    catcher.wait_for(NOTICES).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mails = catcher.mails().await;
    assert_eq!(mails.len(), NOTICES, "no mail twice");
    let recipients: HashSet<&str> = mails
        .iter()
        .flat_map(|m| m.to.iter().map(String::as_str))
        .collect();
    assert_eq!(recipients.len(), NOTICES, "every mail once");
    let sent: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND attempts = 1")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(sent as usize, NOTICES);
}

#[tokio::test]
async fn the_operator_sees_dead_mails_and_can_retry_them() {
    let app = spawn_app_with_idp(Engine::Sqlite).await;
    let mut conn = app.db.pool().acquire().await.unwrap();
    let now = app.clock.unix();
    for recipient in ["a@example.se", "b@example.se"] {
        let id = db::outbox::enqueue(
            &mut conn,
            &NewMail {
                recipient,
                lang: "sv",
                subject: "Ämne",
                body_text: "x",
                body_html: "<p>x</p>",
            },
            now,
        )
        .await
        .unwrap();
        db::outbox::failed(&mut conn, id, "connection refused", None)
            .await
            .unwrap();
    }
    let dead = db::outbox::list(&mut conn, Some("dead"), 10).await.unwrap();
    assert_eq!(dead.len(), 2);
    assert_eq!(dead[0].last_error.as_deref(), Some("connection refused"));
    assert_eq!(
        db::outbox::retry(&mut conn, Some(dead[0].id), now + 5)
            .await
            .unwrap(),
        1
    );
    let pending = db::outbox::list(&mut conn, Some("pending"), 10)
        .await
        .unwrap();
    assert_eq!(
        (pending.len(), pending[0].id, pending[0].next_attempt_at),
        (1, dead[0].id, now + 5)
    );
    assert_eq!(
        db::outbox::retry(&mut conn, None, now).await.unwrap(),
        1,
        "the other one"
    );
}

#[tokio::test]
async fn coordinators_get_one_daily_digest_of_what_is_nearly_due() {
    let catcher = MailCatcher::start().await;
    let app = spawn_app_with_mail(Engine::Sqlite, catcher.smtp_port).await;
    let patients: Vec<i64> = sqlx::query_scalar("SELECT id FROM patients ORDER BY id LIMIT 3")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    let today = app.clock.today();
    // Two due within the week (one of them overdue), one far off; in one
    // transaction, so the worker sees all or none.
    let mut tx = app.db.begin_write().await.unwrap();
    for (i, days) in [(0, 3), (1, -2), (2, 25)] {
        sqlx::query(
            "INSERT INTO requests (reference, patient_id, register_code, kind, status, details, received_at, due_on, open_key)
             VALUES ($1, $2, 'qivf', 'erasure', 'received', '{}', 0, $3, $1)",
        )
        .bind(format!("INS-DIGE-ST0{i}"))
        .bind(patients[i])
        .bind((today + time::Duration::days(days)).to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    // The worker looked at start, when nothing was due: today's digest is
    // written now, and only once however often it is attempted.
    for _ in 0..3 {
        insyn::mail::notices::digests(&app.db, &app.clock, &app.address)
            .await
            .unwrap();
    }
    let mails = catcher.wait_for(2).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        catcher.mails().await.len(),
        2,
        "one digest per coordinator and day: {mails:?}"
    );
    let to: HashSet<&str> = mails
        .iter()
        .flat_map(|m| m.to.iter().map(String::as_str))
        .collect();
    assert_eq!(
        to,
        HashSet::from([
            "kim.koordinator@qivf.example.se",
            "alex.allround@registercentrum.example.se"
        ])
    );
    for mail in &mails {
        assert_eq!(
            mail.subject,
            "2 ärenden i Q-IVF ska vara klara inom en vecka"
        );
        assert!(
            mail.text
                .contains(&format!("{}/staff/requests?register=qivf", app.address))
        );
        assert!(
            !mail.text.contains("INS-DIGE"),
            "no case details in a digest"
        );
    }
}
