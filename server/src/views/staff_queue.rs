//! The staff queue: the open requests of the staff member's registers (as
//! the database has their scope now), by due date, with days left, filtered
//! by register, kind and status, a page at a time by cursor.

use super::conn;
use crate::{
    clock::{Clock, iso_date},
    db::{self, Db, requests::QueueFilter, staff::StaffMember},
};
use app::{
    domain::{RequestKind, RequestStatus},
    error::PageError,
    i18n::Lang,
    model::{QueueItem, StaffQueue},
};
use std::{fmt, str::FromStr};

/// Rows on one page of the staff queue.
pub const QUEUE_PAGE: i64 = 50;

/// Where the next page starts: after the request due on this day with this
/// id. Written `YYYY-MM-DD:id` in the page's link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueCursor {
    pub due_on: time::Date,
    pub id: i64,
}

impl fmt::Display for QueueCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.due_on, self.id)
    }
}

impl FromStr for QueueCursor {
    type Err = ();

    fn from_str(text: &str) -> Result<Self, ()> {
        let (due, id) = text.split_once(':').ok_or(())?;
        Ok(QueueCursor {
            due_on: db::parse_date(due, "cursor").map_err(|_| ())?,
            id: id.parse().map_err(|_| ())?,
        })
    }
}

/// The queue's filters as the page sends them; a value that is not a known
/// code is left out, as is a cursor that cannot be read.
pub struct Filter {
    rows: QueueFilter,
    after: Option<QueueCursor>,
}

impl Filter {
    pub fn from_page(
        register: Option<String>,
        kind: Option<String>,
        status: Option<String>,
        after: Option<String>,
    ) -> Self {
        let given = |v: Option<String>| v.filter(|v| !v.is_empty());
        Filter {
            rows: QueueFilter {
                register: given(register),
                kind: given(kind).filter(|k| k.parse::<RequestKind>().is_ok()),
                status: given(status).filter(|s| s.parse::<RequestStatus>().is_ok()),
            },
            after: after.and_then(|c| c.parse().ok()),
        }
    }
}

pub async fn page(
    db: &Db,
    clock: &Clock,
    member: &StaffMember,
    filter: Filter,
    lang: Lang,
) -> Result<StaffQueue, PageError> {
    let mut conn = conn(db).await?;
    // The scope as it is now (read in this request), not as it was at sign-in.
    let mut rows = db::requests::queue(
        &mut conn,
        &member.scope(),
        &filter.rows,
        filter.after.map(|c| (c.due_on, c.id)),
        QUEUE_PAGE + 1,
    )
    .await?;
    let more = rows.len() as i64 > QUEUE_PAGE;
    rows.truncate(QUEUE_PAGE as usize);
    let next = more.then(|| rows.last()).flatten().map(|r| {
        QueueCursor {
            due_on: r.due_on,
            id: r.id,
        }
        .to_string()
    });
    // The names of the registers on this page only, not every register's.
    let codes = rows.iter().map(|r| r.register_code.as_str());
    let names = db::registers::names_of(&mut conn, lang, codes).await?;
    let name_of = |code: &str| {
        names
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_owned(), |(_, name)| name.clone())
    };
    let today = clock.today();
    let items = rows
        .into_iter()
        .map(|r| QueueItem {
            register_name: name_of(&r.register_code),
            kind: r.kind,
            status: r.status,
            reference: r.reference,
            register_code: r.register_code,
            received_on: iso_date(r.received_at),
            due_on: r.due_on.to_string(),
            days_left: (r.due_on - today).whole_days(),
        })
        .collect();
    Ok(StaffQueue { items, next })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_cursor_reads_back_what_it_writes_and_nothing_else() {
        let cursor = QueueCursor {
            due_on: date!(2026 - 08 - 01),
            id: 17,
        };
        assert_eq!(cursor.to_string(), "2026-08-01:17");
        assert_eq!("2026-08-01:17".parse(), Ok(cursor));
        for bad in ["", "2026-08-01", "2026-13-01:1", "2026-08-01:x", "x:1"] {
            assert!(bad.parse::<QueueCursor>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn unknown_filter_values_are_left_out() {
        let filter = Filter::from_page(
            Some(String::new()),
            Some("erasure".into()),
            Some("lost".into()),
            Some("garbage".into()),
        );
        assert_eq!(filter.rows.register, None);
        assert_eq!(filter.rows.kind.as_deref(), Some("erasure"));
        assert_eq!(filter.rows.status, None);
        assert_eq!(filter.after, None);
    }
}
