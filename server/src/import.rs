//! `insyn import`: a file of items into one register, the same items the
//! API takes (NDJSON, one item a line; or CSV for flat record types),
//! streamed in chunks so a file of millions of lines needs little memory.
//! A file is stored all or nothing (one transaction), unless `partial` says
//! to store the good lines and refuse the bad ones. Every refused line is
//! written to an error file, one JSON object a line: line number, id and
//! reason (never the personnummer).

use crate::{
    clock::Clock,
    db::{Db, DbError},
    ingest::{self, Chunk, Ingest, ItemError, ItemKind, Outcome, Store},
};
use app::domain::RegisterCode;
use serde_json::Value;
use std::{
    fs::File,
    io::{BufRead, BufReader, BufWriter, Write},
    path::{Path, PathBuf},
};

/// Lines checked and stored together: large enough for set-based queries
/// to pay, small enough to keep memory flat.
pub const CHUNK_LINES: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Ndjson,
    Csv,
}

impl FileFormat {
    /// The format a file's name says: `.csv` is CSV, anything else NDJSON.
    pub fn of_path(path: &Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("csv") => FileFormat::Csv,
            _ => FileFormat::Ndjson,
        }
    }
}

pub struct Options {
    pub register: RegisterCode,
    pub kind: ItemKind,
    pub file: PathBuf,
    pub format: FileFormat,
    /// Store the good lines even when some are refused.
    pub partial: bool,
    /// Where the refused lines are written.
    pub errors: PathBuf,
}

impl Options {
    /// The error file beside the input: `items.ndjson` → `items.ndjson.errors.ndjson`.
    pub fn default_errors_path(file: &Path) -> PathBuf {
        let mut name = file.as_os_str().to_owned();
        name.push(".errors.ndjson");
        PathBuf::from(name)
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Item lines read (blank lines and the CSV header not counted).
    pub lines: usize,
    pub refused: usize,
    /// What was stored; all zero when an all-or-nothing file was refused.
    pub outcome: Outcome,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("cannot read the file: {0}")]
    ReadLine(std::io::Error),
    #[error("cannot write the error file {0}: {1}")]
    WriteErrors(PathBuf, std::io::Error),
    #[error("the CSV file cannot be read: {0}")]
    Csv(String),
    #[error("CSV files hold records only; give access events as NDJSON")]
    CsvForAccessEvents,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Imports `options.file`, calling `progress` with the bytes read so far
/// after each chunk.
pub async fn run(
    db: &Db,
    clock: &Clock,
    options: &Options,
    mut progress: impl FnMut(u64),
) -> Result<Report, ImportError> {
    let read_error = |e| ImportError::Read(options.file.clone(), e);
    let file = File::open(&options.file).map_err(read_error)?;
    if options.format == FileFormat::Csv && options.kind != ItemKind::Records {
        return Err(ImportError::CsvForAccessEvents);
    }
    let mut lines = Lines::new(file, options.format)?;
    let mut errors = ErrorFile::new(&options.errors);
    let mut report = Report::default();

    // All or nothing: one transaction for the file. Partial: one per chunk.
    let mut first = db.begin_write().await?;
    let mut ingest = Ingest::new(&mut first, options.kind, options.register.clone(), clock).await?;
    let mut tx = Some(first);
    loop {
        let (items, unreadable) = lines.next_chunk(ingest.definition())?;
        if items.is_empty() && unreadable.is_empty() {
            break;
        }
        report.lines += items.len() + unreadable.len();
        let store = match (options.partial, report.refused + unreadable.len()) {
            (true, _) => Store::Passing,
            (false, 0) => Store::IfAllPass,
            (false, _) => Store::Nothing,
        };
        let conn = match &mut tx {
            Some(tx) => tx,
            None => tx.insert(db.begin_write().await?),
        };
        let Chunk { outcome, refused } = ingest.chunk(conn, db.engine(), items, store).await?;
        if options.partial
            && let Some(tx) = tx.take()
        {
            tx.commit().await.map_err(DbError::from)?;
        }
        let mut refused: Vec<ItemError> = refused.into_iter().chain(unreadable).collect();
        refused.sort_by_key(|e| e.position);
        report.refused += refused.len();
        report.outcome += outcome;
        errors.write(&refused)?;
        progress(lines.bytes_read());
    }
    errors.finish()?;
    if let Some(tx) = tx {
        if report.refused == 0 || options.partial {
            tx.commit().await.map_err(DbError::from)?;
        } else {
            tx.rollback().await.map_err(DbError::from)?;
            report.outcome = Outcome::default();
        }
    }
    Ok(report)
}

/// Items by line number, and the lines that are not items.
type ChunkOfLines = (Vec<(usize, Value)>, Vec<ItemError>);

/// The item lines of a file, a chunk at a time, numbered as an editor
/// numbers them.
enum Lines {
    Ndjson {
        reader: BufReader<File>,
        line: usize,
        bytes: u64,
    },
    Csv {
        reader: Box<csv::Reader<File>>,
        header: Vec<String>,
    },
}

impl Lines {
    fn new(file: File, format: FileFormat) -> Result<Self, ImportError> {
        Ok(match format {
            FileFormat::Ndjson => Lines::Ndjson {
                reader: BufReader::with_capacity(256 * 1024, file),
                line: 0,
                bytes: 0,
            },
            FileFormat::Csv => {
                let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(file);
                let header = reader
                    .headers()
                    .map_err(|e| ImportError::Csv(e.to_string()))?
                    .iter()
                    .map(|h| h.trim().to_owned())
                    .collect();
                Lines::Csv {
                    reader: Box::new(reader),
                    header,
                }
            }
        })
    }

    fn bytes_read(&self) -> u64 {
        match self {
            Lines::Ndjson { bytes, .. } => *bytes,
            Lines::Csv { reader, .. } => reader.position().byte(),
        }
    }

    /// Up to [`CHUNK_LINES`] items, and the lines that are not items at all.
    fn next_chunk(
        &mut self,
        definition: Option<&[crate::db::registers::RecordTypeContent]>,
    ) -> Result<ChunkOfLines, ImportError> {
        let mut items = Vec::with_capacity(CHUNK_LINES);
        let mut unreadable = Vec::new();
        let unreadable_line = |line: usize, reason: String| ItemError {
            position: line,
            id: None,
            reason,
        };
        match self {
            Lines::Ndjson {
                reader,
                line,
                bytes,
            } => {
                let mut text = String::new();
                while items.len() + unreadable.len() < CHUNK_LINES {
                    text.clear();
                    let n = reader.read_line(&mut text).map_err(ImportError::ReadLine)?;
                    if n == 0 {
                        break;
                    }
                    *line += 1;
                    *bytes += n as u64;
                    if text.trim().is_empty() {
                        continue;
                    }
                    match serde_json::from_str(&text) {
                        Ok(value) => items.push((*line, value)),
                        Err(e) => unreadable.push(unreadable_line(*line, format!("not JSON: {e}"))),
                    }
                }
            }
            Lines::Csv { reader, header } => {
                let mut record = csv::StringRecord::new();
                let definition = definition.unwrap_or_default();
                while items.len() + unreadable.len() < CHUNK_LINES {
                    match reader.read_record(&mut record) {
                        Ok(false) => break,
                        Ok(true) => {
                            let line = record.position().map_or(0, |p| p.line() as usize);
                            let row: Vec<String> =
                                record.iter().map(|c| c.trim().to_owned()).collect();
                            match ingest::from_csv_row(header, &row, definition) {
                                Ok(value) => items.push((line, value)),
                                Err(reason) => unreadable.push(unreadable_line(line, reason)),
                            }
                        }
                        Err(e) => {
                            let line = e.position().map_or(0, |p| p.line() as usize);
                            if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                                return Err(ImportError::Csv(e.to_string()));
                            }
                            unreadable.push(unreadable_line(line, "not UTF-8".into()));
                        }
                    }
                }
            }
        }
        Ok((items, unreadable))
    }
}

/// The refused lines, written as they are found; the file is made only if
/// a line is refused.
struct ErrorFile<'p> {
    path: &'p Path,
    out: Option<BufWriter<File>>,
}

impl<'p> ErrorFile<'p> {
    fn new(path: &'p Path) -> Self {
        ErrorFile { path, out: None }
    }

    fn write(&mut self, refused: &[ItemError]) -> Result<(), ImportError> {
        let failed = |e| ImportError::WriteErrors(self.path.to_owned(), e);
        if refused.is_empty() {
            return Ok(());
        }
        let out = match &mut self.out {
            Some(out) => out,
            None => self
                .out
                .insert(BufWriter::new(File::create(self.path).map_err(failed)?)),
        };
        for error in refused {
            let line = serde_json::json!({ "line": error.position, "id": error.id, "reason": error.reason });
            writeln!(out, "{line}").map_err(failed)?;
        }
        Ok(())
    }

    fn finish(self) -> Result<(), ImportError> {
        if let Some(mut out) = self.out {
            out.flush()
                .map_err(|e| ImportError::WriteErrors(self.path.to_owned(), e))?;
        }
        Ok(())
    }
}
