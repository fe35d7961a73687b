//! Reports: one `Report` built from a run, written by one renderer per format.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod table;

use crate::compare::{Finding, Severity};
use crate::corpus::Entry;
use serde::Serialize;
use std::io::{self, Write};

/// The report format contract version (`docs/report-format.md`).
pub const REPORT_VERSION: u32 = 1;

/// An article in a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    /// Article id.
    pub id: String,
    /// Path of the article (or of its claim file when the article is not at hand).
    pub path: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Language code.
    pub lang: String,
}

/// What `check` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Format version.
    pub version: u32,
    /// The articles read, by id.
    pub articles: Vec<ArticleSummary>,
    /// How many claims they hold.
    pub claims: usize,
    /// Findings at or above the requested severity, most severe first.
    pub discrepancies: Vec<Finding>,
}

impl Report {
    /// Builds a report from the corpus and the findings at or above `min`.
    pub fn new(entries: &[Entry], findings: Vec<Finding>, min: Severity) -> Report {
        Report {
            version: REPORT_VERSION,
            articles: entries
                .iter()
                .map(|e| ArticleSummary {
                    id: e.article.id.clone(),
                    path: e.article_path.clone().or_else(|| e.claim_path.clone()),
                    published: e.article.published.map(|d| d.to_string()),
                    lang: e.article.lang.code().to_string(),
                })
                .collect(),
            claims: entries.iter().map(|e| e.claims.len()).sum(),
            discrepancies: findings.into_iter().filter(|f| f.severity >= min).collect(),
        }
    }
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people at a terminal.
    Table,
    /// The stable JSON contract.
    Json,
    /// One row per article side of each finding.
    Csv,
    /// A Markdown table.
    Markdown,
}

/// How to render for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Use ANSI colours.
    pub color: bool,
    /// Width to wrap tables to.
    pub width: usize,
}

/// Writes `report` in `format`.
pub fn write(format: Format, report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Table => table::write(report, style, out),
        Format::Json => json::write(report, out),
        Format::Csv => csv::write(report, out),
        Format::Markdown => markdown::write(report, out),
    }
}

/// `n` and an English noun, plural unless `n` is 1: "1 article", "3 discrepancies".
pub fn counted(n: usize, one: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        _ if one.ends_with('y') => format!("{n} {}ies", &one[..one.len() - 1]),
        _ => format!("{n} {one}s"),
    }
}

/// Folds white space so table cells stay on their lines.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shortens `s` to at most `max` characters around `focus`, with ellipses.
pub fn around(s: &str, focus: &str, max: usize) -> String {
    let s = one_line(s);
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return s;
    }
    let focus = one_line(focus);
    let at = s.find(&focus).map_or(0, |b| s[..b].chars().count());
    let start = at
        .saturating_sub(max / 3)
        .min(chars.len().saturating_sub(max));
    let end = (start + max).min(chars.len());
    let mut out: String = chars[start..end].iter().collect();
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}
