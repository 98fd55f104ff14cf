//! `insyn import`: files of records and access events into a register, all
//! or nothing unless `--partial`, refused lines written to an error file.

use crate::{
    helpers::{TestApp, on_both_engines},
    ingest::{NILS, records_of_nils, transfer},
};
use serde_json::{Value, json};
use std::{path::Path, process::Output};

fn write_lines(dir: &Path, name: &str, lines: &[String]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

async fn import(app: &TestApp, args: &[&str]) -> Output {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_insyn"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", &app.database_url)
        .env("INSYN_LOG__FILTER", "off")
        .arg("import")
        .args(args);
    command.output().await.unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

on_both_engines! {
    async fn an_ndjson_file_is_imported_once(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        let lines: Vec<String> = (1..=1500).map(|n| transfer(&format!("F-{n}"), json!(n % 3)).to_string()).collect();
        let file = write_lines(dir.path(), "transfers.ndjson", &lines);
        let file = file.to_str().unwrap();

        let out = import(&app, &["--register", "qivf", file]).await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Imported 1500 lines: 1500 created, 0 updated, 0 unchanged."), "{}", text(&out.stdout));
        assert_eq!(records_of_nils(&app).await, 1500, "across chunks");

        let out = import(&app, &["--register", "qivf", file]).await;
        assert!(text(&out.stdout).contains("0 created, 0 updated, 1500 unchanged"), "{}", text(&out.stdout));
        assert!(!dir.path().join("transfers.ndjson.errors.ndjson").exists(), "no error file without errors");
    }

    async fn a_file_with_bad_lines_stores_nothing_and_names_each_line(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        let mut bad_pnr = transfer("B-3", json!(1));
        bad_pnr["personnummer"] = json!("19800101-9938");
        let mut lines: Vec<String> = (1..=1200).map(|n| transfer(&format!("B-{n}"), json!(1)).to_string()).collect();
        lines[2] = bad_pnr.to_string();
        lines[1100] = "{ this is not json".into();
        lines[1150] = transfer("B-5", json!(1)).to_string();
        let file = write_lines(dir.path(), "batch.ndjson", &lines);

        let out = import(&app, &["--register", "qivf", file.to_str().unwrap()]).await;
        assert!(!out.status.success());
        assert!(text(&out.stderr).contains("3 of 1200 line(s) refused, so nothing was stored"), "{}", text(&out.stderr));
        assert_eq!(records_of_nils(&app).await, 0, "all or nothing, though the first chunk was good");

        let errors = std::fs::read_to_string(dir.path().join("batch.ndjson.errors.ndjson")).unwrap();
        let errors: Vec<Value> = errors.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let lines: Vec<u64> = errors.iter().map(|e| e["line"].as_u64().unwrap()).collect();
        assert_eq!(lines, [3, 1101, 1151], "{errors:?}");
        assert!(errors[0]["reason"].as_str().unwrap().starts_with("personnummer"));
        assert!(!errors[0].to_string().contains("9938"), "no personnummer in the error file");
        assert!(errors[1]["reason"].as_str().unwrap().starts_with("not JSON"));
        assert_eq!(errors[2]["reason"], "the same id twice in one batch", "ids are unique across the file");

        let out = import(&app, &["--register", "qivf", "--partial", file.to_str().unwrap()]).await;
        assert!(text(&out.stderr).contains("3 line(s) refused, the others stored"), "{}", text(&out.stderr));
        assert_eq!(records_of_nils(&app).await, 1197, "--partial stores the good lines");
    }

    async fn a_csv_file_of_a_flat_record_type_is_typed_by_the_definition(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        let file = write_lines(dir.path(), "transfers.csv", &[
            "id,personnummer,type,care_unit,date,transfer_date,embryos_transferred,embryo_stage".into(),
            format!("C-1,{NILS},transfer,SE2321000016-RM01,2026-10-02,2026-10-02,2,blastocyst"),
            format!("C-2,{NILS},transfer,SE2321000016-RM01,2026-10-03,2026-10-03,1,"),
        ]);
        let out = import(&app, &["--register", "qivf", file.to_str().unwrap()]).await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        let fields: String = sqlx::query_scalar(
            "SELECT v.fields FROM record_versions v JOIN records r ON r.id = v.record_id WHERE r.source_id = 'C-1'",
        )
        .fetch_one(app.db.pool()).await.unwrap();
        let fields: Value = serde_json::from_str(&fields).unwrap();
        assert_eq!(fields["embryos_transferred"], json!(2), "a number, as the definition types it");

        let bad = write_lines(dir.path(), "bad.csv", &[
            "id,personnummer,type,care_unit,date,transfer_date,embryos_transferred,mood".into(),
            format!("C-3,{NILS},transfer,SE2321000016-RM01,2026-10-02,2026-10-02,two,glad"),
        ]);
        let out = import(&app, &["--register", "qivf", bad.to_str().unwrap()]).await;
        assert!(!out.status.success());
        let errors = std::fs::read_to_string(dir.path().join("bad.csv.errors.ndjson")).unwrap();
        assert!(errors.contains(r#""line":2"#) && errors.contains("does not fit type integer"), "{errors}");

        let out = import(&app, &["--register", "qivf", "--kind", "access-events", file.to_str().unwrap()]).await;
        assert!(text(&out.stderr).contains("CSV files hold records only"), "{}", text(&out.stderr));
    }

    async fn access_events_are_imported_into_the_log(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        let lines: Vec<String> = (1..=3).map(|n| json!({
            "id": format!("A-{n}"),
            "personnummer": NILS,
            "occurred_at": "2026-11-02T09:14:00Z",
            "care_unit": "SE2321000016-RM01",
            "kind": "read",
            "purpose": "data_quality",
        }).to_string()).collect();
        let file = write_lines(dir.path(), "events.ndjson", &lines);
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM access_events").fetch_one(app.db.pool()).await.unwrap();
        let out = import(&app, &["--register", "qivf", "--kind", "access-events", file.to_str().unwrap()]).await;
        assert!(out.status.success(), "{}", text(&out.stderr));
        let seqs: Vec<i64> = sqlx::query_scalar("SELECT seq FROM access_events WHERE source_event_id LIKE 'A-%' ORDER BY seq")
            .fetch_all(app.db.pool()).await.unwrap();
        assert_eq!(seqs, [before + 1, before + 2, before + 3], "contiguous, after what was there");
    }

    async fn an_unknown_register_is_refused(app: TestApp) {
        let dir = tempfile::tempdir().unwrap();
        let file = write_lines(dir.path(), "x.ndjson", &[transfer("X-1", json!(1)).to_string()]);
        let out = import(&app, &["--register", "nosuch", file.to_str().unwrap()]).await;
        assert!(text(&out.stderr).contains("there is no register with the code \"nosuch\""), "{}", text(&out.stderr));
        assert_eq!(records_of_nils(&app).await, 0);
    }
}
