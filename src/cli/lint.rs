//! `claimcheck lint`: drafts against the claim base, with an exit status for CI.

use super::args::LintFormat;
use super::{EXIT_FINDINGS, EXIT_OK, Io};
use crate::article::Article;
use crate::compare::Options;
use crate::config::{Config, FailOn};
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::index;
use crate::lint::{self, Draft, LintOptions};
use crate::source::SourceFile;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;

/// What the command line asked for.
pub struct Request<'a> {
    /// Draft paths (`-` for standard input).
    pub drafts: &'a [PathBuf],
    /// Claim base paths.
    pub base: &'a [PathBuf],
    /// Output format.
    pub format: LintFormat,
    /// Failure threshold from the command line.
    pub fail_on: Option<FailOn>,
    /// Name for a draft read from standard input.
    pub stdin_filename: &'a str,
    /// Whether to colour the human format.
    pub color: bool,
    /// How inputs are read.
    pub load: corpus::LoadOptions,
    /// Whether to use (and keep up to date) the claim-base index of a base that is
    /// one claims directory.
    pub index: bool,
}

fn read_draft(
    path: &std::path::Path,
    stdin_name: &str,
    lossy: bool,
    gaz: &Gazetteer,
) -> anyhow::Result<Draft> {
    let (shown, text) = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        let text = String::from_utf8(bytes).map_err(|e| {
            anyhow::anyhow!(
                "{stdin_name}: not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            )
        })?;
        (stdin_name.to_string(), text)
    } else {
        (
            path.display().to_string(),
            corpus::read_text(path, lossy)?.0,
        )
    };
    let article = Article::parse(&shown, text.clone())?;
    let entry = corpus::entry_for(&article, gaz, Some(shown.clone()));
    Ok(Draft {
        entry,
        source: SourceFile::new(shown, text),
    })
}

/// The claim base to lint against: through the index when the base is one claims
/// directory whose index is fresh; else from the claim files, and the index is
/// rewritten (a failure to write it only costs speed next time).
fn load_base(
    req: &Request<'_>,
    drafts: &[Draft],
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<lint::Base> {
    let dir = match req.base {
        [dir] if req.index && dir.is_dir() => Some(dir),
        _ => None,
    };
    // Taken before the files are read, so that a change meanwhile makes it stale.
    let (listing, found, old) = match dir.map(|d| index::Index::list_and_read(d)) {
        Some(Ok((listing, index::Indexed::Fresh(found)))) => (Some(listing), Some(found), None),
        Some(Ok((listing, index::Indexed::Stale(old)))) => (Some(listing), None, old),
        _ => (None, None, None),
    };
    if let Some(found) = found {
        let entries: Vec<&corpus::Entry> = drafts.iter().map(|d| &d.entry).collect();
        if let Ok(base) = found.base_for(&entries) {
            for w in &base.corpus.warnings {
                writeln!(io.err, "warning: {w}")?;
            }
            return Ok(base);
        }
    }
    // The claim files unchanged since the stale index was built come from it.
    let reusable = match (dir, &listing) {
        (Some(dir), Some(listing)) if !req.load.lossy => {
            Some(index::Reusable::new(dir, listing, old, Default::default()))
        }
        _ => None,
    };
    let known = |p: &std::path::Path| reusable.as_ref()?.take(p);
    let mut base = corpus::load_reusing(
        req.base,
        gaz,
        req.load,
        &crate::progress::Progress::hidden(),
        None,
        &known,
    )?;
    for w in &base.warnings {
        writeln!(io.err, "warning: {w}")?;
    }
    // Text read with --lossy is not what the files hold: no index from it.
    if let (Some(dir), Some(listing), false) = (dir, &listing, req.load.lossy) {
        let _ = index::write(dir, &base, listing);
    }
    // A draft replaces the base's version of the same article.
    base.entries
        .retain(|e| !drafts.iter().any(|d| d.entry.article.id == e.article.id));
    Ok(lint::Base::whole(base))
}

/// Runs lint and prints the report; exit 1 when a finding reaches the threshold.
pub fn run(
    req: &Request<'_>,
    config: &Config,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let mut drafts = Vec::new();
    for p in req.drafts {
        drafts.push(read_draft(p, req.stdin_filename, req.load.lossy, gaz)?);
    }
    let base = load_base(req, &drafts, gaz, io)?;
    let options = LintOptions {
        compare: Options {
            relative: config.tolerance.relative,
            units: config.tolerance.units.clone(),
            min_severity: None,
        },
        ignore: config.ignore.clone(),
        fail_on: req.fail_on.or(config.fail_on),
        verdicts: crate::verdicts::Verdicts::load_all(req.base)?,
        every_group: false,
    };
    let report = lint::lint_base(&drafts, base, gaz, &options);
    let sources: BTreeMap<String, SourceFile> = drafts
        .into_iter()
        .map(|d| (d.source.path.clone(), d.source))
        .collect();
    match req.format {
        LintFormat::Human => lint::human::write(&report, &sources, req.color, io.out)?,
        LintFormat::Json => lint::json::write(&report, io.out)?,
        LintFormat::Sarif => lint::sarif::write(&report, io.out)?,
        LintFormat::Github => lint::github::write(&report, io.out)?,
        LintFormat::Markdown => lint::markdown::write(&report, io.out)?,
    }
    Ok(if report.fails() {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}
