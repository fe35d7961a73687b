//! Canonical actors and things (states, places, organisations, people, weapons) with
//! their spellings, and the look-ups extraction needs: mentions in a sentence,
//! fuzzy matching of unknown spellings, and geographic containment.

use crate::lexicon::{PhraseSet, phrase_words};
use crate::text::{Token, normalize};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A sovereign state (or a state-like territory).
    State,
    /// A region, province or other area.
    Region,
    /// A city, town or village.
    City,
    /// An organisation: agency, ministry, company, outlet, alliance.
    Organisation,
    /// A person.
    Person,
    /// A weapon or military system.
    Weapon,
    /// A named event.
    Event,
}

impl EntityKind {
    /// Whether the entity is a place (a claim's "where").
    pub fn is_place(self) -> bool {
        matches!(self, EntityKind::Region | EntityKind::City)
    }
}

/// One canonical entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Stable id, kebab-case.
    pub id: String,
    /// What it is.
    pub kind: EntityKind,
    /// Display name.
    pub name: String,
    /// Names and spellings, in any language.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Adjectives and nouns for its people ("nord-coréens", "Russians").
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// Places or institutions that stand for it ("Moscou", "Kremlin").
    #[serde(default)]
    pub metonyms: Vec<String>,
    /// Ids of entities that contain it.
    #[serde(default)]
    pub part_of: Vec<String>,
    /// Ids of organisations or states a person belongs to.
    #[serde(default)]
    pub member_of: Vec<String>,
}

/// How an entity was named in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// By one of its names.
    Name,
    /// By a demonym ("nord-coréens").
    Demonym,
    /// By a metonym ("Moscou" for Russia).
    Metonym,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GazetteerFile {
    entities: Vec<Entity>,
}

/// Why a gazetteer could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The YAML is malformed.
    #[error("{path}:{line}:{column}: {message}")]
    Yaml {
        /// File path.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// Parser message.
        message: String,
    },
    /// An entity refers to an id that does not exist.
    #[error("{path}: entity `{entity}` refers to unknown id `{target}`")]
    DanglingId {
        /// File path.
        path: String,
        /// The referring entity.
        entity: String,
        /// The missing id.
        target: String,
    },
}

/// How many spellings [`Gazetteer::fuzzy_match`] remembers before starting afresh.
const FUZZY_CACHE_CAP: usize = 100_000;

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
    phrases: PhraseSet<(usize, Form)>,
    /// Normalised single-word spellings of people and organisations, for fuzzy matching.
    fuzzy: Vec<(String, usize)>,
    /// The length in characters of each `fuzzy` spelling, to skip those too long or too
    /// short to come near enough.
    fuzzy_chars: Vec<usize>,
    /// The [`letter_counts`] of each `fuzzy` spelling, to skip those with too few
    /// letters in common.
    fuzzy_letters: Vec<Option<[u8; 32]>>,
    /// What `fuzzy_match` answered for each spelling already asked: the same unknown
    /// names come back in every article, and the scan is linear in the gazetteer.
    fuzzy_seen: Mutex<HashMap<String, Option<usize>>>,
    /// A hash of the files it was compiled from: what extraction results depend on.
    fingerprint: String,
    /// Every entity's places it lies in, following `part_of` to the end (itself
    /// excluded), sorted: grouping asks whether one place holds another for every pair
    /// of place sets it meets.
    containers: Vec<Vec<usize>>,
}

impl Gazetteer {
    /// The built-in gazetteer, compiled once.
    pub fn builtin() -> &'static Gazetteer {
        static GAZ: OnceLock<Gazetteer> = OnceLock::new();
        GAZ.get_or_init(|| {
            Gazetteer::from_yaml_files(&[(
                "builtin gazetteer",
                include_str!("data/gazetteer.yaml"),
            )])
            .expect("the built-in gazetteer is valid (checked by a unit test)")
        })
    }

    /// Compiles the built-in gazetteer extended by user files (path, text).
    pub fn with_extra(extra: &[(&str, &str)]) -> Result<Gazetteer, GazetteerError> {
        let mut files = vec![("builtin gazetteer", include_str!("data/gazetteer.yaml"))];
        files.extend_from_slice(extra);
        Gazetteer::from_yaml_files(&files)
    }

    /// Compiles gazetteer files; later files add entities and spellings to earlier ones.
    pub fn from_yaml_files(files: &[(&str, &str)]) -> Result<Gazetteer, GazetteerError> {
        let mut entities: Vec<Entity> = Vec::new();
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for (path, text) in files {
            let file: GazetteerFile =
                crate::yaml::from_str(text).map_err(|e| GazetteerError::Yaml {
                    path: path.to_string(),
                    line: e.line.unwrap_or(1),
                    column: e.column.unwrap_or(1),
                    message: e.message,
                })?;
            for e in file.entities {
                match by_id.get(&e.id) {
                    // A user entry with a known id adds spellings to it.
                    Some(&i) => {
                        let known = &mut entities[i];
                        known.aliases.extend(e.aliases);
                        known.demonyms.extend(e.demonyms);
                        known.metonyms.extend(e.metonyms);
                        known.part_of.extend(e.part_of);
                        known.member_of.extend(e.member_of);
                    }
                    None => {
                        by_id.insert(e.id.clone(), entities.len());
                        entities.push(e);
                    }
                }
            }
        }
        for e in &entities {
            for target in e.part_of.iter().chain(&e.member_of) {
                if !by_id.contains_key(target) {
                    return Err(GazetteerError::DanglingId {
                        path: files.last().map_or("", |f| f.0).to_string(),
                        entity: e.id.clone(),
                        target: target.clone(),
                    });
                }
            }
        }
        let mut phrases = PhraseSet::default();
        let mut fuzzy = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            let names = std::iter::once(&e.name).chain(&e.aliases);
            for n in names {
                phrases.insert(n, (i, Form::Name));
                // Only surnames are matched fuzzily: the last words of organisation names
                // ("Force", "Authority") are common words.
                if e.kind == EntityKind::Person {
                    let words = phrase_words(n);
                    if let Some(last) = words.last().filter(|w| w.chars().count() >= 5) {
                        fuzzy.push((last.clone(), i));
                    }
                }
            }
            for d in &e.demonyms {
                phrases.insert(d, (i, Form::Demonym));
            }
            for m in &e.metonyms {
                phrases.insert(m, (i, Form::Metonym));
            }
        }
        fuzzy.sort();
        fuzzy.dedup();
        let containers = (0..entities.len())
            .map(|i| {
                let mut seen: Vec<usize> = Vec::new();
                let mut stack = vec![i];
                while let Some(at) = stack.pop() {
                    for up in &entities[at].part_of {
                        let j = by_id[up];
                        if j != i && !seen.contains(&j) {
                            seen.push(j);
                            stack.push(j);
                        }
                    }
                }
                seen.sort_unstable();
                seen
            })
            .collect();
        let fuzzy_chars = fuzzy.iter().map(|(s, _)| s.chars().count()).collect();
        let fuzzy_letters = fuzzy.iter().map(|(s, _)| letter_counts(s)).collect();
        let mut hash = <sha2::Sha256 as sha2::Digest>::new();
        for (_, text) in files {
            sha2::Digest::update(&mut hash, text.as_bytes());
            sha2::Digest::update(&mut hash, [0]);
        }
        let fingerprint = sha2::Digest::finalize(hash)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Gazetteer {
            entities,
            by_id,
            phrases,
            fuzzy,
            fuzzy_chars,
            fuzzy_letters,
            fuzzy_seen: Mutex::default(),
            fingerprint,
            containers,
        })
    }

    /// A hash of the gazetteer files compiled, built-in one included: two gazetteers
    /// with the same fingerprint extract the same claims.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// All entities.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with `id`.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// The longest entity mention starting at `view[at]`: (view words, entity, form).
    pub fn mention_at(
        &self,
        tokens: &[Token],
        view: &[usize],
        at: usize,
    ) -> Option<(usize, &Entity, Form)> {
        let (n, &(i, form)) = self.phrases.longest_at(tokens, view, at)?;
        // One-word lower-case matches of names are common words ("but", "sud"), not
        // mentions; demonyms are lower case in French and stay.
        let first = &tokens[view[at]];
        if n == 1
            && form != Form::Demonym
            && !first.capitalized
            && first.norm.chars().any(char::is_alphabetic)
        {
            return None;
        }
        Some((n, &self.entities[i], form))
    }

    /// The known person an unknown spelling most likely means ("Boudanov" → Budanov),
    /// by Jaro–Winkler similarity of the surname. Names of more than three words are
    /// not people's names.
    pub fn fuzzy_match(&self, spelling: &str) -> Option<&Entity> {
        // A poisoned lock only means another thread panicked mid-insert: the map is
        // still sound.
        let cached = self
            .fuzzy_seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(spelling)
            .copied();
        let found = match cached {
            Some(found) => found,
            None => {
                let found = self.fuzzy_scan(spelling);
                let mut seen = self.fuzzy_seen.lock().unwrap_or_else(|e| e.into_inner());
                // Bounded, so a huge corpus of distinct names cannot grow it forever.
                if seen.len() >= FUZZY_CACHE_CAP {
                    seen.clear();
                }
                seen.insert(spelling.to_string(), found);
                found
            }
        };
        found.map(|i| &self.entities[i])
    }

    /// [`Gazetteer::fuzzy_match`] without the cache: the index of the best entity.
    fn fuzzy_scan(&self, spelling: &str) -> Option<usize> {
        let words = phrase_words(spelling);
        let last = words.last()?;
        let chars = last.chars().count();
        if chars < 5 || words.len() > 3 {
            return None;
        }
        let letters = letter_counts(last);
        let mut best: Option<(f64, usize)> = None;
        for (((known, i), &known_chars), known_letters) in self
            .fuzzy
            .iter()
            .zip(&self.fuzzy_chars)
            .zip(&self.fuzzy_letters)
        {
            // Jaro–Winkler is at most 0.6 * Jaro + 0.4, and Jaro at most (2 + short /
            // long) / 3: when one word is more than twice the other's length the score
            // stays under 0.9 - 0.1 / long, below the threshold.
            if known_chars > 2 * chars || chars > 2 * known_chars {
                continue;
            }
            // Jaro is at most (m / a + m / b + 1) / 3 with m matching characters, which
            // are no more than the letters the words share: under 5 / 6, the score stays
            // below the threshold. In integers: 2 m (a + b) < 3 a b.
            if let (Some(a), Some(b)) = (&letters, known_letters) {
                let shared: usize = a.iter().zip(b).map(|(x, y)| usize::from(*x.min(y))).sum();
                if 2 * shared * (chars + known_chars) < 3 * chars * known_chars {
                    continue;
                }
            }
            let score = strsim::jaro_winkler(last, known);
            if score >= 0.9 && best.is_none_or(|b| score > b.0) {
                best = Some((score, *i));
            }
        }
        best.map(|(_, i)| i)
    }

    /// Whether `inner` is `outer` or lies inside it (transitively through `part_of`).
    pub fn within(&self, inner: &str, outer: &str) -> bool {
        // A capital named as a place ("à Paris") lies in its state.
        let inner = match inner.strip_prefix("capital:") {
            Some(state) if inner != outer => state,
            _ => inner,
        };
        if inner == outer {
            return true;
        }
        match (self.by_id.get(inner), self.by_id.get(outer)) {
            (Some(&i), Some(o)) => self.containers[i].binary_search(o).is_ok(),
            _ => false,
        }
    }

    /// Whether two places are the same or one contains the other.
    pub fn related(&self, a: &str, b: &str) -> bool {
        self.within(a, b) || self.within(b, a)
    }

    /// The state an entity belongs to (itself for a state), following `part_of`.
    pub fn state_of(&self, id: &str) -> Option<&Entity> {
        let mut seen = HashSet::new();
        let mut stack = vec![id.to_string()];
        while let Some(cur) = stack.pop() {
            if !seen.insert(cur.clone()) {
                continue;
            }
            let e = self.get(&cur)?;
            if e.kind == EntityKind::State {
                return Some(e);
            }
            stack.extend(e.part_of.iter().chain(&e.member_of).cloned());
        }
        None
    }
}

/// A stable id for a name the gazetteer does not know. Acronyms keep their capitals
/// ("name:NDRF") so the corpus can later match them to the names they abbreviate.
pub fn unknown_id(spelling: &str) -> String {
    let words: Vec<String> = spelling
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let acronym = w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase());
            if acronym {
                normalize(w).to_uppercase()
            } else {
                normalize(w)
            }
        })
        .collect();
    format!("name:{}", words.join("-"))
}

/// The spelling an unknown id stands for ("name:cyclone-veyra" → "cyclone veyra").
pub fn unknown_spelling(id: &str) -> Option<String> {
    id.strip_prefix("name:").map(|s| s.replace('-', " "))
}

/// How many characters of `word` fall in each of 32 classes (a letter's code modulo
/// 32: "a" to "z" each have their own), or None past 255 characters. Two words have no
/// more characters in common than the sum of the smaller counts of each class.
fn letter_counts(word: &str) -> Option<[u8; 32]> {
    let mut counts = [0u8; 32];
    for c in word.chars() {
        let slot = &mut counts[(u32::from(c) % 32) as usize];
        *slot = slot.checked_add(1)?;
    }
    Some(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::is_invisible;
    use crate::text::tokenize;

    fn first_mention(text: &str) -> Option<(String, Form)> {
        let gaz = Gazetteer::builtin();
        let toks = tokenize(text, 0);
        let view: Vec<usize> = (0..toks.len())
            .filter(|&i| !is_invisible(&toks[i]))
            .collect();
        (0..view.len())
            .find_map(|i| gaz.mention_at(&toks, &view, i))
            .map(|(_, e, f)| (e.id.clone(), f))
    }

    #[test]
    fn builtin_gazetteer_is_valid_and_spellings_are_unique() {
        let gaz = Gazetteer::from_yaml_files(&[("builtin", include_str!("data/gazetteer.yaml"))])
            .unwrap();
        let mut owner: HashMap<Vec<String>, &str> = HashMap::new();
        for e in gaz.entities() {
            let spellings = std::iter::once(&e.name)
                .chain(&e.aliases)
                .chain(&e.demonyms)
                .chain(&e.metonyms);
            for s in spellings {
                let key = phrase_words(s);
                if let Some(other) = owner.insert(key, &e.id) {
                    assert_eq!(other, e.id, "{s:?} names both {other} and {}", e.id);
                }
            }
        }
    }

    #[test]
    fn demonyms_and_metonyms_resolve_to_states() {
        assert_eq!(
            first_mention("des soldats nord-coréens"),
            Some(("north-korea".into(), Form::Demonym))
        );
        assert_eq!(
            first_mention("selon Moscou"),
            Some(("russia".into(), Form::Metonym))
        );
        assert_eq!(
            first_mention("North Korean troops"),
            Some(("north-korea".into(), Form::Demonym))
        );
    }

    #[test]
    fn lower_case_words_are_not_names() {
        assert_eq!(first_mention("il faut le dire, mais pas ici"), None);
    }

    #[test]
    fn unknown_spellings_match_known_people_by_similarity() {
        let gaz = Gazetteer::builtin();
        let e = gaz.fuzzy_match("Kirill Boudanoff").unwrap();
        assert_eq!(e.kind, EntityKind::Person);
        assert!(gaz.fuzzy_match("Dupont").is_none());
    }

    #[test]
    fn skipping_surnames_by_shared_letters_finds_what_a_full_scan_finds() {
        let gaz = Gazetteer::builtin();
        // Near misses of every known surname: a letter dropped, doubled, changed, two
        // swapped, an ending added; and words that share little with any.
        let mut spellings = vec!["Dupont".to_string(), "Zzyzxkq".to_string()];
        for (known, _) in &gaz.fuzzy {
            let chars: Vec<char> = known.chars().collect();
            let n = chars.len();
            let with = |f: &dyn Fn(&mut Vec<char>)| {
                let mut c = chars.clone();
                f(&mut c);
                c.into_iter().collect::<String>()
            };
            spellings.push(with(&|c| {
                c.remove(n / 2);
            }));
            spellings.push(with(&|c| c.insert(n / 2, c[n / 2])));
            spellings.push(with(&|c| c[n - 1] = 'x'));
            spellings.push(with(&|c| c.swap(1, 2)));
            spellings.push(format!("{known}off"));
        }
        for spelling in &spellings {
            let words = phrase_words(spelling);
            let last = words.last().unwrap();
            let full = gaz
                .fuzzy
                .iter()
                .map(|(known, i)| (strsim::jaro_winkler(last, known), *i))
                .fold(None, |best: Option<(f64, usize)>, (score, i)| {
                    if score >= 0.9 && best.is_none_or(|b| score > b.0) {
                        Some((score, i))
                    } else {
                        best
                    }
                })
                .map(|(_, i)| i)
                .filter(|_| last.chars().count() >= 5 && words.len() <= 3);
            assert_eq!(gaz.fuzzy_scan(spelling), full, "{spelling}");
        }
    }

    #[test]
    fn containment_follows_part_of() {
        let gaz = Gazetteer::builtin();
        assert!(gaz.within("kursk", "russia"));
        assert!(gaz.related("russia", "kursk"));
        assert!(!gaz.related("kursk", "ukraine"));
    }
}
