//! Fact-checkers' verdicts on discrepancies, by discrepancy id, in
//! `claims/verdicts.yaml`. `check` shows them; dismissed and reconciled ones no longer
//! fail `lint`.

use crate::claims::store::{StoreError, lock, write_atomic};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file name, in a claims directory.
pub const FILE_NAME: &str = "verdicts.yaml";

/// What a fact-checker decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum VerdictStatus {
    /// Both can hold: the articles are reconciled (different milestones, timing).
    Reconciled,
    /// A real error in one of the articles.
    Confirmed,
    /// Not a discrepancy (a false alarm of the tool).
    Dismissed,
}

impl VerdictStatus {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictStatus::Reconciled => "reconciled",
            VerdictStatus::Confirmed => "confirmed",
            VerdictStatus::Dismissed => "dismissed",
        }
    }

    /// Whether the discrepancy still needs fixing.
    pub fn open(self) -> bool {
        self == VerdictStatus::Confirmed
    }
}

/// One verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The decision.
    pub status: VerdictStatus,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Who decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<jiff::civil::Date>,
}

/// The verdicts file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdicts {
    /// Format version.
    #[serde(default = "one")]
    pub version: u32,
    /// Verdicts by discrepancy id.
    #[serde(default)]
    pub verdicts: BTreeMap<String, Verdict>,
}

fn one() -> u32 {
    1
}

impl Verdicts {
    /// Reads `dir/verdicts.yaml` (empty when there is none).
    pub fn load(dir: &Path) -> Result<Verdicts, StoreError> {
        let path = dir.join(FILE_NAME);
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Verdicts::default()),
            Err(source) => {
                return Err(StoreError::Io {
                    path: shown,
                    source,
                });
            }
        };
        crate::yaml::from_str(&text).map_err(|e| StoreError::Parse {
            path: shown,
            line: e.line.unwrap_or(1),
            column: e.column.unwrap_or(1),
            message: e.message,
        })
    }

    /// The verdicts of every directory among `paths` (later ones win).
    pub fn load_all(paths: &[PathBuf]) -> Result<Verdicts, StoreError> {
        let mut all = Verdicts::default();
        for p in paths.iter().filter(|p| p.is_dir()) {
            all.verdicts.extend(Verdicts::load(p)?.verdicts);
        }
        Ok(all)
    }

    /// Records `verdict` for `id` in `dir/verdicts.yaml`, under the directory lock.
    pub fn record(dir: &Path, id: &str, verdict: Verdict) -> Result<(), StoreError> {
        let _lock = lock(dir)?;
        let mut file = Verdicts::load(dir)?;
        file.version = 1;
        file.verdicts.insert(id.to_string(), verdict);
        let body = crate::yaml::to_string(&file).unwrap_or_default();
        let text = format!(
            "# claimcheck verdicts: fact-checkers' decisions on discrepancies, by id\n{body}"
        );
        write_atomic(&dir.join(FILE_NAME), text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_round_trip_and_accumulate() {
        let dir = tempfile::tempdir().unwrap();
        let v = |status, note: &str| Verdict {
            status,
            note: Some(note.into()),
            reviewer: None,
            date: None,
        };
        Verdicts::record(
            dir.path(),
            "d-1",
            v(VerdictStatus::Dismissed, "false alarm"),
        )
        .unwrap();
        Verdicts::record(
            dir.path(),
            "q-2",
            v(VerdictStatus::Confirmed, "typo in the second"),
        )
        .unwrap();
        let all = Verdicts::load(dir.path()).unwrap();
        assert_eq!(all.verdicts.len(), 2);
        assert_eq!(all.verdicts["d-1"].status, VerdictStatus::Dismissed);
    }
}
