use crate::helpers::{fresh_database, on_both_engines, test_config};
use insyn::{
    clock::Clock,
    db::{self, Engine},
    demo,
    startup::Application,
};
use time::macros::datetime;

on_both_engines! {
    async fn migrations_can_run_again_without_change(app: TestApp) {
        app.db.migrate().await.expect("second run is a no-op");
        let mut conn = app.db.pool().acquire().await.unwrap();
        assert_eq!(db::registers::count(&mut conn).await.unwrap(), 3);
    }

    async fn the_demo_data_loads_completely_and_only_once(app: TestApp) {
        let data = demo::demo_data().unwrap();
        let persons = data.persons.len() as i64;
        let records: usize = data.persons.iter().flat_map(|p| &p.registrations).map(|r| r.records.len()).sum();
        let events: usize = data.persons.iter().map(|p| p.access_events.len()).sum();
        let mut conn = app.db.pool().acquire().await.unwrap();
        assert_eq!(db::patients::count(&mut conn).await.unwrap(), persons);
        assert_eq!(db::records::count(&mut conn).await.unwrap(), records as i64);
        assert_eq!(db::access_events::count(&mut conn).await.unwrap(), events as i64);
        drop(conn);

        let again = demo::seed_demo(&app.db, &app.clock).await.unwrap();
        assert_eq!((again.persons_added, again.persons_skipped, again.records), (0, persons as usize, 0));
        let mut conn = app.db.pool().acquire().await.unwrap();
        assert_eq!(db::records::count(&mut conn).await.unwrap(), records as i64);
    }

    async fn tolvan_is_in_qivf_and_one_more_register(app: TestApp) {
        let pnr = app::domain::Personnummer::parse_long("19121212-1212").unwrap();
        let mut conn = app.db.pool().acquire().await.unwrap();
        let id = db::patients::find(&mut conn, &pnr).await.unwrap().expect("Tolvan is known");
        let registers: Vec<String> = db::registrations::of_patient(&mut conn, id).await.unwrap().into_iter().map(|(code, ..)| code).collect();
        assert_eq!(registers, ["ndr", "qivf"]);
    }

    async fn the_access_log_refuses_update_and_delete(app: TestApp) {
        let pool = app.db.pool();
        let update = sqlx::query("UPDATE access_events SET reason = 'changed' WHERE seq = 1").execute(pool).await;
        assert!(update.unwrap_err().to_string().contains("append-only"));
        let delete = sqlx::query("DELETE FROM access_events WHERE seq = 1").execute(pool).await;
        assert!(delete.unwrap_err().to_string().contains("append-only"));
        if app.db.engine() == Engine::Postgres {
            let truncate = sqlx::query("TRUNCATE access_events").execute(pool).await;
            assert!(truncate.unwrap_err().to_string().contains("append-only"));
        }
        let mut conn = pool.acquire().await.unwrap();
        assert!(db::access_events::count(&mut conn).await.unwrap() > 0);
    }

    async fn access_log_sequence_numbers_are_contiguous_and_every_entry_hashed(app: TestApp) {
        let rows: Vec<(i64, String)> = sqlx::query_as("SELECT seq, leaf_hash FROM access_events ORDER BY seq").fetch_all(app.db.pool()).await.unwrap();
        assert!(!rows.is_empty());
        for (i, (seq, hash)) in rows.iter().enumerate() {
            assert_eq!(*seq, i as i64 + 1);
            assert_eq!(hash.len(), 64);
        }
        let distinct: std::collections::HashSet<_> = rows.iter().map(|(_, h)| h).collect();
        assert_eq!(distinct.len(), rows.len());
    }

    async fn staff_scopes_are_as_the_fixture_says(app: TestApp) {
        let mut conn = app.db.pool().acquire().await.unwrap();
        let scope = |id: &str| app::domain::HsaId::parse(id).unwrap();
        assert_eq!(db::staff::scope(&mut conn, &scope("SE2321000016-1001")).await.unwrap(), Some(vec!["qivf".to_owned()]));
        assert_eq!(db::staff::scope(&mut conn, &scope("SE2321000016-1002")).await.unwrap().map(|s| s.len()), Some(3));
        assert_eq!(db::staff::scope(&mut conn, &scope("SE2321000016-1003")).await.unwrap(), Some(vec!["ndr".to_owned()]));
        assert_eq!(db::staff::scope(&mut conn, &scope("SE2321000016-9999")).await.unwrap(), None);
    }

    async fn a_registration_needs_a_known_register_and_patient(app: TestApp) {
        let pnr = app::domain::Personnummer::parse_long("19121212-1212").unwrap();
        let mut conn = app.db.pool().acquire().await.unwrap();
        let id = db::patients::find(&mut conn, &pnr).await.unwrap().unwrap();
        let unknown = app::domain::RegisterCode::parse("nope").unwrap();
        let today = app.clock.today();
        let err = db::registrations::insert(&mut conn, id, &unknown, app::domain::RegistrationStatus::Active, today).await;
        assert!(err.is_err(), "foreign key on the register");
        let qivf = app::domain::RegisterCode::parse("qivf").unwrap();
        let err = db::registrations::insert(&mut conn, id, &qivf, app::domain::RegistrationStatus::Active, today).await;
        assert!(err.is_err(), "one registration per register");
    }
}

#[tokio::test]
async fn an_unreachable_database_is_a_clear_error_not_a_panic() {
    let mut config = test_config("postgres://insyn:insyn@127.0.0.1:1/insyn".into());
    config.database.acquire_timeout_secs = 2;
    let err = Application::build(config, Clock::fixed(datetime!(2026-11-24 09:00 UTC)))
        .await
        .err()
        .expect("start fails");
    let message = format!("{err:#}");
    assert!(
        message.contains("opening the database") && message.contains("cannot reach the database"),
        "{message}"
    );
}

#[tokio::test]
async fn an_unsupported_database_url_is_refused_by_name() {
    let err = Application::build(test_config("mysql://x@localhost/db".into()), Clock::System)
        .await
        .err()
        .expect("start fails");
    assert!(
        format!("{err:#}").contains("must start with sqlite:// or postgres://"),
        "{err:#}"
    );
}

#[tokio::test]
async fn the_first_start_of_an_empty_embedded_database_loads_the_demo_data() {
    let (url, _dir) = fresh_database(Engine::Sqlite).await;
    let mut config = test_config(url);
    config.demo.seed_on_first_start = true;
    let app = Application::build(config, Clock::fixed(datetime!(2026-11-24 09:00 UTC)))
        .await
        .unwrap();
    let mut conn = app.db().pool().acquire().await.unwrap();
    assert_eq!(
        db::patients::count(&mut conn).await.unwrap(),
        demo::demo_data().unwrap().persons.len() as i64
    );
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
}
