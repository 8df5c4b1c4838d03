//! Receipt printers spoken to directly in ESC/POS, for the cheap 80 mm and 58 mm printers
//! Debian has no CUPS driver for. The slip goes as a raster image (their built-in fonts
//! cannot draw Gurmukhi, Arabic or Urdu): `ESC @` to reset, the image in bands of
//! `GS v 0`, a few lines of feed to bring the slip past the cutter, a partial cut.
//!
//! Nothing here waits without a limit: the bytes are written by a worker thread that
//! reports each chunk, and the kiosk gives up when no chunk has gone for `timeout` (a
//! device that never takes a byte, a printer off the network). A worker stuck in the
//! kernel is left behind; the booking is already safe and the visitor is told to ask.

use std::fs::OpenOptions;
use std::io::{self, ErrorKind, Write};
use std::net::{Shutdown, TcpStream, ToSocketAddrs};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use super::PrinterError;
use crate::config::EscPosTarget;
use crate::slip::Raster;

/// How long a printer may take to accept the connection or the next chunk of a slip.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(5);
/// Rows of one `GS v 0` image: small enough for the input buffer of cheap printers.
pub const BAND_ROWS: u32 = 255;
/// Lines fed after the image so the slip's end clears the cutter.
pub const FEED_LINES: u8 = 4;
/// Bytes handed to the device or socket at a time; each one is a sign of life.
const CHUNK: usize = 4096;

const ESC: u8 = 0x1b;
const GS: u8 = 0x1d;

/// The ESC/POS bytes of a slip: reset, the image band by band, feed, partial cut.
pub fn encode(raster: &Raster) -> Vec<u8> {
    let row_bytes = raster.bytes_per_row();
    let mut out = Vec::with_capacity(raster.bits.len() + 64);
    out.extend_from_slice(&[ESC, b'@']);
    let mut y = 0;
    while y < raster.height {
        let rows = BAND_ROWS.min(raster.height - y);
        // GS v 0 m xL xH yL yH: m = 0 is normal density; x counts bytes, y rows.
        out.extend_from_slice(&[GS, b'v', b'0', 0]);
        out.extend_from_slice(&(row_bytes as u16).to_le_bytes());
        out.extend_from_slice(&(rows as u16).to_le_bytes());
        for row in y..y + rows {
            out.extend_from_slice(raster.row(row));
        }
        y += rows;
    }
    // ESC d n: print and feed n lines.
    out.extend_from_slice(&[ESC, b'd', FEED_LINES]);
    // GS V 66 n: feed to the cutter (n = 0 more) and cut, leaving a hinge.
    out.extend_from_slice(&[GS, b'V', 66, 0]);
    out
}

/// Sends a slip's raster to a receipt printer, each step given [`SEND_TIMEOUT`].
pub fn print_escpos(target: &EscPosTarget, raster: &Raster) -> Result<(), PrinterError> {
    send(target, &encode(raster), SEND_TIMEOUT)
}

/// What the worker says.
enum Progress {
    /// Connected or opened, or one more chunk written.
    Alive,
    Done,
    Failed(PrinterError),
}

/// Writes `bytes` to a device, a file or a TCP port, giving up when the printer takes
/// nothing for `timeout`.
pub fn send(target: &EscPosTarget, bytes: &[u8], timeout: Duration) -> Result<(), PrinterError> {
    let printer = target.to_string();
    let (tx, rx) = mpsc::channel();
    let worker_target = target.clone();
    let worker_printer = printer.clone();
    let bytes = bytes.to_vec();
    std::thread::Builder::new()
        .name("escpos".into())
        .spawn(move || {
            let result = write_to(&worker_target, &worker_printer, &bytes, timeout, &tx);
            // The receiver may have given up already; nobody is left to tell.
            let _ = tx.send(match result {
                Ok(()) => Progress::Done,
                Err(e) => Progress::Failed(e),
            });
        })
        .map_err(|e| PrinterError::WriteFailed {
            printer: printer.clone(),
            detail: format!("no thread to write with: {e}"),
        })?;
    loop {
        match rx.recv_timeout(timeout) {
            Ok(Progress::Alive) => continue,
            Ok(Progress::Done) => return Ok(()),
            Ok(Progress::Failed(e)) => return Err(e),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                return Err(PrinterError::Timeout {
                    printer,
                    after: timeout,
                });
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(PrinterError::WriteFailed {
                    printer,
                    detail: "the writer stopped without a word".into(),
                });
            }
        }
    }
}

fn write_to(
    target: &EscPosTarget,
    printer: &str,
    bytes: &[u8],
    timeout: Duration,
    alive: &mpsc::Sender<Progress>,
) -> Result<(), PrinterError> {
    let opening = |e: io::Error| opening_error(printer, e, timeout);
    let mut sink: Box<dyn Write> = match target {
        EscPosTarget::Device(path) => Box::new(open_device(path).map_err(opening)?),
        EscPosTarget::Tcp { host, port } => {
            let stream = connect(host, *port, timeout).map_err(opening)?;
            Box::new(SocketWriter(stream))
        }
    };
    let _ = alive.send(Progress::Alive);
    let writing = |e: io::Error| writing_error(printer, e, timeout);
    for chunk in bytes.chunks(CHUNK) {
        sink.write_all(chunk).map_err(writing)?;
        let _ = alive.send(Progress::Alive);
    }
    sink.flush().map_err(writing)
}

/// Opens a device or a file to add a slip to it. A path under `/dev` is never created:
/// an unplugged printer's node is missing, and a plain file in its place would swallow
/// every slip after it.
fn open_device(path: &Path) -> io::Result<std::fs::File> {
    let under_dev = path.starts_with("/dev");
    OpenOptions::new()
        .append(true)
        .create(!under_dev)
        .open(path)
}

/// Connects to the first address of `host` that answers within `timeout`.
fn connect(host: &str, port: u16, timeout: Duration) -> io::Result<TcpStream> {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let mut last = io::Error::new(ErrorKind::NotFound, "the name has no address");
    for address in (host, port).to_socket_addrs()? {
        match TcpStream::connect_timeout(&address, timeout) {
            Ok(stream) => {
                stream.set_write_timeout(Some(timeout))?;
                stream.set_nodelay(true)?;
                return Ok(stream);
            }
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// A socket that says it is finished when flushed, so the printer sees the slip's end.
struct SocketWriter(TcpStream);

impl Write for SocketWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()?;
        self.0.shutdown(Shutdown::Write)
    }
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock)
}

fn opening_error(printer: &str, e: io::Error, timeout: Duration) -> PrinterError {
    let printer = printer.to_owned();
    match e.kind() {
        _ if is_timeout(&e) => PrinterError::Timeout {
            printer,
            after: timeout,
        },
        ErrorKind::PermissionDenied => PrinterError::Denied {
            printer,
            detail: e.to_string(),
        },
        // Missing, refused, unreachable, a node with no printer behind it (ENXIO, ENODEV).
        _ => PrinterError::NoDevice {
            printer,
            detail: e.to_string(),
        },
    }
}

fn writing_error(printer: &str, e: io::Error, timeout: Duration) -> PrinterError {
    let printer = printer.to_owned();
    if is_timeout(&e) {
        PrinterError::Timeout {
            printer,
            after: timeout,
        }
    } else {
        PrinterError::WriteFailed {
            printer,
            detail: e.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checker(width: u32, height: u32) -> Raster {
        let mut r = Raster::new(width, height);
        for y in 0..height {
            for x in 0..width {
                r.set(i64::from(x), i64::from(y), (x + y) % 2 == 0);
            }
        }
        r
    }

    #[test]
    fn a_raster_is_reset_sent_in_bands_fed_and_cut() {
        let r = checker(576, 600);
        let bytes = encode(&r);
        assert_eq!(&bytes[..2], &[ESC, b'@']);
        let mut at = 2;
        let mut rows = 0;
        let mut bands = Vec::new();
        while bytes[at..].starts_with(&[GS, b'v', b'0', 0]) {
            let x = u16::from_le_bytes([bytes[at + 4], bytes[at + 5]]) as usize;
            let y = u16::from_le_bytes([bytes[at + 6], bytes[at + 7]]) as u32;
            assert_eq!(x, 72);
            at += 8;
            for row in rows..rows + y {
                assert_eq!(&bytes[at..at + x], r.row(row));
                at += x;
            }
            rows += y;
            bands.push(y);
        }
        assert_eq!(bands, vec![255, 255, 90]);
        assert_eq!(&bytes[at..], &[ESC, b'd', FEED_LINES, GS, b'V', 66, 0]);
    }

    #[test]
    fn a_missing_device_is_not_created_and_says_so_at_once() {
        let target = EscPosTarget::Device("/dev/sosta-test-no-such-printer".into());
        let started = std::time::Instant::now();
        let error = send(&target, b"x", SEND_TIMEOUT).unwrap_err();
        assert!(
            matches!(error, PrinterError::NoDevice { ref printer, .. } if printer == "/dev/sosta-test-no-such-printer"),
            "{error:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(1));
        assert!(!Path::new("/dev/sosta-test-no-such-printer").exists());
    }

    #[test]
    fn a_plain_file_collects_the_bytes_of_each_slip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("printer.bin");
        let target = EscPosTarget::Device(path.clone());
        send(&target, b"one", SEND_TIMEOUT).unwrap();
        send(&target, b"two", SEND_TIMEOUT).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"onetwo");
    }

    #[test]
    fn a_printer_that_takes_nothing_times_out() {
        // A listener that never reads: the kernel's buffers fill, then writes stall.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let target = EscPosTarget::Tcp {
            host: "127.0.0.1".into(),
            port,
        };
        let bytes = vec![0u8; 64 << 20];
        let after = Duration::from_millis(300);
        let started = std::time::Instant::now();
        let error = send(&target, &bytes, after).unwrap_err();
        assert!(matches!(error, PrinterError::Timeout { .. }), "{error:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
        assert_eq!(
            error.to_string(),
            format!("receipt printer tcp://127.0.0.1:{port} did not answer within 0.3 s")
        );
        drop(listener);
    }
}
