//! Staff accounts: names, PINs kept only as Argon2id hashes, and login with a lockout.
//!
//! The rules of when a login may be tried are in `domain::lockout`; this module does the
//! hashing, the store updates and the audit entries around them.

use std::fmt;

use argon2::password_hash::phc::PasswordHash;
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use chrono::{DateTime, Utc};

use crate::app::App;
use crate::domain::lockout::{self, Gate};
use crate::store::{
    AddStaffError, AuditAction, AuditEntry, Role, StaffId, StaffMember, StoreError,
};

/// The fewest digits a PIN may have.
pub const MIN_PIN_DIGITS: usize = 6;

/// The most digits a PIN may have: what the station's keypad takes, so every PIN added
/// on the command line can be typed there.
pub const MAX_PIN_DIGITS: usize = 12;

/// The most characters a staff name may have: it must fit a station's header.
pub const MAX_NAME_CHARS: usize = 40;

/// The station name written in the audit log for what is done on the command line.
pub const COMMAND_LINE_STATION: &str = "cli";

/// Why a login failed, as the audit log's detail: stable words that the audit printer
/// translates.
pub const DETAIL_WRONG_PIN: &str = "wrong_pin";
pub const DETAIL_WAIT: &str = "wait";
pub const DETAIL_LOCKED: &str = "locked";
pub const DETAIL_DISABLED: &str = "disabled";

/// Bytes of random salt per hash: the size the PHC string format recommends.
const SALT_BYTES: usize = 16;

/// Why a staff account could not be added or changed.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("the name is empty")]
    NameEmpty,
    #[error("the name is longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("the name contains control characters")]
    NameHasControl,
    #[error("the PIN has fewer than {min} digits")]
    PinTooShort { min: usize },
    #[error("the PIN has more than {max} digits")]
    PinTooLong { max: usize },
    #[error("the PIN has characters other than the digits 0 to 9")]
    PinNotDigits,
    #[error("the PIN is too easy to guess: {0:?}")]
    PinWeak(WeakPin),
    #[error("a staff member called {0} exists already")]
    NameTaken(String),
    #[error("no such staff member")]
    UnknownStaff,
    #[error("the site would be left without an active administrator")]
    LastAdmin,
    #[error("could not hash the PIN: {0}")]
    Hash(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<AddStaffError> for AccountError {
    fn from(e: AddStaffError) -> Self {
        match e {
            AddStaffError::NameTaken(name) => AccountError::NameTaken(name),
            AddStaffError::Store(e) => AccountError::Store(e),
        }
    }
}

/// Why a login was refused.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error("wrong PIN; {attempts_before_wait} more tries before a wait")]
    WrongPin { attempts_before_wait: u32 },
    #[error("too many wrong PINs: wait until {until}")]
    Wait { until: DateTime<Utc> },
    #[error("too many wrong PINs: an administrator must reset the account")]
    Locked,
    #[error("the account is disabled")]
    Disabled,
    #[error("no such staff member")]
    UnknownStaff,
    #[error("the PIN belongs to more than one account")]
    SharedPin,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Why a PIN is too easy to guess.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeakPin {
    /// The same digit throughout (000000, 777777).
    OneDigit,
    /// Digits counting up or down (123456, 987654, 901234).
    Run,
    /// A date, with or without the century (120590, 12051990, 1990xx).
    Date,
    /// One of the PINs people choose most often.
    Common,
    /// A short group repeated (121212, 123123, 135135).
    Repeated,
}

/// PINs people choose most often that the other rules do not already catch (from
/// published analyses of leaked PIN sets: keypad patterns and favourite numbers).
const COMMON_PINS: [&str; 16] = [
    "112233", "159753", "147258", "258369", "789456", "147852", "963852", "102030", "123321",
    "654456", "696969", "520520", "131313", "778899", "246810", "135790",
];

/// Whether a PIN is too easy to guess, and why. `validate_pin` refuses these.
pub fn weak_pin(pin: &str) -> Option<WeakPin> {
    let digits: Vec<i32> = pin
        .bytes()
        .map(|b| i32::from(b) - i32::from(b'0'))
        .collect();
    if digits.len() < 2 || digits.iter().any(|d| !(0..=9).contains(d)) {
        return None;
    }
    if digits.iter().all(|d| *d == digits[0]) {
        return Some(WeakPin::OneDigit);
    }
    for step in [1, -1] {
        if digits
            .windows(2)
            .all(|w| w[1] == (w[0] + step).rem_euclid(10))
        {
            return Some(WeakPin::Run);
        }
    }
    if COMMON_PINS.contains(&pin) {
        return Some(WeakPin::Common);
    }
    for group in 1..=digits.len() / 2 {
        if digits.len().is_multiple_of(group) && digits.chunks(group).all(|c| c == &digits[..group])
        {
            return Some(WeakPin::Repeated);
        }
    }
    if looks_like_date(pin) {
        return Some(WeakPin::Date);
    }
    None
}

/// Whether the PIN starts with a year (19xx, 20xx) or is a day and month followed by a
/// year, in the orders people write dates (DDMMYY, MMDDYY, DDMMYYYY, YYYYMMDD).
fn looks_like_date(pin: &str) -> bool {
    let num = |range: std::ops::Range<usize>| pin.get(range).and_then(|t| t.parse::<u32>().ok());
    let day_month = |a: Option<u32>, b: Option<u32>| matches!((a, b), (Some(d), Some(m)) if (1..=31).contains(&d) && (1..=12).contains(&m));
    let year_start = matches!(num(0..2), Some(19 | 20));
    let dated = |first: std::ops::Range<usize>, second: std::ops::Range<usize>| {
        let (a, b) = (num(first), num(second));
        day_month(a, b) || day_month(b, a)
    };
    match pin.len() {
        6 => year_start || dated(0..2, 2..4),
        8 => year_start || dated(0..2, 2..4),
        _ => year_start && pin.len() <= 8,
    }
}

/// A staff name, trimmed and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffName(String);

impl StaffName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a staff name: trimmed, 1 to [`MAX_NAME_CHARS`] characters, no control characters
/// (a name is printed on terminals and screens, where those could disguise it).
pub fn validate_name(raw: &str) -> Result<StaffName, AccountError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(AccountError::NameEmpty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(AccountError::NameTooLong {
            max: MAX_NAME_CHARS,
        });
    }
    if name.chars().any(char::is_control) {
        return Err(AccountError::NameHasControl);
    }
    Ok(StaffName(name.to_owned()))
}

/// A new PIN that follows the rules. Its `Debug` hides the digits, so it cannot reach a
/// log or an error message by accident.
pub struct Pin(String);

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(******)")
    }
}

/// Checks a new PIN: [`MIN_PIN_DIGITS`] to [`MAX_PIN_DIGITS`] ASCII digits and nothing else.
pub fn validate_pin(raw: &str) -> Result<Pin, AccountError> {
    if !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AccountError::PinNotDigits);
    }
    if raw.len() < MIN_PIN_DIGITS {
        return Err(AccountError::PinTooShort {
            min: MIN_PIN_DIGITS,
        });
    }
    if raw.len() > MAX_PIN_DIGITS {
        return Err(AccountError::PinTooLong {
            max: MAX_PIN_DIGITS,
        });
    }
    if let Some(reason) = weak_pin(raw) {
        return Err(AccountError::PinWeak(reason));
    }
    Ok(Pin(raw.to_owned()))
}

/// A PIN's Argon2id hash as a PHC string (`$argon2id$v=19$...`), salt and parameters
/// included, so a later change of parameters still verifies old hashes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PinHash(String);

impl PinHash {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Hashes a PIN with Argon2id, its default parameters and a fresh random salt.
pub fn hash_pin(pin: &Pin) -> Result<PinHash, AccountError> {
    let mut salt = [0u8; SALT_BYTES];
    getrandom::fill(&mut salt).map_err(|e| AccountError::Hash(e.to_string()))?;
    let hash = Argon2::default()
        .hash_password_with_salt(pin.0.as_bytes(), &salt)
        .map_err(|e| AccountError::Hash(e.to_string()))?;
    Ok(PinHash(hash.to_string()))
}

/// Whether `pin` matches a stored hash. Argon2 compares the outputs in constant time;
/// a hash that does not parse is an error, not a mismatch.
pub fn verify_pin(pin: &str, hash: &str) -> Result<bool, AccountError> {
    let parsed = PasswordHash::new(hash).map_err(|e| AccountError::Hash(e.to_string()))?;
    match Argon2::default().verify_password(pin.as_bytes(), &parsed) {
        Ok(()) => Ok(true),
        Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
        Err(e) => Err(AccountError::Hash(e.to_string())),
    }
}

/// Whether this account may try a PIN now.
pub fn gate_of(member: &StaffMember, now: DateTime<Utc>) -> Gate {
    lockout::gate(member.failed_attempts, member.last_failed_at, now)
}

/// Adds an active account. `by` is the staff member who adds it (`None` on the command
/// line) and `station` where; both go to the audit log with the new name.
pub fn add_staff(
    app: &mut App,
    name: &StaffName,
    role: Role,
    pin: &Pin,
    by: Option<StaffId>,
    station: &str,
    now: DateTime<Utc>,
) -> Result<StaffMember, AccountError> {
    // Refuse a taken name before spending a hash on it.
    if let Some(existing) = app.store.staff_by_name(name.as_str())? {
        return Err(AccountError::NameTaken(existing.name));
    }
    let hash = hash_pin(pin)?;
    let id = app
        .store
        .add_staff(name.as_str(), role, hash.as_str(), now)?;
    audit(
        app,
        by,
        station,
        AuditAction::StaffAdded,
        name.as_str(),
        now,
    )?;
    app.store.staff_by_id(id)?.ok_or(AccountError::UnknownStaff)
}

/// Tries a PIN. The gate is checked first, so an account that must wait or is locked is
/// refused without even verifying: guessing gains nothing there. Every try, refused or
/// not, is in the audit log.
pub fn login(
    app: &App,
    staff: StaffId,
    pin: &str,
    station: &str,
    now: DateTime<Utc>,
) -> Result<StaffMember, LoginError> {
    let member = app
        .store
        .staff_by_id(staff)?
        .ok_or(LoginError::UnknownStaff)?;
    let failed = |detail: &str| {
        audit(
            app,
            Some(staff),
            station,
            AuditAction::LoginFailed,
            detail,
            now,
        )
    };
    if !member.active {
        failed(DETAIL_DISABLED)?;
        return Err(LoginError::Disabled);
    }
    match gate_of(&member, now) {
        Gate::Open => {}
        Gate::WaitUntil(until) => {
            failed(DETAIL_WAIT)?;
            return Err(LoginError::Wait { until });
        }
        Gate::Locked => {
            failed(DETAIL_LOCKED)?;
            return Err(LoginError::Locked);
        }
    }
    let hash = app
        .store
        .staff_pin_hash(staff)?
        .ok_or(LoginError::UnknownStaff)?;
    let matches = verify_pin(pin, &hash).map_err(|e| StoreError::Corrupt {
        table: "staff",
        row: staff.0,
        detail: e.to_string(),
    })?;
    if matches {
        app.store.record_login(staff)?;
        audit(app, Some(staff), station, AuditAction::Login, "", now)?;
        return Ok(StaffMember {
            failed_attempts: 0,
            last_failed_at: None,
            ..member
        });
    }
    // Two stations may both pass the gate before either records its failure: at worst
    // one extra guess per station, which the doubling wait soon outweighs.
    let count = app.store.record_failed_login(staff, now)?;
    failed(DETAIL_WRONG_PIN)?;
    Err(LoginError::WrongPin {
        attempts_before_wait: lockout::attempts_before_wait(count),
    })
}

/// Opens a kiosk's staff corner with a PIN alone: the public kiosk shows no staff names.
/// Wrong PINs count against the kiosk (`domain::lockout::corner_gate`), never against a
/// staff member's account, so a visitor cannot lock the staff out. The PIN is checked
/// against every active account, whatever matches first, so the time taken says nothing;
/// a PIN that opens two accounts opens neither.
pub fn corner_login(
    app: &App,
    kiosk: &str,
    station: &str,
    pin: &str,
    now: DateTime<Utc>,
) -> Result<StaffMember, LoginError> {
    let (failed, last) = app.store.kiosk_lock(kiosk)?;
    if let Gate::WaitUntil(until) = lockout::corner_gate(failed, last, now) {
        audit(
            app,
            None,
            station,
            AuditAction::LoginFailed,
            DETAIL_WAIT,
            now,
        )?;
        return Err(LoginError::Wait { until });
    }
    let mut matching = Vec::new();
    for (id, hash) in app.store.active_pin_hashes()? {
        // A hash that does not parse opens nothing; the other accounts still work.
        if verify_pin(pin, &hash).unwrap_or(false) {
            matching.push(id);
        }
    }
    match matching.as_slice() {
        [id] => {
            let member = app
                .store
                .staff_by_id(*id)?
                .ok_or(LoginError::UnknownStaff)?;
            app.store.clear_kiosk_lock(kiosk)?;
            audit(app, Some(*id), station, AuditAction::Login, "", now)?;
            Ok(member)
        }
        [] => {
            let count = app.store.record_kiosk_failure(kiosk, now)?;
            audit(
                app,
                None,
                station,
                AuditAction::LoginFailed,
                DETAIL_WRONG_PIN,
                now,
            )?;
            Err(match lockout::corner_gate(count, Some(now), now) {
                Gate::WaitUntil(until) => LoginError::Wait { until },
                _ => LoginError::WrongPin {
                    attempts_before_wait: lockout::CORNER_FREE_ATTEMPTS.saturating_sub(count),
                },
            })
        }
        _ => Err(LoginError::SharedPin),
    }
}

/// Gives an account a new PIN (checked by `validate_pin`), lifting any lock, with the
/// change in the audit log.
pub fn set_pin(
    app: &App,
    target: StaffId,
    pin: &Pin,
    by: Option<StaffId>,
    station: &str,
    now: DateTime<Utc>,
) -> Result<(), AccountError> {
    let hash = hash_pin(pin)?;
    change_account(
        app,
        target,
        by,
        station,
        now,
        AuditAction::PinChanged,
        |store| store.set_staff_pin(target, hash.as_str()).map(|_| ()),
    )
}

/// The digits typed on a PIN pad, never shown: the kiosk's staff corner and the station
/// share it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinEntry(String);

impl PinEntry {
    /// Applies one key of the pad: a digit, `clear` (remove the last digit) or `ok`, which
    /// hands over the digits typed and starts again.
    pub fn key(&mut self, key: &str) -> Option<String> {
        match key {
            "clear" => {
                self.0.pop();
                None
            }
            "ok" => Some(std::mem::take(&mut self.0)),
            digit
                if digit.len() == 1
                    && digit.chars().all(|c| c.is_ascii_digit())
                    && self.0.len() < MAX_PIN_DIGITS =>
            {
                self.0.push_str(digit);
                None
            }
            _ => None,
        }
    }

    /// One dot per digit typed.
    pub fn dots(&self) -> String {
        "●".repeat(self.0.len())
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// Disables an account (it can no longer log in, and its past stays in the audit log),
/// or lets a disabled one log in again. The site's last active administrator is never
/// disabled: checked and changed in one write transaction.
pub fn set_active(
    app: &App,
    target: StaffId,
    active: bool,
    by: Option<StaffId>,
    station: &str,
    now: DateTime<Utc>,
) -> Result<(), AccountError> {
    app.store.write(|| {
        if !active {
            keeps_an_admin(app, target)?;
        }
        let action = if active {
            AuditAction::StaffEnabled
        } else {
            AuditAction::StaffDisabled
        };
        change_account(app, target, by, station, now, action, |store| {
            store.set_staff_active(target, active).map(|_| ())
        })
    })
}

/// Makes an account an administrator (a coordinator) or staff. The site's last active
/// administrator stays one: someone must be able to manage the others.
pub fn set_role(
    app: &App,
    target: StaffId,
    role: Role,
    by: Option<StaffId>,
    station: &str,
    now: DateTime<Utc>,
) -> Result<(), AccountError> {
    // Checked and changed in one write transaction: two coordinators giving up the role
    // at two stations at once cannot both succeed.
    app.store.write(|| {
        if role == Role::Staff {
            keeps_an_admin(app, target)?;
        }
        change_account(
            app,
            target,
            by,
            station,
            now,
            AuditAction::RoleChanged,
            |store| store.set_staff_role(target, role).map(|_| ()),
        )
    })
}

/// Refuses a change that would leave no active administrator but `target`'s account.
fn keeps_an_admin(app: &App, target: StaffId) -> Result<(), AccountError> {
    let others = app
        .store
        .staff_members()?
        .into_iter()
        .filter(|m| m.id != target && m.active && m.role == Role::Admin)
        .count();
    let target_is_admin = app
        .store
        .staff_by_id(target)?
        .is_some_and(|m| m.active && m.role == Role::Admin);
    if target_is_admin && others == 0 {
        return Err(AccountError::LastAdmin);
    }
    Ok(())
}

/// Lifts a wait or a lock after wrong PINs.
pub fn reset_lock(
    app: &App,
    target: StaffId,
    by: Option<StaffId>,
    station: &str,
    now: DateTime<Utc>,
) -> Result<(), AccountError> {
    change_account(
        app,
        target,
        by,
        station,
        now,
        AuditAction::ResetLock,
        |store| store.reset_lock(target).map(|_| ()),
    )
}

/// Changes an existing account and writes the change, with the account's name, to the
/// audit log.
fn change_account(
    app: &App,
    target: StaffId,
    by: Option<StaffId>,
    station: &str,
    now: DateTime<Utc>,
    action: AuditAction,
    change: impl FnOnce(&crate::store::Store) -> Result<(), StoreError>,
) -> Result<(), AccountError> {
    let member = app
        .store
        .staff_by_id(target)?
        .ok_or(AccountError::UnknownStaff)?;
    app.store.audited(
        app.config.timezone,
        |store| change(store).map(Some),
        |()| AuditEntry {
            at: now,
            staff: by,
            station: station.to_owned(),
            action,
            service: None,
            booking: None,
            detail: member.name.clone(),
        },
    )?;
    Ok(())
}

fn audit(
    app: &App,
    staff: Option<StaffId>,
    station: &str,
    action: AuditAction,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    app.store.audit(
        &AuditEntry {
            at: now,
            staff,
            station: station.to_owned(),
            action,
            service: None,
            booking: None,
            detail: detail.to_owned(),
        },
        app.config.timezone,
    )
}

#[cfg(test)]
mod pin_entry_tests {
    use super::*;

    #[test]
    fn the_pad_takes_digits_up_to_the_limit_and_hands_them_over_once() {
        let mut pin = PinEntry::default();
        for key in ["1", "2", "x", "34", "3", "clear", "4"] {
            assert_eq!(pin.key(key), None);
        }
        assert_eq!(pin.dots(), "●●●");
        assert_eq!(pin.key("ok").as_deref(), Some("124"));
        assert_eq!(pin.key("ok").as_deref(), Some(""));
        for _ in 0..MAX_PIN_DIGITS + 3 {
            pin.key("9");
        }
        assert_eq!(pin.dots().chars().count(), MAX_PIN_DIGITS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_six_or_more_digits() {
        assert!(validate_pin("482957").is_ok());
        assert!(validate_pin("739215804613").is_ok());
        assert!(matches!(
            validate_pin(&"9".repeat(13)),
            Err(AccountError::PinTooLong { max: 12 })
        ));
        assert!(matches!(
            validate_pin("12345"),
            Err(AccountError::PinTooShort { min: 6 })
        ));
        assert!(matches!(
            validate_pin(""),
            Err(AccountError::PinTooShort { .. })
        ));
        for bad in ["12345a", "123 456", "١٢٣٤٥٦", "123456\n"] {
            assert!(
                matches!(validate_pin(bad), Err(AccountError::PinNotDigits)),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn easy_pins_are_refused_with_the_reason() {
        for (pin, reason) in [
            ("000000", WeakPin::OneDigit),
            ("7777777", WeakPin::OneDigit),
            ("123456", WeakPin::Run),
            ("987654", WeakPin::Run),
            ("901234", WeakPin::Run),
            ("121212", WeakPin::Repeated),
            ("123123", WeakPin::Repeated),
            ("135135", WeakPin::Repeated),
            ("120590", WeakPin::Date),
            ("051290", WeakPin::Date),
            ("12051990", WeakPin::Date),
            ("199012", WeakPin::Date),
            ("20251103", WeakPin::Date),
            ("159753", WeakPin::Common),
            ("246810", WeakPin::Common),
        ] {
            assert_eq!(weak_pin(pin), Some(reason), "{pin}");
            assert!(
                matches!(validate_pin(pin), Err(AccountError::PinWeak(r)) if r == reason),
                "{pin}"
            );
        }
        for strong in ["482957", "864297", "246813", "135792", "73920518"] {
            assert_eq!(weak_pin(strong), None, "{strong}");
        }
    }

    #[test]
    fn a_pin_s_debug_hides_the_digits() {
        let pin = validate_pin("246813").unwrap();
        assert!(!format!("{pin:?}").contains("246813"));
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(validate_name("  Anna B. ").unwrap().as_str(), "Anna B.");
        assert!(matches!(validate_name("   "), Err(AccountError::NameEmpty)));
        assert!(validate_name(&"é".repeat(40)).is_ok());
        assert!(matches!(
            validate_name(&"é".repeat(41)),
            Err(AccountError::NameTooLong { max: 40 })
        ));
        assert!(matches!(
            validate_name("An\u{1b}[2Jna"),
            Err(AccountError::NameHasControl)
        ));
    }

    #[test]
    fn a_hash_verifies_its_pin_and_no_other() {
        let hash = hash_pin(&validate_pin("246813").unwrap()).unwrap();
        assert!(hash.as_str().starts_with("$argon2id$"));
        assert!(verify_pin("246813", hash.as_str()).unwrap());
        assert!(!verify_pin("246814", hash.as_str()).unwrap());
        assert!(matches!(
            verify_pin("246813", "not a hash"),
            Err(AccountError::Hash(_))
        ));
    }

    #[test]
    fn the_same_pin_hashes_differently_each_time() {
        let pin = validate_pin("246813").unwrap();
        assert_ne!(hash_pin(&pin).unwrap(), hash_pin(&pin).unwrap());
    }
}
