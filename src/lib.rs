//! Sosta: the self-service kiosk of a drop-in centre.
//!
//! A functional core (`domain`, `token`) with an imperative shell (`store`, `app`, the
//! command line). See ARCHITECTURE.md for the map.

// Not `forbid`: the code Slint generates from ui/ allows unsafe blocks of its own, which
// `forbid` would reject. Everything written by hand stays free of them.
#![deny(unsafe_code)]

pub mod accounts;
pub mod app;
pub mod catalogue;
pub mod cli;
pub mod clock;
pub mod config;
pub mod display;
pub mod domain;
pub mod files;
#[cfg(test)]
mod fixtures;
pub mod hsds;
pub mod i18n;
pub mod icons;
pub mod keyboard;
pub mod kiosk;
pub mod logging;
pub mod messages;
pub mod print;
pub mod report;
pub mod report_pdf;
pub mod screenshot;
pub mod slip;
pub mod slips;
pub mod staff;
pub mod store;
pub mod token;
pub mod voice;
pub mod wiring;

/// The Slint screens compiled from `ui/` by build.rs.
pub mod ui {
    slint::include_modules!();
}
