//! Renders each sample slip to PDF, rasterises the PDF with hayro (pure
//! Rust), finds and decodes the QR code with rqrr, and checks the page size
//! read back from the PDF.

mod common;
mod slip_samples;

use common::page_size_and_qr;
use sosta::slip::{Slip, SlipFormat, render_pdf};

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
