//! The discrepancy table for fact-checkers at a terminal.

use super::{Report, Style, around, one_line};
use crate::compare::Severity;
use std::io::{self, Write};
use tabled::builder::Builder;
use tabled::settings::{Modify, Style as TableStyle, Width, object::Columns};

fn paint(s: &str, sev: Severity, color: bool) -> String {
    if !color {
        return s.to_string();
    }
    let code = match sev {
        Severity::Contradiction => "1;31",
        Severity::Discrepancy => "33",
        Severity::Variant => "36",
        Severity::Agreement => "32",
    };
    format!("\u{1b}[{code}m{s}\u{1b}[0m")
}

/// Writes the table, then a one-line summary.
pub fn write(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    if report.discrepancies.is_empty() {
        return writeln!(
            out,
            "no discrepancies in {} articles ({} claims)",
            report.articles.len(),
            report.claims
        );
    }
    let mut b = Builder::default();
    b.push_record(["severity", "subject", "article", "as written", "quote"]);
    for f in &report.discrepancies {
        let articles: Vec<String> = f.claims.iter().map(|s| s.article.clone()).collect();
        let written: Vec<String> = f
            .claims
            .iter()
            .map(|s| format!("«{}»", one_line(&s.text)))
            .collect();
        let quotes: Vec<String> = f
            .claims
            .iter()
            .map(|s| format!("{}:{} {}", s.line, s.column, around(&s.quote, &s.text, 90)))
            .collect();
        b.push_record([
            paint(
                &format!("{}\n{}", f.severity.as_str(), f.kind.as_str()),
                f.severity,
                style.color,
            ),
            format!("{}\n— {}", f.subject, f.explanation),
            articles.join("\n"),
            written.join("\n"),
            quotes.join("\n"),
        ]);
    }
    let mut table = b.build();
    table.with(TableStyle::modern());
    // Share the width: quotes and subjects take what the short columns leave.
    let w = style.width.max(80);
    let rest = w.saturating_sub(16 + 24 + 18 + 16);
    table
        .with(Modify::new(Columns::one(0)).with(Width::wrap(14)))
        .with(Modify::new(Columns::one(1)).with(Width::wrap(rest * 2 / 5)))
        .with(Modify::new(Columns::one(2)).with(Width::wrap(24)))
        .with(Modify::new(Columns::one(3)).with(Width::wrap(18)))
        .with(Modify::new(Columns::one(4)).with(Width::wrap(rest * 3 / 5)));
    writeln!(out, "{table}")?;
    let count = |s: Severity| {
        report
            .discrepancies
            .iter()
            .filter(|f| f.severity == s)
            .count()
    };
    writeln!(
        out,
        "{} findings in {} articles ({} claims): {} contradictions, {} discrepancies, {} variants",
        report.discrepancies.len(),
        report.articles.len(),
        report.claims,
        count(Severity::Contradiction),
        count(Severity::Discrepancy),
        count(Severity::Variant)
    )
}
