//! `claimcheck.yaml`: the project configuration, found in the current directory or a
//! parent (or named with `--config`). Command-line flags override it.

use crate::compare::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file name looked for.
pub const FILE_NAME: &str = "claimcheck.yaml";

/// A rule that silences findings.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Ignore {
    /// A finding id ("d-7c98f8ba") or a code ("date-mismatch").
    #[serde(default)]
    pub id: Option<String>,
    /// Findings whose subject contains this text.
    #[serde(default)]
    pub subject: Option<String>,
}

/// Extra tolerance when comparing figures.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Tolerance {
    /// Relative tolerance for every figure (0.05 = 5 %).
    #[serde(default)]
    pub relative: f64,
    /// Relative tolerance per unit code (`percent`, `USD`, `count`…).
    #[serde(default)]
    pub units: BTreeMap<String, f64>,
}

/// The configuration file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// The claim base: claim files, articles or directories.
    #[serde(default)]
    pub claims: Vec<PathBuf>,
    /// Extra gazetteer files.
    #[serde(default)]
    pub gazetteers: Vec<PathBuf>,
    /// Extra tolerance for figures.
    #[serde(default)]
    pub tolerance: Tolerance,
    /// The least severity that fails `lint`.
    #[serde(default)]
    pub fail_on: Option<FailOn>,
    /// Findings to silence.
    #[serde(default)]
    pub ignore: Vec<Ignore>,
}

/// When `lint` fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// A contradiction.
    Contradiction,
    /// A discrepancy or worse.
    Discrepancy,
    /// A variant or worse.
    Variant,
    /// Never.
    Never,
}

impl FailOn {
    /// Whether a finding of `severity` fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Contradiction => severity >= Severity::Contradiction,
            FailOn::Discrepancy => severity >= Severity::Discrepancy,
            FailOn::Variant => severity >= Severity::Variant,
            FailOn::Never => false,
        }
    }
}

/// Why the configuration could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// The YAML is malformed or has an unknown key.
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong (with the nearest valid key for an unknown one).
        message: String,
    },
}

/// A loaded configuration and the directory its relative paths start from.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The configuration.
    pub config: Config,
    /// Where it was found (None: no file, defaults).
    pub path: Option<PathBuf>,
}

impl Loaded {
    /// `p` resolved against the configuration file's directory.
    pub fn resolve(&self, p: &Path) -> PathBuf {
        match self.path.as_ref().and_then(|f| f.parent()) {
            Some(dir) if p.is_relative() && !dir.as_os_str().is_empty() => dir.join(p),
            _ => p.to_path_buf(),
        }
    }
}

/// Parses configuration text read from `path`.
pub fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
    if text.trim().is_empty() {
        return Ok(Config::default());
    }
    crate::yaml::from_str(text).map_err(|e| ConfigError::Parse {
        path: path.to_string(),
        line: e.line.unwrap_or(1),
        column: e.column.unwrap_or(1),
        message: e.message,
    })
}

/// Loads `explicit`, or the nearest `claimcheck.yaml` from `start` upwards, or defaults.
pub fn load(explicit: Option<&Path>, start: &Path) -> Result<Loaded, ConfigError> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => start
            .ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file()),
    };
    let Some(path) = path else {
        return Ok(Loaded::default());
    };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Io {
        path: shown.clone(),
        source,
    })?;
    Ok(Loaded {
        config: parse(&shown, &text)?,
        path: Some(path),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key() {
        let c = parse(
            "claimcheck.yaml",
            "claims: [claims/]\ngazetteers: [beat.yaml]\ntolerance:\n  relative: 0.05\n  units: {percent: 0.1}\nfail-on: discrepancy\nignore:\n  - id: d-7c98f8ba\n  - subject: troops\n",
        )
        .unwrap();
        assert_eq!(c.claims, [PathBuf::from("claims/")]);
        assert_eq!(c.fail_on, Some(FailOn::Discrepancy));
        assert_eq!(c.tolerance.units["percent"], 0.1);
        assert_eq!(c.ignore.len(), 2);
    }

    #[test]
    fn unknown_keys_suggest_the_nearest() {
        let err = parse("claimcheck.yaml", "fail_on: never\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("claimcheck.yaml:1:1: unknown field `fail_on`"),
            "{err}"
        );
        assert!(err.contains("did you mean `fail-on`?"), "{err}");
    }

    #[test]
    fn found_in_a_parent_directory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "fail-on: never\n").unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let loaded = load(None, &sub).unwrap();
        assert_eq!(loaded.config.fail_on, Some(FailOn::Never));
        assert_eq!(
            loaded.resolve(Path::new("claims")),
            dir.path().join("claims")
        );
    }
}
