//! The inputs of a run: claim files and articles named on the command line or found
//! below a directory, paired so an article with a claim file is not extracted again.

use crate::article::{Article, ArticleError};
use crate::claims::store::{ClaimFile, StoreError, sha256_hex};
use crate::claims::{ArticleRecord, Claim};
use crate::extract::extract;
use crate::gazetteer::Gazetteer;
use crate::progress::Progress;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// One article of the corpus, with its claims.
#[derive(Debug, Clone)]
pub struct Entry {
    /// What is known of the article.
    pub article: ArticleRecord,
    /// Path of the article file, when known.
    pub article_path: Option<String>,
    /// Path of the claim file it came from, if any.
    pub claim_path: Option<String>,
    /// Its claims.
    pub claims: Vec<Claim>,
}

/// A loaded corpus.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Articles, sorted by id.
    pub entries: Vec<Entry>,
    /// Things the user should know that did not stop the run.
    pub warnings: Vec<String>,
    /// How many articles were extracted in this run.
    pub extracted: usize,
    /// How many articles' claims came from the extraction cache.
    pub reused: usize,
}

/// Why the corpus could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// A path could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// A file is not valid UTF-8.
    #[error(
        "{path}:{line}:{column}: not valid UTF-8 (first bad byte at offset {offset}; --lossy replaces bad bytes)"
    )]
    Utf8 {
        /// The path.
        path: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column (in characters) of the first invalid byte.
        column: usize,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// An article could not be parsed.
    #[error(transparent)]
    Article(#[from] ArticleError),
    /// A claim file could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Two inputs claim the same article id.
    #[error("duplicate article id `{id}`: {first} and {second}")]
    DuplicateId {
        /// The id.
        id: String,
        /// One file.
        first: String,
        /// The other.
        second: String,
    },
    /// A file holds binary data, not text.
    #[error("{path}: a binary file, not an article or a claim file")]
    Binary {
        /// The path.
        path: String,
    },
    /// A named path does not exist.
    #[error("{path}: no such file or directory")]
    NotFound {
        /// The path.
        path: String,
    },
    /// The user pressed Ctrl-C.
    #[error("interrupted")]
    Interrupted,
    /// A named path holds nothing claimcheck reads.
    #[error("{path}: not a claim file (.yaml), an article (.md, .txt) or a directory")]
    Unsupported {
        /// The path.
        path: String,
    },
}

/// What a file is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    ClaimFile,
    Article,
}

fn kind_of(path: &Path) -> Option<FileKind> {
    // Compared in place: this runs once per file of a 100,000-file directory.
    let ext = path.extension()?.to_str()?;
    let is = |e: &str| ext.eq_ignore_ascii_case(e);
    if is("yaml") || is("yml") {
        Some(FileKind::ClaimFile)
    } else if is("md") || is("markdown") || is("txt") {
        Some(FileKind::Article)
    } else {
        None
    }
}

/// Files that live beside articles without being articles.
fn is_project_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let starts = |prefix: &str| {
        name.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    starts("readme")
        || starts("changelog")
        || starts("license")
        || name.starts_with('.')
        || name.eq_ignore_ascii_case(crate::verdicts::FILE_NAME)
        || name.eq_ignore_ascii_case(crate::config::FILE_NAME)
}

/// Whether a YAML text looks like a claim file (walks skip other YAML such as configs).
pub fn looks_like_claim_file(text: &str) -> bool {
    text.lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#') && *l != "---")
        .is_some_and(|l| l.starts_with("version:"))
}

/// Reads a file as UTF-8, with the offset of the first bad byte on failure.
pub fn read_utf8(path: &Path) -> Result<String, CorpusError> {
    read_text(path, false).map(|(text, _)| text)
}

/// Reads a text file: a binary file (a NUL byte) is an error; invalid UTF-8 is an
/// error naming the offset, or, when `lossy`, replaced by U+FFFD with a warning.
pub fn read_text(path: &Path, lossy: bool) -> Result<(String, Option<String>), CorpusError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| CorpusError::Io {
        path: shown.clone(),
        source,
    })?;
    if bytes.contains(&0) {
        return Err(CorpusError::Binary { path: shown });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) if lossy => {
            let offset = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Ok((
                text,
                Some(format!(
                    "{shown}: invalid UTF-8 from byte {offset} replaced (--lossy)"
                )),
            ))
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let (line, column) = position_of(&e.as_bytes()[..offset]);
            Err(CorpusError::Utf8 {
                path: shown,
                line,
                column,
                offset,
            })
        }
    }
}

/// Line and column just past `valid`, a prefix known to be UTF-8.
fn position_of(valid: &[u8]) -> (usize, usize) {
    let valid = std::str::from_utf8(valid).unwrap_or_default();
    let line = valid.matches('\n').count() + 1;
    let last = valid.rfind('\n').map_or(valid, |i| &valid[i + 1..]);
    (line, last.chars().count() + 1)
}

/// The inputs below `dir`, sorted: articles (`.md`, `.markdown`, `.txt`) and YAML,
/// without hidden directories or project files (README, LICENSE, configs, verdicts).
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>, CorpusError> {
    let mut out = Vec::new();
    walk(dir, &mut out)?;
    Ok(out)
}

/// Whether `path` names an article by its extension.
pub fn is_article_path(path: &Path) -> bool {
    kind_of(path) == Some(FileKind::Article)
}

/// Whether `path` names a YAML file (a claim file, once its text says so).
pub fn is_yaml_path(path: &Path) -> bool {
    kind_of(path) == Some(FileKind::ClaimFile)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), CorpusError> {
    let io = |source| CorpusError::Io {
        path: dir.display().to_string(),
        source,
    };
    // The entry's type comes with the listing on most systems: no `stat` per file,
    // which is most of listing a directory of 100,000 claim files. A symbolic link is
    // followed, as before.
    let mut items: Vec<(std::ffi::OsString, PathBuf, bool)> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| {
            let e = e?;
            let kind = e.file_type()?;
            let p = e.path();
            let is_dir = if kind.is_symlink() {
                p.is_dir()
            } else {
                kind.is_dir()
            };
            Ok((e.file_name(), p, is_dir))
        })
        .collect::<Result<_, std::io::Error>>()
        .map_err(io)?;
    // Siblings differ only in their names: comparing those is the path order, and
    // much cheaper than comparing paths component by component.
    items.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (name, p, is_dir) in items {
        if is_dir {
            if !name.as_encoded_bytes().starts_with(b".") {
                walk(&p, out)?;
            }
        } else if kind_of(&p).is_some() && !is_project_file(&p) {
            out.push(p);
        }
    }
    Ok(())
}

/// How inputs are read.
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadOptions {
    /// Replace invalid UTF-8 instead of failing.
    pub lossy: bool,
    /// Reuse the extraction cache of the user's cache directory (see
    /// [`crate::cache`]) where a caller supports it.
    pub cache: bool,
}

/// Loads `paths` (files or directories). Articles that have a claim file among the
/// inputs are read from it; the others are extracted with `gaz`.
pub fn load(paths: &[PathBuf], gaz: &Gazetteer) -> Result<Corpus, CorpusError> {
    load_with(paths, gaz, LoadOptions::default())
}

/// [`load`] with reading options.
pub fn load_with(
    paths: &[PathBuf],
    gaz: &Gazetteer,
    options: LoadOptions,
) -> Result<Corpus, CorpusError> {
    load_with_progress(paths, gaz, options, &Progress::hidden())
}

/// [`load_with`], ticking `progress` once per file read.
pub fn load_with_progress(
    paths: &[PathBuf],
    gaz: &Gazetteer,
    options: LoadOptions,
    progress: &Progress,
) -> Result<Corpus, CorpusError> {
    load_cached(paths, gaz, options, progress, None)
}

/// [`load_with_progress`], taking articles that have not changed since a previous run
/// from `cache` (and storing the others there).
pub fn load_cached(
    paths: &[PathBuf],
    gaz: &Gazetteer,
    options: LoadOptions,
    progress: &Progress,
    cache: Option<&crate::cache::Cache>,
) -> Result<Corpus, CorpusError> {
    load_reusing(paths, gaz, options, progress, cache, &|_| None)
}

/// Gives what a claim file holds when the caller knows it already: its article and
/// its reviewed claims (see [`Claim::reviewed`]); see [`load_reusing`].
pub type KnownClaimFile<'a> = dyn Fn(&Path) -> Option<(ArticleRecord, Vec<Claim>)> + Sync + 'a;

/// [`load_cached`], taking the claim files `known` gives instead of reading them: the
/// index is rebuilt from the claim files `extract` has just written and from the old
/// index's records of the files unchanged since (`index::Reusable`).
pub fn load_reusing(
    paths: &[PathBuf],
    gaz: &Gazetteer,
    options: LoadOptions,
    progress: &Progress,
    cache: Option<&crate::cache::Cache>,
    known: &KnownClaimFile<'_>,
) -> Result<Corpus, CorpusError> {
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    for p in paths {
        if p.is_dir() {
            files.extend(files_under(p)?.into_iter().map(|f| (f, false)));
        } else if kind_of(p).is_some() {
            files.push((p.clone(), true));
        } else if !p.exists() {
            return Err(CorpusError::NotFound {
                path: p.display().to_string(),
            });
        } else {
            return Err(CorpusError::Unsupported {
                path: p.display().to_string(),
            });
        }
    }
    progress.set_total(files.len());
    let mut corpus = Corpus::default();
    let mut by_id: BTreeMap<String, Entry> = BTreeMap::new();
    let mut covered: HashMap<PathBuf, String> = HashMap::new();
    // Claim files first, so their articles are not extracted again. Files are read
    // and parsed on every core; results are taken in order, so the first error and
    // the warnings come out as a one-core run would give them.
    let claim_files: Vec<&(PathBuf, bool)> = files
        .iter()
        .filter(|(p, _)| kind_of(p) == Some(FileKind::ClaimFile))
        .collect();
    let parsed: Vec<Result<ReadClaimFile, CorpusError>> = claim_files
        .par_iter()
        .map(|(path, named)| {
            if crate::progress::interrupted() {
                return Err(CorpusError::Interrupted);
            }
            progress.tick();
            match known(path) {
                Some((article, claims)) => Ok(claim_file_entry(path, article, claims)),
                None => read_claim_file(path, *named, options),
            }
        })
        .collect();
    for read in parsed {
        let read = read?;
        corpus.warnings.extend(read.warnings);
        let Some(entry) = read.entry else { continue };
        if let Some(ap) = &entry.article_path {
            covered.insert(normalize_path(Path::new(ap)), read.shown.clone());
        }
        insert(&mut by_id, entry)?;
    }
    let articles: Vec<&(PathBuf, bool)> = files
        .iter()
        .filter(|(p, _)| {
            kind_of(p) == Some(FileKind::Article) && !covered.contains_key(&normalize_path(p))
        })
        .collect();
    let extracted: Vec<Result<Extracted, CorpusError>> = articles
        .par_iter()
        .map(|(path, named)| {
            if crate::progress::interrupted() {
                return Err(CorpusError::Interrupted);
            }
            progress.tick();
            let mut warnings = Vec::new();
            let Some(text) = read_input(path, *named, options, &mut warnings)? else {
                return Ok((None, warnings));
            };
            let shown = path.display().to_string();
            let key = cache.map(|c| c.key(&shown, &text));
            if let (Some(c), Some(k)) = (cache, &key)
                && let Some(hit) = c.get(k)
            {
                let entry = Entry {
                    article: hit.article,
                    article_path: Some(shown),
                    claim_path: None,
                    claims: hit.claims,
                };
                return Ok((Some((entry, true)), warnings));
            }
            let entry = entry_for(&Article::parse(&shown, text)?, gaz, Some(shown));
            if let (Some(c), Some(k)) = (cache, &key) {
                c.put(
                    k,
                    &crate::cache::Cached {
                        article: entry.article.clone(),
                        claims: entry.claims.clone(),
                    },
                );
            }
            Ok((Some((entry, false)), warnings))
        })
        .collect();
    for result in extracted {
        let (entry, warnings) = result?;
        corpus.warnings.extend(warnings);
        if let Some((entry, reused)) = entry {
            if reused {
                corpus.reused += 1;
            } else {
                corpus.extracted += 1;
            }
            insert(&mut by_id, entry)?;
        }
    }
    corpus.entries = by_id.into_values().collect();
    Ok(corpus)
}

/// An article read and extracted for a corpus (no entry for a binary file met by
/// walking), with its warnings.
/// The flag says whether the entry came from the cache.
type Extracted = (Option<(Entry, bool)>, Vec<String>);

/// A claim file read for a corpus: no entry for a binary file or other YAML met by
/// walking.
struct ReadClaimFile {
    shown: String,
    entry: Option<Entry>,
    warnings: Vec<String>,
}

/// Reads one claim file.
fn read_claim_file(
    path: &Path,
    named: bool,
    options: LoadOptions,
) -> Result<ReadClaimFile, CorpusError> {
    let mut warnings = Vec::new();
    let shown = path.display().to_string();
    let skipped = |warnings| ReadClaimFile {
        shown: shown.clone(),
        entry: None,
        warnings,
    };
    let Some(text) = read_input(path, named, options, &mut warnings)? else {
        return Ok(skipped(warnings));
    };
    if !named && !looks_like_claim_file(&text) {
        return Ok(skipped(warnings));
    }
    let file = ClaimFile::parse(&shown, &text)?;
    // Reviewers' decisions apply: rejected and stale claims drop out, corrected
    // values replace extracted ones.
    let claims = file
        .claims
        .iter()
        .filter_map(crate::claims::Claim::reviewed)
        .collect();
    let mut read = claim_file_entry(path, file.article, claims);
    warnings.append(&mut read.warnings);
    read.warnings = warnings;
    Ok(read)
}

/// The corpus entry of the claim file at `path` on `article` with the reviewed
/// `claims`, with a warning when the article changed since.
fn claim_file_entry(path: &Path, article: ArticleRecord, claims: Vec<Claim>) -> ReadClaimFile {
    let shown = path.display().to_string();
    let mut warnings = Vec::new();
    let article_path = article_path_of(path, &article);
    if let Some(ap) = &article_path
        && let Ok(current) = std::fs::read_to_string(ap)
        && article
            .sha256
            .as_deref()
            .is_some_and(|h| h != sha256_hex(&current))
    {
        warnings.push(format!(
            "{shown}: {} changed since its claims were extracted; run `claimcheck extract {}`",
            ap.display(),
            ap.display()
        ));
    }
    ReadClaimFile {
        entry: Some(Entry {
            article,
            article_path: article_path.map(|p| p.display().to_string()),
            claim_path: Some(shown.clone()),
            claims,
        }),
        shown,
        warnings,
    }
}

impl Corpus {
    /// Merges the spellings of names the gazetteer does not know across the corpus
    /// ("Paradip"/"Paradeep", "NDRF"/"National Disaster Response Force"), rewriting
    /// every claim to the canonical id. Returns the map used.
    pub fn resolve_names(&mut self) -> HashMap<String, String> {
        let names = name_ids(&self.entries);
        self.resolve_names_among(&names)
    }

    /// [`Corpus::resolve_names`] with the spellings of `names` (every `name:` id of
    /// the whole base, when the corpus holds only part of it) instead of the corpus's
    /// own: resolution is corpus-wide, so a part alone could merge names otherwise.
    pub fn resolve_names_among(
        &mut self,
        names: &std::collections::BTreeSet<String>,
    ) -> HashMap<String, String> {
        let map = crate::resolve::resolve_ids(names);
        let canon = |id: &mut String| {
            if let Some(c) = map.get(id.as_str())
                && c != id
            {
                *id = c.clone();
            }
        };
        for e in &mut self.entries {
            for c in &mut e.claims {
                let f = &mut c.fact;
                if let Some(o) = &mut f.owner {
                    canon(o);
                }
                f.places.iter_mut().for_each(canon);
                f.things.iter_mut().for_each(canon);
                f.places.sort();
                f.places.dedup();
                c.entities.iter_mut().for_each(canon);
                c.entities.sort();
                c.entities.dedup();
                if let Some(s) = c.attribution.as_mut().and_then(|a| a.source.as_mut()) {
                    canon(s);
                }
                if let crate::claims::Value::Actor { actor } = &mut c.value {
                    canon(actor);
                }
            }
        }
        map
    }
}

/// The distinct `name:` ids (names the gazetteer does not know) the claims of
/// `entries` refer to: what [`Corpus::resolve_names`] merges.
pub fn name_ids<'a>(
    entries: impl IntoIterator<Item = &'a Entry>,
) -> std::collections::BTreeSet<String> {
    entries
        .into_iter()
        .flat_map(|e| &e.claims)
        .flat_map(claim_ids)
        .filter(|id| id.starts_with("name:"))
        .collect()
}

/// Every entity id a claim refers to.
pub fn claim_ids(c: &Claim) -> Vec<String> {
    let f = &c.fact;
    let mut ids: Vec<String> = f
        .owner
        .iter()
        .chain(&f.places)
        .chain(&f.things)
        .chain(&c.entities)
        .cloned()
        .collect();
    if let Some(s) = c.attribution.as_ref().and_then(|a| a.source.clone()) {
        ids.push(s);
    }
    if let crate::claims::Value::Actor { actor } = &c.value {
        ids.push(actor.clone());
    }
    ids
}

/// Reads one input file, recording warnings; `None` for a binary file met by walking
/// a directory, which is passed over (named, it is an error).
fn read_input(
    path: &Path,
    named: bool,
    options: LoadOptions,
    warnings: &mut Vec<String>,
) -> Result<Option<String>, CorpusError> {
    match read_text(path, options.lossy) {
        Err(CorpusError::Binary { path: p }) if !named => {
            warnings.push(format!("{p}: binary file skipped"));
            Ok(None)
        }
        Err(e) => Err(e),
        Ok((text, warning)) => {
            warnings.extend(warning);
            Ok(Some(text))
        }
    }
}

/// Reads and extracts one article file.
///
/// With `options.lossy`, invalid UTF-8 is replaced and the warning returned. The
/// parsed article comes back too, for callers that need its text.
pub fn extract_file(
    path: &Path,
    gaz: &Gazetteer,
    options: LoadOptions,
) -> Result<(Article, Entry, Option<String>), CorpusError> {
    let (text, warning) = read_text(path, options.lossy)?;
    let shown = path.display().to_string();
    let article = Article::parse(&shown, text)?;
    let entry = entry_for(&article, gaz, Some(shown));
    Ok((article, entry, warning))
}

/// A French article the way unit tests write one (front matter, then `body`), its
/// entry extracted as `check` extracts it, and its text.
#[cfg(test)]
pub(crate) fn french_test_article(
    id: &str,
    published: &str,
    body: &str,
    path: Option<String>,
) -> (Entry, String) {
    let text = format!("---\nid: {id}\npublished: {published}\nlang: fr\n---\n\n{body}\n");
    let article = Article::parse(id, text.clone()).expect("a valid test article");
    (entry_for(&article, Gazetteer::builtin(), path), text)
}

/// The corpus entry of a parsed article.
pub fn entry_for(article: &Article, gaz: &Gazetteer, path: Option<String>) -> Entry {
    let claims = extract(article, gaz);
    let file = ClaimFile::new(article, path.clone(), claims);
    Entry {
        article: file.article,
        article_path: path,
        claim_path: None,
        claims: file.claims,
    }
}

/// The article path a claim file at `claim_path` records, as the corpus shows it.
pub(crate) fn article_path_of(claim_path: &Path, record: &ArticleRecord) -> Option<PathBuf> {
    record
        .path
        .as_ref()
        .map(|rel| clean_path(&claim_path.parent().unwrap_or(Path::new(".")).join(rel)))
}

/// `claims/../articles/a.md` → `articles/a.md`, without touching the file system.
fn clean_path(p: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            _ => out.push(c),
        }
    }
    out.iter().collect()
}

fn normalize_path(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

fn insert(by_id: &mut BTreeMap<String, Entry>, entry: Entry) -> Result<(), CorpusError> {
    let id = entry.article.id.clone();
    if let Some(prev) = by_id.get(&id) {
        let name = |e: &Entry| {
            e.claim_path
                .clone()
                .or_else(|| e.article_path.clone())
                .unwrap_or_default()
        };
        return Err(CorpusError::DuplicateId {
            id,
            first: name(prev),
            second: name(&entry),
        });
    }
    by_id.insert(id, entry);
    Ok(())
}
