//! Where front ends read the time: the real clock, shifted for demos, or a test's clock.
//! The domain never reads a clock; front ends pass `now` down.

use chrono::{DateTime, Utc};

pub trait Clock {
    fn now(&self) -> DateTime<Utc>;
}

/// The system clock, moved by a fixed offset (so `--now` starts a demo at a chosen time and
/// the clock still runs).
pub struct SystemClock {
    pub offset: chrono::Duration,
}

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }
}
