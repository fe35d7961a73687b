//! The stable JSON contract of `check --format json` (`docs/report-format.md`).

use super::Report;
use std::io::{self, Write};

/// Writes `report` as pretty JSON with a final newline.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
