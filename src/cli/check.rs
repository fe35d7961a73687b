//! `claimcheck check`: cross-reference and report.

use super::{EXIT_OK, Io};
use crate::compare::{Options, Severity, compare_with};
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::graph::ClaimGraph;
use crate::report::{self, Format, Report, Style};
use std::path::PathBuf;

/// Loads, groups, compares and prints.
pub fn run(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    format: Format,
    min: Severity,
    style: Style,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let mut corpus = corpus::load_with(paths, gaz, load)?;
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
