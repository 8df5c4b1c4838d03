//! Embedded fonts, font fallback, bidi + shaping.
//!
//! printpdf does not shape text, so every line goes through:
//! 1. `unicode-bidi`: split the line into directional runs, in visual order;
//! 2. script itemisation + font fallback inside each run (first font of the
//!    script's chain that has the glyph; neutral characters stick to the font
//!    of their neighbours);
//! 3. `rustybuzz`: shape each (direction, font) piece, with the text around it
//!    given as context so that Arabic joining survives font switches;
//! 4. the glyph ids are placed one by one with their advances and offsets.

use std::fmt;
use std::str::FromStr;

use rustybuzz::{Direction, Face, Language, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};
use unicode_script::{Script, UnicodeScript};

use super::SlipError;

/// One of the fonts embedded in the binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FontKind {
    /// Noto Sans: Latin (incl. ș ț ë ç), Greek, Cyrillic, digits, punctuation.
    Sans,
    /// Noto Naskh Arabic: Arabic (and Urdu fallback).
    Naskh,
    /// Noto Nastaliq Urdu: Urdu.
    Nastaliq,
    /// Noto Sans Gurmukhi: Punjabi.
    Gurmukhi,
}

impl FontKind {
    pub const ALL: [FontKind; 4] = [
        FontKind::Sans,
        FontKind::Naskh,
        FontKind::Nastaliq,
        FontKind::Gurmukhi,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FontKind::Sans => "NotoSans-Regular",
            FontKind::Naskh => "NotoNaskhArabic-Regular",
            FontKind::Nastaliq => "NotoNastaliqUrdu-Regular",
            FontKind::Gurmukhi => "NotoSansGurmukhi-Regular",
        }
    }

    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontKind::Sans => include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
            FontKind::Naskh => include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
            FontKind::Nastaliq => {
                include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Regular.ttf")
            }
            FontKind::Gurmukhi => {
                include_bytes!("../../assets/fonts/NotoSansGurmukhi-Regular.ttf")
            }
        }
    }

    /// Size multiplier applied to this font: Nastaliq draws small for its em
    /// (its em box holds the tall stacked forms), so it is set a bit larger.
    pub fn scale(self) -> f32 {
        match self {
            FontKind::Nastaliq | FontKind::Naskh => 1.15,
            _ => 1.0,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for FontKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The parsed faces (cheap to build: tables are read lazily).
pub struct Fonts {
    faces: [Face<'static>; 4],
}

impl Fonts {
    pub fn load() -> Result<Self, SlipError> {
        let face = |k: FontKind| {
            Face::from_slice(k.bytes(), 0).ok_or_else(|| SlipError::Font {
                font: k.name(),
                reason: "not a valid OpenType font".into(),
            })
        };
        Ok(Fonts {
            faces: [
                face(FontKind::Sans)?,
                face(FontKind::Naskh)?,
                face(FontKind::Nastaliq)?,
                face(FontKind::Gurmukhi)?,
            ],
        })
    }

    pub fn face(&self, k: FontKind) -> &Face<'static> {
        &self.faces[k.index()]
    }

    pub fn has_char(&self, k: FontKind, ch: char) -> bool {
        self.face(k).glyph_index(ch).is_some()
    }

    /// Ascent and descent (both positive, in em) of a font, from hhea.
    pub fn metrics_em(&self, k: FontKind) -> (f32, f32) {
        let f = self.face(k);
        let upem = f.units_per_em() as f32;
        (f.ascender() as f32 / upem, -(f.descender() as f32) / upem)
    }
}

/// A glyph placed on a line. Positions are in mm relative to the line's pen
/// start (left end of the line box) and baseline; y grows downwards.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedGlyph {
    pub font: FontKind,
    pub gid: u16,
    pub x_mm: f32,
    pub y_mm: f32,
    /// Text of the cluster this glyph starts (empty for the other glyphs of
    /// a cluster): used for the PDF's ToUnicode map (copy / search).
    pub text: String,
}

/// A shaped line: glyphs in visual order (left to right).
#[derive(Clone, Debug, PartialEq)]
pub struct ShapedLine {
    pub glyphs: Vec<PlacedGlyph>,
    pub width_mm: f32,
    /// Largest ascent / descent (mm) of the fonts used, scaled to the size.
    pub ascent_mm: f32,
    pub descent_mm: f32,
    /// Fonts used, in order of first use.
    pub fonts: Vec<FontKind>,
    /// Resolved paragraph direction.
    pub rtl: bool,
}

pub const PT_TO_MM: f32 = 25.4 / 72.0;

/// Characters that need no glyph of their own (joiners, bidi controls...).
pub(super) fn is_ignorable(ch: char) -> bool {
    matches!(ch,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

fn is_neutral(s: Script) -> bool {
    matches!(s, Script::Common | Script::Inherited | Script::Unknown)
}

/// Fallback chain for a script: the preferred font, then all others.
fn chain(script: Script, urdu: bool) -> [FontKind; 4] {
    use FontKind::*;
    match script {
        Script::Arabic if urdu => [Nastaliq, Naskh, Sans, Gurmukhi],
        Script::Arabic => [Naskh, Nastaliq, Sans, Gurmukhi],
        Script::Gurmukhi => [Gurmukhi, Sans, Naskh, Nastaliq],
        _ => [Sans, Naskh, Gurmukhi, Nastaliq],
    }
}

/// Paragraph direction of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
    /// From the first strong character; left-to-right if there is none.
    Auto,
}

impl Dir {
    /// Resolves `Auto` for `text`; true when right-to-left.
    pub fn is_rtl(self, text: &str) -> bool {
        match self {
            Dir::Ltr => false,
            Dir::Rtl => true,
            Dir::Auto => {
                let bidi = BidiInfo::new(text, None);
                bidi.paragraphs.first().is_some_and(|p| p.level.is_rtl())
            }
        }
    }
}

/// Hints for shaping a line.
#[derive(Clone, Copy, Debug)]
pub struct LineStyle<'a> {
    /// Point size.
    pub size_pt: f32,
    /// Paragraph direction.
    pub dir: Dir,
    /// BCP 47 language of the text ("it", "ar", "ur", "pa"...).
    pub lang: &'a str,
}

/// A piece of text with one direction and one font, in logical order.
struct Piece {
    start: usize,
    end: usize,
    font: FontKind,
    rtl: bool,
}

/// Shapes one line of text. `field` names the input for error messages.
pub fn shape_line(
    fonts: &Fonts,
    text: &str,
    style: LineStyle<'_>,
    field: &str,
) -> Result<ShapedLine, SlipError> {
    let urdu = style.lang.starts_with("ur");
    let para_rtl = style.dir.is_rtl(text);
    let para_level = if para_rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(text, Some(para_level));

    // Pieces in visual order.
    let mut pieces: Vec<Piece> = Vec::new();
    for para in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for run in runs {
            let Some(level) = levels.get(run.start) else {
                continue;
            };
            let rtl = level.is_rtl();
            let mut logical = split_by_font(fonts, text, run.start, run.end, urdu, field)?;
            for p in &mut logical {
                p.rtl = rtl;
            }
            if rtl {
                logical.reverse();
            }
            pieces.extend(logical);
        }
    }

    let lang = Language::from_str(if style.lang.is_empty() {
        "und"
    } else {
        style.lang
    })
    .ok();
    let mut glyphs = Vec::new();
    let mut pen = 0.0f32;
    let mut fonts_used: Vec<FontKind> = Vec::new();
    // Line extent: Noto Sans' ascent/descent at the line's size, grown to the
    // ink of the glyphs placed (Nastaliq's hhea values are far larger than
    // what a short line needs, while its stacked forms may exceed Sans').
    let (sa, sd) = fonts.metrics_em(FontKind::Sans);
    let (mut asc, mut desc) = (sa * style.size_pt * PT_TO_MM, sd * style.size_pt * PT_TO_MM);
    for p in &pieces {
        let face = fonts.face(p.font);
        let size_mm = style.size_pt * p.font.scale() * PT_TO_MM;
        let unit = size_mm / face.units_per_em() as f32;
        if !fonts_used.contains(&p.font) {
            fonts_used.push(p.font);
        }
        let slice = &text[p.start..p.end];
        let mut buf = UnicodeBuffer::new();
        buf.push_str(slice);
        buf.set_pre_context(&text[..p.start]);
        buf.set_post_context(&text[p.end..]);
        buf.set_direction(if p.rtl {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        });
        if let Some(l) = &lang {
            buf.set_language(l.clone());
        }
        buf.guess_segment_properties();
        let out = rustybuzz::shape(face, &[], buf);
        let infos = out.glyph_infos();
        let poss = out.glyph_positions();
        // Cluster boundaries (byte offsets into `slice`) to recover the text of
        // each cluster; glyphs come in visual order.
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let mut seen_clusters: Vec<usize> = Vec::new();
        for (info, pos) in infos.iter().zip(poss.iter()) {
            let cl = info.cluster as usize;
            let gid = u16::try_from(info.glyph_id).map_err(|_| SlipError::Font {
                font: p.font.name(),
                reason: format!("glyph id {} out of range", info.glyph_id),
            })?;
            let cl_end = starts
                .iter()
                .copied()
                .find(|&s| s > cl)
                .unwrap_or(slice.len());
            let cluster_text = slice.get(cl..cl_end).unwrap_or("");
            if gid == 0 && !cluster_text.chars().all(is_ignorable) {
                // Should not happen: coverage was checked per character.
                let ch = cluster_text
                    .chars()
                    .find(|c| !is_ignorable(*c))
                    .unwrap_or('\u{FFFD}');
                return Err(SlipError::MissingGlyph {
                    ch,
                    field: field.to_string(),
                    text: text.to_string(),
                });
            }
            let first = !seen_clusters.contains(&cl);
            if first {
                seen_clusters.push(cl);
            }
            let y_mm = -(pos.y_offset as f32) * unit;
            if let Some(bb) = face.glyph_bounding_box(rustybuzz::ttf_parser::GlyphId(gid)) {
                asc = asc.max(bb.y_max as f32 * unit - y_mm);
                desc = desc.max(-(bb.y_min as f32) * unit + y_mm);
            }
            glyphs.push(PlacedGlyph {
                font: p.font,
                gid,
                x_mm: pen + pos.x_offset as f32 * unit,
                y_mm,
                text: if first {
                    cluster_text.to_string()
                } else {
                    String::new()
                },
            });
            pen += pos.x_advance as f32 * unit;
        }
    }
    Ok(ShapedLine {
        glyphs,
        width_mm: pen,
        ascent_mm: asc,
        descent_mm: desc,
        fonts: fonts_used,
        rtl: para_rtl,
    })
}

/// Splits `text[start..end]` (one bidi run) into pieces of one font each,
/// in logical order. Errors on a character that no font covers.
fn split_by_font(
    fonts: &Fonts,
    text: &str,
    start: usize,
    end: usize,
    urdu: bool,
    field: &str,
) -> Result<Vec<Piece>, SlipError> {
    let run = &text[start..end];
    // Script of each char, neutrals resolved to the previous strong script
    // (or the next one at the start of the run).
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let mut scripts: Vec<Script> = chars.iter().map(|(_, c)| c.script()).collect();
    let mut last = None;
    for s in scripts.iter_mut() {
        if is_neutral(*s) {
            if let Some(l) = last {
                *s = l;
            }
        } else {
            last = Some(*s);
        }
    }
    let mut next = None;
    for s in scripts.iter_mut().rev() {
        if is_neutral(*s) {
            if let Some(n) = next {
                *s = n;
            }
        } else {
            next = Some(*s);
        }
    }

    let mut assigned: Vec<FontKind> = Vec::with_capacity(chars.len());
    let mut cur: Option<FontKind> = None;
    for (i, &(_, ch)) in chars.iter().enumerate() {
        let neutral = is_neutral(ch.script());
        let font = if is_ignorable(ch) {
            cur.unwrap_or(chain(scripts[i], urdu)[0])
        } else if let Some(c) = cur.filter(|&c| neutral && fonts.has_char(c, ch)) {
            c
        } else {
            match chain(scripts[i], urdu)
                .into_iter()
                .find(|&k| fonts.has_char(k, ch))
            {
                Some(k) => k,
                None => {
                    return Err(SlipError::MissingGlyph {
                        ch,
                        field: field.to_string(),
                        text: text.to_string(),
                    });
                }
            }
        };
        assigned.push(font);
        cur = Some(font);
    }
    // A space between two fonts is set in Noto Sans: the Arabic-script fonts'
    // spaces are narrow and their letters overhang, so "کمرہ 3" would touch.
    for i in 0..chars.len() {
        let ch = chars[i].1;
        if !ch.is_whitespace() || !fonts.has_char(FontKind::Sans, ch) {
            continue;
        }
        let prev = assigned[..i]
            .iter()
            .rev()
            .zip(chars[..i].iter().rev())
            .find(|(_, (_, c))| !c.is_whitespace())
            .map(|(f, _)| *f);
        let next = assigned[i + 1..]
            .iter()
            .zip(chars[i + 1..].iter())
            .find(|(_, (_, c))| !c.is_whitespace())
            .map(|(f, _)| *f);
        if prev != next || (next.is_none() && prev != Some(FontKind::Sans)) {
            assigned[i] = FontKind::Sans;
        }
    }
    let mut pieces: Vec<Piece> = Vec::new();
    for (&(off, ch), &font) in chars.iter().zip(assigned.iter()) {
        let abs = start + off;
        match pieces.last_mut() {
            Some(p) if p.font == font => p.end = abs + ch.len_utf8(),
            _ => pieces.push(Piece {
                start: abs,
                end: abs + ch.len_utf8(),
                font,
                rtl: false,
            }),
        }
    }
    Ok(pieces)
}
