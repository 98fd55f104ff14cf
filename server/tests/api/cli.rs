//! The `insyn` binary as an operator runs it.

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

fn insyn(db_url: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_insyn"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", db_url)
        .env("INSYN_LOG__FILTER", "info")
        .env("INSYN_LOG__FORMAT", "json");
    command
}

fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}/insyn.db", dir.path().display())
}

#[test]
fn every_subcommand_has_help() {
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["migrate", "--help"],
        &["seed", "--help"],
        &["staff", "add", "--help"],
        &["import", "--help"],
        &["verify-log", "--help"],
        &["checkpoint", "export", "--help"],
        &["token", "create", "--help"],
        &["backup", "--help"],
        &["relations", "import", "--help"],
    ] {
        let out = insyn("sqlite://unused.db").args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Usage: insyn"),
            "{args:?}"
        );
    }
}

#[test]
fn migrate_seed_and_staff_add_work_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(&dir);
    let out = insyn(&url).arg("migrate").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = insyn(&url).args(["seed", "--demo"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Loaded 3 registers, 23 persons (0 already present)"),
        "{stdout}"
    );
    let out = insyn(&url)
        .args([
            "staff",
            "add",
            "--hsa-id",
            "se2321000016-2001",
            "--name",
            "Sam Samordnare",
            "--register",
            "qivf",
            "--register",
            "ndr",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("SE2321000016-2001 coordinates: qivf, ndr.")
    );
    let out = insyn(&url)
        .args([
            "staff",
            "add",
            "--hsa-id",
            "SE2321000131-2009",
            "--name",
            "Cim Klinik",
            "--role",
            "clinic",
            "--register",
            "qivf",
            "--care-unit",
            "SE2321000131-RM02",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("SE2321000131-2009 works for SE2321000131-RM02 in: qivf.")
    );
}

#[tokio::test]
async fn staff_add_refuses_bad_input_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(&dir);
    let cases = [
        ("1001", "qivf", "an HSA-id looks like"),
        ("SE2321000016-2002", "Q IVF", "a register code is"),
        (
            "SE2321000016-2002",
            "finns-inte",
            "there is no register with the code \"finns-inte\"",
        ),
    ];
    for (hsa_id, register, message) in cases {
        let out = insyn(&url)
            .args([
                "staff",
                "add",
                "--hsa-id",
                hsa_id,
                "--name",
                "X",
                "--register",
                register,
            ])
            .output()
            .unwrap();
        assert!(!out.status.success(), "{hsa_id} {register}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{stderr}");
    }
    let roles: [(&[&str], &str); 3] = [
        (
            &["--role", "clinic", "--register", "qivf"],
            "clinic staff need at least one --register and one --care-unit",
        ),
        (
            &[
                "--role",
                "clinic",
                "--register",
                "qivf",
                "--care-unit",
                "SE2321000131-RM99",
            ],
            "there is no care unit SE2321000131-RM99",
        ),
        (
            &["--role", "admin", "--register", "qivf"],
            "an administrator works on the platform",
        ),
    ];
    for (args, message) in roles {
        let out = insyn(&url)
            .args([
                "staff",
                "add",
                "--hsa-id",
                "SE2321000016-2003",
                "--name",
                "X",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{stderr}");
    }
    // Nothing was written: no staff member exists.
    let settings = insyn::db::PoolSettings {
        max_connections: 1,
        acquire_timeout: Duration::from_secs(5),
    };
    let db = insyn::db::Db::connect(&url, settings).await.unwrap();
    let staff: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff")
        .fetch_one(db.pool())
        .await
        .unwrap();
    assert_eq!(staff, 0);
}

#[test]
fn an_unknown_configuration_key_stops_the_start_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = insyn(&sqlite_url(&dir))
        .env("INSYN_HTTP__ADRES", "x")
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("adres"), "{stderr}");
}

#[test]
fn serve_finishes_and_exits_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = insyn(&sqlite_url(&dir))
        .env("INSYN_HTTP__SITE_ROOT", dir.path())
        .env(
            "INSYN_ACCESS_LOG__SIGNING_KEY_FILE",
            dir.path().join("log.key"),
        )
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let started = Instant::now();
    let listening = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.contains("insyn is listening"));
    let line = listening.expect("a 'listening' log line");
    assert!(!line.contains("19121212"), "no personnummer in the logs");
    let key = std::fs::metadata(dir.path().join("log.key")).expect("a development checkpoint key");
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&key.permissions()) & 0o777,
        0o600,
        "readable by its owner only"
    );
    assert!(started.elapsed() < Duration::from_secs(60));

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("shutting down")), "{rest:?}");
    assert!(rest.iter().any(|l| l.contains("\"stopped\"")), "{rest:?}");
    assert!(child.wait().unwrap().success());
}
