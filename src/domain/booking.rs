//! Booking rules: who may take which place, and what a booking's status is at a moment.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use super::schedule::{Slot, opening_intervals};
use super::service::Service;
use super::{BookingId, ServiceId};

/// A booking's stored status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Booked,
    Served,
    NoShow,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Booked => "booked",
            Status::Served => "served",
            Status::NoShow => "no_show",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "booked" => Some(Status::Booked),
            "served" => Some(Status::Served),
            "no_show" => Some(Status::NoShow),
            "cancelled" => Some(Status::Cancelled),
            _ => None,
        }
    }
}

/// The site's booking policy (from the settings file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BookingRules {
    /// Slots starting sooner than this are no longer offered.
    pub lead: Duration,
    /// How long after a slot's end a slip is still honoured.
    pub grace: Duration,
    /// How long before a slot's start a slip is already honoured.
    pub early: Duration,
    /// How many services one visit may book.
    pub max_per_visit: u32,
    /// How long after a kiosk booked a service it refuses another booking of the same
    /// service (zero: never). Applies to kiosk bookings only.
    pub rebook_after: Duration,
}

impl Default for BookingRules {
    fn default() -> Self {
        BookingRules {
            lead: Duration::minutes(5),
            grace: Duration::minutes(15),
            early: Duration::minutes(30),
            max_per_visit: 4,
            rebook_after: Duration::minutes(3),
        }
    }
}

/// A visit's claim on a place, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Booking {
    pub id: BookingId,
    pub service: ServiceId,
    pub day: NaiveDate,
    /// For a slots service the slot; for a queue service from the moment the number was
    /// taken to the end of that opening period.
    pub slot: Slot,
    /// The queue number (queue services only).
    pub number: Option<u32>,
    pub quantity: u32,
    pub status: Status,
    pub served_at: Option<DateTime<Utc>>,
}

impl Booking {
    /// The status at `now`: a booking not served by its end plus the grace period counts as
    /// a no-show even before anyone marks it.
    pub fn effective_status(&self, rules: &BookingRules, now: DateTime<Utc>) -> Status {
        match self.status {
            Status::Booked if now > self.slot.end + rules.grace => Status::NoShow,
            status => status,
        }
    }

    pub fn holds_place(&self) -> bool {
        self.status != Status::Cancelled
    }
}

/// Which place a visitor asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// The first bookable slot (or the next queue number).
    Next,
    /// The slot starting at this instant.
    At(DateTime<Utc>),
}

/// A place granted by the rules, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub service: ServiceId,
    pub day: NaiveDate,
    pub slot: Slot,
    pub number: Option<u32>,
    pub quantity: u32,
}

impl Claim {
    /// The booking this claim becomes once stored under `id`.
    pub fn into_booking(self, id: BookingId) -> Booking {
        Booking {
            id,
            service: self.service,
            day: self.day,
            slot: self.slot,
            number: self.number,
            quantity: self.quantity,
            status: Status::Booked,
            served_at: None,
        }
    }
}

/// The bookings that a change to a service would leave outside its hours: still to be
/// served, and not within an opening period of `service` as it would be (a queue number
/// needs only its start inside one). The change never touches them; staff decide.
pub fn stranded<'a>(service: &Service, bookings: &'a [Booking], tz: Tz) -> Vec<&'a Booking> {
    bookings
        .iter()
        .filter(|b| b.status == Status::Booked)
        .filter(|b| {
            !opening_intervals(service, b.day, tz).iter().any(|open| {
                let end_inside = b.number.is_some() || b.slot.end <= open.end;
                open.start <= b.slot.start && b.slot.start < open.end && end_inside
            })
        })
        .collect()
}
