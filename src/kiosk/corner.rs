//! The staff corner of the public kiosk: a PIN (never a list of names), then a short menu
//! (reprint a slip, close a service for today, open the station, leave the kiosk). It
//! closes itself after [`CORNER_IDLE`] without a touch.

use std::rc::Rc;

use super::KioskController;
use crate::accounts;
use crate::app::{Actor, AuditAction, Role, StaffMember};
use crate::domain::ServiceId;
use crate::messages;

/// The staff corner of the kiosk: closed, asking for a PIN (the PIN alone says who it is:
/// a public screen lists no staff names), or open for a staff member.
#[derive(Clone, Debug)]
pub enum Corner {
    Closed,
    Pin,
    Menu(StaffMember),
}

/// The staff corner closes itself after this long without a touch, from any screen, so a
/// staff member who walks away leaves nothing open to the next person.
pub const CORNER_IDLE: chrono::Duration = chrono::Duration::seconds(30);

impl KioskController {
    /// A three-second press on the site's name: the staff corner asks for a PIN.
    pub fn corner_open(&mut self) {
        if matches!(self.corner, Corner::Closed) {
            self.corner = Corner::Pin;
            self.corner_pin.clear();
            self.corner_message.clear();
        }
        self.corner_touched();
    }

    /// A touch in the staff corner keeps it open for another [`CORNER_IDLE`].
    fn corner_touched(&mut self) {
        self.corner_touched_at = self.clock.now();
    }

    pub fn corner_pin_key(&mut self, key: &str) {
        self.corner_touched();
        if !matches!(self.corner, Corner::Pin) {
            return;
        }
        let Some(pin) = self.corner_pin.key(key) else {
            return;
        };
        let now = self.clock.now();
        let kiosk = self.app.config.kiosk.clone();
        match accounts::corner_login(&self.app, &kiosk, &self.station_name(), &pin, now) {
            Ok(member) => {
                log::info!("kiosk {kiosk}: staff corner opened by {}", member.name);
                self.corner_message.clear();
                self.corner = Corner::Menu(member);
            }
            Err(e) => {
                if let accounts::LoginError::Wait { until } = &e {
                    log::warn!("kiosk {kiosk}: staff corner locked until {until} after wrong PINs");
                }
                self.corner_message =
                    messages::login_error(self.staff_tr(), self.app.config.timezone, &e)
            }
        }
    }

    /// The staff member in the corner if they are an administrator; otherwise says that
    /// only an administrator may do this.
    fn corner_admin(&mut self) -> Option<StaffMember> {
        let member = self.corner_staff()?;
        if member.role == Role::Admin {
            Some(member)
        } else {
            self.corner_message = self.staff_tr().t("corner-admin-only");
            None
        }
    }

    fn corner_staff(&self) -> Option<StaffMember> {
        match &self.corner {
            Corner::Menu(member) => Some(member.clone()),
            _ => None,
        }
    }

    /// The staff member in the corner, at this kiosk, for the audit log.
    fn corner_actor(&self) -> Actor {
        Actor {
            staff: self.corner_staff().map(|m| m.id),
            station: self.station_name(),
            desk: None,
        }
    }

    pub fn corner_reprint(&mut self, code: &str) {
        self.corner_touched();
        if self.corner_staff().is_none() {
            return;
        }
        let tr = self.staff_tr();
        self.corner_message = match crate::slips::reissue(
            &self.app,
            &self.translations,
            code,
            None,
            self.clock.now(),
        ) {
            Ok(_) => tr.args("corner-reprinted", &[("code", code.into())]),
            Err(e) => {
                log::error!(
                    "kiosk {}: slip {code} not reprinted: {e}",
                    self.app.config.kiosk
                );
                messages::print_error(tr, &e)
            }
        };
    }

    pub fn corner_close_service(&mut self, id: i32) {
        self.corner_touched();
        if self.corner_admin().is_none() {
            return;
        }
        let now = self.clock.now();
        let service = ServiceId(i64::from(id));
        let translations = Rc::clone(&self.translations);
        let language = self.app.config.language.clone();
        let tr = translations.lang(&language);
        let name = self
            .service(service)
            .map(|s| messages::service_name(tr, &s.service.slug))
            .unwrap_or_default();
        let closed = self
            .app
            .close_rest_of_day(&self.corner_actor(), service, now);
        self.corner_message = match closed {
            Ok(_) => {
                self.invalidate();
                tr.args("corner-closed", &[("service", name.into())])
            }
            Err(e) => {
                log::error!(
                    "kiosk {}: could not close a service: {e}",
                    self.app.config.kiosk
                );
                messages::store_error(tr, &e)
            }
        };
    }

    /// Starts the staff station as its own process on the same data folder.
    pub fn corner_open_station(&mut self) {
        self.corner_touched();
        if self.corner_staff().is_none() {
            return;
        }
        let tr = self.staff_tr();
        let started = std::env::current_exe().and_then(|exe| {
            std::process::Command::new(exe)
                .arg("--data-dir")
                .arg(self.app.data_dir.root())
                .arg("staff")
                .spawn()
        });
        self.corner_message = match started {
            Ok(_) => tr.t("corner-station-opened"),
            Err(e) => {
                log::error!(
                    "kiosk {}: cannot start the station: {e}",
                    self.app.config.kiosk
                );
                tr.t("corner-station-failed")
            }
        };
    }

    /// Leaves the kiosk: only from the staff corner, after a PIN.
    pub fn corner_exit(&mut self) {
        self.corner_touched();
        let Some(member) = self.corner_admin() else {
            return;
        };
        let recorded = self.app.record(
            &self.corner_actor(),
            AuditAction::KioskClosed,
            self.clock.now(),
        );
        if let Err(e) = recorded {
            log::error!(
                "kiosk {}: could not write the closing to the audit log: {e}",
                self.app.config.kiosk
            );
        }
        log::warn!("kiosk {}: closed by {}", self.app.config.kiosk, member.name);
        self.exit_requested = true;
        let _ = slint::quit_event_loop();
    }

    pub fn corner_dismiss(&mut self) {
        self.corner = Corner::Closed;
        self.corner_pin.clear();
        self.corner_message.clear();
    }
}
