//! `claimcheck check`: cross-reference and report.

use super::{EXIT_OK, Io};
use crate::compare::{Finding, Options, Severity, compare_with};
use crate::corpus::{self, Corpus};
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
    let (corpus, findings) = analyse(paths, load, Some(min), gaz, io)?;
    let report = Report::new(&corpus.entries, findings, min);
    report::write(format, &report, style, io.out)?;
    Ok(EXIT_OK)
}

/// The corpus of `paths` (warnings printed) and its findings at or above `min` (all
/// when None), with the verdicts recorded next to the claims: what `check` and the
/// exports built on it report.
pub(super) fn analyse(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    min: Option<Severity>,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<(Corpus, Vec<Finding>)> {
    let corpus = load_corpus(paths, load, gaz, io)?;
    let graph = ClaimGraph::build(&corpus.entries, gaz);
    let findings = findings_with_verdicts(&graph, paths, min, gaz)?;
    Ok((corpus, findings))
}

/// The corpus of `paths`, names resolved, warnings printed; a progress bar on a
/// terminal's standard error while the files are read.
pub(super) fn load_corpus(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<Corpus> {
    let talk = io.err_is_terminal && !io.quiet;
    let bar = crate::progress::Progress::new("reading", talk);
    let cache = load
        .cache
        .then(crate::cache::Cache::default_dir)
        .flatten()
        .map(|dir| crate::cache::Cache::new(dir, gaz));
    // Listed before the files are read, so that a change meanwhile makes it stale.
    // A claims directory whose index is fresh is read from the index: the same
    // corpus, without parsing every claim file.
    let (listing, indexed) = match paths {
        [dir] if dir.is_dir() && !load.lossy => match crate::index::Index::list_and_read(dir) {
            Ok((listing, indexed)) => (Some(listing), Some(indexed)),
            Err(_) => (None, None),
        },
        _ => (None, None),
    };
    let (indexed, old) = match indexed {
        Some(crate::index::Indexed::Fresh(index)) => (index.corpus().ok(), None),
        Some(crate::index::Indexed::Stale(old)) => (None, old),
        None => (None, None),
    };
    let mut corpus = match indexed {
        Some(corpus) => corpus,
        None => {
            // The claim files unchanged since a stale index was built come from it.
            let reusable = listing
                .as_ref()
                .map(|l| crate::index::Reusable::new(&paths[0], l, old, Default::default()));
            let known = |p: &std::path::Path| reusable.as_ref()?.take(p);
            let corpus = corpus::load_reusing(paths, gaz, load, &bar, cache.as_ref(), &known)?;
            if let Some(listing) = &listing {
                // Keeps `lint` and the next run fast; a directory that cannot hold
                // the index only costs speed.
                let _ = crate::index::write(&paths[0], &corpus, listing);
            }
            corpus
        }
    };
    bar.finish();
    if talk && corpus.reused > 0 {
        writeln!(
            io.err,
            "extracted {}; {} unchanged since the last run came from the cache",
            crate::report::counted(corpus.extracted, "article"),
            corpus.reused
        )?;
    }
    corpus.resolve_names();
    for w in &corpus.warnings {
        writeln!(io.err, "warning: {w}")?;
    }
    Ok(corpus)
}

/// The findings of `graph` at or above `min` (all when None), each with its verdict
/// from the directories among `paths`.
pub(super) fn findings_with_verdicts(
    graph: &ClaimGraph<'_>,
    paths: &[PathBuf],
    min: Option<Severity>,
    gaz: &Gazetteer,
) -> anyhow::Result<Vec<Finding>> {
    let options = Options {
        min_severity: min,
        ..Options::default()
    };
    let mut findings = compare_with(graph, gaz, &options);
    let verdicts = crate::verdicts::Verdicts::load_all(paths)?;
    for f in &mut findings {
        f.verdict = verdicts.verdicts.get(&f.id).cloned();
    }
    Ok(findings)
}
