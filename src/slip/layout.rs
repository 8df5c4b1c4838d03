//! Slip layout: everything positioned in mm from the page's top-left corner.

use std::fmt;

use super::icons;
use super::qr::{self, QrMatrix};
use super::text::{Dir, FontKind, Fonts, LineStyle, PlacedGlyph, ShapedLine, shape_line};
use super::{Slip, SlipError, SlipFormat};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

impl fmt::Display for Align {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Align::Left => "left",
            Align::Center => "center",
            Align::Right => "right",
        })
    }
}

/// One shaped line of text.
#[derive(Clone, Debug, PartialEq)]
pub struct TextItem {
    /// What the line shows: "site", "date", "name", "name_it", "when", "desk",
    /// "code", "instruction", "instruction_it" (wrapped lines repeat the role).
    pub role: &'static str,
    /// Logical text of the line.
    pub text: String,
    /// Left end of the line's pen (mm from the left edge).
    pub x_mm: f32,
    /// Baseline (mm from the top edge).
    pub baseline_mm: f32,
    pub width_mm: f32,
    pub ascent_mm: f32,
    pub descent_mm: f32,
    pub size_pt: f32,
    pub align: Align,
    /// Paragraph direction used for bidi.
    pub rtl: bool,
    /// Glyphs in visual order, positions relative to (`x_mm`, `baseline_mm`).
    pub glyphs: Vec<PlacedGlyph>,
    pub fonts: Vec<FontKind>,
}

/// A stroked icon in a square box.
#[derive(Clone, Debug, PartialEq)]
pub struct IconItem {
    pub name: String,
    pub x_mm: f32,
    pub y_mm: f32,
    pub size_mm: f32,
}

/// The QR code, with its quiet zone, in a square box.
#[derive(Clone, Debug, PartialEq)]
pub struct QrItem {
    /// Top-left of the quiet zone.
    pub x_mm: f32,
    pub y_mm: f32,
    pub module_mm: f32,
    /// Module size in 203-dpi printer dots.
    pub dots: u32,
    pub matrix: QrMatrix,
}

impl QrItem {
    pub fn size_mm(&self) -> f32 {
        self.matrix.total_modules() as f32 * self.module_mm
    }
}

/// A thin horizontal separator.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleItem {
    pub x_mm: f32,
    pub y_mm: f32,
    pub width_mm: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Text(TextItem),
    Icon(IconItem),
    Qr(QrItem),
    Rule(RuleItem),
}

/// A laid-out slip. `Display` gives a stable text form for snapshot tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub format: SlipFormat,
    pub width_mm: f32,
    pub height_mm: f32,
    pub items: Vec<Item>,
}

impl Layout {
    pub fn texts(&self) -> impl Iterator<Item = &TextItem> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }

    pub fn qr(&self) -> Option<&QrItem> {
        self.items.iter().find_map(|i| match i {
            Item::Qr(q) => Some(q),
            _ => None,
        })
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "slip {} page {:.2}x{:.2} mm",
            self.format, self.width_mm, self.height_mm
        )?;
        for item in &self.items {
            match item {
                Item::Text(t) => {
                    let fonts: Vec<&str> = t.fonts.iter().map(|k| k.name()).collect();
                    writeln!(
                        f,
                        "text {} x={:.2} y={:.2} w={:.2} size={:.1} align={} dir={} glyphs={} fonts={} {:?}",
                        t.role,
                        t.x_mm,
                        t.baseline_mm,
                        t.width_mm,
                        t.size_pt,
                        t.align,
                        if t.rtl { "rtl" } else { "ltr" },
                        t.glyphs.len(),
                        fonts.join(","),
                        t.text
                    )?;
                }
                Item::Icon(i) => writeln!(
                    f,
                    "icon {} x={:.2} y={:.2} size={:.2}",
                    i.name, i.x_mm, i.y_mm, i.size_mm
                )?,
                Item::Qr(q) => writeln!(
                    f,
                    "qr v{}-{} modules={}+2x{} module={:.3}mm ({} dots) x={:.2} y={:.2} size={:.2} runs={}",
                    q.matrix.version,
                    q.matrix.ec,
                    q.matrix.width,
                    qr::QUIET,
                    q.module_mm,
                    q.dots,
                    q.x_mm,
                    q.y_mm,
                    q.size_mm(),
                    q.matrix.runs.len()
                )?,
                Item::Rule(r) => writeln!(
                    f,
                    "rule x={:.2} y={:.2} w={:.2}",
                    r.x_mm, r.y_mm, r.width_mm
                )?,
            }
        }
        Ok(())
    }
}

/// Sizes per format (points for text, mm for the rest).
struct Params {
    margin_x: f32,
    margin_top: f32,
    margin_bottom: f32,
    site: f32,
    date: f32,
    name: f32,
    name_it: f32,
    when: f32,
    desk: f32,
    code: f32,
    instr: f32,
    instr_it: f32,
    icon: f32,
    gap: f32,
}

fn params(format: SlipFormat) -> Params {
    match format {
        SlipFormat::Receipt80 => Params {
            margin_x: 4.0,
            margin_top: 3.0,
            margin_bottom: 6.0,
            site: 13.0,
            date: 10.0,
            name: 12.0,
            name_it: 9.0,
            when: 13.0,
            desk: 10.0,
            code: 30.0,
            instr: 10.0,
            instr_it: 9.0,
            icon: 10.0,
            gap: 2.5,
        },
        SlipFormat::Receipt58 => Params {
            margin_x: 5.0,
            margin_top: 3.0,
            margin_bottom: 6.0,
            site: 11.0,
            date: 9.0,
            name: 10.0,
            name_it: 8.0,
            when: 11.0,
            desk: 9.0,
            code: 24.0,
            instr: 9.0,
            instr_it: 8.0,
            icon: 8.0,
            gap: 2.0,
        },
        SlipFormat::A6 => Params {
            margin_x: 8.0,
            margin_top: 8.0,
            margin_bottom: 8.0,
            site: 14.0,
            date: 10.0,
            name: 12.0,
            name_it: 9.0,
            when: 13.0,
            desk: 10.0,
            code: 30.0,
            instr: 10.0,
            instr_it: 9.0,
            icon: 10.0,
            gap: 2.5,
        },
    }
}

/// Shrinking below this fraction of the nominal size wraps instead.
const MIN_SHRINK: f32 = 0.8;
/// Extra space between lines, as a fraction of the line's size.
const LEADING: f32 = 0.1;

struct Ctx<'a> {
    fonts: Fonts,
    lang: &'a str,
}

impl Ctx<'_> {
    fn shape(&self, text: &str, size: f32, dir: Dir, field: &str) -> Result<ShapedLine, SlipError> {
        let lang = if field_is_visitor(field) {
            self.lang
        } else {
            "it"
        };
        shape_line(
            &self.fonts,
            text,
            LineStyle {
                size_pt: size,
                dir,
                lang,
            },
            field,
        )
    }

    /// Shapes `text` into lines no wider than `max_w`: shrinks a little,
    /// else wraps at spaces (then shrinks lines that are still too wide).
    fn fit(
        &self,
        text: &str,
        size: f32,
        dir: Dir,
        max_w: f32,
        field: &str,
    ) -> Result<Vec<(ShapedLine, f32, String)>, SlipError> {
        let text = clean(text);
        let line = self.shape(&text, size, dir, field)?;
        if line.width_mm <= max_w {
            return Ok(vec![(line, size, text)]);
        }
        let factor = max_w / line.width_mm;
        let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
        if factor >= MIN_SHRINK || words.len() < 2 {
            let s = size * factor * 0.999;
            return Ok(vec![(self.shape(&text, s, dir, field)?, s, text)]);
        }
        let mut lines = Vec::new();
        let mut cur = String::new();
        for w in words {
            let cand = if cur.is_empty() {
                w.to_string()
            } else {
                format!("{cur} {w}")
            };
            if cur.is_empty() || self.shape(&cand, size, dir, field)?.width_mm <= max_w {
                cur = cand;
            } else {
                lines.push(std::mem::replace(&mut cur, w.to_string()));
            }
        }
        if !cur.is_empty() {
            lines.push(cur);
        }
        let mut out = Vec::new();
        for l in lines {
            let shaped = self.shape(&l, size, dir, field)?;
            if shaped.width_mm <= max_w {
                out.push((shaped, size, l));
            } else {
                let s = size * max_w / shaped.width_mm * 0.999;
                out.push((self.shape(&l, s, dir, field)?, s, l));
            }
        }
        Ok(out)
    }
}

fn field_is_visitor(field: &str) -> bool {
    !field.ends_with("_it")
}

/// Control characters (newlines, tabs) become spaces: a slip line is one line.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Stacks lines from a top edge; returns the new top.
#[allow(clippy::too_many_arguments)]
fn push_lines(
    items: &mut Vec<Item>,
    lines: Vec<(ShapedLine, f32, String)>,
    role: &'static str,
    align: Align,
    x0: f32,
    w: f32,
    mut top: f32,
) -> f32 {
    for (line, size, text) in lines {
        let baseline = top + line.ascent_mm;
        let x = match align {
            Align::Left => x0,
            Align::Center => x0 + (w - line.width_mm) / 2.0,
            Align::Right => x0 + w - line.width_mm,
        };
        top = baseline + line.descent_mm + size * LEADING * super::text::PT_TO_MM;
        items.push(Item::Text(TextItem {
            role,
            text,
            x_mm: x,
            baseline_mm: baseline,
            width_mm: line.width_mm,
            ascent_mm: line.ascent_mm,
            descent_mm: line.descent_mm,
            size_pt: size,
            align,
            rtl: line.rtl,
            glyphs: line.glyphs,
            fonts: line.fonts,
        }));
    }
    top
}

fn shift(items: &mut [Item], dy: f32) {
    for it in items {
        match it {
            Item::Text(t) => t.baseline_mm += dy,
            Item::Icon(i) => i.y_mm += dy,
            Item::Qr(q) => q.y_mm += dy,
            Item::Rule(r) => r.y_mm += dy,
        }
    }
}

pub fn layout(slip: &Slip, format: SlipFormat) -> Result<Layout, SlipError> {
    let p = params(format);
    let ctx = Ctx {
        fonts: Fonts::load()?,
        lang: &slip.lang,
    };
    let page_w = format.page_width_mm();
    let x0 = p.margin_x;
    let w = page_w - 2.0 * p.margin_x;
    let rtl = slip.rtl;
    let start_align = if rtl { Align::Right } else { Align::Left };
    // Visitor-language lines: right-to-left paragraphs on RTL slips; times,
    // queue numbers and desks take the direction of their first strong letter
    // (so "10:30–11:00" stays as it is).
    let vis = if rtl { Dir::Rtl } else { Dir::Auto };
    let mut items = Vec::new();
    let mut y = p.margin_top;

    // Header.
    let l = ctx.fit(&slip.site_name, p.site, Dir::Auto, w, "site_name")?;
    y = push_lines(&mut items, l, "site", Align::Center, x0, w, y);
    let l = ctx.fit(&slip.date, p.date, vis, w, "date")?;
    y = push_lines(&mut items, l, "date", Align::Center, x0, w, y);
    y += p.gap * 0.5;
    items.push(Item::Rule(RuleItem {
        x_mm: x0,
        y_mm: y,
        width_mm: w,
    }));
    y += p.gap;

    // Bookings: icon at the start side, text column beside it.
    for (i, b) in slip.bookings.iter().enumerate() {
        icons::source(&b.icon)?;
        let col_w = w - p.icon - p.gap;
        let col_x = if rtl { x0 } else { x0 + p.icon + p.gap };
        let icon_x = if rtl { x0 + w - p.icon } else { x0 };
        items.push(Item::Icon(IconItem {
            name: b.icon.clone(),
            x_mm: icon_x,
            y_mm: y,
            size_mm: p.icon,
        }));
        let top = y;
        let f = |s: &str| format!("bookings[{i}].{s}");
        let l = ctx.fit(&b.name, p.name, vis, col_w, &f("name"))?;
        let mut ty = push_lines(&mut items, l, "name", start_align, col_x, col_w, y);
        if clean(&b.name_it) != clean(&b.name) && !b.name_it.trim().is_empty() {
            let l = ctx.fit(&b.name_it, p.name_it, Dir::Ltr, col_w, &f("name_it"))?;
            ty = push_lines(&mut items, l, "name_it", start_align, col_x, col_w, ty);
        }
        // Time / queue number at the start side, desk at the end side when
        // both fit on one line, else the desk goes under it.
        let when = ctx.fit(&b.when, p.when, Dir::Auto, col_w, &f("when"))?;
        // A discreet service's line is named by its desk already and has no desk of its own.
        let desk = if b.desk.trim().is_empty() {
            Vec::new()
        } else {
            ctx.fit(&b.desk, p.desk, Dir::Auto, col_w, &f("desk"))?
        };
        let one_line = when.len() == 1
            && desk.len() == 1
            && when[0].0.width_mm + desk[0].0.width_mm + 2.0 * p.gap <= col_w;
        if one_line {
            let when_top = ty;
            ty = push_lines(&mut items, when, "when", start_align, col_x, col_w, ty);
            // Share the baseline with the time.
            let base = match items.last() {
                Some(Item::Text(t)) => t.baseline_mm,
                _ => when_top,
            };
            let desk_top = base - desk[0].0.ascent_mm;
            let end_align = if rtl { Align::Left } else { Align::Right };
            let after = push_lines(&mut items, desk, "desk", end_align, col_x, col_w, desk_top);
            ty = ty.max(after);
        } else {
            ty = push_lines(&mut items, when, "when", start_align, col_x, col_w, ty);
            ty = push_lines(&mut items, desk, "desk", start_align, col_x, col_w, ty);
        }
        y = ty.max(top + p.icon) + p.gap;
    }
    if !slip.bookings.is_empty() {
        items.push(Item::Rule(RuleItem {
            x_mm: x0,
            y_mm: y - p.gap * 0.5,
            width_mm: w,
        }));
    }

    // Short code.
    let l = ctx.fit(&slip.short_code, p.code, Dir::Ltr, w, "short_code")?;
    y = push_lines(&mut items, l, "code", Align::Center, x0, w, y);
    y += p.gap * 0.5;

    // Instructions are laid out below a QR of unknown size, then shifted.
    let mut below = Vec::new();
    let mut by = p.gap * 0.5;
    let l = ctx.fit(&slip.instruction, p.instr, vis, w, "instruction")?;
    by = push_lines(&mut below, l, "instruction", start_align, x0, w, by);
    if clean(&slip.instruction_it) != clean(&slip.instruction)
        && !slip.instruction_it.trim().is_empty()
    {
        let l = ctx.fit(
            &slip.instruction_it,
            p.instr_it,
            Dir::Ltr,
            w,
            "instruction_it",
        )?;
        by = push_lines(&mut below, l, "instruction_it", Align::Left, x0, w, by);
    }

    // QR: largest whole-dot module that fits the width (and, on A6, the height left).
    let matrix = qr::encode(&slip.payload)?;
    let total = matrix.total_modules();
    let avail_h = match format.page_height_mm() {
        Some(h) => h - p.margin_bottom - y - by,
        None => f32::INFINITY,
    };
    let dots = qr::module_dots(total, w, avail_h).ok_or(SlipError::DoesNotFit {
        format,
        need_mm: total as f32 * qr::MIN_DOTS as f32 * qr::DOT_MM,
        avail_mm: avail_h.min(w),
    })?;
    let module = dots as f32 * qr::DOT_MM;
    let qr_size = total as f32 * module;
    items.push(Item::Qr(QrItem {
        x_mm: x0 + (w - qr_size) / 2.0,
        y_mm: y,
        module_mm: module,
        dots,
        matrix,
    }));
    y += qr_size;
    shift(&mut below, y);
    items.extend(below);
    y += by;

    let height = match format.page_height_mm() {
        Some(h) => h,
        None => y + p.margin_bottom,
    };
    Ok(Layout {
        format,
        width_mm: page_w,
        height_mm: height,
        items,
    })
}
