//! The bilingual lexicon (`src/data/lexicon.yaml`) and a phrase matcher over tokens.
//!
//! Phrases are matched on normalised tokens, longest first. Hyphens and apostrophes
//! glued inside words are invisible to the matcher, so `jusqu'à`, `jusqu’à` and
//! `nord-coréens`/`nord coréens` match the same entries.

use crate::text::{TokKind, Token, tokenize};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A set of phrases, each mapped to a value, matched longest first.
#[derive(Debug, Clone)]
pub struct PhraseSet<V> {
    // foldhash: the matcher looks up every word of every sentence, and SipHash was a
    // visible share of extraction time.
    /// Phrases by first word, longest first (in insertion order among equal lengths),
    /// so the first that matches is the longest.
    exact: foldhash::HashMap<String, Vec<(Vec<String>, V)>>,
    stems: Vec<(String, Vec<String>, V)>,
    max_words: usize,
    /// By first byte, a bit per byte length (63 for longer) of the first words of
    /// `exact`: most words start no phrase, and this rejects them without hashing.
    firsts: Box<[u64; 256]>,
    /// By first byte, whether some stem starts with it.
    stem_firsts: Box<[bool; 256]>,
}

impl<V> Default for PhraseSet<V> {
    fn default() -> Self {
        PhraseSet {
            exact: foldhash::HashMap::default(),
            stems: Vec::new(),
            max_words: 0,
            firsts: Box::new([0; 256]),
            stem_firsts: Box::new([false; 256]),
        }
    }
}

/// The bit of [`PhraseSet::firsts`] for a word of `len` bytes.
fn len_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The normalised words of a phrase, as the tokenizer would see them.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0)
        .into_iter()
        .filter(|t| !is_invisible(t))
        .map(|t| t.norm)
        .collect()
}

/// Hyphens and apostrophes inside words are invisible to phrase matching; a dash
/// between spaces ("Odisha – Orissa") is punctuation.
pub fn is_invisible(t: &Token) -> bool {
    t.kind == TokKind::Punct && matches!(t.norm.as_str(), "-" | "'" | "’") && t.glued()
}

impl<V: Clone> PhraseSet<V> {
    /// Adds `phrase`; a single word ending in `*` matches any word with that stem.
    pub fn insert(&mut self, phrase: &str, value: V) {
        if let Some(stem) = phrase.strip_suffix('*').filter(|s| !s.contains(' ')) {
            let words = phrase_words(stem);
            if let [first] = words.as_slice() {
                // An empty stem matches every word: let every first byte through.
                match first.as_bytes().first() {
                    Some(&b) => self.stem_firsts[usize::from(b)] = true,
                    None => *self.stem_firsts = [true; 256],
                }
                self.stems.push((first.clone(), words, value));
                self.max_words = self.max_words.max(1);
            }
            return;
        }
        let words = phrase_words(phrase);
        let Some(first) = words.first().cloned() else {
            return;
        };
        self.max_words = self.max_words.max(words.len());
        if let Some(&b) = first.as_bytes().first() {
            self.firsts[usize::from(b)] |= len_bit(first.len());
        }
        let entry = self.exact.entry(first).or_default();
        if !entry.iter().any(|(w, _)| *w == words) {
            // Before the first shorter phrase: longest first, and among phrases of one
            // length the first inserted first, as a scan for the longest would pick.
            let at = entry.partition_point(|(w, _)| w.len() >= words.len());
            entry.insert(at, (words, value));
        }
    }

    /// The longest phrase starting at `view[at]`: (number of view words, value).
    pub fn longest_at(&self, tokens: &[Token], view: &[usize], at: usize) -> Option<(usize, &V)> {
        let tok = &tokens[*view.get(at)?];
        let first = tok.norm.as_str();
        let b = usize::from(*first.as_bytes().first()?);
        if self.firsts[b] & len_bit(first.len()) != 0
            && let Some(cands) = self.exact.get(first)
        {
            for (words, v) in cands {
                let n = words.len();
                // The first word is the key; compare the others.
                if at + n <= view.len()
                    && words[1..]
                        .iter()
                        .zip(&view[at + 1..at + n])
                        .all(|(w, &ti)| *w == tokens[ti].norm)
                {
                    return Some((n, v));
                }
            }
        }
        if self.stem_firsts[b] && tok.kind == TokKind::Word {
            for (stem, _, v) in &self.stems {
                if first.starts_with(stem.as_str()) {
                    return Some((1, v));
                }
            }
        }
        None
    }

    /// Whether the word at `view[at]` starts a phrase of the set.
    pub fn contains_at(&self, tokens: &[Token], view: &[usize], at: usize) -> bool {
        self.longest_at(tokens, view, at).is_some()
    }
}

/// The kind of a hedge word, which decides the interval a figure stands for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum HedgeKind {
    /// "environ", "about": the figure, give or take.
    Approximate,
    /// "près de", "nearly": a little under the figure.
    Nearly,
    /// "plus de", "more than": above the figure.
    MoreThan,
    /// "au moins", "at least": the figure or above.
    AtLeast,
    /// "jusqu'à", "up to": the figure or below.
    UpTo,
    /// "moins de", "less than": below the figure.
    LessThan,
}

/// A vague quantity ("une dizaine", "des milliers") and the interval it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vague {
    /// Lower bound, before any scale word.
    pub low: f64,
    /// Upper bound, before any scale word.
    pub high: f64,
    /// The figure it stands for ("une dizaine" → 10).
    pub point: f64,
}

/// A concept's properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptInfo {
    /// Canonical concept name.
    pub name: String,
    /// Whether it counts people.
    pub person: bool,
    /// Whether it names an event that can be dated on its own.
    pub event: bool,
    /// Whether it is measured rather than counted (a cost, rainfall).
    pub measure: bool,
}

#[derive(Deserialize)]
struct RawVague {
    words: Vec<String>,
    low: f64,
    high: f64,
    point: f64,
}

#[derive(Deserialize)]
struct RawConcept {
    #[serde(default)]
    person: bool,
    #[serde(default)]
    event: bool,
    #[serde(default)]
    measure: bool,
    #[serde(default)]
    daily: bool,
    words: Vec<String>,
}

#[derive(Deserialize)]
struct RawAttribution {
    before_source: Vec<String>,
    after_source: Vec<String>,
}

#[derive(Deserialize)]
struct RawLexicon {
    hedges: BTreeMap<HedgeKind, Vec<String>>,
    vague: Vec<RawVague>,
    units: BTreeMap<String, Vec<String>>,
    rates: BTreeMap<String, Vec<String>>,
    concepts: BTreeMap<String, RawConcept>,
    generic: Vec<String>,
    actions: BTreeMap<String, Vec<String>>,
    target: Vec<String>,
    change: Vec<String>,
    attribution: RawAttribution,
}

/// The compiled lexicon.
#[derive(Debug)]
pub struct Lexicon {
    /// Hedge words before a figure.
    pub hedges: PhraseSet<HedgeKind>,
    /// Vague quantities.
    pub vague: PhraseSet<Vague>,
    /// Units, by canonical unit code.
    pub units: PhraseSet<String>,
    /// Rates, by period.
    pub rates: PhraseSet<String>,
    /// Concepts, by canonical name.
    pub concepts: PhraseSet<ConceptInfo>,
    /// Nouns that count nothing by themselves ("unités", "total").
    pub generic: PhraseSet<()>,
    /// Actions, by class.
    pub actions: PhraseSet<String>,
    /// Goal and future words.
    pub target: PhraseSet<()>,
    /// Change words ("augmentation", "increase").
    pub change: PhraseSet<()>,
    /// Attribution cues before the source ("selon").
    pub attribution_before: PhraseSet<()>,
    /// Attribution verbs after the source ("a déclaré", "said").
    pub attribution_after: PhraseSet<()>,
    /// Names of all concepts.
    pub concept_names: std::collections::HashSet<String>,
    /// Names of concepts that are measured rather than counted (`inflation`, `cost`).
    pub measure_concepts: std::collections::HashSet<String>,
    /// Names of concepts counted for one day's event (`protesters`).
    pub daily_concepts: std::collections::HashSet<String>,
    /// Names of concepts that are events (`treaty`, `election`).
    pub event_concepts: std::collections::HashSet<String>,
}

impl Lexicon {
    /// The built-in lexicon, compiled once.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            Lexicon::from_yaml(include_str!("data/lexicon.yaml"))
                .expect("the built-in lexicon is valid (checked by a unit test)")
        })
    }

    /// Compiles a lexicon from YAML text.
    pub fn from_yaml(text: &str) -> Result<Lexicon, crate::yaml::YamlError> {
        let raw: RawLexicon = crate::yaml::from_str(text)?;
        let mut lex = Lexicon {
            hedges: PhraseSet::default(),
            vague: PhraseSet::default(),
            units: PhraseSet::default(),
            rates: PhraseSet::default(),
            concepts: PhraseSet::default(),
            generic: PhraseSet::default(),
            actions: PhraseSet::default(),
            target: PhraseSet::default(),
            change: PhraseSet::default(),
            attribution_before: PhraseSet::default(),
            attribution_after: PhraseSet::default(),
            event_concepts: std::collections::HashSet::new(),
            concept_names: std::collections::HashSet::new(),
            measure_concepts: std::collections::HashSet::new(),
            daily_concepts: std::collections::HashSet::new(),
        };
        for (kind, words) in raw.hedges {
            for w in words {
                lex.hedges.insert(&w, kind);
            }
        }
        for v in raw.vague {
            for w in &v.words {
                lex.vague.insert(
                    w,
                    Vague {
                        low: v.low,
                        high: v.high,
                        point: v.point,
                    },
                );
            }
        }
        for (unit, words) in raw.units {
            for w in words {
                lex.units.insert(&w, unit.clone());
            }
        }
        for (rate, words) in raw.rates {
            for w in words {
                lex.rates.insert(&w, rate.clone());
            }
        }
        for (name, c) in raw.concepts {
            if c.event {
                lex.event_concepts.insert(name.clone());
            }
            lex.concept_names.insert(name.clone());
            if c.measure {
                lex.measure_concepts.insert(name.clone());
            }
            if c.daily {
                lex.daily_concepts.insert(name.clone());
            }
            let info = ConceptInfo {
                name: name.clone(),
                person: c.person,
                event: c.event,
                measure: c.measure,
            };
            for w in c.words {
                lex.concepts.insert(&w, info.clone());
            }
        }
        for w in raw.generic {
            lex.generic.insert(&w, ());
        }
        for (action, words) in raw.actions {
            for w in words {
                lex.actions.insert(&w, action.clone());
            }
        }
        for w in raw.target {
            lex.target.insert(&w, ());
        }
        for w in raw.change {
            lex.change.insert(&w, ());
        }
        for w in raw.attribution.before_source {
            lex.attribution_before.insert(&w, ());
        }
        for w in raw.attribution.after_source {
            lex.attribution_after.insert(&w, ());
        }
        Ok(lex)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(tokens: &[Token]) -> Vec<usize> {
        (0..tokens.len())
            .filter(|&i| !is_invisible(&tokens[i]))
            .collect()
    }

    #[test]
    fn builtin_lexicon_compiles() {
        let lex = Lexicon::from_yaml(include_str!("data/lexicon.yaml")).unwrap();
        assert!(lex.concepts.max_words >= 2);
    }

    #[test]
    fn matches_longest_phrase_across_apostrophe_styles() {
        let lex = Lexicon::builtin();
        for text in ["jusqu’à 5 000", "jusqu'à 5 000", "Jusqu'a 5 000"] {
            let toks = tokenize(text, 0);
            let v = view(&toks);
            assert_eq!(
                lex.hedges.longest_at(&toks, &v, 0),
                Some((2, &HedgeKind::UpTo)),
                "{text}"
            );
        }
    }

    #[test]
    fn the_longest_phrase_wins_whatever_the_order_of_insertion() {
        let mut set = PhraseSet::default();
        set.insert("au", 1);
        set.insert("au moins de", 3);
        set.insert("au moins", 2);
        set.insert("au moins", 9);
        let at = |text: &str| {
            let toks = tokenize(text, 0);
            let v = view(&toks);
            set.longest_at(&toks, &v, 0).map(|(n, &x)| (n, x))
        };
        assert_eq!(at("au moins de 10"), Some((3, 3)));
        assert_eq!(at("au moins 10"), Some((2, 2)));
        assert_eq!(at("au total"), Some((1, 1)));
        assert_eq!(at("Au"), Some((1, 1)));
        assert_eq!(at("aux"), None);
    }

    #[test]
    fn stems_match_inflected_verbs() {
        let lex = Lexicon::builtin();
        let toks = tokenize("envoyés livrées produisait", 0);
        let v = view(&toks);
        let action = |i| {
            lex.actions
                .longest_at(&toks, &v, i)
                .map(|(_, a)| a.as_str())
        };
        assert_eq!(action(0), Some("transfer"));
        assert_eq!(action(1), Some("transfer"));
        assert_eq!(action(2), Some("produce"));
    }

    #[test]
    fn concepts_are_bilingual() {
        let lex = Lexicon::builtin();
        for text in ["soldats", "troops", "militaires"] {
            let toks = tokenize(text, 0);
            let v = view(&toks);
            let (_, c) = lex.concepts.longest_at(&toks, &v, 0).unwrap();
            assert_eq!(c.name, "troops");
        }
    }
}
