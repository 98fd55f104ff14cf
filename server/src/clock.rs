//! The clock, as a value the application is given, so tests decide what
//! "now" is. Nothing else in the server calls `OffsetDateTime::now_utc`
//! (clippy.toml forbids it).

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};
use time::{Date, OffsetDateTime};

#[derive(Clone, Debug)]
pub enum Clock {
    System,
    /// A fixed instant that tests can move.
    Fixed(Arc<AtomicI64>),
}

impl Clock {
    pub fn fixed(at: OffsetDateTime) -> Self {
        Clock::Fixed(Arc::new(AtomicI64::new(at.unix_timestamp())))
    }

    pub fn now(&self) -> OffsetDateTime {
        match self {
            #[allow(clippy::disallowed_methods)] // the one place that reads the system clock
            Clock::System => OffsetDateTime::now_utc(),
            Clock::Fixed(at) => OffsetDateTime::from_unix_timestamp(at.load(Ordering::SeqCst))
                .unwrap_or(OffsetDateTime::UNIX_EPOCH),
        }
    }

    /// Unix seconds, as the database stores times.
    pub fn unix(&self) -> i64 {
        self.now().unix_timestamp()
    }

    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// Moves a fixed clock forward; does nothing to the system clock.
    pub fn advance(&self, seconds: i64) {
        if let Clock::Fixed(at) = self {
            at.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}

/// Hours Swedish time is ahead of UTC at `utc`: 1 (CET), or 2 (CEST) from
/// the last Sunday of March to the last Sunday of October, changing at
/// 01:00 UTC as in the whole EU.
fn swedish_offset_hours(utc: OffsetDateTime) -> i64 {
    let last_sunday = |month: time::Month| {
        let last = Date::from_calendar_date(utc.year(), month, month.length(utc.year()))
            .unwrap_or(utc.date());
        last - time::Duration::days(i64::from(last.weekday().number_days_from_sunday()))
    };
    let at_one = |date: Date| date.with_hms(1, 0, 0).map(|t| t.assume_utc());
    match (
        at_one(last_sunday(time::Month::March)),
        at_one(last_sunday(time::Month::October)),
    ) {
        (Ok(start), Ok(end)) if utc >= start && utc < end => 2,
        _ => 1,
    }
}

/// A Unix time in Swedish local time.
pub fn swedish_local(unix: i64) -> OffsetDateTime {
    let utc = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
    utc + time::Duration::hours(swedish_offset_hours(utc))
}

/// A time as people in Sweden read it: `YYYY-MM-DD HH:MM` in Swedish time.
pub fn swedish(unix: i64) -> String {
    let Ok(utc) = OffsetDateTime::from_unix_timestamp(unix) else {
        return String::new();
    };
    let local = utc + time::Duration::hours(swedish_offset_hours(utc));
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        local.year(),
        u8::from(local.month()),
        local.day(),
        local.hour(),
        local.minute()
    )
}

/// The calendar date (UTC) of a Unix time, ISO 8601 (`YYYY-MM-DD`): the
/// one date format of pages, files and documents.
pub fn iso_date(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

/// When a Swedish calendar day begins, in unix seconds.
pub fn swedish_day_start(date: Date) -> i64 {
    let midnight_utc = date.midnight().assume_utc();
    // The offset just before local midnight (changes happen at night, never at midnight).
    let offset = swedish_offset_hours(midnight_utc - time::Duration::hours(2));
    midnight_utc.unix_timestamp() - offset * 3600
}

#[cfg(test)]
mod tests {
    use super::{iso_date, swedish, swedish_day_start};

    #[test]
    fn dates_are_iso() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(1_782_900_000), "2026-07-01");
    }
    use time::macros::{date, datetime};

    #[test]
    fn swedish_time_follows_summer_time() {
        let at = |t: time::OffsetDateTime| swedish(t.unix_timestamp());
        assert_eq!(at(datetime!(2026-11-02 09:14 UTC)), "2026-11-02 10:14");
        assert_eq!(at(datetime!(2026-07-01 22:30 UTC)), "2026-07-02 00:30");
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(at(datetime!(2026-03-29 00:59 UTC)), "2026-03-29 01:59");
        assert_eq!(at(datetime!(2026-03-29 01:00 UTC)), "2026-03-29 03:00");
        assert_eq!(at(datetime!(2026-10-25 00:59 UTC)), "2026-10-25 02:59");
        assert_eq!(at(datetime!(2026-10-25 01:00 UTC)), "2026-10-25 02:00");
        assert_eq!(
            swedish_day_start(date!(2026 - 11 - 02)),
            datetime!(2026-11-01 23:00 UTC).unix_timestamp()
        );
        assert_eq!(
            swedish_day_start(date!(2026 - 07 - 02)),
            datetime!(2026-07-01 22:00 UTC).unix_timestamp()
        );
    }
}
