//! GitHub Actions workflow commands, one per finding, for pull-request annotations.

use super::LintReport;
use crate::compare::Severity;
use std::io::{self, Write};

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Writes one `::error`/`::warning`/`::notice` line per finding.
pub fn write(report: &LintReport, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.findings {
        let command = match f.severity {
            Severity::Contradiction => "error",
            Severity::Discrepancy => "warning",
            _ => "notice",
        };
        let related: Vec<String> = f
            .related
            .iter()
            .map(|r| format!("{} ({}:{}) says «{}»", r.article, r.file, r.line, r.text))
            .collect();
        let mut message = f.message.clone();
        if !f.explanation.is_empty() {
            message.push_str(&format!(" — {}", f.explanation));
        }
        if !related.is_empty() {
            message.push_str(&format!("\n{}", related.join("\n")));
        }
        writeln!(
            out,
            "::{command} file={},line={},col={},endColumn={},title={}::{}",
            property(&f.primary.file),
            f.primary.line,
            f.primary.column,
            f.primary.end_column,
            property(&format!("claimcheck {}", f.code.as_str())),
            data(&message)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_workflow_commands_reserve() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
