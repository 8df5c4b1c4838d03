//! Receipt printers without a CUPS driver, without the hardware: slips are printed to a
//! file and to a local TCP listener, the ESC/POS byte stream is read back into an image
//! (reset, `GS v 0` bands, feed, cut), and the image is checked as a printer would show it:
//! its width in dots, its QR code read by rqrr, ink where the text is, and the same dots
//! as the slip's PDF.

mod common;
mod slip_samples;

use std::io::Read;
use std::net::TcpListener;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{Sosta, stderr, stdout};
use hayro::hayro_syntax::Pdf;
use sosta::config::EscPosTarget;
use sosta::print::{PrinterError, encode, send};
use sosta::slip::{Layout, Scale, Slip, SlipFormat, layout, render_layout_pdf, render_raster};

const MORNING: &str = "2026-11-25T08:30:00+01:00";

/// A slip as the printer would print it: dots, row by row.
struct Printed {
    width: u32,
    height: u32,
    black: Vec<bool>,
    bands: usize,
    fed_lines: u8,
}

impl Printed {
    fn is_black(&self, x: u32, y: u32) -> bool {
        x < self.width && y < self.height && self.black[(y * self.width + x) as usize]
    }

    /// Black dots in a rectangle, clipped to the image.
    fn ink(&self, x: u32, y: u32, w: u32, h: u32) -> usize {
        (y..(y + h).min(self.height))
            .flat_map(|row| (x..(x + w).min(self.width)).map(move |col| (col, row)))
            .filter(|&(col, row)| self.is_black(col, row))
            .count()
    }

    /// The QR codes rqrr finds and decodes.
    fn qr_texts(&self) -> Vec<String> {
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(
            self.width as usize,
            self.height as usize,
            |x, y| {
                if self.is_black(x as u32, y as u32) {
                    0
                } else {
                    255
                }
            },
        );
        image
            .detect_grids()
            .into_iter()
            .filter_map(|g| g.decode().ok().map(|(_, text)| text))
            .collect()
    }
}

/// Reads an ESC/POS stream as Sosta writes it, and nothing else: `ESC @`, one or more
/// `GS v 0` images of one width, `ESC d n`, `GS V 66 0`. `width_dots` is the printer's
/// width (a raster row holds whole bytes).
fn decode(bytes: &[u8], width_dots: u32) -> Printed {
    assert!(bytes.starts_with(&[0x1b, b'@']), "starts with ESC @");
    let mut at = 2;
    let mut rows: Vec<&[u8]> = Vec::new();
    let mut row_bytes = None;
    let mut bands = 0;
    while bytes[at..].starts_with(&[0x1d, b'v', b'0']) {
        assert_eq!(bytes[at + 3], 0, "normal density (m = 0)");
        let x = u16::from_le_bytes([bytes[at + 4], bytes[at + 5]]) as usize;
        let y = u16::from_le_bytes([bytes[at + 6], bytes[at + 7]]) as usize;
        assert!(y > 0 && y <= 1024, "a band of {y} rows");
        assert_eq!(*row_bytes.get_or_insert(x), x, "every band is as wide");
        at += 8;
        let band = &bytes[at..at + x * y];
        rows.extend(band.chunks(x));
        at += x * y;
        bands += 1;
    }
    assert!(bands > 0, "at least one raster image");
    let x = row_bytes.unwrap_or(0);
    assert_eq!(x, width_dots.div_ceil(8) as usize, "bytes per row");
    let tail = &bytes[at..];
    assert_eq!(tail.len(), 7, "only feed and cut after the image: {tail:?}");
    assert_eq!(&tail[..2], &[0x1b, b'd'], "ESC d n feeds");
    assert!(tail[2] >= 1, "feeds at least a line");
    assert_eq!(&tail[3..], &[0x1d, b'V', 66, 0], "GS V 66 0 cuts");
    let width = width_dots;
    let height = rows.len() as u32;
    let mut black = Vec::with_capacity((width * height) as usize);
    for row in &rows {
        for col in 0..width {
            black.push(row[(col / 8) as usize] & (0x80 >> (col % 8)) != 0);
        }
        // Padding dots right of the printer's width stay white.
        for col in width..(x as u32 * 8) {
            assert_eq!(row[(col / 8) as usize] & (0x80 >> (col % 8)), 0, "padding");
        }
    }
    Printed {
        width,
        height,
        black,
        bands,
        fed_lines: tail[2],
    }
}

fn printed_slip(slip: &Slip, format: SlipFormat, dots: u32) -> (Layout, Printed) {
    let l = layout(slip, format).unwrap();
    let raster = render_raster(&l, dots).unwrap();
    (l, decode(&encode(&raster), dots))
}

fn file_printer(sosta: &Sosta, extra: &str) -> std::path::PathBuf {
    let path = sosta.data_dir().join("receipt-printer.bin");
    sosta.settings(&format!(
        "[printer]\nescpos = \"{}\"\n{extra}",
        path.display()
    ));
    path
}

#[test]
fn a_booking_prints_to_a_file_printer_576_dots_wide_with_its_qr_code() {
    let sosta = Sosta::new();
    let path = file_printer(&sosta, "");
    let booked = sosta.json(MORNING, &["book", "shower", "--json"]);
    assert_eq!(booked["printed"], path.display().to_string(), "{booked}");
    let printed = decode(&std::fs::read(&path).unwrap(), 576);
    assert_eq!(printed.width, 576);
    assert!(printed.bands >= 2, "a slip is taller than one band");
    assert!(printed.fed_lines >= 3);
    assert_eq!(
        printed.qr_texts(),
        vec![booked["payload"].as_str().unwrap().to_owned()]
    );
}

#[test]
fn a_58_mm_roll_is_384_dots_wide_and_its_qr_code_reads() {
    let sosta = Sosta::new();
    let path = file_printer(&sosta, "format = \"receipt58\"\n");
    let booked = sosta.json(MORNING, &["book", "shower", "--json"]);
    let printed = decode(&std::fs::read(&path).unwrap(), 384);
    assert_eq!(printed.width, 384);
    assert_eq!(
        printed.qr_texts(),
        vec![booked["payload"].as_str().unwrap().to_owned()]
    );
}

#[test]
fn a_network_printer_receives_the_same_bytes_as_a_file_printer() {
    let sosta = Sosta::new();
    let path = file_printer(&sosta, "");
    let booked = sosta.json(MORNING, &["book", "shower", "--json"]);
    let code = booked["code"].as_str().unwrap();
    let to_file = std::fs::read(&path).unwrap();

    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let receiver = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap();
        bytes
    });
    sosta.settings(&format!("[printer]\nescpos = \"tcp://127.0.0.1:{port}\"\n"));
    let out = sosta.run(MORNING, &["slip", code]);
    assert!(out.status.success(), "{}", stderr(&out));
    let received = receiver.join().unwrap();
    assert_eq!(received.len(), to_file.len());
    assert!(received == to_file, "the same slip, byte for byte");
}

#[test]
fn punjabi_and_arabic_slips_leave_ink_in_their_text_rows() {
    for (name, slip) in [
        ("punjabi", slip_samples::punjabi()),
        ("arabic", slip_samples::arabic()),
        ("urdu", slip_samples::urdu()),
    ] {
        for (format, dots) in [(SlipFormat::Receipt80, 576), (SlipFormat::Receipt58, 384)] {
            let (l, printed) = printed_slip(&slip, format, dots);
            assert_eq!(printed.width, dots);
            let scale = Scale::of(&l, dots);
            for t in l.texts() {
                let top = scale.y(t.baseline_mm - t.ascent_mm).max(0.0) as u32;
                let bottom = scale.y(t.baseline_mm + t.descent_mm).ceil() as u32;
                let left = scale.x(t.x_mm).max(0.0) as u32;
                let right = scale.x(t.x_mm + t.width_mm).ceil() as u32;
                let ink = printed.ink(left, top, right - left, bottom - top);
                // At least a tenth of a dot of ink per dot of width: letters, not specks.
                assert!(
                    ink * 10 >= (right - left) as usize,
                    "{name} {format}: {} {:?} has {ink} dots of ink",
                    t.role,
                    t.text
                );
            }
            // The visitor's own script is on the slip, not only the Italian lines.
            assert!(l.texts().any(|t| t.role == "name" && !t.text.is_ascii()));
            assert_eq!(
                printed.qr_texts(),
                vec![slip.payload.clone()],
                "{name} {format}"
            );
        }
    }
}

/// The PDF page rendered by hayro at the raster's scale, cropped to the printable width:
/// the same slip as the visitor sees it on the screen's preview and a CUPS printer prints.
fn pdf_dots(l: &Layout, dots: u32) -> Vec<bool> {
    let pdf = Pdf::new(render_layout_pdf(l).unwrap()).unwrap();
    let page = &pdf.pages()[0];
    let scale = Scale::of(l, dots);
    let px_per_pt = scale.dots_per_mm * 25.4 / 72.0;
    let (w, h, rgba) = common::render_page(page, px_per_pt);
    let left = (scale.left_mm * scale.dots_per_mm).round() as usize;
    let height = (l.height_mm * scale.dots_per_mm).ceil() as usize;
    let mut out = Vec::with_capacity(dots as usize * height);
    for y in 0..height {
        for x in 0..dots as usize {
            let (px, py) = (x + left, y);
            let dark = px < w && py < h && rgba[(py * w + px) * 4 + 1] < 128;
            out.push(dark);
        }
    }
    out
}

#[test]
fn the_printed_dots_match_the_pdf_of_the_same_slip() {
    for (name, slip) in [
        ("italian", slip_samples::italian()),
        ("punjabi", slip_samples::punjabi()),
        ("arabic", slip_samples::arabic()),
        ("urdu", slip_samples::urdu()),
    ] {
        let (l, printed) = printed_slip(&slip, SlipFormat::Receipt80, 576);
        let pdf = pdf_dots(&l, 576);
        assert_eq!(pdf.len(), printed.black.len(), "{name}: same size");
        let both = pdf
            .iter()
            .zip(&printed.black)
            .filter(|(a, b)| **a && **b)
            .count();
        let either = pdf
            .iter()
            .zip(&printed.black)
            .filter(|(a, b)| **a || **b)
            .count();
        let overlap = both as f64 / either as f64;
        eprintln!("{name}: {both} of {either} black dots in both ({overlap:.3})");
        assert!(
            overlap > 0.85,
            "{name}: only {overlap:.3} of the black dots are black in both the PDF and the raster"
        );
        // The text's ink alone, outside the QR code and the icons, agrees too.
        let qr = l.qr().unwrap();
        let scale = Scale::of(&l, 576);
        let qr_top = scale.y(qr.y_mm) as usize;
        let qr_bottom = scale.y(qr.y_mm + qr.size_mm()).ceil() as usize;
        let text_rows = |dots: &[bool]| {
            dots.chunks(576)
                .enumerate()
                .filter(|(y, _)| *y < qr_top || *y > qr_bottom)
                .map(|(_, row)| row.iter().filter(|d| **d).count())
                .sum::<usize>()
        };
        let (a, b) = (text_rows(&pdf), text_rows(&printed.black));
        assert!(
            (a as f64 - b as f64).abs() < 0.15 * a as f64,
            "{name}: {a} dots of ink in the PDF's text, {b} in the raster's"
        );
    }
}

#[test]
fn a_printer_off_the_network_and_a_missing_device_are_said_at_once() {
    // A port nothing listens on any more.
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let target = EscPosTarget::Tcp {
        host: "127.0.0.1".into(),
        port,
    };
    let started = Instant::now();
    let error = send(&target, b"\x1b@", Duration::from_secs(5)).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        matches!(error, PrinterError::NoDevice { ref printer, .. } if *printer == format!("tcp://127.0.0.1:{port}")),
        "{error:?}"
    );
    assert!(error.to_string().starts_with(&format!(
        "receipt printer tcp://127.0.0.1:{port} is not there: "
    )));

    let missing = Path::new("/dev/usb/sosta-no-such-lp");
    let error = send(
        &EscPosTarget::Device(missing.into()),
        b"\x1b@",
        Duration::from_secs(5),
    )
    .unwrap_err();
    assert!(matches!(error, PrinterError::NoDevice { .. }), "{error:?}");
    assert!(!missing.exists(), "a device path is never created");
}

#[test]
fn a_printer_failure_keeps_the_booking_and_says_what_to_do() {
    let sosta = Sosta::new();
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    sosta.settings(&format!("[printer]\nescpos = \"tcp://127.0.0.1:{port}\"\n"));
    let out = sosta.run(MORNING, &["book", "shower", "--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let booked: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(booked["printed"], serde_json::Value::Null);
    let code = booked["code"].as_str().unwrap();
    let said = stderr(&out);
    assert!(
        said.contains(&format!("The printer tcp://127.0.0.1:{port} is not there.")),
        "{said}"
    );
    assert!(said.contains(&format!("sosta slip {code}")), "{said}");
    // The booking is there: its slip can be written again.
    let copy = sosta.data_dir().join("again.pdf");
    let out = sosta.run(MORNING, &["slip", code, "--out", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn bad_receipt_printer_settings_are_refused_naming_key_and_line() {
    let sosta = Sosta::new();
    for (settings, said) in [
        (
            "[printer]\nescpos = \"/dev/usb/lp0\"\ndots = 50\n",
            "line 3: dots = 50 is out of range. Allowed: 128 to 2048",
        ),
        (
            "[printer]\nescpos = \"usb0\"\n",
            "line 2: [printer] escpos = “usb0” is not a receipt printer.",
        ),
        (
            "[printer]\ndestination = \"SostaPDF\"\nescpos = \"/dev/usb/lp0\"\n",
            "line 3: [printer] has both escpos and destination: a slip goes to one printer.",
        ),
    ] {
        sosta.settings(settings);
        let out = sosta.run(MORNING, &["book", "shower"]);
        assert!(!out.status.success());
        assert!(stderr(&out).contains(said), "{}", stderr(&out));
    }
}
