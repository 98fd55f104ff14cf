//! The soak's clients, all through the balancer's one public URL:
//!
//! - patients — the demo persons (adults with a registration) once each,
//!   then the made-up persons the register system has reported on, each
//!   journey the next person, so two never file for one person at once: sign in
//!   at the development identity provider, read the overview, each
//!   register's data, the log and the requests, download the JSON copy and
//!   the PDF extract, file a restriction or a correction, sign out. Every
//!   journey is pinned across the three servers on purpose — signed in on
//!   one, reading on the next, filing and signing out on the third — which
//!   only works because the session lives in the database;
//! - staff, one coordinator per register (so two never decide one case):
//!   sign in, take and reject what is new in the queue, sign out;
//! - the register system: record batches, and access events streaming in,
//!   every acknowledged id kept so that none may go missing.
//!
//! A journey stops at its first surprise, counted by kind (`visitor.rs`).
//! Think times between pages keep this a long, steady load rather than a
//! saturation test: it is memory, leaks and lost writes that a soak finds.

use crate::visitor::{
    Ctx, Kind, OK, Person, REDIRECT, SEE_OTHER, SERVERS, Step, Visitor, csrf_of, is_reference,
    references, think,
};
use insyn::clock::Clock;
use serde_json::{Value, json};
use std::{
    sync::{Arc, atomic::Ordering},
    time::Duration,
};

const RECORDS_PER_BATCH: usize = 20;
const EVENTS_PER_BATCH: usize = 20;
const RECORDS_PAUSE: Duration = Duration::from_millis(500);
const EVENTS_PAUSE: Duration = Duration::from_millis(250);
const STAFF_PAUSE: Duration = Duration::from_secs(3);
const CASES_PER_ROUND: usize = 5;
/// The request form's words when one of its kind is open already (the
/// clients ask for Swedish).
const ALREADY_OPEN: &str = "Du har redan ett öppet ärende";
const REJECTION: &str = "Prövad i belastningsprovet: uppgifterna stämmer med källan.";
/// The soak's own register-system ids, so that its rows can be counted.
pub const RECORD_PREFIX: &str = "SOAK-R-";
pub const EVENT_PREFIX: &str = "SOAK-E-";

// ---- Patients ----

/// The demo persons a patient may sign in as: adults (children are their
/// guardians' business) without protected identity, with a registration.
pub fn demo_patients() -> Vec<Person> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/demo.json");
    let text = std::fs::read_to_string(path).expect("fixtures/demo.json");
    let fixture: Value = serde_json::from_str(&text).expect("fixtures/demo.json is JSON");
    fixture["persons"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["protected"].as_bool() != Some(true))
        .filter_map(|p| {
            let personnummer = p["personnummer"].as_str()?;
            let registers: Vec<String> = p["registrations"]
                .as_array()?
                .iter()
                .filter(|r| r["status"] == "active")
                .filter_map(|r| r["register"].as_str().map(str::to_owned))
                .collect();
            (personnummer.starts_with("19") && !registers.is_empty()).then(|| Person {
                personnummer: personnummer.to_owned(),
                given_name: p["given_name"].as_str().unwrap_or_default().to_owned(),
                registers,
            })
        })
        .collect()
}

/// Patient client `index`: journeys until the end, each of the next person.
async fn patient_client(ctx: Arc<Ctx>, index: usize) {
    let mut turn = 0;
    while ctx.running() {
        let Some(person) = next_patient(&ctx).await else {
            break;
        };
        if patient_journey(&ctx, &person, index + turn).await.is_err() {
            // Not a hot loop of failures.
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        turn += 1;
    }
}

/// The person of the next journey: the demo persons first, once each, then
/// the made-up persons in the order the register system reports them, round
/// again after the last. A person visits once or twice in a run, as in life.
/// The first soaks had the few demo persons make every journey: each filed
/// hundreds of requests and gathered thousands of own looks, their JSON
/// copies and PDF extracts took twice as long by the end of 25 minutes, and
/// the servers' memory grew with the largest of them all run long — the
/// workload's growth, not the servers'.
async fn next_patient(ctx: &Ctx) -> Option<Person> {
    let n = ctx.journeys_begun.fetch_add(1, Ordering::Relaxed);
    if let Some(person) = ctx.patients.get(n) {
        return Some(person.clone());
    }
    let i = (n - ctx.patients.len()) % ctx.synthetic.len().max(1);
    // Not before the register system has reported on them (it is well ahead
    // after its first seconds).
    while ctx.registered.load(Ordering::Relaxed) <= i {
        if !ctx.running() {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Some(Person {
        personnummer: ctx.synthetic.get(i)?.clone(),
        // What the development provider calls a person it does not know.
        given_name: "Testperson".to_owned(),
        registers: vec!["qivf".to_owned()],
    })
}

async fn patient_journey(ctx: &Arc<Ctx>, person: &Person, turn: usize) -> Step<()> {
    let v = Visitor::new(ctx);
    // Signed in on one server, reading on the next, filing on the third.
    let on = |k: usize| Some((turn + k) % SERVERS);
    v.sign_in(on(0), "/auth/login", "personnummer", &person.personnummer)
        .await?;
    think().await;
    let me = v.get(on(1), "/me", OK).await?;
    if !me.text().contains(&person.given_name) {
        return Err(ctx.unexpected("GET /me", "not the signed-in person's page"));
    }
    for code in &person.registers {
        think().await;
        v.get(on(1), &format!("/me/registers/{code}"), OK).await?;
    }
    for page in ["/me/log", "/me/requests"] {
        think().await;
        v.get(on(1), page, OK).await?;
    }
    think().await;
    let copy = v.get(on(1), "/me/export.json", OK).await?;
    if serde_json::from_slice::<Value>(&copy.body).is_err() {
        return Err(ctx.unexpected("GET /me/export.json", "not JSON"));
    }
    think().await;
    let extract = v.get(on(1), "/me/extract.pdf", OK).await?;
    if !extract.body.starts_with(b"%PDF") {
        return Err(ctx.unexpected("GET /me/extract.pdf", "not a PDF"));
    }
    think().await;
    let code = &person.registers[turn % person.registers.len()];
    let (kind, mut fields) = if turn.is_multiple_of(2) {
        ("restriction", vec![("ground", "accuracy")])
    } else {
        (
            "correction",
            vec![
                ("problem", "Uppgiften stämmer inte med min journal."),
                ("proposed", "Det som står i journalen från mottagningen."),
            ],
        )
    };
    let path = format!("/me/registers/{code}/request/{kind}");
    let form = v.get(on(2), &path, OK).await?.text();
    let form_route = ctx.route_of("GET", &v.url(&path));
    let csrf = csrf_of(&form).ok_or_else(|| ctx.unexpected(&form_route, "no form token"))?;
    if form.contains(ALREADY_OPEN) {
        // Filed before and not yet decided: a patient would not file again.
        ctx.tally.filing_skipped.fetch_add(1, Ordering::Relaxed);
    } else {
        fields.push(("confirm", "yes"));
        fields.push(("csrf", csrf.as_str()));
        let filed = v.post_form(on(2), &path, &fields, SEE_OTHER).await?;
        let receipt = v.next_hop(&filed)?;
        let reference = receipt
            .path()
            .strip_prefix("/me/requests/")
            .filter(|r| is_reference(r))
            .map(str::to_owned)
            .ok_or_else(|| ctx.unexpected(&form_route, "filed, but not sent to a receipt"))?;
        let page = v.get(on(2), receipt.as_str(), OK).await?;
        if !page.text().contains(&reference) {
            let route = ctx.route_of("GET", receipt.as_str());
            return Err(ctx.unexpected(&route, "a receipt without its reference"));
        }
        ctx.tally.filed.fetch_add(1, Ordering::Relaxed);
    }
    v.post_form(on(2), "/auth/logout", &[("csrf", csrf.as_str())], REDIRECT)
        .await?;
    ctx.tally.journeys.fetch_add(1, Ordering::Relaxed);
    Ok(())
}

// ---- Staff ----

/// One coordinator per register, so that no two decide one case.
const STAFF: [(&str, &str); 3] = [
    ("SE2321000016-1001", "qivf"),
    ("SE2321000016-1003", "ndr"),
    ("SE2321000016-1002", "riksstroke"),
];

async fn staff_client(ctx: Arc<Ctx>, hsa_id: &'static str, register: &'static str) {
    while ctx.running() {
        if staff_round(&ctx, hsa_id, register).await.is_ok() {
            ctx.tally.staff_rounds.fetch_add(1, Ordering::Relaxed);
        }
        tokio::time::sleep(STAFF_PAUSE).await;
    }
}

/// Signs in, takes and rejects the newest cases, rejects the ones in
/// progress, signs out. Its requests go round the servers.
async fn staff_round(ctx: &Arc<Ctx>, hsa_id: &str, register: &str) -> Step<()> {
    let v = Visitor::new(ctx);
    let landing = v.sign_in(None, "/staff/login", "hsa_id", hsa_id).await?;
    let csrf =
        csrf_of(&landing.text()).ok_or_else(|| ctx.unexpected("GET /staff", "no form token"))?;
    for (status, actions) in [
        ("received", &["take", "reject"][..]),
        ("in_progress", &["reject"][..]),
    ] {
        let queue_path = format!("/staff/requests?register={register}&status={status}");
        let queue = v.get(None, &queue_path, OK).await?;
        for reference in references(&queue.text()).into_iter().take(CASES_PER_ROUND) {
            let case = format!("/staff/requests/{reference}");
            // Opening the case is a look at the patient's data: logged.
            v.get(None, &case, OK).await?;
            for action in actions {
                let mut form = vec![("action", *action), ("csrf", csrf.as_str())];
                if *action == "reject" {
                    form.push(("rejection_reason", REJECTION));
                }
                v.post_form(None, &case, &form, SEE_OTHER).await?;
                v.get(None, &case, OK).await?;
            }
            ctx.tally.decided.fetch_add(1, Ordering::Relaxed);
            think().await;
        }
    }
    v.post_form(None, "/auth/logout", &[("csrf", csrf.as_str())], REDIRECT)
        .await?;
    Ok(())
}

// ---- The register system ----

/// Batches of new records about made-up persons (who become registered).
async fn register_records(ctx: Arc<Ctx>) {
    let v = Visitor::new(&ctx);
    let date = Clock::System.today().to_string();
    let persons = ctx.synthetic.len();
    let (mut batch, mut next) = (0u64, 0usize);
    while ctx.running() {
        let items: Vec<Value> = (0..RECORDS_PER_BATCH)
            .map(|i| {
                json!({
                    "id": format!("{RECORD_PREFIX}{batch}-{i}"),
                    "personnummer": ctx.synthetic[(next + i) % persons],
                    "type": "transfer",
                    "care_unit": "SE2321000016-RM01",
                    "date": date,
                    "fields": { "transfer_date": date, "embryos_transferred": 1 + i % 2, "embryo_stage": "blastocyst" }
                })
            })
            .collect();
        let path = "/api/v1/registers/qivf/records";
        if let Ok(answer) = v.post_api(path, &json!({ "items": items })).await {
            if answer["created"].as_u64() == Some(RECORDS_PER_BATCH as u64) {
                ctx.tally
                    .records_acked
                    .fetch_add(RECORDS_PER_BATCH as u64, Ordering::Relaxed);
                ctx.registered
                    .fetch_max((next + RECORDS_PER_BATCH).min(persons), Ordering::Relaxed);
            } else {
                ctx.unexpected(&format!("POST {path}"), "not every record created");
            }
        }
        ctx.tally.record_batches.fetch_add(1, Ordering::Relaxed);
        batch += 1;
        next = (next + RECORDS_PER_BATCH) % persons;
        tokio::time::sleep(RECORDS_PAUSE).await;
    }
}

/// Access events streaming in: about registered made-up persons, and now
/// and then about a demo patient (whose log page then shows it).
async fn access_events(ctx: Arc<Ctx>) {
    let v = Visitor::new(&ctx);
    let demo: Vec<String> = ctx
        .patients
        .iter()
        .filter(|p| p.registers.iter().any(|r| r == "qivf"))
        .map(|p| p.personnummer.clone())
        .collect();
    let mut batch = 0usize;
    while ctx.running() && !demo.is_empty() {
        let registered = ctx.registered.load(Ordering::Relaxed);
        // Five seconds ago: an event is never in the future.
        let occurred_at = insyn::export::rfc3339(Clock::System.unix() - 5);
        let (mut ids, mut items) = (Vec::new(), Vec::new());
        for i in 0..EVENTS_PER_BATCH {
            let person = if registered == 0 || (i == 0 && batch.is_multiple_of(5)) {
                &demo[batch % demo.len()]
            } else {
                &ctx.synthetic[rand::random::<u64>() as usize % registered]
            };
            let id = format!("{EVENT_PREFIX}{batch}-{i}");
            items.push(json!({
                "id": id,
                "personnummer": person,
                "occurred_at": occurred_at,
                "care_unit": "SE2321000016-RM01",
                "kind": "read",
                "reason": "Uppföljning inför ny behandling",
                "purpose": "care_quality",
                "data": [{ "record_type": "treatment_cycle", "fields": ["treatment"] }]
            }));
            ids.push(id);
        }
        let path = "/api/v1/registers/qivf/access-events";
        if let Ok(answer) = v.post_api(path, &json!({ "items": items })).await {
            if answer["created"].as_u64() == Some(EVENTS_PER_BATCH as u64) {
                ctx.events_acked.lock().unwrap().extend(ids);
            } else {
                ctx.unexpected(&format!("POST {path}"), "not every event created");
            }
        }
        ctx.tally.event_batches.fetch_add(1, Ordering::Relaxed);
        batch += 1;
        tokio::time::sleep(EVENTS_PAUSE).await;
    }
}

// ---- Starting and ending the clients ----

pub type Tasks = Vec<(String, tokio::task::JoinHandle<()>)>;

/// `patients` patient clients, the staff and the register system, all running.
pub fn spawn_all(ctx: &Arc<Ctx>, patients: usize) -> Tasks {
    let mut tasks: Tasks = Vec::new();
    let patients = patients.clamp(1, ctx.patients.len().max(1));
    for index in 0..patients {
        let task = tokio::spawn(patient_client(ctx.clone(), index));
        tasks.push((format!("patient client {}", index + 1), task));
    }
    for (hsa_id, register) in STAFF {
        let task = tokio::spawn(staff_client(ctx.clone(), hsa_id, register));
        tasks.push((format!("staff {hsa_id}"), task));
    }
    tasks.push((
        "register records".into(),
        tokio::spawn(register_records(ctx.clone())),
    ));
    tasks.push((
        "access events".into(),
        tokio::spawn(access_events(ctx.clone())),
    ));
    tasks
}

/// Waits for each client to finish what it was doing at the deadline.
pub async fn join(ctx: &Ctx, tasks: Tasks) {
    for (name, mut task) in tasks {
        match tokio::time::timeout(Duration::from_secs(180), &mut task).await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => ctx
                .recorder
                .error(Kind::Task, &name, format!("ended: {error}")),
            Err(_) => {
                task.abort();
                ctx.recorder.error(
                    Kind::Task,
                    &name,
                    "still busy 3 minutes after the end".into(),
                );
            }
        }
    }
}
