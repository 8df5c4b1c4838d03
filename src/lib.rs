//! Sosta: the self-service kiosk of a drop-in centre.
//!
//! A functional core (`domain`, `token`) with an imperative shell (`store`, `app`, the
//! command line). See ARCHITECTURE.md for the map.

#![forbid(unsafe_code)]

pub mod app;
pub mod catalogue;
pub mod cli;
pub mod config;
pub mod domain;
pub mod i18n;
pub mod store;
pub mod token;
