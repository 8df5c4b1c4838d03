//! Renders each sample slip to PDF, rasterises the PDF with hayro (pure
//! Rust), finds and decodes the QR code with rqrr, and checks the page size
//! read back from the PDF.

mod slip_samples;

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings, render};
use sosta::slip::{Slip, SlipFormat, render_pdf};

const PT_PER_MM: f64 = 72.0 / 25.4;
/// Raster scale: 3 px per pt = 216 dpi, a little above the printer's 203.
const SCALE: f32 = 3.0;

/// Page size in mm read from the PDF's media box, and the decoded QR text.
fn page_size_and_qr(pdf_bytes: Vec<u8>) -> ((f64, f64), Vec<String>) {
    let pdf = Pdf::new(pdf_bytes).expect("hayro parses the PDF");
    let pages = pdf.pages();
    assert_eq!(pages.len(), 1, "one page");
    let page = &pages[0];
    let mb = page.media_box();
    let size = ((mb.x1 - mb.x0) / PT_PER_MM, (mb.y1 - mb.y0) / PT_PER_MM);
    let pix = render(
        page,
        &RenderCache::new(),
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &PixmapSettings {
            x_scale: SCALE,
            y_scale: SCALE,
            bg_color: WHITE,
        },
    );
    let (w, h) = (pix.width() as usize, pix.height() as usize);
    let rgba = pix.data_as_u8_slice();
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        let i = (y * w + x) * 4;
        // Opaque white background: premultiplied == straight.
        ((rgba[i] as u16 * 3 + rgba[i + 1] as u16 * 6 + rgba[i + 2] as u16) / 10) as u8
    });
    let texts = img
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, s)| s))
        .collect();
    (size, texts)
}

fn check(name: &str, slip: &Slip, format: SlipFormat) {
    let bytes = render_pdf(slip, format).unwrap_or_else(|e| panic!("{name} {format}: {e}"));
    let ((w, h), texts) = page_size_and_qr(bytes);
    let want_w = format.page_width_mm() as f64;
    assert!(
        (w - want_w).abs() < 0.05,
        "{name} {format}: width {w} mm, want {want_w}"
    );
    match format.page_height_mm() {
        Some(want_h) => assert!(
            (h - want_h as f64).abs() < 0.05,
            "{name} {format}: height {h}"
        ),
        None => assert!(h > 60.0 && h < 400.0, "{name} {format}: height {h}"),
    }
    assert_eq!(
        texts,
        vec![slip.payload.clone()],
        "{name} {format}: decoded QR"
    );
}

macro_rules! cases {
    ($($test:ident: $slip:ident, $format:ident;)*) => {$(
        #[test]
        fn $test() {
            check(stringify!($slip), &slip_samples::$slip(), SlipFormat::$format);
        }
    )*};
}

cases! {
    italian_receipt80: italian, Receipt80;
    italian_receipt58: italian, Receipt58;
    italian_a6: italian, A6;
    arabic_receipt80: arabic, Receipt80;
    arabic_receipt58: arabic, Receipt58;
    arabic_a6: arabic, A6;
    urdu_receipt80: urdu, Receipt80;
    urdu_receipt58: urdu, Receipt58;
    urdu_a6: urdu, A6;
    punjabi_receipt80: punjabi, Receipt80;
    punjabi_receipt58: punjabi, Receipt58;
    punjabi_a6: punjabi, A6;
}
