//! SIGTERM under load, to the `insyn serve` process an operator runs: the
//! requests in flight finish (a register system's batch whose body was still
//! arriving is answered and stored), new connections are refused, no reader
//! sees a 5xx or a cut-off page, the mail being sent is sent once and marked
//! so, the rest of the mail worker's batch is released at once (not left
//! to wait out its lease), and the process exits with success.

use crate::{
    client::{access_event, count, insyn, migrate_and_seed, token},
    helpers::fresh_database,
    scripted_smtp::{Script, scripted_smtp},
};
use insyn::db::{self, Db, Engine, PoolSettings, outbox::NewMail};
use std::{
    collections::BTreeMap,
    io::{BufRead, BufReader},
    process::{Command, Stdio},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Mails waiting when the server starts.
const MAILS: i64 = 5;

async fn sigterm_under_load(engine: Engine) {
    let _alone = crate::alone();
    let (url, dir) = fresh_database(engine).await;
    let site = tempfile::tempdir().unwrap();
    migrate_and_seed(&url);
    let db = Db::connect(
        &url,
        PoolSettings {
            max_connections: 2,
            acquire_timeout: Duration::from_secs(10),
        },
    )
    .await
    .unwrap();
    let token = token(&db, "qivf").await;
    {
        let mut conn = db.pool().acquire().await.unwrap();
        for n in 0..MAILS {
            let subject = format!("Avisering {n}");
            let mail = NewMail {
                recipient: "tolvan@example.se",
                lang: "sv",
                subject: &subject,
                body_text: "Logga in.",
                body_html: "<p>Logga in.</p>",
            };
            db::outbox::enqueue(&mut conn, &mail, 0).await.unwrap();
        }
    }
    // A slow SMTP server: the first mail is still being taken in when the
    // signal comes.
    let (smtp_port, smtp) = scripted_smtp(Script {
        data_delay: Duration::from_secs(2),
        ..Script::default()
    })
    .await;

    let mut child = insyn(&url)
        .env("INSYN_HTTP__SITE_ROOT", site.path())
        .env(
            "INSYN_ACCESS_LOG__SIGNING_KEY_FILE",
            site.path().join("log.key"),
        )
        .env("INSYN_MAIL__ENABLED", "true")
        .env("INSYN_MAIL__SMTP_HOST", "127.0.0.1")
        .env("INSYN_MAIL__SMTP_PORT", smtp_port.to_string())
        .env("INSYN_MAIL__TLS", "none")
        .env("INSYN_MAIL__POLL_INTERVAL_MS", "100")
        .env("INSYN_MAIL__TIMEOUT_SECS", "10")
        // Far longer than the test: a mail taken again is one released.
        .env("INSYN_MAIL__LEASE_SECS", "3600")
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.contains("insyn is listening"))
        .expect("insyn serve starts");
    let addr = line
        .split("\"addr\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the address in the log line")
        .to_owned();
    // Keep the pipe read, so the server never blocks on its log.
    let log = std::thread::spawn(move || lines.map_while(Result::ok).collect::<Vec<_>>());

    // Readers, until the server is gone.
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let (stop, addr) = (stop.clone(), addr.clone());
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                let mut seen = BTreeMap::<String, u32>::new();
                while !stop.load(Ordering::Relaxed) {
                    let outcome = match client.get(format!("http://{addr}/registers")).send().await
                    {
                        Ok(response) => {
                            let status = response.status().as_u16();
                            match response.text().await {
                                Ok(page) if page.contains("</html>") => status.to_string(),
                                Ok(_) => format!("{status} without the end of the page"),
                                Err(error) => format!("{status} cut off: {error}"),
                            }
                        }
                        // The server closed or refused the connection before
                        // taking the request: a client may send it again.
                        Err(error) if error.is_connect() => "refused".to_owned(),
                        Err(error) if error.is_request() => "closed before the request".to_owned(),
                        Err(error) => format!("failed: {error}"),
                    };
                    *seen.entry(outcome).or_insert(0) += 1;
                }
                seen
            })
        })
        .collect();

    // A batch whose body is still arriving when the signal comes.
    let body = serde_json::json!({ "items": [access_event("TERM-1")] }).to_string();
    let (head, tail) = body.split_at(body.len() / 2);
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    slow.write_all(
        format!(
            "POST /api/v1/registers/qivf/access-events HTTP/1.1\r\nHost: {addr}\r\n\
             Authorization: Bearer {token}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{head}",
            body.len()
        )
        .as_bytes(),
    )
    .await
    .unwrap();

    let waited = Instant::now();
    while smtp.lock().unwrap().receiving == 0 {
        assert!(
            waited.elapsed() < Duration::from_secs(30),
            "the worker sends"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());

    // New connections are refused once the server stops listening.
    let waited = Instant::now();
    while tokio::net::TcpStream::connect(&addr).await.is_ok() {
        assert!(
            waited.elapsed() < Duration::from_secs(5),
            "the listener closes"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The request in flight is finished and answered.
    slow.write_all(tail.as_bytes()).await.unwrap();
    let mut answer = String::new();
    slow.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    let waited = Instant::now();
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            waited.elapsed() < Duration::from_secs(30),
            "the server stops"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    stop.store(true, Ordering::Relaxed);
    let mut seen = BTreeMap::<String, u32>::new();
    for reader in readers {
        for (outcome, n) in reader.await.unwrap() {
            *seen.entry(outcome).or_insert(0) += n;
        }
    }
    let log = log.join().unwrap();
    assert!(exit.success(), "{exit:?}: {log:?}");
    assert!(seen.get("200").copied().unwrap_or(0) > 0, "{seen:?}");
    assert!(
        seen.keys()
            .all(|k| ["200", "refused", "closed before the request"].contains(&k.as_str())),
        "only whole pages, or connections refused: {seen:?}"
    );

    // The batch answered is stored; the mail in hand was sent once and
    // marked so; the rest are due for any worker, untried.
    let stored = "SELECT COUNT(*) FROM access_events WHERE source_event_id = 'TERM-1'";
    assert_eq!(count(&db, stored).await, 1);
    assert_eq!(smtp.lock().unwrap().accepted, 1, "{log:?}");
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'").await,
        1
    );
    let released = "SELECT COUNT(*) FROM outbox WHERE status = 'pending'
                    AND locked_until IS NULL AND attempts = 0";
    assert_eq!(count(&db, released).await, MAILS - 1, "{log:?}");
    assert!(
        log.iter()
            .any(|l| l.contains("released the mails not yet tried"))
    );
    db.close().await;
    drop(dir);
}

#[tokio::test]
async fn sigterm_under_load_finishes_in_flight_and_releases_the_outbox_sqlite() {
    sigterm_under_load(Engine::Sqlite).await
}

#[tokio::test]
async fn sigterm_under_load_finishes_in_flight_and_releases_the_outbox_postgres() {
    sigterm_under_load(Engine::Postgres).await
}
