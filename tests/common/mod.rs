//! Checks a `check --format json` report against an expected-findings file
//! (`must_flag`, `must_group`, `must_not_pair`, `same_entity`), matching claims by span.

#![allow(dead_code)]

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs the real binary with `args` and returns its standard output, asserting success.
pub fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run claimcheck");
    assert!(
        out.status.success(),
        "claimcheck {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Folds what the expected files fold: no-break spaces, typographic apostrophes.
fn fold(c: char) -> char {
    match c {
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\n' | '\r' | '\t' => ' ',
        '\u{2019}' | '\u{2018}' => '\'',
        _ => c,
    }
}

/// An article's text as folded characters, with line starts (char offsets).
struct ArticleText {
    chars: Vec<char>,
    line_starts: Vec<usize>,
}

impl ArticleText {
    fn load(path: &Path) -> ArticleText {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let chars: Vec<char> = text.chars().collect();
        let mut line_starts = vec![0];
        for (i, c) in chars.iter().enumerate() {
            if *c == '\n' {
                line_starts.push(i + 1);
            }
        }
        ArticleText {
            chars: chars.into_iter().map(fold).collect(),
            line_starts,
        }
    }

    /// Char ranges where `needle` occurs (runs of spaces folded).
    fn find(&self, needle: &str) -> Vec<(usize, usize)> {
        let needle: Vec<char> = needle.chars().map(fold).collect();
        let mut out = Vec::new();
        'outer: for start in 0..self.chars.len() {
            let (mut i, mut j) = (start, 0);
            while j < needle.len() {
                if i >= self.chars.len() {
                    continue 'outer;
                }
                if needle[j] == ' ' && self.chars[i] == ' ' {
                    while i < self.chars.len() && self.chars[i] == ' ' {
                        i += 1;
                    }
                    while j < needle.len() && needle[j] == ' ' {
                        j += 1;
                    }
                    continue;
                }
                if needle[j] != self.chars[i] {
                    continue 'outer;
                }
                i += 1;
                j += 1;
            }
            out.push((start, i));
        }
        out
    }

    fn offset(&self, line: usize, column: usize) -> usize {
        self.line_starts[line - 1] + column - 1
    }
}

/// A claim of an expected file.
#[derive(Debug, Clone)]
pub struct Expected {
    pub article: String,
    pub text: String,
    pub quote: Option<String>,
}

fn expected_claims(v: &Value) -> Vec<Expected> {
    v["claims"]
        .as_array()
        .expect("claims list")
        .iter()
        .map(|c| Expected {
            article: c["article"].as_str().expect("article").to_string(),
            text: c["text"].as_str().expect("text").to_string(),
            quote: c["quote"].as_str().map(str::to_string),
        })
        .collect()
}

/// The corpus being checked: article texts by id, and the report.
pub struct Checker {
    texts: BTreeMap<String, ArticleText>,
    pub report: Value,
}

impl Checker {
    /// Loads the report and the article files it names.
    pub fn new(report_json: &str) -> Checker {
        let report: Value = serde_json::from_str(report_json).expect("report is JSON");
        let mut texts = BTreeMap::new();
        for a in report["articles"].as_array().expect("articles") {
            let id = a["id"].as_str().unwrap().to_string();
            let path =
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(a["path"].as_str().expect("path"));
            texts.insert(id, ArticleText::load(&path));
        }
        Checker { texts, report }
    }

    /// Whether a report side is the expected claim: same article, overlapping span.
    fn matches(&self, side: &Value, e: &Expected) -> bool {
        if side["article"].as_str() != Some(e.article.as_str()) {
            return false;
        }
        let Some(t) = self.texts.get(&e.article) else {
            return false;
        };
        let start = t.offset(
            side["line"].as_u64().unwrap() as usize,
            side["column"].as_u64().unwrap() as usize,
        );
        let end = start + side["text"].as_str().unwrap().chars().count();
        let within: Vec<(usize, usize)> = match &e.quote {
            Some(q) => t.find(q),
            None => vec![(0, t.chars.len())],
        };
        t.find(&e.text).into_iter().any(|(a, b)| {
            a < end && start < b && within.iter().any(|(qa, qb)| *qa <= a && b <= *qb)
        })
    }

    fn findings(&self) -> &Vec<Value> {
        self.report["discrepancies"]
            .as_array()
            .expect("discrepancies")
    }

    fn finding_has(&self, f: &Value, e: &Expected) -> bool {
        f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| self.matches(s, e))
    }

    fn describe(&self, f: &Value) -> String {
        let sides: Vec<String> = f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                format!(
                    "{}:{:?}",
                    s["article"].as_str().unwrap(),
                    s["text"].as_str().unwrap()
                )
            })
            .collect();
        format!(
            "{} {} {} [{}]",
            f["severity"],
            f["kind"],
            f["subject"],
            sides.join(", ")
        )
    }

    /// How many expectations of the file hold, out of how many, and the failures.
    pub fn score(&self, expected: &Value) -> (usize, usize, Vec<String>) {
        let total = ["must_flag", "must_group", "must_not_pair"]
            .iter()
            .map(|k| expected[*k].as_array().map_or(0, Vec::len))
            .sum::<usize>();
        let failures = self.check(expected);
        // A must_group entry can fail twice (not grouped, and reported above variant).
        let failed: std::collections::BTreeSet<String> = failures
            .iter()
            .map(|f| f.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
            .collect();
        (total.saturating_sub(failed.len()), total, failures)
    }

    /// Checks every entry of an expected file; returns the failures.
    pub fn check(&self, expected: &Value) -> Vec<String> {
        let mut failures = Vec::new();
        // An expected file that lost its entries would pass every check: refuse it.
        for key in ["must_flag", "must_group", "must_not_pair"] {
            if expected[key].as_array().is_none_or(|a| a.is_empty()) {
                failures.push(format!("expected file has no `{key}` entries"));
            }
        }
        let rank = |s: &str| {
            ["agreement", "variant", "discrepancy", "contradiction"]
                .iter()
                .position(|x| *x == s)
                .unwrap_or(0)
        };
        for item in expected["must_flag"].as_array().into_iter().flatten() {
            let claims = expected_claims(item);
            let (kind, sev) = (
                item["kind"].as_str().unwrap(),
                item["severity"].as_str().unwrap(),
            );
            let ok = self.findings().iter().any(|f| {
                let fs = f["severity"].as_str().unwrap();
                f["kind"].as_str() == Some(kind)
                    && (fs == sev || (sev == "discrepancy" && fs == "contradiction"))
                    && claims.iter().all(|e| self.finding_has(f, e))
            });
            if !ok {
                failures.push(format!(
                    "must_flag {} ({kind}, {sev}) not found",
                    item["id"]
                ));
            }
        }
        for item in expected["must_group"].as_array().into_iter().flatten() {
            let claims = expected_claims(item);
            let grouped = self.findings().iter().any(|f| {
                rank(f["severity"].as_str().unwrap()) <= 1
                    && claims.iter().all(|e| self.finding_has(f, e))
            });
            if !grouped {
                failures.push(format!("must_group {} not grouped", item["id"]));
            }
            // Above variant, two of these claims must never stand on opposite sides.
            for f in self
                .findings()
                .iter()
                .filter(|f| rank(f["severity"].as_str().unwrap()) > 1)
            {
                let clusters: std::collections::BTreeSet<u64> = claims
                    .iter()
                    .filter_map(|e| {
                        f["claims"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .find(|s| self.matches(s, e))
                            .map(|s| s["cluster"].as_u64().unwrap_or(0))
                    })
                    .collect();
                if clusters.len() >= 2 {
                    failures.push(format!(
                        "must_group {} reported above variant: {}",
                        item["id"],
                        self.describe(f)
                    ));
                }
            }
        }
        for item in expected["must_not_pair"].as_array().into_iter().flatten() {
            let claims = expected_claims(item);
            for f in self.findings() {
                let sides = f["claims"].as_array().unwrap();
                let a = sides.iter().position(|s| self.matches(s, &claims[0]));
                let b = sides.iter().position(|s| self.matches(s, &claims[1]));
                if let (Some(a), Some(b)) = (a, b)
                    && a != b
                {
                    failures.push(format!(
                        "must_not_pair {:?} / {:?} paired: {}",
                        claims[0].text,
                        claims[1].text,
                        self.describe(f)
                    ));
                }
            }
        }
        failures
    }
}

/// Checks `same_entity` rows against `entities --format json`; returns the failures.
pub fn check_entities(expected: &Value, entities_json: &str) -> Vec<String> {
    let rows: Value = serde_json::from_str(entities_json).expect("entities JSON");
    let norm = |s: &str| s.chars().map(fold).collect::<String>().to_lowercase();
    let mut failures = Vec::new();
    for row in expected["same_entity"].as_array().into_iter().flatten() {
        let mut ids = std::collections::BTreeSet::new();
        for spelling in row.as_array().unwrap() {
            let sp = norm(spelling.as_str().unwrap());
            let found: Vec<&str> = rows
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| {
                    r["spellings"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|s| norm(s.as_str().unwrap()) == sp)
                })
                .map(|r| r["id"].as_str().unwrap())
                .collect();
            match found.as_slice() {
                [] => failures.push(format!("same_entity: {spelling} not found")),
                ids_found => ids.extend(ids_found.iter().map(|s| s.to_string())),
            }
        }
        if ids.len() > 1 {
            failures.push(format!("same_entity {row}: resolved to {ids:?}"));
        }
    }
    failures
}

/// Reads an expected file (YAML) as JSON values.
pub fn expected(path: &str) -> Value {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("expected file");
    claimcheck::yaml::from_str(&text).expect("expected file is YAML")
}
