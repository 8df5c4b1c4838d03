//! Layout -> a 1-bit raster for receipt printers spoken to in ESC/POS: their own fonts
//! cannot draw Gurmukhi, Arabic or Urdu, so the slip goes as an image. Glyphs are the
//! bundled fonts' outlines at their shaped positions, icons the same stroked paths as in
//! the PDF, both filled by tiny-skia and thresholded; QR modules and rules are set dot by
//! dot, so a module is a whole number of dots and its edges stay sharp for the scanner.

use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};
use tiny_skia::{
    Color, FillRule, LineCap, LineJoin, Paint, Path, PathBuilder, Pixmap, Stroke, Transform,
};

use super::SlipError;
use super::icons;
use super::layout::{Item, Layout, QrItem, RuleItem, TextItem};
use super::qr::{DOT_MM, QUIET};
use super::text::{Fonts, PT_TO_MM};

/// Thickness of a rule, as in the PDF.
const RULE_MM: f32 = 0.25;
/// Coverage (of 255) from which an anti-aliased pixel prints black: half a dot.
const THRESHOLD: u8 = 128;

/// A black-and-white image, rows from the top, each row `bytes_per_row` bytes with the
/// leftmost dot in the highest bit (the order of ESC/POS raster images); 1 is black.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raster {
    pub width: u32,
    pub height: u32,
    pub bits: Vec<u8>,
}

impl Raster {
    /// An all-white raster.
    pub fn new(width: u32, height: u32) -> Raster {
        let bytes = width.div_ceil(8) as usize * height as usize;
        Raster {
            width,
            height,
            bits: vec![0; bytes],
        }
    }

    pub fn bytes_per_row(&self) -> usize {
        self.width.div_ceil(8) as usize
    }

    pub fn row(&self, y: u32) -> &[u8] {
        let n = self.bytes_per_row();
        let start = y as usize * n;
        self.bits.get(start..start + n).unwrap_or(&[])
    }

    pub fn is_black(&self, x: u32, y: u32) -> bool {
        x < self.width && y < self.height && self.row(y)[(x / 8) as usize] & (0x80 >> (x % 8)) != 0
    }

    /// Sets one dot; dots outside the raster are ignored (clipped).
    pub fn set(&mut self, x: i64, y: i64, black: bool) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let at = y as usize * self.bytes_per_row() + (x / 8) as usize;
        let bit = 0x80u8 >> (x % 8);
        if black {
            self.bits[at] |= bit;
        } else {
            self.bits[at] &= !bit;
        }
    }

    /// Sets a rectangle of dots, clipped to the raster.
    pub fn fill(&mut self, x: i64, y: i64, w: i64, h: i64, black: bool) {
        for row in y.max(0)..(y + h).min(i64::from(self.height)) {
            for col in x.max(0)..(x + w).min(i64::from(self.width)) {
                self.set(col, row, black);
            }
        }
    }

    /// Black dots in a rectangle (clipped): how much ink a region holds.
    pub fn ink(&self, x: u32, y: u32, w: u32, h: u32) -> usize {
        (y..(y + h).min(self.height))
            .flat_map(|row| (x..(x + w).min(self.width)).map(move |col| (col, row)))
            .filter(|&(col, row)| self.is_black(col, row))
            .count()
    }
}

/// How layout millimetres map to dots: the format's printable width spans the raster.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Dots per millimetre.
    pub dots_per_mm: f32,
    /// The layout's x (mm) that lands on the raster's first column.
    pub left_mm: f32,
}

impl Scale {
    pub fn of(layout: &Layout, dots: u32) -> Scale {
        let printable = layout.format.printable_width_mm();
        Scale {
            dots_per_mm: dots as f32 / printable,
            left_mm: (layout.width_mm - printable) / 2.0,
        }
    }

    pub fn x(self, mm: f32) -> f32 {
        (mm - self.left_mm) * self.dots_per_mm
    }

    pub fn y(self, mm: f32) -> f32 {
        mm * self.dots_per_mm
    }
}

/// Draws a laid-out slip into a raster exactly `dots` wide, as tall as the page.
pub fn render(layout: &Layout, dots: u32) -> Result<Raster, SlipError> {
    let scale = Scale::of(layout, dots);
    let height = scale.y(layout.height_mm).ceil().max(1.0) as u32;
    let mut pixmap = Pixmap::new(dots.max(1), height).ok_or_else(|| {
        SlipError::Raster(format!("a {dots} x {height} dot image cannot be made"))
    })?;
    let mut paint = Paint::default();
    paint.set_color(Color::BLACK);
    paint.anti_alias = true;

    let fonts = Fonts::load()?;
    for item in &layout.items {
        match item {
            Item::Text(text) => draw_text(&mut pixmap, &paint, &fonts, scale, text),
            Item::Icon(icon) => {
                let unit = icon.size_mm / icons::VIEW;
                let stroke = Stroke {
                    width: icons::STROKE * unit * scale.dots_per_mm,
                    line_cap: LineCap::Round,
                    line_join: LineJoin::Round,
                    ..Stroke::default()
                };
                for sub in icons::subpaths(&icon.name)? {
                    let point = |p: &icons::IconPoint| {
                        (
                            scale.x(icon.x_mm + p.x * unit),
                            scale.y(icon.y_mm + p.y * unit),
                        )
                    };
                    if let Some(path) = icon_path(&sub, point) {
                        pixmap.stroke_path(&path, &paint, &stroke, Transform::identity(), None);
                    }
                }
            }
            Item::Qr(_) | Item::Rule(_) => {}
        }
    }

    let mut raster = Raster::new(dots, height);
    let stride = dots as usize;
    for (i, pixel) in pixmap.pixels().iter().enumerate() {
        if pixel.alpha() >= THRESHOLD {
            raster.set((i % stride) as i64, (i / stride) as i64, true);
        }
    }
    // Set last, on whole dots: nothing anti-aliased may blur a module's edge.
    for item in &layout.items {
        match item {
            Item::Rule(rule) => draw_rule(&mut raster, scale, rule),
            Item::Qr(qr) => draw_qr(&mut raster, scale, qr),
            Item::Text(_) | Item::Icon(_) => {}
        }
    }
    Ok(raster)
}

/// A module's size in dots: the layout's own at 203 dpi, scaled when the printer has
/// another density, never less than one dot.
pub fn module_dots(qr: &QrItem, scale: Scale) -> u32 {
    ((qr.dots as f32 * DOT_MM * scale.dots_per_mm).round() as u32).max(1)
}

fn draw_qr(raster: &mut Raster, scale: Scale, qr: &QrItem) {
    let module = i64::from(module_dots(qr, scale));
    let total = qr.matrix.total_modules() as i64 * module;
    // Centred on the layout's centre, in whole dots.
    let centre = scale.x(qr.x_mm + qr.size_mm() / 2.0);
    let left = (centre - total as f32 / 2.0).round() as i64;
    let top = scale.y(qr.y_mm).round() as i64;
    // The quiet zone is white whatever was drawn near it.
    raster.fill(left, top, total, total, false);
    let quiet = QUIET as i64 * module;
    for &(row, col, len) in &qr.matrix.runs {
        raster.fill(
            left + quiet + i64::from(col) * module,
            top + quiet + i64::from(row) * module,
            i64::from(len) * module,
            module,
            true,
        );
    }
}

fn draw_rule(raster: &mut Raster, scale: Scale, rule: &RuleItem) {
    let thickness = (RULE_MM * scale.dots_per_mm).round().max(1.0) as i64;
    let top = (scale.y(rule.y_mm) - thickness as f32 / 2.0).round() as i64;
    let left = scale.x(rule.x_mm).round() as i64;
    let right = scale.x(rule.x_mm + rule.width_mm).round() as i64;
    raster.fill(left, top, right - left, thickness, true);
}

/// A Tabler subpath as a tiny-skia path in dots: points marked `ctrl` come in pairs before
/// the end point of a cubic Bézier, as the PDF draws them.
fn icon_path(
    sub: &icons::SubPath,
    point: impl Fn(&icons::IconPoint) -> (f32, f32),
) -> Option<Path> {
    let mut builder = PathBuilder::new();
    let mut points = sub.points.iter();
    let (x, y) = point(points.next()?);
    builder.move_to(x, y);
    while let Some(p) = points.next() {
        if p.ctrl {
            let c1 = point(p);
            let c2 = point(points.next()?);
            let end = point(points.next()?);
            builder.cubic_to(c1.0, c1.1, c2.0, c2.1, end.0, end.1);
        } else {
            let (x, y) = point(p);
            builder.line_to(x, y);
        }
    }
    if sub.closed {
        builder.close();
    }
    builder.finish()
}

fn draw_text(pixmap: &mut Pixmap, paint: &Paint, fonts: &Fonts, scale: Scale, text: &TextItem) {
    for glyph in &text.glyphs {
        let face = fonts.face(glyph.font);
        let size_mm = text.size_pt * glyph.font.scale() * PT_TO_MM;
        let unit = size_mm / face.units_per_em() as f32 * scale.dots_per_mm;
        let mut outline = Outline {
            builder: PathBuilder::new(),
            x0: scale.x(text.x_mm + glyph.x_mm),
            y0: scale.y(text.baseline_mm + glyph.y_mm),
            unit,
        };
        // A space or a mark without contours has no outline: nothing to fill.
        if face
            .outline_glyph(GlyphId(glyph.gid), &mut outline)
            .is_none()
        {
            continue;
        }
        if let Some(path) = outline.builder.finish() {
            pixmap.fill_path(&path, paint, FillRule::Winding, Transform::identity(), None);
        }
    }
}

/// A glyph's outline (font units, y up) turned into dots on the page (y down).
struct Outline {
    builder: PathBuilder,
    x0: f32,
    y0: f32,
    unit: f32,
}

impl Outline {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x0 + x * self.unit, self.y0 - y * self.unit)
    }
}

impl OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.builder.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.builder.line_to(x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x, y) = self.at(x, y);
        self.builder.quad_to(x1, y1, x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x2, y2) = self.at(x2, y2);
        let (x, y) = self.at(x, y);
        self.builder.cubic_to(x1, y1, x2, y2, x, y);
    }

    fn close(&mut self) {
        self.builder.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slip::{Slip, SlipBooking, SlipFormat, layout};

    fn slip(lang: &str, rtl: bool, name: &str) -> Slip {
        Slip {
            site_name: "Sosta".into(),
            date: "25.11.2026".into(),
            rtl,
            lang: lang.into(),
            bookings: vec![SlipBooking {
                icon: "bath".into(),
                name: name.into(),
                name_it: "Doccia".into(),
                when: "10:30–11:00".into(),
                desk: "2".into(),
            }],
            short_code: "ABCD-EFGH".into(),
            payload: "S1CR20261125ABCDEFGHJKLMNPQRSTUVWXYZ2345678901".into(),
            instruction: "Doccia".into(),
            instruction_it: "Doccia".into(),
        }
    }

    #[test]
    fn the_raster_is_exactly_as_wide_as_the_printer_and_as_tall_as_the_page() {
        let l = layout(&slip("it", false, "Doccia"), SlipFormat::Receipt80).unwrap();
        let r = render(&l, 576).unwrap();
        assert_eq!(r.width, 576);
        assert_eq!(r.bytes_per_row(), 72);
        assert_eq!(r.height, (l.height_mm * 8.0).ceil() as u32);
        assert_eq!(r.bits.len(), 72 * r.height as usize);
        // A width that is not a whole number of bytes is padded with white.
        let r = render(&l, 570).unwrap();
        assert_eq!(r.bytes_per_row(), 72);
        assert!((0..r.height).all(|y| r.row(y)[71] & 0b11_1111 == 0));
    }

    #[test]
    fn qr_modules_are_whole_dots_with_sharp_edges() {
        let l = layout(&slip("it", false, "Doccia"), SlipFormat::Receipt80).unwrap();
        let qr = l.qr().unwrap().clone();
        let r = render(&l, 576).unwrap();
        let scale = Scale::of(&l, 576);
        let module = module_dots(&qr, scale) as i64;
        assert_eq!(
            module,
            i64::from(qr.dots),
            "at 203 dpi a module keeps its dots"
        );
        let total = qr.matrix.total_modules() as i64 * module;
        let left = (scale.x(qr.x_mm + qr.size_mm() / 2.0) - total as f32 / 2.0).round() as i64;
        let top = scale.y(qr.y_mm).round() as i64;
        let quiet = QUIET as i64 * module;
        let dark: std::collections::HashSet<(u16, u16)> = qr
            .matrix
            .runs
            .iter()
            .flat_map(|&(row, col, len)| (col..col + len).map(move |c| (row, c)))
            .collect();
        // Every dot of every module is the module's colour: no grey edge became a stray dot.
        for row in 0..qr.matrix.width as u16 {
            for col in 0..qr.matrix.width as u16 {
                let want = dark.contains(&(row, col));
                for dy in 0..module {
                    for dx in 0..module {
                        let x = left + quiet + i64::from(col) * module + dx;
                        let y = top + quiet + i64::from(row) * module + dy;
                        assert_eq!(
                            r.is_black(x as u32, y as u32),
                            want,
                            "module ({row}, {col}) dot ({dx}, {dy})"
                        );
                    }
                }
            }
        }
        // The quiet zone is white.
        assert_eq!(
            r.ink(left as u32, top as u32, total as u32, quiet as u32),
            0
        );
    }

    #[test]
    fn text_icons_and_rules_leave_ink_where_the_layout_puts_them() {
        let l = layout(&slip("pa", false, "ਨਹਾਉਣਾ"), SlipFormat::Receipt58).unwrap();
        let r = render(&l, 384).unwrap();
        let scale = Scale::of(&l, 384);
        for t in l.texts() {
            let top = scale.y(t.baseline_mm - t.ascent_mm).max(0.0) as u32;
            let bottom = scale.y(t.baseline_mm + t.descent_mm).ceil() as u32;
            let left = scale.x(t.x_mm).max(0.0) as u32;
            let width = scale.x(t.x_mm + t.width_mm).ceil() as u32 - left;
            assert!(
                r.ink(left, top, width, bottom - top) > 20,
                "ink for {} {:?}",
                t.role,
                t.text
            );
        }
        for item in &l.items {
            if let Item::Icon(i) = item {
                let (x, y) = (scale.x(i.x_mm) as u32, scale.y(i.y_mm) as u32);
                let size = (i.size_mm * scale.dots_per_mm) as u32;
                assert!(r.ink(x, y, size, size) > 50, "icon {}", i.name);
            }
            if let Item::Rule(rule) = item {
                let y = scale.y(rule.y_mm) as u32;
                let x = scale.x(rule.x_mm + rule.width_mm / 2.0) as u32;
                assert!(r.is_black(x, y) || r.is_black(x, y - 1), "rule at {y}");
            }
        }
        // And nothing outside the printable width was lost: the margins are blank.
        let blank_rows = (0..scale.y(2.0) as u32).all(|y| r.row(y).iter().all(|b| *b == 0));
        assert!(blank_rows, "the top margin is white");
    }
}
