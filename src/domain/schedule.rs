//! From wall-clock opening hours to instants: slots, across daylight-saving changes.
//!
//! Opening hours are wall-clock times in the site's zone; bookings are instants in UTC. On
//! the spring change a wall-clock time may not exist (02:30 on 2026-03-29 in Rome), on the
//! autumn change it may happen twice (02:30 on 2026-10-25). Ranges are turned into instants
//! first and slots are cut from the real elapsed time, so a slot always lasts what it says.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::service::Service;

/// One bookable period of a slots service, as instants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Slot {
    pub fn overlaps(&self, other: &Slot) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The site's calendar date at an instant.
pub fn local_date(now: DateTime<Utc>, tz: Tz) -> NaiveDate {
    now.with_timezone(&tz).date_naive()
}

/// The instant a wall-clock time on a date stands for.
///
/// A time that happens twice means its first occurrence. A time skipped by the spring change
/// means the instant the clock would show it had it not jumped, which lands just after the
/// gap (02:30 becomes 03:30 in Rome on 2026-03-29), as most calendars do.
pub fn instant(date: NaiveDate, time: NaiveTime, tz: Tz) -> DateTime<Utc> {
    let naive = date.and_time(time);
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // The offset in force before the gap, read an hour earlier.
            let before = naive - Duration::hours(3);
            let offset = match tz.from_local_datetime(&before) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => {
                    t.naive_local() - t.naive_utc()
                }
                LocalResult::None => Duration::zero(),
            };
            Utc.from_utc_datetime(&(naive - offset))
        }
    }
}

/// The service's opening periods on a date, as instants, in order; cut short where staff
/// closed the service for the rest of the day.
pub fn opening_intervals(service: &Service, date: NaiveDate, tz: Tz) -> Vec<Slot> {
    let closed_from = service.closed_from(date);
    service
        .ranges_on(date)
        .iter()
        .map(|range| {
            let end = instant(date, range.end(), tz);
            Slot {
                start: instant(date, range.start(), tz),
                end: closed_from.map_or(end, |c| end.min(c)),
            }
        })
        .filter(|interval| interval.start < interval.end)
        .collect()
}

/// The slots of a slots service on a date: each opening period cut into slot lengths, a
/// shorter tail dropped.
pub fn slots_on(service: &Service, date: NaiveDate, tz: Tz) -> Vec<Slot> {
    let length = Duration::minutes(i64::from(service.slot_minutes.max(1)));
    let mut slots = Vec::new();
    for interval in opening_intervals(service, date, tz) {
        let mut start = interval.start;
        while start + length <= interval.end {
            slots.push(Slot {
                start,
                end: start + length,
            });
            start += length;
        }
    }
    slots
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::Timelike;

    use super::*;
    use crate::domain::{Mode, ServiceId, TimeRange, WeeklyHours};

    const ROME: Tz = chrono_tz::Europe::Rome;

    #[test]
    fn bookings_outside_new_hours_are_listed_and_others_are_not() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let before = every_day("09:00-12:00", 30);
        let slots = slots_on(&before, day, ROME);
        use crate::domain::{Booking, Status};
        let booking = |id: i64, slot: Slot, status: Status| Booking {
            id: crate::domain::BookingId(id),
            service: before.id,
            day,
            slot,
            number: None,
            quantity: 1,
            status,
            served_at: None,
        };
        let bookings = [
            booking(1, slots[0], Status::Booked),
            booking(2, slots[5], Status::Booked),
            booking(3, slots[5], Status::Served),
        ];
        let after = every_day("09:00-11:00", 30);
        let out: Vec<i64> = crate::domain::booking::stranded(&after, &bookings, ROME)
            .iter()
            .map(|b| b.id.0)
            .collect();
        assert_eq!(
            out,
            [2],
            "the 11:30 slot is outside; a served one is history"
        );
        assert!(crate::domain::booking::stranded(&before, &bookings, ROME).is_empty());
        let mut closed = after.clone();
        closed.active = false;
        assert_eq!(
            crate::domain::booking::stranded(&closed, &bookings, ROME).len(),
            2
        );
    }

    fn every_day(range: &str, slot_minutes: u32) -> Service {
        let mut weekly = WeeklyHours::default();
        for day in 0..7 {
            weekly.add(day, TimeRange::parse(range).unwrap());
        }
        Service {
            id: ServiceId(1),
            slug: "night-shelter".into(),
            icon: "bed".into(),
            desk: "A".into(),
            mode: Mode::Slots,
            slot_minutes,
            capacity: 1,
            per_visit_limit: 1,
            minutes_per_person: 60,
            discreet: false,
            active: true,
            weekly,
            exceptions: BTreeMap::new(),
            day_changes: BTreeMap::new(),
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn local_labels(slots: &[Slot]) -> Vec<String> {
        slots
            .iter()
            .map(|s| s.start.with_timezone(&ROME).format("%H:%M%:z").to_string())
            .collect()
    }

    #[test]
    fn an_ordinary_day_has_evenly_cut_slots() {
        let service = every_day("09:00-10:45", 30);
        let slots = slots_on(&service, date(2026, 11, 25), ROME);
        // 10:30-11:00 would run past closing, so three slots.
        assert_eq!(
            local_labels(&slots),
            ["09:00+01:00", "09:30+01:00", "10:00+01:00"]
        );
        assert_eq!(slots[0].start.hour(), 8, "Rome is UTC+1 in November");
    }

    #[test]
    fn spring_change_day_has_only_the_hours_that_exist() {
        // 2026-03-29: clocks jump from 02:00 to 03:00 in Rome.
        let service = every_day("01:00-04:00", 60);
        let slots = slots_on(&service, date(2026, 3, 29), ROME);
        assert_eq!(local_labels(&slots), ["01:00+01:00", "03:00+02:00"]);
        assert!(slots.iter().all(|s| s.end - s.start == Duration::hours(1)));
    }

    #[test]
    fn spring_change_skipped_time_lands_after_the_gap() {
        let t = instant(
            date(2026, 3, 29),
            NaiveTime::from_hms_opt(2, 30, 0).unwrap(),
            ROME,
        );
        assert_eq!(
            t.with_timezone(&ROME).format("%H:%M%:z").to_string(),
            "03:30+02:00"
        );
    }

    #[test]
    fn autumn_change_day_has_the_repeated_hour_twice() {
        // 2026-10-25: clocks go back from 03:00 to 02:00 in Rome.
        let service = every_day("01:00-04:00", 60);
        let slots = slots_on(&service, date(2026, 10, 25), ROME);
        assert_eq!(
            local_labels(&slots),
            ["01:00+02:00", "02:00+02:00", "02:00+01:00", "03:00+01:00"]
        );
        assert!(slots.iter().all(|s| s.end - s.start == Duration::hours(1)));
    }

    #[test]
    fn daytime_hours_are_unaffected_on_change_days() {
        for day in [date(2026, 3, 29), date(2026, 10, 25)] {
            let service = every_day("09:00-11:00", 30);
            let slots = slots_on(&service, day, ROME);
            assert_eq!(slots.len(), 4, "{day}");
            assert_eq!(
                slots[0]
                    .start
                    .with_timezone(&ROME)
                    .format("%H:%M")
                    .to_string(),
                "09:00"
            );
        }
    }

    #[test]
    fn closing_for_the_rest_of_the_day_drops_the_later_slots() {
        let mut service = every_day("09:00-11:00", 30);
        let day = date(2026, 11, 25);
        let closed = ROME
            .with_ymd_and_hms(2026, 11, 25, 10, 10, 0)
            .unwrap()
            .with_timezone(&Utc);
        service.day_changes.insert(
            day,
            crate::domain::service::DayChange {
                closed_from: Some(closed),
                capacity: None,
                called: None,
            },
        );
        assert_eq!(
            local_labels(&slots_on(&service, day, ROME)),
            ["09:00+01:00", "09:30+01:00"]
        );
        assert_eq!(
            slots_on(&service, date(2026, 11, 26), ROME).len(),
            4,
            "only that day"
        );
    }

    #[test]
    fn local_date_follows_the_site_zone() {
        // 23:30 UTC on 25 November is already the 26th in Rome.
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 23, 30, 0).unwrap();
        assert_eq!(local_date(now, ROME), date(2026, 11, 26));
    }
}
