//! Guardianships and protected identities from the population register:
//! `insyn relations import FILE` (NDJSON, one item a line) and
//! `POST /api/v1/relations` take the same items, checked first and stored
//! all or nothing. A refusal names the line and the reason, never a
//! personnummer.
//!
//! ```json
//! {"type":"guardianship","guardian":"19121212-1212","child":"20210315-9824","from":"2021-03-15"}
//! {"type":"protection","person":"20180212-9849","protected":true}
//! ```
//!
//! A guardianship's `to` defaults to the day before the child turns 18, and
//! never runs past it. A repeated item updates what is stored.

use crate::{
    clock::Clock,
    db::{self, Db, DbError},
};
use app::domain::Personnummer;
use serde::{Deserialize, Serialize};
use time::Date;

/// One item as the population register sends it.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum RelationItem {
    /// A guardian (vårdnadshavare) of a child.
    Guardianship {
        #[schema(example = "19121212-1212")]
        guardian: String,
        #[schema(example = "20210315-9824")]
        child: String,
        /// The first day (ISO 8601).
        #[schema(example = "2021-03-15")]
        from: String,
        /// The last day; at most the day before the child turns 18.
        to: Option<String>,
    },
    /// Whether a person has protected personal data (skyddade personuppgifter).
    Protection {
        #[schema(example = "20180212-9849")]
        person: String,
        protected: bool,
    },
}

/// Why an item was refused: its position (line, or index in a batch, from
/// 1) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct RelationError {
    pub position: usize,
    pub reason: String,
}

/// A checked item, ready to store.
enum Checked {
    Guardianship {
        guardian: Personnummer,
        child: Personnummer,
        from: Date,
        to: Date,
    },
    Protection {
        person: Personnummer,
        protected: bool,
    },
}

fn person(text: &str, today: Date, what: &str) -> Result<Personnummer, String> {
    Personnummer::parse(text, today).map_err(|e| format!("{what}: {e}"))
}

fn day(text: &str, what: &str) -> Result<Date, String> {
    Date::parse(text.trim(), crate::db::ISO_DATE)
        .map_err(|_| format!("{what} is not a date (YYYY-MM-DD)"))
}

fn check(item: &RelationItem, today: Date) -> Result<Checked, String> {
    match item {
        RelationItem::Guardianship {
            guardian,
            child,
            from,
            to,
        } => {
            let guardian = person(guardian, today, "guardian")?;
            let child = person(child, today, "child")?;
            if guardian == child {
                return Err("the guardian and the child are the same person".into());
            }
            let born = child.birth_date();
            let last = born
                .replace_year(born.year() + 18)
                .map_err(|_| "the child's date of birth has no 18th birthday".to_owned())?
                - time::Duration::days(1);
            let from = day(from, "from")?;
            let to = match to {
                Some(to) => day(to, "to")?.min(last),
                None => last,
            };
            if to < from {
                return Err("the guardianship ends before it starts".into());
            }
            Ok(Checked::Guardianship {
                guardian,
                child,
                from,
                to,
            })
        }
        RelationItem::Protection {
            person: p,
            protected,
        } => Ok(Checked::Protection {
            person: person(p, today, "person")?,
            protected: *protected,
        }),
    }
}

/// What an import stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct RelationReport {
    pub guardianships: usize,
    pub protections: usize,
}

/// Checks every item (at its position; one that could not be read at all
/// comes as its reason) and stores them all in one transaction, or none:
/// every refusal.
pub async fn apply(
    db: &Db,
    clock: &Clock,
    items: &[(usize, Result<RelationItem, String>)],
) -> Result<Result<RelationReport, Vec<RelationError>>, DbError> {
    let today = clock.today();
    let mut checked = Vec::with_capacity(items.len());
    let mut errors = Vec::new();
    for (position, item) in items {
        match item
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|i| check(i, today))
        {
            Ok(item) => checked.push(item),
            Err(reason) => errors.push(RelationError {
                position: *position,
                reason,
            }),
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let now = clock.unix();
    let mut report = RelationReport::default();
    let mut tx = db.begin_write().await?;
    for item in checked {
        match item {
            Checked::Guardianship {
                guardian,
                child,
                from,
                to,
            } => {
                let guardian = db::patients::upsert(&mut tx, &guardian, None, None, now).await?;
                let child = db::patients::upsert(&mut tx, &child, None, None, now).await?;
                db::relations::put_guardianship(&mut tx, guardian, child, from, to, now).await?;
                report.guardianships += 1;
            }
            Checked::Protection { person, protected } => {
                let id = db::patients::upsert(&mut tx, &person, None, None, now).await?;
                db::relations::set_protected(&mut tx, id, protected).await?;
                report.protections += 1;
            }
        }
    }
    tx.commit().await?;
    tracing::info!(
        guardianships = report.guardianships,
        protections = report.protections,
        "relations imported"
    );
    Ok(Ok(report))
}

/// The items of an NDJSON text, blank lines skipped (positions are lines).
pub fn read_ndjson(text: &str) -> Vec<(usize, Result<RelationItem, String>)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            (
                i + 1,
                serde_json::from_str(line).map_err(|e| format!("not a relation item: {e}")),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_guardianship_ends_before_the_child_turns_18_whatever_it_says() {
        let item = RelationItem::Guardianship {
            guardian: "19121212-1212".into(),
            child: "20210315-9824".into(),
            from: "2021-03-15".into(),
            to: Some("2045-01-01".into()),
        };
        let Ok(Checked::Guardianship { to, .. }) = check(&item, date!(2026 - 12 - 01)) else {
            panic!("refused");
        };
        assert_eq!(to, date!(2039 - 03 - 14));
    }

    #[test]
    fn refusals_name_no_personnummer() {
        let item = RelationItem::Guardianship {
            guardian: "19121212-1212".into(),
            child: "20210315-9825".into(),
            from: "2021-03-15".into(),
            to: None,
        };
        let reason = check(&item, date!(2026 - 12 - 01)).err().unwrap();
        assert!(reason.starts_with("child:"), "{reason}");
        assert!(!reason.contains("2021031"), "{reason}");
        let lines = read_ndjson(
            "{\"type\":\"guardianship\"}\n\n{\"type\":\"protection\",\"person\":\"20180212-9849\",\"protected\":true}\n",
        );
        assert_eq!(lines.len(), 2);
        assert!(lines[0].1.is_err());
        assert_eq!(lines[1].0, 3);
    }
}
