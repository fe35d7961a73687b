//! Quantities: figures with their hedge ("environ", "plus de", "at least"), vague
//! forms ("une dizaine de milliers", "tens of thousands"), units and rates, ranges and
//! changes ("de 2 000 à 5 000"); and the fact each figure (or date) is about.

use super::actor::AttributionSpan;
use super::date::DateMention;
use super::number::{Figure, figures};
use super::numwords::parse_scale;
use super::{Mention, Sent, attribution_from};
use crate::Lang;
use crate::claims::{Aspect, Attribution, DateValue, Fact, QuantityValue};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::lexicon::{HedgeKind, Lexicon};
use crate::text::TokKind;
use std::sync::LazyLock;

/// A quantity found in a sentence.
#[derive(Debug, Clone)]
pub struct QuantityMention {
    /// First token of its text (hedge included).
    pub start: usize,
    /// One past the last token of its text.
    pub end: usize,
    /// First view index of the figure itself.
    pub fig_view: usize,
    /// One past the last view index of the figure and its unit.
    pub after_view: usize,
    /// The value.
    pub value: QuantityValue,
    /// Unit code.
    pub unit: Option<String>,
    /// Rate period.
    pub rate: Option<String>,
    /// Concept named right after the figure, and whether that noun was generic ("unités").
    pub noun: Option<String>,
    /// Whether the noun after it is generic ("unités"), so it takes its neighbour's.
    pub generic_noun: bool,
    /// For the first figure of a change ("de 2 000 à 5 000"), the index of the second.
    pub change_to: Option<usize>,
    /// For the second figure of a change, the index of the first.
    pub change_from: Option<usize>,
    /// First token of a date in the sentence that scopes this figure.
    pub scope_date: Option<usize>,
    /// Whether the figure is a calibre, duration or other descriptor rather than a claim.
    pub descriptor: bool,
    /// Whether it counts part of something counted before ("nine of them", "dont 600").
    pub partitive: bool,
    /// In a vote split ("7-2", "sept voix contre deux"): true for the votes for.
    pub vote: Option<bool>,
}

/// The place of a figure that counts a whole country.
pub const NATIONAL: &str = "national";

/// Rounds away floating-point dust (12100.000000000002 → 12100).
fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(9 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

/// Interval for a figure under a hedge.
pub fn hedged(point: f64, hedge: Option<HedgeKind>) -> QuantityValue {
    let (low, high) = match hedge {
        None => (Some(point), Some(point)),
        Some(HedgeKind::Approximate) => (Some(point * 0.9), Some(point * 1.1)),
        Some(HedgeKind::Nearly) => (Some(point * 0.9), Some(point)),
        Some(HedgeKind::MoreThan | HedgeKind::AtLeast) => (Some(point), None),
        Some(HedgeKind::UpTo | HedgeKind::LessThan) => (Some(0.0), Some(point)),
    };
    QuantityValue {
        point,
        low,
        high,
        hedge,
        vague: false,
        range: false,
    }
}

/// Words that may stand before a real figure at the end of a sentence ("à 12.").
const BEFORE_FIGURE: &[&str] = &[
    "a",
    "de",
    "des",
    "les",
    "le",
    "la",
    "en",
    "sur",
    "par",
    "pour",
    "avec",
    "contre",
    "environ",
    "moins",
    "plus",
    "than",
    "of",
    "to",
    "at",
    "by",
    "about",
    "were",
    "was",
    "are",
    "is",
    "et",
    "and",
    "with",
    "some",
    "ont",
    "sont",
    "soit",
    "total",
    "est",
    "be",
    "been",
    "reached",
    "atteint",
    "over",
    "under",
    "nearly",
    "almost",
    "around",
    "just",
    "only",
    "que",
    "seulement",
];

/// A small number closing a sentence or glued to a word is a footnote marker
/// ("iranien 1.", "générale(1)", "de 5 000 4."), not a figure.
fn is_footnote(s: &Sent<'_>, f: &Figure) -> bool {
    if !f.plain_int || f.value >= 100.0 || f.end - f.start != 1 {
        return false;
    }
    let t = &s.toks[f.start];
    let prev = f.start.checked_sub(1).map(|i| &s.toks[i]);
    // "générale(1)", "[1]", "2025(2)".
    if let Some(p) = prev {
        let next = s.toks.get(f.end);
        if (p.is_punct('(') || p.is_punct('['))
            && next.is_some_and(|n| n.is_punct(')') || n.is_punct(']'))
        {
            return p.glued() || p.is_punct('[');
        }
    }
    let ends_sentence = match s.toks.get(f.end) {
        None => true,
        Some(n) => {
            n.kind == TokKind::Punct
                && matches!(n.norm.as_str(), "." | "!" | "?" | "»" | ")" | ";")
                && s.toks
                    .get(f.end + 1)
                    .is_none_or(|x| x.newline_before || x.space_before)
        }
    };
    if !ends_sentence || !t.space_before {
        return false;
    }
    match prev {
        None => false,
        Some(p) if p.kind == TokKind::Num || p.is_punct(')') || p.is_punct('»') => true,
        Some(p) if p.kind == TokKind::Word => {
            !BEFORE_FIGURE.contains(&p.norm.as_str()) && !p.norm.ends_with("ed")
        }
        _ => false,
    }
}

/// Finds the quantities of sentence `s`, skipping tokens already `used` by entities and dates.
pub fn find(
    s: &Sent<'_>,
    lex: &Lexicon,
    lang: Lang,
    used: &[bool],
    dates: &[DateMention],
    mentions: &[Mention],
) -> Vec<QuantityMention> {
    let mut out: Vec<QuantityMention> = fractions(s, lex, lang, used);
    let mut used = used.to_vec();
    for q in &out {
        used[q.start..q.end].iter_mut().for_each(|u| *u = true);
    }
    let used = used.as_slice();
    let figs = figures(s.text, s.toks, lang);
    // Tokens before this one belong to the quantity before: its cents ("2 euros 10"),
    // its unit ("7,5 pour cent" is no hundred).
    let mut taken_to = 0;
    for (n, f) in figs.iter().enumerate() {
        if f.start < taken_to {
            continue;
        }
        // "5,5 Md€": a scale abbreviation after the digits, which the name reader may take
        // for a name, is the figure's.
        let scale_abbreviation = |k: usize| {
            let t = &s.toks[k];
            k > f.start
                && s.toks[k - 1].kind == TokKind::Num
                && t.kind == TokKind::Word
                && parse_scale(&s.text[t.span.start..], lang)
                    .is_some_and(|(_, len)| len == t.span.len())
        };
        // "un Français sur cinq": the noun a ratio counts may be a name's too.
        let ratio_noun = |k: usize| {
            k == f.start + 1
                && f.end > f.start + 3
                && matches!(s.toks[f.start + 2].norm.as_str(), "sur" | "in")
        };
        let taken = (f.start..f.end.min(used.len()))
            .any(|k| used[k] && !scale_abbreviation(k) && !ratio_noun(k));
        if taken || is_footnote(s, f) {
            continue;
        }
        // "une douzaine", "a dozen" are figures with an interval: the vague pass below
        // reads them.
        if lex
            .vague
            .contains_at(s.toks, &s.view, s.view_index_at_or_after(f.start))
        {
            continue;
        }
        // "Sabitri Behera, 52, who…": an age in apposition to a name.
        let v0 = s.view_index_at_or_after(f.start);
        let after_comma = v0 >= 2
            && s.tok(v0 - 1).is_punct(',')
            && s.tok(v0 - 2).kind == TokKind::Word
            && s.tok(v0 - 2).capitalized;
        let closes =
            s.tok(v0 + 1).is_punct(',') || s.tok(v0 + 1).is_punct('.') || s.view.len() <= v0 + 1;
        if f.plain_int && f.value < 120.0 && after_comma && closes {
            continue;
        }
        // A small number in words counts something only when it names it: "two
        // classrooms" is a figure, "a night or two" is not.
        if !f.digits && f.value < 20.0 && !ratio_noun(f.start + 1) {
            let after = s.view_index_at_or_after(f.end);
            let next = s.tok(after);
            let counted =
                next.kind == TokKind::Word && !next.capitalized && !is_function_word(&next.norm);
            // "seven to two", "sept voix contre deux": one side of a split.
            let is_number = |t: &crate::text::Token| {
                t.kind == TokKind::Num || super::numwords::parse_cardinal(&t.norm, lang).is_some()
            };
            let paired = matches!(next.norm.as_str(), "to" | "contre" | "-")
                && is_number(s.tok(after + 1))
                || v0 >= 2
                    && matches!(s.word(v0 - 1), "to" | "contre" | "-")
                    && (is_number(s.tok(v0 - 2)) || matches!(s.word(v0 - 2), "votes" | "voix"));
            if !counted && !paired {
                continue;
            }
        }
        // List numbering at the start of a line ("1. Voir", "2) Sources").
        if f.start == 0 && crate::text::is_list_marker(s.toks, 0) {
            continue;
        }
        // "24 heures sur 24", "7 jours sur 7", "3 days out of 7": the whole a span of
        // time is a share of, no count.
        let v0 = s.view_index_at_or_after(f.start);
        let of_time = |k: usize| {
            lex.units
                .longest_at(s.toks, &s.view, k)
                .is_some_and(|(len, u)| len == 1 && u.ends_with("_duration"))
        };
        let whole_of_time = match (s.word(v0.wrapping_sub(1)), s.word(v0.wrapping_sub(2))) {
            ("sur", _) => v0 >= 3 && of_time(v0 - 2) && s.tok(v0 - 3).kind == TokKind::Num,
            ("of", "out") => v0 >= 4 && of_time(v0 - 3) && s.tok(v0 - 4).kind == TokKind::Num,
            _ => false,
        };
        if whole_of_time {
            continue;
        }
        // A year counts nothing, but "$2000" is an amount.
        let money_before = v0 > 0
            && s.tok(v0 - 1).kind == TokKind::Punct
            && lex
                .units
                .longest_at(s.toks, &s.view, v0 - 1)
                .is_some_and(|(len, u)| len == 1 && is_currency(u));
        if f.year_like && !money_before && !s.followed_by_counted_noun(v0) {
            continue;
        }
        let v0 = s.view_index_at_or_after(f.start);
        let v1 = s.view_index_at_or_after(f.end);
        let mut q = build(s, lex, lang, v0, v1, f.value, false, None);
        // "un Français sur cinq", "1 in 5 adults": a share, in percent as "20 %" and "un
        // cinquième des Français" are, and as rounded as a share in words.
        if f.ratio && q.unit.is_none() {
            let hedge = q.value.hedge;
            let value = tidy(f.value * 100.0);
            q.value = hedged(value, hedge);
            q.value.low = q.value.low.map(tidy);
            q.value.high = q.value.high.map(tidy);
            if hedge.is_none() {
                q.value.low = Some(tidy(value * 0.9));
                q.value.high = Some(tidy(value * 1.1));
            }
            q.value.vague = true;
            q.unit = Some("percent".to_string());
        }
        // "deux salariés sur trois": the ratio counts the noun inside it.
        if ratio_noun(f.start + 1) {
            let inner = s.view_index_at_or_after(f.start + 1);
            q.noun = lex
                .concepts
                .longest_at(s.toks, &s.view, inner)
                .map(|(_, c)| c.name.clone())
                .or_else(|| Some(lemma(&s.tok(inner).norm)));
        }
        // "Shahed 136", "Boeing 737", "Dornier 228 aircraft": a number right after a
        // name the gazetteer does not know, a weapon's or a maker's is part of it.
        let after_name = f.plain_int
            && mentions.iter().any(|m| {
                m.end == v0
                    && matches!(
                        m.kind,
                        None | Some(EntityKind::Weapon | EntityKind::Organisation)
                    )
            });
        if after_name && q.value.hedge.is_none() && q.unit.is_none() {
            continue;
        }
        if let Some(cents) = cents_after(s, f, figs.get(n + 1), &q) {
            q.value = hedged(tidy(q.value.point + cents.value), q.value.hedge);
            q.end = s.view[cents.after_view - 1] + 1;
            q.after_view = cents.after_view;
        }
        taken_to = q.end;
        out.push(q);
    }
    // Vague quantities: "une dizaine de milliers", "des millions d'obus", "dozens".
    let mut v = 0;
    while v < s.view.len() {
        let i = s.view[v];
        if used[i] || out.iter().any(|q| (q.start..q.end).contains(&i)) {
            v += 1;
            continue;
        }
        if let Some((len, vague)) = lex.vague.longest_at(s.toks, &s.view, v) {
            let vague = *vague;
            let mut end = v + len;
            let mut scale = 1.0;
            // "une dizaine de milliers", "des dizaines de milliers", "dozens of thousands".
            let k = if matches!(s.word(end), "de" | "d" | "of") {
                end + 1
            } else {
                end
            };
            if let Some(mult) = scale_word(s.word(k)) {
                scale = mult;
                end = k + 1;
            }
            let mut q = build(
                s,
                lex,
                lang,
                v,
                end,
                vague.point * scale,
                true,
                Some((vague.low * scale, vague.high * scale)),
            );
            // A bare "plusieurs"/"several" counts something only when a noun follows.
            let known_noun = q
                .noun
                .as_ref()
                .is_some_and(|n| lex.concept_names.contains(n));
            if scale == 1.0 && vague.high < 10.0 && !known_noun {
                v = end;
                continue;
            }
            if q.unit.as_deref().is_some_and(|u| u.ends_with("_duration")) {
                q.descriptor = true;
            }
            out.push(q);
            v = end.max(v + 1);
            continue;
        }
        v += 1;
    }
    out.sort_by_key(|q| q.start);
    link_vote_splits(s, &mut out);
    link_ranges_and_changes(s, lex, &mut out);
    for q in &mut out {
        q.scope_date = scope_for(s, q, dates);
    }
    out.retain(|q| !q.descriptor);
    out
}

/// The cents of a price said after its currency word: "2 euros 10", "3 dollars 50
/// cents", "13 dollars and 45 cents".
struct Cents {
    value: f64,
    /// The view index past them (and past "cents").
    after_view: usize,
}

/// The cents after `q`, an amount of figure `f` whose currency word ends it, when the
/// next figure `g` is two digits right after it. Without "cents" after them they must
/// close the phrase ("2 euros 10 au 1er janvier"), as a count would name what it
/// counts ("2 euros 30 personnes"). Not after a scale ("3 millions d'euros 10"), where
/// a small figure closing the sentence is a footnote.
fn cents_after(s: &Sent<'_>, f: &Figure, g: Option<&Figure>, q: &QuantityMention) -> Option<Cents> {
    let g = g?;
    let unit_word = s.tok(q.after_view.checked_sub(1)?);
    if !(q.unit.as_deref().is_some_and(is_currency)
        && f.plain_int
        && unit_word.kind == TokKind::Word
        && q.fig_view < q.after_view - 1
        && g.plain_int
        && g.end == g.start + 1
        && s.toks[g.start].norm.len() == 2)
    {
        return None;
    }
    let k = if matches!(s.word(q.after_view), "et" | "and") {
        q.after_view + 1
    } else {
        q.after_view
    };
    if s.view.get(k) != Some(&g.start) {
        return None;
    }
    let after = s.view_index_at_or_after(g.end);
    let next = s.tok(after);
    if matches!(next.norm.as_str(), "cents" | "centimes") {
        return Some(Cents {
            value: g.value / 100.0,
            after_view: after + 1,
        });
    }
    let closes = after >= s.view.len()
        || next.kind == TokKind::Punct
        || next.kind == TokKind::Word && is_function_word(&next.norm);
    closes.then_some(Cents {
        value: g.value / 100.0,
        after_view: after,
    })
}

/// Fraction words: denominators in both languages.
const DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("moitie", 2.0),
    ("tiers", 3.0),
    ("quart", 4.0),
    ("quarts", 4.0),
    ("cinquieme", 5.0),
    ("cinquiemes", 5.0),
    ("dixieme", 10.0),
    ("dixiemes", 10.0),
];

/// Fractions: "un tiers des enseignants" (a share, 33.3 %), "three-quarters of a per
/// cent" (0.75 %), "la moitié", "two-thirds of voters".
fn fractions(s: &Sent<'_>, lex: &Lexicon, lang: Lang, used: &[bool]) -> Vec<QuantityMention> {
    let mut out = Vec::new();
    let mut v = 0;
    while v < s.view.len() {
        if used[s.view[v]] {
            v += 1;
            continue;
        }
        let w = s.word(v);
        // The denominator first, by map: it rules out almost every word, and reading
        // each word as a number was a visible share of extraction time.
        static DENOMINATOR: LazyLock<foldhash::HashMap<&str, f64>> = LazyLock::new(|| {
            let mut map = foldhash::HashMap::default();
            for &(name, d) in DENOMINATORS {
                map.entry(name).or_insert(d);
            }
            map
        });
        let denominator = DENOMINATOR.get(s.word(v + 1)).copied();
        let numerator = || match w {
            "a" | "an" | "one" | "un" | "une" | "la" | "the" => Some(1.0),
            _ => super::numwords::parse_cardinal(w, lang)
                .filter(|n| n.len == w.len())
                .map(|n| n.value),
        };
        // English "half of voters", "more than half of them": no numerator, as French
        // has "la" ("plus de la moitié").
        let half_alone = lang == Lang::En && w == "half" && s.word(v + 1) == "of";
        let (d, n, width) = match (denominator, denominator.and_then(|_| numerator())) {
            (Some(d), Some(n)) => (d, n, 2),
            _ if half_alone => (2.0, 1.0, 1),
            _ => {
                v += 1;
                continue;
            }
        };
        // "the half" alone is no share; "half" needs "of"/"de" after it to count.
        let after = v + width;
        let share_of = matches!(s.word(after), "of" | "de" | "des" | "du" | "d");
        if !share_of {
            v += 1;
            continue;
        }
        let f = n / d;
        // "of a per cent", "of a percentage point", "d'un point": a fraction of a unit.
        let (k, article) = match s.word(after + 1) {
            "a" | "an" | "un" | "une" => (after + 2, true),
            _ => (after + 1, false),
        };
        let unit_here = article
            .then(|| lex.units.longest_at(s.toks, &s.view, k))
            .flatten()
            .and_then(|(len, u)| {
                unit_after_figure(s, (v, v + width), f, (u, k), lang).map(|u| (len, u))
            });
        let (value, unit, end_v) = match &unit_here {
            Some((len, u)) => (f, u.clone(), k + len),
            None => (f * 100.0, "percent".to_string(), v + width),
        };
        let mut q = build(s, lex, lang, v, v + width, value, false, None);
        // The hedge before it stays: "nearly two-thirds", "plus de la moitié".
        let hedge = q.value.hedge;
        q.value = hedged(tidy(value), hedge);
        q.value.low = q.value.low.map(tidy);
        q.value.high = q.value.high.map(tidy);
        q.value.vague = unit_here.is_none();
        if q.value.vague && hedge.is_none() {
            // A share in words is rounded: "un tiers" covers about 30–37 %.
            q.value.low = Some(tidy(value * 0.9));
            q.value.high = Some(tidy(value * 1.1));
        }
        q.unit = Some(unit);
        q.end = s.view[end_v.min(s.view.len()) - 1] + 1;
        q.after_view = end_v;
        if unit_here.is_none() {
            // The share's noun follows "of"/"des" and a determiner: "un tiers des
            // enseignants", "half of the teachers".
            let k = noun_position(s, after);
            q.noun = lex
                .concepts
                .longest_at(s.toks, &s.view, k)
                .map(|(_, c)| c.name.clone())
                .or_else(|| {
                    let t = s.tok(k);
                    (t.kind == TokKind::Word && !is_function_word(&t.norm)).then(|| lemma(&t.norm))
                });
        }
        out.push(q);
        v = end_v;
    }
    out
}

/// Where the counted noun stands after a figure ending at view `end`: past "de",
/// "of" and a determiner ("de ses soldats", "of their troops").
fn noun_position(s: &Sent<'_>, end: usize) -> usize {
    let mut k = end;
    if matches!(s.word(k), "de" | "d" | "of" | "des") {
        k += 1;
    }
    if matches!(
        s.word(k),
        "ses"
            | "leurs"
            | "nos"
            | "vos"
            | "mes"
            | "ces"
            | "les"
            | "their"
            | "its"
            | "the"
            | "his"
            | "her"
            | "our"
    ) {
        k += 1;
    }
    k
}

/// Scale words after a vague quantity ("de milliers", "of thousands").
fn scale_word(w: &str) -> Option<f64> {
    match w {
        "millier" | "milliers" | "mille" | "thousand" | "thousands" => Some(1e3),
        "million" | "millions" => Some(1e6),
        "milliard" | "milliards" | "billion" | "billions" => Some(1e9),
        _ => None,
    }
}

/// Words before a figure in degrees that make them an angle ("rotate 90 degrees",
/// "tourner à gauche à 45 degrés"); otherwise degrees are a temperature.
const TURNING: &[&str] = &[
    "rotate", "rotated", "rotates", "rotating", "rotation", "turn", "turns", "turned", "turning",
    "pivot", "pivoted", "angle", "angles", "tilt", "tilted", "tourner", "tourne", "tournent",
    "tournant", "pivoter", "pivote", "rotation", "pivotant", "incline", "inclinee",
];

/// The unit a lexicon unit stands for after the figure at views `v0..v1` worth `value`.
/// Two lexicon units are ambiguous. "pounds" and "livres" (`pound`) are money and a
/// weight: with a scale ("361 million pounds", "361 millions de livres") they are
/// sterling, as business news writes amounts; without one, English "25 pounds" is a
/// weight, and French "25 livres" as often books as pounds, so no unit unless the figure
/// has decimals ("2.204,62 livres": no one counts books in fractions). Bare "degrees"
/// (`degree`) are a temperature unless turning words come just before ("rotate 90
/// degrees"). "mb" (`mb`) is megabytes in capitals ("100 MB") and millibars in lower
/// case, as weather news writes pressures ("950 mb"). "C" and "F" alone are degrees only
/// glued to the figure in English ("40C"), and "pc" is per cent only so ("2.5pc"). Every
/// other unit stands for itself.
/// `at` is the view index of the unit's first word.
pub fn unit_after_figure(
    s: &Sent<'_>,
    (v0, v1): (usize, usize),
    value: f64,
    (unit, at): (&str, usize),
    lang: Lang,
) -> Option<String> {
    let unit = match unit {
        "mb" if s.raw(at) == "MB" => "MB",
        "mb" => "mbar",
        "pound" => {
            let last = v1.checked_sub(1).map_or("", |v| s.word(v));
            let scaled = scale_word(last).is_some()
                || matches!(last, "k" | "m" | "bn" | "mn" | "md" | "mds") && s.tok(v1 - 1).glued();
            match (scaled, lang) {
                (true, _) => "GBP",
                (false, Lang::En) => "lb",
                (false, Lang::Fr) if value.fract() != 0.0 => "lb",
                (false, Lang::Fr) => return None,
            }
        }
        // A bare letter is a temperature only as English news glues it to the figure:
        // "40C", "104F"; not after a name ("iPhone 5C", "Room 4C") nor apart ("Form 4 C").
        "celsius" | "fahrenheit" if s.word(at).len() == 1 => {
            let glued = at > 0 && s.tok(at).glued() && s.tok(at - 1).kind == TokKind::Num;
            let named = v0 > 0
                && s.tok(v0 - 1).kind == TokKind::Word
                && s.raw(v0 - 1).chars().any(char::is_uppercase);
            if lang != Lang::En || !glued || named || !matches!(s.raw(at), "C" | "F") {
                return None;
            }
            unit
        }
        // "2.5pc", as British business news writes per cent; "1 PC" is a computer.
        "percent" if s.word(at) == "pc" => {
            let glued = at > 0 && s.tok(at).glued() && s.tok(at - 1).kind == TokKind::Num;
            if lang != Lang::En || !glued || s.raw(at) != "pc" {
                return None;
            }
            unit
        }
        "degree" => {
            let clause = s.clause_of(v0);
            let turning = (v0.saturating_sub(4)..v0)
                .any(|k| s.clause_of(k) == clause && TURNING.contains(&s.word(k)));
            if turning { "deg" } else { "celsius" }
        }
        u => u,
    };
    Some(unit.to_string())
}

/// Builds a quantity from the figure at view `v0..v1`.
#[allow(clippy::too_many_arguments)]
fn build(
    s: &Sent<'_>,
    lex: &Lexicon,
    lang: Lang,
    v0: usize,
    v1: usize,
    point: f64,
    vague: bool,
    vague_bounds: Option<(f64, f64)>,
) -> QuantityMention {
    // Hedge before: the longest hedge phrase ending right before the figure.
    let mut start_v = v0;
    let mut hedge = None;
    for k in (1..=4).rev() {
        if v0 >= k
            && let Some((len, h)) = lex.hedges.longest_at(s.toks, &s.view, v0 - k)
            && len == k
        {
            hedge = Some(*h);
            start_v = v0 - k;
            break;
        }
    }
    // Currency symbols and codes before: "$3.5 million", "€ 20", "US$ 5", "USD 40".
    let mut unit = None;
    if start_v == v0 && v0 > 0 {
        for k in (1..=4).rev().filter(|&k| k <= v0) {
            // Only money comes before its figure: "10%-15%" is no "%-15".
            if let Some((len, u)) = lex.units.longest_at(s.toks, &s.view, v0 - k)
                && len == k
                && is_currency(u)
                && (s.tok(v0 - 1).kind == TokKind::Punct
                    || k == 1 && s.word(v0 - 1) == u.to_lowercase())
            {
                unit = Some(u.clone());
                start_v = v0 - k;
                break;
            }
        }
        if hedge.is_none() && unit.is_some() && start_v >= 1 {
            for k in (1..=4).rev() {
                if start_v >= k
                    && let Some((len, h)) = lex.hedges.longest_at(s.toks, &s.view, start_v - k)
                    && len == k
                {
                    hedge = Some(*h);
                    start_v -= k;
                    break;
                }
            }
        }
    }
    let mut end_v = v1;
    let mut descriptor = false;
    // Unit after: "5.000 tonnes", "35 000 dollars", "2 millions d'euros", "12 %".
    if unit.is_none() {
        let k = if matches!(s.word(v1), "de" | "d" | "of") {
            v1 + 1
        } else {
            v1
        };
        if let Some((len, u)) = lex.units.longest_at(s.toks, &s.view, k) {
            // "de" before a unit only for currencies and masses ("2 millions d'euros");
            // "5 000 l'ont signé" is an elided article, not litres.
            if (k == v1 || !u.ends_with("_duration"))
                && !super::elided(s, k + len - 1)
                && let Some(u) = unit_after_figure(s, (v0, v1), point, (u, k), lang)
            {
                unit = Some(u);
                end_v = k + len;
            }
        }
    }
    // Calibres ("obusiers D-74 (122 mm)", "calibres 122 mm et 152 mm") describe a weapon.
    if unit.as_deref() == Some("mm") {
        let gun = super::number::is_gun_or_ammunition;
        // "obus de 155 mm", "shells of 155 mm" name the gun before the calibre.
        let before = (v0.saturating_sub(5)..v0)
            .any(|k| matches!(s.word(k), "calibre" | "calibres" | "caliber" | "("))
            || v0 >= 2 && matches!(s.word(v0 - 1), "de" | "d" | "of") && gun(s.word(v0 - 2));
        let after = gun(s.word(end_v)) || matches!(s.word(end_v), ")" | "et");
        if before || after {
            descriptor = true;
        }
    }
    if unit.as_deref().is_some_and(|u| u.ends_with("_duration")) {
        descriptor = true;
    }
    // Hedge after: "10 000 environ", "plusieurs dizaines au moins", "or more", "a
    // hundred or so"; also after the noun, below ("300 soldats environ").
    let hedge_after = |k: usize| match (s.word(k), s.word(k + 1)) {
        ("environ", _) => Some(HedgeKind::Approximate),
        ("au", "moins") | ("at", "least") => Some(HedgeKind::AtLeast),
        ("ou", "plus") | ("or", "more") => Some(HedgeKind::AtLeast),
        // Not "or so-called".
        ("or", "so") if !s.tok(k + 2).is_punct('-') => Some(HedgeKind::Approximate),
        _ => None,
    };
    if hedge.is_none() {
        hedge = hedge_after(end_v);
    }
    // The noun after: "soldats", "de soldats", "drones Shahed", "le nombre de tués".
    let k = noun_position(s, end_v);
    let mut noun = None;
    let mut generic_noun = false;
    let mut noun_end = k;
    if let Some((len, c)) = lex.concepts.longest_at(s.toks, &s.view, k) {
        noun = Some(c.name.clone());
        noun_end = k + len;
    } else if let Some((len, _)) = lex.generic.longest_at(s.toks, &s.view, k) {
        generic_noun = true;
        noun_end = k + len;
    } else if matches!(s.word(end_v), "le" | "la" | "les")
        && s.word(end_v + 1) == "nombre"
        && s.word(end_v + 2) == "de"
    {
        if let Some((len, c)) = lex.concepts.longest_at(s.toks, &s.view, end_v + 3) {
            noun = Some(c.name.clone());
            noun_end = end_v + 3 + len;
        }
    } else if unit.is_none() && k == end_v || k == end_v + 1 {
        let t = s.tok(k);
        if t.kind == TokKind::Word
            && !t.capitalized
            && t.norm.chars().count() > 3
            && !is_function_word(&t.norm)
        {
            noun = Some(lemma(&t.norm));
            noun_end = k + 1;
        }
    }
    if hedge.is_none() && noun.is_some() {
        hedge = hedge_after(noun_end);
    }
    // English puts the head of a compound last: "relief camps", "12 NDRF teams",
    // "cyclone shelters", "coastal and interior districts".
    if lang == Lang::En {
        let mut j = k;
        let mut last = None;
        while j < s.view.len() && j < k + 5 {
            let t = s.tok(j);
            let w = t.norm.as_str();
            if t.kind != TokKind::Word
                || is_function_word(w) && !(matches!(w, "and" | "or") && last.is_some())
                || hedge_after(j).is_some()
            {
                break;
            }
            if !matches!(w, "and" | "or") {
                // A participle or a verb closes the phrase ("people displaced", "teams sent").
                let verb = (w.ends_with("ed")
                    || w.ends_with("ing")
                    || lex.actions.contains_at(s.toks, &s.view, j))
                    && !lex.concepts.contains_at(s.toks, &s.view, j);
                if last.is_some() && verb {
                    break;
                }
                last = Some(j);
                // A plural noun is the head: "villages remain", "teams sent".
                if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !t.capitalized {
                    break;
                }
            }
            j += 1;
        }
        if let Some(h) = last.filter(|&h| h > k) {
            let head = match lex.concepts.longest_at(s.toks, &s.view, h) {
                Some((_, c)) => Some(c.name.clone()),
                None if lex.generic.contains_at(s.toks, &s.view, h) => None,
                None => Some(lemma(&s.tok(h).norm)),
            };
            if head.is_some() {
                noun = head;
                noun_end = h + 1;
            }
        }
    }
    // Rate: "2 000 par mois", "5.000 unités mensuelles", "drones Shahed par mois".
    let mut rate = None;
    let mut rate_end = None;
    let search_from = if noun.is_some() || generic_noun {
        noun_end
    } else {
        end_v
    };
    let mut r = end_v;
    while r <= search_from + 3 && r < s.view.len() {
        if let Some((len, p)) = lex.rates.longest_at(s.toks, &s.view, r) {
            // "2.9 % a year earlier", "a year ago": a time before, not a rate.
            if matches!(
                (s.word(r + len), s.word(r + len + 1)),
                (
                    "earlier" | "ago" | "before" | "previously" | "prior" | "later",
                    _
                ) | ("auparavant", _)
                    | ("plus", "tot" | "tard")
            ) {
                break;
            }
            rate = Some(p.clone());
            rate_end = Some(r + len);
            break;
        }
        let t = s.tok(r);
        if t.kind == TokKind::Punct && t.norm != "-" {
            break;
        }
        r += 1;
    }
    // The text runs to the rate when nothing but the rate follows the figure.
    if let Some(e) = rate_end.filter(|_| r == end_v) {
        end_v = e;
    }
    // A vague word that names one figure ("a dozen" is 12) takes the hedge as a figure
    // does: "about a dozen" is about 12, not exactly 12.
    let mut value = match vague_bounds.filter(|&(lo, hi)| lo < hi) {
        Some((lo, hi)) => QuantityValue {
            point,
            low: Some(lo),
            high: Some(hi),
            hedge,
            vague: true,
            range: false,
        },
        None => hedged(point, hedge),
    };
    value.low = value.low.map(tidy);
    value.high = value.high.map(tidy);
    if vague {
        value.vague = true;
        if let Some(h) = hedge {
            match h {
                HedgeKind::MoreThan | HedgeKind::AtLeast => value.high = None,
                HedgeKind::UpTo | HedgeKind::LessThan => value.low = Some(0.0),
                _ => {}
            }
        }
    }
    QuantityMention {
        start: s.view[start_v],
        end: s.view[end_v.max(start_v + 1).min(s.view.len()) - 1] + 1,
        fig_view: v0,
        after_view: end_v,
        value,
        unit,
        rate,
        noun,
        generic_noun,
        change_to: None,
        change_from: None,
        scope_date: None,
        descriptor,
        vote: None,
        partitive: matches!(
            (s.word(end_v), s.word(end_v + 1)),
            ("of", "them" | "whom" | "which" | "those") | ("d", "entre") | ("parmi", _)
        ) || (start_v > 0 && s.word(start_v - 1) == "dont"),
    }
}

/// Words that make a pair of figures a vote split.
const VOTE_WORDS: &[&str] = &[
    "vote", "votes", "voted", "voting", "voix", "vote", "scrutin", "ballot", "split", "majority",
    "majorite", "adopte", "adopted", "passed",
];

/// "voted 7-2", "by seven votes to two", "par 7 voix contre 2": the votes for and against.
fn link_vote_splits(s: &Sent<'_>, qs: &mut [QuantityMention]) {
    if !(0..s.view.len()).any(|k| VOTE_WORDS.contains(&s.word(k))) {
        return;
    }
    for i in 0..qs.len().saturating_sub(1) {
        // "7-2": the hyphen is glued, so the figures touch.
        let hyphen = s.toks.get(qs[i].end).is_some_and(|t| t.is_punct('-'))
            && qs[i + 1].start == qs[i].end + 1;
        let mut gap_v = s.view_index_at_or_after(qs[i].end);
        // "seven votes to two", "sept voix contre deux".
        if matches!(s.word(gap_v), "votes" | "voix") {
            gap_v += 1;
        }
        let b_v = s.view_index_at_or_after(qs[i + 1].start);
        let worded = b_v == gap_v + 1 && matches!(s.word(gap_v), "to" | "contre" | "a");
        if (hyphen || worded) && qs[i].value.point >= qs[i + 1].value.point {
            qs[i].vote = Some(true);
            qs[i + 1].vote = Some(false);
        }
    }
}

/// Joins "entre 10 et 15", "de 10 à 15", "10-15", "between 10 and 15" into ranges, and
/// "de 2 000 à 5 000" after a change word into a change between two figures.
fn link_ranges_and_changes(s: &Sent<'_>, lex: &Lexicon, qs: &mut Vec<QuantityMention>) {
    let mut i = 0;
    while i + 1 < qs.len() {
        let (a, b) = (&qs[i], &qs[i + 1]);
        let gap_v = s.view_index_at_or_after(a.end);
        let b_v = s.view_index_at_or_after(b.start);
        let connector = s.word(gap_v);
        // "10-15": a glued hyphen is invisible to the view.
        let hyphen = s
            .toks
            .get(a.end)
            .is_some_and(|t| t.is_punct('-') || t.is_punct('\u{2013}'))
            && b.start == a.end + 1;
        let worded =
            b_v == gap_v + 1 && matches!(connector, "a" | "to" | "-" | "et" | "and" | "au");
        let joined = (worded || hyphen)
            && a.vote.is_none()
            && !a.value.vague
            && !b.value.vague
            // "an estimated 20,000-30,000": a range says its own uncertainty.
            && matches!(a.value.hedge, None | Some(HedgeKind::Approximate))
            // "$5-10 million": the currency before the first figure is the second's too.
            && (a.unit.is_none() || a.unit == b.unit || b.unit.is_none() && b.noun.is_none())
            && a.noun.is_none();
        if !joined {
            i += 1;
            continue;
        }
        let a_v = s.view_index_at_or_after(a.start);
        let opener = a_v.checked_sub(1).map(|k| s.word(k)).unwrap_or("");
        let opener_ok = hyphen
            || match connector {
                "et" => opener == "entre",
                "and" => opener == "between",
                _ => true,
            };
        if !opener_ok {
            i += 1;
            continue;
        }
        let clause = s.clause_of(a_v);
        let change = (0..a_v).any(|k| {
            s.clause_of(k) >= clause.saturating_sub(1) && lex.change.contains_at(s.toks, &s.view, k)
        });
        let with_opener = matches!(opener, "de" | "d" | "from" | "entre" | "between");
        let (mut lo, hi) = (a.value.point, b.value.point);
        // "between 5 and 10 million", "£2.5-3bn", "rose from 1.2 to 1.5 million": the
        // second figure's scale is the first's, unless the first has its own or would pass
        // the second ("500 to 1 million").
        let scale = scale_in(s, b.fig_view, b.after_view)
            .filter(|&m| scale_in(s, a.fig_view, a.after_view).is_none() && lo * m <= hi);
        if let Some(m) = scale {
            lo *= m;
        }
        if change && matches!(opener, "de" | "d" | "from") {
            let (unit, rate, noun) = (b.unit.clone(), b.rate.clone(), b.noun.clone());
            let a = &mut qs[i];
            if let Some(m) = scale {
                a.value.point *= m;
                a.value.low = a.value.low.map(|x| x * m);
                a.value.high = a.value.high.map(|x| x * m);
            }
            a.start = s.view[a_v - 1];
            a.unit = a.unit.clone().or(unit);
            a.rate = a.rate.clone().or(rate);
            a.noun = a.noun.clone().or(noun);
            a.change_to = Some(i + 1);
            qs[i + 1].change_from = Some(i);
            i += 2;
            continue;
        }
        if lo >= hi {
            i += 1;
            continue;
        }
        let start = if with_opener {
            s.view[a_v - 1]
        } else {
            a.start
        };
        let unit = qs[i].unit.clone();
        let mut merged = qs.remove(i + 1);
        merged.unit = merged.unit.or(unit);
        merged.start = start;
        merged.fig_view = a_v;
        merged.value = QuantityValue {
            point: (lo + hi) / 2.0,
            low: Some(lo),
            high: Some(hi),
            hedge: None,
            vague: false,
            range: true,
        };
        qs[i] = merged;
        i += 1;
    }
}

/// The multiplier of a scale word or abbreviation among the view indices `from..to`
/// ("million", "bn", the "m" of "£3m").
pub(crate) fn scale_in(s: &Sent<'_>, from: usize, to: usize) -> Option<f64> {
    (from..to.min(s.view.len())).find_map(|v| {
        let t = s.tok(v);
        if t.kind != TokKind::Word {
            return None;
        }
        // Either language: "$5-10 million" in a French text is no less a million.
        let scale = [Lang::En, Lang::Fr].into_iter().find_map(|lang| {
            parse_scale(&s.text[t.span.start..], lang).filter(|&(_, len)| len == t.span.len())
        });
        match scale {
            Some((m, _)) => Some(m),
            // The "m" of "£3m", which the figure took as a million.
            None if t.norm == "m" && t.glued() && v > from => Some(1e6),
            None => None,
        }
    })
}

/// A date in the same sentence dates the figure ("En 2024, la Russie a produit…").
fn scope_for(s: &Sent<'_>, q: &QuantityMention, dates: &[DateMention]) -> Option<usize> {
    let _ = s;
    dates
        .iter()
        .min_by_key(|d| (d.start as isize - q.start as isize).unsigned_abs())
        .map(|d| d.start)
}

/// Nouns that head English compounds after a concept word ("cyclone season").
const HEAD_NOUNS: &[&str] = &[
    "season", "centre", "center", "zone", "area", "warning", "risk", "system", "network", "plan",
    "period", "level", "watch", "alert", "track", "path", "shelter", "relief", "response", "fund",
    "office", "agency", "force", "unit", "team", "camp",
];

const FUNCTION_WORDS: &[&str] = &[
    "de",
    "des",
    "du",
    "le",
    "la",
    "les",
    "un",
    "une",
    "et",
    "ou",
    "a",
    "au",
    "aux",
    "en",
    "par",
    "pour",
    "sur",
    "dans",
    "avec",
    "sans",
    "sous",
    "selon",
    "contre",
    "entre",
    "vers",
    "chez",
    "qui",
    "que",
    "dont",
    "est",
    "sont",
    "ont",
    "etaient",
    "etait",
    "ete",
    "auraient",
    "aurait",
    "seraient",
    "serait",
    "sera",
    "seront",
    "avaient",
    "avait",
    "pas",
    "plus",
    "moins",
    "tres",
    "bien",
    "deja",
    "encore",
    "aussi",
    "ainsi",
    "alors",
    "dans",
    "apres",
    "avant",
    "depuis",
    "pendant",
    "the",
    "of",
    "and",
    "or",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "into",
    "over",
    "than",
    "that",
    "which",
    "who",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "more",
    "less",
    "each",
    "per",
    "its",
    "their",
    "his",
    "her",
    "this",
    "these",
    "those",
    "also",
    "only",
    "about",
    "some",
    "other",
    "others",
    "autres",
    "leurs",
    "leur",
    "ses",
    "son",
    "sa",
    "ces",
    "cet",
    "cette",
    "environ",
    "total",
    "supplementaires",
    "additional",
    "new",
    "nouveaux",
    "nouvelles",
    "seulement",
    "only",
    "just",
    "contre",
    "against",
    "when",
    "while",
    "lorsque",
    "them",
    "those",
    "whom",
    "which",
    "eux",
    "elles",
    "across",
    "throughout",
    "during",
    "after",
    "before",
    "since",
    "until",
    "among",
    "parmi",
    "including",
    "dont",
    "notamment",
    "now",
    "already",
    "still",
    "then",
    "there",
    "here",
    "nearly",
    "almost",
    "around",
    "through",
];

fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w)
}

/// Whether a unit code is a currency.
fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase())
}

/// Crude singular form, enough to make "manifestants" meet "manifestant".
pub fn lemma(w: &str) -> String {
    let n = w.chars().count();
    if n > 4 && (w.ends_with('s') || w.ends_with('x')) && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// What fact resolution needs to know about a sentence.
pub struct Context<'a, 's> {
    /// The sentence.
    pub s: &'a Sent<'s>,
    /// Its language.
    pub lang: Lang,
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// The gazetteer.
    pub gaz: &'a Gazetteer,
    /// Entity mentions.
    pub mentions: &'a [Mention],
    /// Attributions.
    pub attributions: &'a [AttributionSpan],
    /// Dates.
    pub dates: &'a [DateMention],
    /// States of the sentence before (for "les deux pays" and sentences naming none).
    pub carry_states: &'a [String],
    /// Concepts of the sentence before (for "en" and other ellipses).
    pub carry_concepts: &'a [String],
}

impl Context<'_, '_> {
    /// The attribution nearest to token `at`, if the sentence has one.
    /// An attribution covers its own clause, the clause just before it ("2.000 drones
    /// par mois, selon le GUR"), or the whole sentence when it opens it ("Selon Kiev,
    /// …"); `at` is a token index.
    pub fn attribution_for(&self, at: usize) -> Option<Attribution> {
        let s = self.s;
        let clause = s.clause[at.min(s.clause.len().saturating_sub(1))];
        self.attributions
            .iter()
            .filter(|a| {
                let ac = s.clause[a.start];
                let fronted = a.view_start <= 1;
                // One that closes the sentence covers what comes before it.
                let trailing = a.end >= s.toks.len()
                    || s.toks[a.end..].iter().all(|t| t.kind == TokKind::Punct);
                ac == clause || ac == clause + 1 || fronted || trailing && a.start > at
            })
            // Its own clause's attribution first, then the nearest.
            .min_by_key(|a| {
                (
                    s.clause[a.start] != clause,
                    (a.start as isize - at as isize).unsigned_abs(),
                )
            })
            .map(|a| attribution_from(self.s, a))
    }

    /// Concepts named in the sentence, last first (for the next sentence's ellipses).
    pub fn concepts_in_sentence(&self) -> Vec<String> {
        let mut out = Vec::new();
        for v in (0..self.s.view.len()).rev() {
            if let Some((_, c)) = self.lex.concepts.longest_at(self.s.toks, &self.s.view, v)
                && !c.event
                && !c.measure
                && !out.contains(&c.name)
            {
                out.push(c.name.clone());
            }
        }
        out
    }

    fn in_attribution(&self, v: usize) -> bool {
        self.attributions.iter().any(|a| a.covers(v))
    }

    /// Whether the concept word at view `k` only modifies the noun after it, as English
    /// compounds do ("cyclone season", "storm shelters").
    fn is_modifier(&self, k: usize) -> bool {
        let s = self.s;
        let next = s.tok(k + 1);
        let w = next.norm.as_str();
        // Only a noun after it makes it a modifier: a plural, or a usual head noun;
        // a verb ("inflation fell") does not.
        let noun_like =
            (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")) || HEAD_NOUNS.contains(&w);
        self.lang == Lang::En
            && next.kind == TokKind::Word
            && !next.capitalized
            && noun_like
            && !is_function_word(w)
            && !self.lex.change.contains_at(s.toks, &s.view, k + 1)
            && !self.lex.actions.contains_at(s.toks, &s.view, k + 1)
    }

    /// The nearest concept noun in the clause of view `v`, looking back then forward.
    fn concept_near(&self, v: usize, back: usize, fwd: usize, events: bool) -> Option<String> {
        let s = self.s;
        let clause = s.clause_of(v);
        for k in (v.saturating_sub(back)..v).rev() {
            if s.clause_of(k) != clause || self.in_attribution(k) {
                continue;
            }
            if let Some(c) = self.concept_ending_at(k)
                && (events || !c.event)
                && !self.is_modifier(k)
            {
                return Some(c.name.clone());
            }
        }
        for k in v..(v + fwd).min(s.view.len()) {
            if s.clause_of(k) != clause || self.in_attribution(k) {
                continue;
            }
            if let Some((n, c)) = self.lex.concepts.longest_at(s.toks, &s.view, k)
                && (events || !c.event)
                && !self.is_modifier(k + n - 1)
            {
                return Some(c.name.clone());
            }
        }
        None
    }

    /// The nearest concept of any kind before view `v` in the sentence, skipping
    /// English modifiers ("storm shelters").
    fn any_concept_before(&self, v: usize, back: usize) -> Option<String> {
        (v.saturating_sub(back)..v).rev().find_map(|k| {
            if self.in_attribution(k) {
                return None;
            }
            let c = self.concept_ending_at(k)?;
            (!c.event && !self.is_modifier(k)).then(|| c.name.clone())
        })
    }

    /// The longest concept phrase ending at view `k`: scanning backwards meets the
    /// last word of "payrolled employees" first, and the phrase, not the word, counts.
    fn concept_ending_at(&self, k: usize) -> Option<&crate::lexicon::ConceptInfo> {
        let s = self.s;
        (k.saturating_sub(3)..=k).find_map(|start| {
            let (n, c) = self.lex.concepts.longest_at(s.toks, &s.view, start)?;
            (start + n - 1 == k).then_some(c)
        })
    }

    /// The nearest countable concept before view `v` anywhere in the sentence.
    fn concept_before_in_sentence(&self, v: usize, back: usize) -> Option<String> {
        let s = self.s;
        (v.saturating_sub(back)..v).rev().find_map(|k| {
            if self.in_attribution(k) {
                return None;
            }
            let (_, c) = self.lex.concepts.longest_at(s.toks, &s.view, k)?;
            (!c.event && !c.measure).then(|| c.name.clone())
        })
    }

    /// The nearest action word in the clause of view `v` (before first, then after).
    fn action_near(&self, v: usize) -> Option<String> {
        let s = self.s;
        let clause = s.clause_of(v);
        let is_action = |k: usize| {
            if s.clause_of(k) != clause || self.in_attribution(k) {
                return None;
            }
            self.lex
                .actions
                .longest_at(s.toks, &s.view, k)
                .map(|(_, a)| a.clone())
        };
        (v.saturating_sub(16)..v)
            .rev()
            .find_map(is_action)
            .or_else(|| (v..(v + 8).min(s.view.len())).find_map(is_action))
    }

    /// Whether a goal or plan word stands near view `v` in its clause.
    fn target_near(&self, v: usize, back: usize, fwd: usize) -> bool {
        let s = self.s;
        let clause = s.clause_of(v);
        let goal = (v.saturating_sub(back)..(v + fwd).min(s.view.len()))
            .any(|k| s.clause_of(k) == clause && self.lex.target.contains_at(s.toks, &s.view, k));
        // The future tense before a figure forecasts it ("inflation will peak at 3.7%");
        // after it, it only says what the figure will do ("will not go far").
        let future = (v.saturating_sub(6)..v)
            .any(|k| s.clause_of(k) == clause && matches!(s.word(k), "will" | "shall"));
        goal || future
    }

    fn states(&self) -> impl Iterator<Item = &Mention> {
        self.mentions
            .iter()
            .filter(|m| m.kind == Some(EntityKind::State) && !self.in_attribution(m.start))
    }

    /// Whose the thing counted at view `v` is.
    fn owner(&self, v: usize, noun_v: Option<usize>) -> Option<String> {
        let s = self.s;
        // A demonym next to the noun: "soldats nord-coréens", "North Korean troops".
        if let Some(nv) = noun_v
            && let Some(m) = self
                .mentions
                .iter()
                .find(|m| m.demonym && (m.start == nv + 1 || m.end == nv))
        {
            return Some(m.id.clone());
        }
        if let Some(m) = self.mentions.iter().find(|m| m.demonym && m.end == v) {
            return Some(m.id.clone());
        }
        // "ses soldats", "their troops": the sentence's subject.
        let possessive = noun_v.is_some_and(|nv| {
            nv > 0
                && matches!(
                    s.word(nv - 1),
                    "ses" | "leurs" | "son" | "sa" | "its" | "their"
                )
        });
        let first_state = self.states().next().map(|m| m.id.clone());
        if possessive {
            return first_state.or_else(|| self.carry_states.first().cloned());
        }
        // Where it comes from: "en provenance de Corée du Nord", "from North Korea".
        let clause = s.clause_of(v);
        if let Some(m) = self.states().find(|m| {
            m.start > v
                && s.clause_of(m.start) == clause
                && m.start >= 2
                && ((s.word(m.start - 2) == "provenance" && s.word(m.start - 1) == "de")
                    || s.word(m.start - 1) == "from")
        }) {
            return Some(m.id.clone());
        }
        // The nearest state before it in its clause.
        if let Some(m) = self
            .states()
            .filter(|m| m.end <= v && s.clause_of(m.start) == clause)
            .last()
        {
            return Some(m.id.clone());
        }
        // A people named with what they are, nearest before: "tués nord-coréens (sur un
        // effectif de 10.000)".
        let lex = self.lex;
        let attached = |m: &&Mention| {
            m.demonym
                && (lex.concepts.contains_at(s.toks, &s.view, m.end)
                    || m.start > 0 && lex.concepts.contains_at(s.toks, &s.view, m.start - 1))
        };
        if let Some(m) = self.states().filter(|m| m.end <= v).filter(attached).last() {
            return Some(m.id.clone());
        }
        // The sentence's subject, usually its first state; else the nearest one after.
        if let Some(m) = self.states().find(|m| m.end <= v) {
            return Some(m.id.clone());
        }
        if let Some(m) = self.states().next() {
            return Some(m.id.clone());
        }
        self.carry_states.first().cloned()
    }

    /// Places and named things in the clause of view `v`.
    fn places_and_things(&self, v: usize) -> (Vec<String>, Vec<String>) {
        let s = self.s;
        let clause = s.clause_of(v);
        // A fronted place ("À Lyon, 28 000 personnes…", "In Kendrapada, …") sets the
        // scene of the clause after it.
        // ("…les cortèges ont grossi : à Lyon, 28 000 manifestants…"): a place right
        // after a locative word, closing the clause before.
        let previous = clause.wrapping_sub(1);
        let fronted = self
            .mentions
            .iter()
            .any(|m| {
                s.clause_of(m.start) == previous
                    && m.start > 0
                    && matches!(
                        s.word(m.start - 1),
                        "a" | "au" | "aux" | "en" | "dans" | "in" | "at" | "across"
                    )
                    && s.tok(m.end).is_punct(',')
            })
            .then_some(previous);
        let mut places = Vec::new();
        let mut things = Vec::new();
        for m in self
            .mentions
            .iter()
            .filter(|m| s.clause_of(m.start) == clause || Some(s.clause_of(m.start)) == fronted)
        {
            match m.kind {
                Some(k) if k.is_place() => places.push(m.id.clone()),
                Some(EntityKind::Weapon) => things.push(m.id.clone()),
                _ => {}
            }
        }
        // "Au niveau national, le ministère a recensé…": an opening clause scopes the
        // sentence.
        let opening = s.clause_of(0);
        let opened_national = clause != opening && self.national(opening) && {
            let len = (0..s.view.len())
                .filter(|&k| s.clause_of(k) == opening)
                .count();
            len <= 6
        };
        if self.national(clause) || fronted.is_some_and(|f| self.national(f)) || opened_national {
            places.push(NATIONAL.to_string());
        }
        places.sort();
        places.dedup();
        things.sort();
        things.dedup();
        (places, things)
    }

    /// Whether the clause speaks of a whole country: "dans tout le pays", "en France",
    /// "nationwide", "across the state".
    fn national(&self, clause: u16) -> bool {
        let s = self.s;
        let words: Vec<usize> = (0..s.view.len())
            .filter(|&k| s.clause_of(k) == clause)
            .collect();
        let w = |i: usize| words.get(i).map_or("", |&k| s.word(k));
        let phrase = (0..words.len()).any(|i| {
            matches!(
                (w(i), w(i + 1), w(i + 2), w(i + 3)),
                ("tout", "le", "pays", _)
                    | ("dans", "le", "pays", _)
                    | ("toute", "la", "france", _)
                    | ("partout", "en", _, _)
                    | ("niveau", "national", _, _)
                    | ("echelle", "nationale", _, _)
                    | ("ensemble", "du", "territoire", _)
                    | ("nationwide", _, _, _)
                    | ("countrywide", _, _, _)
                    | ("statewide", _, _, _)
                    | (
                        "across" | "throughout",
                        "the",
                        "country" | "nation" | "state",
                        _
                    )
            )
        });
        // "en France", "in India": a country named as where it happened.
        let country = self.mentions.iter().any(|m| {
            m.kind == Some(EntityKind::State)
                && !m.demonym
                && s.clause_of(m.start) == clause
                && m.start > 0
                && matches!(s.word(m.start - 1), "en" | "in" | "across" | "throughout")
        });
        phrase || country
    }

    /// The fact a quantity is about. `previous` holds the facts of earlier quantities of
    /// the sentence, for ellipses ("…2 000 par mois, et un objectif de 5 000").
    pub fn quantity_fact(
        &self,
        q: &QuantityMention,
        all: &[QuantityMention],
        previous: &[Fact],
    ) -> Fact {
        let s = self.s;
        let v = q.fig_view;
        let mut concept = q.noun.clone();
        let mut noun_v = None;
        if concept.is_some() {
            noun_v = Some(noun_position(s, q.after_view));
        }
        let mut unit = q.unit.clone();
        let mut rate = q.rate.clone();
        // The figure's other end of a change shares its noun.
        if concept.is_none()
            && let Some(j) = q.change_to
        {
            concept = all[j].noun.clone();
        }
        // Before the figure in its clause: "un effectif total estimé à 10.000".
        if concept.is_none() && !q.generic_noun {
            concept = self.concept_near(v, 8, 0, false);
        }
        // Money names what it pays for after it: "$120 million in interim relief",
        // "2 millions d'euros d'aide".
        if concept.is_none() && unit.as_deref().is_some_and(is_currency) {
            let k = q.after_view;
            if matches!(s.word(k), "in" | "of" | "for" | "de" | "d" | "en" | "pour") {
                concept = (k + 1..k + 4).find_map(|j| {
                    self.lex
                        .concepts
                        .longest_at(s.toks, &s.view, j)
                        .map(|(_, c)| c.name.clone())
                });
            }
        }
        // A measure may be named earlier in the sentence: "CPI inflation, April: 3.4 per
        // cent", "Public sector net borrowing came in at £14.3bn".
        if concept.is_none() && unit.is_some() {
            concept = self.any_concept_before(v, 14);
        }
        // Or by the figure before it: "fell to 3.4% in April from 3.6% in March".
        if concept.is_none() && unit.is_some() {
            let idx = all.iter().position(|x| x.start == q.start).unwrap_or(0);
            concept = previous[..idx.min(previous.len())]
                .iter()
                .rev()
                .find(|f| f.concept.is_some() && f.unit == unit)
                .and_then(|f| f.concept.clone());
        }
        // A measure names what it measures just before it: "un destroyer de 5.000 tonnes".
        if concept.is_none() && unit.is_some() {
            let start = s.view_index_at_or_after(q.start);
            let mut k = start;
            while k > 0 && start - k < 3 {
                k -= 1;
                let t = s.tok(k);
                let verb =
                    t.norm.ends_with("ed") || self.lex.actions.contains_at(s.toks, &s.view, k);
                if t.kind == TokKind::Word
                    && !is_function_word(&t.norm)
                    && t.norm.chars().count() > 2
                    && !verb
                    && !t.capitalized
                {
                    concept = Some(lemma(&t.norm));
                    break;
                }
            }
        }
        // Ellipsis: take the noun, unit, rate (and place) of the figure before it:
        // "12 000 dans les rues de Rennes selon la préfecture, 25 000 selon les syndicats".
        let mut inherited_places: Option<Vec<String>> = None;
        let elliptic = concept.is_none() || q.generic_noun;
        if elliptic {
            let idx = all.iter().position(|x| x.start == q.start).unwrap_or(0);
            if let Some(prev) = previous[..idx.min(previous.len())]
                .iter()
                .rev()
                .find(|f| f.concept.is_some())
            {
                concept = prev.concept.clone();
                inherited_places = Some(prev.places.clone());
                if unit.is_none() {
                    unit = prev.unit.clone();
                }
                if rate.is_none() {
                    rate = prev.rate.clone();
                }
            } else if concept.is_none() {
                // "missiles KN-23 (…), dont plusieurs dizaines": back across the sentence.
                concept = self.concept_before_in_sentence(v, 25);
                // "La Russie en assemble 2 000 par mois": the pronoun points back.
                if concept.is_none() && unit.is_none() {
                    concept = self.carry_concepts.first().cloned();
                }
            }
        }
        // Casualty words turn people into casualties: "600 soldats tués", "41 people died".
        if let Some(c) = &concept {
            let person = self
                .lex
                .concepts
                .longest_at(s.toks, &s.view, noun_v.unwrap_or(v))
                .is_some_and(|(_, i)| i.person);
            if person && !matches!(c.as_str(), "killed" | "injured" | "missing" | "displaced") {
                let from = noun_v.unwrap_or(v) + 1;
                for k in from..(from + 4).min(s.view.len()) {
                    if let Some((_, c2)) = self.lex.concepts.longest_at(s.toks, &s.view, k)
                        && matches!(
                            c2.name.as_str(),
                            "killed" | "injured" | "missing" | "displaced"
                        )
                    {
                        concept = Some(c2.name.clone());
                        break;
                    }
                }
            }
        }
        let action = self.action_near(v);
        // "the storm killed 14 people", "150,000 people were evacuated".
        if let Some(c) = &concept {
            let person = self
                .lex
                .concepts
                .longest_at(s.toks, &s.view, noun_v.unwrap_or(v))
                .is_some_and(|(_, i)| i.person)
                || matches!(
                    c.as_str(),
                    "people" | "civilians" | "children" | "residents"
                );
            let casualty = match action.as_deref() {
                Some("kill") => Some("killed"),
                Some("injure") => Some("injured"),
                Some("evacuate") => Some("evacuated"),
                Some("protest") => Some("protesters"),
                _ => None,
            };
            if let (true, Some(to)) = (person, casualty)
                && matches!(
                    c.as_str(),
                    "people" | "civilians" | "children" | "residents" | "troops"
                )
            {
                concept = Some(to.to_string());
            }
        }
        let (mut places, things) = self.places_and_things(v);
        if places.is_empty() {
            places = inherited_places.unwrap_or_default();
        }
        // "dont 120 000 à Paris", "nine of them in Kendrapada district": part of a
        // total, counted in a place; without a place, a part of unknown scope.
        let subset = q.partitive && !places.is_empty();
        if q.partitive && places.is_empty() {
            concept = concept.map(|c| format!("part of {c}"));
        }
        // The start of a change is what was before it, unless the change is a goal
        // ("vise de passer de 2 000 à 5 000": 2 000 is today's figure).
        let start_of_change = q.change_to.is_some()
            || v > 0
                && matches!(s.word(v - 1), "from" | "contre")
                && (0..s.view.len()).any(|k| self.lex.change.contains_at(s.toks, &s.view, k));
        // A figure right after a label ("GDP growth forecast, around 1 percent") takes
        // the label's goal words too.
        let text_v = s.view_index_at_or_after(q.start);
        let label_goal = text_v >= 2
            && matches!(s.word(text_v - 1), "," | ":")
            && self.target_near(text_v - 2, 8, 1);
        let aspect = if q.change_from.is_some() && self.target_near(v, 14, 4)
            || q.change_to.is_none()
                && !start_of_change
                && (self.target_near(v, 10, 5) || label_goal)
        {
            Aspect::Target
        } else if start_of_change {
            match q.change_to {
                Some(j) if self.target_near(all[j].fig_view, 14, 4) => Aspect::Actual,
                _ => Aspect::Previous,
            }
        } else {
            Aspect::Actual
        };
        // A vote split counts votes, whatever the sentence is about.
        if let Some(for_) = q.vote {
            concept = Some(if for_ { "votes for" } else { "votes against" }.to_string());
            unit = None;
            rate = None;
        }
        let scope: Option<DateValue> = q
            .scope_date
            .and_then(|st| self.dates.iter().find(|d| d.start == st))
            .map(|d| d.value);
        Fact {
            concept,
            action,
            owner: self.owner(v, noun_v),
            places,
            things,
            unit,
            rate,
            aspect,
            scope,
            subset,
        }
    }

    /// The fact a date is about: the event or thing it dates.
    pub fn date_fact(&self, d: &DateMention) -> Fact {
        let s = self.s;
        let v = s.view_index_at_or_after(d.start);
        // A fronted date ("Fin 2024, des soldats…") dates the clause that follows it.
        let date_end_v = s.view_index_at_or_after(d.end);
        let fronted = s.tok(date_end_v).is_punct(',')
            && (0..v).all(|k| s.clause_of(k) != s.clause_of(v) || s.tok(k).kind == TokKind::Punct);
        let anchor = if fronted { date_end_v + 1 } else { v };
        // A date alone after a label ("Next decision, June 26") dates the label.
        let alone_after_label = v > 0
            && s.tok(v - 1).kind == TokKind::Punct
            && matches!(s.word(v - 1), "," | ":")
            && (date_end_v >= s.view.len() || s.tok(date_end_v).kind == TokKind::Punct);
        let concept = self.concept_near(anchor, 20, 12, true).or_else(|| {
            // The label's own clause ends just before the comma: search back from there.
            let label_end = v.checked_sub(2).filter(|_| alone_after_label)?;
            let clause = s.clause_of(label_end);
            (label_end.saturating_sub(8)..=label_end)
                .rev()
                .take_while(|&k| s.clause_of(k) == clause)
                .find_map(|k| self.concept_ending_at(k).map(|c| c.name.clone()))
        });
        let action = self.action_near(anchor);
        // Some actions say what is dated: landfall dates a storm even when the
        // sentence names it only by its name; a committee that meets holds a meeting.
        let concept = match (concept, action.as_deref()) {
            (None, Some("landfall")) => Some("storm".to_string()),
            (None, Some("meet")) => Some("policy_decision".to_string()),
            (c, _) => c,
        };
        let mut owner = self
            .mentions
            .iter()
            .find(|m| m.demonym && !self.in_attribution(m.start))
            .map(|m| m.id.clone());
        if owner.is_none() {
            owner = self.states().next().map(|m| m.id.clone());
        }
        let (places, things) = self.places_and_things(anchor);
        Fact {
            concept,
            action,
            owner,
            places,
            things,
            unit: None,
            rate: None,
            aspect: Aspect::Actual,
            scope: None,
            subset: false,
        }
    }
}

/// Scale multiplier of a word after digits, re-exported for the date reader.
pub fn scale_after(text: &str, lang: Lang) -> Option<f64> {
    parse_scale(text, lang).map(|(m, _)| m)
}

#[cfg(test)]
mod tests {
    use crate::article::Article;
    use crate::claims::{Claim, ClaimKind};
    use crate::gazetteer::Gazetteer;
    use crate::lexicon::HedgeKind;

    fn quantities(body: &str, lang: &str) -> Vec<Claim> {
        let text = format!("---\nid: t\nlang: {lang}\npublished: 2025-06-10\n---\n{body}\n");
        let article = Article::parse("t.md", text).unwrap();
        crate::extract::extract(&article, Gazetteer::builtin())
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quantity)
            .collect()
    }

    fn only(body: &str, lang: &str) -> Claim {
        let q = quantities(body, lang);
        assert_eq!(
            q.len(),
            1,
            "{body}: {:?}",
            q.iter().map(|c| &c.evidence.text).collect::<Vec<_>>()
        );
        q.into_iter().next().unwrap()
    }

    #[test]
    fn a_period_before_a_time_word_is_no_rate() {
        let all = quantities("Prices rose 3.2%, up from 2.9% a year earlier.", "en");
        assert!(all.iter().all(|c| c.fact.rate.is_none()), "{all:?}");
        assert!(all.iter().any(|c| c.evidence.text == "2.9%"), "{all:?}");
        let all = quantities(
            "Les prix ont augmenté de 3,2 %, contre 2,9 % un an plus tôt.",
            "fr",
        );
        assert!(all.iter().all(|c| c.fact.rate.is_none()), "{all:?}");
        // A rate stays one.
        let c = only("The plant makes 2,000 drones a month.", "en");
        assert_eq!(c.fact.rate.as_deref(), Some("month"));
    }

    #[test]
    fn hedges_set_the_interval_in_both_languages() {
        let c = only("Environ 11 000 soldats sont arrivés.", "fr");
        let q = c.quantity().unwrap();
        assert_eq!((q.point, q.hedge), (11000.0, Some(HedgeKind::Approximate)));
        assert_eq!((q.low, q.high), (Some(9900.0), Some(12100.0)));
        let c = only("La cadence dépasserait 5 000 drones par mois.", "fr");
        assert_eq!(c.evidence.text, "dépasserait 5 000");
        assert_eq!(c.quantity().unwrap().hedge, Some(HedgeKind::MoreThan));
        assert_eq!(c.quantity().unwrap().high, None);
        let c = only("At least 17 people have been killed.", "en");
        assert_eq!(c.quantity().unwrap().hedge, Some(HedgeKind::AtLeast));
        let c = only("Up to 150 mm of rain may fall.", "en");
        assert_eq!(c.quantity().unwrap().hedge, Some(HedgeKind::UpTo));
    }

    #[test]
    fn vague_quantities_are_intervals() {
        let c = only(
            "Pyongyang a envoyé une dizaine de milliers de ses soldats.",
            "fr",
        );
        let q = c.quantity().unwrap();
        assert!(q.vague);
        assert_eq!(
            (q.low, q.high, q.point),
            (Some(8000.0), Some(14000.0), 10000.0)
        );
        assert_eq!(c.fact.concept.as_deref(), Some("troops"));
        let c = only("Tens of thousands of people fled.", "en");
        assert_eq!(c.quantity().unwrap().low, Some(20000.0));
        // "une douzaine" is a figure in the value layer, an interval in a claim.
        let c = only("Une douzaine de soldats ont été blessés.", "fr");
        let q = c.quantity().unwrap();
        assert_eq!((q.low, q.high, q.vague), (Some(10.0), Some(14.0), true));
        let c = only("La Corée du Nord a envoyé des millions d’obus.", "fr");
        assert_eq!(c.fact.concept.as_deref(), Some("shells"));
    }

    #[test]
    fn m_after_a_currency_symbol_is_a_million() {
        let c = only("The club paid £3.5m for the striker.", "en");
        let q = c.quantity().unwrap();
        assert_eq!((q.point, c.fact.unit.as_deref()), (3.5e6, Some("GBP")));
        // And before the plural of what it counts.
        let c = only("Some 15.5m people voted.", "en");
        let q = c.quantity().unwrap();
        assert_eq!((q.point, c.fact.unit.as_deref()), (15.5e6, None));
        assert_eq!(c.fact.concept.as_deref(), Some("people"));
    }

    #[test]
    fn per_cent_and_trillions_as_british_business_news_abbreviates_them() {
        let c = only("Shares rose 2.5pc on Monday.", "en");
        assert_eq!(
            (c.quantity().unwrap().point, c.fact.unit.as_deref()),
            (2.5, Some("percent"))
        );
        let c = only("Debt reached $1.5trn.", "en");
        assert_eq!(c.quantity().unwrap().point, 1.5e12);
    }

    #[test]
    fn scale_abbreviations_glued_to_the_currency() {
        for (body, point) in [
            ("Le déficit atteint 5,5 Md€.", 5.5e9),
            ("Le plan coûte 3 Mds d'euros.", 3e9),
        ] {
            let c = only(body, "fr");
            assert_eq!(
                (c.quantity().unwrap().point, c.fact.unit.as_deref()),
                (point, Some("EUR")),
                "{body}"
            );
        }
    }

    #[test]
    fn a_ratio_around_the_noun_it_counts() {
        // A share, in percent as "20 %" and "un cinquième des Français" are, so that
        // they meet; rounded as a share in words is (± 10 %).
        let c = only("Un Français sur cinq fume.", "fr");
        assert_eq!(c.evidence.text, "Un Français sur cinq");
        let q = c.quantity().unwrap();
        assert_eq!((q.point, q.low, q.high), (20.0, Some(18.0), Some(22.0)));
        assert_eq!(c.fact.unit.as_deref(), Some("percent"));
        let c = only("Près de 4 Français sur 10 sont inquiets.", "fr");
        assert_eq!(c.quantity().unwrap().point, 40.0);
        assert_eq!(c.quantity().unwrap().hedge, Some(HedgeKind::Approximate));
        let c = only("One child in four lives in poverty.", "en");
        assert_eq!(c.quantity().unwrap().point, 25.0);
        assert_eq!(c.fact.unit.as_deref(), Some("percent"));
        assert_eq!(c.fact.concept.as_deref(), Some("children"));
        let c = only("1 in 5 adults smoke.", "en");
        assert_eq!(
            (c.quantity().unwrap().point, c.fact.unit.as_deref()),
            (20.0, Some("percent"))
        );
        // A quotient is no share.
        let q = quantities("The bill of $2000 over 3 years.", "en");
        assert!(
            q.iter().all(|c| c.fact.unit.as_deref() != Some("percent")),
            "{q:?}"
        );
    }

    #[test]
    fn an_approximate_range() {
        let c = only("An estimated 20,000-30,000 people marched.", "en");
        let q = c.quantity().unwrap();
        assert!(q.range);
        assert_eq!((q.low, q.high), (Some(20000.0), Some(30000.0)));
        assert_eq!(c.evidence.text, "An estimated 20,000-30,000");
    }

    #[test]
    fn degrees_glued_to_the_figure() {
        let c = only("Temperatures hit 40C in the south.", "en");
        let q = c.quantity().unwrap();
        assert_eq!((q.point, c.fact.unit.as_deref()), (40.0, Some("celsius")));
    }

    #[test]
    fn pounds_weigh_unless_scaled() {
        let c = only("The bomb carried 500 pounds of explosives.", "en");
        assert_eq!(c.fact.unit.as_deref(), Some("lb"));
        let c = only("The fund lost 361 million pounds.", "en");
        assert_eq!(c.fact.unit.as_deref(), Some("GBP"));
        let c = only("Le fonds a perdu 361 millions de livres.", "fr");
        assert_eq!(c.fact.unit.as_deref(), Some("GBP"));
        let c = only("Each ration is three-quarters of a pound.", "en");
        assert_eq!(c.fact.unit.as_deref(), Some("lb"));
        // French "livres" without a scale are as often books.
        let c = only("L'éditeur a publié 25 livres.", "fr");
        assert_eq!(c.fact.unit, None);
    }

    #[test]
    fn units_and_rates() {
        let c = only("La Russie assemble 2 000 drones par mois.", "fr");
        assert_eq!(c.fact.rate.as_deref(), Some("month"));
        let c = only("Le pays a reçu 3 millions d'euros d'aide.", "fr");
        assert_eq!(c.fact.unit.as_deref(), Some("EUR"));
        assert_eq!(c.quantity().unwrap().point, 3_000_000.0);
        let c = only("New Delhi released $120 million in interim relief.", "en");
        assert_eq!(
            (c.fact.unit.as_deref(), c.fact.concept.as_deref()),
            (Some("USD"), Some("aid"))
        );
        let c = only("Inflation reached 2.3% in May.", "en");
        assert_eq!(c.fact.unit.as_deref(), Some("percent"));
        let c = only("They serve 40,000 meals a day.", "en");
        assert_eq!(c.fact.rate.as_deref(), Some("day"));
    }

    #[test]
    fn shares_in_words_keep_their_hedge() {
        type Case<'a> = (&'a str, &'a str, Option<f64>, Option<f64>, &'a str);
        let cases: &[Case] = &[
            (
                "en",
                "Nearly two-thirds of voters backed the plan.",
                Some(60.0),
                Some(66.66666667),
                "voters",
            ),
            (
                "fr",
                "Près des deux tiers des électeurs ont voté.",
                Some(60.0),
                Some(73.33333333),
                "voters",
            ),
            (
                "en",
                "More than half of the teachers were on strike.",
                Some(50.0),
                None,
                "teachers",
            ),
            (
                "fr",
                "Plus de la moitié des enseignants étaient en grève.",
                Some(50.0),
                None,
                "teachers",
            ),
            (
                "en",
                "Half of the teachers were on strike.",
                Some(45.0),
                Some(55.0),
                "teachers",
            ),
            (
                "fr",
                "La moitié des enseignants étaient en grève.",
                Some(45.0),
                Some(55.0),
                "teachers",
            ),
        ];
        for &(lang, body, low, high, concept) in cases {
            let c = only(body, lang);
            let q = c.quantity().unwrap();
            assert_eq!((q.low, q.high), (low, high), "{body}");
            assert_eq!(c.fact.unit.as_deref(), Some("percent"), "{body}");
            assert_eq!(c.fact.concept.as_deref(), Some(concept), "{body}");
        }
    }

    #[test]
    fn cents_after_a_currency_word_are_the_price_s() {
        for (lang, body, point) in [
            ("fr", "Le ticket passe à 2 euros 10 au 1er janvier.", 2.1),
            ("fr", "Le ticket passe à 2 euros 10.", 2.1),
            ("fr", "Le ticket coûte 1 euro et 90 centimes.", 1.9),
            ("en", "The ticket costs 2 dollars 10 cents.", 2.1),
            ("en", "It cost 13 dollars and 45 cents in 2020.", 13.45),
        ] {
            let c = only(body, lang);
            let q = c.quantity().unwrap();
            assert_eq!(
                (q.point, q.low, q.high),
                (point, Some(point), Some(point)),
                "{body}"
            );
            assert!(
                c.fact
                    .unit
                    .as_deref()
                    .is_some_and(|u| u == "EUR" || u == "USD")
            );
        }
        // A figure that counts something after it is no cents, nor one after a scale.
        let q = quantities(
            "Il a donné 2 euros, puis 2 euros 30 personnes ont suivi.",
            "fr",
        );
        assert!(
            q.iter().any(|c| c.quantity().unwrap().point == 30.0),
            "{q:?}"
        );
        let q = quantities("Le plan coûte 3 millions d'euros 10 fois.", "fr");
        assert_eq!(q[0].quantity().unwrap().point, 3e6, "{q:?}");
    }

    #[test]
    fn ranges_and_changes() {
        let c = only("Entre 10 et 15 morts ont été recensés.", "fr");
        let q = c.quantity().unwrap();
        assert!(q.range);
        assert_eq!((q.low, q.high), (Some(10.0), Some(15.0)));
        let q = quantities(
            "La Russie vise une hausse de sa production : de 2 000 à 5 000 drones par mois.",
            "fr",
        );
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].evidence.text, "de 2 000");
        assert_eq!(q[0].fact.concept.as_deref(), Some("drones"));
        assert_eq!(q[0].fact.aspect, crate::claims::Aspect::Actual);
        assert_eq!(q[1].fact.aspect, crate::claims::Aspect::Target);
        // The scale of the second figure of a change is the first's too.
        let q = quantities("The population grew from 1.2 to 1.5 million.", "en");
        let points: Vec<f64> = q.iter().map(|c| c.quantity().unwrap().point).collect();
        assert_eq!(points, [1.2e6, 1.5e6]);
        // A symbol after a figure is no unit before the next: "10%-15%" is a range.
        let c = only("Prices rose 10%-15% this year.", "en");
        let q = c.quantity().unwrap();
        assert_eq!(
            (q.low, q.high, c.fact.unit.as_deref()),
            (Some(10.0), Some(15.0), Some("percent"))
        );
    }

    #[test]
    fn names_models_footnotes_and_calibres_are_not_quantities() {
        assert!(
            quantities(
                "Des drones Shahed-136 et des missiles KN-23 ont été livrés.",
                "fr"
            )
            .is_empty()
        );
        assert!(quantities("Une version du drone Shahed 136 iranien 1.", "fr").is_empty());
        assert!(quantities("La coopération est maintenant générale(1).", "fr").is_empty());
        assert!(
            quantities(
                "Pyongyang expédie des obusiers D-74 (122 mm) vers le Donbass.",
                "fr"
            )
            .is_empty()
        );
        assert!(
            quantities("Two Dornier 228 aircraft were on standby.", "en")
                .iter()
                .all(|c| c.quantity().unwrap().point != 228.0)
        );
        assert!(quantities("Said Sabitri Behera, 52, who lives there.", "en").is_empty());
        assert!(quantities("The Boeing 737 crashed on landing.", "en").is_empty());
        assert!(
            quantities(
                "Le service fonctionne 24 heures sur 24 et 7 jours sur 7.",
                "fr"
            )
            .is_empty()
        );
        assert!(quantities("Staff work 3 days out of 7 at the office.", "en").is_empty());
        assert!(quantities("Le décret n° 456 a été publié.", "fr").is_empty());
        assert!(quantities("Law No. 2024-123 was published.", "en").is_empty());
        assert!(quantities("Le Boeing 737 s'est écrasé.", "fr").is_empty());
    }

    #[test]
    fn facts_name_what_is_counted_and_whose_it_is() {
        let c = only(
            "Environ 11 000 soldats nord-coréens auraient rejoint les rangs russes dans l’oblast de Koursk.",
            "fr",
        );
        assert_eq!(c.fact.concept.as_deref(), Some("troops"));
        assert_eq!(c.fact.owner.as_deref(), Some("north-korea"));
        assert_eq!(c.fact.places, ["kursk"]);
        let c = only("The storm killed 14 people.", "en");
        assert_eq!(c.fact.concept.as_deref(), Some("killed"));
        let c = only("More than 40 relief camps are running.", "en");
        assert_eq!(c.fact.concept.as_deref(), Some("camp"));
    }

    #[test]
    fn goals_are_targets() {
        let c = only("Moscou ambitionne d'atteindre 5.000 drones par mois.", "fr");
        assert_eq!(c.fact.aspect, crate::claims::Aspect::Target);
        let c = only("The government plans to build 300 shelters.", "en");
        assert_eq!(c.fact.aspect, crate::claims::Aspect::Target);
    }

    #[test]
    fn the_span_points_at_the_text() {
        let body = "Selon Kiev, environ 2,7 millions de munitions ont été livrées.";
        let c = only(body, "fr");
        assert_eq!(c.evidence.text, "environ 2,7 millions");
        assert_eq!(c.evidence.line, 6);
        assert_eq!(c.evidence.column, 13);
    }

    // The issue's list of what the extractors must handle, both languages, one table
    // per bullet (docs/matching.md, "Values as intervals").

    /// The interval of the only quantity of `body`.
    fn interval(body: &str, lang: &str) -> (Option<f64>, Option<f64>) {
        let q = *only(body, lang).quantity().unwrap();
        (q.low, q.high)
    }

    #[test]
    fn every_hedge_of_the_table() {
        let cases: &[(&str, &str, Option<f64>, Option<f64>)] = &[
            (
                "fr",
                "Environ 300 soldats sont arrivés.",
                Some(270.0),
                Some(330.0),
            ),
            (
                "fr",
                "Près de 300 soldats sont arrivés.",
                Some(270.0),
                Some(330.0),
            ),
            (
                "fr",
                "Quelque 300 soldats sont arrivés.",
                Some(270.0),
                Some(330.0),
            ),
            ("fr", "Plus de 300 soldats sont arrivés.", Some(300.0), None),
            (
                "fr",
                "Au moins 300 soldats sont arrivés.",
                Some(300.0),
                None,
            ),
            (
                "fr",
                "Jusqu'à 300 soldats sont arrivés.",
                Some(0.0),
                Some(300.0),
            ),
            (
                "fr",
                "Moins de 300 soldats sont arrivés.",
                Some(0.0),
                Some(300.0),
            ),
            (
                "en",
                "About 300 soldiers arrived.",
                Some(270.0),
                Some(330.0),
            ),
            (
                "en",
                "Nearly 300 soldiers arrived.",
                Some(270.0),
                Some(300.0),
            ),
            ("en", "Some 300 soldiers arrived.", Some(270.0), Some(330.0)),
            ("en", "More than 300 soldiers arrived.", Some(300.0), None),
            ("en", "At least 300 soldiers arrived.", Some(300.0), None),
            ("en", "Up to 300 soldiers arrived.", Some(0.0), Some(300.0)),
            (
                "en",
                "No fewer than 300 soldiers arrived.",
                Some(300.0),
                None,
            ),
            ("en", "Higher than 300 soldiers arrived.", Some(300.0), None),
            // Each hedge's counterpart in the other language.
            (
                "fr",
                "Pas moins de 300 soldats sont arrivés.",
                Some(300.0),
                None,
            ),
            (
                "en",
                "Fewer than 300 soldiers arrived.",
                Some(0.0),
                Some(300.0),
            ),
            (
                "en",
                "Less than 300 soldiers arrived.",
                Some(0.0),
                Some(300.0),
            ),
            (
                "fr",
                "Presque 300 soldats sont arrivés.",
                Some(270.0),
                Some(300.0),
            ),
            (
                "en",
                "300 or so soldiers arrived.",
                Some(270.0),
                Some(330.0),
            ),
            (
                "fr",
                "300 soldats environ sont arrivés.",
                Some(270.0),
                Some(330.0),
            ),
            (
                "en",
                "The blast killed 300 people or so.",
                Some(270.0),
                Some(330.0),
            ),
            (
                "fr",
                "300 soldats au moins sont arrivés.",
                Some(300.0),
                None,
            ),
        ];
        for &(lang, body, low, high) in cases {
            assert_eq!(interval(body, lang), (low, high), "{body}");
        }
    }

    #[test]
    fn a_hedge_elided_before_a_vowel_is_the_same_hedge() {
        let cases: &[(&str, &str, Option<f64>, Option<f64>)] = &[
            (
                "fr",
                "Près d'un million de personnes ont fui.",
                Some(900_000.0),
                Some(1_100_000.0),
            ),
            (
                "fr",
                "Pas moins d'un million de personnes ont fui.",
                Some(1e6),
                None,
            ),
            (
                "fr",
                "Un peu moins d'un million de personnes ont fui.",
                Some(900_000.0),
                Some(1e6),
            ),
            (
                "fr",
                "Pas plus d'un million de personnes ont fui.",
                Some(0.0),
                Some(1e6),
            ),
            (
                "en",
                "About a million people fled.",
                Some(900_000.0),
                Some(1_100_000.0),
            ),
            (
                "en",
                "No fewer than a million people fled.",
                Some(1e6),
                None,
            ),
        ];
        for &(lang, body, low, high) in cases {
            assert_eq!(interval(body, lang), (low, high), "{body}");
        }
    }

    #[test]
    fn every_vague_quantity_of_the_table() {
        let cases: &[(&str, &str, f64, f64)] = &[
            ("fr", "Une dizaine de soldats sont arrivés.", 8.0, 14.0),
            ("fr", "Une centaine de soldats sont arrivés.", 80.0, 130.0),
            (
                "fr",
                "Des milliers de soldats sont arrivés.",
                2000.0,
                9999.0,
            ),
            (
                "fr",
                "Plusieurs millions d'obus ont été livrés.",
                2e6,
                9_999_999.0,
            ),
            (
                "fr",
                "Des dizaines de milliers de soldats sont arrivés.",
                20_000.0,
                99_000.0,
            ),
            ("en", "A dozen soldiers arrived.", 12.0, 12.0),
            ("fr", "Une douzaine de soldats sont arrivés.", 10.0, 14.0),
            ("en", "Hundreds of soldiers arrived.", 200.0, 999.0),
            ("fr", "Des centaines de soldats sont arrivés.", 200.0, 999.0),
            ("en", "Thousands of soldiers arrived.", 2000.0, 9999.0),
            (
                "en",
                "Several million shells were delivered.",
                2e6,
                9_999_999.0,
            ),
            ("en", "Millions of shells were delivered.", 2e6, 9_999_999.0),
            (
                "en",
                "Tens of thousands of people fled.",
                20_000.0,
                99_999.0,
            ),
        ];
        for &(lang, body, low, high) in cases {
            let q = *only(body, lang).quantity().unwrap();
            assert!(q.vague, "{body}");
            assert_eq!((q.low, q.high), (Some(low), Some(high)), "{body}");
        }
    }

    #[test]
    fn a_hedge_widens_a_dozen_as_it_does_a_figure() {
        // English says "about ten", "about a hundred", "a hundred or so" where French says
        // "une dizaine", "une centaine"; "a dozen" is 12, so "about a dozen" is about 12.
        let cases: &[(&str, &str, f64, f64)] = &[
            ("en", "About ten soldiers arrived.", 9.0, 11.0),
            ("en", "About a hundred soldiers arrived.", 90.0, 110.0),
            ("en", "A hundred or so soldiers arrived.", 90.0, 110.0),
            ("en", "About a dozen soldiers arrived.", 10.8, 13.2),
            ("en", "Nearly a dozen soldiers arrived.", 10.8, 12.0),
            (
                "fr",
                "Environ une douzaine de soldats sont arrivés.",
                10.0,
                14.0,
            ),
        ];
        for &(lang, body, low, high) in cases {
            assert_eq!(interval(body, lang), (Some(low), Some(high)), "{body}");
        }
    }

    #[test]
    fn the_scale_of_a_range_is_its_first_figure_s_too() {
        let cases: &[(&str, &str, f64, f64, Option<&str>)] = &[
            (
                "en",
                "Between 5 and 10 million people fled.",
                5e6,
                10e6,
                None,
            ),
            (
                "en",
                "The deal is worth $5-10 million.",
                5e6,
                10e6,
                Some("USD"),
            ),
            ("en", "The deal is worth $5-10m.", 5e6, 10e6, Some("USD")),
            ("en", "The deal is worth £2.5-3bn.", 2.5e9, 3e9, Some("GBP")),
            (
                "fr",
                "Entre 5 et 10 millions de personnes ont fui.",
                5e6,
                10e6,
                None,
            ),
            // A first figure with its own scale, or past the second with it, keeps its value.
            (
                "en",
                "Between 500 and 1 million people fled.",
                500.0,
                1e6,
                None,
            ),
        ];
        for &(lang, body, low, high, unit) in cases {
            let c = only(body, lang);
            let q = c.quantity().unwrap();
            assert!(q.range, "{body}");
            assert_eq!((q.low, q.high), (Some(low), Some(high)), "{body}");
            assert_eq!(c.fact.unit.as_deref(), unit, "{body}");
        }
    }

    #[test]
    fn every_range_form_of_the_table() {
        let cases: &[(&str, &str)] = &[
            ("fr", "Entre 10 et 15 soldats ont été tués."),
            ("fr", "Ils ont perdu de 10 à 15 soldats."),
            ("fr", "Ils ont perdu 10-15 soldats."),
            ("en", "They lost 10 to 15 soldiers."),
            ("en", "They lost 10-15 soldiers."),
            ("en", "Between 10 and 15 soldiers were killed."),
            ("en", "They lost from 10 to 15 soldiers."),
            ("fr", "Ils ont perdu 10 à 15 soldats."),
        ];
        for &(lang, body) in cases {
            let q = *only(body, lang).quantity().unwrap();
            assert!(q.range, "{body}");
            assert_eq!((q.low, q.high), (Some(10.0), Some(15.0)), "{body}");
        }
    }

    #[test]
    fn every_unit_and_rate_of_the_list() {
        let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
            ("en", "The state paid $40 for it.", Some("USD"), None),
            ("en", "The state paid 40 dollars for it.", Some("USD"), None),
            (
                "en",
                "The state paid USD 40 million for it.",
                Some("USD"),
                None,
            ),
            ("fr", "L'État a payé 40 € pour cela.", Some("EUR"), None),
            ("fr", "L'État a payé 40 euros pour cela.", Some("EUR"), None),
            (
                "fr",
                "Le navire transporte 5 000 tonnes de blé.",
                Some("t"),
                None,
            ),
            ("en", "The convoy drove 300 km overnight.", Some("km"), None),
            (
                "fr",
                "Le chômage atteint 7,5 % en mai.",
                Some("percent"),
                None,
            ),
            (
                "en",
                "Unemployment reached 7.5 percent in May.",
                Some("percent"),
                None,
            ),
            (
                "fr",
                "L'usine assemble 2 000 drones par mois.",
                None,
                Some("month"),
            ),
            (
                "fr",
                "Le camp sert 5 000 repas par jour.",
                None,
                Some("day"),
            ),
            (
                "fr",
                "Le pays produit 5 000 drones annuellement.",
                None,
                Some("year"),
            ),
            (
                "en",
                "The plant builds 2,000 drones a month.",
                None,
                Some("month"),
            ),
            (
                "en",
                "The camp serves 5,000 meals per day.",
                None,
                Some("day"),
            ),
            // Each item's counterpart in the other language.
            (
                "fr",
                "Le chômage atteint 7,5 pour cent en mai.",
                Some("percent"),
                None,
            ),
            (
                "en",
                "Unemployment reached 7.5% in May.",
                Some("percent"),
                None,
            ),
            ("fr", "L'État a payé 40 $ pour cela.", Some("USD"), None),
            (
                "fr",
                "L'État a payé 40 dollars pour cela.",
                Some("USD"),
                None,
            ),
            (
                "fr",
                "L'État a payé 40 millions USD pour cela.",
                Some("USD"),
                None,
            ),
            ("en", "The state paid €40 for it.", Some("EUR"), None),
            ("en", "The state paid 40 euros for it.", Some("EUR"), None),
            (
                "en",
                "The ship carries 5,000 tonnes of wheat.",
                Some("t"),
                None,
            ),
            (
                "fr",
                "Le convoi a parcouru 300 km dans la nuit.",
                Some("km"),
                None,
            ),
            (
                "en",
                "The plant builds 2,000 drones per month.",
                None,
                Some("month"),
            ),
            (
                "fr",
                "Le camp sert 5 000 repas chaque jour.",
                None,
                Some("day"),
            ),
            (
                "en",
                "The country produces 5,000 drones annually.",
                None,
                Some("year"),
            ),
        ];
        for &(lang, body, unit, rate) in cases {
            let c = only(body, lang);
            assert_eq!(c.fact.unit.as_deref(), unit, "{body}");
            assert_eq!(c.fact.rate.as_deref(), rate, "{body}");
        }
        // An elided article is no unit: "l'ont" is not litres.
        let q = quantities("Plus de 5 000 personnes l'ont signé, 300 l'ont lu.", "fr");
        assert_eq!(q.len(), 2);
        assert!(q.iter().all(|c| c.fact.unit.is_none()));
        // An amount that looks like a year after its currency symbol is still one.
        let c = only("He paid $2000 for the car.", "en");
        assert_eq!(
            (c.quantity().unwrap().point, c.fact.unit.as_deref()),
            (2000.0, Some("USD"))
        );
        let c = only("Il a payé 2000 € pour la voiture.", "fr");
        assert_eq!(
            (c.quantity().unwrap().point, c.fact.unit.as_deref()),
            (2000.0, Some("EUR"))
        );
        // A calibre describes a gun: no claim of its own, in either language.
        assert!(quantities("Les obusiers de calibre 152 mm tirent.", "fr").is_empty());
        assert!(quantities("They fired 155 mm shells at the town.", "en").is_empty());
        assert!(quantities("Ils ont tiré des obus de 155 mm sur la ville.", "fr").is_empty());
        assert!(quantities("Howitzers of 152 mm calibre fired.", "en").is_empty());
        let q = quantities("Ils ont tiré 50 roquettes de 122 mm.", "fr");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].quantity().unwrap().point, 50.0);
        let q = quantities("They fired 50 122 mm rockets.", "en");
        assert!(
            q.iter().all(|c| c.fact.unit.as_deref() != Some("mm")),
            "{q:?}"
        );
        // A measure in mm that is no calibre stays a quantity.
        let c = only("Up to 150 mm of rain may fall.", "en");
        assert_eq!(c.fact.unit.as_deref(), Some("mm"));
        let c = only("Il est tombé 150 mm de pluie.", "fr");
        assert_eq!(c.fact.unit.as_deref(), Some("mm"));
    }

    #[test]
    fn what_is_not_a_quantity() {
        let cases: &[(&str, &str)] = &[
            (
                "fr",
                "Des drones Shahed-136 et des missiles KN-23 ont été livrés.",
            ),
            ("en", "Kyiv received Kh-47M2 missiles and F-16 jets."),
            ("fr", "Des Su-34 et des F-16 ont décollé."),
            ("fr", "La coopération est maintenant générale(1)."),
            ("en", "Cooperation is now general [2]."),
            ("fr", "1. Voir le rapport du ministère."),
            ("en", "2) See the ministry report."),
            ("fr", "Appelez le 01 23 45 67 89 pour signaler."),
            ("en", "Call +44 20 7946 0958 to report."),
            ("fr", "La réunion commence à 10:30 au ministère."),
            ("en", "The meeting starts at 10:30 at the ministry."),
            ("fr", "Voir page 12 du rapport."),
            ("en", "See page 12 of the report."),
            ("fr", "Les Jeux de Paris 2024 ont commencé."),
            ("en", "The Paris 2024 Games opened."),
            // Each item's counterpart in the other language.
            ("en", "Shahed-136 drones and KN-23 missiles were delivered."),
            ("en", "Su-34 jets took off."),
            ("fr", "Kiev a reçu des missiles Kh-47M2 et des F-16."),
            ("fr", "La coopération est maintenant générale [2]."),
            ("en", "Cooperation is now general(1)."),
            ("fr", "2) Voir le rapport du ministère."),
            ("en", "1. See the ministry report."),
        ];
        for &(lang, body) in cases {
            let found = quantities(body, lang);
            assert!(
                found.is_empty(),
                "{body}: {:?}",
                found.iter().map(|c| &c.evidence.text).collect::<Vec<_>>()
            );
        }
    }
}
