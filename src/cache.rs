//! The extraction cache: what an article gave last time, keyed by a hash of its text,
//! its path, the gazetteer and the build. Re-running `check` on an archive re-extracts
//! only the articles that changed.
//!
//! One small JSON file per article under the cache directory (`CLAIMCHECK_CACHE_DIR`,
//! else `$XDG_CACHE_HOME/claimcheck`, else `~/.cache/claimcheck`). A cache never fails
//! a run: an entry that cannot be read or written is extracted again, and deleting the
//! directory is always safe.

use crate::claims::{ArticleRecord, Claim};
use crate::gazetteer::Gazetteer;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Bumped when the cached layout changes.
const LAYOUT: &str = "1";

/// An article's extraction as cached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cached {
    /// What is known of the article.
    pub article: ArticleRecord,
    /// Its claims.
    pub claims: Vec<Claim>,
}

/// An extraction cache in one directory, for one gazetteer and build.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    salt: String,
}

impl Cache {
    /// A cache in `dir` for extractions made with `gaz` by this build.
    pub fn new(dir: PathBuf, gaz: &Gazetteer) -> Cache {
        let salt = format!(
            "{LAYOUT}|{}|{}|{}",
            env!("CARGO_PKG_VERSION"),
            env!("CLAIMCHECK_SOURCE_HASH"),
            gaz.fingerprint()
        );
        Cache { dir, salt }
    }

    /// The user's cache directory: `CLAIMCHECK_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/claimcheck`, else `$HOME/.cache/claimcheck`.
    pub fn default_dir() -> Option<PathBuf> {
        let var = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        var("CLAIMCHECK_CACHE_DIR")
            .or_else(|| var("XDG_CACHE_HOME").map(|d| d.join("claimcheck")))
            .or_else(|| var("HOME").map(|d| d.join(".cache").join("claimcheck")))
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key of an article read from `path` with `text`.
    pub fn key(&self, path: &str, text: &str) -> String {
        let mut h = Sha256::new();
        for part in [self.salt.as_str(), path, text] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    fn file(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(format!("{}.json", &key[2..]))
    }

    /// The cached extraction under `key`, if there is a readable one.
    pub fn get(&self, key: &str) -> Option<Cached> {
        let bytes = std::fs::read(self.file(key)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Stores an extraction under `key`. Failing to (a read-only or full disk) only
    /// costs the next run the extraction.
    pub fn put(&self, key: &str, cached: &Cached) {
        if let Ok(bytes) = serde_json::to_vec(cached) {
            let _ = crate::claims::store::write_atomic(&self.file(key), &bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{LoadOptions, load_cached};
    use crate::progress::Progress;

    fn article(dir: &Path, id: &str, figure: &str) {
        std::fs::write(
            dir.join(format!("{id}.md")),
            format!(
                "---\nid: {id}\npublished: 2025-03-10\nlang: fr\n---\n\nAu total, {figure} soldats ont été déployés à Lyon.\n"
            ),
        )
        .unwrap();
    }

    #[test]
    fn a_second_run_reextracts_only_the_article_that_changed() {
        let gaz = Gazetteer::builtin();
        let articles = tempfile::tempdir().unwrap();
        let cache_dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(cache_dir.path().to_path_buf(), gaz);
        for i in 0..5 {
            article(articles.path(), &format!("a{i}"), "12 000");
        }
        let paths = vec![articles.path().to_path_buf()];
        let load = |cache: Option<&Cache>| {
            load_cached(
                &paths,
                gaz,
                LoadOptions::default(),
                &Progress::hidden(),
                cache,
            )
            .unwrap()
        };
        let first = load(Some(&cache));
        assert_eq!((first.extracted, first.reused), (5, 0));
        let second = load(Some(&cache));
        assert_eq!((second.extracted, second.reused), (0, 5));
        article(articles.path(), "a3", "31 000");
        let third = load(Some(&cache));
        assert_eq!((third.extracted, third.reused), (1, 4));
        // What the cache gives is what extracting gives.
        let fresh = load(None);
        assert_eq!(third.entries.len(), fresh.entries.len());
        for (a, b) in third.entries.iter().zip(&fresh.entries) {
            assert_eq!(a.article, b.article);
            assert_eq!(a.claims, b.claims);
            assert_eq!(a.article_path, b.article_path);
        }
    }

    #[test]
    fn a_damaged_entry_is_extracted_again() {
        let gaz = Gazetteer::builtin();
        let articles = tempfile::tempdir().unwrap();
        let cache_dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(cache_dir.path().to_path_buf(), gaz);
        article(articles.path(), "a", "12 000");
        let paths = vec![articles.path().to_path_buf()];
        let load = || {
            load_cached(
                &paths,
                gaz,
                LoadOptions::default(),
                &Progress::hidden(),
                Some(&cache),
            )
            .unwrap()
        };
        load();
        for dir in std::fs::read_dir(cache_dir.path()).unwrap() {
            for f in std::fs::read_dir(dir.unwrap().path()).unwrap() {
                std::fs::write(f.unwrap().path(), "{ not json").unwrap();
            }
        }
        let again = load();
        assert_eq!((again.extracted, again.reused), (1, 0));
        assert_eq!(again.entries[0].claims.len(), 1);
    }

    #[test]
    fn another_gazetteer_does_not_share_entries() {
        let gaz = Gazetteer::builtin();
        let extra = Gazetteer::with_extra(&[(
            "beat.yaml",
            "entities:\n  - id: name:lyon-garrison\n    kind: organisation\n    name: Lyon garrison\n    aliases: [Lyon garrison]\n",
        )])
        .unwrap();
        let a = Cache::new(PathBuf::from("c"), gaz);
        let b = Cache::new(PathBuf::from("c"), &extra);
        assert_ne!(a.key("a.md", "text"), b.key("a.md", "text"));
        assert_ne!(a.key("a.md", "text"), a.key("b.md", "text"));
        assert_eq!(a.key("a.md", "text"), a.key("a.md", "text"));
    }
}
