//! What the soak found, judged and written as `benchmarks/soak.md`: every
//! figure is this run's. The judgement is [`failures`]: any error, any lost
//! write, a server's memory growing by more than 30 MB or 25 % (its level at
//! the start against its level at the end, see [`levels`]), a log that
//! does not verify, a mail not sent exactly once.

use crate::visitor::{Ctx, Recorded};
use std::{fmt::Write as _, sync::atomic::Ordering};

/// Resident memory may grow by at most this over the run…
const RSS_GROWTH_MB: f64 = 30.0;
/// …and by at most this share of where it stood after the warm-up.
const RSS_GROWTH_SHARE: f64 = 0.25;

pub struct Outcome<'a> {
    pub date: String,
    pub load_secs: u64,
    pub warmup_secs: u64,
    pub total_secs: u64,
    pub patient_clients: usize,
    pub ctx: &'a Ctx,
    pub recorded: Recorded,
    /// Requests the balancer passed to each server, and its own failures.
    pub per_server: Vec<u64>,
    pub balancer_failures: u64,
    pub memory: Memory,
    /// ERROR and WARN lines each server logged.
    pub server_logs: Vec<(u64, u64)>,
    pub stops: Vec<Result<(), String>>,
    pub tables: Tables,
    pub checkpoint: Result<String, String>,
    pub verify: Result<String, String>,
}

/// What the database holds at the end.
pub struct Tables {
    pub entries_before: i64,
    pub entries_after: i64,
    pub checkpoints: i64,
    /// Acknowledged access events not in the table (the ids, for the console).
    pub events_lost: Vec<String>,
    /// Soak events stored though never acknowledged (an answer lost on the way).
    pub events_unacknowledged: usize,
    pub records_stored: i64,
    pub requests_filed: i64,
    pub requests_rejected: i64,
    pub mail: Mail,
}

pub struct Mail {
    pub enqueued: i64,
    pub sent: i64,
    pub dead: i64,
    pub pending: i64,
    /// What the SMTP server received.
    pub caught: usize,
}

fn n(counter: &std::sync::atomic::AtomicU64) -> u64 {
    counter.load(Ordering::Relaxed)
}

fn growth_too_much(start: f64, end: f64) -> bool {
    end - start > RSS_GROWTH_MB || end - start > start * RSS_GROWTH_SHARE
}

/// Each server's resident memory (VmRSS, MB): sampled every `every` seconds
/// from the end of the warm-up to the end of the load, and once more a few
/// seconds after the load, the clients gone.
pub struct Memory {
    pub every: u64,
    /// Each sample holds every server's figure at one moment.
    pub samples: Vec<Vec<Option<f64>>>,
    pub after_load: Vec<Option<f64>>,
}

impl Memory {
    fn servers(&self) -> usize {
        self.after_load.len()
    }

    /// Server `i`'s samples in order; `None` if one could not be read.
    fn series(&self, i: usize) -> Option<Vec<f64>> {
        let series: Option<Vec<f64>> = self
            .samples
            .iter()
            .map(|sample| sample.get(i).copied().flatten())
            .collect();
        series.filter(|s| !s.is_empty())
    }
}

/// Where a series stands at its start and at its end: the median of its
/// first and of its last fifth. A single sample can catch a server halfway
/// through a PDF or a JSON copy, whose buffers it frees a moment later (the
/// 10-minute runs swung by 10 MB between samples a minute apart); growth
/// that goes on — a leak — moves the median with it.
fn levels(series: &[f64]) -> (f64, f64) {
    let fifth = (series.len() / 5).max(1);
    (
        median(&series[..fifth]),
        median(&series[series.len() - fifth..]),
    )
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    }
}

/// Why the run fails; empty when it passes.
pub fn failures(o: &Outcome<'_>) -> Vec<String> {
    let mut why = Vec::new();
    let mut by_kind = std::collections::BTreeMap::new();
    for ((kind, _, _), count) in &o.recorded.errors {
        *by_kind.entry(*kind).or_insert(0u64) += count;
    }
    for (kind, count) in by_kind {
        why.push(format!("{count} × {}", kind.as_str()));
    }
    for (i, (errors, _)) in o.server_logs.iter().enumerate() {
        if *errors > 0 {
            why.push(format!("server {} logged {errors} error(s)", i + 1));
        }
    }
    for stop in &o.stops {
        if let Err(e) = stop {
            why.push(e.clone());
        }
    }
    for i in 0..o.memory.servers() {
        match o.memory.series(i).map(|series| levels(&series)) {
            Some((start, end)) if growth_too_much(start, end) => why.push(format!(
                "server {}'s memory grew from {start:.1} MB to {end:.1} MB",
                i + 1
            )),
            Some(_) => {}
            None => why.push(format!("server {}'s memory could not be read", i + 1)),
        }
    }
    let t = &o.tables;
    if !t.events_lost.is_empty() {
        why.push(format!(
            "{} acknowledged access event(s) lost",
            t.events_lost.len()
        ));
    }
    let records = n(&o.ctx.tally.records_acked);
    if (t.records_stored as u64) < records {
        why.push(format!(
            "{records} records acknowledged, {} stored",
            t.records_stored
        ));
    }
    let filed = n(&o.ctx.tally.filed);
    if (t.requests_filed as u64) < filed {
        why.push(format!(
            "{filed} requests filed, {} stored",
            t.requests_filed
        ));
    }
    let decided = n(&o.ctx.tally.decided);
    if (t.requests_rejected as u64) < decided {
        why.push(format!(
            "{decided} cases rejected, {} stored so",
            t.requests_rejected
        ));
    }
    if let Err(e) = &o.checkpoint {
        why.push(e.clone());
    }
    if let Err(e) = &o.verify {
        why.push(format!("the access log does not verify: {e}"));
    }
    let m = &t.mail;
    if m.dead > 0 || m.pending > 0 || m.sent != m.enqueued || m.caught as i64 != m.enqueued {
        why.push(format!(
            "mail: {} enqueued, {} sent, {} dead, {} pending, {} received by the SMTP server",
            m.enqueued, m.sent, m.dead, m.pending, m.caught
        ));
    }
    if n(&o.ctx.tally.journeys) == 0 {
        why.push("no patient journey was completed".into());
    }
    why
}

fn percentile(sorted: &[u32], p: usize) -> f64 {
    f64::from(sorted[(sorted.len() - 1) * p / 100]) / 1000.0
}

/// The cores, the processor's name and the memory of this machine.
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let read = |path: &str, key: &str| {
        std::fs::read_to_string(path).ok().and_then(|text| {
            text.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split(':').nth(1))
                .map(|v| v.trim().to_owned())
        })
    };
    let cpu = read("/proc/cpuinfo", "model name").unwrap_or_else(|| "unknown processor".into());
    let memory = read("/proc/meminfo", "MemTotal")
        .and_then(|v| v.trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or_else(
            || "unknown".into(),
            |kb| format!("{:.1} GB", kb / 1024.0 / 1024.0),
        );
    format!("{cores} cores ({cpu}), {memory} memory")
}

pub fn render(o: &mut Outcome<'_>, why: &[String]) -> String {
    let ctx: &Ctx = o.ctx;
    let tally = &ctx.tally;
    let mut s = String::new();
    let served: usize = o.recorded.routes.values().map(Vec::len).sum();
    let _ = write!(
        s,
        "# Soak: three servers on one PostgreSQL\n\n\
         `make soak` (`scripts/soak.sh`, `server/benches/soak.rs`): three `insyn serve`\n\
         processes of the release binary on one PostgreSQL database, behind a small\n\
         load balancer (one public URL; each request to the next server, or to the\n\
         one a patient's journey is pinned to), with the development identity\n\
         provider and a mail catcher. Patients, staff and a register system work at\n\
         once for a bounded time; the run fails on any error, any lost write, a\n\
         server's memory growing by more than {RSS_GROWTH_MB:.0} MB or {:.0} %, an access log that\n\
         `insyn verify-log` does not verify, or a mail not sent exactly once.\n\
         Every figure is this run's.\n\n",
        RSS_GROWTH_SHARE * 100.0
    );
    if why.is_empty() {
        s.push_str("**Result: passed.**\n\n");
    } else {
        s.push_str("**Result: FAILED.**\n\n");
        for reason in why {
            let _ = writeln!(s, "- {reason}");
        }
        s.push('\n');
    }
    let _ = write!(
        s,
        "| run | |\n| --- | --- |\n| date | {} |\n| load | {} s, memory first sampled after {} s of warm-up |\n\
         | in all | {} s, with setup, draining the mail and verifying the log |\n| machine | {} |\n\n",
        o.date,
        o.load_secs,
        o.warmup_secs,
        o.total_secs,
        machine()
    );

    s.push_str("## What the clients did\n\n| client | at once | done |\n| --- | --- | --- |\n");
    let acked_events = ctx.events_acked.lock().unwrap().len();
    let _ = write!(
        s,
        "| patients (the demo persons once each, then the made-up persons the register system \
         reported on, each a journey or two): sign in, overview, each register's data, log, \
         requests, JSON copy, PDF extract, file a restriction or correction, sign out; each \
         journey signed in on one server, reading on the next, filing on the third | {} | \
         {} journeys, {} requests filed \
         ({} not filed: one of the kind was still open) |\n\
         | staff (one coordinator per register): sign in, open, take and reject new cases, \
         reject those in progress, sign out | 3 | {} rounds, {} cases rejected |\n\
         | register system: batches of 20 records | 1 | {} batches, {} records acknowledged |\n\
         | register system: batches of 20 access events | 1 | {} batches, {acked_events} events acknowledged |\n\n",
        o.patient_clients,
        n(&tally.journeys),
        n(&tally.filed),
        n(&tally.filing_skipped),
        n(&tally.staff_rounds),
        n(&tally.decided),
        n(&tally.record_batches),
        n(&tally.records_acked),
        n(&tally.event_batches),
    );

    let _ = write!(
        s,
        "## Requests and errors\n\n{served} requests answered, {:.1} a second: \
         through the balancer {} to server 1, {} to server 2, {} to server 3 \
         ({} it could not pass on); the rest were the identity provider's.\n\n",
        served as f64 / o.load_secs.max(1) as f64,
        o.per_server.first().unwrap_or(&0),
        o.per_server.get(1).unwrap_or(&0),
        o.per_server.get(2).unwrap_or(&0),
        o.balancer_failures
    );
    s.push_str("| error | count |\n| --- | --- |\n");
    let kinds = [
        crate::visitor::Kind::ServerError,
        crate::visitor::Kind::ClientError,
        crate::visitor::Kind::UnexpectedAnswer,
        crate::visitor::Kind::Transport,
        crate::visitor::Kind::Task,
    ];
    for kind in kinds {
        let count: u64 = o
            .recorded
            .errors
            .iter()
            .filter(|((k, _, _), _)| *k == kind)
            .map(|(_, c)| c)
            .sum();
        let _ = writeln!(s, "| {} | {count} |", kind.as_str());
    }
    let logged: u64 = o.server_logs.iter().map(|(e, _)| e).sum();
    let _ = writeln!(s, "| lines the servers logged at ERROR | {logged} |\n");
    if !o.recorded.errors.is_empty() {
        s.push_str("| kind | route | what | count |\n| --- | --- | --- | --- |\n");
        for ((kind, route, what), count) in &o.recorded.errors {
            let _ = writeln!(s, "| {} | `{route}` | {what} | {count} |", kind.as_str());
        }
        s.push('\n');
    }

    s.push_str(
        "## Time per route\n\nMeasured by the clients to the last byte, through the balancer \
         (one more local hop with the body buffered), while every client ran at once.\n\n\
         | route | answers | p50 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |\n",
    );
    for (route, times) in &mut o.recorded.routes {
        times.sort_unstable();
        let _ = writeln!(
            s,
            "| `{route}` | {} | {:.1} | {:.1} | {:.1} |",
            times.len(),
            percentile(times, 50),
            percentile(times, 99),
            percentile(times, 100)
        );
    }

    let memory = &o.memory;
    let _ = write!(
        s,
        "\n## Memory\n\nResident memory (VmRSS) of each server, every {} s from the end of \
         the warm-up to the end of the load ({} samples). Judged is where each stood at \
         the start and at the end — the median of the first and of the last fifth of its \
         samples, so that one sample taken halfway through a PDF does not decide, while \
         growth that goes on moves the median with it; the limit is growth of \
         {RSS_GROWTH_MB:.0} MB or {:.0} %. Beside it: the first and the last single \
         sample, the highest, and a sample 5 s after the clients stopped.\n\n\
         | server | start (median) | end (median) | growth | first → last sample | highest | after the load |\n\
         | --- | --- | --- | --- | --- | --- | --- |\n",
        memory.every,
        memory.samples.len(),
        RSS_GROWTH_SHARE * 100.0
    );
    let mb = |v: Option<f64>| v.map_or_else(|| "?".into(), |v| format!("{v:.1} MB"));
    for i in 0..memory.servers() {
        let Some(series) = memory.series(i) else {
            let _ = writeln!(s, "| {} | ? | ? | ? | ? | ? | ? |", i + 1);
            continue;
        };
        let (start, end) = levels(&series);
        let _ = writeln!(
            s,
            "| {} | {start:.1} MB | {end:.1} MB | {:+.1} MB ({:+.0} %) | {:.1} → {:.1} MB | {:.1} MB | {} |",
            i + 1,
            end - start,
            (end - start) / start * 100.0,
            series[0],
            series[series.len() - 1],
            series.iter().copied().fold(f64::MIN, f64::max),
            mb(memory.after_load.get(i).copied().flatten()),
        );
    }
    let _ = writeln!(
        s,
        "\nAlong the way, the median of each tenth of the load (MB):\n\n| server | VmRSS |\n| --- | --- |"
    );
    for i in 0..memory.servers() {
        let tenths = memory.series(i).map_or_else(
            || "?".to_owned(),
            |series| {
                let tenth = series.len().div_ceil(10);
                series
                    .chunks(tenth)
                    .map(|part| format!("{:.0}", median(part)))
                    .collect::<Vec<_>>()
                    .join(" → ")
            },
        );
        let _ = writeln!(s, "| {} | {tenths} |", i + 1);
    }

    let t = &o.tables;
    let m = &t.mail;
    let verified = match &o.verify {
        Ok(out) => out.lines().collect::<Vec<_>>().join(" "),
        Err(e) => format!("**does not verify**: {e}"),
    };
    let _ = write!(
        s,
        "\n## Nothing lost\n\n| what | the clients were told | the database holds |\n| --- | --- | --- |\n\
         | access events (register API) | {acked_events} acknowledged | {} of them ({} lost; {} stored without an answer) |\n\
         | records (register API) | {} acknowledged | {} |\n\
         | requests filed | {} receipts | {} |\n\
         | cases rejected by staff | {} | {} |\n\
         | mails | — | {} enqueued: {} sent, {} dead, {} pending; the SMTP server received {} |\n\n\
         The access log grew from {} to {} entries ({} written during the run: the \
         register system's events, patients' own looks, staff opening cases, downloads); \
         {} signed checkpoints. `insyn verify-log` after the servers stopped: {verified}\n",
        acked_events - t.events_lost.len(),
        t.events_lost.len(),
        t.events_unacknowledged,
        n(&tally.records_acked),
        t.records_stored,
        n(&tally.filed),
        t.requests_filed,
        n(&tally.decided),
        t.requests_rejected,
        m.enqueued,
        m.sent,
        m.dead,
        m.pending,
        m.caught,
        t.entries_before,
        t.entries_after,
        t.entries_after - t.entries_before,
        t.checkpoints,
    );

    s.push_str(
        "\n## The servers\n\n| server | requests | logged WARN | logged ERROR | SIGTERM |\n\
         | --- | --- | --- | --- | --- |\n",
    );
    for (i, (errors, warnings)) in o.server_logs.iter().enumerate() {
        let stopped = match o.stops.get(i) {
            Some(Ok(())) => "stopped cleanly".to_owned(),
            Some(Err(e)) => e.clone(),
            None => "?".to_owned(),
        };
        let _ = writeln!(
            s,
            "| {} | {} | {warnings} | {errors} | {stopped} |",
            i + 1,
            o.per_server.get(i).unwrap_or(&0)
        );
    }
    s
}
