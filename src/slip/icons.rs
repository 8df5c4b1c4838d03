//! Tabler icons (MIT, see assets/icons/LICENSE), from the embedded table in
//! `crate::icons`, turned into stroked vector paths. Tabler outline icons are 24x24, stroke
//! width 2, round caps and joins, and made of `<path>` elements only (a few
//! older ones use `<circle>`, `<line>`, `<rect>`, `<polyline>`: handled too).

use svgtypes::{SimplePathSegment, SimplifyingPathParser};

use super::SlipError;

/// Icon coordinate space (viewBox 0 0 24 24) and stroke width in it.
pub const VIEW: f32 = 24.0;
pub const STROKE: f32 = 2.0;

/// One point of a subpath, in icon units (y down). `ctrl` marks the two
/// control points that precede the end point of a cubic Bézier.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IconPoint {
    pub x: f32,
    pub y: f32,
    pub ctrl: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct SubPath {
    pub points: Vec<IconPoint>,
    pub closed: bool,
}

/// The SVG of an icon from the table the kiosk shares (`crate::icons`).
pub fn source(name: &str) -> Result<&'static str, SlipError> {
    crate::icons::svg(name).ok_or_else(|| SlipError::IconNotFound(name.to_string()))
}

/// Parses an embedded icon into subpaths.
pub fn subpaths(name: &str) -> Result<Vec<SubPath>, SlipError> {
    let svg = source(name)?;
    let bad = |reason: String| SlipError::IconParse {
        name: name.to_string(),
        reason,
    };
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest
            .find('>')
            .ok_or_else(|| bad("unterminated tag".into()))?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        let elem: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '?' || *c == '!')
            .collect();
        let num = |a: &str| -> Result<f32, SlipError> {
            attr(tag, a)
                .ok_or_else(|| bad(format!("<{elem}> without {a}")))?
                .trim()
                .parse::<f32>()
                .map_err(|e| bad(format!("<{elem}> {a}: {e}")))
        };
        let d = match elem.as_str() {
            "path" => match attr(tag, "d") {
                Some(d) => d.to_string(),
                None => return Err(bad("<path> without d".into())),
            },
            "circle" => {
                let (cx, cy, r) = (num("cx")?, num("cy")?, num("r")?);
                format!(
                    "M{} {}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 {} 0z",
                    cx - r,
                    cy,
                    2.0 * r,
                    -2.0 * r
                )
            }
            "line" => format!(
                "M{} {}L{} {}",
                num("x1")?,
                num("y1")?,
                num("x2")?,
                num("y2")?
            ),
            "rect" => {
                let (x, y, w, h) = (num("x")?, num("y")?, num("width")?, num("height")?);
                format!("M{x} {y}h{w}v{h}h{}z", -w)
            }
            "polyline" | "polygon" => {
                let pts = attr(tag, "points").ok_or_else(|| bad("no points".into()))?;
                let z = if elem == "polygon" { "z" } else { "" };
                format!("M{pts}{z}")
            }
            "svg" | "/svg" | "?xml" | "!--" | "g" | "/g" => continue,
            other => return Err(bad(format!("unsupported element <{other}>"))),
        };
        // Tabler's invisible bounding box: `<path stroke="none" d="M0 0h24v24H0z" .../>`.
        if attr(tag, "stroke") == Some("none") {
            continue;
        }
        parse_d(&d, &mut out).map_err(bad)?;
    }
    if out.is_empty() {
        return Err(bad("no drawable element".into()));
    }
    Ok(out)
}

/// Value of attribute `name` in a tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut s = tag;
    loop {
        let i = s.find(name)?;
        let before_ok = i == 0 || s[..i].ends_with(|c: char| c.is_ascii_whitespace());
        let after = s[i + name.len()..].trim_start();
        if before_ok && let Some(after_eq) = after.strip_prefix('=') {
            let after_eq = after_eq.trim_start();
            let q = after_eq.chars().next()?;
            if q == '"' || q == '\'' {
                let body = &after_eq[1..];
                let end = body.find(q)?;
                return Some(&body[..end]);
            }
        }
        s = &s[i + name.len()..];
    }
}

fn parse_d(d: &str, out: &mut Vec<SubPath>) -> Result<(), String> {
    let mut cur = SubPath::default();
    let mut start = (0.0f32, 0.0f32);
    let mut last = (0.0f32, 0.0f32);
    let pt = |x: f64, y: f64, ctrl: bool| IconPoint {
        x: x as f32,
        y: y as f32,
        ctrl,
    };
    for seg in SimplifyingPathParser::from(d) {
        let seg = seg.map_err(|e| format!("path data: {e}"))?;
        // A drawing command right after a close starts at the subpath start.
        if !matches!(
            seg,
            SimplePathSegment::MoveTo { .. } | SimplePathSegment::ClosePath
        ) && cur.points.is_empty()
        {
            cur.points.push(IconPoint {
                x: start.0,
                y: start.1,
                ctrl: false,
            });
        }
        match seg {
            SimplePathSegment::MoveTo { x, y } => {
                if cur.points.len() > 1 {
                    out.push(std::mem::take(&mut cur));
                }
                cur = SubPath::default();
                cur.points.push(pt(x, y, false));
                start = (x as f32, y as f32);
                last = start;
            }
            SimplePathSegment::LineTo { x, y } => {
                cur.points.push(pt(x, y, false));
                last = (x as f32, y as f32);
            }
            SimplePathSegment::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => {
                cur.points.push(pt(x1, y1, true));
                cur.points.push(pt(x2, y2, true));
                cur.points.push(pt(x, y, false));
                last = (x as f32, y as f32);
            }
            SimplePathSegment::Quadratic { x1, y1, x, y } => {
                // Exact cubic form of a quadratic Bézier.
                let (x0, y0) = (last.0 as f64, last.1 as f64);
                let c1 = (x0 + 2.0 / 3.0 * (x1 - x0), y0 + 2.0 / 3.0 * (y1 - y0));
                let c2 = (x + 2.0 / 3.0 * (x1 - x), y + 2.0 / 3.0 * (y1 - y));
                cur.points.push(pt(c1.0, c1.1, true));
                cur.points.push(pt(c2.0, c2.1, true));
                cur.points.push(pt(x, y, false));
                last = (x as f32, y as f32);
            }
            SimplePathSegment::ClosePath => {
                if !cur.points.is_empty() {
                    cur.closed = true;
                    out.push(std::mem::take(&mut cur));
                }
                last = start;
            }
        }
    }
    if cur.points.len() > 1 {
        out.push(cur);
    } else if cur.points.len() == 1 {
        // A lone "M x y" draws a dot with round caps: keep it as a zero-length line.
        let p = cur.points[0];
        cur.points.push(p);
        out.push(cur);
    }
    Ok(())
}
