//! The login policy for staff PINs: a few free tries, then a growing wait, then a lock.
//!
//! A six-digit PIN has a million values, so guessing must be slowed down long before it
//! could succeed: after [`FREE_ATTEMPTS`] wrong PINs in a row each further try waits, twice
//! as long after every failure, and after [`LOCK_AFTER`] the account stays locked until an
//! administrator resets it. The counts live in the store; this module only decides.

use chrono::{DateTime, Duration, Utc};

/// Wrong PINs in a row that cost nothing: everyone mistypes now and then.
pub const FREE_ATTEMPTS: u32 = 3;

/// The wait after the last free attempt fails; it doubles with each further failure.
pub const FIRST_WAIT_SECONDS: i64 = 30;

/// Wrong PINs in a row after which only an administrator can unlock the account.
pub const LOCK_AFTER: u32 = 10;

/// Whether a login may be tried now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    Open,
    /// Too many wrong PINs lately: no try before this instant.
    WaitUntil(DateTime<Utc>),
    /// Too many wrong PINs: an administrator must reset the account.
    Locked,
}

/// The wait that follows a given number of wrong PINs in a row, if any.
pub fn wait_after(failed_attempts: u32) -> Option<Duration> {
    if !(FREE_ATTEMPTS..LOCK_AFTER).contains(&failed_attempts) {
        return None;
    }
    // Below LOCK_AFTER the shift is at most 6, so the product stays far from overflow.
    let doublings = failed_attempts - FREE_ATTEMPTS;
    Some(Duration::seconds(FIRST_WAIT_SECONDS << doublings))
}

/// Whether a staff member with these failures may try a PIN at `now`.
pub fn gate(
    failed_attempts: u32,
    last_failed_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Gate {
    if failed_attempts >= LOCK_AFTER {
        return Gate::Locked;
    }
    match (wait_after(failed_attempts), last_failed_at) {
        (Some(wait), Some(at)) if now < at + wait => Gate::WaitUntil(at + wait),
        _ => Gate::Open,
    }
}

/// Wrong PINs at a kiosk's staff corner that cost nothing.
pub const CORNER_FREE_ATTEMPTS: u32 = 3;

/// The corner's wait after its last free attempt fails; it doubles with each failure.
pub const CORNER_FIRST_WAIT_SECONDS: i64 = 5 * 60;

/// Doublings after which the corner's wait stops growing (5 minutes × 2⁸ ≈ 21 hours).
const CORNER_MAX_DOUBLINGS: u32 = 8;

/// Whether a kiosk's staff corner may take a PIN now. The kiosk is public and asks for a
/// PIN alone, so wrong PINs there lock the corner (never a staff member's account): three
/// free tries, then five minutes, doubling, and no permanent lock (staff can always wait).
pub fn corner_gate(
    failed_attempts: u32,
    last_failed_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Gate {
    if failed_attempts < CORNER_FREE_ATTEMPTS {
        return Gate::Open;
    }
    let doublings = (failed_attempts - CORNER_FREE_ATTEMPTS).min(CORNER_MAX_DOUBLINGS);
    let wait = Duration::seconds(CORNER_FIRST_WAIT_SECONDS << doublings);
    match last_failed_at {
        Some(at) if now < at + wait => Gate::WaitUntil(at + wait),
        _ => Gate::Open,
    }
}

/// How many more wrong PINs are free after `failed_attempts` in a row: 0 means the next
/// failure (or this one) brings a wait.
pub fn attempts_before_wait(failed_attempts: u32) -> u32 {
    FREE_ATTEMPTS.saturating_sub(failed_attempts)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap() + Duration::seconds(seconds)
    }

    #[test]
    fn the_first_wrong_pins_cost_nothing() {
        for failed in 0..FREE_ATTEMPTS {
            assert_eq!(gate(failed, Some(at(0)), at(0)), Gate::Open, "{failed}");
        }
        assert_eq!(gate(0, None, at(0)), Gate::Open);
    }

    #[test]
    fn the_third_wrong_pin_brings_a_thirty_second_wait() {
        assert_eq!(gate(3, Some(at(0)), at(0)), Gate::WaitUntil(at(30)));
        assert_eq!(gate(3, Some(at(0)), at(29)), Gate::WaitUntil(at(30)));
        assert_eq!(gate(3, Some(at(0)), at(30)), Gate::Open);
    }

    #[test]
    fn each_further_wrong_pin_doubles_the_wait() {
        let waits: Vec<i64> = (3..LOCK_AFTER)
            .map(|n| wait_after(n).map_or(0, |d| d.num_seconds()))
            .collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920]);
        assert_eq!(gate(5, Some(at(100)), at(150)), Gate::WaitUntil(at(220)));
    }

    #[test]
    fn ten_wrong_pins_lock_for_good() {
        assert_eq!(wait_after(LOCK_AFTER), None);
        assert_eq!(gate(LOCK_AFTER, Some(at(0)), at(0)), Gate::Locked);
        assert_eq!(
            gate(LOCK_AFTER, Some(at(0)), at(0) + Duration::days(365)),
            Gate::Locked
        );
        assert_eq!(gate(u32::MAX, None, at(0)), Gate::Locked);
    }

    #[test]
    fn a_count_without_a_time_does_not_wait() {
        // Only an edited database has one; better to let the person try than to block.
        assert_eq!(gate(4, None, at(0)), Gate::Open);
    }

    #[test]
    fn a_kiosk_corner_waits_five_minutes_after_three_wrong_pins_then_doubles() {
        for failed in 0..CORNER_FREE_ATTEMPTS {
            assert_eq!(corner_gate(failed, Some(at(0)), at(0)), Gate::Open);
        }
        assert_eq!(
            corner_gate(3, Some(at(0)), at(10)),
            Gate::WaitUntil(at(300))
        );
        assert_eq!(corner_gate(3, Some(at(0)), at(300)), Gate::Open);
        assert_eq!(
            corner_gate(4, Some(at(0)), at(300)),
            Gate::WaitUntil(at(600))
        );
        assert_eq!(
            corner_gate(5, Some(at(0)), at(0)),
            Gate::WaitUntil(at(1200))
        );
        // It never locks for good, and a huge count does not overflow.
        let far = at(0) + Duration::days(2);
        assert_eq!(corner_gate(u32::MAX, Some(at(0)), far), Gate::Open);
    }

    #[test]
    fn free_attempts_count_down_to_zero() {
        let left: Vec<u32> = (0..5).map(attempts_before_wait).collect();
        assert_eq!(left, [3, 2, 1, 0, 0]);
    }
}
