//! A small SMTP server whose answers a test scripts: refusals at the
//! greeting or for a recipient, and a slow acceptance. The mail catcher of
//! the other tests only accepts, at once.

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

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
}

/// Serves `script` on a free port of 127.0.0.1.
pub async fn scripted_smtp(script: Script) -> (u16, Arc<Mutex<Script>>) {
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
                        let delay = script.lock().unwrap().data_delay;
                        tokio::time::sleep(delay).await;
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
                                script.lock().unwrap().receiving += 1;
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
