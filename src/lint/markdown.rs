//! A Markdown summary fit for a pull-request comment.

use super::LintReport;
use crate::report::one_line;
use std::io::{self, Write};

fn cell(s: &str) -> String {
    one_line(s).replace('|', "\\|")
}

/// Writes a summary line and a table of findings.
pub fn write(report: &LintReport, out: &mut dyn Write) -> io::Result<()> {
    let verdict = if report.fails() { "fails" } else { "passes" };
    writeln!(
        out,
        "**claimcheck lint {verdict}**: {} finding(s) in {} draft(s), checked against {} claims\n",
        report.findings.len(),
        report.drafts.len(),
        report.base_claims
    )?;
    if report.findings.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "| severity | code | where | draft says | claim base says |"
    )?;
    writeln!(out, "|---|---|---|---|---|")?;
    for f in &report.findings {
        let base: Vec<String> = f
            .related
            .iter()
            .map(|r| {
                format!(
                    "`{}` ({}, {}:{})",
                    cell(&r.text).replace('`', "'"),
                    cell(&r.article),
                    r.line,
                    r.column
                )
            })
            .collect();
        writeln!(
            out,
            "| {} | `{}` | {}:{}:{} | `{}` | {} |",
            f.severity.as_str(),
            f.code.as_str(),
            cell(&f.primary.file),
            f.primary.line,
            f.primary.column,
            cell(&f.primary.text).replace('`', "'"),
            base.join("<br>")
        )?;
    }
    Ok(())
}
