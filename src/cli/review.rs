//! `claimcheck review`: what still needs a human.

use super::{EXIT_OK, Io};
use crate::claims::{ClaimFile, ReviewStatus};
use crate::compare::{Severity, compare};
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::graph::ClaimGraph;
use crate::verdicts::Verdicts;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn claim_files(p: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if p.is_dir() {
        let mut items: Vec<PathBuf> = std::fs::read_dir(p)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        items.sort();
        for i in items {
            claim_files(&i, out)?;
        }
    } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml")
        && p.file_name()
            .is_some_and(|n| n != crate::verdicts::FILE_NAME && n != crate::config::FILE_NAME)
    {
        out.push(p.to_path_buf());
    }
    Ok(())
}

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
        claim_files(p, &mut files)?;
    }
    let mut reviewed: BTreeSet<(String, String)> = BTreeSet::new();
    let mut stale = Vec::new();
    for f in &files {
        let text = corpus::read_utf8(f)?;
        if !text
            .lines()
            .map(str::trim_start)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .is_some_and(|l| l.starts_with("version:"))
        {
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
            if !reviewed.contains(&(s.article.clone(), s.claim.clone())) {
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
