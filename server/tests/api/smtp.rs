//! A real SMTP server for the mail tests: the mail catcher (npm `maildev`,
//! installed in e2e/ like the identity provider), one per test on free
//! ports, read back through its HTTP API.

use serde_json::Value;
use std::{path::PathBuf, process::Stdio, time::Duration};

pub struct MailCatcher {
    pub smtp_port: u16,
    web: String,
    http: reqwest::Client,
    process: tokio::process::Child,
}

/// A mail as the catcher received it.
#[derive(Debug, Clone)]
pub struct Caught {
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl MailCatcher {
    /// Starts a catcher on free ports and waits until it answers.
    pub async fn start() -> Self {
        Self::start_on(free_port()).await
    }

    /// Starts a catcher whose SMTP server listens on `smtp_port`.
    pub async fn start_on(smtp_port: u16) -> Self {
        let web_port = free_port();
        let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../e2e/node_modules/maildev/bin/maildev");
        let process = tokio::process::Command::new("node")
            .arg(bin)
            .args(["--ip", "127.0.0.1", "--smtp", &smtp_port.to_string()])
            .args(["--web", &web_port.to_string(), "--silent"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("node runs maildev (npm ci in e2e/)");
        let catcher = MailCatcher {
            smtp_port,
            web: format!("http://127.0.0.1:{web_port}"),
            http: reqwest::Client::new(),
            process,
        };
        for _ in 0..200 {
            let up = catcher
                .http
                .get(format!("{}/email", catcher.web))
                .send()
                .await;
            let smtp = tokio::net::TcpStream::connect(("127.0.0.1", smtp_port)).await;
            if up.is_ok_and(|r| r.status().is_success()) && smtp.is_ok() {
                return catcher;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("maildev did not start within 10 s");
    }

    /// Stops the SMTP server: mail sent now fails.
    pub async fn stop(mut self) {
        let _ = self.process.kill().await;
    }

    /// Every mail received so far.
    pub async fn mails(&self) -> Vec<Caught> {
        let all: Vec<Value> = self
            .http
            .get(format!("{}/email", self.web))
            .send()
            .await
            .expect("maildev answers")
            .json()
            .await
            .expect("a JSON list");
        all.into_iter()
            .map(|m| Caught {
                to: m["to"]
                    .as_array()
                    .map(|to| {
                        to.iter()
                            .filter_map(|a| a["address"].as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default(),
                subject: m["subject"].as_str().unwrap_or_default().to_owned(),
                text: m["text"].as_str().unwrap_or_default().to_owned(),
                html: m["html"].as_str().unwrap_or_default().to_owned(),
            })
            .collect()
    }

    /// Waits (up to 20 s) until `count` mails have arrived; all of them.
    pub async fn wait_for(&self, count: usize) -> Vec<Caught> {
        for _ in 0..400 {
            let mails = self.mails().await;
            if mails.len() >= count {
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let got = self.mails().await;
        panic!("expected {count} mails, got {}: {got:?}", got.len());
    }
}
