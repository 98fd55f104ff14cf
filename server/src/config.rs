//! Configuration: built-in defaults, then an optional TOML file, then
//! environment variables (`INSYN_SECTION__KEY`, and `DATABASE_URL`).
//! Unknown keys are refused, so a misspelt setting fails at start instead of
//! being silently ignored. Every key is documented in the README.

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};
use serde::{Deserialize, Serialize};
use std::{net::SocketAddr, path::PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Safe defaults for a developer's machine: demo data, plain HTTP on loopback.
    Development,
    /// Refuses development shortcuts (see [`Config::check_production`]).
    Production,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub mode: Mode,
    pub database: DatabaseConfig,
    pub http: HttpConfig,
    pub log: LogConfig,
    pub session: SessionConfig,
    pub demo: DemoConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionConfig {
    /// Seconds without a request before a signed-in session ends.
    pub idle_timeout_secs: i64,
    /// Seconds after sign-in when a session ends however active it is.
    pub absolute_timeout_secs: i64,
}

impl SessionConfig {
    pub fn timeouts(&self) -> crate::db::sessions::Timeouts {
        crate::db::sessions::Timeouts {
            idle_secs: self.idle_timeout_secs,
            absolute_secs: self.absolute_timeout_secs,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `sqlite://path` (created if missing) or `postgres://user:pass@host/db`.
    pub url: String,
    pub max_connections: u32,
    /// Seconds to wait for a free connection before a request fails.
    pub acquire_timeout_secs: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
    /// Where `insyn serve` listens (the `--addr` flag overrides it).
    pub addr: SocketAddr,
    /// The address patients reach the portal at; links in mail and the
    /// identity provider's redirect URIs are built from it.
    pub public_url: String,
    /// The folder cargo-leptos builds the site into (CSS, JS, WASM, assets).
    pub site_root: PathBuf,
    /// Seconds that in-flight requests get to finish after SIGTERM/Ctrl-C.
    pub shutdown_grace_secs: u64,
    /// Seconds after which a request is answered 408.
    pub request_timeout_secs: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    /// A tracing filter, e.g. `info` or `insyn=debug,sqlx=warn`.
    pub filter: String,
    pub format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoConfig {
    /// Fill an empty embedded database with the demo data on first start.
    pub seed_on_first_start: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            mode: Mode::Development,
            database: DatabaseConfig {
                url: "sqlite://./data/insyn.db".into(),
                max_connections: 10,
                acquire_timeout_secs: 5,
            },
            http: HttpConfig {
                addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
                public_url: "http://127.0.0.1:3000".into(),
                site_root: "target/site".into(),
                shutdown_grace_secs: 20,
                request_timeout_secs: 30,
            },
            log: LogConfig {
                filter: "info,sqlx=warn".into(),
                format: LogFormat::Pretty,
            },
            session: SessionConfig {
                idle_timeout_secs: 15 * 60,
                absolute_timeout_secs: 8 * 60 * 60,
            },
            demo: DemoConfig {
                seed_on_first_start: true,
            },
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid configuration: {0}")]
    Invalid(#[from] Box<figment::Error>),
    #[error("refusing to start in production mode: {0}")]
    Unsafe(String),
    #[error("invalid configuration: {0}")]
    Inconsistent(&'static str),
}

impl Config {
    /// Reads the configuration: defaults, then `file` if given, then the
    /// environment.
    pub fn load(file: Option<&std::path::Path>) -> Result<Self, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = file {
            figment = figment.merge(Toml::file_exact(file));
        }
        Self::from_figment(figment)
    }

    fn from_figment(figment: Figment) -> Result<Self, ConfigError> {
        let figment = figment
            .merge(Env::prefixed("INSYN_").ignore(&["CONFIG"]).split("__"))
            // The contract: DATABASE_URL switches the engine.
            .merge(
                Env::raw()
                    .only(&["DATABASE_URL"])
                    .map(|_| "database.url".into()),
            );
        let config: Config = figment.extract().map_err(Box::new)?;
        if config.session.idle_timeout_secs <= 0
            || config.session.absolute_timeout_secs < config.session.idle_timeout_secs
        {
            return Err(ConfigError::Inconsistent(
                "session.idle_timeout_secs must be positive and session.absolute_timeout_secs at least as long",
            ));
        }
        config.check_production()?;
        Ok(config)
    }

    /// In production, refuse what is only acceptable on a developer's
    /// machine: plain-HTTP public addresses (the session cookie is `Secure`,
    /// so sign-in would silently fail or leak), demo data, and the embedded
    /// database's default path.
    pub fn check_production(&self) -> Result<(), ConfigError> {
        if self.mode != Mode::Production {
            return Ok(());
        }
        if !self.http.public_url.starts_with("https://") {
            return Err(ConfigError::Unsafe(
                "http.public_url must be an https:// address".into(),
            ));
        }
        if self.demo.seed_on_first_start {
            return Err(ConfigError::Unsafe(
                "demo.seed_on_first_start must be false".into(),
            ));
        }
        if self.database.url == Config::default().database.url {
            return Err(ConfigError::Unsafe(
                "database.url must be set explicitly".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
// figment's test jail returns its own (large) error type; that is its API.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;
    use figment::Jail;

    #[test]
    fn defaults_are_a_working_development_setup() {
        Jail::expect_with(|_| {
            let config = Config::load(None).unwrap();
            assert_eq!(config.mode, Mode::Development);
            assert_eq!(config.http.addr.to_string(), "127.0.0.1:3000");
            assert!(config.database.url.starts_with("sqlite://"));
            Ok(())
        });
    }

    #[test]
    fn file_then_environment_override_defaults() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "insyn.toml",
                "[http]\naddr = \"127.0.0.1:4321\"\n[log]\nformat = \"json\"\n",
            )?;
            jail.set_env("INSYN_LOG__FILTER", "debug");
            jail.set_env("DATABASE_URL", "postgres://u:p@localhost/insyn");
            let config = Config::load(Some("insyn.toml".as_ref())).unwrap();
            assert_eq!(config.http.addr.port(), 4321);
            assert_eq!(config.log.format, LogFormat::Json);
            assert_eq!(config.log.filter, "debug");
            assert_eq!(config.database.url, "postgres://u:p@localhost/insyn");
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_are_refused() {
        Jail::expect_with(|jail| {
            jail.create_file("insyn.toml", "[http]\nadress = \"127.0.0.1:1\"\n")?;
            let err = Config::load(Some("insyn.toml".as_ref())).unwrap_err();
            assert!(err.to_string().contains("adress"), "{err}");
            jail.clear_env();
            jail.set_env("INSYN_HTTP__PORT", "1");
            assert!(Config::load(None).is_err());
            Ok(())
        });
    }

    #[test]
    fn session_timeouts_must_make_sense() {
        Jail::expect_with(|jail| {
            jail.set_env("INSYN_SESSION__IDLE_TIMEOUT_SECS", "600");
            assert_eq!(
                Config::load(None).unwrap().session.timeouts().idle_secs,
                600
            );
            jail.set_env("INSYN_SESSION__ABSOLUTE_TIMEOUT_SECS", "300");
            assert!(matches!(
                Config::load(None),
                Err(ConfigError::Inconsistent(_))
            ));
            jail.set_env("INSYN_SESSION__IDLE_TIMEOUT_SECS", "0");
            assert!(matches!(
                Config::load(None),
                Err(ConfigError::Inconsistent(_))
            ));
            Ok(())
        });
    }

    #[test]
    fn production_refuses_development_shortcuts() {
        Jail::expect_with(|jail| {
            jail.set_env("INSYN_MODE", "production");
            let err = Config::load(None).unwrap_err();
            assert!(matches!(err, ConfigError::Unsafe(_)), "{err}");
            jail.set_env("INSYN_HTTP__PUBLIC_URL", "https://insyn.example.se");
            jail.set_env("INSYN_DEMO__SEED_ON_FIRST_START", "false");
            assert!(
                Config::load(None).is_err(),
                "default database path still refused"
            );
            jail.set_env("DATABASE_URL", "postgres://insyn@db/insyn");
            assert!(Config::load(None).is_ok());
            Ok(())
        });
    }
}
