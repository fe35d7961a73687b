//! `claimcheck check`: cross-reference and report.

use super::{EXIT_OK, Io};
use crate::compare::{Options, Severity, compare_with};
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::graph::ClaimGraph;
use crate::report::{self, Format, Report, Style};
use std::path::PathBuf;

/// How `check` prints.
pub struct Output {
    /// Report format.
    pub format: Format,
    /// Least severity reported.
    pub min: Severity,
    /// Colours and width.
    pub style: Style,
    /// Draw a progress bar on standard error.
    pub progress: bool,
}

/// Loads, groups, compares and prints.
pub fn run(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    output: Output,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let Output {
        format,
        min,
        style,
        progress,
    } = output;
    let bar = crate::progress::Progress::new("reading", progress);
    let mut corpus = corpus::load_with_progress(paths, gaz, load, &bar)?;
    bar.finish();
    corpus.resolve_names();
    for w in &corpus.warnings {
        writeln!(io.err, "warning: {w}")?;
    }
    let graph = ClaimGraph::build(&corpus.entries, gaz);
    let options = Options {
        min_severity: Some(min),
        ..Options::default()
    };
    let mut findings = compare_with(&graph, gaz, &options);
    let verdicts = crate::verdicts::Verdicts::load_all(paths)?;
    for f in &mut findings {
        f.verdict = verdicts.verdicts.get(&f.id).cloned();
    }
    let report = Report::new(&corpus.entries, findings, min);
    report::write(format, &report, style, io.out)?;
    Ok(EXIT_OK)
}
