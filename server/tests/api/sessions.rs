use crate::helpers::{TestApp, on_both_engines};
use insyn::db::sessions::{self, IdpLogin, Principal, SessionToken, Timeouts};

const TIMEOUTS: Timeouts = Timeouts {
    idle_secs: 15 * 60,
    absolute_secs: 8 * 60 * 60,
};

fn login(sid: &str) -> IdpLogin<'_> {
    IdpLogin {
        issuer: "http://127.0.0.1:4000",
        subject: "p-pseudonym",
        session_id: Some(sid),
        display_name: Some("Tolvan Tolvansson"),
    }
}

async fn tolvan(app: &TestApp) -> i64 {
    let pnr = app::domain::Personnummer::parse_long("191212121212").unwrap();
    let mut conn = app.db.pool().acquire().await.unwrap();
    insyn::db::patients::find(&mut conn, &pnr)
        .await
        .unwrap()
        .unwrap()
}

async fn last_seen(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT last_seen_at FROM sessions")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

on_both_engines! {
    async fn a_session_resumes_with_its_token_and_only_the_hash_is_stored(app: TestApp) {
        let patient = tolvan(&app).await;
        let mut conn = app.db.pool().acquire().await.unwrap();
        let (token, created) = sessions::create(&mut conn, Principal::Patient(patient), &login("sid-1"), TIMEOUTS, app.clock.unix()).await.unwrap();
        let resumed = sessions::resume(&mut conn, &SessionToken::from_cookie(token.expose()), TIMEOUTS, app.clock.unix()).await.unwrap().expect("live");
        assert_eq!(resumed.principal, Principal::Patient(patient));
        assert_eq!(resumed.csrf_token, created.csrf_token);
        let stored: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM sessions").fetch_all(&mut *conn).await.unwrap();
        assert_eq!(stored.len(), 1);
        assert_ne!(stored[0], token.expose(), "the token itself is never stored");
        assert!(sessions::resume(&mut conn, &SessionToken::from_cookie("made-up"), TIMEOUTS, app.clock.unix()).await.unwrap().is_none());
    }

    async fn a_session_ends_after_the_idle_timeout_and_activity_postpones_it(app: TestApp) {
        let patient = tolvan(&app).await;
        let mut conn = app.db.pool().acquire().await.unwrap();
        let (token, _) = sessions::create(&mut conn, Principal::Patient(patient), &login("sid-2"), TIMEOUTS, app.clock.unix()).await.unwrap();
        app.clock.advance(14 * 60);
        assert!(sessions::resume(&mut conn, &token, TIMEOUTS, app.clock.unix()).await.unwrap().is_some(), "used after 14 minutes");
        app.clock.advance(14 * 60);
        assert!(sessions::resume(&mut conn, &token, TIMEOUTS, app.clock.unix()).await.unwrap().is_some(), "idle time counts from the last use");
        app.clock.advance(15 * 60);
        assert!(sessions::resume(&mut conn, &token, TIMEOUTS, app.clock.unix()).await.unwrap().is_none(), "15 idle minutes end it");
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(&mut *conn).await.unwrap();
        assert_eq!(left, 0, "an expired session is deleted");
    }

    async fn activity_is_written_at_most_once_a_minute(app: TestApp) {
        let patient = tolvan(&app).await;
        let mut conn = app.db.pool().acquire().await.unwrap();
        let (token, _) = sessions::create(&mut conn, Principal::Patient(patient), &login("sid-t"), TIMEOUTS, app.clock.unix()).await.unwrap();
        let started = app.clock.unix();
        app.clock.advance(30);
        let session = sessions::resume(&mut conn, &token, TIMEOUTS, app.clock.unix()).await.unwrap().expect("live");
        assert_eq!(last_seen(&app).await, started, "half a minute on: no write");
        assert_eq!(session.ends_at, started + 15 * 60, "the end it really has");
        app.clock.advance(30);
        sessions::resume(&mut conn, &token, TIMEOUTS, app.clock.unix()).await.unwrap().expect("live");
        assert_eq!(last_seen(&app).await, started + 60, "a minute on: written");
    }

    async fn a_session_ends_at_the_absolute_timeout_however_active(app: TestApp) {
        let patient = tolvan(&app).await;
        let mut conn = app.db.pool().acquire().await.unwrap();
        let (token, _) = sessions::create(&mut conn, Principal::Patient(patient), &login("sid-3"), TIMEOUTS, app.clock.unix()).await.unwrap();
        for _ in 0..(8 * 60 / 10 - 1) {
            app.clock.advance(10 * 60);
            assert!(sessions::resume(&mut conn, &token, TIMEOUTS, app.clock.unix()).await.unwrap().is_some());
        }
        app.clock.advance(10 * 60);
        assert!(sessions::resume(&mut conn, &token, TIMEOUTS, app.clock.unix()).await.unwrap().is_none(), "8 hours after sign-in");
    }

    async fn signing_out_or_a_provider_logout_ends_the_session(app: TestApp) {
        let patient = tolvan(&app).await;
        let staff: i64 = sqlx::query_scalar("SELECT id FROM staff WHERE hsa_id = 'SE2321000016-1001'").fetch_one(app.db.pool()).await.unwrap();
        let mut conn = app.db.pool().acquire().await.unwrap();
        let now = app.clock.unix();
        let (first, _) = sessions::create(&mut conn, Principal::Patient(patient), &login("sid-4"), TIMEOUTS, now).await.unwrap();
        let (second, _) = sessions::create(&mut conn, Principal::Patient(patient), &login("sid-4"), TIMEOUTS, now).await.unwrap();
        let (other, _) = sessions::create(&mut conn, Principal::Staff(staff), &login("sid-5"), TIMEOUTS, now).await.unwrap();
        assert_ne!(first.expose(), second.expose(), "every sign-in gets a new token");

        assert!(sessions::end(&mut conn, &first).await.unwrap());
        assert!(sessions::resume(&mut conn, &first, TIMEOUTS, now).await.unwrap().is_none(), "the old cookie is worthless");
        assert!(!sessions::end(&mut conn, &first).await.unwrap());

        assert_eq!(sessions::end_for_idp_session(&mut conn, "http://127.0.0.1:4000", "sid-4").await.unwrap(), 1);
        assert!(sessions::resume(&mut conn, &second, TIMEOUTS, now).await.unwrap().is_none());
        let staff_session = sessions::resume(&mut conn, &other, TIMEOUTS, now).await.unwrap().expect("another provider session lives");
        assert_eq!(staff_session.principal, Principal::Staff(staff));
    }

    async fn expired_sessions_are_purged(app: TestApp) {
        let patient = tolvan(&app).await;
        let mut conn = app.db.pool().acquire().await.unwrap();
        let (_old, _) = sessions::create(&mut conn, Principal::Patient(patient), &login("sid-6"), TIMEOUTS, app.clock.unix()).await.unwrap();
        app.clock.advance(20 * 60);
        let (fresh, _) = sessions::create(&mut conn, Principal::Patient(patient), &login("sid-7"), TIMEOUTS, app.clock.unix()).await.unwrap();
        // The server's own housekeeping may have purged it first (it runs at
        // start, and the clock is shared): either way it is gone, and only it.
        let purged = sessions::purge_expired(&mut conn, TIMEOUTS, app.clock.unix()).await.unwrap();
        assert!(purged <= 1);
        assert_eq!(app.session_count().await, 1, "only the fresh session is left");
        assert!(sessions::resume(&mut conn, &fresh, TIMEOUTS, app.clock.unix()).await.unwrap().is_some());
    }
}
