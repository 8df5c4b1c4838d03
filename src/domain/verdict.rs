//! Scan verdicts: what a staff station shows when a slip is scanned.

use chrono::{DateTime, NaiveDate, Utc};

use super::ServiceId;
use super::booking::{Booking, BookingRules, Status};

/// Exactly one of these ends every scan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// A booking of this desk, now or within the grace window.
    Valid,
    /// Just marked served by this scan.
    Served,
    AlreadyServed,
    TooEarly,
    /// Past the slot's end plus the grace period: a no-show.
    TooLate,
    /// The slip was issued on another day.
    NotToday,
    Cancelled,
    /// A genuine slip with no booking for this desk.
    OtherService,
    /// Well formed but not signed by this installation.
    Forged,
    /// Not a slip at all: garbage, a mistyped code.
    Malformed,
    /// Genuine format, but no such visit here.
    Unknown,
    /// Signed here and issued today, but the database cannot be reached: whether it was
    /// already used cannot be checked, so it is not served.
    GenuineOffline,
}

impl Verdict {
    pub const ALL: [Verdict; 12] = [
        Verdict::Valid,
        Verdict::Served,
        Verdict::AlreadyServed,
        Verdict::TooEarly,
        Verdict::TooLate,
        Verdict::NotToday,
        Verdict::Cancelled,
        Verdict::OtherService,
        Verdict::Forged,
        Verdict::Malformed,
        Verdict::Unknown,
        Verdict::GenuineOffline,
    ];

    /// The stable name used in JSON output and message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Served => "served",
            Verdict::AlreadyServed => "already_served",
            Verdict::TooEarly => "too_early",
            Verdict::TooLate => "too_late",
            Verdict::NotToday => "not_today",
            Verdict::Cancelled => "cancelled",
            Verdict::OtherService => "other_service",
            Verdict::Forged => "forged",
            Verdict::Malformed => "malformed",
            Verdict::Unknown => "unknown",
            Verdict::GenuineOffline => "genuine_offline",
        }
    }
}

/// The verdict of one booking on its own at `now`.
fn booking_verdict(booking: &Booking, rules: &BookingRules, now: DateTime<Utc>) -> Verdict {
    match booking.effective_status(rules, now) {
        Status::Cancelled => Verdict::Cancelled,
        Status::Served => Verdict::AlreadyServed,
        Status::NoShow => Verdict::TooLate,
        Status::Booked if now < booking.slot.start - rules.early => Verdict::TooEarly,
        Status::Booked => Verdict::Valid,
    }
}

/// How much a verdict helps the person at the desk: a usable booking first.
fn rank(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Valid => 0,
        Verdict::TooEarly => 1,
        Verdict::AlreadyServed => 2,
        Verdict::TooLate => 3,
        _ => 4,
    }
}

/// The verdict for a genuine slip of a known visit, and the booking it is about.
///
/// `desk` is the service of the station scanning; without one, the most useful booking of
/// the visit decides.
pub fn scan_verdict<'a>(
    issued_on: NaiveDate,
    today: NaiveDate,
    visit_bookings: &'a [Booking],
    desk: Option<ServiceId>,
    rules: &BookingRules,
    now: DateTime<Utc>,
) -> (Verdict, Option<&'a Booking>) {
    let mut candidates = visit_bookings
        .iter()
        .filter(|b| desk.is_none_or(|d| b.service == d));
    if issued_on != today {
        return (Verdict::NotToday, candidates.next());
    }
    let best = candidates
        .map(|b| (booking_verdict(b, rules, now), b))
        .min_by_key(|(verdict, b)| (rank(*verdict), b.slot.start));
    match best {
        Some((verdict, booking)) => (verdict, Some(booking)),
        None if desk.is_some() && !visit_bookings.is_empty() => (Verdict::OtherService, None),
        None => (Verdict::Unknown, None),
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;
    use crate::domain::{BookingId, Slot};

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, h, m, 0).unwrap()
    }

    fn booking(service: i64, start: (u32, u32), status: Status) -> Booking {
        Booking {
            id: BookingId(service),
            service: ServiceId(service),
            day: at(0, 0).date_naive(),
            slot: Slot {
                start: at(start.0, start.1),
                end: at(start.0, start.1) + Duration::minutes(30),
            },
            number: None,
            quantity: 1,
            status,
            served_at: None,
        }
    }

    fn verdict_at(bookings: &[Booking], desk: Option<i64>, now: DateTime<Utc>) -> Verdict {
        let today = now.date_naive();
        scan_verdict(
            today,
            today,
            bookings,
            desk.map(ServiceId),
            &BookingRules::default(),
            now,
        )
        .0
    }

    #[test]
    fn slot_window_decides_early_valid_and_late() {
        let shower = [booking(1, (10, 0), Status::Booked)];
        // Valid from 30 minutes before the start to 15 minutes after the end.
        assert_eq!(verdict_at(&shower, Some(1), at(9, 29)), Verdict::TooEarly);
        assert_eq!(verdict_at(&shower, Some(1), at(9, 30)), Verdict::Valid);
        assert_eq!(verdict_at(&shower, Some(1), at(10, 45)), Verdict::Valid);
        assert_eq!(verdict_at(&shower, Some(1), at(10, 46)), Verdict::TooLate);
    }

    #[test]
    fn stored_status_wins_over_the_clock() {
        let now = at(10, 10);
        for (status, expected) in [
            (Status::Served, Verdict::AlreadyServed),
            (Status::Cancelled, Verdict::Cancelled),
            (Status::NoShow, Verdict::TooLate),
        ] {
            assert_eq!(
                verdict_at(&[booking(1, (10, 0), status)], Some(1), now),
                expected
            );
        }
    }

    #[test]
    fn another_desk_sees_other_service() {
        let shower = [booking(1, (10, 0), Status::Booked)];
        assert_eq!(
            verdict_at(&shower, Some(2), at(10, 0)),
            Verdict::OtherService
        );
        assert_eq!(verdict_at(&[], Some(2), at(10, 0)), Verdict::Unknown);
    }

    #[test]
    fn without_a_desk_the_usable_booking_decides() {
        let visit = [
            booking(1, (9, 0), Status::Served),
            booking(2, (12, 0), Status::Booked),
            booking(3, (10, 0), Status::Booked),
        ];
        let (verdict, chosen) = scan_verdict(
            at(0, 0).date_naive(),
            at(0, 0).date_naive(),
            &visit,
            None,
            &BookingRules::default(),
            at(9, 45),
        );
        assert_eq!(verdict, Verdict::Valid);
        assert_eq!(chosen.map(|b| b.service), Some(ServiceId(3)));
    }

    #[test]
    fn yesterdays_slip_is_not_today() {
        let shower = [booking(1, (10, 0), Status::Booked)];
        let today = at(10, 0).date_naive();
        let (verdict, _) = scan_verdict(
            today.pred_opt().unwrap(),
            today,
            &shower,
            Some(ServiceId(1)),
            &BookingRules::default(),
            at(10, 0),
        );
        assert_eq!(verdict, Verdict::NotToday);
    }

    #[test]
    fn verdict_names_are_unique() {
        let names: std::collections::HashSet<_> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
        assert_eq!(names.len(), Verdict::ALL.len());
    }
}
