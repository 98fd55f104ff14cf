//! The `insyn` binary as an operator runs it: its commands (migrate, seed,
//! token, checkpoint, verify-log) and `insyn serve` processes, each
//! configured only through `INSYN_*` variables, as in production. A
//! server's log (JSON) is read to its end by a thread of its own: the
//! pipe must never fill (the server would block on it), and the soak
//! counts what the server itself logged as an error.

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Child, Stdio},
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

/// The binary and the environment every command and server gets.
pub struct Insyn {
    bin: PathBuf,
    env: Vec<(String, String)>,
}

impl Insyn {
    pub fn new(bin: PathBuf, env: Vec<(String, String)>) -> Self {
        Insyn { bin, env }
    }

    fn command(&self) -> std::process::Command {
        let mut command = std::process::Command::new(&self.bin);
        command
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(self.env.iter().map(|(k, v)| (k, v)));
        command
    }

    /// Runs `insyn ARGS` to its end: what it printed, or why it failed.
    pub async fn run(&self, args: &[&str]) -> Result<String, String> {
        let out = tokio::process::Command::from(self.command())
            .args(args)
            .output()
            .await
            .map_err(|e| format!("insyn {}: {e}", args.join(" ")))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(format!(
                "insyn {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    }

    /// Starts `insyn serve` on a free port and waits (≤ 60 s) until it listens.
    pub async fn serve(&self, index: usize) -> Result<Server, String> {
        let mut child = self
            .command()
            .args(["serve", "--addr", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("starting server {}: {e}", index + 1))?;
        let stdout = child.stdout.take().expect("a piped stdout");
        let log = Arc::new(ServerLog::default());
        let (listening, address) = tokio::sync::oneshot::channel();
        let counts = log.clone();
        std::thread::spawn(move || {
            let mut listening = Some(listening);
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = listening_address(&line)
                    && let Some(tell) = listening.take()
                {
                    let _ = tell.send(addr);
                }
                counts.note(&line);
            }
        });
        // Made before waiting, so that a server that never listens is killed (Drop).
        let mut server = Server {
            index,
            url: String::new(),
            child,
            log,
        };
        match tokio::time::timeout(Duration::from_secs(60), address).await {
            Ok(Ok(addr)) => {
                server.url = format!("http://{addr}");
                Ok(server)
            }
            _ => Err(format!("server {} did not listen within 60 s", index + 1)),
        }
    }
}

/// The address in the `insyn is listening` log line.
fn listening_address(line: &str) -> Option<String> {
    if !line.contains("insyn is listening") {
        return None;
    }
    line.split("\"addr\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
}

/// What a server logged at WARN and ERROR.
#[derive(Default)]
pub struct ServerLog {
    pub errors: AtomicU64,
    pub warnings: AtomicU64,
    /// The first few error lines, for the console (not the report: a log
    /// line is not for a file kept in the repository).
    pub first_errors: Mutex<Vec<String>>,
}

impl ServerLog {
    fn note(&self, line: &str) {
        if line.contains("\"level\":\"ERROR\"") {
            self.errors.fetch_add(1, Ordering::Relaxed);
            let mut first = self.first_errors.lock().unwrap();
            if first.len() < 5 {
                first.push(line.chars().take(500).collect());
            }
        } else if line.contains("\"level\":\"WARN\"") {
            self.warnings.fetch_add(1, Ordering::Relaxed);
        }
    }
}

pub struct Server {
    pub index: usize,
    /// Where the server itself listens (the balancer's backend).
    pub url: String,
    child: Child,
    pub log: Arc<ServerLog>,
}

impl Server {
    /// Resident memory in MB (VmRSS of /proc/PID/status).
    pub fn rss_mb(&self) -> Option<f64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let kb: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())?;
        Some(kb / 1024.0)
    }

    /// SIGTERM, as an orchestrator stops an instance, and a clean exit
    /// within 30 s (the shutdown grace is 20 s).
    pub async fn stop(&mut self) -> Result<(), String> {
        let name = format!("server {}", self.index + 1);
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        if !sent.is_ok_and(|s| s.success()) {
            return Err(format!("{name}: could not send SIGTERM"));
        }
        for _ in 0..300 {
            match self.child.try_wait() {
                Ok(Some(status)) if status.success() => return Ok(()),
                Ok(Some(status)) => return Err(format!("{name} exited with {status}")),
                Ok(None) => tokio::time::sleep(Duration::from_millis(100)).await,
                Err(error) => return Err(format!("{name}: {error}")),
            }
        }
        Err(format!("{name} did not stop within 30 s of SIGTERM"))
    }
}

impl Drop for Server {
    /// Never leave a server behind, whatever ended the soak.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
