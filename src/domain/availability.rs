//! What is still free on a day: slot places, queue numbers, waiting times.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use super::booking::{Booking, BookingRules, Status};
use super::schedule::{Slot, opening_intervals, slots_on};
use super::service::{Mode, Service};

/// Whether a slot can be booked now, and why not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotState {
    /// Bookable, with this many places left.
    Free(u32),
    Full,
    /// Already started or over.
    Past,
    /// Starts within the lead time: too close to walk there.
    TooSoon,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotAvailability {
    pub slot: Slot,
    pub capacity: u32,
    pub taken: u32,
    pub state: SlotState,
}

impl SlotAvailability {
    pub fn free(&self) -> u32 {
        match self.state {
            SlotState::Free(n) => n,
            _ => 0,
        }
    }
}

/// A queue service's day at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QueueStatus {
    /// Numbers can be taken now (the service has not closed for the day).
    pub open: bool,
    /// People holding a number who have not been served yet.
    pub waiting: u32,
    /// The number the next visitor will get.
    pub next_number: u32,
    /// Places (items or numbers) left today.
    pub left: u32,
    /// Waiting people times the day's average service time.
    pub estimated_wait: Duration,
    /// When the current or next opening period of the day starts and ends.
    pub period: Option<Slot>,
    /// The number the desk called last, once it has started calling.
    pub calling: Option<u32>,
}

/// The availability of one service on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayAvailability {
    /// No opening hours on this day (or the service is inactive).
    Closed,
    Slots(Vec<SlotAvailability>),
    Queue(QueueStatus),
}

impl DayAvailability {
    /// Open means there is still something to book today.
    pub fn is_open(&self) -> bool {
        match self {
            DayAvailability::Closed => false,
            DayAvailability::Slots(slots) => slots
                .iter()
                .any(|s| matches!(s.state, SlotState::Free(_) | SlotState::Full)),
            DayAvailability::Queue(queue) => queue.open,
        }
    }

    /// Full for the rest of today, though still running: a visitor may wait on the standby
    /// list for a place someone gives up.
    pub fn standby_open(&self) -> bool {
        match self {
            DayAvailability::Closed => false,
            // A slot starting too soon to book but with places left is a place nobody can
            // give up: waiting for it would be waiting for nothing.
            DayAvailability::Slots(slots) => {
                let open = |s: &&SlotAvailability| match s.state {
                    SlotState::Free(_) => true,
                    SlotState::TooSoon => s.taken < s.capacity,
                    _ => false,
                };
                !slots.iter().any(|s| open(&s))
                    && slots
                        .iter()
                        .any(|s| matches!(s.state, SlotState::Full | SlotState::TooSoon))
            }
            DayAvailability::Queue(queue) => queue.open && queue.left == 0,
        }
    }

    /// The first slot that can be booked now.
    pub fn first_free_slot(&self) -> Option<Slot> {
        match self {
            DayAvailability::Slots(slots) => slots
                .iter()
                .find(|s| matches!(s.state, SlotState::Free(_)))
                .map(|s| s.slot),
            _ => None,
        }
    }
}

/// The places bookings hold in a slot: everything but cancellations counts.
pub fn taken_in(bookings: &[Booking], slot: &Slot) -> u32 {
    bookings
        .iter()
        .filter(|b| b.status != Status::Cancelled && b.slot.start == slot.start)
        .map(|b| b.quantity)
        .sum()
}

/// The availability of `service` on `day`, from that day's bookings of the service.
pub fn day_availability(
    service: &Service,
    day: NaiveDate,
    day_bookings: &[Booking],
    rules: &BookingRules,
    tz: Tz,
    now: DateTime<Utc>,
) -> DayAvailability {
    let capacity = service.capacity_on(day);
    match service.mode {
        Mode::Slots => {
            let slots = slots_on(service, day, tz);
            if slots.is_empty() {
                return DayAvailability::Closed;
            }
            DayAvailability::Slots(
                slots
                    .into_iter()
                    .map(|slot| {
                        let taken = taken_in(day_bookings, &slot);
                        let state = if slot.start <= now {
                            SlotState::Past
                        } else if slot.start < now + rules.lead {
                            SlotState::TooSoon
                        } else if taken >= capacity {
                            SlotState::Full
                        } else {
                            SlotState::Free(capacity - taken)
                        };
                        SlotAvailability {
                            slot,
                            capacity,
                            taken,
                            state,
                        }
                    })
                    .collect(),
            )
        }
        Mode::Queue => {
            let intervals = opening_intervals(service, day, tz);
            if intervals.is_empty() {
                return DayAvailability::Closed;
            }
            let period = intervals.iter().find(|i| now < i.end).copied();
            let holding: u32 = day_bookings
                .iter()
                .filter(|b| b.status != Status::Cancelled)
                .map(|b| b.quantity)
                .sum();
            let waiting = day_bookings
                .iter()
                .filter(|b| b.effective_status(rules, now) == Status::Booked)
                .count() as u32;
            let next_number = day_bookings
                .iter()
                .filter_map(|b| b.number)
                .max()
                .unwrap_or(0)
                + 1;
            DayAvailability::Queue(QueueStatus {
                open: period.is_some(),
                waiting,
                next_number,
                left: capacity.saturating_sub(holding),
                estimated_wait: average_service_time(service, day_bookings) * waiting as i32,
                period,
                calling: service.day_changes.get(&day).and_then(|c| c.called),
            })
        }
    }
}

/// The day's average time between two people served, or the service's usual time per
/// person until two people have been served.
pub fn average_service_time(service: &Service, day_bookings: &[Booking]) -> Duration {
    let mut served: Vec<DateTime<Utc>> = day_bookings.iter().filter_map(|b| b.served_at).collect();
    served.sort();
    match (served.first(), served.last()) {
        (Some(first), Some(last)) if served.len() >= 2 => {
            (*last - *first) / (served.len() as i32 - 1)
        }
        _ => Duration::minutes(i64::from(service.minutes_per_person)),
    }
}
