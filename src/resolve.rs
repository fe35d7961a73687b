//! Corpus-wide resolution of names the gazetteer does not know: spellings of one actor
//! across articles ("Paradip"/"Paradeep", "Mohapatra"/"Satyabrata Mahapatra",
//! "NDRF"/"National Disaster Response Force") are merged under one id.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use strsim::jaro_winkler;

use crate::text::normalize;

/// One spelling of an unknown name, as written, with its id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NameUse {
    /// The id extraction gave it (`name:…`).
    pub id: String,
    /// The spelling as written ("National Disaster Response Force").
    pub spelling: String,
}

/// Jaro-Winkler score two whole names need to be taken as one spelling.
const NAME_SIMILARITY: f64 = 0.92;
/// Score every word pair of two multi-word names needs, so that one close word
/// cannot carry a different one ("North District"/"South District").
const WORD_SIMILARITY: f64 = 0.85;
/// Jaro-Winkler undervalues one changed letter early in a word ("mohapatra"/"mahapatra"
/// scores 0.82), so a word pair that long also passes at one edit.
const MIN_ONE_EDIT_CHARS: usize = 5;
/// Shorter single words are too easily close by chance ("Modi"/"Moid").
const MIN_FUZZY_CHARS: usize = 5;
/// Names whose lengths differ more than this are never compared (blocking).
const MAX_LENGTH_GAP: usize = 3;
/// Words that acronyms skip ("Ministry of Home Affairs" → MHA).
const ACRONYM_SKIPS: &[&str] = &[
    "of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "les", "et", "d", "l",
    "pour", "sur",
];

const NAME_PREFIX: &str = "name:";

/// Character counts hashed into 32 buckets: a cheap upper bound on how many characters
/// two words share, which rules out most pairs before Jaro-Winkler is computed.
type Bag = [u8; 32];

fn bag_of(s: &str) -> Bag {
    let mut bag = [0u8; 32];
    for c in s.chars() {
        let b = &mut bag[c as usize % 32];
        *b = b.saturating_add(1);
    }
    bag
}

/// A word or name with what the pre-filter needs.
#[derive(Debug)]
struct Text<'a> {
    text: &'a str,
    chars: usize,
    bag: &'a Bag,
}

/// Upper bound of `jaro_winkler(a, b)`: Jaro with every shared character matched and
/// no transpositions, plus the actual common-prefix boost.
fn jaro_winkler_bound(a: &Text, b: &Text) -> f64 {
    let shared: usize = a
        .bag
        .iter()
        .zip(b.bag)
        .map(|(&x, &y)| x.min(y) as usize)
        .sum();
    let m = shared.min(a.chars).min(b.chars) as f64;
    if m == 0.0 {
        return 0.0;
    }
    let jaro = (m / a.chars as f64 + m / b.chars as f64 + 1.0) / 3.0;
    let prefix = a
        .text
        .chars()
        .zip(b.text.chars())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count();
    jaro + 0.1 * prefix as f64 * (1.0 - jaro)
}

/// `jaro_winkler(a, b) >= threshold`, skipping the computation when the bound says no.
fn similar(a: &Text, b: &Text, threshold: f64) -> bool {
    // The margin keeps rounding in the bound from ever rejecting a true match.
    jaro_winkler_bound(a, b) + 1e-9 >= threshold && jaro_winkler(a.text, b.text) >= threshold
}

/// A distinct `name:` id, with what the rules look at.
#[derive(Debug)]
struct Name {
    id: String,
    /// Normalised words of its longest spelling.
    words: Vec<String>,
    /// The words joined by one space.
    form: String,
    /// Characters of `form`.
    chars: usize,
    /// Character bag of `form`.
    bag: Bag,
    /// Whether some spelling is written as an acronym ("NDRF").
    acronym: bool,
    /// Words, then characters, of its longest spelling: picks the canonical id.
    rank: (usize, usize),
}

impl Name {
    /// Initials are not spellings of words: an acronym only takes part in rule 3, so
    /// "RANA" stays apart from "Rana" and short acronyms never match surnames by chance.
    fn is_word(&self) -> bool {
        !self.acronym
    }

    fn is_multi(&self) -> bool {
        self.words.len() > 1
    }

    /// The first two letters of the first word: the blocking key.
    fn prefix(&self) -> String {
        self.words[0].chars().take(2).collect()
    }

    fn last(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    fn text(&self) -> Text<'_> {
        Text {
            text: &self.form,
            chars: self.chars,
            bag: &self.bag,
        }
    }
}

/// Normalised words: lower case, no accents, letters and digits only.
fn words_of(spelling: &str) -> Vec<String> {
    normalize(spelling)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// "NDRF", "IMD": 2–6 upper-case letters, nothing else.
fn is_acronym(spelling: &str) -> bool {
    let n = spelling.chars().count();
    (2..=6).contains(&n) && spelling.chars().all(char::is_uppercase)
}

/// Initials of the significant words, or `None` when they cannot spell an acronym.
fn initials(words: &[String]) -> Option<String> {
    let s: String = words
        .iter()
        .filter(|w| !ACRONYM_SKIPS.contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect();
    (2..=6).contains(&s.chars().count()).then_some(s)
}

/// Builds one `Name` per distinct `name:` id, sorted by id so that the input order
/// cannot influence anything downstream.
fn names_of(uses: &[NameUse]) -> Vec<Name> {
    let mut spellings: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for u in uses.iter().filter(|u| u.id.starts_with(NAME_PREFIX)) {
        spellings.entry(&u.id).or_default().insert(&u.spelling);
    }
    let mut names = Vec::with_capacity(spellings.len());
    for (id, set) in spellings {
        // Longest spelling (words, then characters); the set's order breaks ties.
        let mut best: Option<((usize, usize), Vec<String>)> = None;
        for s in &set {
            let words = words_of(s);
            let rank = (words.len(), s.chars().count());
            if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                best = Some((rank, words));
            }
        }
        let Some((rank, words)) = best else { continue };
        if words.is_empty() {
            // Nothing to compare: it stays on its own.
            continue;
        }
        let form = words.join(" ");
        names.push(Name {
            id: id.to_string(),
            chars: form.chars().count(),
            bag: bag_of(&form),
            form,
            words,
            acronym: set.iter().any(|s| is_acronym(s)),
            rank,
        });
    }
    names
}

/// Union-find; the smaller index becomes the root so results do not depend on call order.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Self {
        Sets {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.parent[hi] = lo;
        }
    }
}

/// Rule 1: whether two names with the same number of words are spellings of one.
fn fuzzy_match(a: &Name, b: &Name) -> bool {
    if a.words.len() != b.words.len() {
        return false;
    }
    if !a.is_multi() && (a.chars < MIN_FUZZY_CHARS || b.chars < MIN_FUZZY_CHARS) {
        return a.form == b.form;
    }
    similar(&a.text(), &b.text(), NAME_SIMILARITY)
        && a.words.iter().zip(&b.words).all(|(x, y)| close_words(x, y))
}

/// Whether two words at the same place in two multi-word names may be one spelling.
fn close_words(a: &str, b: &str) -> bool {
    jaro_winkler(a, b) >= WORD_SIMILARITY
        || (a.chars().count().min(b.chars().count()) >= MIN_ONE_EDIT_CHARS
            && strsim::damerau_levenshtein(a, b) == 1)
}

/// Whether a single word and a last word are close enough for the surname rule.
fn fuzzy_word(a: &Text, b: &Text) -> bool {
    a.chars >= MIN_FUZZY_CHARS && b.chars >= MIN_FUZZY_CHARS && similar(a, b, NAME_SIMILARITY)
}

/// Rule 1, comparing only names with the same word count, first two letters and
/// lengths within `MAX_LENGTH_GAP`.
fn merge_fuzzy(names: &[Name], sets: &mut Sets) {
    let mut blocks: HashMap<(usize, String), BTreeMap<usize, Vec<usize>>> = HashMap::new();
    for (i, n) in names.iter().enumerate().filter(|(_, n)| n.is_word()) {
        blocks
            .entry((n.words.len(), n.prefix()))
            .or_default()
            .entry(n.chars)
            .or_default()
            .push(i);
    }
    for by_len in blocks.values() {
        for (&len, members) in by_len {
            for (k, &i) in members.iter().enumerate() {
                // Same length: only later members; longer lengths: everyone, so each
                // pair is looked at once.
                for &j in &members[k + 1..] {
                    if fuzzy_match(&names[i], &names[j]) {
                        sets.union(i, j);
                    }
                }
                for (_, others) in by_len.range(len + 1..=len + MAX_LENGTH_GAP) {
                    for &j in others {
                        if fuzzy_match(&names[i], &names[j]) {
                            sets.union(i, j);
                        }
                    }
                }
            }
        }
    }
}

/// Rules 2 and 3: each single-word cluster joins the one multi-word cluster its
/// surname or acronym points to; candidates are taken from the clusters as rule 1
/// left them, so merges made here cannot change one another.
fn merge_into_full_names(names: &[Name], sets: &mut Sets) {
    let roots: Vec<usize> = (0..names.len()).map(|i| sets.find(i)).collect();

    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, n) in names.iter().enumerate().filter(|(_, n)| n.is_multi()) {
        by_last.entry(n.last()).or_default().push(i);
        if let Some(s) = initials(&n.words) {
            by_initials.entry(s).or_default().push(i);
        }
    }
    // Distinct last words by first two letters and length, for the fuzzy fallback.
    let bags: Vec<(&str, Bag)> = by_last.keys().map(|&w| (w, bag_of(w))).collect();
    let mut last_blocks: HashMap<String, BTreeMap<usize, Vec<Text>>> = HashMap::new();
    for (last, bag) in &bags {
        let chars = last.chars().count();
        last_blocks
            .entry(last.chars().take(2).collect())
            .or_default()
            .entry(chars)
            .or_default()
            .push(Text {
                text: last,
                chars,
                bag,
            });
    }

    // Candidate multi-word clusters per single-word cluster, per rule.
    let mut surname: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    let mut acronym: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, n) in names.iter().enumerate().filter(|(_, n)| !n.is_multi()) {
        let word = n.form.as_str();
        if n.acronym {
            let found = acronym.entry(roots[i]).or_default();
            for &j in by_initials.get(word).into_iter().flatten() {
                found.insert(roots[j]);
            }
            continue;
        }
        let found = surname.entry(roots[i]).or_default();
        let mut add = |last: &str| {
            for &j in by_last.get(last).into_iter().flatten() {
                found.insert(roots[j]);
            }
        };
        add(word);
        if n.chars >= MIN_FUZZY_CHARS
            && let Some(by_len) = last_blocks.get(&n.prefix())
        {
            let lo = n.chars.saturating_sub(MAX_LENGTH_GAP);
            for (_, lasts) in by_len.range(lo..=n.chars + MAX_LENGTH_GAP) {
                for last in lasts {
                    if last.text != word && fuzzy_word(&n.text(), last) {
                        add(last.text);
                    }
                }
            }
        }
    }

    let mut joins = Vec::new();
    let clusters: BTreeSet<usize> = surname.keys().chain(acronym.keys()).copied().collect();
    for root in clusters {
        // A rule with several candidates is ambiguous and says nothing; two rules
        // pointing at different clusters cancel out.
        let targets: BTreeSet<usize> = [surname.get(&root), acronym.get(&root)]
            .into_iter()
            .flatten()
            .filter(|c| c.len() == 1)
            .flatten()
            .copied()
            .collect();
        if let [target] = targets.into_iter().collect::<Vec<_>>()[..] {
            joins.push((root, target));
        }
    }
    for (a, b) in joins {
        sets.union(a, b);
    }
}

/// [`resolve`] over `name:` ids alone, each spelled as its id says (see
/// [`crate::gazetteer::unknown_spelling`]): how a corpus merges its unknown names.
pub fn resolve_ids<'a>(ids: impl IntoIterator<Item = &'a String>) -> HashMap<String, String> {
    let uses: Vec<NameUse> = ids
        .into_iter()
        .map(|id| NameUse {
            id: id.clone(),
            spelling: crate::gazetteer::unknown_spelling(id).unwrap_or_default(),
        })
        .collect();
    resolve(&uses)
}

/// Maps every id in `uses` to its canonical id (itself when nothing merges with it).
///
/// Only `name:` ids are merged: spellings of one actor are joined when they are close
/// (Jaro-Winkler), when a lone surname matches exactly one full name's last word, or
/// when an acronym spells exactly one full name's initials. A cluster's canonical id
/// is that of its longest spelling (words, then characters; then smallest id).
pub fn resolve(uses: &[NameUse]) -> HashMap<String, String> {
    let names = names_of(uses);
    let mut sets = Sets::new(names.len());
    merge_fuzzy(&names, &mut sets);
    merge_into_full_names(&names, &mut sets);

    let mut best: HashMap<usize, usize> = HashMap::new();
    for i in 0..names.len() {
        let root = sets.find(i);
        let better = |cur: usize| {
            let (a, b) = (&names[i], &names[cur]);
            a.rank > b.rank || (a.rank == b.rank && a.id < b.id)
        };
        match best.get(&root) {
            Some(&cur) if !better(cur) => {}
            _ => {
                best.insert(root, i);
            }
        }
    }

    let mut out: HashMap<String, String> =
        uses.iter().map(|u| (u.id.clone(), u.id.clone())).collect();
    for i in 0..names.len() {
        let canonical = &names[best[&sets.find(i)]].id;
        out.insert(names[i].id.clone(), canonical.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::unknown_id;

    fn uses(spellings: &[&str]) -> Vec<NameUse> {
        spellings
            .iter()
            .map(|s| NameUse {
                id: unknown_id(s),
                spelling: s.to_string(),
            })
            .collect()
    }

    fn canonical(map: &HashMap<String, String>, spelling: &str) -> String {
        map[&unknown_id(spelling)].clone()
    }

    #[test]
    fn close_spellings_of_one_place_merge() {
        let map = resolve(&uses(&["Paradip", "Paradeep", "Kendrapara", "Kendrapada"]));
        assert_eq!(canonical(&map, "Paradip"), "name:paradeep");
        assert_eq!(canonical(&map, "Paradeep"), "name:paradeep");
        // Same words and characters: the smaller id wins.
        assert_eq!(canonical(&map, "Kendrapara"), "name:kendrapada");
        assert_eq!(canonical(&map, "Kendrapada"), "name:kendrapada");
    }

    #[test]
    fn multi_word_names_merge_only_when_every_word_is_close() {
        let map = resolve(&uses(&[
            "Satyabrata Mohapatra",
            "Satyabrata Mahapatra",
            "North District",
            "South District",
        ]));
        assert_eq!(
            canonical(&map, "Satyabrata Mohapatra"),
            "name:satyabrata-mahapatra"
        );
        assert_eq!(
            canonical(&map, "Satyabrata Mahapatra"),
            "name:satyabrata-mahapatra"
        );
        assert_eq!(canonical(&map, "North District"), "name:north-district");
        assert_eq!(canonical(&map, "South District"), "name:south-district");
    }

    #[test]
    fn one_letter_changed_in_a_long_word_of_a_full_name_still_merges() {
        // Jaro-Winkler alone rejects this word pair.
        assert!(jaro_winkler("mohapatra", "mahapatra") < WORD_SIMILARITY);
        let map = resolve(&uses(&["Naveen Mohapatra", "Naveen Mahapatra"]));
        assert_eq!(canonical(&map, "Naveen Mohapatra"), "name:naveen-mahapatra");
        // Short words get no such leeway.
        let map = resolve(&uses(&["Jack Kim", "Jack Kin"]));
        assert_eq!(canonical(&map, "Jack Kim"), "name:jack-kim");
        assert_eq!(canonical(&map, "Jack Kin"), "name:jack-kin");
    }

    #[test]
    fn names_with_different_word_counts_do_not_merge_fuzzily() {
        let map = resolve(&uses(&["Satyabrata Mohapatra", "Satyabrata K Mohapatra"]));
        assert_eq!(
            canonical(&map, "Satyabrata Mohapatra"),
            "name:satyabrata-mohapatra"
        );
    }

    #[test]
    fn short_single_words_merge_only_when_identical() {
        assert!(jaro_winkler("rana", "raan") >= NAME_SIMILARITY);
        let map = resolve(&uses(&["Rana", "Raan"]));
        assert_eq!(canonical(&map, "Rana"), "name:rana");
        assert_eq!(canonical(&map, "Raan"), "name:raan");
    }

    #[test]
    fn a_surname_joins_the_only_full_name_ending_with_it() {
        let map = resolve(&uses(&[
            "Mohapatra",
            "Satyabrata Mohapatra",
            "Veyra",
            "Cyclone Veyra",
        ]));
        assert_eq!(canonical(&map, "Mohapatra"), "name:satyabrata-mohapatra");
        assert_eq!(canonical(&map, "Veyra"), "name:cyclone-veyra");
        assert_eq!(canonical(&map, "Cyclone Veyra"), "name:cyclone-veyra");
    }

    #[test]
    fn a_differently_spelled_surname_still_joins_its_full_name() {
        let map = resolve(&uses(&["Pattnaik", "Naveen Patnaik"]));
        assert_eq!(canonical(&map, "Pattnaik"), "name:naveen-patnaik");
    }

    #[test]
    fn a_surname_joins_a_cluster_of_full_name_spellings() {
        let map = resolve(&uses(&[
            "Mohapatra",
            "Satyabrata Mohapatra",
            "Satyabrata Mahapatra",
        ]));
        for s in ["Mohapatra", "Satyabrata Mohapatra", "Satyabrata Mahapatra"] {
            assert_eq!(canonical(&map, s), "name:satyabrata-mahapatra");
        }
    }

    #[test]
    fn a_surname_shared_by_two_people_merges_with_neither() {
        let map = resolve(&uses(&[
            "Mohapatra",
            "Satyabrata Mohapatra",
            "Rajesh Mohapatra",
        ]));
        assert_eq!(canonical(&map, "Mohapatra"), "name:mohapatra");
        assert_eq!(
            canonical(&map, "Satyabrata Mohapatra"),
            "name:satyabrata-mohapatra"
        );
        assert_eq!(canonical(&map, "Rajesh Mohapatra"), "name:rajesh-mohapatra");
    }

    #[test]
    fn only_last_words_count_as_surnames() {
        let map = resolve(&uses(&["Kim", "Jack Kim", "Kim Jong"]));
        assert_eq!(canonical(&map, "Kim"), "name:jack-kim");
        assert_eq!(canonical(&map, "Kim Jong"), "name:kim-jong");
    }

    #[test]
    fn short_surnames_join_only_exact_last_words() {
        let map = resolve(&uses(&["Raan", "Jack Rana"]));
        assert_eq!(canonical(&map, "Raan"), "name:raan");
    }

    #[test]
    fn acronyms_merge_with_the_name_they_abbreviate() {
        let map = resolve(&uses(&[
            "NDRF",
            "National Disaster Response Force",
            "OSDMA",
            "Odisha State Disaster Management Authority",
            "IMD",
            "India Meteorological Department",
        ]));
        assert_eq!(
            canonical(&map, "NDRF"),
            "name:national-disaster-response-force"
        );
        assert_eq!(
            canonical(&map, "OSDMA"),
            "name:odisha-state-disaster-management-authority"
        );
        assert_eq!(
            canonical(&map, "IMD"),
            "name:india-meteorological-department"
        );
    }

    #[test]
    fn acronyms_skip_small_words() {
        let map = resolve(&uses(&["MHA", "Ministry of Home Affairs", "CNRS"]));
        assert_eq!(canonical(&map, "MHA"), "name:ministry-of-home-affairs");
        let map = resolve(&uses(&[
            "CNRS",
            "Centre national de la recherche scientifique",
        ]));
        assert_eq!(
            canonical(&map, "CNRS"),
            "name:centre-national-de-la-recherche-scientifique"
        );
    }

    #[test]
    fn an_acronym_matching_two_names_merges_with_neither() {
        let map = resolve(&uses(&[
            "IMD",
            "India Meteorological Department",
            "Indian Medical Directorate",
        ]));
        assert_eq!(canonical(&map, "IMD"), unknown_id("IMD"));
        assert_eq!(
            canonical(&map, "Indian Medical Directorate"),
            "name:indian-medical-directorate"
        );
    }

    #[test]
    fn only_upper_case_letters_make_an_acronym() {
        let map = resolve(&uses(&["Imd", "India Meteorological Department"]));
        assert_eq!(canonical(&map, "Imd"), "name:imd");
        let map = resolve(&uses(&["G20", "Group Twenty"]));
        assert_eq!(canonical(&map, "G20"), "name:g20");
    }

    #[test]
    fn acronyms_stay_apart_from_words_of_the_same_letters() {
        let map = resolve(&uses(&["RANA", "Rana", "Jack Rana", "NDRF", "Ndrf"]));
        assert_eq!(canonical(&map, "RANA"), unknown_id("RANA"));
        assert_eq!(canonical(&map, "Rana"), "name:jack-rana");
        assert_eq!(canonical(&map, "NDRF"), unknown_id("NDRF"));
        assert_eq!(canonical(&map, "Ndrf"), "name:ndrf");
    }

    #[test]
    fn gazetteer_ids_map_to_themselves_and_never_merge() {
        let mut all = uses(&["Paradeep", "Satyabrata Mohapatra"]);
        for (id, spelling) in [
            ("place:paradip", "Paradip"),
            ("person:mohapatra", "Mohapatra"),
        ] {
            all.push(NameUse {
                id: id.to_string(),
                spelling: spelling.to_string(),
            });
        }
        let map = resolve(&all);
        assert_eq!(map["place:paradip"], "place:paradip");
        assert_eq!(map["person:mohapatra"], "person:mohapatra");
        assert_eq!(canonical(&map, "Paradeep"), "name:paradeep");
        assert_eq!(map.len(), 4);
    }

    #[test]
    fn the_result_does_not_depend_on_input_order() {
        let mut all = uses(&[
            "Paradip",
            "Paradeep",
            "Mohapatra",
            "Satyabrata Mohapatra",
            "Satyabrata Mahapatra",
            "NDRF",
            "National Disaster Response Force",
            "Kim",
            "Jack Kim",
            "Kim Jong",
            "Kendrapara",
            "Kendrapada",
            "IMD",
            "India Meteorological Department",
            "Indian Medical Directorate",
        ]);
        let forward = resolve(&all);
        all.reverse();
        assert_eq!(resolve(&all), forward);
        // A deterministic shuffle: stride through the list.
        let n = all.len();
        let shuffled: Vec<NameUse> = (0..n).map(|i| all[(i * 7) % n].clone()).collect();
        assert_eq!(resolve(&shuffled), forward);
    }

    #[test]
    fn unrelated_names_stay_apart() {
        let places = [
            "Bhubaneswar",
            "Cuttack",
            "Balasore",
            "Balangir",
            "Bhadrak",
            "Ganjam",
            "Gopalpur",
            "Jagatsinghpur",
            "Jajpur",
            "Kalahandi",
            "Keonjhar",
            "Khordha",
            "Koraput",
            "Mayurbhanj",
            "Nayagarh",
            "Sambalpur",
            "Sundargarh",
            "Puri",
            "Rourkela",
            "Dhenkanal",
        ];
        let first = [
            "Rahul", "Priya", "Naveen", "Anita", "Suresh", "Deepak", "Meera", "Arjun", "Kavita",
            "Bikash",
        ];
        let last = [
            "Sharma", "Das", "Patnaik", "Verma", "Nayak", "Behera", "Swain", "Sahoo", "Jena",
            "Mishra",
        ];
        let mut spellings: Vec<String> = places.iter().map(|s| s.to_string()).collect();
        for f in first {
            for l in last {
                spellings.push(format!("{f} {l}"));
            }
        }
        spellings.extend(
            [
                "Red Cross",
                "World Bank",
                "North District",
                "South District",
            ]
            .map(String::from),
        );
        let refs: Vec<&str> = spellings.iter().map(String::as_str).collect();
        let all = uses(&refs);
        let map = resolve(&all);
        assert_eq!(map.len(), all.len());
        for u in &all {
            assert_eq!(map[&u.id], u.id, "{} was merged", u.spelling);
        }
    }

    #[test]
    fn every_input_id_is_mapped_and_empty_input_gives_an_empty_map() {
        assert!(resolve(&[]).is_empty());
        let all = vec![NameUse {
            id: "name:".to_string(),
            spelling: "—".to_string(),
        }];
        assert_eq!(resolve(&all)["name:"], "name:");
    }
}
