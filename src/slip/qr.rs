//! QR code: alphanumeric mode, EC level Q when it fits in the same version as
//! M (46 characters do: version 3), otherwise M. Dark modules are merged into
//! horizontal runs per row so the PDF gets few rectangles.

use qrcode::QrCode;
use qrcode::types::{Color, EcLevel};

use super::SlipError;

/// One printer dot at 203 dpi, in mm.
pub const DOT_MM: f32 = 25.4 / 203.0;
/// Quiet zone on each side, in modules.
pub const QUIET: usize = 4;
/// Smallest module: 4 dots = 0.5 mm.
pub const MIN_DOTS: u32 = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct QrMatrix {
    pub version: i16,
    pub ec: char,
    /// Modules per side, without the quiet zone.
    pub width: usize,
    /// Dark runs: (row, first column, length), in modules, without quiet zone.
    pub runs: Vec<(u16, u16, u16)>,
}

impl QrMatrix {
    /// Modules per side including the quiet zone.
    pub fn total_modules(&self) -> usize {
        self.width + 2 * QUIET
    }
}

pub fn encode(payload: &str) -> Result<QrMatrix, SlipError> {
    if payload.is_empty() {
        return Err(SlipError::InvalidPayload {
            payload: payload.to_string(),
            reason: "empty".into(),
        });
    }
    if let Some(c) = payload
        .chars()
        .find(|c| !(c.is_ascii_digit() || c.is_ascii_uppercase()))
    {
        return Err(SlipError::InvalidPayload {
            payload: payload.to_string(),
            reason: format!("character {c:?} is not in [0-9A-Z] (alphanumeric QR mode)"),
        });
    }
    let qr_err = |e: qrcode::types::QrError| SlipError::Qr(e.to_string());
    let m = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M).map_err(qr_err)?;
    let (code, ec) = match QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::Q) {
        Ok(q) if q.version() == m.version() => (q, 'Q'),
        _ => (m, 'M'),
    };
    let version = match code.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
    };
    let width = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    for (r, row) in colors.chunks(width).enumerate() {
        let mut c = 0;
        while c < width {
            if row[c] == Color::Dark {
                let start = c;
                while c < width && row[c] == Color::Dark {
                    c += 1;
                }
                runs.push((r as u16, start as u16, (c - start) as u16));
            } else {
                c += 1;
            }
        }
    }
    Ok(QrMatrix {
        version,
        ec,
        width,
        runs,
    })
}

/// Largest whole number of printer dots per module such that the code with
/// its quiet zone fits in `avail_w` x `avail_h` mm; None if below 4 dots.
pub fn module_dots(total_modules: usize, avail_w: f32, avail_h: f32) -> Option<u32> {
    let avail = avail_w.min(avail_h);
    let dots = (avail / (total_modules as f32 * DOT_MM) + 1e-4).floor();
    if dots >= MIN_DOTS as f32 {
        Some(dots as u32)
    } else {
        None
    }
}
