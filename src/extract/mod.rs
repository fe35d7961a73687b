//! Extraction: from an article's text to its claims. Pure functions over text, no I/O.
//!
//! Each sentence is read in layers: entity mentions, dates, figures, attributions and
//! roles; then every figure and date gets the fact it is about (what is counted, by
//! whom, where, per what, actual or target), looking at its clause first, then the
//! sentence, then the sentence before for what an ellipsis leaves out.

pub mod actor;
pub mod date;
pub mod number;
pub mod numwords;
pub mod quantity;

use crate::Lang;
use crate::article::Article;
use crate::claims::{Attribution, Claim, ClaimKind, Evidence, Fact, Value};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::lexicon::{Lexicon, is_invisible};
use crate::text::{Document, TokKind, Token};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// Whether the word at view index `v` of `s` is elided, an apostrophe glued after it
/// ("l'", "m'", "d'"): a French article or pronoun, never a unit.
pub fn elided(s: &Sent<'_>, v: usize) -> bool {
    let Some(&i) = s.view.get(v) else {
        return false;
    };
    s.toks
        .get(i + 1)
        .is_some_and(|t| t.glued() && (t.is_punct('\'') || t.is_punct('\u{2019}')))
}

/// A sentence being read: its tokens and a view without invisible hyphens and apostrophes.
pub struct Sent<'a> {
    /// The whole source text (token spans index into it).
    pub text: &'a str,
    /// The sentence's tokens.
    pub toks: &'a [Token],
    /// Indices of visible tokens, the words phrase matching sees.
    pub view: Vec<usize>,
    /// Clause number of each token: commas, semicolons, brackets and dashes split clauses.
    pub clause: Vec<u16>,
}

static END: Token = Token {
    span: 0..0,
    kind: TokKind::Opaque,
    space_before: true,
    newline_before: false,
    blank_line_before: false,
    norm: String::new(),
    capitalized: false,
};

impl<'a> Sent<'a> {
    /// Prepares sentence tokens `toks` of `text`.
    pub fn new(text: &'a str, toks: &'a [Token]) -> Sent<'a> {
        // Sized once: collecting a filter grows the vector step by step.
        let mut view = Vec::with_capacity(toks.len());
        view.extend((0..toks.len()).filter(|&i| !is_invisible(&toks[i])));
        let mut clause = Vec::with_capacity(toks.len());
        let mut c = 0u16;
        for (i, t) in toks.iter().enumerate() {
            // A comma between digits ("2,7 millions") is a decimal mark, not a pause.
            let in_number = t.glued()
                && i > 0
                && toks[i - 1].kind == TokKind::Num
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.glued() && n.kind == TokKind::Num);
            if t.kind == TokKind::Punct
                && !in_number
                && matches!(
                    t.norm.as_str(),
                    "," | ";" | "(" | ")" | "—" | "–" | "[" | "]"
                )
            {
                c = c.saturating_add(1);
            }
            clause.push(c);
        }
        Sent {
            text,
            toks,
            view,
            clause,
        }
    }

    /// The token at view index `v` (an empty token past the end).
    pub fn tok(&self, v: usize) -> &Token {
        self.view.get(v).map_or(&END, |&i| &self.toks[i])
    }

    /// The normalised word at view index `v` ("" past the end).
    pub fn word(&self, v: usize) -> &str {
        &self.tok(v).norm
    }

    /// The text as written of the token at view index `v`.
    pub fn raw(&self, v: usize) -> &str {
        let t = self.tok(v);
        &self.text[t.span.clone()]
    }

    /// The view index of token `tok` or of the first visible token after it.
    pub fn view_index_at_or_after(&self, tok: usize) -> usize {
        self.view.partition_point(|&i| i < tok)
    }

    /// Whether the number at view `v` is one group of a larger figure ("11 000", "5.000").
    pub fn is_grouped_number(&self, v: usize) -> bool {
        let Some(&i) = self.view.get(v) else {
            return false;
        };
        let three = |j: usize| {
            self.toks
                .get(j)
                .is_some_and(|t| t.kind == TokKind::Num && t.norm.len() == 3)
        };
        let sep_glued = |j: usize| {
            self.toks.get(j).is_some_and(|t| {
                t.glued() && t.kind == TokKind::Punct && matches!(t.norm.as_str(), "." | ",")
            })
        };
        let space_group = |a: usize, b: usize| {
            let (Some(x), Some(y)) = (self.toks.get(a), self.toks.get(b)) else {
                return false;
            };
            let gap = &self.text[x.span.end..y.span.start];
            x.kind == TokKind::Num
                && y.kind == TokKind::Num
                && y.norm.len() == 3
                && x.norm.len() <= 3
                && matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
        };
        (sep_glued(i + 1) && three(i + 2) && self.toks[i + 2].glued())
            || (i >= 2
                && sep_glued(i - 1)
                && self.toks[i].glued()
                && self.toks[i - 2].kind == TokKind::Num)
            || space_group(i, i + 1)
            || (i >= 1 && space_group(i - 1, i))
    }

    /// Whether a count noun or unit follows view `v` ("2000 soldats": a count, not a year).
    pub fn followed_by_counted_noun(&self, v: usize) -> bool {
        let lex = Lexicon::builtin();
        let mut k = v + 1;
        if matches!(self.word(k), "de" | "d" | "of") {
            k += 1;
        }
        let person = lex
            .concepts
            .longest_at(self.toks, &self.view, k)
            .is_some_and(|(_, c)| !c.event);
        person || lex.units.contains_at(self.toks, &self.view, k)
    }

    /// Clause of the token at view index `v`.
    pub fn clause_of(&self, v: usize) -> u16 {
        self.view.get(v).map_or(u16::MAX, |&i| self.clause[i])
    }
}

/// An entity named in a sentence.
#[derive(Debug, Clone)]
pub struct Mention {
    /// First view index.
    pub start: usize,
    /// One past the last view index.
    pub end: usize,
    /// Entity id (gazetteer id, or `name:…` for names it does not know).
    pub id: String,
    /// Kind, when the gazetteer knows the entity.
    pub kind: Option<EntityKind>,
    /// Whether it was named by a demonym.
    pub demonym: bool,
    /// The spelling as written.
    pub text: String,
}

/// What a sentence leaves for the next one: the actors and what was being counted.
#[derive(Debug, Default, Clone)]
struct Carry {
    states: Vec<String>,
    concepts: Vec<String>,
    names: actor::KnownNames,
}

/// Extracts the claims of `article`.
pub fn extract(article: &Article, gaz: &Gazetteer) -> Vec<Claim> {
    let lex = Lexicon::builtin();
    let text = article.source.text.as_str();
    let lang = article.meta.lang;
    let mut claims = Vec::new();
    let mut carry = Carry::default();
    let mut in_references = false;
    let mut seen: HashMap<String, usize> = HashMap::new();
    // A paragraph at a time: memory stays bounded however long the article.
    for (offset, block) in crate::text::blocks(article.body(), article.body_start) {
        let doc = Document::parse(block, offset);
        for sentence in &doc.sentences {
            let toks = doc.sentence_tokens(sentence);
            let s = Sent::new(text, toks);
            if is_references_heading(&s) {
                in_references = true;
            } else if in_references && text[sentence.span.clone()].starts_with('#') {
                // A new Markdown section: the reference list is over.
                in_references = false;
            }
            if in_references || is_cross_reference(&s) {
                continue;
            }
            let found = read_sentence(&s, lex, gaz, lang, article.meta.published, &carry);
            // Most sentences hold no claim: copy the quote only for those that do.
            let quote: std::sync::Arc<str> = if found.claims.is_empty() {
                "".into()
            } else {
                text[sentence.span.clone()].trim().into()
            };
            for mut c in found.claims {
                // Ids hash the claim's own text and sentence, so they survive edits elsewhere.
                let key = format!(
                    "{}\u{1f}{}\u{1f}{}",
                    c.kind.as_str(),
                    c.evidence.text,
                    quote
                );
                let nth = seen.entry(key.clone()).or_insert(0);
                *nth += 1;
                c.id = claim_id(&article.meta.id, c.kind, &key, *nth);
                let [a, b] = c.evidence.span;
                let at = article.source.line_col(a);
                c.evidence.line = at.line;
                c.evidence.column = at.column;
                c.evidence.text = text[a..b].to_string();
                c.evidence.quote = quote.clone();
                if let Some(attr) = &mut c.attribution {
                    let at = article.source.line_col(attr.line);
                    attr.line = at.line;
                    attr.column = at.column;
                }
                claims.push(c);
            }
            if !found.carry.states.is_empty() {
                carry.states = found.carry.states;
            }
            if !found.carry.concepts.is_empty() {
                carry.concepts = found.carry.concepts;
            }
            carry.names.extend(found.carry.names);
        }
    }
    claims
}

fn claim_id(article: &str, kind: ClaimKind, key: &str, nth: usize) -> String {
    let mut h = Sha256::new();
    h.update(article.as_bytes());
    h.update([0]);
    h.update(key.as_bytes());
    h.update(nth.to_le_bytes());
    let digest = h.finalize();
    let hex: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    let prefix = match kind {
        ClaimKind::Quantity => "q",
        ClaimKind::Date => "d",
        ClaimKind::Role => "r",
    };
    format!("{prefix}-{hex}")
}

/// "Sources", "Notes", "Références": what follows is a reference list, not claims.
fn is_references_heading(s: &Sent<'_>) -> bool {
    // Asked of every sentence: no heading has more than three words, so stop at a
    // fourth rather than collect them all.
    let mut words = [""; 3];
    let mut n = 0;
    for w in s
        .view
        .iter()
        .map(|&i| s.toks[i].norm.as_str())
        .filter(|w| !matches!(*w, "#" | "*" | ":" | "_"))
    {
        let Some(slot) = words.get_mut(n) else {
            return false;
        };
        *slot = w;
        n += 1;
    }
    matches!(
        &words[..n],
        ["sources"]
            | ["source"]
            | ["notes"]
            | ["references"]
            | ["reference"]
            | ["footnotes"]
            | ["bibliographie"]
            | ["bibliography"]
            | ["notes", "et", "references"]
            | ["notes", "and", "references"]
            | ["renvois"]
    )
}

/// "Voir : « … » du 18 novembre 2024", "Lire aussi", "See also": pointers to other
/// pieces, whose titles and dates are not this article's claims.
fn is_cross_reference(s: &Sent<'_>) -> bool {
    let mut v = 0;
    while v < s.view.len() && s.tok(v).kind != TokKind::Word {
        v += 1;
    }
    matches!(
        (s.word(v), s.word(v + 1)),
        ("voir", _)
            | ("lire", "aussi")
            | ("a", "lire")
            | ("see", "also")
            | ("read", "more")
            | ("read", "also")
            | ("photo", _)
            | ("credit", _)
    )
}

struct SentenceClaims {
    claims: Vec<Claim>,
    carry: Carry,
}

fn read_sentence(
    s: &Sent<'_>,
    lex: &Lexicon,
    gaz: &Gazetteer,
    lang: Lang,
    published: Option<jiff::civil::Date>,
    carry: &Carry,
) -> SentenceClaims {
    let mentions = actor::mentions(s, gaz, &carry.names);
    let attributions = actor::attributions(s, lex, &mentions);
    let roles = actor::roles(s, &mentions, gaz);
    let dates = date::find(s, lang, published);
    let mut used = vec![false; s.toks.len()];
    for m in &mentions {
        for v in m.start..m.end {
            used[s.view[v]] = true;
        }
    }
    for d in &dates {
        used[d.start..d.end].iter_mut().for_each(|u| *u = true);
    }
    let quantities = quantity::find(s, lex, lang, &used, &dates, &mentions);

    let ctx = quantity::Context {
        s,
        lang,
        lex,
        gaz,
        mentions: &mentions,
        attributions: &attributions,
        dates: &dates,
        carry_states: &carry.states,
        carry_concepts: &carry.concepts,
    };
    let mut claims = Vec::new();
    let sentence_entities = entity_list(&mentions, &attributions);
    let mut facts: Vec<Fact> = Vec::new();
    for q in &quantities {
        let fact = ctx.quantity_fact(q, &quantities, &facts);
        facts.push(fact.clone());
        claims.push(Claim {
            id: String::new(),
            kind: ClaimKind::Quantity,
            fact,
            value: Value::Quantity(q.value),
            entities: sentence_entities.clone(),
            attribution: ctx.attribution_for(q.start).map(Box::new),
            evidence: evidence(s, q.start, q.end),
            review: Default::default(),
            stale: false,
        });
    }
    for d in &dates {
        let scoped = quantities.iter().any(|q| q.scope_date == Some(d.start));
        // A date that only dates a figure ("En 2024, la Russie a produit 2 millions
        // d'obus") is that figure's period; one that also dates an event ("crossed the
        // coast on 9 June, with winds of 130 km/h") keeps its own fact.
        let fact = match (d.naming, ctx.date_fact(d)) {
            (true, _) => Fact::default(),
            (false, f) if scoped && f.action.is_none() => Fact::default(),
            (false, f) => f,
        };
        claims.push(Claim {
            id: String::new(),
            kind: ClaimKind::Date,
            fact,
            value: Value::Date(d.value),
            entities: sentence_entities.clone(),
            attribution: ctx.attribution_for(d.start).map(Box::new),
            evidence: evidence(s, d.start, d.end),
            review: Default::default(),
            stale: false,
        });
    }
    for r in roles {
        claims.push(Claim {
            id: String::new(),
            kind: ClaimKind::Role,
            fact: Fact {
                concept: Some(r.role.clone()),
                ..Fact::default()
            },
            value: Value::Actor {
                actor: r.person.clone(),
            },
            entities: sentence_entities.clone(),
            attribution: None,
            evidence: evidence(s, r.start, r.end),
            review: Default::default(),
            stale: false,
        });
    }
    let mut states: Vec<String> = Vec::new();
    for m in &mentions {
        if m.kind == Some(EntityKind::State)
            && !attributions.iter().any(|a| a.covers(m.start))
            && !states.contains(&m.id)
        {
            states.push(m.id.clone());
        }
    }
    let concepts = ctx.concepts_in_sentence();
    let mut names = actor::KnownNames::new();
    actor::remember(&mut names, &mentions);
    SentenceClaims {
        claims,
        carry: Carry {
            states,
            concepts,
            names,
        },
    }
}

fn entity_list(mentions: &[Mention], attributions: &[actor::AttributionSpan]) -> Vec<String> {
    let mut ids: Vec<String> = mentions
        .iter()
        .map(|m| m.id.clone())
        .chain(attributions.iter().filter_map(|a| a.source.clone()))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Evidence for tokens `start..end` of the sentence (line and column filled in later).
fn evidence(s: &Sent<'_>, start: usize, end: usize) -> Evidence {
    let a = s.toks[start].span.start;
    let b = s.toks[end.max(start + 1) - 1].span.end;
    Evidence {
        text: String::new(),
        quote: "".into(),
        line: 0,
        column: 0,
        span: [a, b],
    }
}

/// Builds an attribution for the claim file from a span of the sentence; `line`
/// temporarily holds the byte offset until positions are computed.
fn attribution_from(s: &Sent<'_>, a: &actor::AttributionSpan) -> Attribution {
    let start = s.toks[a.start].span.start;
    let end = s.toks[a.end - 1].span.end;
    Attribution {
        text: s.text[start..end].to_string(),
        source: a.source.clone(),
        line: start,
        column: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims_of(body: &str, lang: &str, published: &str) -> Vec<Claim> {
        let text = format!("---\nid: t\nlang: {lang}\npublished: {published}\n---\n{body}\n");
        let article = Article::parse("t.md", text).unwrap();
        extract(&article, Gazetteer::builtin())
    }

    fn texts(claims: &[Claim], kind: ClaimKind) -> Vec<String> {
        claims
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| c.evidence.text.clone())
            .collect()
    }

    #[test]
    fn calibres_are_not_claims() {
        let c = claims_of(
            "La Russie a produit 2 millions d'obus de calibres 122 mm et 152 mm, selon Reuters.",
            "fr",
            "2025-06-10",
        );
        assert_eq!(texts(&c, ClaimKind::Quantity), ["2 millions"]);
    }

    #[test]
    fn origin_phrase_gives_the_owner() {
        let c = claims_of(
            "En 2024, la Russie a produit environ 2 millions d'obus, mais a dû importer environ 2,7 millions de munitions en provenance de Corée du Nord.",
            "fr",
            "2025-06-10",
        );
        let q: Vec<_> = c.iter().filter(|c| c.kind == ClaimKind::Quantity).collect();
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].fact.owner.as_deref(), Some("russia"));
        assert_eq!(q[0].fact.action.as_deref(), Some("produce"));
        assert_eq!(q[1].fact.owner.as_deref(), Some("north-korea"));
        assert_eq!(q[1].fact.action.as_deref(), Some("transfer"));
    }

    #[test]
    fn reference_lists_hold_no_claims_until_the_next_section() {
        let body = "Environ 11 000 soldats sont arrivés.\n\n## Sources\n\n1. Reuters, « 12 000 soldats », 9 juin 2025.\n\n## La suite\n\nPlus de 3 000 soldats sont repartis.";
        let c = claims_of(body, "fr", "2025-06-10");
        assert_eq!(
            texts(&c, ClaimKind::Quantity),
            ["Environ 11 000", "Plus de 3 000"]
        );
        // Without a heading after it, the list runs to the end.
        let plain = "Environ 11 000 soldats sont arrivés.\n\nSources\n\n1. Reuters, « 12 000 soldats », 9 juin 2025.";
        let c = claims_of(plain, "fr", "2025-06-10");
        assert_eq!(texts(&c, ClaimKind::Quantity), ["Environ 11 000"]);
    }
}
