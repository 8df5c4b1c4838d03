//! Message ids built from data (a service's slug, a verdict, a status) and their words:
//! the one place that knows how such ids are made, for the CLI, the kiosk, the station and
//! the slip. The translation tests build the ids they expect through these functions too.

use crate::domain::{Status, Verdict};
use crate::i18n::Tr;

/// `service-shower`: a service's name.
pub fn service_id(slug: &str) -> String {
    format!("service-{slug}")
}

/// `service-shower-description`: a service's short description.
pub fn description_id(slug: &str) -> String {
    format!("service-{slug}-description")
}

/// `desk-showers`: where a service is given.
pub fn desk_id(desk: &str) -> String {
    format!("desk-{desk}")
}

/// `verdict-already-served`: a scan verdict as staff read it.
pub fn verdict_id(verdict: Verdict) -> String {
    format!("verdict-{}", verdict.as_str().replace('_', "-"))
}

/// `status-no-show`: a booking's status.
pub fn status_id(status: Status) -> String {
    format!("status-{}", status.as_str().replace('_', "-"))
}

pub fn service_name(tr: Tr<'_>, slug: &str) -> String {
    tr.t(&service_id(slug))
}

pub fn service_description(tr: Tr<'_>, slug: &str) -> String {
    tr.t(&description_id(slug))
}

pub fn desk_name(tr: Tr<'_>, desk: &str) -> String {
    tr.t(&desk_id(desk))
}

pub fn verdict(tr: Tr<'_>, verdict: Verdict) -> String {
    tr.t(&verdict_id(verdict))
}

pub fn status(tr: Tr<'_>, status: Status) -> String {
    tr.t(&status_id(status))
}
