//! `claimcheck export`: discrepancies with a verdict, in interchange formats.

use super::args::ExportFormat;
use super::check::analyse;
use super::{EXIT_OK, Io};
use crate::corpus;
use crate::gazetteer::Gazetteer;
use std::path::PathBuf;

/// Cross-references `paths` and prints the findings that carry a verdict.
pub fn run(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    format: ExportFormat,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let (corpus, findings) = analyse(paths, load, None, gaz, io)?;
    match format {
        ExportFormat::Claimreview => {
            let reviews = crate::claimreview::drafts(&findings, &corpus.entries);
            if reviews.is_empty() {
                writeln!(
                    io.err,
                    "note: no discrepancy has a verdict yet; record one with `claimcheck verdict`"
                )?;
            }
            serde_json::to_writer_pretty(&mut *io.out, &reviews)?;
            writeln!(io.out)?;
        }
    }
    Ok(EXIT_OK)
}
