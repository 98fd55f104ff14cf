//! The `insyn` command line: what an operator runs on the server.

use crate::{
    access_log::{
        self,
        checkpoint::{Checkpoint, Export, LogKey, ORIGIN, PublicKey},
    },
    clock::Clock,
    config::Config,
    db, definitions, demo,
    startup::{self, Application},
    telemetry,
};
use anyhow::{Context as _, bail};
use app::domain::{HsaId, RegisterCode, StaffRole};
use clap::{Args, Parser, Subcommand};
use std::{net::SocketAddr, path::PathBuf};

/// insyn: the patients' self-service portal for the national quality registers.
#[derive(Debug, Parser)]
#[command(name = "insyn", version, propagate_version = true)]
pub struct Cli {
    /// A TOML configuration file; environment variables (INSYN_*, DATABASE_URL) override it.
    #[arg(long, global = true, env = "INSYN_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal (migrates the database first).
    Serve(ServeArgs),
    /// Apply the database migrations and exit.
    Migrate,
    /// Copy the embedded SQLite database to FILE while insyn serves (PostgreSQL: pg_dump).
    Backup {
        /// The copy; it must not exist yet.
        file: PathBuf,
    },
    /// Load the register definitions; with --demo also the demo persons, records and staff.
    Seed(SeedArgs),
    /// Manage register staff.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// The mail outbox: what waits, what was sent, what died.
    #[command(subcommand)]
    Outbox(OutboxCommand),
    /// API tokens of register systems.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Import a file of records or access events into one register.
    Import(ImportArgs),
    /// Guardianships and protected identities from the population register.
    #[command(subcommand)]
    Relations(RelationsCommand),
    /// Signed checkpoints of the access log.
    #[command(subcommand)]
    Checkpoint(CheckpointCommand),
    /// Check a downloaded access log (`/me/log.json`) against the published
    /// key with no database; with --consistency, check instead that a later
    /// checkpoint extends the earlier one in FILE. Exits 1 at the first problem.
    VerifyProof {
        /// A downloaded log; with --consistency, the earlier checkpoint note.
        file: PathBuf,
        /// The log's key: hex, as `insyn checkpoint export` prints it, or a
        /// C2SP note verifier key (`name+hash+base64`).
        #[arg(long = "public-key", value_name = "KEY")]
        public_key: String,
        /// The later checkpoint note and the proof from /log/consistency.
        #[arg(long, num_args = 2, value_names = ["LATER_CHECKPOINT", "PROOF"])]
        consistency: Option<Vec<PathBuf>>,
    },
    /// Check every access log entry and the signed checkpoints; exits 1 at the first problem.
    VerifyLog {
        /// Checkpoints exported earlier (`insyn checkpoint export`) and kept elsewhere.
        #[arg(long, value_name = "FILE")]
        checkpoints: Option<PathBuf>,
        /// A public key to check signatures with (hex); give it again for each
        /// key that signed [default: the configured signing key's and
        /// access_log.retired_public_keys, else the keys in --checkpoints].
        #[arg(long = "public-key", value_name = "HEX", value_parser = PublicKey::parse)]
        public_keys: Vec<PublicKey>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CheckpointCommand {
    /// Make a new signing key file (never overwrites one).
    Keygen { file: PathBuf },
    /// Check the entries since the last checkpoint and sign one now.
    Create,
    /// Write the public key and every checkpoint as JSON, to keep outside insyn.
    Export {
        /// Where to write [default: standard output].
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The register the file's items belong to.
    #[arg(long, value_parser = parse_register_code)]
    pub register: RegisterCode,
    /// What the file holds.
    #[arg(long, value_enum, default_value = "records")]
    pub kind: ImportKind,
    /// The file's format [default: by its name: .csv is CSV, else NDJSON].
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// Store the good lines even if some are refused (default: all or nothing).
    #[arg(long)]
    pub partial: bool,
    /// Where refused lines are written [default: FILE.errors.ndjson].
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// NDJSON (one item a line, as the API takes them) or CSV (records of flat types).
    pub file: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum RelationsCommand {
    /// Import an NDJSON file of guardianships and protections, all or nothing.
    Import {
        /// Where refused lines are written [default: FILE.errors.ndjson].
        #[arg(long, value_name = "FILE")]
        errors: Option<PathBuf>,
        /// One item a line, as `POST /api/v1/relations` takes them.
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ImportKind {
    Records,
    AccessEvents,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ImportFormat {
    Ndjson,
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token that writes to one register, or (`--relations`) one
    /// that pushes guardianships; it is shown once.
    Create {
        #[arg(long, value_parser = parse_register_code, required_unless_present = "relations", conflicts_with = "relations")]
        register: Option<RegisterCode>,
        /// A platform token for `POST /api/v1/relations`, tied to no register.
        #[arg(long)]
        relations: bool,
        /// What the token is for, e.g. the system that holds it.
        #[arg(long, default_value = "register system")]
        label: String,
    },
    /// List the tokens (never the tokens themselves).
    List,
    /// Revoke a token by its id: it stops working at once.
    Revoke { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// List mails, newest first (recipient and subject only, never the body).
    List {
        /// Only mails of this status: pending, sent or dead.
        #[arg(long, value_parser = ["pending", "sent", "dead"])]
        status: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Give dead mails a new round of tries: one by its id, or all with --all.
    Retry {
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<i64>,
        #[arg(long)]
        all: bool,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on [default: http.addr, 127.0.0.1:3000].
    #[arg(long, value_name = "ADDR")]
    pub addr: Option<SocketAddr>,
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    /// Also load the demo data (fixtures/demo.json). Persons already present are left as they are.
    #[arg(long)]
    pub demo: bool,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a staff member, or replace an existing one's name, e-mail and registers.
    Add {
        /// The staff member's HSA-id, e.g. SE2321000016-1001.
        #[arg(long, value_parser = parse_hsa_id)]
        hsa_id: HsaId,
        /// Full name, as shown in case histories.
        #[arg(long)]
        name: String,
        /// Address for work notices.
        #[arg(long)]
        email: Option<String>,
        /// `coordinator` (the whole register), `clinic` (the records and
        /// requests of their care units) or `admin` (the platform).
        #[arg(long, default_value = "coordinator", value_parser = parse_staff_role)]
        role: StaffRole,
        /// A register the staff member works on; repeat for several.
        #[arg(long = "register", value_parser = parse_register_code)]
        registers: Vec<RegisterCode>,
        /// For clinic staff: a care unit (HSA-id) they work for; repeat for several.
        #[arg(long = "care-unit", value_parser = parse_hsa_id)]
        care_units: Vec<HsaId>,
    },
}

fn parse_hsa_id(s: &str) -> Result<HsaId, String> {
    HsaId::parse(s).map_err(|e| e.to_string())
}

fn parse_staff_role(s: &str) -> Result<StaffRole, String> {
    s.parse()
        .map_err(|e: app::domain::UnknownCode| e.to_string())
}

fn parse_register_code(s: &str) -> Result<RegisterCode, String> {
    RegisterCode::parse(s).map_err(|e| e.to_string())
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = Config::load(cli.config.as_deref())?;
    telemetry::init(&config.log);
    let clock = Clock::System;
    match cli.command {
        Command::Serve(args) => {
            if let Some(addr) = args.addr {
                config.http.addr = addr;
            }
            let shutdown = startup::shutdown_signal()?;
            let app = Application::build(config, clock).await?;
            app.run_until(shutdown).await
        }
        Command::Migrate => {
            let db = open_prepared(&config).await?;
            db.close().await;
            println!("The database is up to date, with the register definitions loaded.");
            Ok(())
        }
        Command::Backup { file } => {
            let db = startup::connect(&config).await?;
            let copied = db::backup::sqlite_into(&db, &file).await;
            db.close().await;
            let copied = copied?;
            println!(
                "Backed up {} persons and {} access-log entries to {} (integrity check: ok).",
                copied.patients,
                copied.access_events,
                file.display()
            );
            Ok(())
        }
        Command::Seed(args) => {
            let db = open_prepared(&config).await?;
            if args.demo {
                let r = demo::seed_demo(&db, &clock).await?;
                println!(
                    "Loaded {} registers, {} persons ({} already present), {} records, {} access events, {} staff.",
                    r.registers,
                    r.persons_added,
                    r.persons_skipped,
                    r.records,
                    r.access_events,
                    r.staff
                );
            } else {
                println!(
                    "Loaded {} register definitions.",
                    definitions::register_definitions()?.len()
                );
            }
            Ok(())
        }
        Command::Outbox(command) => outbox(&config, &clock, command).await,
        Command::Token(command) => api_token(&config, &clock, command).await,
        Command::Import(args) => import(&config, &clock, args).await,
        Command::Relations(RelationsCommand::Import { errors, file }) => {
            relations_import(&config, &clock, &file, errors).await
        }
        Command::Checkpoint(command) => checkpoint(&config, &clock, command).await,
        Command::VerifyLog {
            checkpoints,
            public_keys,
        } => verify_log(&config, checkpoints, public_keys).await,
        Command::VerifyProof {
            file,
            public_key,
            consistency,
        } => verify_proof(&file, &public_key, consistency.as_deref()),
        Command::Staff(StaffCommand::Add {
            hsa_id,
            name,
            email,
            role,
            registers,
            care_units,
        }) => {
            let db = startup::connect(&config).await?;
            db.migrate().await?;
            let account = crate::staff_admin::StaffAccount {
                hsa_id: hsa_id.clone(),
                name,
                email,
                role,
                registers: registers.clone(),
                care_units: care_units.clone(),
                active: true,
            };
            if let Err(problem) =
                crate::staff_admin::save_staff(&db, &clock, None, &account).await?
            {
                use crate::staff_admin::StaffProblem;
                // The rules are the browser's; the words name this command's options.
                match problem {
                    StaffProblem::CoordinatorWithoutRegister => {
                        bail!("a coordinator needs at least one --register")
                    }
                    StaffProblem::ClinicWithoutScope => {
                        bail!("clinic staff need at least one --register and one --care-unit")
                    }
                    StaffProblem::CoordinatorWithUnits => bail!(
                        "a coordinator has the whole register: --care-unit is for clinic staff"
                    ),
                    problem => bail!("{problem}"),
                }
            }
            let list: Vec<&str> = registers.iter().map(RegisterCode::as_str).collect();
            let units: Vec<&str> = care_units.iter().map(HsaId::as_str).collect();
            match role {
                StaffRole::Admin => println!("Staff member {hsa_id} administers the platform."),
                StaffRole::Coordinator => {
                    println!("Staff member {hsa_id} coordinates: {}.", list.join(", "))
                }
                StaffRole::Clinic => println!(
                    "Staff member {hsa_id} works for {} in: {}.",
                    units.join(", "),
                    list.join(", ")
                ),
            }
            Ok(())
        }
    }
}

async fn relations_import(
    config: &Config,
    clock: &Clock,
    file: &std::path::Path,
    errors: Option<PathBuf>,
) -> anyhow::Result<()> {
    let db = open_prepared(config).await?;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let items = crate::relations_import::read_ndjson(&text);
    match crate::relations_import::apply(&db, clock, &items).await? {
        Ok(report) => {
            println!(
                "Imported {} lines: {} guardianships, {} protections.",
                items.len(),
                report.guardianships,
                report.protections
            );
            Ok(())
        }
        Err(refused) => {
            let path = errors.unwrap_or_else(|| crate::import::Options::default_errors_path(file));
            let mut out = String::new();
            for error in &refused {
                let line = serde_json::json!({"line": error.position, "reason": error.reason});
                out.push_str(&line.to_string());
                out.push('\n');
            }
            std::fs::write(&path, out)
                .with_context(|| format!("cannot write the error file {}", path.display()))?;
            anyhow::bail!(
                "{} of {} line(s) refused, so nothing was stored; reasons in {}",
                refused.len(),
                items.len(),
                path.display()
            )
        }
    }
}

async fn api_token(config: &Config, clock: &Clock, command: TokenCommand) -> anyhow::Result<()> {
    let db = open_prepared(config).await?;
    let mut conn = db.pool().acquire().await?;
    match command {
        TokenCommand::Create {
            register: None,
            label,
            ..
        } => {
            let secret = format!("insyn_relations_{}", crate::crypto::random_256());
            let id = db::platform_tokens::create(
                &mut conn,
                "relations",
                &crate::crypto::sha256_hex(&secret),
                &label,
                clock.unix(),
            )
            .await?;
            println!("{secret}");
            eprintln!(
                "Platform token {id} may push relations (POST /api/v1/relations). It is shown only now: keep it in the integration's secret store."
            );
        }
        TokenCommand::Create {
            register: Some(register),
            label,
            ..
        } => {
            let created = crate::staff_admin::create_token(&db, clock, None, &register, &label)
                .await?
                .with_context(|| format!("there is no register with the code \"{register}\""))?;
            println!("{}", secrecy::ExposeSecret::expose_secret(&created.secret));
            eprintln!(
                "Token {} writes to {register}. It is shown only now: keep it in the register system's secret store.",
                created.id
            );
        }
        TokenCommand::List => {
            for t in db::api_tokens::list(&mut conn).await? {
                println!(
                    "{:>4}  {:<12} created {}  {}  {}",
                    t.id,
                    t.register_code,
                    crate::export::rfc3339(t.created_at),
                    t.revoked_at
                        .map(|at| format!("revoked {}", crate::export::rfc3339(at)))
                        .unwrap_or_else(|| "live".into()),
                    t.label
                );
            }
        }
        TokenCommand::Revoke { id } => {
            if crate::staff_admin::revoke_token(&db, clock, None, id).await? {
                println!("Token {id} is revoked.");
            } else {
                anyhow::bail!("there is no live token {id}");
            }
        }
    }
    Ok(())
}

async fn import(config: &Config, clock: &Clock, args: ImportArgs) -> anyhow::Result<()> {
    use crate::import::{self, FileFormat, Options};
    let db = open_prepared(config).await?;
    let mut conn = db.pool().acquire().await?;
    let known = db::registers::get(&mut conn, &args.register, app::i18n::Lang::Sv).await?;
    known.with_context(|| format!("there is no register with the code \"{}\"", args.register))?;
    drop(conn);
    let options = Options {
        register: args.register,
        kind: match args.kind {
            ImportKind::Records => crate::ingest::ItemKind::Records,
            ImportKind::AccessEvents => crate::ingest::ItemKind::AccessEvents,
        },
        format: match args.format {
            Some(ImportFormat::Ndjson) => FileFormat::Ndjson,
            Some(ImportFormat::Csv) => FileFormat::Csv,
            None => FileFormat::of_path(&args.file),
        },
        partial: args.partial,
        errors: args
            .errors
            .unwrap_or_else(|| Options::default_errors_path(&args.file)),
        file: args.file,
    };
    let size = std::fs::metadata(&options.file)
        .with_context(|| format!("cannot read {}", options.file.display()))?
        .len();
    // Drawn on stderr only when it is a terminal.
    let bar = indicatif::ProgressBar::new(size).with_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
        )
        .context("the progress bar template")?,
    );
    let report = import::run(&db, clock, &options, |bytes| bar.set_position(bytes)).await;
    bar.finish_and_clear();
    let report = report?;
    let o = report.outcome;
    if report.refused == 0 {
        println!(
            "Imported {} lines: {} created, {} updated, {} unchanged.",
            report.lines, o.created, o.updated, o.unchanged
        );
        return Ok(());
    }
    let errors = options.errors.display();
    if options.partial {
        println!(
            "Imported {} of {} lines: {} created, {} updated, {} unchanged.",
            report.lines - report.refused,
            report.lines,
            o.created,
            o.updated,
            o.unchanged
        );
        anyhow::bail!(
            "{} line(s) refused, the others stored; reasons in {errors}",
            report.refused
        )
    }
    anyhow::bail!(
        "{} of {} line(s) refused, so nothing was stored; reasons in {errors}",
        report.refused,
        report.lines
    )
}

fn configured_log_key(config: &Config) -> anyhow::Result<LogKey> {
    let path =
        config.access_log.signing_key_file.as_ref().context(
            "access_log.signing_key_file is not set (INSYN_ACCESS_LOG__SIGNING_KEY_FILE)",
        )?;
    Ok(LogKey::read(path)?)
}

async fn checkpoint(
    config: &Config,
    clock: &Clock,
    command: CheckpointCommand,
) -> anyhow::Result<()> {
    match command {
        CheckpointCommand::Keygen { file } => {
            let key = LogKey::generate(&file)?;
            println!("{}", key.public_key().to_hex());
            eprintln!(
                "Made {} (key id {}). Set access_log.signing_key_file to it; give the public key above to whoever keeps the exported checkpoints.",
                file.display(),
                key.key_id()
            );
        }
        CheckpointCommand::Create => {
            let key = configured_log_key(config)?;
            let db = open_prepared(config).await?;
            match access_log::Checkpointer::new(key)
                .named(config.log_origin())
                .run_once(&db, clock)
                .await?
            {
                Some(c) => println!(
                    "Signed a checkpoint of {} entries, root {}.",
                    c.tree_size, c.root_hash
                ),
                None => println!("The log has not grown since the latest checkpoint."),
            }
        }
        CheckpointCommand::Export { out } => {
            let key = configured_log_key(config)?;
            let db = open_prepared(config).await?;
            let mut conn = db.pool().acquire().await?;
            let export = Export {
                origin: ORIGIN.into(),
                public_key: key.public_key(),
                retired_public_keys: config.access_log.retired_public_keys.clone(),
                checkpoints: db::log_checkpoints::all(&mut conn)
                    .await?
                    .into_iter()
                    .map(Into::into)
                    .collect(),
            };
            let json = serde_json::to_string_pretty(&export)? + "\n";
            match out {
                Some(path) => {
                    std::fs::write(&path, json)
                        .with_context(|| format!("writing {}", path.display()))?;
                    eprintln!(
                        "Wrote {} checkpoint(s) to {}.",
                        export.checkpoints.len(),
                        path.display()
                    );
                }
                None => print!("{json}"),
            }
        }
    }
    Ok(())
}

/// `insyn verify-proof`: the offline checks of [`access_log::offline`].
fn verify_proof(
    file: &std::path::Path,
    key: &str,
    consistency: Option<&[PathBuf]>,
) -> anyhow::Result<()> {
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
    };
    let text = read(file)?;
    match consistency {
        Some([later, proof]) => {
            let proof: access_log::served::ConsistencyProof =
                serde_json::from_str(&read(proof)?)
                    .context("the proof is not a consistency proof from /log/consistency")?;
            let (old, new) =
                access_log::offline::check_consistency(&text, &read(later)?, &proof, key)?;
            println!(
                "The log of {} entries extends the log of {} entries: nothing in it was rewritten ({}).",
                new.tree_size, old.tree_size, new.origin
            );
        }
        _ => {
            let checked = access_log::offline::check_download(&text, key)?;
            println!(
                "All {} entries are in the log of {} entries signed by {}.{}",
                checked.proven,
                checked.checkpoint.tree_size,
                checked.checkpoint.origin,
                if checked.unproven > 0 {
                    format!(
                        " {} newer entries are not in a signed checkpoint yet.",
                        checked.unproven
                    )
                } else {
                    String::new()
                }
            );
        }
    }
    Ok(())
}

async fn verify_log(
    config: &Config,
    exported: Option<PathBuf>,
    public_keys: Vec<PublicKey>,
) -> anyhow::Result<()> {
    let exported: Option<Export> = match &exported {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            Some(
                serde_json::from_str(&text)
                    .with_context(|| format!("{} is not a checkpoint export", path.display()))?,
            )
        }
        None => None,
    };
    let retired = &config.access_log.retired_public_keys;
    let keys: Vec<PublicKey> = match (&config.access_log.signing_key_file, &exported) {
        _ if !public_keys.is_empty() => public_keys,
        (Some(path), _) if path.exists() => std::iter::once(LogKey::read(path)?.public_key())
            .chain(retired.iter().copied())
            .collect(),
        (_, Some(export)) => std::iter::once(export.public_key)
            .chain(export.retired_public_keys.iter().copied())
            .collect(),
        _ => anyhow::bail!(
            "no key to check signatures with: give --public-key, --checkpoints or set access_log.signing_key_file"
        ),
    };
    let db = startup::connect(config).await?;
    let mut conn = db.pool().acquire().await?;
    let mut checkpoints: Vec<Checkpoint> = db::log_checkpoints::all(&mut conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    let from_file = exported.map(|e| e.checkpoints).unwrap_or_default();
    let exported_count = from_file.len();
    checkpoints.extend(from_file);
    let report = access_log::verify::verify(&mut conn, &keys, checkpoints).await?;
    if let Some(problem) = report.problem {
        anyhow::bail!(
            "the access log does NOT verify. First bad position: {}. {problem}",
            problem.position()
        );
    }
    println!(
        "The access log verifies: {} entries, root {}.",
        report.entries,
        hex::encode(report.root)
    );
    match report.latest {
        Some(latest) => println!(
            "{} signed checkpoint(s) checked ({exported_count} from the export), the latest of {} entries signed {}{}.",
            report.checkpoints_checked,
            latest.tree_size,
            crate::export::rfc3339(latest.signed_at),
            match report.entries - latest.tree_size {
                0 => String::new(),
                n => format!(
                    "; the {n} entries after it are checked against their own hashes only until the next checkpoint"
                ),
            }
        ),
        None => println!(
            "No signed checkpoint yet: the entries were checked against their own hashes only."
        ),
    }
    Ok(())
}

async fn outbox(config: &Config, clock: &Clock, command: OutboxCommand) -> anyhow::Result<()> {
    let db = startup::connect(config).await?;
    db.migrate().await?;
    let mut conn = db.pool().acquire().await?;
    match command {
        OutboxCommand::List { status, limit } => {
            let rows = db::outbox::list(&mut conn, status.as_deref(), limit).await?;
            if rows.is_empty() {
                println!("The outbox has no such mails.");
            }
            for row in rows {
                println!(
                    "{:>6}  {:<7}  tries {:<2}  created {}  next {}  {}  \"{}\"{}",
                    row.id,
                    row.status,
                    row.attempts,
                    crate::export::rfc3339(row.created_at),
                    crate::export::rfc3339(row.next_attempt_at),
                    row.recipient,
                    row.subject,
                    row.last_error
                        .map(|e| format!("  last error: {e}"))
                        .unwrap_or_default()
                );
            }
        }
        OutboxCommand::Retry { id, all: _ } => {
            let n = db::outbox::retry(&mut conn, id, clock.unix()).await?;
            println!("{n} dead mail(s) will be tried again.");
        }
    }
    Ok(())
}

/// Opens the database, applies the migrations and loads the register
/// definitions (reference data compiled into the binary, like the schema).
async fn open_prepared(config: &Config) -> anyhow::Result<db::Db> {
    let db = startup::connect(config).await?;
    db.migrate().await.context("migrating the database")?;
    definitions::load_registers(&db)
        .await
        .context("loading the register definitions")?;
    Ok(db)
}
