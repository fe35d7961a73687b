//! The claim-base index: `.claimcheck-index` in a claims directory, so that `lint`
//! reads the few claims a draft can meet instead of parsing every claim file.
//!
//! Claims are only ever grouped within one bucket ([`crate::graph::bucket_key`]), so
//! the index maps each bucket to the articles with a claim in it, and keeps each
//! article's reviewed claims as one JSON record that can be read on its own. It also
//! keeps what lint needs of the whole base: every `name:` id (names are resolved
//! corpus-wide), which buckets credit each source (an attribution finding gathers one
//! pair of sources across buckets) and the claim count.
//!
//! Layout: the 8-byte magic, the directory's length (u64, little-endian), the article
//! records (back to back: each a JSON head line, then its claims as one JSON part per
//! bucket), the stamps (JSON: path, size and modification time of every file the index
//! was built from) and the directory (JSON) last, so that the index of a large base is
//! written as its records are made. The directory records a digest of the stamps,
//! this build and the format; lint lists and stats the directory's files and trusts
//! the index only when the digest is the same. Anything else (a file added, removed or
//! touched, another build, a short or damaged index) sends lint back to the claim
//! files, and the index is rewritten.

use crate::claims::store::ClaimFile;
use crate::claims::{ArticleRecord, Claim};
use crate::corpus::{self, Corpus, CorpusError, Entry};
use crate::lint::Base;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The index's file name in a claims directory (hidden, so the walker passes it by).
pub const FILE_NAME: &str = ".claimcheck-index";

/// Bump when the layout, [`crate::graph::bucket_key`] or the claim model change, so
/// that an index written by another build is never read.
pub const FORMAT: u32 = 3;

const MAGIC: &[u8; 8] = b"CCINDEX\n";

/// The magic and the directory's length (u64, little-endian).
const HEADER: usize = 16;

/// Why an index could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// Listing or reading the claims directory failed.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// The index file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The index file.
        path: String,
        /// What failed.
        source: std::io::Error,
    },
    /// The index file does not hold what it should.
    #[error("{path}: damaged index ({why})")]
    Damaged {
        /// The index file.
        path: String,
        /// What is wrong.
        why: String,
    },
    /// The directory holds what the index cannot stand for (an article without a
    /// claim file, which lint would extract).
    #[error("{0}: not indexable ({1})")]
    NotIndexable(String, String),
}

/// Size and modification time of one file below the claims directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp(String, u64, i128);

/// What tells a file's versions apart for the index: its size and modification time
/// (nanoseconds since the epoch; 0 when the system cannot say).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    size: u64,
    mtime: i128,
}

impl FileStamp {
    fn from(size: u64, mtime: i128) -> FileStamp {
        FileStamp { size, mtime }
    }

    /// The stamp of the file at `path` now (a symbolic link's target's).
    pub fn of(path: &Path) -> std::io::Result<FileStamp> {
        let meta = std::fs::metadata(path)?;
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        Ok(FileStamp {
            size: meta.len(),
            mtime,
        })
    }
}

/// What the claims directory holds now: every input file's stamp, and their digest.
#[derive(Debug, Clone)]
pub struct Listing {
    stamps: Vec<Stamp>,
    digest: String,
}

/// What this build writes into the digest besides the files.
fn build_id() -> String {
    format!("claimcheck {} index {FORMAT}", env!("CARGO_PKG_VERSION"))
}

/// Lists and stats the inputs below `dir` (as [`corpus::files_under`] walks them).
pub fn listing(dir: &Path) -> Result<Listing, CorpusError> {
    let files = corpus::files_under(dir)?;
    let stamps: Vec<Stamp> = files
        .par_iter()
        .map(|p| {
            let FileStamp { size, mtime } = FileStamp::of(p).map_err(|source| CorpusError::Io {
                path: p.display().to_string(),
                source,
            })?;
            let rel = p.strip_prefix(dir).unwrap_or(p);
            Ok(Stamp(rel.to_string_lossy().into_owned(), size, mtime))
        })
        .collect::<Result<_, CorpusError>>()?;
    let mut h = Sha256::new();
    h.update(build_id());
    for Stamp(path, size, mtime) in &stamps {
        h.update([0]);
        h.update(path);
        h.update([0]);
        h.update(size.to_le_bytes());
        h.update(mtime.to_le_bytes());
    }
    let digest = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok(Listing { stamps, digest })
}

/// The index file of the claims directory `dir`.
pub fn path_in(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

/// The directory at the head of the index.
#[derive(Debug, Serialize, Deserialize)]
struct Directory {
    format: u32,
    build: String,
    /// Digest of the listing the index was built from.
    listing: String,
    /// Every `name:` id in the base.
    names: Vec<String>,
    /// One slot per article, in corpus order (by id).
    articles: Vec<Slot>,
    /// Bucket key → indices of the articles with a claim in it, ascending.
    buckets: BTreeMap<String, Vec<u32>>,
    /// Attribution source id → keys of the buckets with a claim credited to it.
    sources: BTreeMap<String, Vec<String>>,
    /// The warnings reading the claim files gave, shown again by every run that
    /// reads the index instead.
    warnings: Vec<String>,
    /// Bytes of article records after the directory.
    records: u64,
    /// Bytes of stamps after the records.
    stamps: u64,
}

/// An article: id, claim count, its `name:` ids (indices into the names) and where
/// its record lies (offset from the first record, length).
#[derive(Debug, Serialize, Deserialize)]
struct Slot(String, usize, Vec<u32>, u64, u64);

/// The head of one article's record: its claim file (relative to the claims
/// directory), what the file says of the article, and the record's parts. Its claims
/// follow the head's line, one part per bucket (and one for claims in none), so that
/// lint parses only the parts of the buckets its drafts fall in.
#[derive(Serialize)]
struct HeadRef<'a> {
    file: &'a str,
    article: &'a ArticleRecord,
    /// Each part's bucket key (None: claims in no bucket) and length in bytes.
    parts: Vec<(Option<&'a str>, usize)>,
}

#[derive(Deserialize)]
struct Head {
    file: String,
    article: ArticleRecord,
    parts: Vec<(Option<String>, usize)>,
}

/// The record of an article with `claims`: the head's JSON, a newline, then the parts,
/// each a JSON list of (position in the claim file, claim).
fn encode_record(
    file: &str,
    article: &ArticleRecord,
    claims: &[Claim],
) -> serde_json::Result<Vec<u8>> {
    let mut by_key: BTreeMap<Option<String>, Vec<(usize, &Claim)>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_key
            .entry(crate::graph::bucket_key(c))
            .or_default()
            .push((i, c));
    }
    let mut parts = Vec::with_capacity(by_key.len());
    let mut body = Vec::new();
    for (key, part) in &by_key {
        let bytes = serde_json::to_vec(part)?;
        parts.push((key.as_deref(), bytes.len()));
        body.extend_from_slice(&bytes);
    }
    let mut out = serde_json::to_vec(&HeadRef {
        file,
        article,
        parts,
    })?;
    out.push(b'\n');
    out.extend_from_slice(&body);
    Ok(out)
}

/// Reads a record back: its claim file, article and claims, in the claim file's
/// order; only the claims in the buckets `keys` when given. None when damaged.
fn decode_record(
    bytes: &[u8],
    keys: Option<&BTreeSet<String>>,
) -> Option<(String, ArticleRecord, Vec<Claim>)> {
    let line = bytes.iter().position(|&b| b == b'\n')?;
    let head: Head = serde_json::from_slice(&bytes[..line]).ok()?;
    let mut at = line + 1;
    let mut claims: Vec<(usize, Claim)> = Vec::new();
    for (key, len) in &head.parts {
        let part = bytes.get(at..at.checked_add(*len)?)?;
        at += len;
        let wanted = match (keys, key) {
            (None, _) => true,
            (Some(keys), Some(key)) => keys.contains(key),
            (Some(_), None) => false,
        };
        if wanted {
            claims.extend(serde_json::from_slice::<Vec<(usize, Claim)>>(part).ok()?);
        }
    }
    if at != bytes.len() {
        return None;
    }
    claims.sort_by_key(|(i, _)| *i);
    let mut claims: Vec<Claim> = claims.into_iter().map(|(_, c)| c).collect();
    crate::claims::share_quotes(&mut claims);
    Some((head.file, head.article, claims))
}

/// How many articles are encoded at once: the records of a large base are written as
/// they are made, never held whole.
const CHUNK: usize = 4096;

/// Writes an index of `corpus`, the claim files below `dir` as listed in `listing`
/// before they were read, to `out`: the header, then records and stamps as they are
/// made, then the directory (whose length is only known at the end), then the header
/// again with the directory's length.
fn encode_into(
    out: &mut std::fs::File,
    dir: &Path,
    corpus: &Corpus,
    listing: &Listing,
) -> Result<(), IndexError> {
    use std::io::{Seek, Write};
    let shown = path_in(dir).display().to_string();
    let io = |source| IndexError::Io {
        path: shown.clone(),
        source,
    };
    let not = |why: String| IndexError::NotIndexable(shown.clone(), why);
    if corpus.extracted > 0 || corpus.reused > 0 {
        return Err(not("an article has no claim file".into()));
    }
    let mut names: BTreeMap<String, u32> = BTreeMap::new();
    for id in corpus::name_ids(&corpus.entries) {
        let n = names.len() as u32;
        names.insert(id, n);
    }
    let mut w = std::io::BufWriter::with_capacity(1 << 20, &mut *out);
    w.write_all(&[0; HEADER]).map_err(io)?;
    let mut records = 0u64;
    let mut articles = Vec::with_capacity(corpus.entries.len());
    let mut buckets: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut sources: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (c, chunk) in corpus.entries.chunks(CHUNK).enumerate() {
        let encoded: Vec<Result<Vec<u8>, IndexError>> = chunk
            .par_iter()
            .map(|e| {
                let claim_path = e
                    .claim_path
                    .as_deref()
                    .ok_or_else(|| not(format!("{} has no claim file", e.article.id)))?;
                let file = Path::new(claim_path)
                    .strip_prefix(dir)
                    .map_err(|_| not(format!("{claim_path} is not below the directory")))?
                    .to_string_lossy()
                    .into_owned();
                let bytes = encode_record(&file, &e.article, &e.claims)
                    .map_err(|err| not(err.to_string()))?;
                // JSON must give back exactly what the claim file gave (a figure's
                // last digit included), or lint would not answer as the files do.
                let back = decode_record(&bytes, None);
                if back
                    .is_none_or(|(_, article, claims)| article != e.article || claims != e.claims)
                {
                    return Err(not(format!("{claim_path} does not survive JSON")));
                }
                Ok(bytes)
            })
            .collect();
        for (k, (e, bytes)) in chunk.iter().zip(encoded).enumerate() {
            let i = c * CHUNK + k;
            let bytes = bytes?;
            let mine: BTreeSet<u32> = corpus::name_ids(std::slice::from_ref(e))
                .iter()
                .map(|id| names[id])
                .collect();
            articles.push(Slot(
                e.article.id.clone(),
                e.claims.len(),
                mine.into_iter().collect(),
                records,
                bytes.len() as u64,
            ));
            w.write_all(&bytes).map_err(io)?;
            records += bytes.len() as u64;
            for c in &e.claims {
                let Some(key) = crate::graph::bucket_key(c) else {
                    continue;
                };
                if let Some(s) = c.attribution.as_ref().and_then(|a| a.source.as_ref()) {
                    sources.entry(s.clone()).or_default().insert(key.clone());
                }
                let list = buckets.entry(key).or_default();
                if list.last() != Some(&(i as u32)) {
                    list.push(i as u32);
                }
            }
        }
    }
    let damaged = |e: serde_json::Error| IndexError::Damaged {
        path: shown.clone(),
        why: e.to_string(),
    };
    let stamps = serde_json::to_vec(&listing.stamps).map_err(damaged)?;
    w.write_all(&stamps).map_err(io)?;
    let directory = Directory {
        format: FORMAT,
        build: build_id(),
        listing: listing.digest.clone(),
        names: names.into_keys().collect(),
        articles,
        buckets,
        sources: sources
            .into_iter()
            .map(|(s, keys)| (s, keys.into_iter().collect()))
            .collect(),
        warnings: corpus.warnings.clone(),
        records,
        stamps: stamps.len() as u64,
    };
    let head = serde_json::to_vec(&directory).map_err(damaged)?;
    w.write_all(&head).map_err(io)?;
    w.flush().map_err(io)?;
    drop(w);
    let mut header = [0u8; HEADER];
    header[..8].copy_from_slice(MAGIC);
    header[8..].copy_from_slice(&(head.len() as u64).to_le_bytes());
    out.seek(std::io::SeekFrom::Start(0)).map_err(io)?;
    out.write_all(&header).map_err(io)?;
    Ok(())
}

/// Writes the index of `corpus` (loaded from `dir` alone, names not yet resolved)
/// into `dir`, atomically. `listing` must have been taken before the files were read,
/// so that a file changed meanwhile makes the index stale rather than wrong.
pub fn write(dir: &Path, corpus: &Corpus, listing: &Listing) -> Result<(), IndexError> {
    let path = path_in(dir);
    let io = |source| IndexError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".claimcheck-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    encode_into(tmp.as_file_mut(), dir, corpus, listing)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(&path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Refreshes the index of the claims directory `dir` when it is stale, reading the
/// claim files again; `Ok(false)` when it was fresh already.
pub fn refresh(dir: &Path, gaz: &crate::gazetteer::Gazetteer) -> Result<bool, IndexError> {
    refresh_written(dir, gaz, HashMap::new())
}

/// [`refresh`] after a run wrote claim files: `written` holds each one's content and
/// its stamp right after the write, so that a file still bearing that stamp is
/// indexed from memory rather than parsed again (`extract` on a large corpus spent
/// as long re-reading its output as writing it). The other files that still bear the
/// stamp the old index recorded are taken from its records: adding one article to a
/// large base parses one claim file. Any other file is read.
pub fn refresh_written(
    dir: &Path,
    gaz: &crate::gazetteer::Gazetteer,
    written: HashMap<PathBuf, (FileStamp, ClaimFile)>,
) -> Result<bool, IndexError> {
    let listing = listing(dir)?;
    let old = Index::read(dir).ok();
    if old.as_ref().is_some_and(|old| old.matches(&listing)) {
        return Ok(false);
    }
    let reusable = Reusable::new(dir, &listing, old, written);
    let known = |path: &Path| reusable.take(path);
    let corpus = corpus::load_reusing(
        &[dir.to_path_buf()],
        gaz,
        corpus::LoadOptions::default(),
        &crate::progress::Progress::hidden(),
        None,
        &known,
    )?;
    write(dir, &corpus, &listing)?;
    Ok(true)
}

/// What a run knows of the claim files below a directory without parsing them: the
/// files it has just written (each with its stamp right after the write) and the
/// old index's records (each with the stamp it recorded). A file is taken from
/// either only while it still bears that stamp in the listing.
pub struct Reusable {
    dir: PathBuf,
    now: HashMap<String, FileStamp>,
    written: std::sync::Mutex<HashMap<PathBuf, (FileStamp, ClaimFile)>>,
    indexed: std::sync::Mutex<HashMap<String, (FileStamp, Entry)>>,
}

impl Reusable {
    /// What can be reused below `dir` as `listing` lists it, from `old` (its index,
    /// when it could be read; see [`Indexed::Stale`]) and `written`.
    pub fn new(
        dir: &Path,
        listing: &Listing,
        old: Option<Index>,
        written: HashMap<PathBuf, (FileStamp, ClaimFile)>,
    ) -> Reusable {
        let now = listing
            .stamps
            .iter()
            .map(|Stamp(path, size, mtime)| (path.clone(), FileStamp::from(*size, *mtime)))
            .collect();
        // The old index's articles by claim file, with the stamp it recorded; none
        // when it cannot be read whole. Articles this run has just rewritten are not
        // decoded: their new content wins.
        let rewritten: HashSet<&str> = written
            .values()
            .map(|(_, file)| file.article.id.as_str())
            .collect();
        let indexed = old
            .and_then(|old| {
                let stamps = old.stamps().ok()?;
                let slots: Vec<&Slot> = old
                    .directory
                    .articles
                    .iter()
                    .filter(|slot| !rewritten.contains(slot.0.as_str()))
                    .collect();
                let entries = old.entries(&slots, None).ok()?;
                Some(
                    entries
                        .into_iter()
                        .filter_map(|e| {
                            let path = PathBuf::from(e.claim_path.as_deref()?);
                            let rel = path.strip_prefix(dir).ok()?.to_string_lossy();
                            let stamp = *stamps.get(rel.as_ref())?;
                            Some((path.display().to_string(), (stamp, e)))
                        })
                        .collect(),
                )
            })
            .unwrap_or_default();
        Reusable {
            dir: dir.to_path_buf(),
            now,
            written: std::sync::Mutex::new(written),
            indexed: std::sync::Mutex::new(indexed),
        }
    }

    /// The article and reviewed claims of the claim file at `path`, when known and
    /// unchanged. Each file is taken once: its content moves into the corpus.
    pub fn take(&self, path: &Path) -> Option<(ArticleRecord, Vec<Claim>)> {
        let rel = path.strip_prefix(&self.dir).ok()?.to_string_lossy();
        let stamp = *self.now.get(rel.as_ref())?;
        let mine = self.written.lock().ok()?.remove(path);
        if let Some((at_write, file)) = mine {
            let claims = file.claims.iter().filter_map(Claim::reviewed).collect();
            return (at_write == stamp).then_some((file.article, claims));
        }
        let shown = path.display().to_string();
        let (recorded, entry) = self.indexed.lock().ok()?.remove(&shown)?;
        (recorded == stamp).then_some((entry.article, entry.claims))
    }
}

/// Fills `buf` from `file` at `offset` without moving a shared cursor, so threads can
/// read one handle at once.
fn read_exact_at(file: &std::fs::File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
    }
    #[cfg(windows)]
    {
        let (mut buf, mut offset) = (buf, offset);
        while !buf.is_empty() {
            match std::os::windows::fs::FileExt::seek_read(file, buf, offset)? {
                0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
                n => {
                    buf = &mut buf[n..];
                    offset += n as u64;
                }
            }
        }
        Ok(())
    }
}

/// What a claims directory's index is worth against its listing.
#[derive(Debug)]
pub enum Indexed {
    /// Built from the files listed: it stands for them.
    Fresh(Index),
    /// Built from other files, or missing or unreadable (None): what it still
    /// holds is for [`Reusable`].
    Stale(Option<Index>),
}

/// An index read from disk (whole, and written by this build; [`Indexed`] says whether
/// it stands for the files now): its directory, and where its records are.
#[derive(Debug)]
pub struct Index {
    dir: PathBuf,
    directory: Directory,
    file: std::fs::File,
    /// Offset of the first record in the file.
    records_at: u64,
}

impl Index {
    /// Opens the index of `dir` when it matches `listing`, this build and its own
    /// length; an error says why it cannot be trusted.
    pub fn open(dir: &Path, listing: &Listing) -> Result<Index, IndexError> {
        let index = Index::read(dir)?;
        if !index.matches(listing) {
            return Err(index.stale());
        }
        Ok(index)
    }

    /// Lists `dir` and reads its index at once, on two cores (reading the index's
    /// directory is a good part of a lint). One rewritten meanwhile is no risk, as
    /// whichever was read is only trusted when it matches the listing.
    pub fn list_and_read(dir: &Path) -> Result<(Listing, Indexed), CorpusError> {
        let (listing, read) = rayon::join(|| listing(dir), || Index::read(dir));
        let listing = listing?;
        let indexed = match read {
            Ok(index) if index.matches(&listing) => Indexed::Fresh(index),
            read => Indexed::Stale(read.ok()),
        };
        Ok((listing, indexed))
    }

    /// Whether the index was built from the files `listing` lists: only then does it
    /// stand for them (else see [`Reusable`]).
    fn matches(&self, listing: &Listing) -> bool {
        self.directory.listing == listing.digest
    }

    fn stale(&self) -> IndexError {
        IndexError::Damaged {
            path: path_in(&self.dir).display().to_string(),
            why: "the claim files changed since it was built".into(),
        }
    }

    /// Reads the index of `dir`, whole and written by this build, without checking
    /// that it matches the files yet.
    pub fn read(dir: &Path) -> Result<Index, IndexError> {
        let path = path_in(dir);
        let shown = path.display().to_string();
        let io = |source| IndexError::Io {
            path: shown.clone(),
            source,
        };
        let damaged = |why: String| IndexError::Damaged {
            path: shown.clone(),
            why,
        };
        let mut file = std::fs::File::open(&path).map_err(io)?;
        let len = file.metadata().map_err(io)?.len();
        let mut head = [0u8; HEADER];
        file.read_exact(&mut head)
            .map_err(|_| damaged("shorter than its header".into()))?;
        if &head[..8] != MAGIC {
            return Err(damaged("not a claimcheck index".into()));
        }
        let dir_len = u64::from_le_bytes(head[8..].try_into().unwrap_or_default());
        if dir_len > len.saturating_sub(HEADER as u64) {
            return Err(damaged("truncated directory".into()));
        }
        let mut bytes = vec![0u8; dir_len as usize];
        read_exact_at(&file, &mut bytes, len - dir_len).map_err(io)?;
        let directory: Directory =
            serde_json::from_slice(&bytes).map_err(|e| damaged(e.to_string()))?;
        if directory.format != FORMAT || directory.build != build_id() {
            return Err(damaged(format!("written by {}", directory.build)));
        }
        if HEADER as u64 + directory.records + directory.stamps + dir_len != len {
            return Err(damaged("length differs from what it records".into()));
        }
        Ok(Index {
            dir: dir.to_path_buf(),
            directory,
            file,
            records_at: HEADER as u64,
        })
    }

    /// The part of the base that `drafts` (corpus entries, names not yet resolved)
    /// can meet: the articles with a claim in a bucket a draft claim falls in, or in
    /// a bucket crediting a source a draft credits, with the claims of those buckets.
    /// A base article with a draft's id is left out, as the draft replaces it.
    pub fn base_for(&self, drafts: &[&Entry]) -> Result<Base, IndexError> {
        let d = &self.directory;
        let replaced: HashSet<&str> = drafts.iter().map(|e| e.article.id.as_str()).collect();
        let mut names = BTreeSet::new();
        let mut claims = 0;
        for slot in d
            .articles
            .iter()
            .filter(|s| !replaced.contains(s.0.as_str()))
        {
            claims += slot.1;
            for &n in &slot.2 {
                let id = d
                    .names
                    .get(n as usize)
                    .ok_or_else(|| self.damaged("name"))?;
                names.insert(id.clone());
            }
        }
        let mut keys: BTreeSet<String> = drafts
            .iter()
            .flat_map(|e| &e.claims)
            .filter_map(crate::graph::bucket_key)
            .collect();
        // An attribution finding gathers a pair of sources over every bucket, under
        // the names' resolved ids: all the buckets of a draft's sources are needed.
        let mut everyone = names.clone();
        everyone.extend(corpus::name_ids(drafts.iter().copied()));
        let map = crate::resolve::resolve_ids(&everyone);
        let canonical = |s: &str| map.get(s).map_or(s.to_string(), String::clone);
        let credited: BTreeSet<String> = drafts
            .iter()
            .flat_map(|e| &e.claims)
            .filter_map(|c| c.attribution.as_ref()?.source.as_deref())
            .map(canonical)
            .collect();
        for (source, source_keys) in &d.sources {
            if credited.contains(&canonical(source)) {
                keys.extend(source_keys.iter().cloned());
            }
        }
        let mut wanted: BTreeSet<u32> = BTreeSet::new();
        for k in &keys {
            if let Some(list) = d.buckets.get(k) {
                wanted.extend(list);
            }
        }
        let wanted: Vec<&Slot> = wanted
            .iter()
            .map(|&i| {
                d.articles
                    .get(i as usize)
                    .ok_or_else(|| self.damaged("slot"))
            })
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|s| !replaced.contains(s.0.as_str()))
            .collect();
        let entries = self.entries(&wanted, Some(&keys))?;
        Ok(Base {
            corpus: Corpus {
                entries,
                warnings: d.warnings.clone(),
                ..Corpus::default()
            },
            names,
            claims,
        })
    }

    /// The whole base, as [`corpus::load`] would read it from the claim files (names
    /// not yet resolved): one read and JSON records parsed on every core, instead of
    /// parsing every YAML file.
    pub fn corpus(&self) -> Result<Corpus, IndexError> {
        let slots: Vec<&Slot> = self.directory.articles.iter().collect();
        Ok(Corpus {
            entries: self.entries(&slots, None)?,
            warnings: self.directory.warnings.clone(),
            ..Corpus::default()
        })
    }

    /// The stamps of the files the index was built from, by path relative to the
    /// claims directory.
    fn stamps(&self) -> Result<HashMap<String, FileStamp>, IndexError> {
        let mut bytes = vec![0u8; self.directory.stamps as usize];
        read_exact_at(
            &self.file,
            &mut bytes,
            self.records_at + self.directory.records,
        )
        .map_err(|source| IndexError::Io {
            path: path_in(&self.dir).display().to_string(),
            source,
        })?;
        let stamps: Vec<Stamp> =
            serde_json::from_slice(&bytes).map_err(|_| self.damaged("stamps"))?;
        Ok(stamps
            .into_iter()
            .map(|Stamp(path, size, mtime)| (path, FileStamp::from(size, mtime)))
            .collect())
    }

    /// The articles of `slots`, with their claims in the buckets `keys` (all when
    /// None), read and parsed on every core. Positioned reads of the file that was
    /// checked, never reopened: an index rewritten meanwhile is not mixed in.
    fn entries(
        &self,
        slots: &[&Slot],
        keys: Option<&BTreeSet<String>>,
    ) -> Result<Vec<Entry>, IndexError> {
        slots
            .par_iter()
            .map(|slot| {
                let (at, len) = (slot.3, slot.4);
                if at.saturating_add(len) > self.directory.records {
                    return Err(self.damaged("record"));
                }
                let mut bytes = vec![0u8; len as usize];
                read_exact_at(&self.file, &mut bytes, self.records_at + at).map_err(|source| {
                    IndexError::Io {
                        path: path_in(&self.dir).display().to_string(),
                        source,
                    }
                })?;
                self.entry(slot, &bytes, keys)
            })
            .collect()
    }

    /// The article of `slot`, with its claims in the buckets `keys` (all when None).
    fn entry(
        &self,
        slot: &Slot,
        bytes: &[u8],
        keys: Option<&BTreeSet<String>>,
    ) -> Result<Entry, IndexError> {
        let id = &slot.0;
        let (file, article, claims) =
            decode_record(bytes, keys).ok_or_else(|| self.damaged("record"))?;
        if &article.id != id {
            return Err(self.damaged("record"));
        }
        // Paths as the corpus would show them for this spelling of the directory.
        let claim_path = Path::new(&file)
            .components()
            .fold(self.dir.clone(), |p, c| p.join(c));
        let article_path =
            corpus::article_path_of(&claim_path, &article).map(|p| p.display().to_string());
        Ok(Entry {
            article_path,
            claim_path: Some(claim_path.display().to_string()),
            claims,
            article,
        })
    }

    fn damaged(&self, what: &str) -> IndexError {
        IndexError::Damaged {
            path: path_in(&self.dir).display().to_string(),
            why: format!("bad {what}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    /// The seed claim files, copied with their articles, and their index.
    fn seed() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("claims");
        std::fs::create_dir_all(dir.join("articles")).unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
        for sub in ["", "articles"] {
            for e in std::fs::read_dir(root.join(sub)).unwrap() {
                let p = e.unwrap().path();
                if p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.') {
                    std::fs::copy(&p, dir.join(sub).join(p.file_name().unwrap())).unwrap();
                }
            }
        }
        (tmp, dir)
    }

    /// Whether the fresh index of `dir` holds the claim `id`.
    fn indexes(dir: &Path, id: &str) -> bool {
        let index = Index::open(dir, &listing(dir).unwrap()).unwrap();
        index
            .corpus()
            .unwrap()
            .entries
            .iter()
            .any(|e| e.claims.iter().any(|c| c.id == id))
    }

    fn draft(text: &str) -> Entry {
        let article = crate::article::Article::parse("draft.md", text.to_string()).unwrap();
        corpus::entry_for(&article, Gazetteer::builtin(), Some("draft.md".into()))
    }

    #[test]
    fn the_index_is_not_an_input_and_lint_reads_only_the_draft_buckets() {
        let (_tmp, dir) = seed();
        assert!(
            refresh(&dir, Gazetteer::builtin()).unwrap(),
            "nothing written"
        );
        assert!(
            !refresh(&dir, Gazetteer::builtin()).unwrap(),
            "fresh index rewritten"
        );
        let files = corpus::files_under(&dir).unwrap();
        assert!(!files.iter().any(|f| f.ends_with(FILE_NAME)), "{files:?}");

        let whole = corpus::load(std::slice::from_ref(&dir), Gazetteer::builtin()).unwrap();
        let index = Index::open(&dir, &listing(&dir).unwrap()).unwrap();
        // A draft that claims nothing meets nothing, yet counts the whole base.
        let empty = draft("---\nid: d\npublished: 2025-07-10\nlang: fr\n---\nRien.\n");
        let base = index.base_for(&[&empty]).unwrap();
        assert!(base.corpus.entries.is_empty());
        assert_eq!(
            base.claims,
            whole.entries.iter().map(|e| e.claims.len()).sum::<usize>()
        );
        assert_eq!(base.names, corpus::name_ids(&whole.entries));
        // A draft on the base's story meets some of it, each claim in a draft bucket.
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint/draft-fr.md"),
        )
        .unwrap();
        let fr = draft(&text);
        let keys: BTreeSet<String> = fr
            .claims
            .iter()
            .filter_map(crate::graph::bucket_key)
            .collect();
        let base = index.base_for(&[&fr]).unwrap();
        let read: usize = base.corpus.entries.iter().map(|e| e.claims.len()).sum();
        assert!(read > 0 && read < base.claims, "{read} of {}", base.claims);
        for e in &base.corpus.entries {
            let from_files = whole
                .entries
                .iter()
                .find(|w| w.article.id == e.article.id)
                .unwrap();
            assert_eq!(e.claim_path, from_files.claim_path);
            assert_eq!(e.article_path, from_files.article_path);
            let wanted: Vec<&Claim> = from_files
                .claims
                .iter()
                .filter(|c| crate::graph::bucket_key(c).is_some_and(|k| keys.contains(&k)))
                .collect();
            assert!(e.claims.iter().eq(wanted), "{}", e.article.id);
        }
    }

    #[test]
    fn a_fresh_index_gives_back_the_corpus_the_claim_files_give() {
        let (_tmp, dir) = seed();
        refresh(&dir, Gazetteer::builtin()).unwrap();
        let whole = corpus::load(std::slice::from_ref(&dir), Gazetteer::builtin()).unwrap();
        let index = Index::open(&dir, &listing(&dir).unwrap()).unwrap();
        let indexed = index.corpus().unwrap();
        assert_eq!(indexed.entries.len(), whole.entries.len());
        for (a, b) in indexed.entries.iter().zip(&whole.entries) {
            assert_eq!(a.article, b.article);
            assert_eq!(a.claims, b.claims, "{}", a.article.id);
            assert_eq!(a.claim_path, b.claim_path);
            assert_eq!(a.article_path, b.article_path);
        }
        assert_eq!(indexed.warnings, whole.warnings);
    }

    #[test]
    fn a_touched_claim_file_makes_the_index_stale() {
        let (_tmp, dir) = seed();
        refresh(&dir, Gazetteer::builtin()).unwrap();
        assert!(Index::open(&dir, &listing(&dir).unwrap()).is_ok());
        let file = corpus::files_under(&dir)
            .unwrap()
            .into_iter()
            .find(|f| corpus::is_yaml_path(f))
            .unwrap();
        let mut text = std::fs::read_to_string(&file).unwrap();
        text.push('\n');
        std::fs::write(&file, text).unwrap();
        let err = Index::open(&dir, &listing(&dir).unwrap()).unwrap_err();
        assert!(err.to_string().contains("changed"), "{err}");
    }

    #[test]
    fn claim_files_just_written_are_indexed_from_memory_unless_edited_since() {
        let (_tmp, dir) = seed();
        let files: Vec<PathBuf> = corpus::files_under(&dir)
            .unwrap()
            .into_iter()
            .filter(|f| corpus::is_yaml_path(f))
            .collect();
        let parse = |f: &Path| {
            ClaimFile::parse(
                &f.display().to_string(),
                &std::fs::read_to_string(f).unwrap(),
            )
            .unwrap()
        };
        // What this run "wrote": the files' contents, the first with one claim fewer
        // (what memory holds is what gets indexed while the stamp is the file's)...
        let mut written = HashMap::new();
        for f in &files {
            written.insert(f.clone(), (FileStamp::of(f).unwrap(), parse(f)));
        }
        let first = &files[0];
        let dropped = written.get_mut(first).unwrap().1.claims.pop().unwrap();
        assert!(refresh_written(&dir, Gazetteer::builtin(), written).unwrap());
        assert!(!indexes(&dir, &dropped.id), "the file was read, not memory");
        // ...but a file edited after the write (another stamp) is read again.
        let mut written = HashMap::new();
        let mut stale = parse(first);
        stale.claims.pop();
        written.insert(first.clone(), (FileStamp::of(first).unwrap(), stale));
        let text = std::fs::read_to_string(first).unwrap();
        std::fs::write(first, format!("{text}\n")).unwrap();
        assert!(refresh_written(&dir, Gazetteer::builtin(), written).unwrap());
        assert!(
            indexes(&dir, &dropped.id),
            "an edit after the write was lost"
        );
        // Either way the index is the one reading every file gives.
        let index = Index::open(&dir, &listing(&dir).unwrap()).unwrap();
        let read = corpus::load(std::slice::from_ref(&dir), Gazetteer::builtin()).unwrap();
        assert_eq!(index.corpus().unwrap().entries.len(), read.entries.len());
    }

    #[test]
    fn a_refresh_reads_only_the_claim_files_changed_since_the_old_index() {
        let (_tmp, dir) = seed();
        let gaz = Gazetteer::builtin();
        // An old index whose record of the first article lacks a claim: only a refresh
        // that takes unchanged files from the old index keeps it lacking.
        let listed = listing(&dir).unwrap();
        let mut old = corpus::load(std::slice::from_ref(&dir), gaz).unwrap();
        let dropped = old.entries[0].claims.pop().unwrap();
        write(&dir, &old, &listed).unwrap();
        assert!(!indexes(&dir, &dropped.id));
        // Another claim file is edited: it is read again, the first one is not.
        let other = PathBuf::from(old.entries[1].claim_path.clone().unwrap());
        let text = std::fs::read_to_string(&other).unwrap();
        let edited = text.replacen("status: unreviewed", "status: rejected", 1);
        assert_ne!(text, edited, "{}", other.display());
        std::fs::write(&other, &edited).unwrap();
        assert!(refresh(&dir, gaz).unwrap());
        assert!(
            !indexes(&dir, &dropped.id),
            "an unchanged file was parsed again"
        );
        let index = Index::open(&dir, &listing(&dir).unwrap()).unwrap();
        let now = index.corpus().unwrap();
        let read = corpus::load(std::slice::from_ref(&dir), gaz).unwrap();
        assert_eq!(now.entries[1].claims, read.entries[1].claims, "edit lost");
        assert_eq!(now.entries[1].claims.len() + 1, old.entries[1].claims.len());
    }
}
