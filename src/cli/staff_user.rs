//! The `staff-user` and `audit` verbs: staff accounts and the audit log from the command
//! line. Exit status 1 when a verb could not do its job, 2 for bad usage, as in `cli`.
//!
//! A new PIN is read from standard input, one line, and never printed or taken as an
//! argument: arguments show in `ps` and in the shell's history.

use std::io::{BufRead, Read as _, Write};

use super::json::{self, AuditJson, StaffJson};
use chrono::{DateTime, NaiveDate, Utc};

use super::store_failure;
use crate::accounts::{
    self, AccountError, COMMAND_LINE_STATION, DETAIL_DISABLED, DETAIL_LOCKED, DETAIL_WAIT,
    DETAIL_WRONG_PIN,
};
use crate::app::App;
use crate::app::{AuditAction, AuditRecord, Role, StaffMember};
use crate::domain::lockout::Gate;
use crate::i18n::Tr;

/// The longest line read as a PIN: more than the longest PIN allows, little enough that a
/// file sent by mistake is not read whole. A longer line is refused as too long.
const PIN_LINE_LIMIT: u64 = 256;

#[derive(clap::Subcommand, Debug)]
pub enum StaffUserAction {
    /// Adds an account; the PIN is read from standard input.
    Add {
        name: String,
        #[arg(long)]
        role: RoleArg,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Disable {
        name: String,
    },
    ResetLock {
        name: String,
    },
    /// Gives an account a new PIN (read like `add` reads it) and lifts any lock.
    Pin {
        name: String,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleArg {
    Staff,
    Admin,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Role {
        match role {
            RoleArg::Staff => Role::Staff,
            RoleArg::Admin => Role::Admin,
        }
    }
}

/// A failure on its way to the person: the message and the exit status (shared with the
/// rest of the command line).
pub use crate::cli::Failure as CliFailure;

type Outcome = Result<(), CliFailure>;

/// `staff-user ...`, printing to standard output.
pub fn staff_user(
    app: &mut App,
    tr: Tr<'_>,
    action: StaffUserAction,
    pin_input: &mut dyn BufRead,
    now: DateTime<Utc>,
) -> Outcome {
    // At a terminal the PIN is asked for and typed without echo; from a pipe (scripts) it
    // is read as a line.
    let _quiet = if std::io::IsTerminal::is_terminal(&std::io::stdin()) && action.reads_pin() {
        Some(
            QuietTerminal::start(&tr.t("staff-pin-prompt")).map_err(|e| {
                CliFailure::could_not(
                    tr.args("staff-error-input", &[("detail", e.to_string().into())]),
                )
            })?,
        )
    } else {
        None
    };
    staff_user_to(
        app,
        tr,
        action,
        pin_input,
        &mut std::io::stdout().lock(),
        now,
    )
}

impl StaffUserAction {
    fn reads_pin(&self) -> bool {
        matches!(
            self,
            StaffUserAction::Add { .. } | StaffUserAction::Pin { .. }
        )
    }
}

/// The terminal with echo off while a PIN is typed, restored when dropped (whatever
/// happens in between). The PIN itself is read by the caller, from standard input.
#[cfg(unix)]
struct QuietTerminal(rustix::termios::Termios);

#[cfg(unix)]
impl QuietTerminal {
    /// Turns echo off and asks for the PIN on standard error.
    fn start(prompt: &str) -> std::io::Result<QuietTerminal> {
        use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
        let saved = tcgetattr(std::io::stdin())?;
        let mut quiet = saved.clone();
        quiet.local_modes.remove(LocalModes::ECHO);
        quiet.local_modes.insert(LocalModes::ECHONL);
        // `Now`, not `Flush`: a PIN typed ahead of the prompt is not thrown away.
        tcsetattr(std::io::stdin(), OptionalActions::Now, &quiet)?;
        eprint!("{prompt} ");
        Ok(QuietTerminal(saved))
    }
}

#[cfg(unix)]
impl Drop for QuietTerminal {
    fn drop(&mut self) {
        let _ = rustix::termios::tcsetattr(
            std::io::stdin(),
            rustix::termios::OptionalActions::Now,
            &self.0,
        );
    }
}

/// Elsewhere the PIN is only asked for.
#[cfg(not(unix))]
struct QuietTerminal;

#[cfg(not(unix))]
impl QuietTerminal {
    fn start(prompt: &str) -> std::io::Result<QuietTerminal> {
        eprint!("{prompt} ");
        Ok(QuietTerminal)
    }
}

/// `audit --date D [--json]`, printing to standard output.
pub fn audit(app: &App, tr: Tr<'_>, date: &str, json: bool) -> Outcome {
    audit_to(app, tr, date, json, &mut std::io::stdout().lock())
}

/// `staff-user ...`, printing to `out`.
pub fn staff_user_to(
    app: &mut App,
    tr: Tr<'_>,
    action: StaffUserAction,
    pin_input: &mut dyn BufRead,
    out: &mut dyn Write,
    now: DateTime<Utc>,
) -> Outcome {
    match action {
        StaffUserAction::Add { name, role } => {
            let name = accounts::validate_name(&name).map_err(|e| account_failure(tr, &e))?;
            let pin = read_pin(tr, pin_input)?;
            let member = accounts::add_staff(
                app,
                &name,
                role.into(),
                &pin,
                None,
                COMMAND_LINE_STATION,
                now,
            )
            .map_err(|e| account_failure(tr, &e))?;
            let args = [("name", member.name.as_str().into())];
            let line = match member.role {
                Role::Staff => tr.args("staff-added-staff", &args),
                Role::Admin => tr.args("staff-added-admin", &args),
            };
            write_line(tr, out, &line)
        }
        StaffUserAction::List { json } => {
            let members = app.staff_members().map_err(|e| store_failure(tr, &e))?;
            if json {
                let list: Vec<StaffJson> =
                    members.iter().map(|m| member_json(app, m, now)).collect();
                return write_line(tr, out, &json::text(&list));
            }
            if members.is_empty() {
                return write_line(tr, out, &tr.t("staff-list-empty"));
            }
            for member in &members {
                write_line(tr, out, &member_line(app, tr, member, now))?;
            }
            Ok(())
        }
        StaffUserAction::Disable { name } => {
            let member = find_member(app, tr, &name)?;
            accounts::set_active(app, member.id, false, None, COMMAND_LINE_STATION, now)
                .map_err(|e| account_failure(tr, &e))?;
            let line = tr.args("staff-disabled", &[("name", member.name.as_str().into())]);
            write_line(tr, out, &line)
        }
        StaffUserAction::Pin { name } => {
            let member = find_member(app, tr, &name)?;
            let pin = read_pin(tr, pin_input)?;
            accounts::set_pin(app, member.id, &pin, None, COMMAND_LINE_STATION, now)
                .map_err(|e| account_failure(tr, &e))?;
            let line = tr.args(
                "staff-pin-changed",
                &[("name", member.name.as_str().into())],
            );
            write_line(tr, out, &line)
        }
        StaffUserAction::ResetLock { name } => {
            let member = find_member(app, tr, &name)?;
            accounts::reset_lock(app, member.id, None, COMMAND_LINE_STATION, now)
                .map_err(|e| account_failure(tr, &e))?;
            let line = tr.args("staff-lock-reset", &[("name", member.name.as_str().into())]);
            write_line(tr, out, &line)
        }
    }
}

/// `audit --date D [--json]`, printing to `out`.
pub fn audit_to(app: &App, tr: Tr<'_>, date: &str, json: bool, out: &mut dyn Write) -> Outcome {
    let day = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| CliFailure::usage(tr.args("audit-bad-date", &[("value", date.into())])))?;
    let records = app.audit_on(day).map_err(|e| store_failure(tr, &e))?;
    if json {
        let list: Vec<AuditJson> = records.iter().map(|r| record_json(app, r)).collect();
        return write_line(tr, out, &json::text(&list));
    }
    let date: String = day.to_string();
    if records.is_empty() {
        return write_line(tr, out, &tr.args("audit-empty", &[("date", date.into())]));
    }
    write_line(tr, out, &tr.args("audit-heading", &[("date", date.into())]))?;
    for record in &records {
        write_line(tr, out, &record_line(app, tr, record))?;
    }
    Ok(())
}

/// Reads one line of standard input as a new PIN. Only the line ending and surrounding
/// spaces are dropped, which a here-document or `echo` may add.
fn read_pin(tr: Tr<'_>, input: &mut dyn BufRead) -> Result<accounts::Pin, CliFailure> {
    let mut line = String::new();
    let read = input.take(PIN_LINE_LIMIT).read_line(&mut line);
    match read {
        Ok(0) => Err(CliFailure::usage(tr.t("staff-pin-missing"))),
        Ok(_) => accounts::validate_pin(line.trim()).map_err(|e| account_failure(tr, &e)),
        // Not UTF-8: certainly not digits.
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            Err(account_failure(tr, &AccountError::PinNotDigits))
        }
        Err(e) => Err(CliFailure::could_not(
            tr.args("staff-error-input", &[("detail", e.to_string().into())]),
        )),
    }
}

fn find_member(app: &App, tr: Tr<'_>, name: &str) -> Result<StaffMember, CliFailure> {
    if let Some(member) = app
        .staff_by_name(name.trim())
        .map_err(|e| store_failure(tr, &e))?
    {
        return Ok(member);
    }
    let known: Vec<String> = app
        .staff_members()
        .map_err(|e| store_failure(tr, &e))?
        .into_iter()
        .map(|m| m.name)
        .collect();
    Err(CliFailure::usage(tr.args(
        "staff-unknown",
        &[("name", name.into()), ("known", known.join(", ").into())],
    )))
}

fn member_line(app: &App, tr: Tr<'_>, member: &StaffMember, now: DateTime<Utc>) -> String {
    let role = role_name(tr, member.role);
    let active = if member.active {
        tr.t("staff-state-active")
    } else {
        tr.t("staff-state-disabled")
    };
    let lock = match accounts::gate_of(member, now) {
        Gate::Open => tr.t("staff-lock-open"),
        Gate::WaitUntil(until) => {
            let time = until
                .with_timezone(&app.config.timezone)
                .format("%H:%M:%S")
                .to_string();
            tr.args("staff-lock-wait", &[("time", time.into())])
        }
        Gate::Locked => tr.t("staff-lock-locked"),
    };
    // Columns, not a sentence: the same layout reads in every language.
    format!("{}  {role}  {active}  {lock}", member.name)
}

fn member_json(app: &App, member: &StaffMember, now: DateTime<Utc>) -> StaffJson {
    let (state, wait_until) = match accounts::gate_of(member, now) {
        Gate::Open => ("open", None),
        Gate::WaitUntil(until) => ("wait", Some(local_rfc3339(app, until))),
        Gate::Locked => ("locked", None),
    };
    StaffJson {
        name: member.name.clone(),
        role: member.role.as_str(),
        active: member.active,
        failed_attempts: member.failed_attempts,
        login: state,
        wait_until,
    }
}

fn role_name(tr: Tr<'_>, role: Role) -> String {
    match role {
        Role::Staff => tr.t("staff-role-staff"),
        Role::Admin => tr.t("staff-role-admin"),
    }
}

fn action_name(tr: Tr<'_>, action: AuditAction) -> String {
    match action {
        AuditAction::Serve => tr.t("audit-action-serve"),
        AuditAction::NoShow => tr.t("audit-action-no-show"),
        AuditAction::Cancel => tr.t("audit-action-cancel"),
        AuditAction::CloseService => tr.t("audit-action-close-service"),
        AuditAction::Capacity => tr.t("audit-action-capacity"),
        AuditAction::Login => tr.t("audit-action-login"),
        AuditAction::LoginFailed => tr.t("audit-action-login-failed"),
        AuditAction::Logout => tr.t("audit-action-logout"),
        AuditAction::ResetLock => tr.t("audit-action-reset-lock"),
        AuditAction::StaffAdded => tr.t("audit-action-staff-added"),
        AuditAction::CallNext => tr.t("audit-action-call-next"),
        AuditAction::KioskClosed => tr.t("audit-action-kiosk-closed"),
        AuditAction::PinChanged => tr.t("audit-action-pin-changed"),
        AuditAction::StaffDisabled => tr.t("audit-action-staff-disabled"),
        AuditAction::ServiceAdded => tr.t("audit-action-service-added"),
        AuditAction::ServiceChanged => tr.t("audit-action-service-changed"),
        AuditAction::CatalogueImported => tr.t("audit-action-catalogue-imported"),
        AuditAction::StaffEnabled => tr.t("audit-action-staff-enabled"),
        AuditAction::RoleChanged => tr.t("audit-action-role-changed"),
        AuditAction::SettingsChanged => tr.t("audit-action-settings-changed"),
        AuditAction::HelpCalled => tr.t("audit-action-help-called"),
        AuditAction::HelpAnswered => tr.t("audit-action-help-answered"),
    }
}

/// The detail in words: why a login failed is stored as a fixed word and translated here;
/// any other detail (a name, a number) is printed as written.
fn detail_text(tr: Tr<'_>, record: &AuditRecord) -> String {
    let detail = record.entry.detail.as_str();
    if record.entry.action != AuditAction::LoginFailed {
        return detail.to_owned();
    }
    match detail {
        DETAIL_WRONG_PIN => tr.t("audit-detail-wrong-pin"),
        DETAIL_WAIT => tr.t("audit-detail-wait"),
        DETAIL_LOCKED => tr.t("audit-detail-locked"),
        DETAIL_DISABLED => tr.t("audit-detail-disabled"),
        other => other.to_owned(),
    }
}

fn record_line(app: &App, tr: Tr<'_>, record: &AuditRecord) -> String {
    let entry = &record.entry;
    let time = entry
        .at
        .with_timezone(&app.config.timezone)
        .format("%H:%M:%S")
        .to_string();
    let staff = match &record.staff_name {
        Some(name) => name.clone(),
        None => tr.t("audit-command-line"),
    };
    let mut columns = vec![
        time,
        staff,
        entry.station.clone(),
        action_name(tr, entry.action),
    ];
    if let Some(slug) = &record.service_slug {
        columns.push(crate::messages::service_name(tr, slug));
    }
    let detail = detail_text(tr, record);
    if !detail.is_empty() {
        columns.push(detail);
    }
    columns.join("  ")
}

fn record_json(app: &App, record: &AuditRecord) -> AuditJson {
    let entry = &record.entry;
    AuditJson {
        at: local_rfc3339(app, entry.at),
        staff: record.staff_name.clone(),
        station: entry.station.clone(),
        action: entry.action.as_str(),
        service: record.service_slug.clone(),
        booking: entry.booking.map(|b| b.0),
        detail: entry.detail.clone(),
    }
}

/// An instant in the site's time zone, with its offset, as JSON carries times.
fn local_rfc3339(app: &App, at: DateTime<Utc>) -> String {
    at.with_timezone(&app.config.timezone).to_rfc3339()
}

fn account_failure(tr: Tr<'_>, e: &AccountError) -> CliFailure {
    let message = crate::messages::account_error(tr, e);
    match e {
        AccountError::NameEmpty
        | AccountError::NameTooLong { .. }
        | AccountError::NameHasControl
        | AccountError::PinTooShort { .. }
        | AccountError::PinTooLong { .. }
        | AccountError::PinNotDigits
        | AccountError::PinWeak(_) => CliFailure::usage(message),
        AccountError::Store(e) => store_failure(tr, e),
        _ => CliFailure::could_not(message),
    }
}

fn write_line(tr: Tr<'_>, out: &mut dyn Write, line: &str) -> Outcome {
    writeln!(out, "{line}").map_err(|e| {
        CliFailure::could_not(tr.args("staff-error-output", &[("detail", e.to_string().into())]))
    })
}
