//! Comparison: the values of each fact group, compared with their hedges as intervals,
//! become findings with a kind and a severity.

use crate::claims::{Claim, ClaimKind, DateValue, Fact, QuantityValue, format_number};
use crate::corpus::Entry;
use crate::gazetteer::Gazetteer;
use crate::graph::{ClaimGraph, ClaimRef};
use crate::lexicon::HedgeKind;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
// foldhash: these maps are keyed by every claim of a bucket; SipHash showed in lint
// profiles of large buckets.
use foldhash::{HashMap, HashSet};
use std::sync::Arc;

/// How serious a finding is, from least to most.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The articles agree.
    Agreement,
    /// Same fact, stated differently (format, rounding, wording).
    Variant,
    /// The values differ, but hedges, rounding or timing could reconcile them.
    Discrepancy,
    /// Both cannot be true.
    Contradiction,
}

impl Severity {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Agreement => "agreement",
            Severity::Variant => "variant",
            Severity::Discrepancy => "discrepancy",
            Severity::Contradiction => "contradiction",
        }
    }
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// Figures disagree.
    Quantity,
    /// Dates disagree.
    Date,
    /// Sources or role holders disagree.
    Attribution,
}

impl FindingKind {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Quantity => "quantity",
            FindingKind::Date => "date",
            FindingKind::Attribution => "attribution",
        }
    }
}

/// One article's side of a finding: a claim as findings list it, and which cluster
/// of the finding it stands in. The claim's part is shared by every finding that
/// lists the claim (a consensus claim stands in every outlier's finding), so a side
/// costs two words; its fields read through it (`side.quote`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// The claim.
    #[serde(flatten)]
    pub listed: Arc<Listed>,
    /// Which side of the finding it is on: claims with the same number agree with
    /// each other; a discrepancy sets cluster 0 against cluster 1.
    pub cluster: usize,
}

impl Side {
    /// `listed` in `cluster`.
    pub fn new(listed: impl Into<Arc<Listed>>, cluster: usize) -> Side {
        Side {
            listed: listed.into(),
            cluster,
        }
    }
}

impl std::ops::Deref for Side {
    type Target = Listed;

    fn deref(&self) -> &Listed {
        &self.listed
    }
}

/// A claim as a finding lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Listed {
    /// Claim id.
    pub claim: Arc<str>,
    /// Article id.
    pub article: Arc<str>,
    /// The value's text as the article writes it.
    pub text: Arc<str>,
    /// The normalised value.
    pub value: Arc<str>,
    /// 1-based line of `text`.
    pub line: usize,
    /// 1-based character column of `text`.
    pub column: usize,
    /// The sentence.
    pub quote: Arc<str>,
}

/// A finding: claims about one fact, and how far they disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable id (same claims, same id).
    pub id: String,
    /// What disagrees.
    pub kind: FindingKind,
    /// How badly.
    pub severity: Severity,
    /// The fact, in words.
    pub subject: String,
    /// Why this severity (hedges, likely typo, containment, timing).
    pub explanation: String,
    /// Each article's side.
    pub claims: Vec<Side>,
    /// A fact-checker's verdict, when one is recorded (`claims/verdicts.yaml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<crate::verdicts::Verdict>,
    /// When the fact has many values: the one most articles give, which this finding
    /// sets an outlier against (its side lists only the first claims).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus: Option<Consensus>,
}

/// Past this many distinct figures (or dates) for one fact, each is set against the
/// consensus, the one most articles give, instead of against every other: a fact
/// 10,000 articles report with 40 values gives 39 findings, not 780.
pub const CONSENSUS_ABOVE: usize = 4;

/// How many claims of the consensus a finding lists.
pub const CONSENSUS_SHOWN: usize = 10;

/// The value most articles give for a fact with many values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consensus {
    /// The value, normalised.
    pub value: String,
    /// How many articles give it.
    pub articles: usize,
    /// How many claims give it; the finding lists the first [`CONSENSUS_SHOWN`].
    pub claims: usize,
}

/// Which clusters to set against each other, as (lower, higher) index pairs: every
/// pair while there are few; past [`CONSENSUS_ABOVE`], each against the consensus,
/// returned too. `articles[i]` counts cluster i's articles, None leaves it out.
fn pairs_to_compare(articles: &[Option<usize>]) -> (Vec<(usize, usize)>, Option<usize>) {
    let eligible: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].is_some())
        .collect();
    if eligible.len() <= CONSENSUS_ABOVE {
        let pairs = eligible
            .iter()
            .enumerate()
            .flat_map(|(k, &i)| eligible[k + 1..].iter().map(move |&j| (i, j)))
            .collect();
        return (pairs, None);
    }
    // The most articles; of equal ones, the first.
    let top = eligible
        .iter()
        .copied()
        .max_by_key(|&i| (articles[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    let pairs = eligible
        .iter()
        .filter(|&&i| i != top)
        .map(|&i| (i.min(top), i.max(top)))
        .collect();
    (pairs, Some(top))
}

/// `f` set against `consensus`, which its explanation then states.
fn with_consensus(mut f: Finding, consensus: Option<Consensus>) -> Finding {
    if let Some(c) = &consensus {
        f.explanation.push_str(&format!(
            "; the consensus, {}, is given by {} ({}, first {} listed)",
            c.value,
            crate::report::counted(c.articles, "article"),
            crate::report::counted(c.claims, "claim"),
            c.claims.min(CONSENSUS_SHOWN)
        ));
    }
    f.consensus = consensus;
    f
}

/// The sides of a finding setting `a` against `b`. `consensus` says which side is the
/// consensus (0 for `a`, 1 for `b`) and how many articles it holds: that side lists
/// its first [`CONSENSUS_SHOWN`] claims and the counts go in the returned [`Consensus`].
fn opposed_sides(
    graph: &ClaimGraph<'_>,
    a: &[ClaimRef],
    b: &[ClaimRef],
    consensus: Option<(usize, usize)>,
) -> (Vec<Side>, Option<Consensus>) {
    let count = |m: &[ClaimRef], articles: usize| Consensus {
        value: value_label(graph.claim(m[0])),
        articles,
        claims: m.len(),
    };
    match consensus {
        Some((0, articles)) => (
            opposed(graph, &a[..a.len().min(CONSENSUS_SHOWN)], b),
            Some(count(a, articles)),
        ),
        Some((_, articles)) => (
            opposed(graph, a, &b[..b.len().min(CONSENSUS_SHOWN)]),
            Some(count(b, articles)),
        ),
        None => (opposed(graph, a, b), None),
    }
}

/// What comparing a cluster with others reads again and again, worked out once: a
/// fact reported by 100,000 articles has one consensus cluster that huge, set against
/// every outlier.
struct ClusterFacts {
    /// Whether it shares no claim with another cluster (only vague figures that fit
    /// several clusters are shared), so its members are its own side of any pair.
    exclusive: bool,
    /// Its articles.
    articles: std::collections::BTreeSet<usize>,
    /// The one source its credited claims share.
    source: Option<String>,
}

impl ClusterFacts {
    fn of(graph: &ClaimGraph<'_>, clusters: &[&[ClaimRef]]) -> Vec<ClusterFacts> {
        let mut seen: HashMap<ClaimRef, usize> = HashMap::default();
        for m in clusters {
            for &r in *m {
                *seen.entry(r).or_default() += 1;
            }
        }
        clusters
            .iter()
            .map(|m| ClusterFacts {
                exclusive: m.iter().all(|r| seen[r] == 1),
                articles: m.iter().map(|r| r.0).collect(),
                source: sole_source(graph, m),
            })
            .collect()
    }
}

/// The claim at `r` as findings list it, made once per claim however many findings
/// list it: their sides share it.
fn listed(graph: &ClaimGraph<'_>, r: ClaimRef) -> Arc<Listed> {
    graph
        .memo(r, || {
            let e = &graph.entries[r.0];
            let c = &e.claims[r.1];
            Arc::new(Listed {
                claim: c.id.as_str().into(),
                article: e.article.id.as_str().into(),
                text: c.evidence.text.as_str().into(),
                value: value_label(c).into(),
                line: c.evidence.line,
                column: c.evidence.column,
                quote: c.evidence.quote.clone(),
            })
        })
        .clone()
}

/// The sides of a finding that sets claims `a` (cluster 0) against claims `b` (cluster 1).
fn opposed(graph: &ClaimGraph<'_>, a: &[ClaimRef], b: &[ClaimRef]) -> Vec<Side> {
    a.iter()
        .map(|&r| Side::new(listed(graph, r), 0))
        .chain(b.iter().map(|&r| Side::new(listed(graph, r), 1)))
        .collect()
}

/// The normalised value shown for a claim: "11000", ">5000", "[8000, 14000]", "2024-12".
pub fn value_label(c: &Claim) -> String {
    match (&c.value, c.quantity()) {
        (_, Some(q)) => quantity_label(q),
        (crate::claims::Value::Date(d), _) => {
            use crate::claims::Open;
            match (d.since, d.open) {
                (_, Some(Open::Before)) => format!("before {}", d.point()),
                (_, Some(Open::After)) => format!("after {}", d.point()),
                (_, Some(Open::OnOrAfter)) => format!("{} or later", d.point()),
                (_, Some(Open::OnOrBefore)) => format!("{} or earlier", d.point()),
                (true, None) => format!("since {}", d.point()),
                (false, None) => d.point(),
            }
        }
        _ => c.value_string(),
    }
}

fn quantity_label(q: &QuantityValue) -> String {
    let n = format_number(q.point);
    if q.vague || q.range {
        return format!(
            "[{}, {}]",
            q.low.map_or("…".into(), format_number),
            q.high.map_or("…".into(), format_number)
        );
    }
    match q.hedge {
        None => n,
        Some(HedgeKind::Approximate) => format!("~{n}"),
        Some(HedgeKind::Nearly) => format!("<~{n}"),
        Some(HedgeKind::MoreThan) => format!(">{n}"),
        Some(HedgeKind::AtLeast) => format!(">={n}"),
        Some(HedgeKind::UpTo) => format!("<={n}"),
        Some(HedgeKind::LessThan) => format!("<{n}"),
    }
}

/// Extra tolerance for figures (`claimcheck.yaml`'s `tolerance`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Relative tolerance added to every figure's interval (0.05 = 5 %).
    pub relative: f64,
    /// Relative tolerance by unit code (`count` for plain counts).
    pub units: BTreeMap<String, f64>,
    /// Least severity worth building a finding for (None: every finding). Findings
    /// below it are never built, which saves most of the work on big corpora.
    pub min_severity: Option<Severity>,
}

impl Options {
    fn wants(&self, severity: Severity) -> bool {
        self.min_severity.is_none_or(|m| severity >= m)
    }

    fn tolerance(&self, unit: Option<&str>) -> f64 {
        self.relative
            + self
                .units
                .get(unit.unwrap_or("count"))
                .copied()
                .unwrap_or(0.0)
    }
}

/// Compares every group of the graph.
pub fn compare(graph: &ClaimGraph<'_>, gaz: &Gazetteer) -> Vec<Finding> {
    compare_with(graph, gaz, &Options::default())
}

/// Compares every group of the graph with extra tolerance.
pub fn compare_with(graph: &ClaimGraph<'_>, gaz: &Gazetteer, options: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut attributions: BTreeMap<String, Attributed> = BTreeMap::new();
    for g in &graph.groups {
        let kind = graph.claim(g[0]).kind;
        match kind {
            ClaimKind::Quantity => {
                let tolerance = options.tolerance(graph.claim(g[0]).fact.unit.as_deref());
                compare_quantities(
                    graph,
                    g,
                    gaz,
                    tolerance,
                    options,
                    &mut out,
                    &mut attributions,
                )
            }
            ClaimKind::Date => compare_dates(graph, g, gaz, options, &mut out),
            ClaimKind::Role => compare_roles(graph, g, gaz, &mut out),
        }
    }
    out.extend(
        attributions
            .into_values()
            .map(Attributed::finish)
            .filter(|f| options.wants(f.severity)),
    );
    out.retain(|f| options.wants(f.severity));
    out.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.kind.cmp(&b.kind))
            .then_with(|| a.subject.cmp(&b.subject))
            .then_with(|| a.id.cmp(&b.id))
    });
    out.dedup_by(|a, b| a.id == b.id);
    drop_contained(&mut out);
    out
}

/// Drops a finding whose claims all stand in a broader finding of the same kind and
/// severity: it says nothing more (groups overlap when a figure fits several). Of two
/// findings over the same claims, the first is kept.
fn drop_contained(out: &mut Vec<Finding>) {
    // Sorted lists rather than tree sets: a large base lists millions of sides.
    let sets: Vec<Vec<&str>> = out
        .iter()
        .map(|f| {
            let mut ids: Vec<&str> = f.claims.iter().map(|c| &*c.claim).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect();
    // Only findings sharing a claim can contain one another: look among those holding
    // the rarest claim, so this stays near-linear when a story has thousands of findings.
    let mut holding: HashMap<&str, Vec<usize>> = HashMap::default();
    for (j, set) in sets.iter().enumerate() {
        for c in set {
            holding.entry(c).or_default().push(j);
        }
    }
    let keep: Vec<bool> = (0..out.len())
        .map(|i| {
            let rarest = sets[i]
                .iter()
                .filter_map(|c| holding.get(c))
                .min_by_key(|js| js.len());
            !rarest.into_iter().flatten().any(|&j| {
                j != i
                    && out[j].kind == out[i].kind
                    && out[j].severity == out[i].severity
                    && is_subset(&sets[i], &sets[j])
                    && (sets[i].len() < sets[j].len() || j < i)
            })
        })
        .collect();
    let mut k = keep.into_iter();
    out.retain(|_| k.next().unwrap_or(true));
}

/// Whether every item of sorted `a` is in sorted `b`.
fn is_subset(a: &[&str], b: &[&str]) -> bool {
    let mut rest = b;
    a.iter().all(|x| match rest.binary_search(x) {
        Ok(k) => {
            rest = &rest[k + 1..];
            true
        }
        Err(_) => false,
    })
}

fn finding_id(kind: FindingKind, subject: &str, sides: &[Side]) -> String {
    let mut ids: Vec<&str> = sides.iter().map(|s| &*s.claim).collect();
    ids.sort();
    let mut h = Sha256::new();
    h.update(kind.as_str());
    h.update([0]);
    h.update(subject);
    for id in ids {
        h.update([0]);
        h.update(id);
    }
    let hex: String = h
        .finalize()
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{}-{hex}", &kind.as_str()[..1])
}

fn make(
    kind: FindingKind,
    severity: Severity,
    subject: String,
    explanation: String,
    claims: Vec<Side>,
) -> Finding {
    Finding {
        id: finding_id(kind, &subject, &claims),
        kind,
        severity,
        subject,
        explanation,
        claims,
        verdict: None,
        consensus: None,
    }
}

/// Entity display name; names the gazetteer does not know are shown in title case.
fn name(gaz: &Gazetteer, id: &str) -> String {
    gaz.get(id).map_or_else(
        || {
            id.strip_prefix("name:")
                .unwrap_or(id)
                .split('-')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
                })
                .collect::<Vec<_>>()
                .join(" ")
        },
        |e| e.name.clone(),
    )
}

/// The fact in words: "troops (North Korea) in Kursk, per month, target: count".
pub fn subject(f: &Fact, kind: ClaimKind, gaz: &Gazetteer) -> String {
    let mut s = f.concept.clone().unwrap_or_default().replace('_', " ");
    if let Some(a) = &f.action {
        s.push_str(&format!(" ({a})"));
    }
    if let Some(o) = &f.owner {
        s.push_str(&format!(", {}", name(gaz, o)));
    }
    if !f.places.is_empty() {
        let places: Vec<String> = f.places.iter().map(|p| name(gaz, p)).collect();
        s.push_str(&format!(", in {}", places.join(", ")));
    }
    if !f.things.is_empty() {
        let things: Vec<String> = f.things.iter().map(|p| name(gaz, p)).collect();
        s.push_str(&format!(", {}", things.join(", ")));
    }
    if let Some(u) = &f.unit {
        s.push_str(&format!(", in {u}"));
    }
    if let Some(r) = &f.rate {
        s.push_str(&format!(", per {r}"));
    }
    if f.aspect == crate::claims::Aspect::Target {
        s.push_str(", target");
    }
    let what = match kind {
        ClaimKind::Quantity => "count",
        ClaimKind::Date => "date",
        ClaimKind::Role => "who holds the role",
    };
    format!("{s}: {what}")
}

/// The most specific fact of a group, for its subject line.
fn group_fact<'a>(graph: &'a ClaimGraph<'_>, g: &[ClaimRef]) -> &'a Fact {
    g.iter()
        .map(|&r| &graph.claim(r).fact)
        .max_by_key(|f| {
            f.owner.is_some() as u8
                + f.action.is_some() as u8
                + f.places.len() as u8
                + f.things.len() as u8
        })
        .unwrap_or(&graph.claim(g[0]).fact)
}

/// Rounding tolerance of an exact figure: half a unit of its last significant digit,
/// at most 5 % ("11 000" may be 10 500–11 500; "41" is 40.5–41.5).
fn rounding(v: f64) -> f64 {
    if v == 0.0 {
        return 0.0;
    }
    let mut unit = 1.0;
    while unit * 10.0 <= v.abs() && (v / (unit * 10.0)).fract() == 0.0 {
        unit *= 10.0;
    }
    let half = if v.fract() != 0.0 { 0.0 } else { unit / 2.0 };
    half.min(v.abs() * 0.05)
        .max(if v.fract() == 0.0 && unit == 1.0 {
            0.5
        } else {
            0.0
        })
}

/// The interval a figure allows, with the rounding of exact figures, widened by a
/// relative `tolerance`.
fn interval(q: &QuantityValue, tolerance: f64) -> (f64, f64) {
    let lo = q.low.unwrap_or(f64::NEG_INFINITY);
    let hi = q.high.unwrap_or(f64::INFINITY);
    let (lo, hi) = if q.hedge.is_none() && !q.vague && !q.range {
        let r = rounding(q.point);
        (q.point - r, q.point + r)
    } else {
        (lo, hi)
    };
    (lo - lo.abs() * tolerance, hi + hi.abs() * tolerance)
}

/// Direction of a hedge, for clustering: figures with the same point and direction
/// say the same thing.
fn direction(q: &QuantityValue) -> i8 {
    match q.hedge {
        Some(HedgeKind::MoreThan | HedgeKind::AtLeast) => 1,
        Some(HedgeKind::UpTo | HedgeKind::LessThan) => -1,
        _ => 0,
    }
}

fn significant_digits(v: f64) -> usize {
    let s = format_number(v.abs()).replace('.', "");
    s.trim_start_matches('0').trim_end_matches('0').len()
}

/// Whether `precise` rounded to the precision of `round` is `round` (1.28 million to
/// the 0.1 million of "1,3 million"; 154 to the tens of "150").
fn rounds_to(precise: f64, round: f64) -> bool {
    if precise == round || round == 0.0 {
        return precise == round;
    }
    let mut unit = 1.0;
    while (round / (unit * 10.0)).fract() == 0.0 && unit * 10.0 <= round.abs() {
        unit *= 10.0;
    }
    if round.fract() != 0.0 {
        let decimals = format_number(round).split('.').nth(1).map_or(0, str::len);
        unit = 10f64.powi(-(decimals as i32));
    }
    // A one-digit figure ("10 000") is too coarse to say it rounds "11 000".
    significant_digits(round) >= 2
        && significant_digits(precise) > significant_digits(round)
        && ((precise / unit).round() * unit - round).abs() < unit * 1e-6
}

/// The one source the credited claims of `members` share, if they share one (claims
/// that credit nobody do not count against it).
fn sole_source(graph: &ClaimGraph<'_>, members: &[ClaimRef]) -> Option<String> {
    let mut sources = members.iter().filter_map(|&r| {
        graph
            .claim(r)
            .attribution
            .as_ref()
            .and_then(|a| a.source.clone())
    });
    let first = sources.next()?;
    sources.all(|s| s == first).then_some(first)
}

/// Whether two figures look like a slip of the pen: one digit changed, added or
/// two swapped, between precise figures (2014/2024, 1,089/1,098, 41/14).
fn looks_like_typo(a: f64, b: f64) -> bool {
    let (da, db) = (
        format_number(a).replace('.', ""),
        format_number(b).replace('.', ""),
    );
    significant_digits(a) >= 2
        && significant_digits(b) >= 2
        && strsim::damerau_levenshtein(&da, &db) == 1
}

/// Counts that only grow: a later, lower figure cannot be explained by timing.
const CUMULATIVE: &[&str] = &[
    "killed",
    "injured",
    "missing",
    "arrests",
    "cases",
    "damage",
    "doses",
    "displaced",
];

fn as_of(entry: &Entry, c: &Claim) -> Option<jiff::civil::Date> {
    c.fact.scope.map(|s| s.end).or(entry.article.published)
}

struct Cluster {
    members: Vec<ClaimRef>,
    point: f64,
    dir: i8,
    vague: bool,
}

fn compare_quantities(
    graph: &ClaimGraph<'_>,
    g: &[ClaimRef],
    gaz: &Gazetteer,
    tolerance: f64,
    options: &Options,
    out: &mut Vec<Finding>,
    attributions: &mut BTreeMap<String, Attributed>,
) {
    let entries = graph.entries;
    let fact = group_fact(graph, g);
    let subj = subject(fact, ClaimKind::Quantity, gaz);
    // Clusters of precise figures with the same point and direction.
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut vague: Vec<ClaimRef> = Vec::new();
    // A value's cluster, once found: a claim joins the first cluster close enough
    // to it, and that stays the same for every claim with that value.
    let mut cluster_of: HashMap<(i8, u64), usize> = HashMap::default();
    for &r in g {
        let q = graph
            .claim(r)
            .quantity()
            .copied()
            .unwrap_or_else(|| crate::extract::quantity::hedged(0.0, None));
        if q.vague || q.range {
            vague.push(r);
            continue;
        }
        let dir = direction(&q);
        let found = *cluster_of
            .entry((dir, q.point.to_bits()))
            .or_insert_with(|| {
                clusters
                    .iter()
                    .position(|c| {
                        !c.vague
                            && c.dir == dir
                            && (c.point - q.point).abs() <= q.point.abs() * 0.005
                    })
                    .unwrap_or_else(|| {
                        clusters.push(Cluster {
                            members: Vec::new(),
                            point: q.point,
                            dir,
                            vague: false,
                        });
                        clusters.len() - 1
                    })
            });
        clusters[found].members.push(r);
    }
    // A vague figure joins every cluster it contains; else it stands alone.
    let mut extra: Vec<Cluster> = Vec::new();
    for &r in &vague {
        let q = graph
            .claim(r)
            .quantity()
            .copied()
            .unwrap_or_else(|| crate::extract::quantity::hedged(0.0, None));
        let (lo, hi) = interval(&q, tolerance);
        let mut joined = false;
        for c in clusters.iter_mut() {
            if c.point >= lo && c.point <= hi {
                c.members.push(r);
                joined = true;
            }
        }
        if !joined {
            match extra
                .iter_mut()
                .find(|c| (c.point - q.point).abs() <= q.point.abs() * 0.005)
            {
                Some(c) => c.members.push(r),
                None => extra.push(Cluster {
                    members: vec![r],
                    point: q.point,
                    dir: 0,
                    vague: true,
                }),
            }
        }
    }
    clusters.extend(extra);
    clusters.sort_by(|a, b| a.point.total_cmp(&b.point).then(a.dir.cmp(&b.dir)));

    // Within a cluster: agreement, or variant when written differently.
    for c in &clusters {
        let articles: std::collections::BTreeSet<usize> = c.members.iter().map(|r| r.0).collect();
        if articles.len() < 2 {
            continue;
        }
        let texts: std::collections::BTreeSet<String> = c
            .members
            .iter()
            .map(|&r| {
                crate::text::normalize(&graph.claim(r).evidence.text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let labels: std::collections::BTreeSet<String> = c
            .members
            .iter()
            .map(|&r| value_label(graph.claim(r)))
            .collect();
        let (severity, why) = if texts.len() == 1 && labels.len() == 1 {
            (
                Severity::Agreement,
                "every article gives the same figure".to_string(),
            )
        } else {
            (
                Severity::Variant,
                format!(
                    "the same figure, written differently ({})",
                    labels.into_iter().collect::<Vec<_>>().join(", ")
                ),
            )
        };
        if options.wants(severity) {
            let sides = c
                .members
                .iter()
                .map(|&r| Side::new(listed(graph, r), 0))
                .collect();
            out.push(make(
                FindingKind::Quantity,
                severity,
                subj.clone(),
                why,
                sides,
            ));
        }
        attribution_conflicts(graph, &c.members, gaz, &subj, attributions);
    }
    // Between clusters: how far apart they are. A vague figure ("des milliers") that
    // fits no precise one is too loose to contradict anything.
    let articles: Vec<Option<usize>> = clusters
        .iter()
        .map(|c| {
            (!c.vague).then(|| {
                c.members
                    .iter()
                    .map(|r| r.0)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
            })
        })
        .collect();
    let (pairs, consensus) = pairs_to_compare(&articles);
    let sets: Vec<HashSet<ClaimRef>> = clusters
        .iter()
        .map(|c| c.members.iter().copied().collect())
        .collect();
    let member_lists: Vec<&[ClaimRef]> = clusters.iter().map(|c| c.members.as_slice()).collect();
    let facts = ClusterFacts::of(graph, &member_lists);
    {
        for (i, j) in pairs {
            // A claim on both sides (a vague one that fits both) says both; and when
            // every article on one side is on the other too, the articles disagree
            // only with themselves (an article giving two figures): no finding.
            let only = |c: usize, other: usize| -> std::borrow::Cow<'_, [ClaimRef]> {
                if facts[c].exclusive {
                    std::borrow::Cow::Borrowed(&clusters[c].members)
                } else {
                    std::borrow::Cow::Owned(
                        clusters[c]
                            .members
                            .iter()
                            .copied()
                            .filter(|r| !sets[other].contains(r))
                            .collect(),
                    )
                }
            };
            let (ma, mb) = (only(i, j), only(j, i));
            if ma.is_empty() || mb.is_empty() {
                continue;
            }
            let articles_of = |c: usize, m: &[ClaimRef]| {
                if facts[c].exclusive {
                    std::borrow::Cow::Borrowed(&facts[c].articles)
                } else {
                    std::borrow::Cow::Owned(m.iter().map(|r| r.0).collect())
                }
            };
            let arts_a = articles_of(i, &ma);
            let consensus_is = match consensus {
                Some(k) if k == i => Some((0, arts_a.len())),
                Some(k) if k == j => Some((1, articles_of(j, &mb).len())),
                _ => None,
            };
            if mb.iter().all(|r| arts_a.contains(&r.0))
                && arts_a.iter().all(|x| mb.iter().any(|r| r.0 == *x))
            {
                continue;
            }
            let (ra, rb) = (ma[0], mb[0]);
            let (ca, cb) = (graph.claim(ra), graph.claim(rb));
            // Same fact, stated compatibly: what the next checks conclude when they hold.
            let variant = |why: String| {
                options.wants(Severity::Variant).then(|| {
                    let (sides, consensus) = opposed_sides(graph, &ma, &mb, consensus_is);
                    with_consensus(
                        make(
                            FindingKind::Quantity,
                            Severity::Variant,
                            subj.clone(),
                            why,
                            sides,
                        ),
                        consensus,
                    )
                })
            };
            let (qa, qb) = (ca.quantity().copied(), cb.quantity().copied());
            let (Some(qa), Some(qb)) = (qa, qb) else {
                continue;
            };
            let (ia, ib) = (interval(&qa, tolerance), interval(&qb, tolerance));
            // "at least 17" and "41": the bound holds the figure; nothing to reconcile.
            let within = |bound: &QuantityValue, x: &QuantityValue| {
                direction(bound) != 0
                    && direction(x) == 0
                    && !x.vague
                    && bound.low.is_none_or(|l| {
                        x.point > l || x.point == l && bound.hedge == Some(HedgeKind::AtLeast)
                    })
                    && bound.high.is_none_or(|h| {
                        x.point < h || x.point == h && bound.hedge == Some(HedgeKind::UpTo)
                    })
            };
            if within(&qa, &qb) || within(&qb, &qa) {
                out.extend(variant(format!(
                    "{} and {} are compatible: the bound holds the figure",
                    value_label(ca),
                    value_label(cb)
                )));
                continue;
            }
            // Within the configured tolerance, figures agree.
            if tolerance > 0.0
                && (qa.point - qb.point).abs() <= tolerance * qa.point.abs().max(qb.point.abs())
            {
                out.extend(variant(format!(
                    "{} and {} are within the configured tolerance ({} %)",
                    value_label(ca),
                    value_label(cb),
                    format_number(tolerance * 100.0)
                )));
                continue;
            }
            // "154" and "environ 150", "1,28 million" and "près de 1,3 million": one
            // figure rounded to the other's precision is the other.
            if direction(&qa) == 0
                && direction(&qb) == 0
                && !qa.vague
                && !qb.vague
                && (rounds_to(qa.point, qb.point) || rounds_to(qb.point, qa.point))
            {
                out.extend(variant(format!(
                    "{} and {}: the same figure, rounded differently",
                    value_label(ca),
                    value_label(cb)
                )));
                continue;
            }
            // Figures from different sources differ as a matter of course (police and
            // union counts): each article credits its own, so nothing contradicts.
            let source_of = |c: usize, m: &[ClaimRef]| {
                if facts[c].exclusive {
                    facts[c].source.clone()
                } else {
                    sole_source(graph, m)
                }
            };
            if let (Some(sa), Some(sb)) = (source_of(i, &ma), source_of(j, &mb))
                && sa != sb
                && !related_sources(gaz, &sa, &sb)
            {
                out.extend(variant(format!(
                    "{} according to {}, {} according to {}: different sources, each credited",
                    value_label(ca),
                    name(gaz, &sa),
                    value_label(cb),
                    name(gaz, &sb)
                )));
                continue;
            }
            let disjoint = ia.1 < ib.0 || ib.1 < ia.0;
            let mut severity = if disjoint {
                Severity::Contradiction
            } else {
                Severity::Discrepancy
            };
            let mut why = vec![format!("{} vs {}", value_label(ca), value_label(cb))];
            if disjoint {
                why.push("the intervals the wording allows do not overlap".into());
            } else {
                why.push("the figures differ but their hedges or rounding overlap".into());
            }
            // Timing: figures dated at different times may both have been right.
            let (ta, tb) = (as_of(&entries[ra.0], ca), as_of(&entries[rb.0], cb));
            // A count can change between reports; a rate for a period (April's
            // inflation) cannot, unless it is an estimate that grows (damage).
            let lex = crate::lexicon::Lexicon::builtin();
            let concept = fact.concept.as_deref().unwrap_or("");
            // A day's count (demonstrators) is compared only with the same day's.
            let timing_may_explain = (!lex.measure_concepts.contains(concept)
                || CUMULATIVE.contains(&concept))
                && !lex.daily_concepts.contains(concept);
            if let (Some(ta), Some(tb)) = (ta, tb)
                && ta != tb
                && severity == Severity::Contradiction
                && timing_may_explain
            {
                let (early, late) = if ta < tb {
                    (qa.point, qb.point)
                } else {
                    (qb.point, qa.point)
                };
                let cumulative = fact
                    .concept
                    .as_deref()
                    .is_some_and(|c| CUMULATIVE.contains(&c));
                if cumulative && late < early {
                    why.push(format!(
                        "a cumulative count cannot fall between {} and {}",
                        ta.min(tb),
                        ta.max(tb)
                    ));
                } else {
                    severity = Severity::Discrepancy;
                    why.push(format!(
                        "the figures are dated {} and {}: the count may have changed",
                        ta.min(tb),
                        ta.max(tb)
                    ));
                }
            }
            if looks_like_typo(qa.point, qb.point) {
                why.push("likely typo: one digit differs or two are swapped".into());
            }
            if !options.wants(severity) {
                continue;
            }
            let compatible: Vec<String> = vague
                .iter()
                .filter(|r| sets[i].contains(r) && sets[j].contains(r))
                .map(|&r| {
                    format!(
                        "\"{}\" ({})",
                        graph.claim(r).evidence.text,
                        entries[r.0].article.id
                    )
                })
                .collect();
            if !compatible.is_empty() {
                why.push(format!("{} agrees with both", compatible.join(", ")));
            }
            let (sides, consensus) = opposed_sides(graph, &ma, &mb, consensus_is);
            out.push(with_consensus(
                make(
                    FindingKind::Quantity,
                    severity,
                    subj.clone(),
                    why.join("; "),
                    sides,
                ),
                consensus,
            ));
        }
    }
}

/// An attribution finding being gathered across the groups of a corpus.
struct Attributed {
    finding: Finding,
    /// The facts it concerns, in the order met.
    subjects: Vec<String>,
    /// Claims (and attribution positions) already listed.
    seen: HashSet<(Arc<str>, usize, usize)>,
    listed: HashSet<Arc<str>>,
}

impl Attributed {
    fn finish(self) -> Finding {
        let mut finding = self.finding;
        // A figure quoted across a whole archive can concern hundreds of facts: name
        // a few and count the rest.
        const NAMED: usize = 5;
        let mut subject = self.subjects[..self.subjects.len().min(NAMED)].join("; ");
        if self.subjects.len() > NAMED {
            subject.push_str(&format!("; and {} more", self.subjects.len() - NAMED));
        }
        finding.subject = format!("who the figure comes from: {subject}");
        finding
    }
}

/// The same figure credited to different sources by different articles: one finding
/// per pair of sources, gathering every claim that credits either against a claim
/// of another article crediting the other.
fn attribution_conflicts(
    graph: &ClaimGraph<'_>,
    members: &[ClaimRef],
    gaz: &Gazetteer,
    subj: &str,
    found: &mut BTreeMap<String, Attributed>,
) {
    let entries = graph.entries;
    // Credited claims by source, in member order.
    let mut by_source: BTreeMap<&String, Vec<(ClaimRef, &crate::claims::Attribution)>> =
        BTreeMap::new();
    for &r in members {
        if let Some(a) = graph.claim(r).attribution.as_ref()
            && let Some(s) = a.source.as_ref()
        {
            by_source.entry(s).or_default().push((r, a));
        }
    }
    let sources: Vec<&String> = by_source.keys().copied().collect();
    let article_id = |r: ClaimRef| entries[r.0].article.id.as_str();
    for (k, &s1) in sources.iter().enumerate() {
        for &s2 in &sources[k + 1..] {
            if related_sources(gaz, s1, s2) {
                continue;
            }
            // A claim counts when the other source is credited in another article.
            let with_partner = |mine: &String, theirs: &String| {
                let other: std::collections::BTreeSet<usize> =
                    by_source[theirs].iter().map(|(r, _)| r.0).collect();
                by_source[mine]
                    .iter()
                    .copied()
                    .filter(|(r, _)| other.iter().any(|&x| x != r.0))
                    .collect::<Vec<_>>()
            };
            let (c1, c2) = (with_partner(s1, s2), with_partner(s2, s1));
            if c1.is_empty() || c2.is_empty() {
                continue;
            }
            // The attribution's words stand for the claim here, in cluster 0.
            let attr_side = |(r, a): (ClaimRef, &crate::claims::Attribution), s: &String| {
                let shared = listed(graph, r);
                Side::new(
                    Listed {
                        text: a.text.as_str().into(),
                        value: name(gaz, s).into(),
                        line: a.line,
                        column: a.column,
                        ..Listed::clone(&shared)
                    },
                    0,
                )
            };
            let entry = found.entry(format!("{s1}|{s2}")).or_insert_with(|| {
                // The source of the first article (by id) is side 0.
                let (first, second) = if (article_id(c1[0].0), s1) <= (article_id(c2[0].0), s2) {
                    ((c1[0], s1), (c2[0], s2))
                } else {
                    ((c2[0], s2), (c1[0], s1))
                };
                let sides = vec![
                    attr_side(first.0, first.1),
                    Side {
                        cluster: 1,
                        ..attr_side(second.0, second.1)
                    },
                ];
                // The id keeps the subject of the first fact met, as the finding grows.
                let finding = make(
                    FindingKind::Attribution,
                    Severity::Discrepancy,
                    format!("who the figure comes from: {subj}"),
                    format!(
                        "the same figure is credited to {} and to {}",
                        name(gaz, first.1),
                        name(gaz, second.1)
                    ),
                    sides,
                );
                let seen = finding
                    .claims
                    .iter()
                    .map(|x| (x.article.clone(), x.line, x.column))
                    .collect();
                let listed = finding.claims.iter().map(|x| x.claim.clone()).collect();
                Attributed {
                    finding,
                    subjects: Vec::new(),
                    seen,
                    listed,
                }
            });
            if !entry.subjects.iter().any(|x| x == subj) {
                entry.subjects.push(subj.to_string());
            }
            // More articles crediting either source join the same finding.
            for (claims, src) in [(&c1, s1), (&c2, s2)] {
                let shown = name(gaz, src);
                let cluster = entry
                    .finding
                    .claims
                    .iter()
                    .find(|x| *x.value == *shown)
                    .map_or(1, |x| x.cluster);
                for &(r, a) in claims {
                    let at: (Arc<str>, usize, usize) =
                        (entries[r.0].article.id.as_str().into(), a.line, a.column);
                    let id: &str = &graph.claim(r).id;
                    if entry.listed.contains(id) || entry.seen.contains(&at) {
                        continue;
                    }
                    entry.listed.insert(id.into());
                    entry.seen.insert(at);
                    entry.finding.claims.push(Side {
                        cluster,
                        ..attr_side((r, a), src)
                    });
                }
            }
        }
    }
}

/// Whether two sources are one (a person and the organisation they belong to).
fn related_sources(gaz: &Gazetteer, a: &str, b: &str) -> bool {
    let member = |x: &str, y: &str| {
        gaz.get(x)
            .is_some_and(|e| e.member_of.iter().any(|m| m == y || gaz.within(m, y)))
    };
    member(a, b) || member(b, a) || gaz.within(a, b) || gaz.within(b, a)
}

fn compare_dates(
    graph: &ClaimGraph<'_>,
    g: &[ClaimRef],
    gaz: &Gazetteer,
    options: &Options,
    out: &mut Vec<Finding>,
) {
    let entries = graph.entries;
    let fact = group_fact(graph, g);
    let subj = subject(fact, ClaimKind::Date, gaz);
    let date_of = |r: ClaimRef| graph.claim(r).date().copied();
    // Clusters of equal periods.
    let mut clusters: Vec<(DateValue, Vec<ClaimRef>)> = Vec::new();
    let mut cluster_of: HashMap<(jiff::civil::Date, jiff::civil::Date), usize> = HashMap::default();
    for &r in g {
        let Some(d) = date_of(r) else { continue };
        let i = *cluster_of.entry((d.start, d.end)).or_insert_with(|| {
            clusters.push((d, Vec::new()));
            clusters.len() - 1
        });
        clusters[i].1.push(r);
    }
    clusters.sort_by_key(|(d, _)| (d.start, d.end));
    // Each claim dates one period, so date clusters never share claims.
    let member_lists: Vec<&[ClaimRef]> = clusters.iter().map(|(_, m)| m.as_slice()).collect();
    let facts = ClusterFacts::of(graph, &member_lists);
    let nested = |i: usize, j: usize| {
        let (da, db) = (&clusters[i].0, &clusters[j].0);
        da.contains(db) || db.contains(da)
    };
    // Equal periods from several articles agree; nested ones agree at different
    // precision ("décembre 2024" in "fin 2024"). Agreements are at most variants.
    if options.wants(Severity::Variant) {
        let articles_of = |m: &[ClaimRef]| {
            m.iter()
                .map(|r| r.0)
                .collect::<std::collections::BTreeSet<usize>>()
        };
        let mut agreeing: Vec<Vec<ClaimRef>> = clusters
            .iter()
            .zip(&facts)
            .filter(|(_, f)| f.articles.len() >= 2)
            .map(|((_, m), _)| m.clone())
            .collect();
        for i in 0..clusters.len() {
            for j in i + 1..clusters.len() {
                if !nested(i, j) {
                    continue;
                }
                let mut m = clusters[i].1.clone();
                m.extend(&clusters[j].1);
                if articles_of(&m).len() >= 2 {
                    agreeing.push(m);
                }
            }
        }
        for m in agreeing {
            let labels: std::collections::BTreeSet<String> =
                m.iter().map(|&r| value_label(graph.claim(r))).collect();
            let (sev, why) = if labels.len() == 1 {
                (
                    Severity::Agreement,
                    "every article gives the same date".to_string(),
                )
            } else {
                (
                    Severity::Variant,
                    format!(
                        "the same date at different precision ({})",
                        labels.into_iter().collect::<Vec<_>>().join(", ")
                    ),
                )
            };
            if options.wants(sev) {
                out.push(make(
                    FindingKind::Date,
                    sev,
                    subj.clone(),
                    why,
                    m.iter().map(|&r| Side::new(listed(graph, r), 0)).collect(),
                ));
            }
        }
    }
    let articles: Vec<Option<usize>> = facts.iter().map(|f| Some(f.articles.len())).collect();
    let (pairs, consensus) = pairs_to_compare(&articles);
    let conflicts: Vec<(usize, usize)> =
        pairs.into_iter().filter(|&(i, j)| !nested(i, j)).collect();
    for (i, j) in conflicts {
        let (da, ma) = &clusters[i];
        let (db, mb) = &clusters[j];
        let arts_a = &facts[i].articles;
        if mb.iter().all(|r| arts_a.contains(&r.0)) {
            continue;
        }
        let (ca, cb) = (graph.claim(ma[0]), graph.claim(mb[0]));
        // "Depuis janvier" (a movement that began) and a day still to come (the next
        // march) are two facts.
        let after_publication = |d: &DateValue, r: &ClaimRef| {
            entries[r.0].article.published.is_some_and(|p| d.start > p)
        };
        if da.since && after_publication(db, &mb[0]) || db.since && after_publication(da, &ma[0]) {
            continue;
        }
        let mut why = vec![format!("{} vs {}", value_label(ca), value_label(cb))];
        let mut severity = if da.overlaps(db) {
            Severity::Discrepancy
        } else {
            Severity::Contradiction
        };
        if severity == Severity::Contradiction && (da.since != db.since) {
            severity = Severity::Discrepancy;
            why.push("one says since when a state began, the other when an event happened: they may name different milestones".into());
        } else if severity == Severity::Contradiction {
            why.push("the periods do not overlap".into());
        } else {
            why.push("the periods overlap only in part".into());
        }
        let ya = da.start.year().to_string();
        let yb = db.start.year().to_string();
        if ya != yb && strsim::damerau_levenshtein(&ya, &yb) == 1 {
            why.push(format!("likely typo: {ya} vs {yb}"));
        } else if da.start.month() == db.start.month()
            && da.start.year() == db.start.year()
            && da.granularity == db.granularity
        {
            let (x, y) = (da.start.day().to_string(), db.start.day().to_string());
            if strsim::damerau_levenshtein(&x, &y) == 1 {
                why.push(format!("likely typo: day {x} vs {y}"));
            }
        }
        if !options.wants(severity) {
            continue;
        }
        let consensus_is = match consensus {
            Some(k) if k == i => Some((0, facts[i].articles.len())),
            Some(k) if k == j => Some((1, facts[j].articles.len())),
            _ => None,
        };
        let (sides, consensus) = opposed_sides(graph, ma, mb, consensus_is);
        out.push(with_consensus(
            make(
                FindingKind::Date,
                severity,
                subj.clone(),
                why.join("; "),
                sides,
            ),
            consensus,
        ));
    }
}

/// Whether two person ids name one person (known id, or spellings close enough).
fn same_person(gaz: &Gazetteer, a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let last = |id: &str| -> String {
        let n = name(gaz, id);
        crate::text::normalize(n.split_whitespace().last().unwrap_or(""))
    };
    strsim::jaro_winkler(&last(a), &last(b)) >= 0.9
}

fn compare_roles(graph: &ClaimGraph<'_>, g: &[ClaimRef], gaz: &Gazetteer, out: &mut Vec<Finding>) {
    let entries = graph.entries;
    let person = |r: &ClaimRef| graph.claim(*r).value_string();
    // Offices change hands: only claims within a year of the newest one are compared.
    let newest = g
        .iter()
        .filter_map(|r| entries[r.0].article.published)
        .max();
    let recent: Vec<ClaimRef> = g
        .iter()
        .copied()
        .filter(|r| match (newest, entries[r.0].article.published) {
            (Some(n), Some(p)) => (n - p).get_days().abs() <= 365,
            _ => true,
        })
        .collect();
    // One cluster per person, spellings of one person together.
    let mut clusters: Vec<Vec<ClaimRef>> = Vec::new();
    for r in recent {
        match clusters
            .iter_mut()
            .find(|c| same_person(gaz, &person(&c[0]), &person(&r)))
        {
            Some(c) => c.push(r),
            None => clusters.push(vec![r]),
        }
    }
    if clusters.len() < 2 {
        return;
    }
    let role = graph.claim(g[0]).fact.concept.clone().unwrap_or_default();
    let subj = format!("who holds the role: {}", role.replace('|', " ").trim());
    let names: Vec<String> = clusters.iter().map(|c| name(gaz, &person(&c[0]))).collect();
    // Articles days apart cannot both be right; months apart, the office may have
    // changed hands.
    let dates: Vec<jiff::civil::Date> = g
        .iter()
        .filter_map(|r| entries[r.0].article.published)
        .collect();
    let close = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) => (*b - *a).get_days().abs() <= 90,
        _ => false,
    };
    let severity = if close {
        Severity::Contradiction
    } else {
        Severity::Discrepancy
    };
    let why = format!(
        "{} are all named to this role{}",
        names.join(" and "),
        if close {
            " within days of each other"
        } else {
            "; the office may have changed hands"
        }
    );
    let sides = clusters
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.iter().map(move |&r| (i, r)))
        .map(|(i, r)| Side::new(listed(graph, r), i))
        .collect();
    out.push(make(FindingKind::Attribution, severity, subj, why, sides));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(kind: FindingKind, severity: Severity, claims: &[&str]) -> Finding {
        let sides = claims
            .iter()
            .map(|c| {
                let listed = Listed {
                    claim: (*c).into(),
                    article: "a".into(),
                    text: "".into(),
                    value: "".into(),
                    line: 1,
                    column: 1,
                    quote: "".into(),
                };
                Side::new(listed, 0)
            })
            .collect();
        make(kind, severity, "troops".into(), String::new(), sides)
    }

    /// Articles from `(id, body)` pairs, extracted as `check` does.
    fn corpus(articles: &[(String, String)]) -> Vec<Entry> {
        articles
            .iter()
            .map(|(id, body)| crate::corpus::french_test_article(id, "2025-03-10", body, None).0)
            .collect()
    }

    fn findings_of(entries: &[Entry], min: Severity) -> Vec<Finding> {
        let gaz = Gazetteer::builtin();
        let graph = ClaimGraph::build(entries, gaz);
        let options = Options {
            min_severity: Some(min),
            ..Options::default()
        };
        compare_with(&graph, gaz, &options)
    }

    #[test]
    fn few_values_are_compared_pair_by_pair() {
        let (pairs, consensus) = pairs_to_compare(&[Some(3), Some(1), None, Some(2)]);
        assert_eq!(pairs, vec![(0, 1), (0, 3), (1, 3)]);
        assert_eq!(consensus, None);
    }

    #[test]
    fn many_values_are_compared_with_the_consensus() {
        let (pairs, consensus) =
            pairs_to_compare(&[Some(1), Some(2), Some(9), None, Some(1), Some(9), Some(3)]);
        // The first of the clusters most articles give is the consensus.
        assert_eq!(consensus, Some(2));
        assert_eq!(pairs, vec![(0, 2), (1, 2), (2, 4), (2, 5), (2, 6)]);
    }

    #[test]
    fn a_fact_many_articles_report_gives_its_outliers_against_the_consensus() {
        // Twelve articles agree, five others give five different figures.
        let mut articles: Vec<(String, String)> = (0..12)
            .map(|i| {
                (
                    format!("a{i:02}"),
                    "Au total, 12 000 soldats ont été déployés à Lyon.".to_string(),
                )
            })
            .collect();
        for (i, n) in ["31 000", "45 000", "58 000", "73 000", "86 000"]
            .iter()
            .enumerate()
        {
            articles.push((
                format!("b{i}"),
                format!("Au total, {n} soldats ont été déployés à Lyon."),
            ));
        }
        let findings = findings_of(&corpus(&articles), Severity::Discrepancy);
        assert_eq!(findings.len(), 5, "{findings:#?}");
        for f in &findings {
            assert_eq!(f.severity, Severity::Contradiction);
            let consensus = f.consensus.as_ref().expect("consensus");
            assert_eq!(consensus.value, "12000");
            assert_eq!((consensus.articles, consensus.claims), (12, 12));
            let sides: Vec<&Side> = f.claims.iter().filter(|s| &*s.value == "12000").collect();
            assert_eq!(sides.len(), CONSENSUS_SHOWN);
            assert_eq!(f.claims.len(), CONSENSUS_SHOWN + 1);
        }
    }

    #[test]
    fn a_figure_credited_to_two_sources_is_one_finding_however_many_articles() {
        let articles: Vec<(String, String)> = (0..40)
            .map(|i| {
                let source = if i % 2 == 0 {
                    "l'ONU"
                } else {
                    "la Croix-Rouge"
                };
                (
                    format!("a{i:02}"),
                    format!("Au total, 12 000 soldats ont été déployés à Lyon, selon {source}."),
                )
            })
            .collect();
        let findings = findings_of(&corpus(&articles), Severity::Discrepancy);
        let attributions: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.kind == FindingKind::Attribution)
            .collect();
        assert_eq!(attributions.len(), 1, "{findings:#?}");
        assert_eq!(attributions[0].claims.len(), 40);
        let clusters: std::collections::BTreeSet<usize> =
            attributions[0].claims.iter().map(|s| s.cluster).collect();
        assert_eq!(clusters.len(), 2);
    }

    #[test]
    fn an_article_giving_two_figures_is_never_set_against_itself() {
        let articles = vec![
            (
                "a1".to_string(),
                "Au total, 12 000 soldats ont été déployés à Lyon. Plus tard, 14 000 soldats ont été déployés à Lyon.".to_string(),
            ),
            (
                "a2".to_string(),
                "Au total, 12 000 soldats ont été déployés à Lyon.".to_string(),
            ),
        ];
        let findings = findings_of(&corpus(&articles), Severity::Discrepancy);
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let side = |cluster: usize| -> std::collections::BTreeSet<&str> {
            findings[0]
                .claims
                .iter()
                .filter(|s| s.cluster == cluster)
                .map(|s| &*s.article)
                .collect()
        };
        // a1's 14 000 against a2's 12 000: the article disagrees with another one.
        assert_ne!(side(0), side(1));
        assert!(side(0).contains("a2") || side(1).contains("a2"));
        // Alone, the same article is consistent with itself.
        let alone = findings_of(&corpus(&articles[..1]), Severity::Discrepancy);
        assert!(alone.is_empty(), "{alone:#?}");
    }

    #[test]
    fn findings_below_the_least_severity_asked_for_are_not_built() {
        let articles = vec![
            (
                "a".to_string(),
                "Au total, 12 000 soldats ont été déployés à Lyon.".to_string(),
            ),
            (
                "b".to_string(),
                "Au total, 12 000 soldats ont été déployés à Lyon.".to_string(),
            ),
            (
                "c".to_string(),
                "Au total, 31 000 soldats ont été déployés à Lyon.".to_string(),
            ),
        ];
        let entries = corpus(&articles);
        let all = findings_of(&entries, Severity::Agreement);
        assert!(all.iter().any(|f| f.severity == Severity::Agreement));
        let serious = findings_of(&entries, Severity::Discrepancy);
        assert!(!serious.is_empty());
        assert!(serious.iter().all(|f| f.severity >= Severity::Discrepancy));
        let expected: Vec<&Finding> = all
            .iter()
            .filter(|f| f.severity >= Severity::Discrepancy)
            .collect();
        assert_eq!(serious.iter().collect::<Vec<_>>(), expected);
    }

    #[test]
    fn findings_inside_a_broader_one_are_dropped() {
        use FindingKind::{Date, Quantity};
        use Severity::{Contradiction, Discrepancy};
        let mut out = vec![
            finding(Quantity, Contradiction, &["q1", "q2", "q3"]),
            finding(Quantity, Contradiction, &["q1", "q2"]),
            // Same claims, other severity or kind: each says something of its own.
            finding(Quantity, Discrepancy, &["q1", "q3"]),
            finding(Date, Contradiction, &["q2", "q3"]),
            // Overlapping but not contained.
            finding(Quantity, Contradiction, &["q3", "q4"]),
            // Two findings over the same claims: the first stays.
            finding(Quantity, Contradiction, &["q5", "q6"]),
            finding(Quantity, Contradiction, &["q6", "q5"]),
        ];
        drop_contained(&mut out);
        let kept: Vec<Vec<&str>> = out
            .iter()
            .map(|f| f.claims.iter().map(|c| &*c.claim).collect())
            .collect();
        assert_eq!(
            kept,
            [
                vec!["q1", "q2", "q3"],
                vec!["q1", "q3"],
                vec!["q2", "q3"],
                vec!["q3", "q4"],
                vec!["q5", "q6"],
            ]
        );
    }

    #[test]
    fn rounding_tolerance_follows_significant_digits() {
        assert_eq!(rounding(41.0), 0.5);
        assert_eq!(rounding(11000.0), 500.0);
        assert_eq!(rounding(10000.0), 500.0);
        assert_eq!(rounding(2.5), 0.0);
    }

    #[test]
    fn slips_are_told_from_round_differences() {
        assert!(looks_like_typo(41.0, 14.0));
        assert!(looks_like_typo(1089.0, 1098.0));
        assert!(looks_like_typo(2014.0, 2024.0));
        assert!(!looks_like_typo(10000.0, 11000.0));
    }
}
