//! Errors and notable events, for whoever looks after the kiosk: to standard error in the
//! form journald reads (a `<N>` priority prefix, one line per event) and to a rotating file
//! `logs/sosta.log` in the data folder (owner-only, like everything there).
//!
//! No slip payload may reach a log: a payload is a ticket, and a log is read by more people
//! than the desk. Callers log short codes, never payloads or PINs, and every line is passed
//! through [`redact`] as well, so a payload that slips into an error message is masked.

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use log::{Level, LevelFilter, Log, Metadata, Record};

/// A log file is rotated when it grows past this size.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Rotated files kept besides the current one (`sosta.log.1` … `sosta.log.3`).
const KEEP_FILES: u32 = 3;

/// The log file inside a data folder.
pub fn file_in(data_dir: &Path) -> PathBuf {
    data_dir.join("logs").join("sosta.log")
}

struct Logger {
    file: Mutex<Option<LogFile>>,
}

struct LogFile {
    path: PathBuf,
    file: File,
    size: u64,
}

/// Starts logging to standard error and, when `data_dir` is given, to its log file. A log
/// file that cannot be opened is reported once on standard error; the program goes on.
/// Calling it again (tests open many apps in one process) changes nothing.
pub fn init(data_dir: Option<&Path>) {
    let file = data_dir.and_then(|dir| match LogFile::open(&file_in(dir)) {
        Ok(file) => Some(file),
        Err(e) => {
            eprintln!(
                "<4>sosta: cannot open the log file in {}: {e}",
                dir.display()
            );
            None
        }
    });
    let logger = Box::leak(Box::new(Logger {
        file: Mutex::new(file),
    }));
    if log::set_logger(logger).is_ok() {
        log::set_max_level(LevelFilter::Info);
    }
}

impl LogFile {
    fn open(path: &Path) -> std::io::Result<LogFile> {
        if let Some(dir) = path.parent() {
            crate::files::create_private_dir(dir)?;
        }
        let file = private_append(path)?;
        let size = file.metadata()?.len();
        Ok(LogFile {
            path: path.to_path_buf(),
            file,
            size,
        })
    }

    fn write_line(&mut self, line: &str) -> std::io::Result<()> {
        if self.size + line.len() as u64 > MAX_FILE_BYTES {
            self.rotate()?;
        }
        self.file.write_all(line.as_bytes())?;
        self.size += line.len() as u64;
        Ok(())
    }

    /// `sosta.log` becomes `sosta.log.1`, `.1` becomes `.2`, and the oldest is dropped.
    fn rotate(&mut self) -> std::io::Result<()> {
        let numbered = |n: u32| {
            let mut name = self.path.clone().into_os_string();
            name.push(format!(".{n}"));
            PathBuf::from(name)
        };
        for n in (1..KEEP_FILES).rev() {
            let from = numbered(n);
            if from.exists() {
                fs::rename(&from, numbered(n + 1))?;
            }
        }
        fs::rename(&self.path, numbered(1))?;
        self.file = private_append(&self.path)?;
        self.size = 0;
        Ok(())
    }
}

fn private_append(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

impl Log for Logger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= Level::Info
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let message = redact(&record.args().to_string()).replace('\n', " ");
        // The priorities of sd-daemon(3): journald reads them from the line's start.
        let priority = match record.level() {
            Level::Error => 3,
            Level::Warn => 4,
            Level::Info => 6,
            Level::Debug | Level::Trace => 7,
        };
        eprintln!("<{priority}>sosta: {message}");
        if let Ok(mut file) = self.file.lock()
            && let Some(file) = file.as_mut()
        {
            let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ");
            let level = record.level().as_str().to_lowercase();
            // A full disk must not stop the kiosk; standard error still has the line.
            let _ = file.write_line(&format!("{at} {level} {message}\n"));
        }
    }

    fn flush(&self) {
        if let Ok(mut file) = self.file.lock()
            && let Some(file) = file.as_mut()
        {
            let _ = file.file.flush();
        }
    }
}

/// Masks anything shaped like a slip payload (`S1` and a long run of its base32 letters).
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['S', 's']) {
        out.push_str(&rest[..at]);
        let candidate = &rest[at..];
        let run = candidate
            .char_indices()
            .skip(2)
            .find(|(_, c)| !c.is_ascii_alphanumeric())
            .map_or(candidate.len(), |(i, _)| i);
        let is_payload = candidate.len() >= 2 && candidate[1..].starts_with('1') && run >= 24;
        if is_payload {
            out.push_str("[slip]");
            rest = &candidate[run..];
        } else {
            out.push_str(&candidate[..1]);
            rest = &candidate[1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_are_masked_and_everything_else_is_kept() {
        let payload = "S106Q8ZK3M0T9W5YB7D2X4FN1HR6CE8VJAGP0SL3U6Z9K34";
        assert_eq!(
            redact(&format!("scan {payload} refused; code K7M2P9QX")),
            "scan [slip] refused; code K7M2P9QX"
        );
        assert_eq!(redact(&payload.to_lowercase()), "[slip]");
        assert_eq!(
            redact("Shower at S1 desk, Sosta"),
            "Shower at S1 desk, Sosta"
        );
        assert_eq!(redact("ends with S"), "ends with S");
        assert_eq!(redact(""), "");
    }

    #[test]
    fn the_file_rotates_and_keeps_three_old_ones() {
        let dir = tempfile::tempdir().unwrap();
        let path = file_in(dir.path());
        let mut file = LogFile::open(&path).unwrap();
        let line = format!("{}\n", "x".repeat(1023));
        for _ in 0..(5 * 1024) {
            file.write_line(&line).unwrap();
        }
        for n in 1..=3 {
            assert!(
                dir.path().join(format!("logs/sosta.log.{n}")).exists(),
                "{n}"
            );
        }
        assert!(!dir.path().join("logs/sosta.log.4").exists());
        assert!(fs::metadata(&path).unwrap().len() <= MAX_FILE_BYTES);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
