//! Staff accounts and the audit log of staff actions, in SQL.
//!
//! Only the Argon2id hash of a PIN is stored, never the PIN; it leaves this module only
//! through [`Store::staff_pin_hash`], so listings of staff cannot show it by accident.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::rows::{corrupt, instant};
use super::sql::{Row, vals};
use super::{Result, Store, StoreError};
use crate::domain::{BookingId, ServiceId, local_date};

/// A staff member's row id in the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StaffId(pub i64);

/// What a staff member may do: administrators also manage accounts and the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Staff,
    Admin,
}

impl Role {
    /// The word stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "staff" => Some(Role::Staff),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// A staff account as everyone may see it: no PIN hash here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffMember {
    pub id: StaffId,
    pub name: String,
    pub role: Role,
    pub active: bool,
    /// Wrong PINs in a row since the last successful login or reset.
    pub failed_attempts: u32,
    pub last_failed_at: Option<DateTime<Utc>>,
}

/// Why a staff account was not added.
#[derive(Debug, thiserror::Error)]
pub enum AddStaffError {
    #[error("a staff member called {0} exists already")]
    NameTaken(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a staff member did, as the audit log records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditAction {
    Serve,
    NoShow,
    Cancel,
    CloseService,
    Capacity,
    Login,
    LoginFailed,
    Logout,
    ResetLock,
    StaffAdded,
    StaffDisabled,
    CallNext,
    KioskClosed,
    PinChanged,
    ServiceAdded,
    ServiceChanged,
    CatalogueImported,
    StaffEnabled,
    RoleChanged,
    SettingsChanged,
    HelpCalled,
    HelpAnswered,
}

impl AuditAction {
    pub const ALL: [AuditAction; 22] = [
        AuditAction::Serve,
        AuditAction::NoShow,
        AuditAction::Cancel,
        AuditAction::CloseService,
        AuditAction::Capacity,
        AuditAction::Login,
        AuditAction::LoginFailed,
        AuditAction::Logout,
        AuditAction::ResetLock,
        AuditAction::StaffAdded,
        AuditAction::StaffDisabled,
        AuditAction::CallNext,
        AuditAction::KioskClosed,
        AuditAction::PinChanged,
        AuditAction::ServiceAdded,
        AuditAction::ServiceChanged,
        AuditAction::CatalogueImported,
        AuditAction::StaffEnabled,
        AuditAction::RoleChanged,
        AuditAction::SettingsChanged,
        AuditAction::HelpCalled,
        AuditAction::HelpAnswered,
    ];

    /// The word stored in the database and printed in JSON; the schema's CHECK lists them.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Serve => "serve",
            AuditAction::NoShow => "no_show",
            AuditAction::Cancel => "cancel",
            AuditAction::CloseService => "close_service",
            AuditAction::Capacity => "capacity",
            AuditAction::Login => "login",
            AuditAction::LoginFailed => "login_failed",
            AuditAction::Logout => "logout",
            AuditAction::ResetLock => "reset_lock",
            AuditAction::StaffAdded => "staff_added",
            AuditAction::StaffDisabled => "staff_disabled",
            AuditAction::CallNext => "call_next",
            AuditAction::KioskClosed => "kiosk_closed",
            AuditAction::PinChanged => "pin_changed",
            AuditAction::ServiceAdded => "service_added",
            AuditAction::ServiceChanged => "service_changed",
            AuditAction::CatalogueImported => "catalogue_imported",
            AuditAction::StaffEnabled => "staff_enabled",
            AuditAction::RoleChanged => "role_changed",
            AuditAction::SettingsChanged => "settings_changed",
            AuditAction::HelpCalled => "help_called",
            AuditAction::HelpAnswered => "help_answered",
        }
    }

    pub fn parse(text: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// One line of the audit log, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    /// Who did it; `None` for the command line, where nobody logs in.
    pub staff: Option<StaffId>,
    /// The station (or "cli") it was done from.
    pub station: String,
    pub action: AuditAction,
    pub service: Option<ServiceId>,
    pub booking: Option<BookingId>,
    /// Free text; empty when there is nothing to add.
    pub detail: String,
}

/// One line of the audit log, with the names a person reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRecord {
    pub entry: AuditEntry,
    pub staff_name: Option<String>,
    pub service_slug: Option<String>,
}

const STAFF_COLUMNS: &str = "id, name, role, active, failed_attempts, last_failed_at";

impl Store {
    /// Adds an active account with a PIN hash; names are unique regardless of ASCII case,
    /// so "anna" cannot stand beside "Anna" and typing either finds the same person.
    pub fn add_staff(
        &mut self,
        name: &str,
        role: Role,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> std::result::Result<StaffId, AddStaffError> {
        self.write(|| {
            let taken: Option<String> = self
                .conn
                .query_opt(
                    "SELECT name FROM staff WHERE lower(name) = lower(?1) AND site = ?2",
                    vals![name, &self.site],
                )?
                .map(|row| row.get(0))
                .transpose()?;
            if let Some(taken) = taken {
                return Err(AddStaffError::NameTaken(taken));
            }
            let inserted = self.conn.query_one(
                "INSERT INTO staff (name, role, pin_hash, created_at, site)
                 VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                vals![name, role.as_str(), pin_hash, now.timestamp(), &self.site],
            );
            match inserted {
                Ok(row) => Ok(StaffId(row.get(0)?)),
                // The check above runs in the same write transaction, so this is only a
                // safety net for the schema's own UNIQUE constraint.
                Err(e) if e.is_unique_violation() => Err(AddStaffError::NameTaken(name.to_owned())),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Every account, active or not, by name.
    pub fn staff_members(&self) -> Result<Vec<StaffMember>> {
        self.conn
            .query(
                &format!(
                    "SELECT {STAFF_COLUMNS} FROM staff WHERE site = ?1 ORDER BY lower(name), id"
                ),
                vals![&self.site],
            )?
            .iter()
            .map(staff_from_row)
            .collect()
    }

    /// The account with this name, ignoring ASCII case.
    pub fn staff_by_name(&self, name: &str) -> Result<Option<StaffMember>> {
        self.conn
            .query_opt(
                &format!(
                    "SELECT {STAFF_COLUMNS} FROM staff WHERE lower(name) = lower(?1) AND site = ?2"
                ),
                vals![name, &self.site],
            )?
            .map(|row| staff_from_row(&row))
            .transpose()
    }

    pub fn staff_by_id(&self, id: StaffId) -> Result<Option<StaffMember>> {
        self.conn
            .query_opt(
                &format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = ?1 AND site = ?2"),
                vals![id.0, &self.site],
            )?
            .map(|row| staff_from_row(&row))
            .transpose()
    }

    /// The stored PHC string of an account's PIN, for verifying a login.
    pub fn staff_pin_hash(&self, id: StaffId) -> Result<Option<String>> {
        self.conn
            .query_opt(
                "SELECT pin_hash FROM staff WHERE id = ?1 AND site = ?2",
                vals![id.0, &self.site],
            )?
            .map(|row| row.get(0))
            .transpose()
    }

    /// The PIN hashes of every active account, for a kiosk that asks for a PIN only.
    pub fn active_pin_hashes(&self) -> Result<Vec<(StaffId, String)>> {
        self.conn
            .query(
                "SELECT id, pin_hash FROM staff WHERE active = 1 AND site = ?1 ORDER BY id",
                vals![&self.site],
            )?
            .iter()
            .map(|row| Ok((StaffId(row.get(0)?), row.get(1)?)))
            .collect()
    }

    /// Replaces an account's PIN hash and forgets its wrong tries; returns whether the
    /// account exists.
    pub fn set_staff_pin(&self, id: StaffId, pin_hash: &str) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE staff SET pin_hash = ?2, failed_attempts = 0, last_failed_at = NULL
             WHERE id = ?1",
            vals![id.0, pin_hash],
        )?;
        Ok(changed == 1)
    }

    /// Wrong PINs in a row at a kiosk's staff corner, and when the last one was typed.
    pub fn kiosk_lock(&self, kiosk: &str) -> Result<(u32, Option<DateTime<Utc>>)> {
        let row: Option<(i64, Option<i64>)> = self
            .conn
            .query_opt(
                "SELECT failed_attempts, last_failed_at FROM kiosk_lock
                 WHERE kiosk = ?1 AND site = ?2",
                vals![kiosk, &self.site],
            )?
            .map(|row| Ok::<_, StoreError>((row.get(0)?, row.get(1)?)))
            .transpose()?;
        let Some((count, at)) = row else {
            return Ok((0, None));
        };
        let count =
            u32::try_from(count).map_err(|_| corrupt("kiosk_lock", 0, "count out of range"))?;
        let at = at
            .map(|t| {
                DateTime::from_timestamp(t, 0)
                    .ok_or_else(|| corrupt("kiosk_lock", 0, "time out of range"))
            })
            .transpose()?;
        Ok((count, at))
    }

    /// Counts one more wrong PIN at a kiosk's corner and returns the count.
    pub fn record_kiosk_failure(&self, kiosk: &str, now: DateTime<Utc>) -> Result<u32> {
        let count: i64 = self
            .conn
            .query_one(
                "INSERT INTO kiosk_lock (kiosk, failed_attempts, last_failed_at, site)
                 VALUES (?1, 1, ?2, ?3)
                 ON CONFLICT (site, kiosk) DO UPDATE
                 SET failed_attempts = kiosk_lock.failed_attempts + 1,
                     last_failed_at = excluded.last_failed_at
                 RETURNING failed_attempts",
                vals![kiosk, now.timestamp(), &self.site],
            )?
            .get(0)?;
        u32::try_from(count).map_err(|_| corrupt("kiosk_lock", 0, "count out of range"))
    }

    /// A right PIN at a kiosk forgets the wrong ones before it.
    pub fn clear_kiosk_lock(&self, kiosk: &str) -> Result<()> {
        self.conn.execute(
            "DELETE FROM kiosk_lock WHERE kiosk = ?1 AND site = ?2",
            vals![kiosk, &self.site],
        )?;
        Ok(())
    }

    /// Enables or disables an account; returns whether the account exists.
    pub fn set_staff_active(&self, id: StaffId, active: bool) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE staff SET active = ?2 WHERE id = ?1",
            vals![id.0, active],
        )?;
        Ok(changed == 1)
    }

    /// Changes an account's role; returns whether it changed.
    pub fn set_staff_role(&self, id: StaffId, role: Role) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE staff SET role = ?2 WHERE id = ?1 AND role != ?2",
            vals![id.0, role.as_str()],
        )?;
        Ok(changed == 1)
    }

    /// Counts one more wrong PIN and returns the count. The increment happens in SQL, so
    /// two stations failing at once both count.
    pub fn record_failed_login(&self, id: StaffId, now: DateTime<Utc>) -> Result<u32> {
        let count: i64 = self
            .conn
            .query_one(
                "UPDATE staff SET failed_attempts = failed_attempts + 1, last_failed_at = ?2
                 WHERE id = ?1 RETURNING failed_attempts",
                vals![id.0, now.timestamp()],
            )?
            .get(0)?;
        u32::try_from(count).map_err(|_| corrupt("staff", id.0, "failed attempts out of range"))
    }

    /// A successful login forgets the wrong PINs before it.
    pub fn record_login(&self, id: StaffId) -> Result<bool> {
        self.clear_failures(id)
    }

    /// An administrator lifts a wait or a lock; returns whether the account exists.
    pub fn reset_lock(&self, id: StaffId) -> Result<bool> {
        self.clear_failures(id)
    }

    fn clear_failures(&self, id: StaffId) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE staff SET failed_attempts = 0, last_failed_at = NULL WHERE id = ?1",
            vals![id.0],
        )?;
        Ok(changed == 1)
    }

    /// Appends to the audit log. `tz` is the site's time zone: the entry is filed under
    /// the local date of `at`, so a day's log is what happened between local midnights.
    pub fn audit(&self, entry: &AuditEntry, tz: Tz) -> Result<()> {
        self.conn.execute(
            "INSERT INTO audit (at, day, staff_id, station, action, service_id, booking_id, detail, site)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            vals![
                entry.at.timestamp(),
                local_date(entry.at, tz).to_string(),
                entry.staff.map(|s| s.0),
                &entry.station,
                entry.action.as_str(),
                entry.service.map(|s| s.0),
                entry.booking.map(|b| b.0),
                (!entry.detail.is_empty()).then_some(entry.detail.as_str()),
                &self.site,
            ],
        )?;
        Ok(())
    }

    /// The audit log of one local day, in time order (entries of the same second in the
    /// order they were written).
    pub fn audit_on(&self, day: NaiveDate) -> Result<Vec<AuditRecord>> {
        self.conn
            .query(
                "SELECT a.id, a.at, a.staff_id, a.station, a.action, a.service_id, a.booking_id,
                        a.detail, s.name, v.slug
                 FROM audit a
                 LEFT JOIN staff s ON s.id = a.staff_id
                 LEFT JOIN service v ON v.id = a.service_id
                 WHERE a.day = ?1 AND a.site = ?2
                 ORDER BY a.at, a.id",
                vals![day.to_string(), &self.site],
            )?
            .iter()
            .map(audit_from_row)
            .collect()
    }
}

fn staff_from_row(row: &Row) -> Result<StaffMember> {
    let id: i64 = row.get(0)?;
    let role: String = row.get(2)?;
    let failed: i64 = row.get(4)?;
    let last_failed_at: Option<i64> = row.get(5)?;
    Ok(StaffMember {
        id: StaffId(id),
        name: row.get(1)?,
        role: Role::parse(&role).ok_or_else(|| corrupt("staff", id, "unknown role"))?,
        active: row.get(3)?,
        failed_attempts: u32::try_from(failed)
            .map_err(|_| corrupt("staff", id, "failed attempts out of range"))?,
        last_failed_at: last_failed_at
            .map(|t| instant("staff", id, t))
            .transpose()?,
    })
}

fn audit_from_row(row: &Row) -> Result<AuditRecord> {
    let id: i64 = row.get(0)?;
    let action: String = row.get(4)?;
    let staff: Option<i64> = row.get(2)?;
    let service: Option<i64> = row.get(5)?;
    let booking: Option<i64> = row.get(6)?;
    let detail: Option<String> = row.get(7)?;
    Ok(AuditRecord {
        entry: AuditEntry {
            at: instant("audit", id, row.get(1)?)?,
            staff: staff.map(StaffId),
            station: row.get(3)?,
            action: AuditAction::parse(&action)
                .ok_or_else(|| corrupt("audit", id, "unknown action"))?,
            service: service.map(ServiceId),
            booking: booking.map(BookingId),
            detail: detail.unwrap_or_default(),
        },
        staff_name: row.get(8)?,
        service_slug: row.get(9)?,
    })
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn every_audit_action_round_trips_through_its_word() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()), Some(action));
        }
        assert_eq!(AuditAction::parse("dance"), None);
    }

    #[test]
    fn the_audit_day_is_the_site_s_local_date() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("sosta.db")).unwrap();
        // 23:30 UTC on the 24th is already the 25th in Rome.
        let at = Utc.with_ymd_and_hms(2026, 11, 24, 23, 30, 0).unwrap();
        let entry = AuditEntry {
            at,
            staff: None,
            station: "cli".to_owned(),
            action: AuditAction::Logout,
            service: None,
            booking: None,
            detail: String::new(),
        };
        store.audit(&entry, chrono_tz::Europe::Rome).unwrap();
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        assert!(store.audit_on(day(24)).unwrap().is_empty());
        let records = store.audit_on(day(25)).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].entry, entry);
        assert_eq!(records[0].staff_name, None);
    }
}
