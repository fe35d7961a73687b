//! `claimcheck graph`: the claim graph for Graphviz and other tools.

use super::check::{findings_with_verdicts, load_corpus};
use super::{EXIT_OK, Io};
use crate::compare::Severity;
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::graph::ClaimGraph;
use crate::graph::export::{self, GraphFormat};
use std::path::PathBuf;

/// Builds the graph of `paths` and prints it with the conflicts at or above `min`.
pub fn run(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    format: GraphFormat,
    min: Severity,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let corpus = load_corpus(paths, load, gaz, io)?;
    let graph = ClaimGraph::build(&corpus.entries, gaz);
    let findings: Vec<_> = findings_with_verdicts(&graph, paths, Some(min), gaz)?
        .into_iter()
        .filter(|f| f.severity >= min)
        .collect();
    let exported = export::Exported::new(&graph, &findings, gaz);
    match format {
        GraphFormat::Dot => export::write_dot(&exported, io.out)?,
        GraphFormat::Json => export::write_json(&exported, io.out)?,
    }
    Ok(EXIT_OK)
}
