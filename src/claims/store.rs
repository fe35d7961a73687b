//! Claim files: `claims/<article-id>.yaml`, one per article, read with positions in
//! errors and written atomically (temporary file in the same directory, then rename).

use super::model::Claim;
use crate::Lang;
use crate::article::Article;
use crate::yaml;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// The claim file format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// What a claim file records about its article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRecord {
    /// Article id.
    pub id: String,
    /// Path of the article, relative to the claim file's directory when possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// Language.
    pub lang: Lang,
    /// Publisher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// SHA-256 of the article file when the claims were extracted, to tell when it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// A claim file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimFile {
    /// Format version.
    pub version: u32,
    /// The article.
    pub article: ArticleRecord,
    /// Its claims, in text order.
    #[serde(default)]
    pub claims: Vec<Claim>,
}

/// Why a claim file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Reading or writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The YAML is malformed or does not match the format.
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The file was written by a newer claimcheck.
    #[error(
        "{path}: claim file version {found} is newer than this claimcheck reads ({FORMAT_VERSION})"
    )]
    Version {
        /// The file.
        path: String,
        /// Version found.
        found: u32,
    },
}

/// SHA-256 of a text, hex.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl ClaimFile {
    /// A claim file for `article` and its freshly extracted `claims`.
    pub fn new(article: &Article, path: Option<String>, claims: Vec<Claim>) -> ClaimFile {
        let m = &article.meta;
        ClaimFile {
            version: FORMAT_VERSION,
            article: ArticleRecord {
                id: m.id.clone(),
                path,
                title: m.title.clone(),
                published: m.published,
                lang: m.lang,
                outlet: m.outlet.clone(),
                url: m.url.clone(),
                sha256: Some(sha256_hex(&article.source.text)),
            },
            claims,
        }
    }

    /// Parses claim-file text read from `path`.
    pub fn parse(path: &str, text: &str) -> Result<ClaimFile, StoreError> {
        let mut file: ClaimFile = yaml::from_str(text).map_err(|e| StoreError::Parse {
            path: path.to_string(),
            line: e.line.unwrap_or(1),
            column: e.column.unwrap_or(1),
            message: e.message,
        })?;
        if file.version > FORMAT_VERSION {
            return Err(StoreError::Version {
                path: path.to_string(),
                found: file.version,
            });
        }
        super::share_quotes(&mut file.claims);
        Ok(file)
    }

    /// Reads a claim file.
    pub fn load(path: &Path) -> Result<ClaimFile, StoreError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| StoreError::Io {
            path: shown.clone(),
            source,
        })?;
        ClaimFile::parse(&shown, &text)
    }

    /// The YAML text of the file.
    pub fn to_yaml(&self) -> String {
        let body = yaml::to_string(self).unwrap_or_default();
        format!("{HEADER}\n{body}")
    }

    /// Writes the file atomically: a temporary file in the same directory, renamed into
    /// place, so an interrupted run leaves the previous file intact.
    pub fn save(&self, path: &Path) -> Result<(), StoreError> {
        write_atomic(path, self.to_yaml().as_bytes())
    }
}

/// An exclusive lock on a claims directory, held while claimcheck writes it; released
/// when dropped (or when the process dies).
pub struct DirLock {
    _lock: fd_lock::RwLock<std::fs::File>,
}

/// Takes the claims directory lock, or says who holds it.
pub fn lock(dir: &Path) -> Result<DirLock, StoreError> {
    let path = dir.join(".claimcheck.lock");
    let io = |source| StoreError::Io {
        path: path.display().to_string(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io)?;
    let mut lock = fd_lock::RwLock::new(file);
    // Hold the guard's effect by leaking it into the lock's lifetime: the OS lock lives
    // as long as the file descriptor.
    match lock.try_write() {
        Ok(guard) => std::mem::forget(guard),
        Err(_) => {
            return Err(StoreError::Io {
                path: dir.display().to_string(),
                source: std::io::Error::new(
                    std::io::ErrorKind::WouldBlock,
                    "another claimcheck is writing these claim files; try again when it is done",
                ),
            });
        }
    }
    Ok(DirLock { _lock: lock })
}

/// What a merge did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeStats {
    /// Reviewed claims kept as the reviewer left them (positions refreshed).
    pub kept: usize,
    /// Unreviewed claims replaced by the fresh extraction.
    pub updated: usize,
    /// Claims new in this extraction.
    pub added: usize,
    /// Claims whose sentence is gone from the article, kept and marked stale.
    pub stale: usize,
}

fn folded(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Merges freshly extracted claims into a claim file a person may have edited, by
/// claim id: reviewed claims are kept as they are (their positions refreshed),
/// unreviewed ones take the fresh extraction, claims the extraction no longer finds
/// are kept (marked stale when their sentence is gone from `article_text`), new ones
/// are added at the end. The person's order is kept.
pub fn merge(
    existing: &ClaimFile,
    fresh: ClaimFile,
    article_text: &str,
) -> (ClaimFile, MergeStats) {
    let mut stats = MergeStats::default();
    let text = folded(article_text);
    let fresh_by_id: std::collections::HashMap<&str, &Claim> =
        fresh.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut claims = Vec::with_capacity(existing.claims.len() + fresh.claims.len());
    for old in &existing.claims {
        match fresh_by_id.get(old.id.as_str()) {
            Some(new) if old.review.touched() => {
                let mut kept = old.clone();
                kept.evidence = new.evidence.clone();
                kept.stale = false;
                claims.push(kept);
                stats.kept += 1;
            }
            Some(new) => {
                claims.push((*new).clone());
                stats.updated += 1;
            }
            None => {
                let mut kept = old.clone();
                kept.stale = !text.contains(&folded(&old.evidence.quote));
                stats.stale += usize::from(kept.stale);
                stats.kept += usize::from(!kept.stale);
                claims.push(kept);
            }
        }
    }
    let known: std::collections::HashSet<&str> =
        existing.claims.iter().map(|c| c.id.as_str()).collect();
    for new in &fresh.claims {
        if !known.contains(new.id.as_str()) {
            claims.push(new.clone());
            stats.added += 1;
        }
    }
    let mut article = fresh.article;
    if article.path.is_none() {
        article.path = existing.article.path.clone();
    }
    (
        ClaimFile {
            version: FORMAT_VERSION,
            article,
            claims,
        },
        stats,
    )
}

/// The header line claimcheck writes; any other comment is a person's.
pub const HEADER: &str = "# claimcheck claim file: reviewable, see docs/claim-format.md";

/// The lines of a claim file that hold comments a person wrote.
pub fn person_comments(text: &str) -> Result<Vec<usize>, crate::yaml::YamlError> {
    let header = HEADER.trim_start_matches('#').trim();
    Ok(crate::yaml::comments(text)?
        .into_iter()
        .filter(|(line, body)| !(*line == 1 && body == header))
        .map(|(line, _)| line)
        .collect())
}

/// Writes `bytes` to `path` through a temporary file in the same directory.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: path.display().to_string(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".claimcheck-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_rejected_with_a_position() {
        let text = "version: 1\narticle:\n  id: a\n  lang: fr\n  colour: red\nclaims: []\n";
        let err = ClaimFile::parse("claims/a.yaml", text)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("claims/a.yaml:5:"), "{err}");
        assert!(err.contains("colour"), "{err}");
    }

    #[test]
    fn newer_versions_are_refused() {
        let text = "version: 9\narticle:\n  id: a\n  lang: fr\n";
        assert!(matches!(
            ClaimFile::parse("a.yaml", text),
            Err(StoreError::Version { found: 9, .. })
        ));
    }

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        // A directory where the file should go: the final rename fails.
        let path = dir.path().join("a.yaml");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("keep"), "x").unwrap();
        let err = write_atomic(&path, b"new").unwrap_err().to_string();
        assert!(err.contains("a.yaml"), "{err}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "temporary file left behind: {left:?}");
        assert_eq!(std::fs::read_to_string(path.join("keep")).unwrap(), "x");
    }
}
