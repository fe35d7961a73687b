//! Markdown: a table fit for an issue or a pull-request comment.

use super::{Report, around, one_line};
use std::io::{self, Write};

fn cell(s: &str) -> String {
    one_line(s).replace('|', "\\|")
}

/// Writes `report` as a Markdown summary and table.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "**claimcheck**: {}, {}, {}\n",
        super::counted(report.articles.len(), "article"),
        super::counted(report.claims, "claim"),
        super::counted(report.discrepancies.len(), "finding")
    )?;
    if report.discrepancies.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "| severity | kind | subject | article | as written | quote |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for f in &report.discrepancies {
        for (i, s) in f.claims.iter().enumerate() {
            let (sev, kind, subject) = if i == 0 {
                (f.severity.as_str(), f.kind.as_str(), cell(&f.subject))
            } else {
                ("", "", String::new())
            };
            writeln!(
                out,
                "| {sev} | {kind} | {subject} | {} | `{}` | {} |",
                cell(&s.article),
                cell(&s.text).replace('`', "'"),
                cell(&around(&s.quote, &s.text, 120))
            )?;
        }
    }
    Ok(())
}
