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
