//! The claim graph: articles, entities and claims as petgraph nodes; claims about the
//! same fact meet in groups.
//!
//! Grouping never compares all pairs of claims: claims are bucketed by a key (what is
//! counted, its unit, rate and aspect; what is dated; which role), and only claims in
//! one bucket are checked against each other for compatible actors, places and periods.

pub mod export;

use crate::claims::{Claim, ClaimKind, Fact};
use crate::corpus::Entry;
use crate::gazetteer::Gazetteer;
use petgraph::graph::{Graph, NodeIndex};
use std::collections::BTreeMap;
// foldhash: these maps are keyed by every claim of a bucket; SipHash showed in lint
// profiles of large buckets.
use foldhash::HashMap;

/// A node of the claim graph.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An article (index into the corpus entries).
    Article(usize),
    /// An entity id.
    Entity(String),
    /// A claim: (article index, claim index).
    Claim(usize, usize),
}

/// An edge of the claim graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Article → claim it makes.
    Makes,
    /// Claim → entity it names.
    Names,
    /// Claim → claim about the same fact.
    SameFact,
}

/// A claim's address: (article index, claim index).
pub type ClaimRef = (usize, usize);

/// The graph and the fact groups found in it.
#[derive(Debug)]
pub struct ClaimGraph<'c> {
    /// The corpus.
    pub entries: &'c [Entry],
    /// The graph.
    pub graph: Graph<Node, Edge>,
    /// Groups of claims about one fact, each spanning at least two articles.
    pub groups: Vec<Vec<ClaimRef>>,
    /// Each claim's node, in corpus order (see `first_claim`).
    claim_nodes: Vec<NodeIndex>,
    /// Where each article's claims start in `claim_nodes` and `sides`.
    first_claim: Vec<usize>,
    /// Each claim as findings list it, made on first use (see [`ClaimGraph::memo`]):
    /// the slots of claims no finding lists cost a pointer.
    sides: Vec<std::sync::OnceLock<std::sync::Arc<crate::compare::Listed>>>,
}

impl<'c> ClaimGraph<'c> {
    /// Builds the graph of `entries` and groups their claims.
    pub fn build(entries: &'c [Entry], gaz: &Gazetteer) -> ClaimGraph<'c> {
        // Sized up front: a vector grown by doubling holds up to twice what it needs,
        // and a large base has millions of claims and edges.
        let mut first_claim = Vec::with_capacity(entries.len());
        let (mut claims, mut names) = (0, 0);
        let mut named: std::collections::HashSet<&str, foldhash::fast::RandomState> =
            Default::default();
        for e in entries {
            first_claim.push(claims);
            claims += e.claims.len();
            for c in &e.claims {
                names += c.entities.len();
                named.extend(c.entities.iter().map(String::as_str));
            }
        }
        let mut buckets: BTreeMap<String, Vec<ClaimRef>> = BTreeMap::new();
        for (ai, e) in entries.iter().enumerate() {
            for (ci, c) in e.claims.iter().enumerate() {
                if let Some(key) = bucket_key(c) {
                    buckets.entry(key).or_default().push((ai, ci));
                }
            }
        }
        let mut groups = Vec::new();
        for members in buckets.values() {
            for g in group_bucket(entries, members, gaz) {
                let articles: std::collections::BTreeSet<usize> = g.iter().map(|r| r.0).collect();
                if articles.len() >= 2 {
                    groups.push(g);
                }
            }
        }
        drop(buckets);
        let same: usize = groups.iter().map(|g| g.len() - 1).sum();
        let nodes = entries.len() + claims + named.len();
        drop(named);
        let mut graph = Graph::with_capacity(nodes, claims + names + same);
        let mut entity_nodes: HashMap<String, NodeIndex> = HashMap::default();
        let mut claim_nodes = Vec::with_capacity(claims);
        for (ai, e) in entries.iter().enumerate() {
            let an = graph.add_node(Node::Article(ai));
            for (ci, c) in e.claims.iter().enumerate() {
                let cn = graph.add_node(Node::Claim(ai, ci));
                graph.add_edge(an, cn, Edge::Makes);
                claim_nodes.push(cn);
                for id in &c.entities {
                    let en = *entity_nodes
                        .entry(id.clone())
                        .or_insert_with(|| graph.add_node(Node::Entity(id.clone())));
                    graph.add_edge(cn, en, Edge::Names);
                }
            }
        }
        let node = |r: &ClaimRef| claim_nodes[first_claim[r.0] + r.1];
        for g in &groups {
            for w in g.windows(2) {
                graph.add_edge(node(&w[0]), node(&w[1]), Edge::SameFact);
            }
        }
        ClaimGraph {
            entries,
            graph,
            groups,
            claim_nodes,
            first_claim,
            sides: (0..claims).map(|_| std::sync::OnceLock::new()).collect(),
        }
    }

    /// The claim at `r`.
    pub fn claim(&self, r: ClaimRef) -> &'c Claim {
        &self.entries[r.0].claims[r.1]
    }

    /// The claim at `r` as findings list it, made by `make` the first time it is asked
    /// for: every finding listing the claim then shares it.
    pub fn memo(
        &self,
        r: ClaimRef,
        make: impl FnOnce() -> std::sync::Arc<crate::compare::Listed>,
    ) -> &std::sync::Arc<crate::compare::Listed> {
        self.sides[self.first_claim[r.0] + r.1].get_or_init(make)
    }

    /// The graph node of the claim at `r`.
    pub fn node_of(&self, r: ClaimRef) -> Option<NodeIndex> {
        let first = *self.first_claim.get(r.0)?;
        let claims = self.entries[r.0].claims.len();
        (r.1 < claims).then(|| self.claim_nodes[first + r.1])
    }
}

/// The bucket a claim is grouped in, or None when it is too vague to compare: claims
/// in different buckets are never grouped (the claim-base index relies on it).
pub fn bucket_key(c: &Claim) -> Option<String> {
    let f = &c.fact;
    let concept = f.concept.as_deref()?;
    match c.kind {
        ClaimKind::Quantity => Some(format!(
            "q|{concept}|{}|{}|{:?}",
            f.unit.as_deref().unwrap_or("count"),
            f.rate.as_deref().unwrap_or(""),
            f.aspect
        )),
        ClaimKind::Date => Some(format!("d|{concept}")),
        ClaimKind::Role => {
            let mut parts = concept.splitn(3, '|');
            let title = parts.next()?;
            let country = parts.next()?;
            Some(format!("r|{title}|{country}"))
        }
    }
}

/// Whether two claims can be about the same fact. `as_of` gives each claim's
/// publication date: a figure with no period of its own speaks of the year before it.
///
/// Two values from one article may be two facts (an article is taken to be consistent
/// with itself), but grouping does not split on it: a group is the fact, and the
/// comparison never sets an article against itself. Splitting made every later claim
/// join each split-off group, so a story covered by n articles cost n² memberships.
pub fn compatible(
    a: &Claim,
    b: &Claim,
    as_of: (Option<jiff::civil::Date>, Option<jiff::civil::Date>),
    gaz: &Gazetteer,
) -> bool {
    signatures_compatible(a.kind, &a.fact, &b.fact, gaz)
        && match a.kind {
            ClaimKind::Quantity => scopes_compatible(&period(a, as_of.0), &period(b, as_of.1)),
            _ => true,
        }
}

/// Whether two facts of one bucket (same kind and concept family) can be one fact,
/// leaving periods aside. It reads only the fields of [`Signature`].
fn signatures_compatible(kind: ClaimKind, fa: &Fact, fb: &Fact, gaz: &Gazetteer) -> bool {
    match kind {
        ClaimKind::Role => roles_compatible(fa, fb),
        ClaimKind::Quantity => facts_compatible(fa, fb, gaz),
        ClaimKind::Date => {
            let event = is_event_concept(fa.concept.as_deref());
            if !event && (fa.action.is_none() || fb.action.is_none()) {
                return false;
            }
            facts_compatible(fa, fb, gaz)
        }
    }
}

/// The period a quantity claim speaks of (see [`scope_or_recent`]); None for other
/// kinds, whose periods do not keep them apart.
fn period(c: &Claim, published: Option<jiff::civil::Date>) -> Option<crate::claims::DateValue> {
    if c.kind != ClaimKind::Quantity {
        return None;
    }
    let daily = c.fact.concept.as_deref().is_some_and(|k| {
        crate::lexicon::Lexicon::builtin()
            .daily_concepts
            .contains(k)
    });
    scope_or_recent(&c.fact, published, daily)
}

fn is_event_concept(concept: Option<&str>) -> bool {
    let lex = crate::lexicon::Lexicon::builtin();
    concept.is_some_and(|c| lex.event_concepts.contains(c))
}

fn facts_compatible(a: &Fact, b: &Fact, gaz: &Gazetteer) -> bool {
    let both = |x: &Option<String>, y: &Option<String>| x.is_some() && y.is_some() && x != y;
    if both(&a.action, &b.action) {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.owner, &b.owner)
        && x != y
        && !gaz.related(x, y)
    {
        return false;
    }
    // A whole country's figure is not a city's, and a part counted in a place is not
    // the total it is part of.
    let national = crate::extract::quantity::NATIONAL;
    let sub_national = |f: &Fact| {
        f.places.iter().any(|p| {
            p != national
                && gaz
                    .get(p)
                    .is_none_or(|e| e.kind != crate::gazetteer::EntityKind::State)
        })
    };
    let is_national = |f: &Fact| f.places.iter().any(|p| p == national);
    if is_national(a) && sub_national(b) || is_national(b) && sub_national(a) {
        return false;
    }
    if a.subset && b.places.is_empty() || b.subset && a.places.is_empty() {
        return false;
    }
    // Known places are compared by containment; places the gazetteer does not know
    // only by name, and never against known ones (their containment is unknown).
    fn known<'f>(f: &'f Fact, gaz: &Gazetteer) -> Vec<&'f String> {
        f.places
            .iter()
            .filter(|p| gaz.get(p).is_some() || p.starts_with("capital:"))
            .collect()
    }
    fn unknown<'f>(f: &'f Fact, gaz: &Gazetteer) -> Vec<&'f String> {
        let national = crate::extract::quantity::NATIONAL;
        f.places
            .iter()
            .filter(|p| gaz.get(p).is_none() && !p.starts_with("capital:") && *p != national)
            .collect()
    }
    let (ka, kb) = (known(a, gaz), known(b, gaz));
    if !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|x| kb.iter().any(|y| gaz.related(x, y)))
    {
        return false;
    }
    let (ua, ub) = (unknown(a, gaz), unknown(b, gaz));
    if !ua.is_empty() && !ub.is_empty() && !ua.iter().any(|x| ub.contains(x)) {
        return false;
    }
    // A known city and a place the gazetteer does not know are two towns; a known
    // region may hold the unknown place.
    let city = |p: &&String| {
        p.starts_with("capital:")
            || gaz
                .get(p)
                .is_some_and(|e| e.kind == crate::gazetteer::EntityKind::City)
    };
    let only_cities = |k: &[&String]| !k.is_empty() && k.iter().all(city);
    if only_cities(&ka) && !ub.is_empty() && kb.is_empty()
        || only_cities(&kb) && !ua.is_empty() && ka.is_empty()
    {
        return false;
    }
    if !a.things.is_empty()
        && !b.things.is_empty()
        && !a.things.iter().any(|x| b.things.contains(x))
    {
        return false;
    }
    true
}

/// A claim's period: its own, else the year up to its publication ("now"). A day
/// ("on Wednesday") dates the report, not the period counted, so it does not count.
/// For counts of one day's event (`daily`), the day counts and "recent" is the
/// few days before publication.
fn scope_or_recent(
    f: &Fact,
    published: Option<jiff::civil::Date>,
    daily: bool,
) -> Option<crate::claims::DateValue> {
    let own = f.scope.filter(|d| {
        daily
            || !matches!(
                d.granularity,
                crate::claims::Granularity::Day | crate::claims::Granularity::Days
            )
    });
    own.or_else(|| {
        let p = published?;
        Some(crate::claims::DateValue {
            start: p
                .checked_sub(jiff::Span::new().days(if daily { 3 } else { 366 }))
                .ok()?,
            end: p,
            granularity: crate::claims::Granularity::Year,
            since: false,
            open: None,
        })
    })
}

fn scopes_compatible(
    a: &Option<crate::claims::DateValue>,
    b: &Option<crate::claims::DateValue>,
) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let (xs, xe) = x.interval();
            let (ys, ye) = y.interval();
            xs <= ye && ys <= xe
        }
        _ => true,
    }
}

fn roles_compatible(a: &Fact, b: &Fact) -> bool {
    let domain = |f: &Fact| -> Vec<String> {
        f.concept
            .as_deref()
            .and_then(|c| c.splitn(3, '|').nth(2))
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let (da, db) = (domain(a), domain(b));
    let subset = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    // "Chancellor" alone names one office; "minister" or "head" alone names none.
    let title = a
        .concept
        .as_deref()
        .and_then(|c| c.split('|').next())
        .unwrap_or("");
    let single_office = crate::extract::actor::single_office(title);
    if da.is_empty() || db.is_empty() {
        return single_office;
    }
    subset(&da, &db) || subset(&db, &da)
}

/// The fields of a fact that decide, periods aside, whether two claims of one bucket
/// can be about the same fact. Claims sharing a signature are interchangeable for
/// grouping, so compatibility is worked out once per pair of signatures.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Signature<'a> {
    concept: Option<&'a str>,
    action: Option<&'a str>,
    owner: Option<&'a str>,
    places: &'a [String],
    things: &'a [String],
    subset: bool,
}

impl<'a> Signature<'a> {
    fn of(f: &'a Fact) -> Signature<'a> {
        Signature {
            concept: f.concept.as_deref(),
            action: f.action.as_deref(),
            owner: f.owner.as_deref(),
            places: &f.places,
            things: &f.things,
            subset: f.subset,
        }
    }
}

/// A group being built: its members, and what checking a newcomer against all of
/// them needs, kept up to date so the check does not walk the members.
struct Forming {
    members: Vec<ClaimRef>,
    /// The distinct signatures of the members.
    signatures: Vec<usize>,
    /// The latest start and earliest end of the members' periods: a newcomer's
    /// period overlaps every one of them exactly when it overlaps both.
    latest_start: Option<jiff::civil::Date>,
    earliest_end: Option<jiff::civil::Date>,
    /// Every place its members name.
    places: std::collections::BTreeSet<String>,
}

impl Forming {
    /// A group for a figure that names no place, or the national one.
    fn is_whole(&self) -> bool {
        self.places.is_empty() || self.places.contains(crate::extract::quantity::NATIONAL)
    }
}

/// The order claims join groups in: figures naming a place first, so every place's
/// group exists before a figure naming none looks for the one it may belong to (else
/// a figure that cannot tell which place it means seeds a group that the next places'
/// figures all join, and groups multiply with the corpus); then the most specific, so
/// wildcard claims join groups rather than seed them; then corpus order.
fn grouping_order(f: &Fact, r: ClaimRef) -> (std::cmp::Reverse<(bool, u8)>, ClaimRef) {
    let specificity = f.action.is_some() as u8
        + f.owner.is_some() as u8
        + !f.places.is_empty() as u8
        + !f.things.is_empty() as u8;
    (std::cmp::Reverse((!f.places.is_empty(), specificity)), r)
}

/// Splits one bucket into groups of mutually compatible claims. A claim compatible
/// with several groups joins each of them (a vague "nord-coréens" figure may agree
/// with two precise ones that disagree with each other).
///
/// A claim joins the groups all of whose members it is compatible with. That check
/// never walks the members: it reads each group's distinct signatures and its period
/// bounds, and only groups holding a signature compatible with the newcomer's are
/// looked at. A fact reported by
/// 100,000 articles costs 100,000 look-ups, not their square.
fn group_bucket(entries: &[Entry], members: &[ClaimRef], gaz: &Gazetteer) -> Vec<Vec<ClaimRef>> {
    let claim = |r: &ClaimRef| &entries[r.0].claims[r.1];
    let Some(kind) = members.first().map(|r| claim(r).kind) else {
        return Vec::new();
    };
    let mut order: Vec<ClaimRef> = members.to_vec();
    order.sort_by_key(|r| grouping_order(&claim(r).fact, *r));
    let mut signatures: Vec<Signature<'_>> = Vec::new();
    let mut signature_ids: HashMap<Signature<'_>, usize> = HashMap::default();
    let mut signature_of: HashMap<ClaimRef, usize> =
        HashMap::with_capacity_and_hasher(order.len(), Default::default());
    let mut facts: Vec<&Fact> = Vec::new();
    for r in &order {
        let f = &claim(r).fact;
        let sig = Signature::of(f);
        let id = *signature_ids.entry(sig.clone()).or_insert_with(|| {
            signatures.push(sig);
            facts.push(f);
            facts.len() - 1
        });
        signature_of.insert(*r, id);
    }
    // Which signatures each signature is compatible with, worked out on first use: as
    // a table for checking a group, and as a list for finding the groups to check.
    let mut compatible_with: Vec<Option<(Vec<bool>, Vec<usize>)>> = vec![None; signatures.len()];
    let mut groups: Vec<Forming> = Vec::new();
    let mut groups_with: Vec<Vec<usize>> = vec![Vec::new(); signatures.len()];
    let mut whole_groups = 0usize;
    for r in order {
        let c = claim(&r);
        let sig = signature_of[&r];
        let (row, list) = compatible_with[sig].get_or_insert_with(|| {
            let row: Vec<bool> = facts
                .iter()
                .map(|other| signatures_compatible(kind, facts[sig], other, gaz))
                .collect();
            let list = (0..row.len()).filter(|&s| row[s]).collect();
            (row, list)
        });
        let span = period(c, entries[r.0].article.published).map(|p| p.interval());
        let mut candidates: Vec<usize> = list
            .iter()
            .flat_map(|&s| groups_with[s].iter().copied())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        candidates.retain(|&i| {
            let g = &groups[i];
            g.signatures.iter().all(|&s| row[s])
                && span.is_none_or(|(start, end)| {
                    g.earliest_end.is_none_or(|e| start <= e)
                        && g.latest_start.is_none_or(|s| s <= end)
                })
        });
        // A figure that names no place could be any place's: it joins the groups for
        // the whole (no place, or the national figure) when there are some, the one
        // place-specific group when there is only one place, and none when it cannot
        // tell which of several places it means.
        if c.fact.places.is_empty() && !candidates.is_empty() {
            let whole: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&i| groups[i].is_whole())
                .collect();
            // Whether the candidates all name the same places (stops at the first
            // that does not, instead of collecting every group's places).
            let one_place = || {
                let first = &groups[candidates[0]].places;
                candidates[1..].iter().all(|&i| groups[i].places == *first)
            };
            candidates = if !whole.is_empty() {
                whole
            } else if whole_groups == 0 && one_place() {
                candidates
            } else {
                Vec::new()
            };
        }
        if candidates.is_empty() {
            groups.push(Forming {
                members: Vec::new(),
                signatures: Vec::new(),
                latest_start: None,
                earliest_end: None,
                places: std::collections::BTreeSet::new(),
            });
            whole_groups += 1;
            candidates.push(groups.len() - 1);
        }
        for i in candidates {
            let g = &mut groups[i];
            let was_whole = g.is_whole();
            g.members.push(r);
            if !g.signatures.contains(&sig) {
                g.signatures.push(sig);
                groups_with[sig].push(i);
            }
            if let Some((start, end)) = span {
                g.latest_start = Some(g.latest_start.map_or(start, |s| s.max(start)));
                g.earliest_end = Some(g.earliest_end.map_or(end, |e| e.min(end)));
            }
            g.places.extend(c.fact.places.iter().cloned());
            match (was_whole, g.is_whole()) {
                (true, false) => whole_groups -= 1,
                (false, true) => whole_groups += 1,
                _ => {}
            }
        }
    }
    let mut groups: Vec<Vec<ClaimRef>> = groups
        .into_iter()
        .map(|mut g| {
            g.members.sort();
            g.members
        })
        .collect();
    groups.sort();
    groups.dedup();
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(bodies: &[(&str, &str, &str)]) -> Vec<Entry> {
        bodies
            .iter()
            .map(|(id, published, body)| {
                crate::corpus::french_test_article(id, published, body, None).0
            })
            .collect()
    }

    /// Articles a000, a001… published the same day, one per body.
    fn numbered(bodies: impl IntoIterator<Item = String>) -> Vec<Entry> {
        bodies
            .into_iter()
            .enumerate()
            .map(|(i, body)| {
                crate::corpus::french_test_article(&format!("a{i:03}"), "2025-03-10", &body, None).0
            })
            .collect()
    }

    /// A mixed corpus: two cities, figures with and without a place, with and
    /// without a year, two years of publication, an article giving two figures.
    fn mixed() -> Vec<Entry> {
        let mut bodies: Vec<(String, String, String)> = Vec::new();
        let sentences = [
            "Au total, 12 000 soldats ont été déployés à Lyon.",
            "Au total, 12 500 soldats ont été déployés à Marseille.",
            "Au total, 13 000 soldats ont été déployés.",
            "En 2023, 9 000 soldats ont été déployés à Lyon.",
            "Au total, 12 000 soldats ont été déployés à Lyon. Plus tard, 14 000 soldats ont été déployés à Lyon.",
        ];
        for i in 0..60 {
            let published = if i % 7 == 0 {
                "2023-02-01"
            } else {
                "2025-03-10"
            };
            bodies.push((
                format!("a{i:02}"),
                published.to_string(),
                sentences[i % sentences.len()].to_string(),
            ));
        }
        let refs: Vec<(&str, &str, &str)> = bodies
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        entries(&refs)
    }

    #[test]
    fn every_group_holds_only_claims_compatible_with_each_other() {
        let corpus = mixed();
        let gaz = Gazetteer::builtin();
        let graph = ClaimGraph::build(&corpus, gaz);
        assert!(graph.groups.len() >= 2, "{:?}", graph.groups);
        for g in &graph.groups {
            for (k, &a) in g.iter().enumerate() {
                for &b in &g[k + 1..] {
                    let published = |r: ClaimRef| corpus[r.0].article.published;
                    assert!(
                        compatible(
                            graph.claim(a),
                            graph.claim(b),
                            (published(a), published(b)),
                            gaz
                        ),
                        "{:?} and {:?} grouped",
                        graph.claim(a).evidence.quote,
                        graph.claim(b).evidence.quote
                    );
                }
            }
        }
    }

    /// The definition `group_bucket` implements without walking members: each claim,
    /// most specific first, checked against every member of every group.
    fn naive_group_bucket(
        entries: &[Entry],
        members: &[ClaimRef],
        gaz: &Gazetteer,
    ) -> Vec<Vec<ClaimRef>> {
        let claim = |r: &ClaimRef| &entries[r.0].claims[r.1];
        let mut order: Vec<ClaimRef> = members.to_vec();
        order.sort_by_key(|r| grouping_order(&claim(r).fact, *r));
        let national = crate::extract::quantity::NATIONAL;
        let places_of = |g: &Vec<ClaimRef>| -> std::collections::BTreeSet<String> {
            g.iter()
                .flat_map(|o| claim(o).fact.places.iter().cloned())
                .collect()
        };
        let whole = |p: &std::collections::BTreeSet<String>| p.is_empty() || p.contains(national);
        let mut groups: Vec<Vec<ClaimRef>> = Vec::new();
        for r in order {
            let c = claim(&r);
            let as_of = |x: &ClaimRef| entries[x.0].article.published;
            let mut candidates: Vec<usize> = (0..groups.len())
                .filter(|&i| {
                    groups[i]
                        .iter()
                        .all(|o| compatible(c, claim(o), (as_of(&r), as_of(o)), gaz))
                })
                .collect();
            if c.fact.places.is_empty() && !candidates.is_empty() {
                let w: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|&i| whole(&places_of(&groups[i])))
                    .collect();
                let distinct: std::collections::BTreeSet<_> =
                    candidates.iter().map(|&i| places_of(&groups[i])).collect();
                let bucket_has_whole = groups.iter().any(|g| whole(&places_of(g)));
                candidates = if !w.is_empty() {
                    w
                } else if distinct.len() == 1 && !bucket_has_whole {
                    candidates
                } else {
                    Vec::new()
                };
            }
            for &i in &candidates {
                groups[i].push(r);
            }
            if candidates.is_empty() {
                groups.push(vec![r]);
            }
        }
        for g in &mut groups {
            g.sort();
        }
        groups.sort();
        groups.dedup();
        groups
    }

    #[test]
    fn grouping_gives_what_checking_every_member_gives() {
        let corpus = mixed();
        let gaz = Gazetteer::builtin();
        let mut buckets: BTreeMap<String, Vec<ClaimRef>> = BTreeMap::new();
        for (ai, e) in corpus.iter().enumerate() {
            for (ci, c) in e.claims.iter().enumerate() {
                if let Some(k) = bucket_key(c) {
                    buckets.entry(k).or_default().push((ai, ci));
                }
            }
        }
        assert!(buckets.values().any(|m| m.len() > 50));
        for members in buckets.values() {
            assert_eq!(
                group_bucket(&corpus, members, gaz),
                naive_group_bucket(&corpus, members, gaz)
            );
        }
    }

    /// Every claim's memberships, summed over groups.
    fn memberships(graph: &ClaimGraph<'_>) -> usize {
        graph.groups.iter().map(Vec::len).sum()
    }

    #[test]
    fn an_article_giving_two_figures_of_one_fact_does_not_split_it() {
        let corpus = numbered((0..300).map(|i| {
            let later = if i % 3 == 0 {
                " Plus tard, 14 000 soldats ont été déployés à Lyon."
            } else {
                ""
            };
            format!("Au total, 12 000 soldats ont été déployés à Lyon.{later}")
        }));
        let graph = ClaimGraph::build(&corpus, Gazetteer::builtin());
        assert_eq!(graph.groups.len(), 1, "{:?}", graph.groups.len());
        assert_eq!(graph.groups[0].len(), 400);
    }

    /// Figures for two cities interleaved with a country's figure naming no place (as
    /// specific as theirs, so no earlier in the order): the groups are as many at 300
    /// articles as at 60, and each claim is in few.
    #[test]
    fn groups_do_not_multiply_with_the_corpus() {
        let sentences = [
            "Au total, 13 000 soldats français ont été déployés.",
            "Au total, 12 000 soldats ont été déployés à Lyon.",
            "Au total, 9 000 soldats ont été déployés à Marseille.",
        ];
        let shape = |n: usize| {
            let corpus = numbered((0..n).map(|i| sentences[i % sentences.len()].to_string()));
            let graph = ClaimGraph::build(&corpus, Gazetteer::builtin());
            let claims: usize = corpus.iter().map(|e| e.claims.len()).sum();
            (graph.groups.len(), memberships(&graph), claims)
        };
        let (small, _, _) = shape(60);
        let (large, members, claims) = shape(300);
        assert_eq!(small, large);
        assert!(
            members <= 2 * claims,
            "{members} memberships for {claims} claims"
        );
    }

    #[test]
    fn claims_of_one_fact_from_many_articles_form_one_group() {
        let corpus = numbered((0..500).map(|i| {
            let n = if i % 10 == 0 { "13 000" } else { "12 000" };
            format!("Au total, {n} soldats ont été déployés à Lyon.")
        }));
        let graph = ClaimGraph::build(&corpus, Gazetteer::builtin());
        assert_eq!(graph.groups.len(), 1);
        assert_eq!(graph.groups[0].len(), 500);
    }
}
