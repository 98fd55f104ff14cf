//! Configuration: built-in defaults, then an optional TOML file, then
//! environment variables (`INSYN_SECTION__KEY`, and `DATABASE_URL`).
//! Unknown keys are refused, so a misspelt setting fails at start instead of
//! being silently ignored. Every key is documented in docs/OPERATIONS.md.

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
    pub oidc: OidcConfig,
    pub demo: DemoConfig,
    pub mail: MailConfig,
    pub access_log: AccessLogConfig,
    pub delegation: DelegationConfig,
    pub releases: ReleasesConfig,
}

/// Releases of register data: aggregate counts under `suppress_below` are
/// never shown or returned (a count of one or two can point out a person),
/// as the statistical agencies' small-cell rules do.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleasesConfig {
    pub suppress_below: u32,
}

/// Who may act for a child, and when a child may act for themselves. The
/// defaults follow 1177 (Inera): guardians see a child's records until the
/// child turns 13, when the child's own integrity weighs heavier
/// (föräldrabalken 6 kap. 11 §: a guardian shall take increasing account
/// of the child's views with age; patientdatalagen 2008:355 and OSL 12 kap.
/// 3 § on confidentiality towards guardians). Guardianship ends at 18
/// (föräldrabalken 6 kap. 2 §) whatever is set here.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DelegationConfig {
    /// A guardian acts for a child younger than this.
    pub guardian_until_age: u8,
    /// A child of this age or older may sign in for themselves.
    pub own_access_from_age: u8,
}

/// The access log's signed checkpoints.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessLogConfig {
    /// The Ed25519 key that signs checkpoints (a file holding the 32-byte
    /// seed in hex). Keep it out of the database and its backups. In
    /// development mode it is made on first start if missing; in
    /// production it must exist (`insyn checkpoint keygen FILE`). Unset: no
    /// checkpoints are signed.
    pub signing_key_file: Option<PathBuf>,
    /// Public keys (hex) of the keys that signed checkpoints before the
    /// current one: after a key rotation their checkpoints still verify.
    pub retired_public_keys: Vec<crate::access_log::checkpoint::PublicKey>,
    /// Seconds between checkpoints while the log grows.
    pub checkpoint_interval_secs: u64,
    /// The log's name in its checkpoints (the C2SP tlog-checkpoint origin
    /// line, and the signing key's name): no spaces and no `+`. Unset: the
    /// host of `http.public_url` and `/access-log`.
    pub origin: Option<String>,
}

impl Config {
    /// The origin line of the access log's checkpoints.
    pub fn log_origin(&self) -> String {
        self.access_log.origin.clone().unwrap_or_else(|| {
            let host = url::Url::parse(&self.http.public_url)
                .ok()
                .and_then(|u| {
                    u.host_str()
                        .map(|h| u.port().map_or(h.to_owned(), |p| format!("{h}:{p}")))
                })
                .unwrap_or_else(|| "insyn".into());
            format!("{host}/access-log")
        })
    }
}

/// The two OpenID Connect providers insyn is a relying party of. They may be
/// one issuer with two clients.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcConfig {
    /// The e-ID provider (or broker) patients sign in with.
    pub patient: ProviderConfig,
    /// The provider staff sign in with (in production SITHS / HSA-id).
    pub staff: ProviderConfig,
    /// Seconds a call to a provider (discovery, token, UserInfo, keys) may take.
    pub http_timeout_secs: u64,
    /// Seconds between leaving for the provider and coming back before the
    /// sign-in has to start over.
    pub login_timeout_secs: i64,
    /// Seconds of clock difference tolerated between insyn and a provider
    /// (`iat`, `exp`, `auth_time`).
    pub clock_skew_secs: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// The issuer; discovery reads `{issuer}/.well-known/openid-configuration`.
    pub issuer: String,
    pub client_id: String,
    /// Sent with HTTP Basic authentication (`client_secret_basic`).
    pub client_secret: Secret,
    /// Scopes asked for besides `openid`.
    pub scopes: Vec<String>,
    /// The claims that name the person, tried in order: the personnummer (or
    /// coordination number) for patients, the HSA-id for staff.
    pub identity_claims: Vec<String>,
    /// The `acr` the ID token must carry. Required for patients; for staff,
    /// either this `acr` or an `amr` showing two factors is accepted.
    pub required_acr: Option<String>,
    /// The longest time since the person actually authenticated at the
    /// provider (`max_age`, checked against `auth_time`).
    pub max_age_secs: i64,
}

/// A secret setting: kept out of `Debug` output and so out of logs.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

/// The `acr` of the Swedish assurance level 3 (Sweden Connect / Digg), what
/// BankID and Freja+ give.
pub const LOA3: &str = "http://id.elegnamnden.se/loa/1.0/loa3";
/// The scope and claims of the Swedish OpenID Connect profile for the person's number.
pub const PNR_SCOPE: &str = "https://id.oidc.se/scope/naturalPersonNumber";
pub const PNR_CLAIM: &str = "https://id.oidc.se/claim/personalIdentityNumber";
pub const COORDINATION_CLAIM: &str = "https://id.oidc.se/claim/coordinationNumber";

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
    /// Take the client's address from `X-Forwarded-For` / `Forwarded` (for
    /// rate limits). Only behind a reverse proxy that sets them: otherwise a
    /// client could claim any address.
    pub trust_forwarded_for: bool,
    /// Sign-ins (`/auth/login`, `/staff/login`) one client address may start
    /// at once…
    pub sign_in_burst: u32,
    /// …and the seconds until it may start one more.
    pub sign_in_replenish_secs: u64,
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

/// Mail notices: the SMTP server the outbox worker sends through, and how
/// it retries.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailConfig {
    /// Run the outbox worker in `insyn serve` (off: mails wait in the outbox).
    pub enabled: bool,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub tls: MailTls,
    pub username: Option<String>,
    pub password: Option<Secret>,
    /// The sender, e.g. `insyn <noreply@insyn.example.se>`.
    pub from: String,
    /// Seconds an SMTP connection or command may take.
    pub timeout_secs: u64,
    /// Milliseconds between looks into the outbox when it is empty.
    pub poll_interval_ms: u64,
    /// Tries before a mail is marked dead (`insyn outbox list/retry`).
    pub max_attempts: i64,
    /// Seconds before the first retry; each next one waits twice as long,
    /// plus jitter.
    pub retry_base_secs: i64,
    /// Seconds a worker holds the mails it claimed: another process takes
    /// them over only after this (a worker that died mid-send).
    pub lease_secs: i64,
    /// A CA (PEM) to trust for the SMTP server's certificate besides the
    /// public roots: a region's own CA for its internal relay.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MailTls {
    /// Plain SMTP: only for a server on this machine (the mail catcher).
    None,
    /// STARTTLS on the submission port (587), required.
    Starttls,
    /// TLS from the first byte (SMTPS, 465).
    Tls,
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
                trust_forwarded_for: false,
                sign_in_burst: 20,
                sign_in_replenish_secs: 3,
            },
            log: LogConfig {
                filter: "info,sqlx=warn".into(),
                format: LogFormat::Pretty,
            },
            session: SessionConfig {
                idle_timeout_secs: 15 * 60,
                absolute_timeout_secs: 8 * 60 * 60,
            },
            oidc: OidcConfig {
                patient: ProviderConfig {
                    issuer: "http://127.0.0.1:4000".into(),
                    client_id: "insyn-patient".into(),
                    client_secret: DEV_PATIENT_SECRET.into(),
                    scopes: vec!["profile".into(), PNR_SCOPE.into()],
                    identity_claims: vec![PNR_CLAIM.into(), COORDINATION_CLAIM.into()],
                    required_acr: Some(LOA3.into()),
                    max_age_secs: 600,
                },
                staff: ProviderConfig {
                    issuer: "http://127.0.0.1:4000".into(),
                    client_id: "insyn-staff".into(),
                    client_secret: DEV_STAFF_SECRET.into(),
                    scopes: vec!["profile".into(), "hsa".into()],
                    identity_claims: vec!["hsa_id".into()],
                    required_acr: None,
                    max_age_secs: 600,
                },
                http_timeout_secs: 10,
                login_timeout_secs: 600,
                clock_skew_secs: 60,
            },
            demo: DemoConfig {
                seed_on_first_start: true,
            },
            // The mail catcher `make run` starts (maildev).
            mail: MailConfig {
                enabled: true,
                smtp_host: "127.0.0.1".into(),
                smtp_port: 1025,
                tls: MailTls::None,
                username: None,
                password: None,
                from: "insyn <noreply@insyn.example.se>".into(),
                timeout_secs: 10,
                poll_interval_ms: 2000,
                max_attempts: 8,
                retry_base_secs: 30,
                lease_secs: 120,
                ca_file: None,
            },
            access_log: AccessLogConfig {
                signing_key_file: Some("./data/log-signing.key".into()),
                retired_public_keys: Vec::new(),
                checkpoint_interval_secs: 300,
                origin: None,
            },
            delegation: DelegationConfig {
                guardian_until_age: 13,
                own_access_from_age: 13,
            },
            releases: ReleasesConfig { suppress_below: 5 },
        }
    }
}

/// The development identity provider's client secrets (`e2e/idp`).
const DEV_PATIENT_SECRET: &str = "dev-patient-secret";
const DEV_STAFF_SECRET: &str = "dev-staff-secret";

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
        if config.http.sign_in_burst == 0 || config.http.sign_in_replenish_secs == 0 {
            return Err(ConfigError::Inconsistent(
                "http.sign_in_burst and http.sign_in_replenish_secs must be positive",
            ));
        }
        if config.mail.max_attempts < 1
            || config.mail.retry_base_secs < 1
            || config.mail.lease_secs <= config.mail.timeout_secs as i64 * 3
        {
            return Err(ConfigError::Inconsistent(
                "mail.max_attempts and mail.retry_base_secs must be positive, and mail.lease_secs longer than three SMTP timeouts",
            ));
        }
        if !crate::access_log::note::valid_name(&config.log_origin()) {
            return Err(ConfigError::Inconsistent(
                "access_log.origin must be a name without spaces or '+'",
            ));
        }
        config.check_providers()?;
        config.check_production()?;
        Ok(config)
    }

    fn check_providers(&self) -> Result<(), ConfigError> {
        for provider in [&self.oidc.patient, &self.oidc.staff] {
            if provider.identity_claims.is_empty() {
                return Err(ConfigError::Inconsistent(
                    "oidc.*.identity_claims must name at least one claim",
                ));
            }
            if provider.max_age_secs <= 0 {
                return Err(ConfigError::Inconsistent(
                    "oidc.*.max_age_secs must be positive",
                ));
            }
        }
        if self.oidc.patient.required_acr.is_none() {
            return Err(ConfigError::Inconsistent(
                "oidc.patient.required_acr must be set (patients sign in at a known assurance level)",
            ));
        }
        let ages = self.delegation;
        if ages.guardian_until_age > 18 || ages.own_access_from_age > 18 {
            return Err(ConfigError::Inconsistent(
                "delegation ages are at most 18: guardianship ends at majority",
            ));
        }
        if self.releases.suppress_below == 0 {
            return Err(ConfigError::Inconsistent(
                "releases.suppress_below must be at least 1",
            ));
        }
        Ok(())
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
        let local_smtp = matches!(
            self.mail.smtp_host.as_str(),
            "127.0.0.1" | "::1" | "localhost"
        );
        if self.mail.tls == MailTls::None && !local_smtp {
            return Err(ConfigError::Unsafe(
                "mail.tls must be starttls or tls for an SMTP server on another machine".into(),
            ));
        }
        if self.demo.seed_on_first_start {
            return Err(ConfigError::Unsafe(
                "demo.seed_on_first_start must be false".into(),
            ));
        }
        match &self.access_log.signing_key_file {
            None => {
                return Err(ConfigError::Unsafe(
                    "access_log.signing_key_file must be set: the access log's checkpoints are signed".into(),
                ));
            }
            Some(path) if !path.exists() => {
                return Err(ConfigError::Unsafe(format!(
                    "access_log.signing_key_file {} does not exist (make it with `insyn checkpoint keygen`)",
                    path.display()
                )));
            }
            Some(_) => {}
        }
        for (name, provider, dev_secret) in [
            ("oidc.patient", &self.oidc.patient, DEV_PATIENT_SECRET),
            ("oidc.staff", &self.oidc.staff, DEV_STAFF_SECRET),
        ] {
            if !provider.issuer.starts_with("https://") {
                return Err(ConfigError::Unsafe(format!(
                    "{name}.issuer must be an https:// address"
                )));
            }
            if provider.client_secret.expose() == dev_secret {
                return Err(ConfigError::Unsafe(format!(
                    "{name}.client_secret is the development provider's; set the real one"
                )));
            }
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
    fn retired_public_keys_are_read_as_keys_or_refused() {
        Jail::expect_with(|jail| {
            let key = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
            jail.create_file(
                "insyn.toml",
                &format!("[access_log]\nretired_public_keys = [\"{key}\"]\n"),
            )?;
            let config = Config::load(Some("insyn.toml".as_ref())).unwrap();
            assert_eq!(config.access_log.retired_public_keys[0].to_hex(), key);
            jail.set_env("INSYN_ACCESS_LOG__RETIRED_PUBLIC_KEYS", "[\"not a key\"]");
            let err = Config::load(None).unwrap_err();
            assert!(err.to_string().contains("public key"), "{err}");
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
    fn provider_claims_can_be_renamed_for_brokers_and_secrets_stay_out_of_debug() {
        Jail::expect_with(|jail| {
            jail.set_env("INSYN_OIDC__PATIENT__IDENTITY_CLAIMS", "[\"ssn\"]");
            let config = Config::load(None).unwrap();
            assert_eq!(config.oidc.patient.identity_claims, ["ssn"]);
            assert!(!format!("{config:?}").contains("dev-patient-secret"));
            jail.set_env("INSYN_OIDC__PATIENT__IDENTITY_CLAIMS", "[]");
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
            let err = Config::load(None).unwrap_err();
            assert!(
                err.to_string()
                    .contains("access_log.signing_key_file ./data/log-signing.key does not exist"),
                "{err}"
            );
            jail.create_file("log.key", &"11".repeat(32))?;
            jail.set_env("INSYN_ACCESS_LOG__SIGNING_KEY_FILE", "log.key");
            let err = Config::load(None).unwrap_err();
            assert!(err.to_string().contains("oidc.patient.issuer"), "{err}");
            for who in ["PATIENT", "STAFF"] {
                jail.set_env(
                    format!("INSYN_OIDC__{who}__ISSUER"),
                    "https://login.example.se",
                );
            }
            let err = Config::load(None).unwrap_err();
            assert!(err.to_string().contains("client_secret"), "{err}");
            jail.set_env("INSYN_OIDC__PATIENT__CLIENT_SECRET", "s3cret-p");
            jail.set_env("INSYN_OIDC__STAFF__CLIENT_SECRET", "s3cret-s");
            assert!(Config::load(None).is_ok());
            Ok(())
        });
    }
}
