//! The JSON format of `lint`: a stable, documented schema (`docs/ci.md`).

use super::LintReport;
use std::io::{self, Write};

/// Writes `report` as pretty JSON.
pub fn write(report: &LintReport, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
