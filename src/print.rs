//! Printers: a slip's PDF sent to CUPS (`lp`), after asking CUPS (`lpstat`) whether the
//! queue is there and enabled; or a slip's raster sent straight to a receipt printer in
//! ESC/POS (`escpos`), through a device, a file or a TCP port. A leaf adapter: it knows
//! files, commands and sockets, not bookings.

mod escpos;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::slip::SlipFormat;
use crate::store::StoreError;

pub use escpos::{SEND_TIMEOUT, encode, print_escpos, send};

/// Why a slip did not come out: drawing it, writing it to the spool, the printer, or
/// finding its visit.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the slip could not be drawn: {0}")]
    Slip(#[from] crate::slip::SlipError),
    #[error("the slip could not be written to {path}: {source}")]
    Spool {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Printer(#[from] PrinterError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no slip with the code {0}")]
    UnknownCode(String),
}

/// Why CUPS did not take a slip.
#[derive(Debug, thiserror::Error)]
pub enum PrinterError {
    #[error("the printing system (lp) could not be started: {0}")]
    NoCups(std::io::Error),
    #[error("printer {printer} is not there: {detail}")]
    Missing { printer: String, detail: String },
    #[error("printer {printer} is disabled: {detail}")]
    Disabled { printer: String, detail: String },
    #[error("printer {printer} refused the slip: {detail}")]
    Refused { printer: String, detail: String },
    #[error("receipt printer {printer} is not there: {detail}")]
    NoDevice { printer: String, detail: String },
    #[error("receipt printer {printer} may not be written to: {detail}")]
    Denied { printer: String, detail: String },
    #[error("receipt printer {printer} did not answer within {} s", .after.as_secs_f32())]
    Timeout { printer: String, after: Duration },
    #[error("the slip could not be sent to receipt printer {printer}: {detail}")]
    WriteFailed { printer: String, detail: String },
}

/// Sends a PDF to CUPS and returns the job id: to `queue`, or to CUPS's default
/// destination when it is `None`. The page size is the slip's own, so a thermal roll is
/// cut after the slip rather than after an A4 page.
pub fn print_pdf(
    queue: Option<&str>,
    path: &Path,
    format: SlipFormat,
    height_mm: f32,
) -> Result<String, PrinterError> {
    let printer = queue.unwrap_or("default").to_owned();
    let mut lp = cups_command("lp");
    if let Some(name) = queue {
        check_printer(name)?;
        lp.args(["-d", name]);
    }
    let size = format!(
        "PageSize=Custom.{:.0}x{:.0}mm",
        format.page_width_mm(),
        format.page_height_mm().unwrap_or(height_mm).ceil()
    );
    let out = lp
        .args(["-o", &size])
        .arg(path)
        .output()
        .map_err(PrinterError::NoCups)?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr).trim().to_owned();
    if !out.status.success() {
        return Err(PrinterError::Refused {
            printer,
            detail: stderr,
        });
    }
    // "request id is SostaPDF-12 (1 file(s))"
    stdout
        .split_whitespace()
        .skip_while(|w| *w != "is")
        .nth(1)
        .map(str::to_owned)
        .ok_or(PrinterError::Refused {
            printer,
            detail: stdout.trim().to_owned(),
        })
}

/// A CUPS command that speaks the C locale whatever the system's language, so its words
/// ("disabled", "request id is") are the ones parsed here.
fn cups_command(program: &str) -> Command {
    let mut command = Command::new(program);
    command
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .env("LANGUAGE", "C");
    command
}

/// Asks CUPS whether a queue exists and accepts jobs.
fn check_printer(name: &str) -> Result<(), PrinterError> {
    let out = cups_command("lpstat")
        .args(["-p", name])
        .output()
        .map_err(PrinterError::NoCups)?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
    .trim()
    .to_owned();
    if !out.status.success() {
        return Err(PrinterError::Missing {
            printer: name.to_owned(),
            detail: text,
        });
    }
    if text.contains("disabled") {
        return Err(PrinterError::Disabled {
            printer: name.to_owned(),
            detail: text,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cups_commands_run_in_the_c_locale() {
        let command = cups_command("lpstat");
        let envs: Vec<_> = command
            .get_envs()
            .map(|(k, v)| (k.to_owned(), v.map(|v| v.to_owned())))
            .collect();
        for key in ["LC_ALL", "LANG", "LANGUAGE"] {
            assert!(
                envs.contains(&(key.into(), Some("C".into()))),
                "{key} in {envs:?}"
            );
        }
    }
}
