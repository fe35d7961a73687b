//! `claimcheck report`: the discrepancies as one self-contained HTML page.

use super::check::analyse;
use super::{EXIT_OK, Io};
use crate::compare::Severity;
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::report::{Report, counted, html};
use std::path::{Path, PathBuf};

/// Cross-references `paths` and writes the page to `out` (`-`: standard output).
pub fn run(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    out: &Path,
    min: Severity,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let (corpus, findings) = analyse(paths, load, Some(min), gaz, io)?;
    let report = Report::new(&corpus.entries, findings, min);
    let page = html::Page::new(&report, &corpus.entries, gaz);
    if out == Path::new("-") {
        html::write(&page, io.out)?;
        return Ok(EXIT_OK);
    }
    let mut bytes = Vec::new();
    html::write(&page, &mut bytes)?;
    // Through a temporary file: a browser reloading the page never sees half of it.
    crate::claims::store::write_atomic(out, &bytes)?;
    // The page is made to be shared: readable by others, as a file written directly
    // would be (the temporary file it comes from is private).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(out, std::fs::Permissions::from_mode(0o644))?;
    }
    if !io.quiet {
        writeln!(
            io.err,
            "wrote {} ({} in {})",
            out.display(),
            counted(report.discrepancies.len(), "finding"),
            counted(report.articles.len(), "article")
        )?;
    }
    Ok(EXIT_OK)
}
