//! `claimcheck extract`: claim files, or JSON lines of every value found.

use super::args::ExtractFormat;
use super::{EXIT_OK, Io};
use crate::claims::{ClaimFile, ClaimKind, store};
use crate::compare::value_label;
use crate::corpus;
use crate::gazetteer::Gazetteer;
use std::path::{Path, PathBuf};

/// How `extract` treats existing claim files.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// Rewrite files whose comments would be lost.
    pub force: bool,
    /// Say what would change without writing.
    pub dry_run: bool,
}

/// Extracts every article below `articles`.
pub fn run(
    articles: &[PathBuf],
    out_dir: &Path,
    format: ExtractFormat,
    options: WriteOptions,
    load: corpus::LoadOptions,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let mut files = Vec::new();
    for p in articles {
        if p.is_dir() {
            files.extend(
                corpus::files_under(p)?
                    .into_iter()
                    .filter(|f| corpus::is_article_path(f)),
            );
        } else {
            files.push(p.clone());
        }
    }
    let mut seen = std::collections::HashMap::new();
    let (mut written, mut total, mut stale) = (0usize, 0usize, 0usize);
    // One writer at a time per claims directory.
    let _lock = if format == ExtractFormat::Yaml && !options.dry_run {
        Some(crate::claims::store::lock(out_dir)?)
    } else {
        None
    };
    let mut pending = Vec::new();
    for f in &files {
        let (article, entry, warning) = corpus::extract_file(f, gaz, load)?;
        if let Some(w) = warning {
            writeln!(io.err, "warning: {w}")?;
        }
        if let Some(prev) = seen.insert(entry.article.id.clone(), f.clone()) {
            anyhow::bail!(
                "duplicate article id `{}`: {} and {}",
                entry.article.id,
                prev.display(),
                f.display()
            );
        }
        match format {
            ExtractFormat::Jsonl => {
                for c in &entry.claims {
                    if c.kind == ClaimKind::Role {
                        continue;
                    }
                    writeln!(
                        io.out,
                        "{}",
                        serde_json::to_string(&jsonl_record(&entry.article.id, c))?
                    )?;
                }
            }
            ExtractFormat::Yaml => {
                let path = out_dir.join(format!("{}.yaml", entry.article.id));
                let rel = relative_to(f, out_dir);
                let file = ClaimFile {
                    version: crate::claims::store::FORMAT_VERSION,
                    article: crate::claims::ArticleRecord {
                        path: Some(rel),
                        ..entry.article.clone()
                    },
                    claims: entry.claims.clone(),
                };
                let (file, stats) = match std::fs::read(&path) {
                    Ok(bytes) => {
                        let shown = path.display().to_string();
                        let existing_text = String::from_utf8(bytes).map_err(|e| {
                            anyhow::anyhow!(
                                "{shown}: not valid UTF-8 (first bad byte at offset {}); fix the encoding before re-extracting, it holds review work",
                                e.utf8_error().valid_up_to()
                            )
                        })?;
                        let existing = ClaimFile::parse(&shown, &existing_text)?;
                        // serde cannot carry comments over: refuse rather than drop them.
                        let comments = store::person_comments(&existing_text).map_err(|e| {
                            anyhow::anyhow!(
                                "{shown}:{}:{}: {}",
                                e.line.unwrap_or(1),
                                e.column.unwrap_or(1),
                                e.message
                            )
                        })?;
                        if !comments.is_empty() && !options.force {
                            let lines: Vec<String> =
                                comments.iter().map(usize::to_string).collect();
                            anyhow::bail!(
                                "{shown}: comments on line(s) {} would be lost by rewriting it; move them into a claim's `review.note`, or pass --force to drop them",
                                lines.join(", ")
                            );
                        }
                        store::merge(&existing, file, &article.source.text)
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        let added = file.claims.len();
                        (
                            file,
                            store::MergeStats {
                                added,
                                ..Default::default()
                            },
                        )
                    }
                    Err(e) => {
                        anyhow::bail!("{}: {e}", path.display())
                    }
                };
                if options.dry_run {
                    writeln!(
                        io.err,
                        "{}: {} kept, {} updated, {} new, {} stale (dry run, not written)",
                        path.display(),
                        stats.kept,
                        stats.updated,
                        stats.added,
                        stats.stale
                    )?;
                }
                written += 1;
                total += file.claims.len();
                stale += stats.stale;
                pending.push((path, file));
            }
        }
    }
    // Written only once every article has been read and merged: a failure anywhere
    // leaves every claim file as it was.
    if format == ExtractFormat::Yaml && !options.dry_run {
        for (path, file) in &pending {
            file.save(path)?;
        }
        writeln!(
            io.err,
            "wrote {} ({}, {stale} stale) to {}",
            crate::report::counted(written, "claim file"),
            crate::report::counted(total, "claim"),
            out_dir.display()
        )?;
    }
    Ok(EXIT_OK)
}

/// `path` relative to `base`, so a claims directory can move with its articles.
fn relative_to(path: &Path, base: &Path) -> String {
    let abs = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (p, b) = (abs(path), abs(base));
    let pc: Vec<_> = p.components().collect();
    let bc: Vec<_> = b.components().collect();
    let common = pc.iter().zip(&bc).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return p.display().to_string();
    }
    let mut rel = PathBuf::new();
    for _ in common..bc.len() {
        rel.push("..");
    }
    for c in &pc[common..] {
        rel.push(c);
    }
    rel.display().to_string()
}

/// One line of `extract --format jsonl` (`docs/claim-format.md`).
fn jsonl_record(article: &str, c: &crate::claims::Claim) -> serde_json::Value {
    use serde_json::json;
    let (value, low, high, unit, hedge) = match (&c.value, c.quantity()) {
        (_, Some(q)) => (
            json!(q.point),
            json!(q.low),
            json!(q.high),
            json!(c.fact.unit),
            json!(q.hedge),
        ),
        (crate::claims::Value::Date(d), _) => {
            let g = d.granularity;
            let fmt = |x: jiff::civil::Date| match g {
                crate::claims::Granularity::Year => x.year().to_string(),
                crate::claims::Granularity::Month => format!("{:04}-{:02}", x.year(), x.month()),
                _ => x.to_string(),
            };
            (
                json!(d.point()),
                json!(fmt(d.start)),
                if d.since {
                    json!(null)
                } else {
                    json!(fmt(d.end))
                },
                json!(null),
                json!(if d.since { Some("since") } else { None }),
            )
        }
        _ => (
            json!(null),
            json!(null),
            json!(null),
            json!(null),
            json!(null),
        ),
    };
    json!({
        "article": article,
        "kind": c.kind.as_str(),
        "text": c.evidence.text,
        "line": c.evidence.line,
        "column": c.evidence.column,
        "value": value,
        "low": low,
        "high": high,
        "unit": unit,
        "hedge": hedge,
        "subject": c.fact.concept,
        "label": value_label(c),
    })
}
