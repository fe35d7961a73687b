//! `claimcheck extract`: claim files, or JSON lines of every value found.

use super::args::ExtractFormat;
use super::{EXIT_OK, Io};
use crate::claims::{ClaimFile, ClaimKind, store};
use crate::compare::value_label;
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::progress::Progress;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// How `extract` treats existing claim files, and what it says.
#[derive(Debug, Clone, Copy, Default)]
pub struct WriteOptions {
    /// Rewrite files whose comments would be lost.
    pub force: bool,
    /// Say what would change without writing.
    pub dry_run: bool,
    /// Draw a progress bar on standard error.
    pub progress: bool,
    /// No summary line.
    pub quiet: bool,
}

/// One article, extracted and merged with its claim file, ready to print or write.
struct Prepared {
    source: PathBuf,
    id: String,
    warning: Option<String>,
    output: Output,
}

enum Output {
    /// JSON lines, one per value.
    Lines(Vec<String>),
    /// A claim file to write, and what merging changed.
    File(PathBuf, Box<ClaimFile>, store::MergeStats),
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
    // One writer at a time per claims directory.
    let _lock = if format == ExtractFormat::Yaml && !options.dry_run {
        Some(crate::claims::store::lock(out_dir)?)
    } else {
        None
    };
    let bar = Progress::new("extracting", options.progress);
    bar.set_total(files.len());
    // Every core extracts and merges; results are taken in order, so output, the
    // first error and the warnings are those of a one-core run.
    let prepared: Vec<anyhow::Result<Prepared>> = files
        .par_iter()
        .map(|f| {
            if crate::progress::interrupted() {
                anyhow::bail!("interrupted: no claim file was written");
            }
            bar.tick();
            prepare(f, out_dir, format, options, load, gaz)
        })
        .collect();
    let mut seen = std::collections::HashMap::new();
    let (mut total, mut stale) = (0usize, 0usize);
    let mut pending = Vec::new();
    for p in prepared {
        let p = p?;
        if let Some(w) = &p.warning {
            writeln!(io.err, "warning: {w}")?;
        }
        if let Some(prev) = seen.insert(p.id.clone(), p.source.clone()) {
            anyhow::bail!(
                "duplicate article id `{}`: {} and {}",
                p.id,
                prev.display(),
                p.source.display()
            );
        }
        match p.output {
            Output::Lines(lines) => {
                for line in lines {
                    writeln!(io.out, "{line}")?;
                }
            }
            Output::File(path, file, stats) => {
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
                total += file.claims.len();
                stale += stats.stale;
                pending.push((path, file));
            }
        }
    }
    // Written only once every article has been read and merged: a failure anywhere
    // leaves every claim file as it was. Each file is written whole (a temporary file
    // renamed over it), so Ctrl-C between files leaves complete files only.
    if format == ExtractFormat::Yaml && !options.dry_run {
        bar.stage("writing", pending.len());
        // Each file written gives its stamp right after the write (None when it
        // cannot be read), so the index can tell this content from a later edit.
        type Saved = Option<Option<crate::index::FileStamp>>;
        let saved: Vec<anyhow::Result<Saved>> = pending
            .par_iter()
            .map(|(path, file)| {
                if crate::progress::interrupted() {
                    return Ok(None);
                }
                bar.tick();
                file.save(path)?;
                Ok(Some(crate::index::FileStamp::of(path).ok()))
            })
            .collect();
        bar.finish();
        let count = pending.len();
        let mut written = 0;
        let mut in_memory = std::collections::HashMap::new();
        for (s, (path, file)) in saved.into_iter().zip(pending) {
            let Some(stamp) = s? else { continue };
            written += 1;
            if let Some(stamp) = stamp {
                in_memory.insert(path, (stamp, *file));
            }
        }
        if written < count {
            anyhow::bail!(
                "interrupted: {} of {count} written to {} (each one whole); run extract again to finish",
                crate::report::counted(written, "claim file"),
                out_dir.display()
            );
        }
        // Under the lock, so no other writer races it; a directory that cannot hold
        // the index only makes the next lint slower.
        if written > 0 {
            let _ = crate::index::refresh_written(out_dir, gaz, in_memory);
        }
        if !options.quiet {
            writeln!(
                io.err,
                "wrote {} ({}, {stale} stale) to {}",
                crate::report::counted(written, "claim file"),
                crate::report::counted(total, "claim"),
                out_dir.display()
            )?;
        }
    }
    Ok(EXIT_OK)
}

/// Extracts one article and, for claim files, merges with the one already there.
fn prepare(
    f: &Path,
    out_dir: &Path,
    format: ExtractFormat,
    options: WriteOptions,
    load: corpus::LoadOptions,
    gaz: &Gazetteer,
) -> anyhow::Result<Prepared> {
    let (article, entry, warning) = corpus::extract_file(f, gaz, load)?;
    let output = match format {
        ExtractFormat::Jsonl => Output::Lines(
            entry
                .claims
                .iter()
                .filter(|c| c.kind != ClaimKind::Role)
                .map(|c| serde_json::to_string(&jsonl_record(&entry.article.id, c)))
                .collect::<Result<_, _>>()?,
        ),
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
                        let lines: Vec<String> = comments.iter().map(usize::to_string).collect();
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
            Output::File(path, Box::new(file), stats)
        }
    };
    Ok(Prepared {
        source: f.to_path_buf(),
        id: entry.article.id,
        warning,
        output,
    })
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
            let (low, high) = d.bounds();
            (
                json!(d.point()),
                json!(low.map(fmt)),
                json!(high.map(fmt)),
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
