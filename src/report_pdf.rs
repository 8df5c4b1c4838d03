//! The funders' report as an A4 PDF in the coordinator's language: a title, the period in
//! words, what `<5` and `x` mean, then each table as a horizontal bar chart drawn as
//! vectors (grey bars with a black outline: it prints in black and white), and the queue
//! waits as a small table.
//!
//! Pure, in three steps as the slip is: [`words`] says everything in the language (labels
//! from the messages), [`layout`] places it on pages (bar lengths, columns, the density
//! that keeps a month on two pages), and [`pdf`] draws the pages with the slip's fonts,
//! shaping and glyph placement.
//!
//! **Small numbers stay hidden in the drawing too.** A bar's length is proportional to its
//! count only for a published count; a `<5` or an `x` is a hatched stub of one fixed
//! width, whatever the count behind it and whatever the table's scale ([`bar`]).

use chrono::{Datelike, Days, NaiveDate};
use printpdf::{
    Color, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfPage, PdfSaveOptions,
    Point, Pt, Rect,
};

use crate::domain::Status;
use crate::i18n::Tr;
use crate::messages;
use crate::report::{Report, Shown, Table};
use crate::slip::{
    Dir, Fonts, GlyphLine, LineStyle, MM_TO_PT, ShapedLine, SlipError, deterministic_id,
    embed_fonts, glyph_ops, shape_line,
};

/// Why the report could not be drawn (a character no bundled font has, printpdf failing).
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct ReportPdfError(#[from] SlipError);

/// The report as PDF bytes, in `tr`'s language, for the site named `site`.
pub fn render(report: &Report, tr: Tr<'_>, site: &str) -> Result<Vec<u8>, ReportPdfError> {
    let words = words(report, tr, site);
    let pages = layout(&words, &Fonts::load()?, &|page, pages| {
        tr.args(
            "report-page",
            &[("page", page.into()), ("pages", pages.into())],
        )
    })?;
    Ok(pdf(&pages)?)
}

// ---------------------------------------------------------------------------------------
// Words: the report said in one language.

/// Everything the report says, already in the coordinator's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    /// The language's tag, for shaping.
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    pub period: String,
    /// What `<5` and `x` mean.
    pub note: String,
    pub blocks: Vec<Block>,
}

/// One table of the report under its heading.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub heading: String,
    pub body: Body,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// One bar per row, then the total.
    Bars { rows: Vec<BarRow>, total: String },
    /// A table with nothing to draw: withheld whole, or all zeros.
    Note(String),
    /// A small table of text: a header and rows of the same number of cells.
    Grid {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub value: Shown,
    /// The value as printed: `12`, `<5`, `x`.
    pub shown: String,
}

/// A count as printed, kept left to right inside Arabic or Urdu text (`<5` would otherwise
/// be mirrored into `5>`).
fn shown(value: Shown, k: u64) -> String {
    let text = match value {
        Shown::Count(n) => n.to_string(),
        Shown::Small => format!("<{k}"),
        Shown::Withheld => "x".to_owned(),
    };
    format!("\u{2066}{text}\u{2069}")
}

/// The message `id`, or `None` when no language has it (`Tr::t` then gives the id back).
fn known(tr: Tr<'_>, id: &str) -> Option<String> {
    let text = tr.t(id);
    (text != id).then_some(text)
}

/// `report-table-visits-by-day`: a table's title. Tables added later (`age-band`,
/// `gender`…) get theirs the same way.
pub fn title_id(table: &str) -> String {
    format!("report-table-{table}")
}

/// `report-key-age-band-18-24`: a row's label in a table whose keys are codes.
pub fn key_id(table: &str, key: &str) -> String {
    format!("report-key-{table}-{key}")
}

/// "Lunedì" for "lunedì": labels start a line of their own.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A date (or a weekday) in the language's words, with chrono's strftime codes.
fn localized(tr: Tr<'_>, date: NaiveDate, format: &str) -> String {
    let locale =
        chrono::Locale::try_from(tr.t("language-locale").as_str()).unwrap_or(chrono::Locale::POSIX);
    let items: Vec<chrono::format::Item<'_>> =
        chrono::format::StrftimeItems::new_with_locale(format, locale).collect();
    if items.contains(&chrono::format::Item::Error) {
        return date.to_string();
    }
    date.format_localized_with_items(items.into_iter(), locale)
        .to_string()
}

/// A row's label: the key in the coordinator's words where the table says what it means.
fn label(tr: Tr<'_>, report: &Report, table: &str, key: &str) -> String {
    let service = |slug: &str| known(tr, &messages::service_id(slug));
    let text = match table {
        "visits-by-day" => NaiveDate::parse_from_str(key, "%Y-%m-%d").ok().map(|day| {
            // A month's days read with their weekday; a longer period needs the month.
            let same_month =
                report.from.year() == report.to.year() && report.from.month() == report.to.month();
            // Whole weekday names: some languages abbreviate them to one ambiguous letter.
            localized(tr, day, if same_month { "%A %-d" } else { "%-d %b %Y" })
        }),
        "visits-by-weekday" => key
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=7).contains(n))
            .and_then(|n| {
                // 2026-11-02 is a Monday: weekday n is n − 1 days later.
                let monday = NaiveDate::from_ymd_opt(2026, 11, 2)?;
                Some(localized(
                    tr,
                    monday.checked_add_days(Days::new(n - 1))?,
                    "%A",
                ))
            }),
        "visits-by-hour" => key
            .parse::<u32>()
            .ok()
            .filter(|h| *h < 24)
            .map(|h| format!("{h:02}:00")),
        "languages" => tr
            .translations()
            .has_locale(key)
            .then(|| tr.translations().lang(key).t("language-name")),
        "bookings" | "items" => service(key),
        _ if table.starts_with("outcomes:") => {
            Status::parse(key).map(|status| messages::status(tr, status))
        }
        _ => known(tr, &key_id(table, key)),
    };
    capitalised(&text.unwrap_or_else(|| key.to_owned()))
}

fn heading(tr: Tr<'_>, table: &str) -> String {
    match table.strip_prefix("outcomes:") {
        Some(slug) => {
            let service = known(tr, &messages::service_id(slug)).unwrap_or_else(|| slug.into());
            tr.args("report-table-outcomes", &[("service", service.into())])
        }
        None => known(tr, &title_id(table)).unwrap_or_else(|| table.to_owned()),
    }
}

fn block(tr: Tr<'_>, report: &Report, table: &Table) -> Block {
    let k = report.min_cell;
    let heading = heading(tr, &table.id);
    let body = if table.rows.is_empty() && table.total == Shown::Withheld {
        Body::Note(tr.t("report-withheld-table"))
    } else if table.total == Shown::Count(0)
        && table.rows.iter().all(|r| r.value == Shown::Count(0))
    {
        Body::Note(tr.t("report-nothing"))
    } else {
        // The hours the centre is closed are zeros before the first visit and after the last:
        // they would take half the chart and say nothing.
        let rows = match table.id.as_str() {
            "visits-by-hour" => {
                let open = |r: &&crate::report::Row| r.value != Shown::Count(0);
                let first = table.rows.iter().position(|r| open(&r)).unwrap_or(0);
                let last = table
                    .rows
                    .iter()
                    .rposition(|r| open(&r))
                    .map_or(0, |i| i + 1);
                table.rows.get(first..last).unwrap_or(&table.rows)
            }
            _ => &table.rows[..],
        };
        Body::Bars {
            rows: rows
                .iter()
                .map(|row| BarRow {
                    label: label(tr, report, &table.id, &row.key),
                    value: row.value,
                    shown: shown(row.value, k),
                })
                .collect(),
            total: tr.args("report-total", &[("total", shown(table.total, k).into())]),
        }
    };
    Block { heading, body }
}

/// The report in `tr`'s language.
pub fn words(report: &Report, tr: Tr<'_>, site: &str) -> Words {
    let k = report.min_cell;
    let day = |date: NaiveDate| format!("{} {}", tr.date(date), date.year());
    let mut blocks: Vec<Block> = report.tables.iter().map(|t| block(tr, report, t)).collect();
    if !report.waits.is_empty() {
        let minutes = |m: Option<u64>| m.map_or_else(|| "–".to_owned(), |m| m.to_string());
        blocks.push(Block {
            heading: tr.t("report-waits"),
            body: Body::Grid {
                header: vec![
                    tr.t("report-waits-service"),
                    tr.t("report-waits-count"),
                    tr.t("report-waits-median"),
                    tr.t("report-waits-p90"),
                ],
                rows: report
                    .waits
                    .iter()
                    .map(|w| {
                        vec![
                            capitalised(
                                &known(tr, &messages::service_id(&w.service))
                                    .unwrap_or_else(|| w.service.clone()),
                            ),
                            shown(w.count, k),
                            minutes(w.median_minutes),
                            minutes(w.p90_minutes),
                        ]
                    })
                    .collect(),
            },
        });
    }
    Words {
        lang: tr.locale().to_owned(),
        rtl: tr.t("language-direction") == "rtl",
        title: tr.args("report-title", &[("site", site.into())]),
        period: tr.args(
            "report-period",
            &[
                ("from", day(report.from).into()),
                ("to", day(report.to).into()),
            ],
        ),
        note: tr.args(
            "report-note",
            &[
                ("last", k.saturating_sub(1).into()),
                ("small", shown(Shown::Small, k).into()),
                ("withheld", shown(Shown::Withheld, k).into()),
            ],
        ),
        blocks,
    }
}

// ---------------------------------------------------------------------------------------
// Layout: pages of marks, in mm from the page's top-left corner.

pub const PAGE_W: f32 = 210.0;
pub const PAGE_H: f32 = 297.0;
const MARGIN: f32 = 15.0;
const COLUMN_GAP: f32 = 8.0;
const COLUMN_W: f32 = (PAGE_W - 2.0 * MARGIN - COLUMN_GAP) / 2.0;
/// Where the columns end: the footer is below.
const BOTTOM: f32 = PAGE_H - MARGIN - 5.0;
/// The width of a `<5` or `x` bar, the same in every table.
pub const STUB_MM: f32 = 3.0;
/// Room after a bar for its value.
const VALUE_W: f32 = 11.0;
/// A month takes at most this many pages.
const MONTH_PAGES: usize = 2;

/// Row heights (mm) and label sizes (pt), from the most readable to the most compact: the
/// first that keeps the report on two pages is used.
const DENSITIES: [(f32, f32); 4] = [(4.6, 8.0), (4.0, 7.5), (3.5, 7.0), (3.0, 6.5)];

/// How long a row's bar is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bar {
    /// A zero: no bar.
    None,
    /// A published count: proportional to it.
    Length(f32),
    /// `<5` or `x`: a hatched stub of [`STUB_MM`], which says nothing of the count.
    Stub,
}

/// The bar of a value in a table whose largest published count is `largest`, drawn `full`
/// mm long.
pub fn bar(value: Shown, largest: u64, full: f32) -> Bar {
    match value {
        Shown::Count(0) => Bar::None,
        Shown::Count(n) => Bar::Length(full * n as f32 / largest.max(n) as f32),
        Shown::Small | Shown::Withheld => Bar::Stub,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// A published count: grey with a black outline.
    Grey,
    /// A hidden count: white, outlined and hatched.
    Hatched,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A shaped line; `x_mm` is its left end, whatever its direction.
    Text {
        x_mm: f32,
        baseline_mm: f32,
        size_pt: f32,
        line: ShapedLine,
    },
    Bar {
        x_mm: f32,
        y_mm: f32,
        width_mm: f32,
        height_mm: f32,
        fill: Fill,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width_pt: f32,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub marks: Vec<Mark>,
}

/// The pages of the report: the most readable density that keeps it on two pages (a
/// month always fits), or the most compact one for a long period. `footer` says "page 1
/// of 2".
pub fn layout(
    words: &Words,
    fonts: &Fonts,
    footer: &dyn Fn(usize, usize) -> String,
) -> Result<Vec<Page>, SlipError> {
    let mut pages = Vec::new();
    for (pitch, label_pt) in DENSITIES {
        pages = Flow::lay(words, fonts, pitch, label_pt)?;
        if pages.len() <= MONTH_PAGES {
            break;
        }
    }
    let count = pages.len();
    let shaper = Shaper { fonts, words };
    for (i, page) in pages.iter_mut().enumerate() {
        let line = shaper.fit(&footer(i + 1, count), 8.0, PAGE_W - 2.0 * MARGIN)?;
        page.marks.push(Mark::Text {
            x_mm: (PAGE_W - line.0.width_mm) / 2.0,
            baseline_mm: PAGE_H - MARGIN + 2.0,
            size_pt: line.1,
            line: line.0,
        });
        if words.rtl {
            mirror(page);
        }
    }
    Ok(pages)
}

/// Right to left: the page seen in a mirror, text kept readable (each line keeps its own
/// glyph order and only moves).
fn mirror(page: &mut Page) {
    for mark in &mut page.marks {
        match mark {
            Mark::Text { x_mm, line, .. } => *x_mm = PAGE_W - *x_mm - line.width_mm,
            Mark::Bar { x_mm, width_mm, .. } => *x_mm = PAGE_W - *x_mm - *width_mm,
            Mark::Line { from, to, .. } => {
                from.0 = PAGE_W - from.0;
                to.0 = PAGE_W - to.0;
            }
        }
    }
}

struct Shaper<'a> {
    fonts: &'a Fonts,
    words: &'a Words,
}

impl Shaper<'_> {
    fn shape(&self, text: &str, size_pt: f32) -> Result<ShapedLine, SlipError> {
        let clean: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        shape_line(
            self.fonts,
            clean.trim(),
            LineStyle {
                size_pt,
                dir: if self.words.rtl { Dir::Rtl } else { Dir::Ltr },
                lang: &self.words.lang,
            },
            "report",
        )
    }

    /// A line no wider than `max_w`: set smaller when it is too wide.
    fn fit(&self, text: &str, size_pt: f32, max_w: f32) -> Result<(ShapedLine, f32), SlipError> {
        let line = self.shape(text, size_pt)?;
        if line.width_mm <= max_w || line.width_mm <= 0.0 {
            return Ok((line, size_pt));
        }
        let size = size_pt * max_w / line.width_mm * 0.999;
        Ok((self.shape(text, size)?, size))
    }

    /// A paragraph broken at spaces into lines no wider than `max_w`.
    fn wrap(&self, text: &str, size_pt: f32, max_w: f32) -> Result<Vec<ShapedLine>, SlipError> {
        let mut lines = Vec::new();
        let mut current = String::new();
        for word in text.split_whitespace() {
            let candidate = if current.is_empty() {
                word.to_owned()
            } else {
                format!("{current} {word}")
            };
            if current.is_empty() || self.shape(&candidate, size_pt)?.width_mm <= max_w {
                current = candidate;
            } else {
                lines.push(self.fit(&current, size_pt, max_w)?.0);
                current = word.to_owned();
            }
        }
        if !current.is_empty() {
            lines.push(self.fit(&current, size_pt, max_w)?.0);
        }
        Ok(lines)
    }
}

/// Blocks flowing down two columns a page, laid out left to right (mirrored at the end for
/// right-to-left languages).
struct Flow<'a> {
    shaper: Shaper<'a>,
    pitch: f32,
    label_pt: f32,
    pages: Vec<Page>,
    column: usize,
    /// Where the current column starts on this page, and the next free line.
    top: f32,
    y: f32,
}

impl<'a> Flow<'a> {
    fn lay(
        words: &'a Words,
        fonts: &'a Fonts,
        pitch: f32,
        label_pt: f32,
    ) -> Result<Vec<Page>, SlipError> {
        let mut flow = Flow {
            shaper: Shaper { fonts, words },
            pitch,
            label_pt,
            pages: vec![Page::default()],
            column: 0,
            top: MARGIN,
            y: MARGIN,
        };
        flow.header()?;
        for block in &words.blocks {
            flow.block(block)?;
        }
        Ok(flow.pages)
    }

    fn x(&self) -> f32 {
        MARGIN + self.column as f32 * (COLUMN_W + COLUMN_GAP)
    }

    fn push(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.marks.push(mark);
        }
    }

    fn text(&mut self, line: ShapedLine, x_mm: f32, baseline_mm: f32, size_pt: f32) {
        self.push(Mark::Text {
            x_mm,
            baseline_mm,
            size_pt,
            line,
        });
    }

    fn rule(&mut self, x: f32, y: f32, width: f32, width_pt: f32) {
        self.push(Mark::Line {
            from: (x, y),
            to: (x + width, y),
            width_pt,
        });
    }

    /// Title, period and note across the page, then a rule.
    fn header(&mut self) -> Result<(), SlipError> {
        let words = self.shaper.words;
        let full = PAGE_W - 2.0 * MARGIN;
        let (title, size) = self.shaper.fit(&words.title, 16.0, full)?;
        let mut y = MARGIN + title.ascent_mm;
        self.text(title, MARGIN, y, size);
        let (period, size) = self.shaper.fit(&words.period, 11.0, full)?;
        y += 3.0 + period.ascent_mm;
        self.text(period, MARGIN, y, size);
        y += 1.5;
        for line in self.shaper.wrap(&words.note, 8.5, full)? {
            y += 4.2;
            self.text(line, MARGIN, y, 8.5);
        }
        y += 3.0;
        self.rule(MARGIN, y, full, 0.6);
        self.top = y + 5.0;
        self.y = self.top;
        Ok(())
    }

    fn next_column(&mut self) {
        if self.column == 0 {
            self.column = 1;
        } else {
            self.column = 0;
            self.pages.push(Page::default());
            self.top = MARGIN;
        }
        self.y = self.top;
    }

    /// A block's height: heading, body, the gap after it.
    fn height(&self, block: &Block) -> f32 {
        const HEADING: f32 = 7.0;
        const GAP: f32 = 5.0;
        HEADING
            + GAP
            + match &block.body {
                Body::Bars { rows, .. } => (rows.len() + 1) as f32 * self.pitch + 1.0,
                Body::Note(_) => self.pitch,
                Body::Grid { rows, .. } => (rows.len() + 1) as f32 * self.pitch,
            }
    }

    fn heading(&mut self, text: &str) -> Result<(), SlipError> {
        let x = self.x();
        let (line, size) = self.shaper.fit(text, 10.0, COLUMN_W)?;
        let baseline = self.y + line.ascent_mm;
        self.text(line, x, baseline, size);
        self.rule(x, baseline + 1.8, COLUMN_W, 0.4);
        self.y += 7.0;
        Ok(())
    }

    fn block(&mut self, block: &Block) -> Result<(), SlipError> {
        let height = self.height(block);
        // A block that fits a column is never split; a longer one starts where it can show
        // a few rows.
        let wanted = if height <= BOTTOM - MARGIN {
            height
        } else {
            7.0 + 4.0 * self.pitch
        };
        if self.y + wanted > BOTTOM && self.y > self.top {
            self.next_column();
        }
        self.heading(&block.heading)?;
        match &block.body {
            Body::Note(text) => {
                let (line, size) = self.shaper.fit(text, self.label_pt, COLUMN_W)?;
                let x = self.x();
                self.text(line, x, self.y + self.pitch * 0.7, size);
                self.y += self.pitch;
            }
            Body::Bars { rows, total } => self.bars(&block.heading, rows, total)?,
            Body::Grid { header, rows } => self.grid(header, rows)?,
        }
        self.y += 5.0;
        Ok(())
    }

    fn bars(&mut self, heading: &str, rows: &[BarRow], total: &str) -> Result<(), SlipError> {
        let label_pt = self.label_pt;
        let labels: Vec<ShapedLine> = rows
            .iter()
            .map(|r| self.shaper.shape(&r.label, label_pt))
            .collect::<Result<_, _>>()?;
        let label_w = labels
            .iter()
            .map(|l| l.width_mm)
            .fold(8.0f32, f32::max)
            .min(COLUMN_W * 0.42);
        let full = COLUMN_W - label_w - 2.0 - VALUE_W;
        let largest = rows
            .iter()
            .filter_map(|r| match r.value {
                Shown::Count(n) => Some(n),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let bar_h = self.pitch * 0.62;
        let mut axis_top = self.y;
        for (row, label) in rows.iter().zip(labels) {
            if self.y + self.pitch > BOTTOM {
                self.axis(label_w, axis_top);
                self.next_column();
                self.heading(heading)?;
                axis_top = self.y;
            }
            let x = self.x();
            let baseline = self.y + self.pitch / 2.0 + label_pt * 0.3528 * 0.36;
            let (label, size) = if label.width_mm > label_w {
                self.shaper.fit(&row.label, label_pt, label_w)?
            } else {
                (label, label_pt)
            };
            self.text(label.clone(), x + label_w - label.width_mm, baseline, size);
            let start = x + label_w + 2.0;
            let bar_top = self.y + (self.pitch - bar_h) / 2.0;
            let end = match bar(row.value, largest, full) {
                Bar::None => start,
                Bar::Length(length) => {
                    self.push(Mark::Bar {
                        x_mm: start,
                        y_mm: bar_top,
                        width_mm: length,
                        height_mm: bar_h,
                        fill: Fill::Grey,
                    });
                    start + length
                }
                Bar::Stub => {
                    self.push(Mark::Bar {
                        x_mm: start,
                        y_mm: bar_top,
                        width_mm: STUB_MM,
                        height_mm: bar_h,
                        fill: Fill::Hatched,
                    });
                    start + STUB_MM
                }
            };
            let value = self.shaper.shape(&row.shown, label_pt)?;
            self.text(value, end + 1.2, baseline, label_pt);
            self.y += self.pitch;
        }
        self.axis(label_w, axis_top);
        let (line, size) = self.shaper.fit(total, label_pt + 0.5, COLUMN_W)?;
        let x = self.x();
        self.text(line, x + label_w + 2.0, self.y + self.pitch * 0.8, size);
        self.y += self.pitch + 1.0;
        Ok(())
    }

    /// The line bars start from, down the rows placed in this column.
    fn axis(&mut self, label_w: f32, top: f32) {
        let x = self.x() + label_w + 2.0;
        if self.y > top {
            self.push(Mark::Line {
                from: (x, top),
                to: (x, self.y),
                width_pt: 0.5,
            });
        }
    }

    fn grid(&mut self, header: &[String], rows: &[Vec<String>]) -> Result<(), SlipError> {
        let cells = header.len().max(2);
        // The first cell is a service's name; the numbers share the rest.
        let first_w = COLUMN_W * 0.34;
        let number_w = (COLUMN_W - first_w) / (cells - 1) as f32;
        let lines = std::iter::once(header).chain(rows.iter().map(Vec::as_slice));
        for (i, row) in lines.enumerate() {
            if self.y + self.pitch > BOTTOM {
                self.next_column();
            }
            let baseline = self.y + self.pitch / 2.0 + self.label_pt * 0.3528 * 0.36;
            let mut x = self.x();
            for (j, cell) in row.iter().enumerate() {
                let width = if j == 0 { first_w } else { number_w };
                let (line, size) = self.shaper.fit(cell, self.label_pt, width - 1.5)?;
                self.text(line, x, baseline, size);
                x += width;
            }
            self.y += self.pitch;
            if i == 0 {
                let x = self.x();
                self.rule(x, self.y - 0.4, COLUMN_W, 0.3);
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// PDF: the pages drawn with printpdf.

/// Grey of a published count's bar: light enough for black text beside it, dark enough to
/// tell from the white of a hidden one on any printer.
const BAR_GREY: f32 = 0.72;

/// The pages as PDF bytes: bars and lines as vectors, text as shaped glyphs in the bundled
/// A straight line between two points.
fn segment(from: Point, to: Point) -> Op {
    Op::DrawLine {
        line: Line {
            points: vec![
                LinePoint {
                    p: from,
                    bezier: false,
                },
                LinePoint {
                    p: to,
                    bezier: false,
                },
            ],
            is_closed: false,
        },
    }
}

/// fonts (embedded and subset).
pub fn pdf(pages: &[Page]) -> Result<Vec<u8>, SlipError> {
    let mut doc = PdfDocument::new("Sosta");
    let used = pages.iter().flat_map(|p| &p.marks).flat_map(|m| match m {
        Mark::Text { line, .. } => line.fonts.clone(),
        _ => Vec::new(),
    });
    let font_ids = embed_fonts(&mut doc, used)?;
    let pt = |mm: f32| Pt(mm * MM_TO_PT);
    let point = |x: f32, y: f32| Point {
        x: pt(x),
        y: pt(PAGE_H - y),
    };
    let grey = |level: f32| Color::Greyscale(Greyscale::new(level, None));
    let mut pdf_pages = Vec::with_capacity(pages.len());
    for page in pages {
        let mut ops = vec![
            Op::SaveGraphicsState,
            Op::SetOutlineColor { col: grey(0.0) },
        ];
        for mark in &page.marks {
            match *mark {
                Mark::Bar {
                    x_mm,
                    y_mm,
                    width_mm,
                    height_mm,
                    fill,
                } => {
                    let rectangle = |mode| Rect {
                        x: pt(x_mm),
                        y: pt(PAGE_H - y_mm - height_mm),
                        width: pt(width_mm),
                        height: pt(height_mm),
                        mode: Some(mode),
                        winding_order: None,
                    };
                    ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
                    match fill {
                        Fill::Grey => {
                            ops.push(Op::SetFillColor {
                                col: grey(BAR_GREY),
                            });
                            ops.push(Op::DrawRectangle {
                                rectangle: rectangle(PaintMode::FillStroke),
                            });
                        }
                        Fill::Hatched => {
                            ops.push(Op::DrawRectangle {
                                rectangle: rectangle(PaintMode::Stroke),
                            });
                            ops.push(Op::SetOutlineThickness { pt: Pt(0.4) });
                            for (from, to) in hatch(x_mm, y_mm, width_mm, height_mm) {
                                ops.push(segment(point(from.0, from.1), point(to.0, to.1)));
                            }
                        }
                    }
                }
                Mark::Line { from, to, width_pt } => {
                    ops.push(Op::SetOutlineThickness { pt: Pt(width_pt) });
                    ops.push(segment(point(from.0, from.1), point(to.0, to.1)));
                }
                Mark::Text { .. } => {}
            }
        }
        ops.push(Op::RestoreGraphicsState);
        ops.push(Op::SetFillColor { col: grey(0.0) });
        glyph_ops(
            &mut ops,
            &font_ids,
            PAGE_H,
            page.marks.iter().filter_map(|m| match m {
                Mark::Text {
                    x_mm,
                    baseline_mm,
                    size_pt,
                    line,
                } => Some(GlyphLine {
                    x_mm: *x_mm,
                    baseline_mm: *baseline_mm,
                    size_pt: *size_pt,
                    glyphs: &line.glyphs,
                }),
                _ => None,
            }),
        )?;
        pdf_pages.push(PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), ops));
    }
    let mut warnings = Vec::new();
    let bytes = doc
        .with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.is_empty() {
        return Err(SlipError::Pdf(format!(
            "empty output; warnings: {warnings:?}"
        )));
    }
    Ok(deterministic_id(bytes))
}

/// Diagonal lines 1 mm apart inside a box, each cut at the box's sides.
fn hatch(x: f32, y: f32, w: f32, h: f32) -> Vec<((f32, f32), (f32, f32))> {
    let mut lines = Vec::new();
    if w <= 0.0 || h <= 0.0 {
        return lines;
    }
    // The line from (x + c, y + h) up to (x + c + h, y), kept where x stays in the box.
    let mut c = -h + 0.5;
    while c < w {
        let s0 = (-c / h).max(0.0);
        let s1 = ((w - c) / h).min(1.0);
        if s0 < s1 {
            lines.push((
                (x + c + s0 * h, y + h - s0 * h),
                (x + c + s1 * h, y + h - s1 * h),
            ));
        }
        c += 1.0;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Translations;
    use crate::report::{Row, Waits};

    const SERVICES: [&str; 11] = [
        "shower",
        "laundry",
        "meal",
        "nurse",
        "social-worker",
        "legal-desk",
        "job-orientation",
        "harm-reduction-kit",
        "phone-charging",
        "luggage-storage",
        "hiv-hcv-testing",
    ];

    fn count(n: u64) -> Shown {
        match n {
            1..=4 => Shown::Small,
            _ => Shown::Count(n),
        }
    }

    fn table(id: &str, rows: Vec<(String, Shown)>, total: Shown) -> Table {
        Table {
            id: id.to_owned(),
            rows: rows
                .into_iter()
                .map(|(key, value)| Row { key, value })
                .collect(),
            total,
        }
    }

    /// A busy month of `days` days from 2026-11-01 (or longer), shaped as `report::build`
    /// shapes it: every day, hour, language and service has its row, with small and
    /// withheld cells among them.
    fn period(days: u64) -> Report {
        let from = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let to = from.checked_add_days(Days::new(days - 1)).unwrap();
        let by_day = (0..days)
            .map(|d| {
                let day = from.checked_add_days(Days::new(d)).unwrap();
                let value = match d % 9 {
                    4 => Shown::Small,
                    7 => Shown::Withheld,
                    _ => Shown::Count(20 + d % 13 * 4),
                };
                (day.to_string(), value)
            })
            .collect();
        let weekdays = (1..=7)
            .map(|d| (d.to_string(), Shown::Count(80 + d * 11)))
            .collect();
        let hours = (0..24)
            .map(|h| {
                (
                    format!("{h:02}"),
                    count([0, 3, 40, 75, 90, 62][h as usize % 6]),
                )
            })
            .collect();
        let languages = ["it", "ro", "pa", "ar", "sq", "en", "fr", "ur", "uk", "es"]
            .iter()
            .enumerate()
            .map(|(i, l)| {
                (
                    l.to_string(),
                    count([310, 60, 3, 95, 22, 41, 0, 2, 18, 9][i]),
                )
            })
            .collect();
        let bookings = SERVICES
            .iter()
            .enumerate()
            .map(|(i, s)| (s.to_string(), count(i as u64 * 17 % 90)))
            .collect();
        let mut tables = vec![
            table("visits-by-day", by_day, Shown::Count(640)),
            table("visits-by-weekday", weekdays, Shown::Count(640)),
            table("visits-by-hour", hours, Shown::Count(640)),
            table("languages", languages, Shown::Count(640)),
            table("bookings", bookings, Shown::Count(700)),
        ];
        for (i, service) in SERVICES.iter().enumerate() {
            let rows = vec![
                ("cancelled".to_owned(), count(i as u64 % 3)),
                ("no_show".to_owned(), Shown::Withheld),
                ("served".to_owned(), Shown::Count(30 + i as u64)),
            ];
            tables.push(table(
                &format!("outcomes:{service}"),
                rows,
                Shown::Count(40),
            ));
        }
        tables.push(table(
            "items",
            vec![
                ("harm-reduction-kit".to_owned(), Shown::Count(140)),
                ("luggage-storage".to_owned(), Shown::Small),
            ],
            Shown::Withheld,
        ));
        Report {
            from,
            to,
            min_cell: 5,
            tables,
            waits: vec![Waits {
                service: "meal".to_owned(),
                count: Shown::Count(410),
                median_minutes: Some(12),
                p90_minutes: Some(35),
            }],
        }
    }

    fn pages(report: &Report, lang: &str) -> Vec<Page> {
        let translations = Translations::embedded().unwrap();
        let tr = translations.lang(lang);
        let words = words(report, tr, "Casa Aperta");
        layout(&words, &Fonts::load().unwrap(), &|p, n| format!("{p}/{n}")).unwrap()
    }

    fn bars(pages: &[Page]) -> Vec<(f32, f32, Fill)> {
        pages
            .iter()
            .flat_map(|p| &p.marks)
            .filter_map(|m| match m {
                Mark::Bar {
                    x_mm,
                    width_mm,
                    fill,
                    ..
                } => Some((*x_mm, *width_mm, *fill)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_month_renders_to_a_pdf_of_at_most_two_a4_pages_in_every_script() {
        let translations = Translations::embedded().unwrap();
        for lang in ["it", "en", "ar", "ur", "pa", "uk"] {
            let bytes = render(&period(30), translations.lang(lang), "Casa Aperta").unwrap();
            assert!(bytes.starts_with(b"%PDF-"), "{lang}");
            // Read back by a PDF reader that shares no code with printpdf.
            let pdf = hayro::hayro_syntax::Pdf::new(bytes).expect("hayro reads the report");
            let pages = pdf.pages();
            assert!(
                (1..=2).contains(&pages.len()),
                "{lang}: {} pages",
                pages.len()
            );
            let media = pages[0].media_box();
            let mm = |pt: f64| pt * 25.4 / 72.0;
            assert!(
                (mm(media.x1 - media.x0) - 210.0).abs() < 0.1,
                "{lang}: A4 width"
            );
            assert!(
                (mm(media.y1 - media.y0) - 297.0).abs() < 0.1,
                "{lang}: A4 height"
            );
        }
    }

    #[test]
    fn a_hidden_count_is_a_stub_of_one_width_whatever_the_count_and_the_scale() {
        assert_eq!(bar(Shown::Small, 10, 40.0), Bar::Stub);
        assert_eq!(bar(Shown::Small, 1000, 40.0), Bar::Stub);
        assert_eq!(bar(Shown::Withheld, 7, 25.0), Bar::Stub);
        assert_eq!(bar(Shown::Count(0), 10, 40.0), Bar::None);
        assert_eq!(bar(Shown::Count(5), 10, 40.0), Bar::Length(20.0));
        assert_eq!(bar(Shown::Count(10), 10, 40.0), Bar::Length(40.0));

        // On the page: as many hatched stubs as hidden cells, all of one width, in tables
        // whose largest counts go from 9 to 310.
        let report = period(30);
        let hidden = report
            .tables
            .iter()
            .flat_map(|t| &t.rows)
            .filter(|r| matches!(r.value, Shown::Small | Shown::Withheld))
            .count();
        let published = report
            .tables
            .iter()
            .flat_map(|t| &t.rows)
            .filter(|r| matches!(r.value, Shown::Count(n) if n > 0))
            .count();
        let drawn = bars(&pages(&report, "it"));
        let stubs: Vec<f32> = drawn
            .iter()
            .filter(|b| b.2 == Fill::Hatched)
            .map(|b| b.1)
            .collect();
        assert_eq!(stubs.len(), hidden);
        assert!(stubs.iter().all(|w| *w == STUB_MM), "{stubs:?}");
        assert_eq!(
            drawn.iter().filter(|b| b.2 == Fill::Grey).count(),
            published
        );
    }

    #[test]
    fn a_month_of_31_days_stays_on_two_pages_and_a_year_grows_sensibly() {
        assert!(pages(&period(31), "it").len() <= 2);
        assert!(pages(&period(31), "ar").len() <= 2);
        let year = pages(&period(365), "it").len();
        assert!((3..=8).contains(&year), "a year takes {year} pages");
        // Every mark of every page stays on the paper.
        for page in pages(&period(365), "it") {
            for mark in &page.marks {
                let (x, w, y) = match mark {
                    Mark::Text {
                        x_mm,
                        baseline_mm,
                        line,
                        ..
                    } => (*x_mm, line.width_mm, *baseline_mm),
                    Mark::Bar {
                        x_mm,
                        width_mm,
                        y_mm,
                        ..
                    } => (*x_mm, *width_mm, *y_mm),
                    Mark::Line { from, to, .. } => (from.0.min(to.0), (to.0 - from.0).abs(), to.1),
                };
                assert!(
                    x >= MARGIN - 0.01 && x + w <= PAGE_W - MARGIN + 0.01,
                    "{mark:?}"
                );
                assert!(
                    (MARGIN - 0.01..=PAGE_H - MARGIN + 3.0).contains(&y),
                    "{mark:?}"
                );
            }
        }
    }

    #[test]
    fn right_to_left_bars_grow_from_the_right() {
        // In each language's first chart, the bars share the edge they grow from.
        let first_chart = |lang: &str, from_right: bool| {
            let page = &pages(&period(30), lang)[0];
            let edges: Vec<f32> = bars(std::slice::from_ref(page))
                .iter()
                .take(10)
                .map(|(x, w, _)| if from_right { x + w } else { *x })
                .collect();
            assert!(
                edges.windows(2).all(|e| (e[0] - e[1]).abs() < 0.01),
                "{lang}: {edges:?}"
            );
        };
        first_chart("it", false);
        first_chart("ar", true);
    }

    #[test]
    fn rows_are_labelled_in_the_coordinator_s_words_or_by_their_key() {
        let translations = Translations::embedded().unwrap();
        let it = translations.lang("it");
        let report = period(30);
        let label = |table: &str, key: &str| label(it, &report, table, key);
        assert_eq!(label("visits-by-weekday", "1"), "Lunedì");
        assert_eq!(label("visits-by-weekday", "7"), "Domenica");
        assert_eq!(label("visits-by-day", "2026-11-02"), "Lunedì 2");
        assert_eq!(label("visits-by-hour", "09"), "09:00");
        assert_eq!(label("languages", "ar"), "العربية");
        assert_eq!(label("languages", "uk"), "Українська");
        assert_eq!(label("languages", "xx"), "Xx");
        assert_eq!(label("bookings", "meal"), "Pasto");
        assert_eq!(label("bookings", "service-9"), "Service-9");
        assert_eq!(label("outcomes:meal", "no_show"), "Assente");
        assert_eq!(
            heading(it, "outcomes:meal"),
            "Pasto: com'è andata con le prenotazioni"
        );
        // A table this program does not know yet: its own id and keys...
        assert_eq!(heading(it, "made-up"), "made-up");
        assert_eq!(label("made-up", "18-24"), "18-24");
        assert_eq!(heading(it, "age-band"), "Età (risposta al chiosco)");
        assert_eq!(label("age-band", "60-plus"), "60 anni e oltre");
        // ...until the messages say what they mean.
        let more = Translations::from_files([(
            "it",
            "report.ftl",
            "report-table-age-band = Età\nreport-key-age-band-18-24 = Da 18 a 24 anni\n",
        )])
        .unwrap();
        let more = more.lang("it");
        assert_eq!(heading(more, "age-band"), "Età");
        assert_eq!(
            super::label(more, &report, "age-band", "18-24"),
            "Da 18 a 24 anni"
        );
        assert_eq!(super::label(more, &report, "age-band", "25-34"), "25-34");
    }

    #[test]
    fn the_hours_before_the_first_visit_and_after_the_last_are_left_out() {
        let translations = Translations::embedded().unwrap();
        let mut report = period(30);
        let hours = &mut report.tables[2];
        assert_eq!(hours.id, "visits-by-hour");
        for row in &mut hours.rows {
            let h: u32 = row.key.parse().unwrap();
            row.value = Shown::Count(if (8..=18).contains(&h) { 10 } else { 0 });
        }
        hours.rows[12].value = Shown::Count(0);
        let words = words(&report, translations.lang("en"), "Casa Aperta");
        let Body::Bars { rows, .. } = &words.blocks[2].body else {
            panic!("the hours are a chart")
        };
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        // A zero between two open hours stays.
        assert_eq!(labels.first(), Some(&"08:00"));
        assert_eq!(labels.last(), Some(&"18:00"));
        assert!(labels.contains(&"12:00"));
    }

    #[test]
    fn a_withheld_table_and_an_empty_one_say_so_instead_of_drawing() {
        let translations = Translations::embedded().unwrap();
        let en = translations.lang("en");
        let mut report = period(30);
        report.tables = vec![
            table("languages", Vec::new(), Shown::Withheld),
            table(
                "outcomes:meal",
                vec![("served".to_owned(), Shown::Count(0))],
                Shown::Count(0),
            ),
        ];
        let words = words(&report, en, "Casa Aperta");
        assert_eq!(
            words.blocks[0].body,
            Body::Note("Withheld: every number here is too small to show".into())
        );
        assert_eq!(
            words.blocks[1].body,
            Body::Note("None in this period".into())
        );
        assert!(words.note.contains("1 to 4"), "{}", words.note);
        assert!(words.period.contains("2026"), "{}", words.period);
    }
}
