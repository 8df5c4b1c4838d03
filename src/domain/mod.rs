//! The rules of the drop-in as pure functions over values.
//!
//! Nothing here reads the clock, the disk, the database or the screen: `now` and every fact
//! the rules need are parameters, so every rule can be tested with plain values.

pub mod availability;
pub mod booking;
pub mod decide;
pub mod lockout;
pub mod question;
pub mod schedule;
pub mod service;
pub mod session;
pub mod verdict;

pub use availability::{DayAvailability, QueueStatus, SlotAvailability, SlotState};
pub use booking::{Booking, BookingRules, Claim, Status, stranded};
pub use decide::Refusal;
pub use question::Question;
pub use schedule::{Slot, local_date, opening_intervals, slots_on};
pub use service::{
    DayChange, DayHours, HoursDay, Invalid, MAX_CAPACITY, Mode, Service, ServiceDef, TimeRange,
    WeeklyHours,
};
pub use verdict::{Verdict, scan_verdict};

/// The random, unguessable identity of one anonymous visit, as carried by its slip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VisitId(pub u64);

/// A service's row id in the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceId(pub i64);

/// A booking's row id in the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BookingId(pub i64);
