//! Printed slip renderer: lays out a visitor's slip (site, date, bookings with
//! icons, short code, QR code, instructions) for an 80 mm or 58 mm thermal
//! receipt or an A6 sheet, and writes it as a PDF with embedded, subset fonts, or draws
//! it as a 1-bit raster for a receipt printer without a CUPS driver.
//!
//! Strings arrive already translated. Text is shaped here (bidi + rustybuzz),
//! since printpdf places glyph ids but does not shape.

mod icons;
mod layout;
mod pdf;
mod qr;
mod raster;
mod text;

use std::fmt;

pub use layout::{Align, IconItem, Item, Layout, QrItem, RuleItem, TextItem};
pub use raster::{Raster, Scale, module_dots};
pub use text::{FontKind, PlacedGlyph};
// The funders' report is drawn with the same fonts, shaping and glyph placement.
pub(crate) use pdf::{GlyphLine, MM_TO_PT, deterministic_id, embed_fonts, glyph_ops};
pub(crate) use text::{Dir, Fonts, LineStyle, ShapedLine, shape_line};

/// Paper format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlipFormat {
    /// 80 mm thermal roll, 72 mm printable, height from content.
    Receipt80,
    /// 58 mm thermal roll, 48 mm printable, height from content.
    Receipt58,
    /// A6 sheet, 105 x 148 mm.
    A6,
}

impl SlipFormat {
    pub const ALL: [SlipFormat; 3] = [SlipFormat::Receipt80, SlipFormat::Receipt58, SlipFormat::A6];

    /// Page width in mm.
    pub fn page_width_mm(self) -> f32 {
        match self {
            SlipFormat::Receipt80 => 80.0,
            SlipFormat::Receipt58 => 58.0,
            SlipFormat::A6 => 105.0,
        }
    }

    /// Fixed page height in mm (None: computed from the content).
    pub fn page_height_mm(self) -> Option<f32> {
        match self {
            SlipFormat::A6 => Some(148.0),
            _ => None,
        }
    }

    /// Printable (content) width in mm.
    pub fn printable_width_mm(self) -> f32 {
        match self {
            SlipFormat::Receipt80 => 72.0,
            SlipFormat::Receipt58 => 48.0,
            SlipFormat::A6 => 89.0,
        }
    }
}

impl fmt::Display for SlipFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// One booked service or queue place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlipBooking {
    /// Icon name: a file `assets/icons/<icon>.svg`.
    pub icon: String,
    /// Service name in the visitor's language.
    pub name: String,
    /// Service name in Italian, for staff (not printed when equal to `name`).
    pub name_it: String,
    /// "10:30–11:00" or "N. 12", already formatted.
    pub when: String,
    /// Desk / room, already translated.
    pub desk: String,
}

/// Everything printed on a slip; all strings already translated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slip {
    pub site_name: String,
    pub date: String,
    /// The visitor's language is written right-to-left (Arabic, Urdu).
    pub rtl: bool,
    /// BCP 47 code of the visitor's language ("it", "ar", "ur", "pa", "uk"...):
    /// picks Nastaliq for Urdu and language-specific shaping. May be empty.
    pub lang: String,
    pub bookings: Vec<SlipBooking>,
    /// "ABCD-EFGH".
    pub short_code: String,
    /// Exact QR text, `[0-9A-Z]+` (46 characters in Sosta).
    pub payload: String,
    /// One line of instructions in the visitor's language.
    pub instruction: String,
    /// The same in Italian.
    pub instruction_it: String,
}

/// Why a slip could not be laid out or rendered.
#[derive(Debug, thiserror::Error)]
pub enum SlipError {
    #[error("no embedded font has a glyph for {ch:?} (U+{cp:04X}) in {field}: {text:?}", cp = *ch as u32)]
    MissingGlyph {
        ch: char,
        field: String,
        text: String,
    },
    #[error("icon {0:?} not found (no assets/icons/{0}.svg in the embedded icon table)")]
    IconNotFound(String),
    #[error("icon {name:?} could not be parsed: {reason}")]
    IconParse { name: String, reason: String },
    #[error("QR payload {payload:?} is invalid: {reason}")]
    InvalidPayload { payload: String, reason: String },
    #[error("QR encoding failed: {0}")]
    Qr(String),
    #[error("font {font} could not be used: {reason}")]
    Font { font: &'static str, reason: String },
    #[error(
        "the slip does not fit on {format}: the QR code needs {need_mm:.1} mm of height, {avail_mm:.1} mm left"
    )]
    DoesNotFit {
        format: SlipFormat,
        need_mm: f32,
        avail_mm: f32,
    },
    #[error("PDF generation failed: {0}")]
    Pdf(String),
    #[error("the slip could not be drawn for a receipt printer: {0}")]
    Raster(String),
}

/// Lays the slip out: boxes in mm (origin top-left, y down) and shaped text.
/// The first character of `text` that none of the slip's fonts can draw (an emoji, a rare
/// symbol), if any: a service name with one would leave every slip of it unprinted.
pub fn unprintable(text: &str) -> Option<char> {
    let fonts = text::Fonts::load().ok()?;
    text.chars().find(|&ch| {
        !ch.is_whitespace()
            && !text::is_ignorable(ch)
            && !FontKind::ALL.iter().any(|&k| fonts.has_char(k, ch))
    })
}

pub fn layout(slip: &Slip, format: SlipFormat) -> Result<Layout, SlipError> {
    layout::layout(slip, format)
}

/// Lays the slip out and writes it as PDF bytes.
pub fn render_pdf(slip: &Slip, format: SlipFormat) -> Result<Vec<u8>, SlipError> {
    let l = layout::layout(slip, format)?;
    pdf::render(&l)
}

/// Draws an already computed layout as a 1-bit image exactly `dots` wide, for a receipt
/// printer spoken to in ESC/POS.
pub fn render_raster(layout: &Layout, dots: u32) -> Result<Raster, SlipError> {
    raster::render(layout, dots)
}

/// Writes an already computed layout as PDF bytes.
pub fn render_layout_pdf(layout: &Layout) -> Result<Vec<u8>, SlipError> {
    pdf::render(layout)
}
