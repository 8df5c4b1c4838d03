//! The stable JSON of the command line, as types: what scripts and tests read. The field
//! names are documented in the README ("JSON output") and `tests/json_contract.rs` checks
//! every documented name against what the verbs really print. Add fields; never rename.

use serde::Serialize;

/// One service of `services --json`.
#[derive(Serialize)]
pub struct ServiceJson {
    pub slug: String,
    pub name: String,
    pub icon: String,
    pub desk: String,
    pub mode: &'static str,
    pub open: bool,
    pub slots: Vec<SlotJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue: Option<QueueJson>,
}

#[derive(Serialize)]
pub struct SlotJson {
    pub start: String,
    pub end: String,
    pub free: u32,
    pub capacity: u32,
    pub state: &'static str,
}

#[derive(Serialize)]
pub struct QueueJson {
    pub waiting: u32,
    pub next_number: u32,
    pub left: u32,
    pub estimated_wait_minutes: i64,
    pub start: Option<String>,
    pub end: Option<String>,
}

/// `book --json`.
#[derive(Serialize)]
pub struct BookJson {
    pub code: String,
    /// Exactly the text inside the QR code.
    pub payload: String,
    pub bookings: Vec<BookedJson>,
    /// The number on the standby list (`book --standby`).
    pub standby: Option<u32>,
    pub slip: Option<String>,
    pub printed: Option<String>,
}

#[derive(Serialize)]
pub struct BookedJson {
    pub service: String,
    pub start: String,
    pub end: String,
    pub number: Option<u32>,
    pub quantity: u32,
}

/// `scan --json`.
#[derive(Serialize)]
pub struct ScanJson {
    pub verdict: &'static str,
    pub booking: Option<ScannedJson>,
    pub lang: Option<String>,
}

#[derive(Serialize)]
pub struct ScannedJson {
    pub service: String,
    pub start: String,
    pub end: String,
    pub number: Option<u32>,
    pub status: &'static str,
}

/// `cancel --json`.
#[derive(Serialize)]
pub struct CancelJson {
    pub cancelled: bool,
    pub service: String,
}

/// One line of `audit --json`.
#[derive(Serialize)]
pub struct AuditJson {
    pub at: String,
    pub staff: Option<String>,
    pub station: String,
    pub action: &'static str,
    pub service: Option<String>,
    pub booking: Option<i64>,
    pub detail: String,
}

/// One account of `staff-user list --json`.
#[derive(Serialize)]
pub struct StaffJson {
    pub name: String,
    pub role: &'static str,
    pub active: bool,
    pub failed_attempts: u32,
    pub login: &'static str,
    pub wait_until: Option<String>,
}

/// One check of `doctor --json`.
#[derive(Serialize)]
pub struct DoctorJson {
    pub check: &'static str,
    /// `ok`, `warn` or `problem`.
    pub status: &'static str,
    pub message: String,
    pub todo: Option<String>,
}

/// The JSON text of a value; these types always serialise.
pub fn text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
