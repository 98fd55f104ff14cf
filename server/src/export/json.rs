//! The JSON copy, written as a stream: the header, then each register's
//! records in batches, then the access log in batches, then the requests.
//! Memory stays flat however many records a patient has. The format is
//! `insyn.export/1`, described by `schema/export-v1.json`.

use super::{BATCH, CopyPlan, rfc3339};
use crate::{
    content,
    db::{self, Db, DbError},
};
use app::domain::RegistrationStatus;
use axum::body::{Body, Bytes};
use futures_util::StreamExt as _;
use serde::Serialize;
use serde_json::{Value, json};
use tokio::sync::mpsc;

pub const FORMAT: &str = "insyn.export/1";
/// The schema, kept in the repository and served at `/schema/export-v1.json`.
pub const SCHEMA: &str = include_str!("../../../schema/export-v1.json");

/// Flush to the client after this many bytes.
const CHUNK: usize = 64 * 1024;

/// The response body: produced by a task as the client reads it.
pub fn body(db: Db, plan: CopyPlan) -> Body {
    let (tx, rx) = mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    tokio::spawn(async move {
        let mut out = Out {
            tx,
            buf: Vec::with_capacity(CHUNK * 2),
        };
        if let Err(error) = write(&db, &plan, &mut out).await {
            match error {
                Stop::ClientGone => tracing::info!("the client left during a JSON copy"),
                Stop::Db(error) => {
                    tracing::error!(%error, "a JSON copy failed half-way");
                    // Breaks the response, so the download fails visibly
                    // rather than ending as a truncated but "complete" file.
                    let _ = out.tx.send(Err(std::io::Error::other("copy failed"))).await;
                }
            }
        }
    });
    // Fused: a layer may ask again after the end (compression does), and an
    // unfold asked after its end panics.
    Body::from_stream(
        futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        })
        .fuse(),
    )
}

enum Stop {
    ClientGone,
    Db(DbError),
}

impl From<DbError> for Stop {
    fn from(error: DbError) -> Self {
        Stop::Db(error)
    }
}

struct Out {
    tx: mpsc::Sender<Result<Bytes, std::io::Error>>,
    buf: Vec<u8>,
}

impl Out {
    async fn raw(&mut self, text: &str) -> Result<(), Stop> {
        self.buf.extend_from_slice(text.as_bytes());
        self.maybe_flush().await
    }

    async fn value<T: Serialize>(&mut self, value: &T) -> Result<(), Stop> {
        serde_json::to_writer(&mut self.buf, value)
            .map_err(|e| Stop::Db(DbError::Corrupt(e.to_string())))?;
        self.maybe_flush().await
    }

    async fn maybe_flush(&mut self) -> Result<(), Stop> {
        if self.buf.len() >= CHUNK {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), Stop> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buf,
            Vec::with_capacity(CHUNK * 2),
        ));
        self.tx.send(Ok(chunk)).await.map_err(|_| Stop::ClientGone)
    }
}

async fn write(db: &Db, plan: &CopyPlan, out: &mut Out) -> Result<(), Stop> {
    // Every label and display value of the copy in one language: the one the
    // registers write their content in (Swedish for easy-read Swedish,
    // English for the languages the registers do not write), as the
    // schema's `language` says.
    let lang = plan.lang.content_lang();
    let header = json!({
        "format": FORMAT,
        "generated_at": rfc3339(plan.generated_at),
        "reference": plan.reference,
        "language": lang.code(),
        "scope": plan.only.as_deref().unwrap_or("all"),
        "patient": {
            "personnummer": plan.patient.personnummer.expose(),
            "given_name": plan.patient.given_name,
            "family_name": plan.patient.family_name,
        },
    });
    // The header object without its closing brace, then the streamed arrays.
    let header = header.to_string();
    out.raw(&header[..header.len() - 1]).await?;
    out.raw(",\"registers\":[").await?;
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    for (i, register) in plan.registers.iter().enumerate() {
        if i > 0 {
            out.raw(",").await?;
        }
        let definition: Vec<Value> = register
            .content
            .iter()
            .map(|t| {
                json!({
                    "code": t.code,
                    "label": t.label(lang),
                    "fields": t.fields.iter().map(|f| json!({
                        "code": f.code,
                        "label": f.label(lang),
                        "type": f.value_type,
                        "unit": f.unit,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let head = json!({
            "code": register.code,
            "name": register.name,
            "short_name": register.short_name,
            "status": match register.status {
                RegistrationStatus::Active => "registered",
                RegistrationStatus::Restricted => "restricted",
            },
            "registered_on": register.registered_on,
            "record_types": definition,
        })
        .to_string();
        out.raw(&head[..head.len() - 1]).await?;
        out.raw(",\"records\":[").await?;
        let mut after = 0;
        let mut first = true;
        loop {
            let batch = db::records::batch_of_patient(
                &mut conn,
                plan.patient_id,
                &register.code,
                after,
                BATCH,
            )
            .await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            for record in &batch {
                if !first {
                    out.raw(",").await?;
                }
                first = false;
                let record_type = content::record_type(&register.content, &record.record_type);
                let fields: Vec<Value> = record
                    .fields
                    .iter()
                    .map(|(code, value)| {
                        let field =
                            record_type.and_then(|t| t.fields.iter().find(|f| &f.code == code));
                        json!({
                            "code": code,
                            "label": field.map(|f| f.label(lang)),
                            "value": value,
                            "display": field.map(|f| content::display(f, Some(value), lang)),
                            "unit": field.and_then(|f| f.unit.clone()),
                        })
                    })
                    .collect();
                out.value(&json!({
                    "id": record.source_id,
                    "type": record.record_type,
                    "type_label": record_type.map(|t| t.label(lang)),
                    "recorded_on": record.recorded_on,
                    "care_unit": { "hsa_id": record.care_unit_hsa_id, "name": record.care_unit_name },
                    "version": record.version,
                    "corrected": record.version > 1,
                    "created_at": rfc3339(record.created_at),
                    "updated_at": rfc3339(record.updated_at),
                    "fields": fields,
                }))
                .await?;
            }
        }
        out.raw("]}").await?;
    }
    out.raw("],\"access_log\":[").await?;
    let mut after = 0;
    let mut first = true;
    loop {
        let batch = db::access_events::batch_of_patient(
            &mut conn,
            plan.patient_id,
            plan.only.as_deref(),
            after,
            BATCH,
        )
        .await?;
        let Some(last) = batch.last() else { break };
        after = last.seq;
        for event in &batch {
            if !first {
                out.raw(",").await?;
            }
            first = false;
            let mut entry = json!({
                "seq": event.seq,
                "register": event.register_code,
                "occurred_at": rfc3339(event.occurred_at),
                "actor": event.actor,
                "care_unit": event.care_unit_hsa_id.as_ref().map(|hsa_id| json!({ "hsa_id": hsa_id, "name": event.care_unit_name })),
                "kind": event.kind,
                "reason": event.reason,
                "source": event.source,
            });
            // Optional in v1: why, as a code and its HL7 v3 PurposeOfUse;
            // which data. Absent for entries from before they were kept.
            if let Some(purpose) = event
                .purpose
                .as_deref()
                .and_then(|p| p.parse::<app::domain::AccessPurpose>().ok())
            {
                entry["purpose"] =
                    json!({ "code": purpose.as_str(), "hl7_purpose_of_use": purpose.hl7() });
            }
            if let Some(data) = event
                .data_touched
                .as_deref()
                .and_then(|d| serde_json::from_str::<Value>(d).ok())
            {
                entry["data"] = data;
            }
            // Optional in v1: present only for what someone did for the patient.
            if let Some(relation) = &event.acting_as {
                let name = db::patients::full_name(
                    event.acting_given_name.as_deref(),
                    event.acting_family_name.as_deref(),
                );
                entry["acted_by"] = json!({ "relation": relation, "name": name });
            }
            out.value(&entry).await?;
        }
    }
    out.raw("],\"requests\":").await?;
    let requests =
        db::requests::of_patient(&mut conn, plan.patient_id, plan.only.as_deref()).await?;
    let requests: Vec<Value> = requests
        .iter()
        .map(|r| {
            let mut request = json!({
                "reference": r.reference,
                "register": r.register_code,
                "kind": r.kind,
                "status": r.status,
                "received_at": rfc3339(r.received_at),
                "due_on": r.due_on.to_string(),
                "extended_due_on": r.extended_due_on.map(|d| d.to_string()),
                "extension_reason": r.extension_reason,
                "decided_at": r.decided_at.map(rfc3339),
                "decision_reason": r.decision_reason,
                "history": r.history.iter().map(|e| json!({
                    "at": rfc3339(e.at),
                    "status": e.status,
                    // A step taken for the patient is the patient's side;
                    // who took it is `filed_by`.
                    "actor": if e.actor == "guardian" || e.actor == "proxy" || e.actor == "representative" {
                        "patient"
                    } else {
                        e.actor.as_str()
                    },
                    "note": e.note,
                })).collect::<Vec<_>>(),
            });
            if let Some(filed_by) = &r.filed_by {
                request["filed_by"] = json!({ "relation": filed_by.relation, "name": filed_by.name });
            }
            request
        })
        .collect();
    out.value(&requests).await?;
    // Optional in v1: where the patient's data were released, and their
    // opt-outs as given and withdrawn.
    let releases: Vec<Value> = plan
        .releases(&mut conn)
        .await?
        .iter()
        .map(|r| {
            json!({
                "register": r.register_code,
                "diary_number": r.diary_number,
                "decided_at": rfc3339(r.decided_at),
                "delivered_on": r.delivered_on,
                "recipient": r.recipient,
                "purpose": r.purpose,
                "legal_basis": r.legal_basis,
                "ethics_approval": r.ethics_approval,
                "form": r.form,
                "record_types": r.record_types.split_whitespace().collect::<Vec<_>>(),
                "fields": r.fields,
            })
        })
        .collect();
    out.raw(",\"releases\":").await?;
    out.value(&releases).await?;
    let opt_outs: Vec<Value> = db::opt_outs::events_of_patient(&mut conn, plan.patient_id)
        .await?
        .iter()
        .filter(|e| e.register_code.as_deref().is_none_or(|c| plan.covers(c)))
        .map(|e| {
            json!({
                "kind": e.kind,
                "register": e.register_code,
                "action": e.action.as_str(),
                "at": rfc3339(e.at),
                "channel": e.channel,
            })
        })
        .collect();
    out.raw(",\"opt_outs\":").await?;
    out.value(&opt_outs).await?;
    out.raw("}\n").await?;
    out.flush().await
}
