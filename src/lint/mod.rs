//! Lint: a draft's claims checked against a claim base, the way code is linted. A
//! finding points at the draft's value and names the base's conflicting claims.

pub mod github;
pub mod human;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod suppress;

use crate::claims::{Claim, ClaimKind};
use crate::compare::{Finding, FindingKind, Options, Severity, compare_with, value_label};
use crate::config::{FailOn, Ignore};
use crate::corpus::{Corpus, Entry};
use crate::gazetteer::Gazetteer;
use crate::graph::ClaimGraph;
use crate::report::one_line;
use crate::source::SourceFile;
use serde::Serialize;
use std::collections::BTreeMap;

/// Stable names of what lint reports; each has a heading in `docs/diagnostics.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A figure differs from the claim base.
    QuantityMismatch,
    /// A date differs from the claim base.
    DateMismatch,
    /// A figure is credited to another source, or a role to another person.
    AttributionConflict,
    /// The draft gives one fact two values.
    InternalInconsistency,
    /// A suppression comment silences nothing.
    UnusedSuppression,
}

impl Code {
    /// Every code, for rule tables.
    pub const ALL: [Code; 5] = [
        Code::QuantityMismatch,
        Code::DateMismatch,
        Code::AttributionConflict,
        Code::InternalInconsistency,
        Code::UnusedSuppression,
    ];

    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::QuantityMismatch => "quantity-mismatch",
            Code::DateMismatch => "date-mismatch",
            Code::AttributionConflict => "attribution-conflict",
            Code::InternalInconsistency => "internal-inconsistency",
            Code::UnusedSuppression => "unused-suppression",
        }
    }

    /// One sentence on what the code means.
    pub fn description(self) -> &'static str {
        match self {
            Code::QuantityMismatch => "a figure in the draft differs from the claim base",
            Code::DateMismatch => "a date in the draft differs from the claim base",
            Code::AttributionConflict => {
                "the draft credits a figure to another source, or names another person to a role"
            }
            Code::InternalInconsistency => "the draft gives the same fact two different values",
            Code::UnusedSuppression => "a claimcheck-disable comment silences nothing",
        }
    }

    fn of(kind: FindingKind) -> Code {
        match kind {
            FindingKind::Quantity => Code::QuantityMismatch,
            FindingKind::Date => Code::DateMismatch,
            FindingKind::Attribution => Code::AttributionConflict,
        }
    }
}

/// A place in a file, with what stands there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    /// File path as given (for the base: the article, else its claim file).
    pub file: String,
    /// Article id.
    pub article: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based character column.
    pub column: usize,
    /// 1-based character column just past the text, on the same line.
    pub end_column: usize,
    /// The text as written.
    pub text: String,
    /// The normalised value.
    pub value: String,
    /// The sentence.
    pub quote: String,
}

/// One lint finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LintFinding {
    /// What kind of problem.
    pub code: Code,
    /// How serious.
    pub severity: Severity,
    /// The cross-reference finding it comes from ("d-7c98f8ba"), for suppressions.
    pub finding: String,
    /// One line: what disagrees with what.
    pub message: String,
    /// Why this severity.
    pub explanation: String,
    /// The fact, in words.
    pub subject: String,
    /// The draft's value.
    pub primary: Location,
    /// The conflicting claims (in the base, or elsewhere in the draft).
    pub related: Vec<Location>,
    /// A fact-checker's verdict on this finding, when recorded; dismissed and
    /// reconciled findings do not fail the run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<crate::verdicts::VerdictStatus>,
}

/// Everything a lint run found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LintReport {
    /// Report format version.
    pub version: u32,
    /// The drafts linted.
    pub drafts: Vec<String>,
    /// Claims in the base.
    pub base_claims: usize,
    /// The findings, sorted by file, line, column and code.
    pub findings: Vec<LintFinding>,
    /// The failure threshold used.
    #[serde(skip)]
    pub fail_on: Option<FailOn>,
}

impl LintReport {
    /// Whether a finding reaches the failure threshold.
    pub fn fails(&self) -> bool {
        let fail_on = self.fail_on.unwrap_or(FailOn::Contradiction);
        self.findings.iter().any(|f| {
            f.code != Code::UnusedSuppression
                && f.verdict.is_none_or(crate::verdicts::VerdictStatus::open)
                && fail_on.fails(f.severity)
        })
    }
}

/// A draft: its corpus entry and its text (for snippets and suppressions).
#[derive(Debug, Clone)]
pub struct Draft {
    /// Claims and metadata.
    pub entry: Entry,
    /// The text as read.
    pub source: SourceFile,
}

/// What lint needs besides the drafts and the base.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Compare every group of the base, not only those a draft's findings can come
    /// from (the same report, slower: for checking that claim).
    pub every_group: bool,
    /// Figure tolerance.
    pub compare: Options,
    /// Findings to silence.
    pub ignore: Vec<Ignore>,
    /// Failure threshold.
    pub fail_on: Option<FailOn>,
    /// Recorded verdicts, by finding id.
    pub verdicts: crate::verdicts::Verdicts,
}

fn location(entry: &Entry, c: &Claim, text: &str, line: usize, column: usize) -> Location {
    Location {
        file: entry
            .article_path
            .clone()
            .or_else(|| entry.claim_path.clone())
            .unwrap_or_default(),
        article: entry.article.id.clone(),
        line,
        column,
        end_column: column + text.chars().count(),
        text: text.to_string(),
        value: value_label(c),
        quote: c.evidence.quote.to_string(),
    }
}

fn claim_location(entry: &Entry, c: &Claim) -> Location {
    location(
        entry,
        c,
        &c.evidence.text,
        c.evidence.line,
        c.evidence.column,
    )
}

/// What lint compares drafts against: the whole claim base, or the part of it the
/// drafts can meet (read through the claim-base index, [`crate::index`]).
#[derive(Debug, Clone, Default)]
pub struct Base {
    /// The base's articles with the claims to compare, sorted by id; the drafts'
    /// own articles already taken out.
    pub corpus: Corpus,
    /// Every `name:` id of the whole base, for corpus-wide name resolution.
    pub names: std::collections::BTreeSet<String>,
    /// Claims in the whole base.
    pub claims: usize,
}

impl Base {
    /// The whole of `corpus` as a base.
    pub fn whole(corpus: Corpus) -> Base {
        Base {
            names: crate::corpus::name_ids(&corpus.entries),
            claims: corpus.entries.iter().map(|e| e.claims.len()).sum(),
            corpus,
        }
    }
}

/// Keeps the groups whose findings can name a draft claim: those holding one, and
/// those crediting a source a draft credits (an attribution finding gathers a pair of
/// sources over every group). Comparing the rest, which only the base's articles fill,
/// would cost the most where the base is largest and change nothing lint reports.
fn retain_groups_drafts_meet(graph: &mut ClaimGraph<'_>, is_draft: &dyn Fn(usize) -> bool) {
    let entries = graph.entries;
    let source = |r: &(usize, usize)| {
        entries[r.0].claims[r.1]
            .attribution
            .as_ref()
            .and_then(|a| a.source.as_deref())
    };
    let credited: std::collections::HashSet<&str> = graph
        .groups
        .iter()
        .flatten()
        .filter(|r| is_draft(r.0))
        .filter_map(source)
        .collect();
    graph.groups.retain(|g| {
        g.iter()
            .any(|r| is_draft(r.0) || source(r).is_some_and(|s| credited.contains(s)))
    });
}

/// Checks `drafts` against `base`.
pub fn lint(drafts: &[Draft], base: Corpus, gaz: &Gazetteer, options: &LintOptions) -> LintReport {
    lint_base(drafts, Base::whole(base), gaz, options)
}

/// [`lint`] against a [`Base`], which may hold only the part of the claim base the
/// drafts can meet: claims are only compared within a bucket of
/// [`crate::graph::bucket_key`], and names are resolved over the whole base.
pub fn lint_base(
    drafts: &[Draft],
    base: Base,
    gaz: &Gazetteer,
    options: &LintOptions,
) -> LintReport {
    let mut corpus = base.corpus;
    let base_claims = base.claims;
    let first_draft = corpus.entries.len();
    corpus
        .entries
        .extend(drafts.iter().map(|d| d.entry.clone()));
    let mut names = base.names;
    names.extend(crate::corpus::name_ids(&corpus.entries[first_draft..]));
    corpus.resolve_names_among(&names);
    let entries = &corpus.entries;
    let is_draft = |i: usize| i >= first_draft;
    let mut graph = ClaimGraph::build(entries, gaz);
    if !options.every_group {
        retain_groups_drafts_meet(&mut graph, &is_draft);
    }
    let by_id: BTreeMap<(&str, &str), (usize, usize)> = entries
        .iter()
        .enumerate()
        .flat_map(|(ai, e)| {
            e.claims
                .iter()
                .enumerate()
                .map(move |(ci, c)| ((e.article.id.as_str(), c.id.as_str()), (ai, ci)))
        })
        .collect();
    // Restatements are worth a note only when they can fail the run.
    let least = match options.fail_on {
        Some(FailOn::Variant) => Severity::Variant,
        _ => Severity::Discrepancy,
    };
    let mut findings = Vec::new();
    for f in compare_with(&graph, gaz, &options.compare) {
        if f.severity < least {
            continue;
        }
        findings.extend(draft_findings(&f, entries, &by_id, &is_draft));
    }
    let mut findings = merge_by_claim(findings);
    for (i, d) in drafts.iter().enumerate() {
        findings.extend(internal_inconsistencies(
            &entries[first_draft + i],
            gaz,
            &d.source,
        ));
    }
    findings.retain(|f| !ignored(f, &options.ignore));
    for f in &mut findings {
        f.verdict = options.verdicts.verdicts.get(&f.finding).map(|v| v.status);
    }
    // Suppression comments in each draft.
    let mut out = Vec::new();
    for d in drafts {
        let path = d.entry.article_path.clone().unwrap_or_default();
        let mine: Vec<LintFinding> = findings
            .iter()
            .filter(|f| f.primary.file == path)
            .cloned()
            .collect();
        out.extend(suppress::apply(&d.source, mine));
    }
    out.sort_by(|a, b| {
        (&a.primary.file, a.primary.line, a.primary.column, a.code)
            .cmp(&(&b.primary.file, b.primary.line, b.primary.column, b.code))
            .then_with(|| b.severity.cmp(&a.severity))
    });
    out.dedup_by(|a, b| a.primary == b.primary && a.code == b.code && a.finding == b.finding);
    LintReport {
        version: 1,
        drafts: drafts
            .iter()
            .map(|d| d.entry.article_path.clone().unwrap_or_default())
            .collect(),
        base_claims,
        findings: out,
        fail_on: options.fail_on,
    }
}

/// One finding per draft value and code: a draft figure that disagrees with several
/// base claims (in several cross-reference findings) is one problem.
fn merge_by_claim(findings: Vec<LintFinding>) -> Vec<LintFinding> {
    let mut merged: Vec<LintFinding> = Vec::new();
    for f in findings {
        match merged
            .iter_mut()
            .find(|m| m.primary == f.primary && m.code == f.code)
        {
            Some(m) => {
                if f.severity > m.severity {
                    m.severity = f.severity;
                    m.finding = f.finding.clone();
                    m.explanation = f.explanation.clone();
                } else if !m.explanation.contains(&f.explanation) {
                    m.explanation = format!("{}; {}", m.explanation, f.explanation);
                }
                for r in f.related {
                    if !m.related.contains(&r) {
                        m.related.push(r);
                    }
                }
                let others: Vec<String> = m
                    .related
                    .iter()
                    .map(|r| format!("\"{}\" ({})", one_line(&r.text), r.article))
                    .collect();
                let verb = match m.severity {
                    Severity::Contradiction => "contradicts",
                    Severity::Discrepancy => "differs from",
                    _ => "restates",
                };
                m.message = format!(
                    "\"{}\" {verb} {}",
                    one_line(&m.primary.text),
                    others.join(", ")
                );
            }
            None => merged.push(f),
        }
    }
    merged
}

fn ignored(f: &LintFinding, rules: &[Ignore]) -> bool {
    rules.iter().any(|r| {
        r.id.as_deref()
            .is_some_and(|id| id == f.finding || id == f.code.as_str())
            || r.subject.as_deref().is_some_and(|s| f.subject.contains(s))
    })
}

/// The lint findings of one cross-reference finding: each draft claim set against the
/// base claims on the other side.
fn draft_findings(
    f: &Finding,
    entries: &[Entry],
    by_id: &BTreeMap<(&str, &str), (usize, usize)>,
    is_draft: &dyn Fn(usize) -> bool,
) -> Vec<LintFinding> {
    let located: Vec<(usize, &crate::compare::Side)> = f
        .claims
        .iter()
        .filter_map(|s| by_id.get(&(&*s.article, &*s.claim)).map(|&(ai, _)| (ai, s)))
        .collect();
    let mut out = Vec::new();
    for &(ai, side) in located.iter().filter(|(ai, _)| is_draft(*ai)) {
        // A draft that sides with part of the base is not wrong: the base disagrees
        // with itself there, which `check` reports.
        let supported = f.severity > Severity::Variant
            && located
                .iter()
                .any(|(bi, other)| !is_draft(*bi) && other.cluster == side.cluster);
        if supported {
            continue;
        }
        // Variants agree with every side; otherwise only the other side conflicts.
        let related: Vec<Location> = located
            .iter()
            .filter(|(bi, other)| {
                !is_draft(*bi) && (f.severity == Severity::Variant || other.cluster != side.cluster)
            })
            .map(|&(bi, other)| {
                let (_, ci) = by_id[&(&*other.article, &*other.claim)];
                let c = &entries[bi].claims[ci];
                let mut l = location(&entries[bi], c, &other.text, other.line, other.column);
                l.value = other.value.to_string();
                l
            })
            .collect();
        if related.is_empty() {
            continue;
        }
        let (_, ci) = by_id[&(&*side.article, &*side.claim)];
        let c = &entries[ai].claims[ci];
        let mut primary = location(&entries[ai], c, &side.text, side.line, side.column);
        primary.value = side.value.to_string();
        let verb = match f.severity {
            Severity::Contradiction => "contradicts",
            Severity::Discrepancy => "differs from",
            _ => "restates",
        };
        let others: Vec<String> = related
            .iter()
            .map(|r| format!("\"{}\" ({})", one_line(&r.text), r.article))
            .collect();
        out.push(LintFinding {
            code: Code::of(f.kind),
            severity: f.severity,
            finding: f.id.clone(),
            message: format!("\"{}\" {verb} {}", one_line(&side.text), others.join(", ")),
            explanation: f.explanation.clone(),
            subject: f.subject.clone(),
            primary,
            related,
            verdict: None,
        });
    }
    out
}

/// The same fact given two values in one draft: claims with one strict key (what,
/// whose, where, per what, when) and values that cannot both hold.
fn internal_inconsistencies(
    entry: &Entry,
    gaz: &Gazetteer,
    _source: &SourceFile,
) -> Vec<LintFinding> {
    let mut buckets: BTreeMap<String, Vec<&Claim>> = BTreeMap::new();
    for c in &entry.claims {
        let f = &c.fact;
        let pinned = f.owner.is_some() || !f.places.is_empty();
        let Some(concept) = f
            .concept
            .as_deref()
            .filter(|_| pinned && c.kind == ClaimKind::Quantity)
        else {
            continue;
        };
        if c.quantity().is_some_and(|q| q.vague) {
            continue;
        }
        let key = format!(
            "{concept}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{}",
            f.action, f.owner, f.places, f.unit, f.rate, f.aspect, f.scope, f.subset
        );
        buckets.entry(key).or_default().push(c);
    }
    let mut out = Vec::new();
    for claims in buckets.values() {
        for (i, a) in claims.iter().enumerate() {
            for b in &claims[i + 1..] {
                let (Some(qa), Some(qb)) = (a.quantity(), b.quantity()) else {
                    continue;
                };
                let source = |c: &Claim| c.attribution.as_ref().and_then(|x| x.source.clone());
                if qa.point == qb.point || source(a) != source(b) {
                    continue;
                }
                let subject = crate::compare::subject(&a.fact, a.kind, gaz);
                let related = vec![claim_location(entry, a)];
                out.push(LintFinding {
                    code: Code::InternalInconsistency,
                    severity: Severity::Discrepancy,
                    finding: format!("internal-{}-{}", a.id, b.id),
                    message: format!(
                        "\"{}\" and \"{}\" give one fact two values in this draft",
                        b.evidence.text, a.evidence.text
                    ),
                    explanation: format!("{} vs {}", value_label(b), value_label(a)),
                    subject,
                    primary: claim_location(entry, b),
                    related,
                    verdict: None,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draft read from `path`, as `claimcheck lint` reads it.
    fn draft_at(path: &std::path::Path) -> Draft {
        let gaz = Gazetteer::builtin();
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let article = crate::article::Article::parse(&shown, text.clone()).unwrap();
        Draft {
            entry: crate::corpus::entry_for(&article, gaz, Some(shown.clone())),
            source: SourceFile::new(shown, text),
        }
    }

    #[test]
    fn comparing_only_the_groups_drafts_meet_changes_nothing() {
        let gaz = Gazetteer::builtin();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let base_dirs: Vec<std::path::PathBuf> = ["claims", "tests/fixtures/en"]
            .iter()
            .map(|d| root.join(d))
            .collect();
        let base = crate::corpus::load(&base_dirs, gaz).unwrap();
        let mut paths: Vec<std::path::PathBuf> = ["tests/lint", "tests/fixtures/fr-manifs"]
            .iter()
            .flat_map(|d| std::fs::read_dir(root.join(d)).unwrap())
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .filter(|p| !p.ends_with("README.md"))
            .collect();
        paths.sort();
        assert!(paths.len() >= 6);
        let mut findings = 0;
        for path in &paths {
            let drafts = [draft_at(path)];
            let some = LintOptions::default();
            let every = LintOptions {
                every_group: true,
                ..LintOptions::default()
            };
            let fast = lint(&drafts, base.clone(), gaz, &some);
            assert_eq!(fast, lint(&drafts, base.clone(), gaz, &every), "{path:?}");
            findings += fast.findings.len();
        }
        assert!(findings > 0);
    }

    /// A draft credits a figure to a source that the base credits elsewhere, in a
    /// group no draft claim is in: the attribution finding over both sources still
    /// sees that group.
    #[test]
    fn groups_crediting_a_draft_source_are_compared_too() {
        let gaz = Gazetteer::builtin();
        let article = |id: &str, body: &str| {
            crate::corpus::french_test_article(id, "2025-03-10", body, Some(format!("{id}.md")))
        };
        let base = Corpus {
            entries: [
                (
                    "b1",
                    "Au total, 12 000 soldats ont été déployés à Lyon, selon la Croix-Rouge.",
                ),
                (
                    "b2",
                    "Au total, 9 000 soldats ont été déployés à Marseille, selon l'ONU.",
                ),
                (
                    "b3",
                    "Au total, 9 000 soldats ont été déployés à Marseille, selon la Croix-Rouge.",
                ),
            ]
            .iter()
            .map(|(id, body)| article(id, body).0)
            .collect(),
            ..Corpus::default()
        };
        let (entry, text) = article(
            "draft",
            "Au total, 12 000 soldats ont été déployés à Lyon, selon l'ONU.",
        );
        let drafts = [Draft {
            entry,
            source: SourceFile::new("draft.md", text),
        }];
        let every = LintOptions {
            every_group: true,
            ..LintOptions::default()
        };
        let all = lint(&drafts, base.clone(), gaz, &every);
        assert_eq!(lint(&drafts, base, gaz, &LintOptions::default()), all);
    }

    #[test]
    fn codes_are_unique_kebab_case() {
        let names: std::collections::BTreeSet<&str> =
            Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), Code::ALL.len());
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
    }
}

#[cfg(test)]
mod doc_tests {
    use super::Code;

    #[test]
    fn every_code_has_a_heading_in_the_diagnostics_doc() {
        let doc = include_str!("../../docs/diagnostics.md");
        for c in Code::ALL {
            assert!(
                doc.contains(&format!("\n## {}\n", c.as_str())),
                "docs/diagnostics.md lacks ## {}",
                c.as_str()
            );
        }
    }
}
