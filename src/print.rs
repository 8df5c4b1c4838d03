//! Printers: a slip's PDF sent to CUPS (`lp`), after asking CUPS (`lpstat`) whether the
//! queue is there and enabled; or a slip's raster sent straight to a receipt printer in
//! ESC/POS (`escpos`), through a device, a file or a TCP port. A leaf adapter: it knows
//! files, commands and sockets, not bookings.

mod escpos;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::config::EscPosTarget;
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

/// What CUPS says about a queue, for `sosta doctor`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueueState {
    /// `lpstat` could not be started: CUPS's tools are not installed.
    NoCups,
    /// CUPS has no queue of that name (its own words in `detail`).
    Missing { detail: String },
    Found {
        enabled: bool,
        accepting: bool,
        /// The queue's paper sizes (`PageSize` of `lpoptions -l`), when it lists them.
        page_sizes: Option<Vec<String>>,
    },
}

/// CUPS's default destination: `Ok(None)` when it has none, `Err` when `lpstat` cannot
/// be started.
pub fn default_queue() -> Result<Option<String>, std::io::Error> {
    let out = cups_command("lpstat").arg("-d").output()?;
    // "system default destination: SostaPDF", or "no system default destination".
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|line| line.split_once("destination:"))
        .map(|(_, name)| name.trim().to_owned())
        .filter(|name| !name.is_empty()))
}

/// Asks CUPS (`lpstat -p`, `lpstat -a`, `lpoptions -l`) how a queue is.
pub fn queue_state(name: &str) -> QueueState {
    let run = |program: &str, args: &[&str]| {
        cups_command(program).args(args).output().map(|out| {
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            (out.status.success(), text.trim().to_owned())
        })
    };
    let Ok((found, printers)) = run("lpstat", &["-p", name]) else {
        return QueueState::NoCups;
    };
    if !found {
        return QueueState::Missing { detail: printers };
    }
    let accepting = match run("lpstat", &["-a", name]) {
        Ok((true, text)) => !text.contains("not accepting"),
        _ => false,
    };
    let page_sizes = match run("lpoptions", &["-p", name, "-l"]) {
        Ok((true, text)) => page_sizes(&text),
        _ => None,
    };
    QueueState::Found {
        enabled: !printers.contains("disabled"),
        accepting,
        page_sizes,
    }
}

/// The paper sizes in `lpoptions -l` output: the `PageSize` (or `media`) line's choices,
/// without the `*` that marks the default.
fn page_sizes(options: &str) -> Option<Vec<String>> {
    options.lines().find_map(|line| {
        let (key, choices) = line.split_once(':')?;
        let key = key.split('/').next()?.trim();
        (key == "PageSize" || key == "media").then(|| {
            choices
                .split_whitespace()
                .map(|c| c.trim_start_matches('*').to_owned())
                .collect()
        })
    })
}

/// Whether a receipt printer can be written to now, without sending it anything: a
/// device or file that exists and this user may open for writing, or a TCP port that accepts a
/// connection within `timeout`.
pub fn escpos_reachable(target: &EscPosTarget, timeout: Duration) -> Result<(), PrinterError> {
    let printer = target.to_string();
    match target {
        EscPosTarget::Device(path) => {
            if !path.exists() {
                return Err(PrinterError::NoDevice {
                    printer,
                    detail: "no such file or device".into(),
                });
            }
            // Opened to append and closed at once: nothing is written or truncated.
            std::fs::OpenOptions::new()
                .append(true)
                .open(path)
                .map(drop)
                .map_err(|e| PrinterError::Denied {
                    printer,
                    detail: e.to_string(),
                })
        }
        EscPosTarget::Tcp { host, port } => {
            use std::net::ToSocketAddrs as _;
            let addresses = (host.trim_matches(['[', ']']), *port)
                .to_socket_addrs()
                .map_err(|e| PrinterError::NoDevice {
                    printer: printer.clone(),
                    detail: e.to_string(),
                })?;
            let mut last = None;
            for address in addresses {
                match std::net::TcpStream::connect_timeout(&address, timeout) {
                    Ok(_) => return Ok(()),
                    Err(e) => last = Some(e),
                }
            }
            Err(PrinterError::NoDevice {
                printer,
                detail: last.map_or_else(|| "no address".to_owned(), |e| e.to_string()),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_sizes_are_read_from_lpoptions() {
        let text = "PageSize/Media Size: Letter *A4 Custom.WIDTHxHEIGHT\n\
                    Resolution/Resolution: *300dpi\n";
        assert_eq!(
            page_sizes(text),
            Some(vec![
                "Letter".into(),
                "A4".into(),
                "Custom.WIDTHxHEIGHT".into()
            ])
        );
        assert_eq!(page_sizes("Resolution/Resolution: *300dpi"), None);
    }

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
