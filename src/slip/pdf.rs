//! Layout -> PDF with printpdf: glyph ids placed one by one (fonts embedded
//! and subset by printpdf), icons as stroked paths, QR runs as filled rects.

use std::collections::BTreeMap;

use printpdf::{
    Codepoint, FontId, Line, LineCapStyle, LineJoinStyle, LinePoint, Mm, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem as PdfText,
    TextMatrix,
};

use super::SlipError;
use super::icons;
use super::layout::{Item, Layout};
use super::text::{FontKind, PlacedGlyph};

pub(crate) const MM_TO_PT: f32 = 72.0 / 25.4;

pub fn render(layout: &Layout) -> Result<Vec<u8>, SlipError> {
    let mut doc = PdfDocument::new("Sosta");
    let page_h = layout.height_mm;
    let pt = |mm: f32| Pt(mm * MM_TO_PT);
    let point = |x_mm: f32, y_mm: f32| Point {
        x: pt(x_mm),
        y: pt(page_h - y_mm),
    };

    // Embed only the fonts the slip uses.
    let font_ids = embed_fonts(
        &mut doc,
        layout.texts().flat_map(|t| t.fonts.iter().copied()),
    )?;

    let mut ops = Vec::new();

    // Filled shapes: rules and QR modules.
    for item in &layout.items {
        match item {
            Item::Rule(r) => ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: pt(r.x_mm),
                    y: pt(page_h - r.y_mm - 0.125),
                    width: pt(r.width_mm),
                    height: pt(0.25),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            }),
            Item::Qr(q) => {
                let quiet = super::qr::QUIET as f32 * q.module_mm;
                for &(row, col, len) in &q.matrix.runs {
                    let x = q.x_mm + quiet + col as f32 * q.module_mm;
                    let y_top = q.y_mm + quiet + row as f32 * q.module_mm;
                    ops.push(Op::DrawRectangle {
                        rectangle: Rect {
                            x: pt(x),
                            y: pt(page_h - y_top - q.module_mm),
                            width: pt(len as f32 * q.module_mm),
                            height: pt(q.module_mm),
                            mode: Some(PaintMode::Fill),
                            winding_order: None,
                        },
                    });
                }
            }
            _ => {}
        }
    }

    // Icons: stroked paths.
    let mut stroke_set = false;
    for item in &layout.items {
        let Item::Icon(icon) = item else { continue };
        let scale = icon.size_mm / icons::VIEW;
        if !stroke_set {
            ops.push(Op::SaveGraphicsState);
            ops.push(Op::SetOutlineThickness {
                pt: pt(icons::STROKE * scale),
            });
            ops.push(Op::SetLineCapStyle {
                cap: LineCapStyle::Round,
            });
            ops.push(Op::SetLineJoinStyle {
                join: LineJoinStyle::Round,
            });
            stroke_set = true;
        }
        for sub in icons::subpaths(&icon.name)? {
            let points = sub
                .points
                .iter()
                .map(|p| LinePoint {
                    p: point(icon.x_mm + p.x * scale, icon.y_mm + p.y * scale),
                    bezier: p.ctrl,
                })
                .collect();
            ops.push(Op::DrawLine {
                line: Line {
                    points,
                    is_closed: sub.closed,
                },
            });
        }
    }
    if stroke_set {
        ops.push(Op::RestoreGraphicsState);
    }

    // Text: one glyph at a time at its shaped position.
    glyph_ops(
        &mut ops,
        &font_ids,
        page_h,
        layout.texts().map(|t| GlyphLine {
            x_mm: t.x_mm,
            baseline_mm: t.baseline_mm,
            size_pt: t.size_pt,
            glyphs: &t.glyphs,
        }),
    )?;

    let page = PdfPage::new(Mm(layout.width_mm), Mm(page_h), ops);
    let mut warnings = Vec::new();
    let bytes = doc
        .with_pages(vec![page])
        .save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.is_empty() {
        return Err(SlipError::Pdf(format!(
            "empty output; warnings: {warnings:?}"
        )));
    }
    Ok(deterministic_id(bytes))
}

/// Embeds each font once (subset by printpdf when saved), under fixed ids: printpdf's own
/// ids come from a process-wide counter, so the same document would differ byte for byte
/// between renders; fixed ids (their first six letters are the subset tag) do not.
pub(crate) fn embed_fonts(
    doc: &mut PdfDocument,
    used: impl IntoIterator<Item = FontKind>,
) -> Result<BTreeMap<FontKind, FontId>, SlipError> {
    let mut font_ids: BTreeMap<FontKind, FontId> = BTreeMap::new();
    for k in used {
        if font_ids.contains_key(&k) {
            continue;
        }
        let mut warnings = Vec::new();
        let parsed =
            ParsedFont::from_bytes(k.bytes(), 0, &mut warnings).ok_or_else(|| SlipError::Font {
                font: k.name(),
                reason: "printpdf could not parse it".into(),
            })?;
        let tag = ["SOSTAA", "SOSTAB", "SOSTAC", "SOSTAD"][k as usize];
        let id = FontId(format!("{tag}F{}", k as usize));
        doc.resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(parsed));
        font_ids.insert(k, id);
    }
    Ok(font_ids)
}

/// A shaped line where it goes on the page: mm from the left and top edges.
pub(crate) struct GlyphLine<'a> {
    pub x_mm: f32,
    pub baseline_mm: f32,
    pub size_pt: f32,
    pub glyphs: &'a [PlacedGlyph],
}

/// One text section placing every glyph of `lines` at its shaped position, each with the
/// text of its cluster for copying and searching.
pub(crate) fn glyph_ops<'a>(
    ops: &mut Vec<Op>,
    font_ids: &BTreeMap<FontKind, FontId>,
    page_h: f32,
    lines: impl IntoIterator<Item = GlyphLine<'a>>,
) -> Result<(), SlipError> {
    let pt = |mm: f32| Pt(mm * MM_TO_PT);
    ops.push(Op::StartTextSection);
    let mut current: Option<(FontKind, f32)> = None;
    for t in lines {
        for g in t.glyphs {
            let size = t.size_pt * g.font.scale();
            if current != Some((g.font, size)) {
                let id = font_ids.get(&g.font).ok_or_else(|| SlipError::Font {
                    font: g.font.name(),
                    reason: "used by a glyph but not listed in the line's fonts".into(),
                })?;
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(id.clone()),
                    size: Pt(size),
                });
                current = Some((g.font, size));
            }
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(
                    pt(t.x_mm + g.x_mm),
                    pt(page_h - (t.baseline_mm + g.y_mm)),
                ),
            });
            ops.push(Op::ShowText {
                items: vec![PdfText::GlyphIds(vec![Codepoint {
                    gid: g.gid,
                    offset: 0.0,
                    cid: if g.text.is_empty() {
                        None
                    } else {
                        Some(g.text.clone())
                    },
                }])],
            });
        }
    }
    ops.push(Op::EndTextSection);
    Ok(())
}

/// Replaces the trailer's `/ID[(…)(…)]` (two 32-character strings that
/// printpdf draws from a process-wide counter) with a hash of the document,
/// keeping the length so that no offset moves.
pub(crate) fn deterministic_id(mut bytes: Vec<u8>) -> Vec<u8> {
    let needle = b"/ID[(";
    let Some(start) = bytes
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|i| i + needle.len())
    else {
        return bytes;
    };
    // Expect "(32 chars)(32 chars)".
    let first = start..start + 32;
    let second = start + 34..start + 66;
    if bytes.len() < start + 67 || bytes[start + 32] != b')' || bytes[start + 33] != b'(' {
        return bytes;
    }
    let fnv = |seed: u64| {
        let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
        for &b in &bytes[..start] {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    };
    let hex: String = [fnv(1), fnv(2)]
        .iter()
        .map(|h| format!("{h:016X}"))
        .collect();
    bytes[first].copy_from_slice(hex.as_bytes());
    bytes[second].copy_from_slice(hex.as_bytes());
    bytes
}
