//! CSV: one row per article side of each finding, for spreadsheets.

use super::Report;
use std::io::{self, Write};

/// Writes `report` as CSV with a header row.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "discrepancy",
        "kind",
        "severity",
        "subject",
        "article",
        "claim",
        "text",
        "value",
        "line",
        "column",
        "quote",
        "explanation",
    ])?;
    for f in &report.discrepancies {
        for s in &f.claims {
            w.write_record([
                f.id.as_str(),
                f.kind.as_str(),
                f.severity.as_str(),
                f.subject.as_str(),
                &s.article,
                &s.claim,
                &s.text,
                &s.value,
                &s.line.to_string(),
                &s.column.to_string(),
                &super::one_line(&s.quote),
                f.explanation.as_str(),
            ])?;
        }
    }
    w.flush()
}
