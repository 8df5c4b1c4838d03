//! Renders a two-booking Arabic slip (layout + shaping + PDF with subset fonts).
//! `cargo bench --bench slip`

#[path = "../tests/slip_samples/mod.rs"]
mod slip_samples;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use sosta::slip::{SlipFormat, layout, render_pdf};

fn bench(c: &mut Criterion) {
    let slip = slip_samples::arabic();
    assert_eq!(slip.bookings.len(), 2);
    for format in [SlipFormat::Receipt80, SlipFormat::A6] {
        match render_pdf(&slip, format) {
            Ok(pdf) => println!("arabic {format}: PDF {} bytes", pdf.len()),
            Err(e) => panic!("render failed: {e}"),
        }
    }
    c.bench_function("layout_arabic_receipt80", |b| {
        b.iter(|| layout(black_box(&slip), SlipFormat::Receipt80))
    });
    c.bench_function("render_pdf_arabic_receipt80", |b| {
        b.iter(|| render_pdf(black_box(&slip), SlipFormat::Receipt80))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
