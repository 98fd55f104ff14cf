//! Building and running the application: connect and migrate the database,
//! load the register definitions (and the demo data on the first start of
//! an empty embedded database), bind the listener, serve until told to stop.

use crate::{
    auth::Providers,
    clock::Clock,
    config::Config,
    db::{self, Db, Engine, PoolSettings},
    definitions, demo,
    http::{self, AppState},
};
use anyhow::Context as _;
use leptos::prelude::LeptosOptions;
use std::{future::Future, sync::Arc, time::Duration};
use tokio::net::TcpListener;

pub struct Application {
    listener: TcpListener,
    state: AppState,
}

pub async fn connect(config: &Config) -> anyhow::Result<Db> {
    let settings = PoolSettings {
        max_connections: config.database.max_connections,
        acquire_timeout: Duration::from_secs(config.database.acquire_timeout_secs),
    };
    Db::connect(&config.database.url, settings)
        .await
        .context("opening the database")
}

impl Application {
    /// Prepares everything and binds `addr` (port 0 picks a free port).
    pub async fn build(config: Config, clock: Clock) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(config.http.addr)
            .await
            .with_context(|| format!("listening on {}", config.http.addr))?;
        Self::build_on(listener, config, clock).await
    }

    /// Like [`Application::build`] on a listener bound already (tests need
    /// the port before the configuration is complete).
    pub async fn build_on(
        listener: TcpListener,
        config: Config,
        clock: Clock,
    ) -> anyhow::Result<Self> {
        let db = connect(&config).await?;
        db.migrate().await.context("migrating the database")?;
        definitions::load_registers(&db)
            .await
            .context("loading the register definitions")?;
        if config.demo.seed_on_first_start && db.engine() == Engine::Sqlite {
            let mut conn = db.pool().acquire().await.context("reading the database")?;
            if db::patients::count(&mut conn).await? == 0 {
                drop(conn);
                let report = demo::seed_demo(&db, &clock)
                    .await
                    .context("loading the demo data")?;
                let requests = demo::seed_demo_requests(&db, &clock)
                    .await
                    .context("filing the demo requests")?;
                demo::seed_demo_releases(&db, &clock)
                    .await
                    .context("recording the demo releases")?;
                tracing::info!(
                    persons = report.persons_added,
                    records = report.records,
                    requests,
                    "first start: loaded the demo data"
                );
            }
        }
        let addr = listener.local_addr()?;
        let providers = Arc::new(
            Providers::from_config(&config, clock.clone())
                .context("configuring the identity providers")?,
        );
        let site = crate::http::site_files::manifest(&config.http.site_root);
        let leptos_options = LeptosOptions::builder()
            .output_name(site.output_name)
            .site_root(config.http.site_root.to_string_lossy().to_string())
            .site_pkg_dir("pkg")
            .site_addr(addr)
            .build();
        let state = AppState {
            leptos_options,
            db,
            clock,
            config: Arc::new(config),
            providers,
            log_key: None,
            site_files: site.files,
        };
        Ok(Application { listener, state })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    /// The checkpoint signing key, if configured; in development mode made
    /// on first start.
    fn log_key(&self) -> anyhow::Result<Option<crate::access_log::checkpoint::LogKey>> {
        use crate::access_log::checkpoint::LogKey;
        let Some(path) = &self.state.config.access_log.signing_key_file else {
            return Ok(None);
        };
        if !path.exists() && self.state.config.mode == crate::config::Mode::Development {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            let key = match LogKey::generate(path) {
                // Another process made it just now.
                Err(crate::access_log::checkpoint::KeyError::Exists(_)) => LogKey::read(path)?,
                made => made?,
            };
            tracing::info!(path = %path.display(), key_id = %key.key_id(), "made a development key for access log checkpoints");
            return Ok(Some(key));
        }
        Ok(Some(LogKey::read(path)?))
    }

    /// Serves until `shutdown` resolves, then lets in-flight requests finish
    /// for at most the configured grace period.
    pub async fn run_until(
        mut self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let grace = Duration::from_secs(self.state.config.http.shutdown_grace_secs);
        let db = self.state.db.clone();
        let (stopping_tx, stopping_rx) = tokio::sync::oneshot::channel::<()>();
        let housekeeping = tokio::spawn(purge_expired_sessions(
            self.state.db.clone(),
            self.state.clock.clone(),
            self.state.config.session.timeouts(),
        ));
        let stop_mail = tokio_util::sync::CancellationToken::new();
        let mail_worker = if self.state.config.mail.enabled {
            let mailer = crate::mail::Mailer::new(&self.state.config.mail)
                .context("reading the mail settings")?;
            Some(tokio::spawn(crate::mail::worker::run(
                self.state.db.clone(),
                self.state.clock.clone(),
                mailer,
                self.state.config.mail.clone(),
                self.state.config.http.public_url.clone(),
                stop_mail.clone(),
            )))
        } else {
            tracing::info!("mail notices are off (mail.enabled = false): mails wait in the outbox");
            None
        };
        let key = self.log_key()?;
        let origin = self.state.config.log_origin();
        self.state.log_key = key.as_ref().and_then(|key| {
            let public = key.public_key();
            let verifier =
                crate::access_log::note::NoteVerifier::new(&origin, public.verifying_key())?;
            Some(crate::views::LogIdentity {
                origin: origin.clone().into(),
                public_key: public.to_hex().into(),
                verifier: verifier.to_text().into(),
            })
        });
        let checkpointer = match key {
            Some(key) => Some(tokio::spawn(crate::access_log::run(
                self.state.db.clone(),
                self.state.clock.clone(),
                key,
                self.state.config.log_origin(),
                Duration::from_secs(self.state.config.access_log.checkpoint_interval_secs.max(1)),
            ))),
            None => {
                tracing::warn!(
                    "access_log.signing_key_file is not set: no access log checkpoints are signed"
                );
                None
            }
        };
        let mail_timeout_secs = self.state.config.mail.timeout_secs;
        let app = http::router(self.state);
        tracing::info!(addr = %self.listener.local_addr()?, "insyn is listening");
        // The peer address reaches handlers (rate limits per client address).
        let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
        let mail_stopping = stop_mail.clone();
        let server = axum::serve(self.listener, app).with_graceful_shutdown(async move {
            shutdown.await;
            tracing::info!("shutting down: finishing requests in flight");
            // No new mail is begun once the process is told to stop.
            mail_stopping.cancel();
            let _ = stopping_tx.send(());
        });
        let deadline = async move {
            if stopping_rx.await.is_ok() {
                tokio::time::sleep(grace).await;
            } else {
                std::future::pending::<()>().await;
            }
        };
        tokio::select! {
            result = server => result.context("serving HTTP")?,
            () = deadline => tracing::warn!("grace period over; stopping with requests still in flight"),
        }
        housekeeping.abort();
        if let Some(mut worker) = mail_worker {
            // The worker finishes the mail it is sending (an SMTP exchange is
            // bounded by the mail timeout) and releases the rest of its batch,
            // so no mail waits out a lease held by a process that is gone.
            // (Already told at the signal; said again for a server that ended
            // by itself.)
            stop_mail.cancel();
            let bound = Duration::from_secs(mail_timeout_secs + 5);
            if tokio::time::timeout(bound, &mut worker).await.is_err() {
                tracing::warn!(
                    "the mail worker did not stop in time; its mails return when their lease ends"
                );
                worker.abort();
            }
        }
        if let Some(checkpointer) = checkpointer {
            checkpointer.abort();
        }
        db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// Deletes sessions past their timeouts every few minutes. They are refused
/// anyway once expired; this keeps the table small. Every process does it,
/// which is harmless (a DELETE of what is already gone).
async fn purge_expired_sessions(db: Db, clock: Clock, timeouts: db::sessions::Timeouts) {
    let mut every = tokio::time::interval(Duration::from_secs(300));
    loop {
        every.tick().await;
        let purged = async {
            let mut conn = db.pool().acquire().await?;
            db::sessions::purge_expired(&mut conn, timeouts, clock.unix()).await
        }
        .await;
        match purged {
            Ok(0) => {}
            Ok(n) => tracing::debug!(sessions = n, "purged expired sessions"),
            Err(error) => tracing::warn!(%error, "could not purge expired sessions"),
        }
    }
}

/// A future that resolves on SIGTERM or Ctrl-C. The handlers are installed
/// when this is called, not when the future is first polled, so a signal that
/// arrives while the server is starting up is not lost (the default action
/// would kill the process without a graceful shutdown).
pub fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut terminate =
            signal(SignalKind::terminate()).context("installing the SIGTERM handler")?;
        let mut interrupt =
            signal(SignalKind::interrupt()).context("installing the SIGINT handler")?;
        Ok(async move {
            tokio::select! {
                _ = terminate.recv() => {},
                _ = interrupt.recv() => {},
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}
