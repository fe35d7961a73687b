//! `claimcheck review`: what still needs a human.

use super::{EXIT_OK, Io};
use crate::claims::{ClaimFile, ReviewStatus};
use crate::compare::{Severity, compare};
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::graph::ClaimGraph;
use crate::verdicts::Verdicts;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Prints discrepancies without a verdict, the unreviewed claims in them, and stale claims.
pub fn run(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let mut corpus = corpus::load_with(paths, gaz, load)?;
    corpus.resolve_names();
    let graph = ClaimGraph::build(&corpus.entries, gaz);
    let verdicts = Verdicts::load_all(paths)?;
    let findings: Vec<_> = compare(&graph, gaz)
        .into_iter()
        .filter(|f| f.severity >= Severity::Discrepancy)
        .collect();
    // Review state lives in the claim files.
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            files.extend(corpus::files_under(p)?);
        } else if p
            .file_name()
            .is_some_and(|n| n != crate::verdicts::FILE_NAME && n != crate::config::FILE_NAME)
        {
            files.push(p.clone());
        }
    }
    files.retain(|f| corpus::is_yaml_path(f));
    let mut reviewed: BTreeSet<(String, String)> = BTreeSet::new();
    let mut stale = Vec::new();
    for f in &files {
        let (text, _) = corpus::read_text(f, load.lossy)?;
        if !corpus::looks_like_claim_file(&text) {
            continue;
        }
        let file = ClaimFile::parse(&f.display().to_string(), &text)?;
        for c in &file.claims {
            if c.review.status != ReviewStatus::Unreviewed {
                reviewed.insert((file.article.id.clone(), c.id.clone()));
            }
            if c.stale {
                stale.push(format!(
                    "{}: {} «{}» (line {} before the article changed)",
                    f.display(),
                    c.id,
                    c.evidence.text,
                    c.evidence.line
                ));
            }
        }
    }
    let open: Vec<_> = findings
        .iter()
        .filter(|f| f.verdict.is_none() && !verdicts.verdicts.contains_key(&f.id))
        .collect();
    writeln!(io.out, "Discrepancies without a verdict ({}):", open.len())?;
    for f in &open {
        writeln!(io.out, "  {} {} {}", f.id, f.severity.as_str(), f.subject)?;
    }
    let mut unreviewed = BTreeSet::new();
    for f in &findings {
        for s in &f.claims {
            if !reviewed.contains(&(s.article.to_string(), s.claim.to_string())) {
                unreviewed.insert(format!(
                    "  {}:{}:{} {} «{}» (in {})",
                    s.article, s.line, s.column, s.claim, s.text, f.id
                ));
            }
        }
    }
    writeln!(
        io.out,
        "Unreviewed claims in discrepancies ({}):",
        unreviewed.len()
    )?;
    for u in &unreviewed {
        writeln!(io.out, "{u}")?;
    }
    writeln!(io.out, "Stale claims ({}):", stale.len())?;
    for s in &stale {
        writeln!(io.out, "  {s}")?;
    }
    Ok(EXIT_OK)
}
