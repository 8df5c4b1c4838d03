//! `sosta report`: the funders' report of a month or a period, as CSV, JSON or a PDF with
//! bar charts, from the counts of finished days (`report` builds it; small numbers are
//! hidden there; `report_pdf` draws it).

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use super::*;
use crate::report::{Report, Shown};

/// How the report is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    // A PDF of one or two A4 pages in the coordinator's language; needs `--out`. (A plain
    // comment: a doc comment would become clap's help for the value, in English only.)
    Pdf,
}

/// The period a report covers, from `--month` or `--from`/`--to`.
pub(super) fn period(
    tr: Tr<'_>,
    month: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(NaiveDate, NaiveDate), Failure> {
    let date = |text: &str| {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map_err(|_| Failure::usage(tr.args("error-bad-date", &[("value", text.into())])))
    };
    match (month, from, to) {
        (Some(month), None, None) => {
            let first = NaiveDate::parse_from_str(&format!("{}-01", month.trim()), "%Y-%m-%d")
                .map_err(|_| {
                    Failure::usage(tr.args("error-bad-month", &[("value", month.into())]))
                })?;
            let next = first
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(first);
            Ok((first, next.pred_opt().unwrap_or(first)))
        }
        (None, Some(from), Some(to)) => {
            let (from, to) = (date(from)?, date(to)?);
            if from > to || (to - from).num_days() > 731 {
                return Err(Failure::usage(tr.args(
                    "error-bad-period",
                    &[
                        ("from", from.to_string().into()),
                        ("to", to.to_string().into()),
                    ],
                )));
            }
            Ok((from, to))
        }
        _ => Err(Failure::usage(tr.t("error-report-period"))),
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn report(
    app: &App,
    tr: Tr<'_>,
    locales: &[&str],
    now: DateTime<Utc>,
    (from, to): (NaiveDate, NaiveDate),
    format: Format,
    out: Option<&Path>,
) -> Outcome {
    // A PDF poured onto a terminal helps nobody: ask for a file before any work.
    if format == Format::Pdf && out.is_none() {
        return Err(Failure::usage(tr.t("error-report-pdf-needs-out")));
    }
    // Days that ended since a kiosk last ran are counted first.
    app.forget(now).map_err(|e| store_failure(tr, &e))?;
    let figures = app.figures(from, to).map_err(|e| store_failure(tr, &e))?;
    // A period with nothing counted is more likely a wrong month or the wrong site than
    // a report of zeros to hand to the funders: say so, and write nothing.
    if figures.is_empty() {
        return Err(Failure::could_not(tr.args(
            "report-no-data",
            &[
                ("from", from.to_string().into()),
                ("to", to.to_string().into()),
            ],
        )));
    }
    let services = app.services().map_err(|e| store_failure(tr, &e))?;
    let report = crate::report::build(
        &figures,
        &services,
        locales,
        from,
        to,
        app.config.report_min_cell,
    );
    let bytes = match format {
        Format::Csv => csv(&report).into_bytes(),
        Format::Json => (json::text(&json_of(&report)) + "\n").into_bytes(),
        Format::Pdf => {
            crate::report_pdf::render(&report, tr, &app.config.site_name).map_err(|e| {
                Failure::could_not(tr.args("error-report-pdf", &[("detail", e.to_string().into())]))
            })?
        }
    };
    let written = match out {
        Some(path) => crate::files::write_atomically(path, &bytes),
        None => std::io::stdout().lock().write_all(&bytes),
    };
    written.map_err(|e| {
        Failure::could_not(tr.args("staff-error-output", &[("detail", e.to_string().into())]))
    })
}

fn shown(value: Shown, k: u64) -> String {
    match value {
        Shown::Count(n) => n.to_string(),
        Shown::Small => format!("<{k}"),
        Shown::Withheld => "x".to_owned(),
    }
}

/// `table,key,value` lines; a small count is `<5`, one withheld to protect it `x`; each
/// table ends with its `total`.
fn csv(report: &Report) -> String {
    let k = report.min_cell;
    let mut text = format!(
        "table,key,value\nperiod,from,{}\nperiod,to,{}\n",
        report.from, report.to
    );
    for table in &report.tables {
        for row in &table.rows {
            text += &format!("{},{},{}\n", table.id, row.key, shown(row.value, k));
        }
        text += &format!("{},total,{}\n", table.id, shown(table.total, k));
    }
    for waits in &report.waits {
        let minutes = |m: Option<u64>| m.map_or_else(String::new, |m| m.to_string());
        text += &format!(
            "waits:{0},count,{1}\nwaits:{0},median_minutes,{2}\nwaits:{0},p90_minutes,{3}\n",
            waits.service,
            shown(waits.count, k),
            minutes(waits.median_minutes),
            minutes(waits.p90_minutes)
        );
    }
    text
}

#[derive(Serialize)]
struct ReportJson {
    from: String,
    to: String,
    min_cell: u64,
    tables: Vec<TableJson>,
    waits: Vec<WaitsJson>,
}

#[derive(Serialize)]
struct TableJson {
    id: String,
    total: serde_json::Value,
    rows: Vec<RowJson>,
}

#[derive(Serialize)]
struct RowJson {
    key: String,
    value: serde_json::Value,
}

#[derive(Serialize)]
struct WaitsJson {
    service: String,
    count: serde_json::Value,
    median_minutes: Option<u64>,
    p90_minutes: Option<u64>,
}

/// A count as a JSON number, or the strings `"<5"` (small) and `"x"` (withheld).
fn value(value: Shown, k: u64) -> serde_json::Value {
    match value {
        Shown::Count(n) => n.into(),
        other => shown(other, k).into(),
    }
}

fn json_of(report: &Report) -> ReportJson {
    let k = report.min_cell;
    ReportJson {
        from: report.from.to_string(),
        to: report.to.to_string(),
        min_cell: k,
        tables: report
            .tables
            .iter()
            .map(|t| TableJson {
                id: t.id.clone(),
                total: value(t.total, k),
                rows: t
                    .rows
                    .iter()
                    .map(|r| RowJson {
                        key: r.key.clone(),
                        value: value(r.value, k),
                    })
                    .collect(),
            })
            .collect(),
        waits: report
            .waits
            .iter()
            .map(|w| WaitsJson {
                service: w.service.clone(),
                count: value(w.count, k),
                median_minutes: w.median_minutes,
                p90_minutes: w.p90_minutes,
            })
            .collect(),
    }
}
