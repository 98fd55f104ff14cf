//! The access log's tamper evidence: `insyn verify-log` passes on an honest
//! log and names the first bad position after each kind of tampering, done
//! directly in the database with the append-only triggers dropped.

use crate::helpers::{TestApp, on_both_engines};
use app::domain::{AccessKind, ActorKind, HsaId, RegisterCode};
use insyn::db::{
    self, Engine,
    access_events::{NewAccessEvent, Source},
};
use std::{
    path::{Path, PathBuf},
    process::Output,
};

/// The log's key and the command that uses it, for one test.
struct Log {
    dir: tempfile::TempDir,
}

impl Log {
    async fn new(app: &TestApp) -> Log {
        let log = Log {
            dir: tempfile::tempdir().unwrap(),
        };
        let out = log
            .insyn(app, &["checkpoint", "keygen", log.key().to_str().unwrap()])
            .await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        log
    }

    fn key(&self) -> PathBuf {
        self.dir.path().join("log.key")
    }

    fn export(&self) -> PathBuf {
        self.dir.path().join("checkpoints.json")
    }

    async fn insyn(&self, app: &TestApp, args: &[&str]) -> Output {
        self.insyn_with(app, &[], args).await
    }

    /// `insyn` with this log's key and more (or other) settings from `env`.
    async fn insyn_with(&self, app: &TestApp, env: &[(&str, &str)], args: &[&str]) -> Output {
        tokio::process::Command::new(env!("CARGO_BIN_EXE_insyn"))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", &app.database_url)
            .env("INSYN_ACCESS_LOG__SIGNING_KEY_FILE", self.key())
            .env("INSYN_LOG__FILTER", "off")
            .envs(env.iter().copied())
            .args(args)
            .output()
            .await
            .unwrap()
    }

    fn public_key(&self) -> String {
        insyn::access_log::checkpoint::LogKey::read(&self.key())
            .unwrap()
            .public_key()
            .to_hex()
    }

    async fn checkpoint(&self, app: &TestApp) {
        let out = self.insyn(app, &["checkpoint", "create"]).await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains("Signed a checkpoint"),
            "{}",
            text(&out.stdout)
        );
    }

    async fn export_checkpoints(&self, app: &TestApp) {
        let out = self
            .insyn(
                app,
                &[
                    "checkpoint",
                    "export",
                    "--out",
                    self.export().to_str().unwrap(),
                ],
            )
            .await;
        assert!(out.status.success(), "{}", text(&out.stderr));
    }

    /// `verify-log`'s verdict: Ok(stdout) or Err(stderr).
    async fn verify(&self, app: &TestApp, extra: &[&str]) -> Result<String, String> {
        let mut args = vec!["verify-log"];
        args.extend_from_slice(extra);
        let out = self.insyn(app, &args).await;
        if out.status.success() {
            Ok(text(&out.stdout))
        } else {
            Err(text(&out.stderr))
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Appends `n` care-unit reads to the log, as the ingestion API would.
async fn append(app: &TestApp, n: usize) {
    let patient: i64 = sqlx::query_scalar("SELECT id FROM patients ORDER BY id LIMIT 1")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let register = RegisterCode::parse("qivf").unwrap();
    let unit = HsaId::parse("SE2321000016-RM01").unwrap();
    let mut tx = app.db.begin_write().await.unwrap();
    for i in 0..n {
        db::access_events::append(
            &mut tx,
            app.db.engine(),
            &NewAccessEvent {
                patient_id: patient,
                register: &register,
                occurred_at: 1_760_000_000 + i as i64,
                actor: ActorKind::CareUnit,
                care_unit: Some(&unit),
                staff: None,
                kind: AccessKind::Read,
                reason: Some("Uppföljning"),
                source: Source::RegisterSystem,
                source_event_id: None,
                acting: None,
                release: None,
                purpose: None,
                data_touched: None,
            },
            1_760_000_000,
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
}

async fn size(app: &TestApp) -> i64 {
    let mut conn = app.db.pool().acquire().await.unwrap();
    db::access_events::last_seq(&mut conn).await.unwrap()
}

/// Lets the test change the log as an intruder with the database's owner rights could.
async fn drop_triggers(app: &TestApp) {
    let statements: &[&str] = match app.db.engine() {
        Engine::Sqlite => &[
            "DROP TRIGGER access_events_no_update",
            "DROP TRIGGER access_events_no_delete",
        ],
        Engine::Postgres => &[
            "DROP TRIGGER access_events_no_update ON access_events",
            "DROP TRIGGER access_events_no_truncate ON access_events",
        ],
    };
    for statement in statements {
        sqlx::query(statement).execute(app.db.pool()).await.unwrap();
    }
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(app.db.pool()).await.unwrap();
}

/// Recomputes the stored leaf hash of entry `seq` from its content, as an
/// intruder who knows the format would.
async fn rehash(app: &TestApp, seq: i64) {
    let mut conn = app.db.pool().acquire().await.unwrap();
    let entry = db::access_events::entries_after(&mut conn, seq - 1, 1)
        .await
        .unwrap()
        .remove(0);
    assert_eq!(entry.seq, seq);
    sqlx::query("UPDATE access_events SET leaf_hash = $1 WHERE seq = $2")
        .bind(entry.computed_leaf_hash())
        .bind(seq)
        .execute(&mut *conn)
        .await
        .unwrap();
}

fn first_bad(verdict: Result<String, String>) -> String {
    let stderr = verdict.expect_err("verify-log must fail");
    let at = stderr.find("First bad position: ").expect(&stderr) + "First bad position: ".len();
    stderr[at..].split('.').next().unwrap().to_owned()
}

fn assert_file_exists(path: &Path) {
    assert!(path.exists(), "{}", path.display());
}

on_both_engines! {
    async fn an_honest_log_verifies_with_its_checkpoints_and_their_export(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 20).await;
        log.checkpoint(&app).await;
        append(&app, 5).await;
        log.checkpoint(&app).await;
        append(&app, 3).await;
        log.export_checkpoints(&app).await;
        assert_file_exists(&log.export());

        let out = log.verify(&app, &[]).await.expect("an honest log verifies");
        let entries = size(&app).await;
        assert!(out.contains(&format!("verifies: {entries} entries")), "{out}");
        assert!(out.contains("2 signed checkpoint(s) checked"), "{out}");
        assert!(out.contains("the 3 entries after it"), "{out}");

        // An outside party: only the export and the public key it trusts.
        let export: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(log.export()).unwrap()).unwrap();
        let public_key = export["public_key"].as_str().unwrap().to_owned();
        let out = log
            .verify(&app, &["--checkpoints", log.export().to_str().unwrap(), "--public-key", &public_key])
            .await
            .expect("verifies against the export");
        assert!(out.contains("(2 from the export)"), "{out}");
    }

    async fn a_changed_field_is_found_at_its_entry(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 12).await;
        log.checkpoint(&app).await;
        drop_triggers(&app).await;
        let target = size(&app).await - 6;
        exec(&app, &format!("UPDATE access_events SET reason = 'Forskning' WHERE seq = {target}")).await;
        assert_eq!(first_bad(log.verify(&app, &[]).await), target.to_string());
    }

    async fn a_deleted_entry_is_found_at_its_number(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 12).await;
        log.checkpoint(&app).await;
        drop_triggers(&app).await;
        let target = size(&app).await - 4;
        exec(&app, &format!("DELETE FROM access_events WHERE seq = {target}")).await;
        let verdict = log.verify(&app, &[]).await;
        assert!(verdict.as_ref().unwrap_err().contains("is missing"), "{verdict:?}");
        assert_eq!(first_bad(verdict), target.to_string());
    }

    async fn two_swapped_entries_are_found_at_the_first(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 12).await;
        drop_triggers(&app).await;
        let (a, b) = (size(&app).await - 9, size(&app).await - 2);
        exec(&app, &format!("UPDATE access_events SET seq = -1 WHERE seq = {a}")).await;
        exec(&app, &format!("UPDATE access_events SET seq = {a} WHERE seq = {b}")).await;
        exec(&app, &format!("UPDATE access_events SET seq = {b} WHERE seq = -1")).await;
        assert_eq!(first_bad(log.verify(&app, &[]).await), a.to_string());
    }

    async fn an_inserted_entry_is_found_where_the_log_stops_matching(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 12).await;
        log.checkpoint(&app).await;
        drop_triggers(&app).await;
        let at = size(&app).await - 5;
        // Make room at `at`: every later entry moves up one (twice, to keep the key unique).
        exec(&app, &format!("UPDATE access_events SET seq = -(seq + 1) WHERE seq >= {at}")).await;
        exec(&app, "UPDATE access_events SET seq = -seq WHERE seq < 0").await;
        exec(&app, &format!(
            "INSERT INTO access_events (seq, patient_id, register_code, occurred_at, actor_kind, care_unit, access_kind, source, recorded_at, leaf_hash)
             SELECT {at}, patient_id, register_code, occurred_at, actor_kind, care_unit, 'disclosure_research', source, recorded_at, 'x'
             FROM access_events WHERE seq = {}", at + 1
        )).await;
        rehash(&app, at).await;
        // The forged entry is hashed right; the one it pushed along no longer matches its number.
        assert_eq!(first_bad(log.verify(&app, &[]).await), (at + 1).to_string());
    }

    async fn a_tail_cut_after_a_checkpoint_is_found(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 12).await;
        log.checkpoint(&app).await;
        drop_triggers(&app).await;
        let keep = size(&app).await - 3;
        exec(&app, &format!("DELETE FROM access_events WHERE seq > {keep}")).await;
        let verdict = log.verify(&app, &[]).await;
        assert!(verdict.as_ref().unwrap_err().contains("are gone"), "{verdict:?}");
        assert_eq!(first_bad(verdict), (keep + 1).to_string());
    }

    async fn a_checkpoint_that_is_not_signed_by_the_key_is_found(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 12).await;
        log.checkpoint(&app).await;
        let root = "00".repeat(32);
        exec(&app, &format!("UPDATE log_checkpoints SET root_hash = '{root}'")).await;
        let verdict = log.verify(&app, &[]).await;
        assert!(verdict.as_ref().unwrap_err().contains("not signed by the log's key"), "{verdict:?}");
        assert_eq!(first_bad(verdict), size(&app).await.to_string());
    }

    async fn a_recomputed_log_passes_alone_but_not_against_the_exported_checkpoints(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 8).await;
        log.checkpoint(&app).await;
        let first_checkpoint = size(&app).await;
        append(&app, 8).await;
        log.checkpoint(&app).await;
        log.export_checkpoints(&app).await;

        // The intruder changes an entry after the first checkpoint, hashes it
        // anew, and removes the checkpoints it cannot sign again.
        drop_triggers(&app).await;
        let target = first_checkpoint + 3;
        exec(&app, &format!("UPDATE access_events SET care_unit = NULL, actor_kind = 'register_staff' WHERE seq = {target}")).await;
        rehash(&app, target).await;
        exec(&app, "DELETE FROM log_checkpoints").await;
        let alone = log.verify(&app, &[]).await.expect("no checkpoint left to contradict it");
        assert!(alone.contains("No signed checkpoint yet"), "{alone}");

        let verdict = log.verify(&app, &["--checkpoints", log.export().to_str().unwrap()]).await;
        assert!(verdict.as_ref().unwrap_err().contains("do not match their signed checkpoint"), "{verdict:?}");
        assert_eq!(first_bad(verdict), (first_checkpoint + 1).to_string(), "narrowed to after the checkpoint that still holds");
    }
}

on_both_engines! {
    async fn a_rotated_key_leaves_the_checkpoints_it_signed_verifiable(app: TestApp) {
        let old = Log::new(&app).await;
        append(&app, 10).await;
        old.checkpoint(&app).await;
        let old_size = size(&app).await;

        // The new key signs from now on; the old one is listed as retired.
        let new = Log::new(&app).await;
        let retired = format!("[\"{}\"]", old.public_key());
        let rotated = [("INSYN_ACCESS_LOG__RETIRED_PUBLIC_KEYS", retired.as_str())];
        append(&app, 5).await;
        let out = new.insyn_with(&app, &rotated, &["checkpoint", "create"]).await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        let out = new.insyn_with(&app, &rotated, &["verify-log"]).await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains("2 signed checkpoint(s) checked"), "{}", text(&out.stdout));

        // Without the retired key, the old checkpoint is not the log's.
        let verdict = new.verify(&app, &[]).await;
        assert!(verdict.as_ref().unwrap_err().contains("not signed by the log's key"), "{verdict:?}");
        assert_eq!(first_bad(verdict), old_size.to_string());

        // An outside party with the export alone: it names both keys.
        let out = new
            .insyn_with(&app, &rotated, &["checkpoint", "export", "--out", new.export().to_str().unwrap()])
            .await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        let export: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(new.export()).unwrap()).unwrap();
        assert_eq!(export["public_key"], new.public_key());
        assert_eq!(export["retired_public_keys"], serde_json::json!([old.public_key()]));
        let no_key = [("INSYN_ACCESS_LOG__SIGNING_KEY_FILE", "/nonexistent/log.key")];
        let export_path = new.export();
        let from_export = ["verify-log", "--checkpoints", export_path.to_str().unwrap()];
        let out = new.insyn_with(&app, &no_key, &from_export).await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        // Keys given on the command line are the only ones trusted.
        let new_public = new.public_key();
        let only_new = [&from_export[..], &["--public-key", new_public.as_str()]].concat();
        let out = new.insyn_with(&app, &no_key, &only_new).await;
        assert!(!out.status.success(), "the old key's checkpoint needs the old key");
        let old_public = old.public_key();
        let both = [&only_new[..], &["--public-key", old_public.as_str()]].concat();
        let out = new.insyn_with(&app, &no_key, &both).await;
        assert!(out.status.success(), "{}", text(&out.stderr));
    }

    async fn a_starting_checkpointer_goes_on_from_the_latest_checkpoint(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 12).await;
        log.checkpoint(&app).await;
        let checkpointed = size(&app).await as u64;
        append(&app, 5).await;

        let key = insyn::access_log::checkpoint::LogKey::read(&log.key()).unwrap();
        let mut checkpointer = insyn::access_log::Checkpointer::new(key);
        let signed = checkpointer.run_once(&app.db, &app.clock).await.unwrap().expect("the log grew");
        assert_eq!(checkpointer.resumed_from(), Some(checkpointed));
        assert_eq!(signed.tree_size, size(&app).await as u64);
        let out = log.verify(&app, &[]).await.expect("the checkpoint made from the frontier holds");
        assert!(out.contains("2 signed checkpoint(s) checked"), "{out}");
    }

    async fn a_checkpoint_whose_frontier_cannot_be_trusted_is_not_gone_on_from(app: TestApp) {
        let log = Log::new(&app).await;
        append(&app, 12).await;
        log.checkpoint(&app).await;
        let key = || insyn::access_log::checkpoint::LogKey::read(&log.key()).unwrap();
        let frontier: String = sqlx::query_scalar("SELECT frontier FROM log_checkpoints")
            .fetch_one(app.db.pool()).await.unwrap();
        let cases = [
            // Changed in the database: its root is not the signed one.
            format!("UPDATE log_checkpoints SET frontier = '{}'", "00".repeat(frontier.len() / 2)),
            // One hash short of the tree's size.
            format!("UPDATE log_checkpoints SET frontier = '{}'", &frontier[64..]),
            // Made before frontiers were kept.
            "UPDATE log_checkpoints SET frontier = NULL".to_owned(),
        ];
        for case in cases {
            exec(&app, &case).await;
            append(&app, 1).await;
            let mut checkpointer = insyn::access_log::Checkpointer::new(key());
            let signed = checkpointer.run_once(&app.db, &app.clock).await.unwrap();
            assert_eq!(checkpointer.resumed_from(), None, "{case}");
            assert_eq!(signed.unwrap().tree_size, size(&app).await as u64, "read from the first entry: {case}");
        }
        // Signed by another key: not this checkpointer's to go on from.
        let other = Log::new(&app).await;
        append(&app, 1).await;
        let mut checkpointer = insyn::access_log::Checkpointer::new(
            insyn::access_log::checkpoint::LogKey::read(&other.key()).unwrap(),
        );
        checkpointer.run_once(&app.db, &app.clock).await.unwrap();
        assert_eq!(checkpointer.resumed_from(), None);
    }
}

/// An access-event item of the ingestion API.
fn event(id: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "personnummer": "19121212-1212",
        "occurred_at": "2026-11-02T09:14:00Z",
        "care_unit": "SE2321000016-RM01",
        "kind": "read",
        "purpose": "care_quality",
    })
}

on_both_engines! {
    async fn a_killed_import_leaves_no_partial_entry(app: TestApp) {
        let log = Log::new(&app).await;
        let before = size(&app).await;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("events.ndjson");
        let lines: Vec<String> = (0..300_000).map(|n| event(&format!("K-{n}")).to_string()).collect();
        std::fs::write(&file, lines.join("\n")).unwrap();

        for partial in [false, true] {
            let mut args = vec!["import", "--register", "qivf", "--kind", "access-events"];
            if partial {
                args.push("--partial");
            }
            args.push(file.to_str().unwrap());
            let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_insyn"))
                .env_clear()
                .env("DATABASE_URL", &app.database_url)
                .env("INSYN_LOG__FILTER", "off")
                .args(&args)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            // Kill it once it has appended some chunks (partial) or is appending.
            let started = std::time::Instant::now();
            loop {
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                let appended = size(&app).await - before;
                if (partial && appended > 0) || (!partial && started.elapsed().as_millis() > 1500) {
                    break;
                }
                assert!(started.elapsed().as_secs() < 60, "the import never got going");
            }
            assert!(child.try_wait().unwrap().is_none(), "still importing when killed");
            child.kill().await.unwrap();
            child.wait().await.unwrap();

            let appended = size(&app).await - before;
            if partial {
                assert!(appended > 0 && appended < 300_000, "{appended}");
                assert_eq!(appended % 1_000, 0, "whole chunks only: {appended}");
            } else {
                assert_eq!(appended, 0, "all or nothing: the killed transaction left nothing");
            }
            let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM access_events")
                .fetch_one(app.db.pool()).await.unwrap();
            assert_eq!(count, size(&app).await, "numbers contiguous, no gap");
            log.verify(&app, &[]).await.expect("the log verifies after the kill");
        }
    }

    async fn concurrent_writers_and_a_checkpointer_never_fork_the_log(app: TestApp) {
        let log = Log::new(&app).await;
        let (_, token) = crate::ingest::token_for(&app, "qivf").await;
        // A second server on the same database (on SQLite: the same file).
        let second = crate::helpers::spawn_instance(&app.database_url, None).await;
        let key = insyn::access_log::checkpoint::LogKey::read(&log.key()).unwrap();
        let mut checkpointer = insyn::access_log::Checkpointer::new(key);
        let mut posting = tokio::task::JoinSet::new();
        for b in 0..24 {
            let address = if b % 2 == 0 { app.address.clone() } else { second.address.clone() };
            let items: Vec<_> = (0..10).map(|i| event(&format!("C-{b}-{i}"))).collect();
            let request = app
                .client
                .post(format!("{address}/api/v1/registers/qivf/access-events"))
                .bearer_auth(&token)
                .json(&serde_json::json!({ "items": items }));
            posting.spawn(async move { request.send().await.unwrap().status() });
        }
        let signing = async {
            let mut signed = 0;
            for _ in 0..20 {
                if checkpointer.run_once(&app.db, &app.clock).await.unwrap().is_some() {
                    signed += 1;
                }
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
            signed
        };
        let (answers, _signed) = tokio::join!(posting.join_all(), signing);
        assert!(answers.iter().all(|s| *s == reqwest::StatusCode::OK), "{answers:?}");
        checkpointer.run_once(&app.db, &app.clock).await.unwrap();
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM access_events WHERE source_event_id LIKE 'C-%'")
            .fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(count, 240);
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM access_events").fetch_one(app.db.pool()).await.unwrap();
        assert_eq!(total, size(&app).await, "one line of numbers, no gap and no fork");
        let out = log.verify(&app, &[]).await.expect("every checkpoint made during the writes holds");
        assert!(out.contains(&format!("verifies: {total} entries")), "{out}");
        second.stop();
    }
}

/// The body of a GET that must answer 200, with its Cache-Control.
async fn public(app: &TestApp, path: &str) -> (String, String) {
    let response = app.get(path).await;
    assert_eq!(response.status(), reqwest::StatusCode::OK, "{path}");
    let cache = response.headers()["cache-control"]
        .to_str()
        .unwrap()
        .to_owned();
    (response.text().await.unwrap(), cache)
}

/// Tolvan's log as she downloads it.
async fn tolvans_download(tolvan: &crate::idp::Browser) -> String {
    let response = tolvan.get("/me/log.json").await;
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    response.text().await.unwrap()
}

/// `insyn verify-proof` on `files`: Ok(stdout) or Err(stderr).
async fn verify_proof(
    log: &Log,
    app: &TestApp,
    key: &str,
    files: &[&str],
) -> Result<String, String> {
    let mut args = vec!["verify-proof", files[0], "--public-key", key];
    if files.len() == 3 {
        args.extend(["--consistency", files[1], files[2]]);
    }
    let out = log.insyn(app, &args).await;
    if out.status.success() {
        Ok(text(&out.stdout))
    } else {
        Err(text(&out.stderr))
    }
}

on_both_engines! {
    with_idp:
    async fn anyone_can_check_the_log_with_its_key_and_a_rewrite_cannot_hide(app: TestApp) {
        use insyn::access_log::offline::{self, ProofProblem};
        let log = Log::new(&app).await;
        let origin = "127.0.0.1/access-log";
        let key = || insyn::access_log::checkpoint::LogKey::read(&log.key()).unwrap();
        let sign = || async { insyn::access_log::Checkpointer::new(key()).named(origin.into()).run_once(&app.db, &app.clock).await.unwrap().unwrap() };
        let public_key = log.public_key();
        let first = sign().await;

        let (latest, cache) = public(&app, "/log/checkpoint").await;
        assert!(latest.starts_with(&format!("{origin}\n{}\n", first.tree_size)), "{latest}");
        assert!(latest.contains(&format!("\n\n\u{2014} {origin} ")), "a C2SP signed note");
        assert_eq!(cache, "public, max-age=60");
        let verifier = insyn::access_log::note::NoteVerifier::new(origin, key().public_key().verifying_key()).unwrap();
        let c2sp_key = verifier.to_text();

        // Tolvan downloads her log; anyone with the key checks it offline.
        let tolvan = crate::helpers::patient(&app, "19121212-1212").await;
        let download = tolvans_download(&tolvan).await;
        let checked = offline::check_download(&download, &public_key).expect("her log verifies");
        assert!(checked.proven >= 8, "{checked:?}");
        assert_eq!(offline::check_download(&download, &c2sp_key).unwrap().proven, checked.proven, "with a note verifier key too");
        let dir = tempfile::tempdir().unwrap();
        let earlier = dir.path().join("earlier.json");
        std::fs::write(&earlier, &download).unwrap();
        let out = verify_proof(&log, &app, &public_key, &[earlier.to_str().unwrap()]).await.expect("verify-proof passes");
        assert!(out.contains(&format!("All {} entries are in the log of {} entries signed by {origin}", checked.proven, first.tree_size)), "{out}");

        // Proofs of another key, of a changed entry, or truncated, fail.
        let other = insyn::access_log::checkpoint::LogKey::generate(&dir.path().join("other.key")).unwrap();
        assert_eq!(offline::check_download(&download, &other.public_key().to_hex()), Err(ProofProblem::Checkpoint));
        let mut changed: serde_json::Value = serde_json::from_str(&download).unwrap();
        let victim = changed["entries"].as_array().unwrap().iter().position(|e| e.get("proof").is_some()).unwrap();
        let number = changed["entries"][victim]["number"].as_i64().unwrap();
        changed["entries"][victim]["proof"]["leaf"]["reason"] = serde_json::json!("Ingen alls");
        assert_eq!(offline::check_download(&changed.to_string(), &public_key), Err(ProofProblem::Entry(number)));
        let mut truncated: serde_json::Value = serde_json::from_str(&download).unwrap();
        truncated["entries"][victim]["proof"]["path"].as_array_mut().unwrap().pop();
        assert_eq!(offline::check_download(&truncated.to_string(), &public_key), Err(ProofProblem::Entry(number)));

        // The log grows; the later checkpoint extends the earlier one.
        append(&app, 7).await;
        let second = sign().await;
        let (old_note, cache) = public(&app, &format!("/log/checkpoint/{}", first.tree_size)).await;
        assert_eq!(cache, "public, max-age=31536000, immutable");
        let (new_note, _) = public(&app, "/log/checkpoint").await;
        let (proof, _) = public(&app, &format!("/log/consistency?from={}&to={}", first.tree_size, second.tree_size)).await;
        let proof_json: insyn::access_log::served::ConsistencyProof = serde_json::from_str(&proof).unwrap();
        offline::check_consistency(&old_note, &new_note, &proof_json, &public_key).expect("the log only grew");
        let (old_file, new_file, proof_file) = (dir.path().join("old.txt"), dir.path().join("new.txt"), dir.path().join("proof.json"));
        std::fs::write(&old_file, &old_note).unwrap();
        std::fs::write(&new_file, &new_note).unwrap();
        std::fs::write(&proof_file, &proof).unwrap();
        let files = [old_file.to_str().unwrap(), new_file.to_str().unwrap(), proof_file.to_str().unwrap()];
        verify_proof(&log, &app, &public_key, &files).await.expect("verify-proof checks consistency");
        assert_eq!(app.get("/log/consistency?from=3&to=5").await.status(), reqwest::StatusCode::NOT_FOUND, "only between signed sizes");

        // An intruder rewrites one of Tolvan's entries and its leaf hash.
        let tolvans: i64 = sqlx::query_scalar("SELECT MIN(e.seq) FROM access_events e JOIN patients p ON p.id = e.patient_id WHERE p.personnummer = '191212121212'")
            .fetch_one(app.db.pool()).await.unwrap();
        drop_triggers(&app).await;
        exec(&app, &format!("UPDATE access_events SET reason = 'Aldrig hänt' WHERE seq = {tolvans}")).await;
        let fresh = tolvans_download(&tolvan).await;
        assert_eq!(offline::check_download(&fresh, &public_key), Err(ProofProblem::Entry(tolvans)), "the changed entry fails");
        let fresh_file = dir.path().join("fresh.json");
        std::fs::write(&fresh_file, &fresh).unwrap();
        let refused = verify_proof(&log, &app, &public_key, &[fresh_file.to_str().unwrap()]).await.expect_err("verify-proof fails");
        assert!(refused.contains(&format!("entry {tolvans}")), "{refused}");
        rehash(&app, tolvans).await;
        assert!(matches!(offline::check_download(&tolvans_download(&tolvan).await, &public_key), Err(ProofProblem::Entry(_))),
            "rehashed, the tree no longer has the signed root");
        assert!(offline::check_download(&download, &public_key).is_ok(), "the earlier download still verifies");

        // A checkpoint of the tree rebuilt from the edited rows cannot be
        // shown to extend the earlier one.
        append(&app, 1).await;
        let mut rebuilt = insyn::access_log::Checkpointer::new(key()).named(origin.into());
        exec(&app, "DELETE FROM log_checkpoints").await;
        let forked = rebuilt.run_once(&app.db, &app.clock).await.unwrap().unwrap();
        let (forked_note, _) = public(&app, "/log/checkpoint").await;
        let mut conn = app.db.pool().acquire().await.unwrap();
        db::log_checkpoints::insert(&mut conn, &db::log_checkpoints::StoredCheckpoint {
            tree_size: first.tree_size as i64, root_hash: first.root_hash.clone(), signed_at: first.signed_at,
            key_id: first.key_id.clone(), signature: first.signature.clone(), frontier: None, note: Some(old_note.clone()),
        }).await.unwrap();
        let (proof, _) = public(&app, &format!("/log/consistency?from={}&to={}", first.tree_size, forked.tree_size)).await;
        let proof: insyn::access_log::served::ConsistencyProof = serde_json::from_str(&proof).unwrap();
        assert_eq!(offline::check_consistency(&old_note, &forked_note, &proof, &public_key).unwrap_err(), ProofProblem::Consistency);
    }
}
