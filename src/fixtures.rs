//! Plain values the unit tests of the views share: the demo morning's clock, a service, a
//! booking, a staff member. Compiled for tests only.
#![cfg(test)]

use std::collections::BTreeMap;

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::app::{Role, StaffId, StaffMember};
use crate::domain::{Booking, BookingId, Mode, Service, ServiceId, Slot, Status, WeeklyHours};

pub const ROME: Tz = chrono_tz::Europe::Rome;

/// Wednesday 25 November 2026 in Cremona, at `h:m`.
pub fn at(h: u32, m: u32) -> DateTime<Utc> {
    ROME.with_ymd_and_hms(2026, 11, 25, h, m, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// A service of 20-minute slots for two (or a queue), with no opening hours of its own:
/// the tests give its availability directly.
pub fn service(id: i64, slug: &str, mode: Mode) -> Service {
    Service {
        id: ServiceId(id),
        slug: slug.into(),
        icon: slug.into(),
        desk: "showers".into(),
        mode,
        slot_minutes: 20,
        capacity: 2,
        per_visit_limit: 1,
        minutes_per_person: 10,
        discreet: false,
        active: true,
        weekly: WeeklyHours::default(),
        exceptions: BTreeMap::new(),
        day_changes: BTreeMap::new(),
    }
}

/// A booking of service 1 for the 20 minutes from `h:m`.
pub fn booking(id: i64, h: u32, m: u32, status: Status) -> Booking {
    Booking {
        id: BookingId(id),
        service: ServiceId(1),
        day: at(h, m).with_timezone(&ROME).date_naive(),
        slot: Slot {
            start: at(h, m),
            end: at(h, m) + chrono::Duration::minutes(20),
        },
        number: None,
        quantity: 1,
        status,
        served_at: None,
    }
}

pub fn member(id: i64, name: &str, role: Role, active: bool) -> StaffMember {
    StaffMember {
        id: StaffId(id),
        name: name.into(),
        role,
        active,
        failed_attempts: 0,
        last_failed_at: None,
    }
}
