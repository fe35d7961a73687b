//! The discrepancy table for fact-checkers at a terminal: one row per article's side
//! of a finding, the finding's severity and subject spanning its rows.

use super::{Report, Style, around, one_line};
use crate::compare::Severity;
use std::io::{self, Write};
use tabled::builder::Builder;
use tabled::settings::style::HorizontalLine;
use tabled::settings::themes::Theme;
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
    s.lines()
        .map(|l| format!("\u{1b}[{code}m{l}\u{1b}[0m"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Column widths for a table `width` characters wide: severity, subject, article,
/// as written, position, quote.
fn widths(width: usize) -> [usize; 6] {
    let width = width.clamp(100, 240);
    let fixed = 13 + 24 + 22 + 8;
    let rest = width.saturating_sub(fixed + 19);
    [13, rest / 2, 24, 22, 8, rest - rest / 2]
}

/// Greedy word wrap to `width` characters (words longer than the width are cut).
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}

/// Writes the table, then a one-line summary.
pub fn write(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    if report.discrepancies.is_empty() {
        return writeln!(
            out,
            "no discrepancies in {} ({})",
            super::counted(report.articles.len(), "article"),
            super::counted(report.claims, "claim")
        );
    }
    let w = widths(style.width);
    let mut b = Builder::default();
    b.push_record([
        "severity",
        "subject",
        "article",
        "as written",
        "line:col",
        "quote",
    ]);
    let mut starts = Vec::new();
    let mut row = 1;
    for f in &report.discrepancies {
        let mut label = format!("{}\n{}", f.severity.as_str(), f.kind.as_str());
        if let Some(v) = &f.verdict {
            label.push_str(&format!("\n✓ {}", v.status.as_str()));
        }
        let subject = format!(
            "{}\n{}",
            wrap(&f.subject, w[1]),
            wrap(&format!("→ {}", f.explanation), w[1])
        );
        for (i, s) in f.claims.iter().enumerate() {
            let (a, b2) = if i == 0 {
                (paint(&label, f.severity, style.color), subject.clone())
            } else {
                (String::new(), String::new())
            };
            b.push_record([
                a,
                b2,
                s.article.to_string(),
                format!("«{}»", one_line(&s.text)),
                format!("{}:{}", s.line, s.column),
                wrap(&around(&s.quote, &s.text, w[5] * 2), w[5]),
            ]);
        }
        starts.push(row);
        row += f.claims.len();
    }
    let mut table = b.build();
    // Lines between findings only: the rows of one finding read as one block.
    let mut theme = Theme::from_style(TableStyle::modern());
    theme.remove_horizontal_lines();
    for r in starts {
        theme.insert_horizontal_line(r, HorizontalLine::full('─', '┼', '├', '┤'));
    }
    table.with(theme);
    for (i, width) in w.iter().enumerate() {
        table.with(Modify::new(Columns::one(i)).with(Width::wrap(*width).keep_words(true)));
    }
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
        "{} in {} ({}): {}, {}, {}, {}",
        super::counted(report.discrepancies.len(), "finding"),
        super::counted(report.articles.len(), "article"),
        super::counted(report.claims, "claim"),
        super::counted(count(Severity::Contradiction), "contradiction"),
        super::counted(count(Severity::Discrepancy), "discrepancy"),
        super::counted(count(Severity::Variant), "variant"),
        super::counted(count(Severity::Agreement), "agreement")
    )
}
