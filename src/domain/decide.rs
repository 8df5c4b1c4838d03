//! The booking decision: whether a visit may have the place it asks for, from facts read
//! in the same transaction that will store the answer.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::ServiceId;
use super::availability::{DayAvailability, SlotState, day_availability};
use super::booking::{Booking, BookingRules, Claim, Wanted};
use super::schedule::{Slot, local_date, opening_intervals};
use super::service::Service;

/// Why the rules refuse a booking. Each carries what a person needs to try again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Nothing more today; `next_opening` is the next time it opens, within two weeks.
    Closed { next_opening: Option<DateTime<Utc>> },
    /// The asked slot is full; `next_free` is the first slot still free today.
    Full { next_free: Option<Slot> },
    /// Every slot or number of the day is taken.
    FullToday,
    /// The asked time is not a slot of this service today.
    NoSuchSlot { next_free: Option<Slot> },
    /// The asked slot has started or starts within the lead time.
    SlotGone { next_free: Option<Slot> },
    /// This visit already holds a booking for the service.
    AlreadyBooked,
    /// The slot overlaps another booking of this visit.
    Overlap { with: ServiceId },
    /// This visit holds as many bookings as a visit may.
    TooMany { limit: u32 },
    /// The same kiosk booked this service moments ago: a second place goes through the
    /// staff, so one person cannot take a whole day's places.
    TooSoonAgain,
    /// More items than one visit may take.
    QuantityOverLimit { limit: u32 },
}

/// The facts a booking decision needs, all read in the same transaction that will store it.
pub struct BookingFacts<'a> {
    pub service: &'a Service,
    /// Every booking of this service on the day, whatever its status.
    pub day_bookings: &'a [Booking],
    /// Every booking of the visit asking, whatever its status.
    pub visit_bookings: &'a [Booking],
    pub rules: &'a BookingRules,
    pub tz: Tz,
    pub now: DateTime<Utc>,
    /// When the kiosk asking last booked this service (cancelled bookings aside), if the
    /// fair-share rule applies to this booking at all.
    pub kiosk_last_booked: Option<DateTime<Utc>>,
}

/// Decides whether a visit may take a place, and which.
pub fn decide(facts: &BookingFacts<'_>, wanted: Wanted, quantity: u32) -> Result<Claim, Refusal> {
    let service = facts.service;
    let now = facts.now;
    let day = local_date(now, facts.tz);
    let held: Vec<&Booking> = facts
        .visit_bookings
        .iter()
        .filter(|b| b.holds_place())
        .collect();
    if held.iter().any(|b| b.service == service.id) {
        return Err(Refusal::AlreadyBooked);
    }
    if held.len() as u32 >= facts.rules.max_per_visit {
        return Err(Refusal::TooMany {
            limit: facts.rules.max_per_visit,
        });
    }
    if let Some(last) = facts.kiosk_last_booked
        && now < last + facts.rules.rebook_after
    {
        return Err(Refusal::TooSoonAgain);
    }
    let limit = service.per_visit_limit.max(1);
    if quantity == 0 || quantity > limit {
        return Err(Refusal::QuantityOverLimit { limit });
    }
    let closed = || Refusal::Closed {
        next_opening: next_opening(service, now, facts.tz),
    };
    let availability =
        day_availability(service, day, facts.day_bookings, facts.rules, facts.tz, now);
    match availability {
        DayAvailability::Closed => Err(closed()),
        DayAvailability::Queue(queue) => {
            let Some(period) = queue.period else {
                return Err(closed());
            };
            if queue.left < quantity {
                return Err(Refusal::FullToday);
            }
            Ok(Claim {
                service: service.id,
                day,
                slot: Slot {
                    start: now.max(period.start),
                    end: period.end,
                },
                number: Some(queue.next_number),
                quantity,
            })
        }
        DayAvailability::Slots(ref slots) => {
            let fits = |state: SlotState| matches!(state, SlotState::Free(n) if n >= quantity);
            let next_free = slots.iter().find(|s| fits(s.state)).map(|s| s.slot);
            let chosen = match wanted {
                Wanted::Next => match next_free {
                    Some(slot) => slot,
                    None if availability.is_open() => return Err(Refusal::FullToday),
                    None => return Err(closed()),
                },
                Wanted::At(start) => {
                    let Some(asked) = slots.iter().find(|s| s.slot.start == start) else {
                        return Err(Refusal::NoSuchSlot { next_free });
                    };
                    match asked.state {
                        SlotState::Past | SlotState::TooSoon => {
                            return Err(Refusal::SlotGone { next_free });
                        }
                        state if !fits(state) => return Err(Refusal::Full { next_free }),
                        _ => asked.slot,
                    }
                }
            };
            let clash = held.iter().find(|b| {
                let other_is_timed = b.number.is_none();
                other_is_timed && b.slot.overlaps(&chosen)
            });
            if let Some(other) = clash {
                return Err(Refusal::Overlap {
                    with: other.service,
                });
            }
            Ok(Claim {
                service: service.id,
                day,
                slot: chosen,
                number: None,
                quantity,
            })
        }
    }
}

/// The start of the service's next opening period after `now`, looking two weeks ahead.
pub fn next_opening(service: &Service, now: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
    let today = local_date(now, tz);
    (0..15)
        .filter_map(|offset| today.checked_add_days(chrono::Days::new(offset)))
        .flat_map(|day| opening_intervals(service, day, tz))
        .find(|interval| interval.start > now)
        .map(|interval| interval.start)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;
    use crate::domain::BookingId;
    use crate::domain::availability::taken_in;
    use crate::domain::booking::Status;
    use crate::domain::schedule::slots_on;
    use crate::domain::{Mode, TimeRange, WeeklyHours};
    use chrono::Duration;

    const ROME: Tz = chrono_tz::Europe::Rome;

    fn service(id: i64, mode: Mode, hours: &str, capacity: u32) -> Service {
        let mut weekly = WeeklyHours::default();
        for day in 0..5 {
            weekly.add(day, TimeRange::parse(hours).unwrap());
        }
        Service {
            id: ServiceId(id),
            slug: format!("service-{id}"),
            icon: "bath".into(),
            desk: "A".into(),
            mode,
            slot_minutes: 30,
            capacity,
            per_visit_limit: 2,
            minutes_per_person: 10,
            discreet: false,
            active: true,
            weekly,
            exceptions: BTreeMap::new(),
            day_changes: BTreeMap::new(),
        }
    }

    /// 25 November 2026 is a Wednesday; Rome is UTC+1.
    fn rome(h: u32, m: u32) -> DateTime<Utc> {
        ROME.with_ymd_and_hms(2026, 11, 25, h, m, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn store(claim: Claim, id: i64) -> Booking {
        claim.into_booking(BookingId(id))
    }

    fn try_book(
        service: &Service,
        day: &[Booking],
        visit: &[Booking],
        now: DateTime<Utc>,
        wanted: Wanted,
    ) -> Result<Claim, Refusal> {
        let facts = BookingFacts {
            service,
            day_bookings: day,
            visit_bookings: visit,
            rules: &BookingRules::default(),
            tz: ROME,
            now,
            kiosk_last_booked: None,
        };
        decide(&facts, wanted, 1)
    }

    #[test]
    fn a_kiosk_cannot_book_the_same_service_again_within_the_fair_share_window() {
        let shower = service(1, Mode::Slots, "09:00-12:00", 2);
        let rules = BookingRules::default();
        let facts = |last: Option<DateTime<Utc>>, now| BookingFacts {
            service: &shower,
            day_bookings: &[],
            visit_bookings: &[],
            rules: &rules,
            tz: ROME,
            now,
            kiosk_last_booked: last,
        };
        let booked = rome(9, 0);
        assert_eq!(
            decide(&facts(Some(booked), rome(9, 2)), Wanted::Next, 1).unwrap_err(),
            Refusal::TooSoonAgain
        );
        assert!(decide(&facts(Some(booked), rome(9, 3)), Wanted::Next, 1).is_ok());
        assert!(decide(&facts(None, rome(9, 2)), Wanted::Next, 1).is_ok());
        let off = BookingRules {
            rebook_after: Duration::zero(),
            ..BookingRules::default()
        };
        let facts = BookingFacts {
            rules: &off,
            ..facts(Some(booked), rome(9, 0))
        };
        assert!(decide(&facts, Wanted::Next, 1).is_ok());
    }

    #[test]
    fn next_takes_the_first_slot_outside_the_lead_time() {
        let shower = service(1, Mode::Slots, "09:00-12:00", 2);
        // 08:57: the 09:00 slot is within the 5-minute lead time.
        let claim = try_book(&shower, &[], &[], rome(8, 57), Wanted::Next).unwrap();
        assert_eq!(claim.slot.start, rome(9, 30));
    }

    #[test]
    fn a_full_slot_names_the_next_free_one() {
        let shower = service(1, Mode::Slots, "09:00-12:00", 1);
        let now = rome(8, 0);
        let first = store(try_book(&shower, &[], &[], now, Wanted::Next).unwrap(), 1);
        let refusal = try_book(&shower, &[first], &[], now, Wanted::At(rome(9, 0)));
        assert_eq!(
            refusal,
            Err(Refusal::Full {
                next_free: Some(Slot {
                    start: rome(9, 30),
                    end: rome(10, 0)
                })
            })
        );
    }

    #[test]
    fn one_booking_per_service_and_no_overlaps_per_visit() {
        let shower = service(1, Mode::Slots, "09:00-12:00", 5);
        let nurse = service(2, Mode::Slots, "09:00-12:00", 5);
        let now = rome(8, 0);
        let mine = [store(
            try_book(&shower, &[], &[], now, Wanted::At(rome(10, 0))).unwrap(),
            1,
        )];
        assert_eq!(
            try_book(&shower, &mine, &mine, now, Wanted::Next),
            Err(Refusal::AlreadyBooked)
        );
        assert_eq!(
            try_book(&nurse, &[], &mine, now, Wanted::At(rome(10, 0))),
            Err(Refusal::Overlap { with: ServiceId(1) })
        );
        assert!(try_book(&nurse, &[], &mine, now, Wanted::At(rome(10, 30))).is_ok());
    }

    #[test]
    fn cancelling_frees_the_place() {
        let shower = service(1, Mode::Slots, "09:00-09:30", 1);
        let now = rome(8, 0);
        let mut taken = store(try_book(&shower, &[], &[], now, Wanted::Next).unwrap(), 1);
        assert_eq!(
            try_book(
                &shower,
                std::slice::from_ref(&taken),
                &[],
                now,
                Wanted::Next
            ),
            Err(Refusal::FullToday)
        );
        taken.status = Status::Cancelled;
        assert!(try_book(&shower, &[taken], &[], now, Wanted::Next).is_ok());
    }

    #[test]
    fn closed_days_name_the_next_opening() {
        let shower = service(1, Mode::Slots, "09:00-12:00", 1);
        // Saturday 28 November: closed until Monday 09:00.
        let saturday = ROME
            .with_ymd_and_hms(2026, 11, 28, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let monday = ROME
            .with_ymd_and_hms(2026, 11, 30, 9, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            try_book(&shower, &[], &[], saturday, Wanted::Next),
            Err(Refusal::Closed {
                next_opening: Some(monday)
            })
        );
        // After the last slot of a weekday, closed too.
        assert!(matches!(
            try_book(&shower, &[], &[], rome(12, 30), Wanted::Next),
            Err(Refusal::Closed { .. })
        ));
    }

    #[test]
    fn queue_numbers_count_up_and_estimate_the_wait() {
        let meal = service(3, Mode::Queue, "12:00-14:00", 3);
        let now = rome(11, 0);
        let mut day = Vec::new();
        for n in 1..=3 {
            let claim = try_book(&meal, &day, &[], now, Wanted::Next).unwrap();
            assert_eq!(claim.number, Some(n));
            assert_eq!(claim.slot.end, rome(14, 0));
            day.push(store(claim, i64::from(n)));
        }
        assert_eq!(
            try_book(&meal, &day, &[], now, Wanted::Next),
            Err(Refusal::FullToday)
        );
        let DayAvailability::Queue(queue) =
            day_availability(&meal, day[0].day, &day, &BookingRules::default(), ROME, now)
        else {
            panic!("a queue service has a queue status");
        };
        assert_eq!(queue.waiting, 3);
        assert_eq!(queue.estimated_wait, Duration::minutes(30));
    }

    #[test]
    fn unserved_booking_becomes_a_no_show_after_the_grace_period() {
        let shower = service(1, Mode::Slots, "09:00-12:00", 1);
        let booking = store(
            try_book(&shower, &[], &[], rome(8, 0), Wanted::Next).unwrap(),
            1,
        );
        let rules = BookingRules::default();
        assert_eq!(
            booking.effective_status(&rules, rome(9, 45)),
            Status::Booked
        );
        assert_eq!(
            booking.effective_status(&rules, rome(9, 46)),
            Status::NoShow
        );
    }

    #[derive(Clone, Debug)]
    enum Op {
        Book { visit: u8, slot: u8 },
        Cancel(usize),
        Serve(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0u8..12, 0u8..7).prop_map(|(visit, slot)| Op::Book { visit, slot }),
            (0usize..64).prop_map(Op::Cancel),
            (0usize..64).prop_map(Op::Serve),
        ]
    }

    proptest! {
        #[test]
        fn capacity_is_never_exceeded(ops in proptest::collection::vec(op(), 1..80), capacity in 1u32..4) {
            let shower = service(1, Mode::Slots, "09:00-12:00", capacity);
            let now = rome(8, 0);
            let slots = slots_on(&shower, now.date_naive(), ROME);
            let mut day: Vec<(u8, Booking)> = Vec::new();
            for op in ops {
                match op {
                    Op::Book { visit, slot } => {
                        let mine: Vec<Booking> = day.iter().filter(|(v, _)| *v == visit).map(|(_, b)| b.clone()).collect();
                        let all: Vec<Booking> = day.iter().map(|(_, b)| b.clone()).collect();
                        let wanted = Wanted::At(slots[usize::from(slot) % slots.len()].start);
                        if let Ok(claim) = try_book(&shower, &all, &mine, now, wanted) {
                            let id = day.len() as i64;
                            day.push((visit, store(claim, id)));
                        }
                    }
                    Op::Cancel(i) => if let Some((_, b)) = day.get_mut(i) { b.status = Status::Cancelled },
                    Op::Serve(i) => if let Some((_, b)) = day.get_mut(i)
                        && b.status == Status::Booked
                    {
                        b.status = Status::Served
                    },
                }
                let all: Vec<Booking> = day.iter().map(|(_, b)| b.clone()).collect();
                for slot in &slots {
                    prop_assert!(taken_in(&all, slot) <= capacity);
                }
            }
        }
    }
}
