//! Actors in a sentence: entity mentions (gazetteer names, demonyms, metonyms, and
//! names it does not know), who said what ("selon le GUR", "X said"), and who holds
//! which role ("Kirill Boudanov, chef du renseignement militaire ukrainien").

use super::{Mention, Sent};
use crate::gazetteer::{EntityKind, Form, Gazetteer, unknown_id};
use crate::lexicon::Lexicon;
use crate::text::TokKind;

/// Capitalised words that open sentences or headings but name nobody.
const NOT_NAMES: &[&str] = &[
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d",
    "ce",
    "cette",
    "ces",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "vous",
    "je",
    "mais",
    "et",
    "ou",
    "donc",
    "or",
    "ni",
    "car",
    "selon",
    "pour",
    "par",
    "avec",
    "sans",
    "dans",
    "sur",
    "en",
    "au",
    "aux",
    "a",
    "depuis",
    "des",
    "lors",
    "apres",
    "avant",
    "ainsi",
    "alors",
    "cependant",
    "toutefois",
    "pourtant",
    "enfin",
    "ensuite",
    "d'abord",
    "puis",
    "si",
    "quand",
    "comme",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "i",
    "but",
    "and",
    "or",
    "so",
    "according",
    "for",
    "with",
    "without",
    "in",
    "on",
    "at",
    "by",
    "from",
    "since",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "however",
    "meanwhile",
    "yet",
    "photo",
    "source",
    "sources",
    "voir",
    "see",
    "questions",
    "commentaires",
    "lire",
    "read",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "fin",
    "debut",
    "mi",
    "plus",
    "moins",
    "tout",
    "tous",
    "toute",
    "toutes",
    "chaque",
    "aucun",
    "aucune",
    "deux",
    "trois",
    "quelques",
    "plusieurs",
    "environ",
    "pres",
    "officiellement",
    "principalement",
    "cerise",
    "imaginez",
    "pourquoi",
    "comment",
    "quelle",
    "quelles",
    "quel",
    "quels",
    "est",
    "what",
    "why",
    "how",
    "who",
    "which",
    "there",
    "here",
    "some",
    "many",
    "most",
    "more",
    "about",
    "nearly",
    "officials",
    "early",
    "late",
    "last",
    "next",
    "dear",
    "mr",
    "mrs",
    "ms",
    "dr",
    "m",
    "mme",
];

/// Particles inside names ("Ursula von der Leyen", "Charles de Gaulle").
const PARTICLES: &[&str] = &[
    "de", "du", "von", "van", "der", "den", "al", "el", "bin", "ben", "da", "dos", "di", "le",
];

/// Finds entity mentions in `s`.
/// Surnames met earlier in the article: "Hartley" opening a sentence is the
/// "Eleanor Hartley" named before, not a capitalised common word.
pub type KnownNames = std::collections::HashSet<String>;

/// Adds the last words of the multi-word names in `mentions` to `known`.
pub fn remember(known: &mut KnownNames, mentions: &[Mention]) {
    for m in mentions {
        let person_like = matches!(m.kind, None | Some(EntityKind::Person));
        if person_like && m.end - m.start >= 2 {
            if let Some(last) = m.text.split_whitespace().last() {
                known.insert(crate::text::normalize(last));
            }
        }
    }
}

/// Finds entity mentions in `s`; `known` holds surnames named earlier in the article.
pub fn mentions(s: &Sent<'_>, gaz: &Gazetteer, known: &KnownNames) -> Vec<Mention> {
    let mut out = Vec::new();
    let n = s.view.len();
    let mut v = 0;
    while v < n {
        if let Some(m) = ministry_at(s, v) {
            v = m.end;
            out.push(m);
            continue;
        }
        if let Some((len, e, form)) = gaz.mention_at(s.toks, &s.view, v) {
            if let Some(m) = institution_named_after_place(s, gaz, v, len, e) {
                v = m.end;
                out.push(m);
                continue;
            }
            // "à Paris", "in Moscow": the capital as a place, not the government.
            if form == Form::Metonym
                && e.kind == EntityKind::State
                && v > 0
                && LOCATIVE.contains(&s.word(v - 1))
            {
                out.push(Mention {
                    start: v,
                    end: v + len,
                    id: format!("capital:{}", e.id),
                    kind: Some(EntityKind::City),
                    demonym: false,
                    text: span_text(s, v, v + len),
                });
                v += len;
                continue;
            }
            out.push(Mention {
                start: v,
                end: v + len,
                id: e.id.clone(),
                kind: Some(e.kind),
                demonym: form == Form::Demonym,
                text: span_text(s, v, v + len),
            });
            v += len;
            continue;
        }
        let t = s.tok(v);
        // Asked only of capitalised words: reading every word as a number was a visible
        // share of extraction time.
        let number_word = || {
            crate::extract::numwords::parse_cardinal(&t.norm, crate::Lang::En).is_some()
                || crate::extract::numwords::parse_cardinal(&t.norm, crate::Lang::Fr).is_some()
        };
        let lex = crate::lexicon::Lexicon::builtin();
        let function = || {
            lex.hedges.contains_at(s.toks, &s.view, v) || lex.vague.contains_at(s.toks, &s.view, v)
        };
        if t.kind == TokKind::Word
            && t.capitalized
            && !NOT_NAMES.contains(&t.norm.as_str())
            && !number_word()
            && !function()
        {
            let mut end = name_run_end(s, v);
            // "Special Relief Commissioner Satyabrata Mahapatra": the name follows the title.
            if let Some(last_title) = (v..end).rev().find(|&k| is_title_word(s.word(k))) {
                if last_title + 1 < end {
                    v = last_title + 1;
                } else {
                    v = end;
                    continue;
                }
            }
            end = end.max(v + 1);
            let words = end - v;
            let spelling = span_text(s, v, end);
            let at_start = v == 0
                || s.tok(v - 1).kind == TokKind::Punct
                    && matches!(s.word(v - 1), "•" | "*" | "#" | "-" | "«" | "\"");
            if let Some(e) = gaz.fuzzy_match(&spelling) {
                out.push(Mention {
                    start: v,
                    end,
                    id: e.id.clone(),
                    kind: Some(e.kind),
                    demonym: false,
                    text: spelling,
                });
            } else if words >= 2 || !at_start || known.contains(&s.tok(v).norm) {
                out.push(Mention {
                    start: v,
                    end,
                    id: unknown_id(&spelling),
                    kind: unknown_place(s, v, end).then_some(EntityKind::Region),
                    demonym: false,
                    text: spelling,
                });
            }
            v = end;
            continue;
        }
        v += 1;
    }
    out
}

/// "India Meteorological Department", "Indian Red Cross Society", "Odisha State
/// Disaster Management Authority": a place or people followed by capitalised words
/// names an institution. It is the known organisation inside it when there is one.
fn institution_named_after_place(
    s: &Sent<'_>,
    gaz: &Gazetteer,
    v: usize,
    len: usize,
    e: &crate::gazetteer::Entity,
) -> Option<Mention> {
    if !matches!(
        e.kind,
        EntityKind::State | EntityKind::Region | EntityKind::City
    ) {
        return None;
    }
    let next = s.tok(v + len);
    if next.kind != TokKind::Word
        || !next.capitalized
        || NOT_NAMES.contains(&next.norm.as_str())
        || is_title_word(&next.norm)
    {
        return None;
    }
    // A known person or place after it is a separate mention ("North Korean Kim Jong Un").
    let inner = gaz.mention_at(s.toks, &s.view, v + len);
    if inner.is_some_and(|(_, x, _)| x.kind != EntityKind::Organisation) {
        return None;
    }
    let end = name_run_end(s, v + len);
    let known = (v + len..end).find_map(|k| {
        gaz.mention_at(s.toks, &s.view, k)
            .filter(|(_, x, _)| x.kind == EntityKind::Organisation)
            .map(|(_, x, _)| x)
    });
    let text = span_text(s, v, end);
    Some(Mention {
        start: v,
        end,
        id: known.map_or_else(|| unknown_id(&text), |x| x.id.clone()),
        kind: Some(EntityKind::Organisation),
        demonym: false,
        text,
    })
}

/// Domains of ministries, in one language: "ministère de l'Intérieur", "Interior
/// Ministry" and "Home Office" are one source.
const MINISTRY_DOMAINS: &[(&str, &str)] = &[
    ("interieur", "interior"),
    ("interior", "interior"),
    ("home", "interior"),
    ("defense", "defence"),
    ("defence", "defence"),
    ("armees", "defence"),
    ("education", "education"),
    ("sante", "health"),
    ("health", "health"),
    ("justice", "justice"),
    ("finances", "finance"),
    ("finance", "finance"),
    ("economie", "economy"),
    ("economy", "economy"),
    ("treasury", "finance"),
    ("travail", "labour"),
    ("labour", "labour"),
    ("labor", "labour"),
    ("affaires", "foreign"),
    ("foreign", "foreign"),
    ("etrangeres", "foreign"),
    ("transports", "transport"),
    ("transport", "transport"),
    ("agriculture", "agriculture"),
    ("environnement", "environment"),
    ("environment", "environment"),
    ("culture", "culture"),
    ("energie", "energy"),
    ("energy", "energy"),
];

fn ministry_domain(w: &str) -> Option<&'static str> {
    MINISTRY_DOMAINS
        .iter()
        .find(|(d, _)| *d == w)
        .map(|&(_, en)| en)
}

/// A ministry named by its domain: "le ministère de l'Intérieur", "the Interior
/// Ministry", "the Ministry of Health", "the Home Office".
fn ministry_at(s: &Sent<'_>, v: usize) -> Option<Mention> {
    let w = s.word(v);
    let (domain, end) = if matches!(w, "ministere" | "ministry" | "department") {
        let mut k = v + 1;
        // "ministère russe de la Défense" is the gazetteer's; only the bare form here.
        while matches!(
            s.word(k),
            "de" | "la" | "l" | "du" | "des" | "of" | "the" | "for"
        ) {
            k += 1;
        }
        (ministry_domain(s.word(k))?, k + 1)
    } else {
        // The cheap tests first: this is asked of every word.
        if !s.tok(v).capitalized || !matches!(s.word(v + 1), "ministry" | "department" | "office") {
            return None;
        }
        (ministry_domain(w)?, v + 2)
    };
    // "de l'Éducation nationale": the adjective belongs to the name.
    let end = if matches!(
        s.word(end),
        "nationale" | "national" | "publique" | "public"
    ) {
        end + 1
    } else {
        end
    };
    Some(Mention {
        start: v,
        end,
        id: format!("ministry:{domain}"),
        kind: Some(EntityKind::Organisation),
        demonym: false,
        text: span_text(s, v, end),
    })
}

/// Titles that name one office by themselves ("the Chancellor", "le président").
pub fn single_office(title: &str) -> bool {
    matches!(
        title,
        "president" | "prime-minister" | "chancellor" | "governor" | "mayor"
    )
}

/// Whether a capitalised word is a title rather than part of a name.
fn is_title_word(w: &str) -> bool {
    TITLES.iter().any(|(t, _)| *t == w) || TITLE_WORDS.contains(&w)
}

/// Capitalised words that belong to a title, not to the name after it: ranks, offices,
/// and the ministries and domains written with a capital inside titles ("ministre de la
/// Défense Sergueï Choïgou", "Defence Minister Andrei Belousov").
const TITLE_WORDS: &[&str] = &[
    "commissioner",
    "officer",
    "secretary",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "lieutenant",
    "sergeant",
    "judge",
    "senator",
    "sen",
    "representative",
    "rep",
    "inspector",
    "superintendent",
    "collector",
    "magistrate",
    "prefet",
    "depute",
    "senateur",
    "juge",
    "professeur",
    "professor",
    "dr",
    "docteur",
    "doctor",
    "pope",
    "pape",
    "king",
    "roi",
    "queen",
    "reine",
    "prince",
    "princess",
    "sheikh",
    "cheikh",
    "defense",
    "defence",
    "interieur",
    "interior",
    "justice",
    "sante",
    "health",
    "affaires",
    "etrangeres",
    "foreign",
    "finances",
    "finance",
    "economie",
    "economy",
    "armees",
    "travail",
    "labour",
    "labor",
    "education",
    "culture",
    "transports",
    "transport",
    "agriculture",
    "environnement",
    "environment",
    "treasury",
    "tresor",
    "renseignement",
    "intelligence",
    "home",
    "exchequer",
    "chancellor",
    "chancelier",
    "governor",
    "gouverneur",
];

/// Words before a name that make it a place ("in Balasore", "près de Makhnovka").
const LOCATIVE: &[&str] = &[
    "in", "at", "near", "across", "around", "outside", "inside", "dans", "pres", "vers", "autour",
    "a", "au", "en",
];

/// Words after a name that make it a place ("Kendrapada district").
const PLACE_NOUNS: &[&str] = &[
    "district",
    "province",
    "region",
    "state",
    "city",
    "town",
    "village",
    "block",
    "county",
    "oblast",
    "island",
    "valley",
    "river",
    "port",
    "coast",
    "prefecture",
];

/// Verbs whose object is where something struck: the name right after one is a place
/// ("the cyclone battered Puri", "les crues ont ravagé Valence").
const STRUCK_PLACE: &[&str] = &[
    "ravaged",
    "devastated",
    "battered",
    "lashed",
    "pounded",
    "pummeled",
    "pummelled",
    "flooded",
    "inundated",
    "swept",
    "ravage",
    "ravagee",
    "ravages",
    "ravagees",
    "devaste",
    "devastee",
    "devastes",
    "devastees",
    "balaye",
    "balayee",
    "inonde",
    "inondee",
    "inondes",
    "inondees",
    "submerge",
    "submergee",
];

/// Verbs that strike places as often as people or firms ("hit", "frappé"): the name
/// after one is a place only when it is one word, as most towns are and few people
/// are ("the storm hit Bordeaux", not "the officer hit John Smith").
const STRUCK_ANY: &[&str] = &[
    "hit", "struck", "slammed", "frappe", "frappee", "touche", "touchee",
];

/// Whether an unknown name at view `start..end` is a place, by the words around it.
fn unknown_place(s: &Sent<'_>, start: usize, end: usize) -> bool {
    let before = start > 0 && LOCATIVE.contains(&s.word(start - 1));
    let struck = start > 0
        && (STRUCK_PLACE.contains(&s.word(start - 1))
            || end == start + 1 && STRUCK_ANY.contains(&s.word(start - 1)));
    let after = PLACE_NOUNS.contains(&s.word(end));
    let french_region = start >= 2
        && matches!(s.word(start - 1), "de" | "d" | "of")
        && matches!(
            s.word(start - 2),
            "region"
                | "province"
                | "ville"
                | "village"
                | "oblast"
                | "district"
                | "departement"
                | "rues"
                | "rue"
                | "streets"
                | "centre"
                | "center"
                | "quartier"
                | "banlieue"
                | "outskirts"
                | "suburbs"
                | "commune"
                | "town"
                | "city"
                | "port"
        );
    before || after || french_region || struck
}

/// End (view index) of a run of capitalised words starting at `v`, with name particles
/// and hyphenated parts ("Kim Jong-un", "Lee Sung-jun") included.
fn name_run_end(s: &Sent<'_>, v: usize) -> usize {
    let mut end = v + 1;
    loop {
        let t = s.tok(end);
        if t.kind != TokKind::Word {
            break;
        }
        let hyphen_glued = s.view[end] > 0
            && s.toks[s.view[end] - 1].is_punct('-')
            && t.glued()
            && s.view[end] == s.view[end - 1] + 2;
        if hyphen_glued || (t.capitalized && !NOT_NAMES.contains(&t.norm.as_str())) {
            end += 1;
            continue;
        }
        // "Charles de Gaulle", but not "la CGT de Nathalie Berthelot".
        let acronym_before =
            s.raw(end - 1).chars().count() >= 2 && s.raw(end - 1).chars().all(char::is_uppercase);
        if PARTICLES.contains(&t.norm.as_str())
            && !acronym_before
            && s.tok(end + 1).capitalized
            && s.tok(end + 1).kind == TokKind::Word
        {
            end += 2;
            continue;
        }
        break;
    }
    end
}

fn span_text(s: &Sent<'_>, start: usize, end: usize) -> String {
    let a = s.tok(start).span.start;
    let b = s.tok(end - 1).span.end;
    s.text[a..b].to_string()
}

/// A stretch of the sentence that credits a source.
#[derive(Debug, Clone)]
pub struct AttributionSpan {
    /// First token (sentence token index).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// First view index.
    pub view_start: usize,
    /// One past the last view index.
    pub view_end: usize,
    /// The source's entity id, when one is named.
    pub source: Option<String>,
}

impl AttributionSpan {
    /// Whether view index `v` lies inside the attribution.
    pub fn covers(&self, v: usize) -> bool {
        (self.view_start..self.view_end).contains(&v)
    }
}

fn is_boundary(s: &Sent<'_>, v: usize) -> bool {
    let t = s.tok(v);
    t.kind == TokKind::Punct
        && matches!(
            t.norm.as_str(),
            "," | ";" | "." | ":" | "(" | ")" | "«" | "»" | "\"" | "—" | "–" | "!" | "?" | "•"
        )
}

/// Source preference: people and organisations over states, states over demonyms.
fn source_rank(m: &Mention) -> u8 {
    match (m.kind, m.demonym) {
        (Some(EntityKind::Person | EntityKind::Organisation), _) => 0,
        (None, _) => 1,
        (Some(EntityKind::State), false) => 2,
        _ => 3,
    }
}

/// Whether a mention can stand as a source: a known entity, a name of two words or
/// more, or an acronym ("the Met department" names no one the tool can tell apart).
fn reliable_source(s: &Sent<'_>, m: &Mention) -> bool {
    if m.kind.is_some() || m.end - m.start >= 2 {
        return true;
    }
    let raw = s.raw(m.start);
    raw.chars().count() >= 2 && raw.chars().all(|c| c.is_uppercase())
}

/// Finds who the sentence credits: "selon X", "d'après X", "according to X", "X a
/// déclaré", "X said".
pub fn attributions(s: &Sent<'_>, lex: &Lexicon, mentions: &[Mention]) -> Vec<AttributionSpan> {
    let mut out: Vec<AttributionSpan> = Vec::new();
    let n = s.view.len();
    let mut v = 0;
    while v < n {
        if let Some((len, _)) = lex.attribution_before.longest_at(s.toks, &s.view, v) {
            let mut end = v + len;
            while end < n && !is_boundary(s, end) && end - v < 14 {
                end += 1;
            }
            // "selon des informations relayées par Reuters et le GUR": keep to the first source.
            if end > v + len {
                let source = mentions
                    .iter()
                    .filter(|m| m.start >= v + len && m.end <= end && reliable_source(s, m))
                    .min_by_key(|m| (source_rank(m), m.start));
                out.push(AttributionSpan {
                    start: s.view[v],
                    end: s.view[end - 1] + 1,
                    view_start: v,
                    view_end: end,
                    source: source.map(|m| m.id.clone()),
                });
                v = end;
                continue;
            }
        }
        if let Some((len, _)) = lex.attribution_after.longest_at(s.toks, &s.view, v) {
            // "X a déclaré": the source ends just before the verb.
            let before = mentions
                .iter()
                .filter(|m| {
                    m.end <= v
                        // "La CGT a de son côté revendiqué": a few words may part them.
                        && v - m.end <= 5
                        && source_rank(m) <= 2
                        && !m.demonym
                        && reliable_source(s, m)
                })
                .max_by_key(|m| m.end);
            // "said X": the source follows.
            let after = mentions
                .iter()
                .filter(|m| {
                    m.start >= v + len
                        && m.start - (v + len) <= 1
                        && source_rank(m) <= 1
                        && reliable_source(s, m)
                })
                .min_by_key(|m| m.start);
            if let Some(m) = before {
                out.push(AttributionSpan {
                    start: s.view[m.start],
                    end: s.view[v + len - 1] + 1,
                    view_start: m.start,
                    view_end: v + len,
                    source: Some(m.id.clone()),
                });
            } else if let Some(m) = after {
                out.push(AttributionSpan {
                    start: s.view[v],
                    end: s.view[m.end - 1] + 1,
                    view_start: v,
                    view_end: m.end,
                    source: Some(m.id.clone()),
                });
            }
            v += len;
            continue;
        }
        v += 1;
    }
    out
}

/// A person named with a role.
#[derive(Debug, Clone)]
pub struct RoleMention {
    /// First token of the evidence (sentence token index).
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// Entity id of the person.
    pub person: String,
    /// Normalised role key: `title|country|domain words` (see docs/matching.md).
    pub role: String,
}

const TITLES: &[(&str, &str)] = &[
    ("chef", "head"),
    ("directeur", "head"),
    ("directrice", "head"),
    ("patron", "head"),
    ("head", "head"),
    ("chief", "head"),
    ("director", "head"),
    ("dirigeant", "head"),
    ("leader", "head"),
    ("ministre", "minister"),
    ("minister", "minister"),
    ("secretary", "minister"),
    ("secretaire", "secretary"),
    ("porte", "spokesperson"),
    ("spokesman", "spokesperson"),
    ("spokesperson", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("president", "president"),
    ("presidente", "president"),
    ("premier", "prime-minister"),
    ("prime", "prime-minister"),
    ("commandant", "commander"),
    ("commander", "commander"),
    ("gouverneur", "governor"),
    ("governor", "governor"),
    ("maire", "mayor"),
    ("mayor", "mayor"),
    ("ambassadeur", "ambassador"),
    ("ambassador", "ambassador"),
    ("commissaire", "commissioner"),
    ("commissioner", "commissioner"),
    ("chancellor", "chancellor"),
    ("chancelier", "chancellor"),
    ("chanceliere", "chancellor"),
];

/// Words of a role phrase that carry no meaning for the role.
const ROLE_STOP: &[&str] = &[
    "le", "la", "les", "l", "du", "de", "des", "d", "the", "of", "and", "et", "en", "a", "an",
    "parole", "ministre", "minister", "adjoint", "adjointe", "deputy", "actuel", "actuelle",
    "ancien", "ancienne", "former", "current", "chef", "chief",
];

/// Domain words translated to one language, so French and English roles meet.
const DOMAIN: &[(&str, &str)] = &[
    ("renseignement", "intelligence"),
    ("militaire", "military"),
    ("militaires", "military"),
    ("defense", "defence"),
    ("etrangeres", "foreign"),
    ("affaires", "affairs"),
    ("interieur", "interior"),
    ("armee", "army"),
    ("armees", "army"),
    ("etat", "staff"),
    ("major", "staff"),
    ("sante", "health"),
    ("economie", "economy"),
    ("finances", "finance"),
    ("justice", "justice"),
    ("marine", "navy"),
    ("aerienne", "air"),
    ("forces", "forces"),
];

fn domain_word(w: &str) -> &str {
    DOMAIN
        .iter()
        .find(|(fr, _)| *fr == w)
        .map_or(w, |&(_, en)| en)
}

/// Finds people named with a role: "X, chef du …", "le directeur du … X", "X (chef du …)".
pub fn roles(s: &Sent<'_>, mentions: &[Mention], gaz: &Gazetteer) -> Vec<RoleMention> {
    let mut out = Vec::new();
    let is_person = |m: &Mention| {
        m.kind == Some(EntityKind::Person) || (m.kind.is_none() && m.end - m.start >= 2)
    };
    for (i, m) in mentions.iter().enumerate() {
        if !is_person(m) {
            continue;
        }
        // After the name: ", chef du renseignement militaire ukrainien" or "(chef …)".
        if matches!(s.word(m.end), "," | "(") {
            let mut k = m.end + 1;
            if matches!(s.word(k), "le" | "la" | "l" | "the" | "a" | "an") {
                k += 1;
            }
            if let Some(role) = role_key(s, k, mentions, gaz) {
                out.push(RoleMention {
                    start: s.view[m.start],
                    end: s.view[role.1 - 1] + 1,
                    person: m.id.clone(),
                    role: role.0,
                });
                continue;
            }
        }
        // Before the name: "le directeur du renseignement militaire ukrainien Kyrylo Boudanov".
        let lower = mentions[..i]
            .iter()
            .rev()
            .find(|p| is_person(p))
            .map_or(0, |p| p.end);
        let from = m.start.saturating_sub(10).max(lower);
        for k in from..m.start {
            if TITLES.iter().any(|(t, _)| *t == s.word(k))
                && !(from..m.start).any(|j| is_boundary(s, j) && j > k && s.word(j) != ",")
                && let Some((role, end)) = role_key(s, k, mentions, gaz)
                && end >= m.start.saturating_sub(1)
                && end <= m.start + 1
            {
                out.push(RoleMention {
                    start: s.view[k],
                    end: s.view[m.end - 1] + 1,
                    person: m.id.clone(),
                    role,
                });
                break;
            }
        }
    }
    out
}

/// The role phrase starting at view `k` (a title word) up to a boundary or a person:
/// (role key, view end).
fn role_key(
    s: &Sent<'_>,
    k: usize,
    mentions: &[Mention],
    gaz: &Gazetteer,
) -> Option<(String, usize)> {
    let title = TITLES.iter().find(|(t, _)| *t == s.word(k))?.1;
    if title == "spokesperson" && s.word(k) == "porte" && s.word(k + 1) != "parole" {
        return None;
    }
    if title == "prime-minister" && !matches!(s.word(k + 1), "ministre" | "minister") {
        return None;
    }
    let mut end = k + 1;
    let mut country: Option<String> = None;
    let mut domain: Vec<String> = Vec::new();
    // English puts the domain before the title: "Russian Defence Minister".
    let mut b = k;
    while b > 0 && k - b < 4 {
        let w = s.word(b - 1);
        if let Some(m) = mentions.iter().find(|m| m.end == b) {
            if m.kind == Some(EntityKind::State) {
                country.get_or_insert(m.id.clone());
                b = m.start;
                continue;
            }
            break;
        }
        if !s.tok(b - 1).capitalized || ROLE_STOP.contains(&w) || is_boundary(s, b - 1) {
            break;
        }
        domain.push(domain_word(w).to_string());
        b -= 1;
    }
    while end < s.view.len() && !is_boundary(s, end) && end - k < 12 {
        if let Some(m) = mentions.iter().find(|m| m.start == end) {
            match m.kind {
                Some(EntityKind::Person) | None => break,
                Some(EntityKind::State) => country = Some(m.id.clone()),
                Some(_) => {
                    // An organisation in the role names its domain better than words do.
                    if let Some(st) = gaz.state_of(&m.id) {
                        country.get_or_insert(st.id.clone());
                    }
                    domain.push(format!("org:{}", m.id));
                }
            }
            end = m.end;
            continue;
        }
        let w = s.word(end);
        if !ROLE_STOP.contains(&w)
            && w.chars().all(char::is_alphabetic)
            && !TITLES.iter().any(|(t, _)| *t == w)
        {
            domain.push(domain_word(w).to_string());
        }
        end += 1;
    }
    if end == k + 1 && country.is_none() && !single_office(title) {
        return None;
    }
    domain.sort();
    domain.dedup();
    Some((
        format!(
            "{title}|{}|{}",
            country.unwrap_or_default(),
            domain.join(" ")
        ),
        end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn roles_of(text: &str) -> Vec<(String, String)> {
        let gaz = Gazetteer::builtin();
        let toks = tokenize(text, 0);
        let s = Sent::new(text, &toks);
        let m = mentions(&s, gaz, &KnownNames::new());
        roles(&s, &m, gaz)
            .into_iter()
            .map(|r| (r.person, r.role))
            .collect()
    }

    #[test]
    fn roles_before_and_after_names_meet_across_languages() {
        let fr = roles_of("Selon le ministre russe de la Défense Andreï Belooussov, tout va bien.");
        let en = roles_of("Russian Defence Minister Andrei Belousov said it went well.");
        assert_eq!(
            fr,
            [(
                "andrei-belousov".to_string(),
                "minister|russia|defence".to_string()
            )]
        );
        assert_eq!(fr, en);
        let after =
            roles_of("selon Kirill Boudanov, chef du renseignement militaire ukrainien (GUR).");
        assert_eq!(after[0].0, "kyrylo-budanov");
        assert!(after[0].1.starts_with("head|ukraine|"), "{after:?}");
    }

    fn place_kinds(text: &str) -> Vec<(String, bool)> {
        let toks = tokenize(text, 0);
        let s = Sent::new(text, &toks);
        mentions(&s, Gazetteer::builtin(), &KnownNames::new())
            .into_iter()
            .map(|m| (m.text, m.kind.is_some_and(EntityKind::is_place)))
            .collect()
    }

    #[test]
    fn a_name_a_storm_strikes_is_a_place_in_both_languages() {
        for text in [
            "La tempête a frappé Quimperlé le 12 mars.",
            "Les crues ont ravagé Quimperlé.",
            "The storm hit Quimperle on March 12.",
            "Floods battered Quimperle overnight.",
        ] {
            let kinds = place_kinds(text);
            assert!(
                kinds
                    .iter()
                    .any(|(name, place)| name.starts_with("Quimperl") && *place),
                "{text}: {kinds:?}"
            );
        }
        // A person struck is not a place: most people are named with two words.
        for text in [
            "Le policier a frappé Jean Dupuis.",
            "The officer hit John Smithers.",
        ] {
            assert!(
                place_kinds(text).iter().all(|(_, place)| !place),
                "{text}: {:?}",
                place_kinds(text)
            );
        }
    }
}
