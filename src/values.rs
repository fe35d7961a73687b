//! Values found in a text, without the claims around them: numbers, ranges,
//! percentages, money, measures, dates and periods. This is the layer that the peer
//! test suite measures (`docs/accuracy.md`); claims are built on it.

use crate::Lang;
use crate::claims::DateValue;
use crate::extract::Sent;
use crate::extract::date;
use crate::extract::number::figures;
use crate::lexicon::{HedgeKind, Lexicon};
use crate::text::{Document, TokKind};
use jiff::civil::Date;
use std::ops::Range;

/// What a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// A number ("3 millions et demi", "twenty-five").
    Number,
    /// A range of numbers ("between 20 and 30", "more than 10").
    NumberRange,
    /// A percentage ("32,5 %", "20 percent").
    Percent,
    /// An amount of money ("$ 75 million", "94.000 €").
    Currency,
    /// A measure with a unit ("5.000 tonnes", "130 km/h").
    Dimension,
    /// A date ("le 26 avril", "June 9, 2025").
    Date,
    /// A period ("juin 2024", "fin 2024", "du 8 au 13 octobre").
    DateRange,
}

/// A value and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundValue {
    /// Byte span in the text.
    pub span: Range<usize>,
    /// What it is.
    pub kind: ValueKind,
    /// The number (for percentages, in percent: 20 for "20 %"; for money and
    /// measures, the amount).
    pub value: Option<f64>,
    /// Lower bound of a range, absent when open.
    pub low: Option<f64>,
    /// Upper bound of a range, absent when open.
    pub high: Option<f64>,
    /// Whether the lower bound is included.
    pub low_inclusive: bool,
    /// Whether the upper bound is included.
    pub high_inclusive: bool,
    /// Unit code: ISO currency (`USD`) or measure (`km`, `t`, `kmh`).
    pub unit: Option<String>,
    /// The period of a date or date range.
    pub date: Option<DateValue>,
}

impl FoundValue {
    fn new(span: Range<usize>, kind: ValueKind) -> FoundValue {
        FoundValue {
            span,
            kind,
            value: None,
            low: None,
            high: None,
            low_inclusive: true,
            high_inclusive: true,
            unit: None,
            date: None,
        }
    }
}

fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase())
}

/// Finds every value in `text`, resolving relative dates against `reference`.
pub fn find_values(text: &str, lang: Lang, reference: Option<Date>) -> Vec<FoundValue> {
    let lex = Lexicon::builtin();
    let doc = Document::parse(text, 0);
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let toks = doc.sentence_tokens(sentence);
        let s = Sent::new(text, toks);
        let dates = date::find(&s, lang, reference);
        let mut in_date = vec![false; toks.len()];
        for d in &dates {
            in_date[d.start..d.end].iter_mut().for_each(|u| *u = true);
            let kind = match d.value.granularity {
                crate::claims::Granularity::Day => ValueKind::Date,
                _ => ValueKind::DateRange,
            };
            let mut v = FoundValue::new(toks[d.start].span.start..toks[d.end - 1].span.end, kind);
            v.date = Some(d.value);
            out.push(v);
        }
        let figs: Vec<_> = figures(text, toks, lang)
            .into_iter()
            .filter(|f| !in_date[f.start..f.end].iter().any(|&u| u))
            .collect();
        let mut ranges = Vec::new();
        for (n, f) in figs.iter().enumerate() {
            let span = toks[f.start].span.start..toks[f.end - 1].span.end;
            let mut number = FoundValue::new(span.clone(), ValueKind::Number);
            number.value = Some(f.value);
            out.push(number);
            let v0 = s.view_index_at_or_after(f.start);
            let v1 = s.view_index_at_or_after(f.end);
            // A unit after the figure, or a currency symbol before it.
            let mut unit = None;
            let mut start = span.start;
            let mut end = span.end;
            if v0 > 0 {
                if let Some((1, u)) = lex.units.longest_at(s.toks, &s.view, v0 - 1) {
                    if s.tok(v0 - 1).kind == TokKind::Punct || is_currency(u) {
                        unit = Some(u.clone());
                        start = s.tok(v0 - 1).span.start;
                    }
                }
            }
            if unit.is_none() {
                let k = if matches!(s.word(v1), "de" | "d" | "of") {
                    v1 + 1
                } else {
                    v1
                };
                if let Some((len, u)) = lex.units.longest_at(s.toks, &s.view, k) {
                    unit = Some(u.clone());
                    end = s.tok(k + len - 1).span.end;
                }
            }
            if let Some(u) = unit.filter(|u| !u.ends_with("_duration")) {
                let kind = match u.as_str() {
                    "percent" => ValueKind::Percent,
                    u if is_currency(u) => ValueKind::Currency,
                    _ => ValueKind::Dimension,
                };
                let mut v = FoundValue::new(start..end, kind);
                v.value = Some(f.value);
                v.unit = Some(u);
                out.push(v);
            }
            // Ranges: "between 20 and 30", "de 10 à 15", "10-15"; bounds: "more than 10".
            if let Some(r) = range_at(&s, lex, lang, &figs, n) {
                ranges.push(r);
            }
        }
        join_bounds(text, &mut ranges);
        out.extend(ranges);
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out
}

/// What a comparison phrase says about the figure after it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Bound {
    /// Above the figure; included or not.
    Lower(bool),
    /// Below the figure; included or not.
    Upper(bool),
    /// The figure itself ("equal to 20").
    Equal,
}

/// Comparison phrases before a figure, both languages. The lexicon's hedges
/// (`src/data/lexicon.yaml`) add the news forms ("more than", "plus de", "up to").
const BEFORE: &[(&str, Bound)] = &[
    ("more than", Bound::Lower(false)),
    ("greater than", Bound::Lower(false)),
    ("larger than", Bound::Lower(false)),
    ("bigger than", Bound::Lower(false)),
    ("higher than", Bound::Lower(false)),
    ("exceed", Bound::Lower(false)),
    ("surpass", Bound::Lower(false)),
    ("surpasses", Bound::Lower(false)),
    (">", Bound::Lower(false)),
    ("more than or equal to", Bound::Lower(true)),
    ("greater than or equal to", Bound::Lower(true)),
    ("higher than or equal to", Bound::Lower(true)),
    ("larger than or equal to", Bound::Lower(true)),
    ("bigger than or equal to", Bound::Lower(true)),
    ("greater or equal to", Bound::Lower(true)),
    ("greater or equal than", Bound::Lower(true)),
    ("higher or equal than", Bound::Lower(true)),
    ("higher or equal to", Bound::Lower(true)),
    ("bigger or equal than", Bound::Lower(true)),
    ("larger or equal than", Bound::Lower(true)),
    ("more or equal than", Bound::Lower(true)),
    ("at least or equal to", Bound::Lower(true)),
    ("equal to or more than", Bound::Lower(true)),
    ("equal to or greater than", Bound::Lower(true)),
    ("equal to or higher than", Bound::Lower(true)),
    (">=", Bound::Lower(true)),
    ("≥", Bound::Lower(true)),
    ("less than", Bound::Upper(false)),
    ("fewer than", Bound::Upper(false)),
    ("smaller than", Bound::Upper(false)),
    ("lower than", Bound::Upper(false)),
    ("<", Bound::Upper(false)),
    ("less than or equal to", Bound::Upper(true)),
    ("fewer than or equal to", Bound::Upper(true)),
    ("smaller than or equal to", Bound::Upper(true)),
    ("lower than or equal to", Bound::Upper(true)),
    ("less or equal than", Bound::Upper(true)),
    ("less or equal to", Bound::Upper(true)),
    ("smaller or equal than", Bound::Upper(true)),
    ("smaller or equal to", Bound::Upper(true)),
    ("lower or equal than", Bound::Upper(true)),
    ("lower or equal to", Bound::Upper(true)),
    ("equal to or less than", Bound::Upper(true)),
    ("equal to or fewer than", Bound::Upper(true)),
    ("equal to or smaller than", Bound::Upper(true)),
    ("equal to or lower than", Bound::Upper(true)),
    ("<=", Bound::Upper(true)),
    ("≤", Bound::Upper(true)),
    ("equal to", Bound::Equal),
    ("equals", Bound::Equal),
    ("equals to", Bound::Equal),
    ("equaling", Bound::Equal),
    ("equaling to", Bound::Equal),
    ("=", Bound::Equal),
    ("superieur a", Bound::Lower(false)),
    ("superieure a", Bound::Lower(false)),
    ("superieurs a", Bound::Lower(false)),
    ("superieures a", Bound::Lower(false)),
    ("plus grand que", Bound::Lower(false)),
    ("plus grande que", Bound::Lower(false)),
    ("plus haut que", Bound::Lower(false)),
    ("plus eleve que", Bound::Lower(false)),
    ("superieur ou egal a", Bound::Lower(true)),
    ("superieure ou egale a", Bound::Lower(true)),
    ("superieurs ou egaux a", Bound::Lower(true)),
    ("egal ou superieur a", Bound::Lower(true)),
    ("egale ou superieure a", Bound::Lower(true)),
    ("plus grand ou egal a", Bound::Lower(true)),
    ("au moins ou egal a", Bound::Lower(true)),
    ("inferieur a", Bound::Upper(false)),
    ("inferieure a", Bound::Upper(false)),
    ("inferieurs a", Bound::Upper(false)),
    ("inferieures a", Bound::Upper(false)),
    ("plus petit que", Bound::Upper(false)),
    ("plus petite que", Bound::Upper(false)),
    ("plus bas que", Bound::Upper(false)),
    ("en dessous de", Bound::Upper(false)),
    ("en-dessous de", Bound::Upper(false)),
    ("inferieur ou egal a", Bound::Upper(true)),
    ("inferieure ou egale a", Bound::Upper(true)),
    ("inferieurs ou egaux a", Bound::Upper(true)),
    ("egal ou inferieur a", Bound::Upper(true)),
    ("egale ou inferieure a", Bound::Upper(true)),
    ("plus petit ou egal a", Bound::Upper(true)),
    ("plus petits ou egaux a", Bound::Upper(true)),
    ("egal a", Bound::Equal),
    ("egale a", Bound::Equal),
    ("egaux a", Bound::Equal),
];

/// Phrases after a figure that make it a bound: "500 or more", "500 ou moins".
const AFTER: &[(&str, Bound)] = &[
    ("or more", Bound::Lower(true)),
    ("and more", Bound::Lower(true)),
    ("or greater", Bound::Lower(true)),
    ("or higher", Bound::Lower(true)),
    ("or above", Bound::Lower(true)),
    ("or over", Bound::Lower(true)),
    ("or more than", Bound::Lower(true)),
    ("or greater than", Bound::Lower(true)),
    ("or less", Bound::Upper(true)),
    ("or fewer", Bound::Upper(true)),
    ("or lower", Bound::Upper(true)),
    ("or below", Bound::Upper(true)),
    ("or under", Bound::Upper(true)),
    ("or less than", Bound::Upper(true)),
    ("ou plus", Bound::Lower(true)),
    ("et plus", Bound::Lower(true)),
    ("ou davantage", Bound::Lower(true)),
    ("ou plus que", Bound::Lower(true)),
    ("ou moins", Bound::Upper(true)),
    ("ou moins que", Bound::Upper(true)),
];

/// "less than 5000 or equal (to)": the bound includes its figure.
const OR_EQUAL: &[&str] = &[
    "or equal",
    "or equal to",
    "ou egal",
    "ou egal a",
    "ou egale a",
];

fn phrase_set(list: &[(&str, Bound)]) -> crate::lexicon::PhraseSet<Bound> {
    let mut set = crate::lexicon::PhraseSet::default();
    for (phrase, bound) in list {
        set.insert(phrase, *bound);
    }
    set
}

fn before_phrases() -> &'static crate::lexicon::PhraseSet<Bound> {
    static SET: std::sync::OnceLock<crate::lexicon::PhraseSet<Bound>> = std::sync::OnceLock::new();
    SET.get_or_init(|| phrase_set(BEFORE))
}

fn after_phrases() -> &'static crate::lexicon::PhraseSet<Bound> {
    static SET: std::sync::OnceLock<crate::lexicon::PhraseSet<Bound>> = std::sync::OnceLock::new();
    SET.get_or_init(|| phrase_set(AFTER))
}

fn or_equal_phrases() -> &'static crate::lexicon::PhraseSet<Bound> {
    static SET: std::sync::OnceLock<crate::lexicon::PhraseSet<Bound>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set = crate::lexicon::PhraseSet::default();
        for phrase in OR_EQUAL {
            set.insert(phrase, Bound::Equal);
        }
        set
    })
}

/// Whether view index `v` holds a number (digits or a number word), possibly after
/// "de", "d'" or "than".
fn is_number_at(s: &Sent<'_>, v: usize, lang: Lang) -> bool {
    let v = if matches!(s.word(v), "de" | "d" | "than" | "que") {
        v + 1
    } else {
        v
    };
    let t = s.tok(v);
    t.kind == TokKind::Num
        || t.kind == TokKind::Word
            && crate::extract::numwords::parse_number(&t.norm, lang).is_some()
        || t.is_punct('-') && s.tok(v + 1).kind == TokKind::Num
}

/// The comparison phrase ending right before view `v0`: its first view index and bound.
fn bound_before(s: &Sent<'_>, lex: &Lexicon, v0: usize) -> Option<(usize, Bound)> {
    for k in (1..=6).rev().filter(|&k| k <= v0) {
        let at = v0 - k;
        // "<>30", "=>30" are no comparisons.
        let t = s.tok(at);
        if at > 0 && t.kind == TokKind::Punct && t.glued() && s.tok(at - 1).kind == TokKind::Punct {
            return None;
        }
        if let Some((len, b)) = before_phrases().longest_at(s.toks, &s.view, at)
            && len == k
        {
            return Some((at, *b));
        }
        if let Some((len, h)) = lex.hedges.longest_at(s.toks, &s.view, at)
            && len == k
        {
            let b = match h {
                HedgeKind::MoreThan => Bound::Lower(false),
                HedgeKind::AtLeast => Bound::Lower(true),
                HedgeKind::LessThan => Bound::Upper(false),
                HedgeKind::UpTo => Bound::Upper(true),
                _ => return None,
            };
            return Some((at, b));
        }
    }
    None
}

/// A number range around figure `n`: two figures joined ("entre 10 et 15") or one
/// bounded by a comparison ("more than 10", "au moins 3", "500 or more", "equal to 20").
fn range_at(
    s: &Sent<'_>,
    lex: &Lexicon,
    lang: Lang,
    figs: &[crate::extract::number::Figure],
    n: usize,
) -> Option<FoundValue> {
    let f = &figs[n];
    let v0 = s.view_index_at_or_after(f.start);
    let v1 = s.view_index_at_or_after(f.end);
    if let Some(g) = figs.get(n + 1) {
        let g0 = s.view_index_at_or_after(g.start);
        let connector = s.word(v1);
        let hyphen = s.toks.get(f.end).is_some_and(|t| t.is_punct('-')) && g.start == f.end + 1;
        let opener = v0.checked_sub(1).map(|k| s.word(k)).unwrap_or("");
        let joined = g0 == v1 + 1
            && matches!(
                connector,
                "and" | "et" | "to" | "a" | "au" | "-" | "through" | "thru" | "~"
            )
            && (connector != "and" || opener == "between")
            && (connector != "et" || opener == "entre");
        if (joined || hyphen) && f.value < g.value {
            let start_v = if matches!(opener, "between" | "entre" | "from" | "de" | "du") {
                v0 - 1
            } else {
                v0
            };
            let mut r = FoundValue::new(
                s.tok(start_v).span.start..s.toks[g.end - 1].span.end,
                ValueKind::NumberRange,
            );
            r.low = Some(f.value);
            r.high = Some(g.value);
            r.high_inclusive = false;
            return Some(r);
        }
    }
    let before = bound_before(s, lex, v0);
    let mut end_v = v1;
    let mut bound = before.map(|(_, b)| b);
    match bound {
        // "less than 5000 or equal (to)", unless another figure follows.
        Some(Bound::Lower(false) | Bound::Upper(false)) => {
            if let Some((len, _)) = or_equal_phrases().longest_at(s.toks, &s.view, v1)
                && !is_number_at(s, v1 + len, lang)
            {
                bound = bound.map(|b| match b {
                    Bound::Lower(_) => Bound::Lower(true),
                    Bound::Upper(_) => Bound::Upper(true),
                    b => b,
                });
                end_v = v1 + len;
            }
        }
        // "equal to 5000 or less".
        Some(Bound::Equal) | None => {
            if let Some((len, b)) = after_phrases().longest_at(s.toks, &s.view, v1)
                && !is_number_at(s, v1 + len, lang)
            {
                // "200 or greater than 190": the phrase bounds the next figure.
                let last = s.word(v1 + len - 1);
                if !(matches!(last, "than" | "que") && is_number_at(s, v1 + len, lang)) {
                    bound = Some(*b);
                    end_v = v1 + len;
                }
            }
        }
        _ => {}
    }
    let bound = bound?;
    let start_v = match before {
        Some((k, _)) if bound != Bound::Equal || before.is_some() => k,
        _ => v0,
    };
    let mut r = FoundValue::new(
        s.tok(start_v).span.start..s.tok(end_v - 1).span.end,
        ValueKind::NumberRange,
    );
    match bound {
        Bound::Lower(inclusive) => {
            r.low = Some(f.value);
            r.low_inclusive = inclusive;
        }
        Bound::Upper(inclusive) => {
            r.high = Some(f.value);
            r.high_inclusive = inclusive;
        }
        Bound::Equal => {
            r.low = Some(f.value);
            r.high = Some(f.value);
        }
    }
    Some(r)
}

/// Joins a lower and an upper bound said one after the other into one range:
/// "greater than 100 and smaller than 300", "au plus 100 et au moins 20".
fn join_bounds(text: &str, ranges: &mut Vec<FoundValue>) {
    let mut i = 0;
    while i + 1 < ranges.len() {
        let (a, b) = (&ranges[i], &ranges[i + 1]);
        if b.span.start < a.span.end {
            i += 1;
            continue;
        }
        let gap = text[a.span.end..b.span.start].trim().to_lowercase();
        let joined = matches!(gap.as_str(), "and" | "but" | "," | "et" | "mais" | ", and");
        let one_sided = |r: &FoundValue| r.low.is_some() != r.high.is_some();
        let (low, high) = if a.low.is_some() { (a, b) } else { (b, a) };
        let fits = one_sided(a)
            && one_sided(b)
            && low.low.is_some()
            && high.high.is_some()
            && low.low < high.high;
        if joined && fits {
            let mut r = FoundValue::new(a.span.start..b.span.end, ValueKind::NumberRange);
            r.low = low.low;
            r.low_inclusive = low.low_inclusive;
            r.high = high.high;
            r.high_inclusive = high.high_inclusive;
            ranges[i] = r;
            ranges.remove(i + 1);
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, lang: Lang) -> Vec<(ValueKind, String, Option<f64>)> {
        find_values(text, lang, Some(jiff::civil::date(2016, 11, 7)))
            .into_iter()
            .map(|v| (v.kind, text[v.span.clone()].to_string(), v.value))
            .collect()
    }

    #[test]
    fn money_measures_and_percentages_carry_their_unit() {
        let found = kinds(
            "national paid $94,000 and 5,000 tonnes, up 8 percent",
            Lang::En,
        );
        assert!(found.contains(&(ValueKind::Currency, "$94,000".into(), Some(94000.0))));
        assert!(found.contains(&(ValueKind::Dimension, "5,000 tonnes".into(), Some(5000.0))));
        assert!(found.contains(&(ValueKind::Percent, "8 percent".into(), Some(8.0))));
        // A dot groups thousands in French only; in English it is the decimal mark.
        let found = kinds("un destroyer de 5.000 tonnes", Lang::Fr);
        assert!(found.contains(&(ValueKind::Dimension, "5.000 tonnes".into(), Some(5000.0))));
    }

    #[test]
    fn ranges_and_bounds() {
        let v = find_values("The number is between 20 and 30.", Lang::En, None);
        let r = v.iter().find(|v| v.kind == ValueKind::NumberRange).unwrap();
        assert_eq!(
            (r.low, r.high, r.high_inclusive),
            (Some(20.0), Some(30.0), false)
        );
        let v = find_values("plus de 3 000 manifestants", Lang::Fr, None);
        let r = v.iter().find(|v| v.kind == ValueKind::NumberRange).unwrap();
        assert_eq!(
            (r.low, r.low_inclusive, r.high),
            (Some(3000.0), false, None)
        );
    }

    #[test]
    fn dates_are_not_numbers() {
        let found = kinds("Je reviendrai le 26 avril 2016", Lang::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, ValueKind::Date);
    }

    /// A range as seen in a test: text, low, low included, high, high included.
    type Seen = (String, Option<f64>, bool, Option<f64>, bool);

    fn ranges(text: &str, lang: Lang) -> Vec<Seen> {
        find_values(text, lang, None)
            .into_iter()
            .filter(|v| v.kind == ValueKind::NumberRange)
            .map(|v| {
                let t = text[v.span.clone()].to_string();
                (t, v.low, v.low_inclusive, v.high, v.high_inclusive)
            })
            .collect()
    }

    #[test]
    fn comparisons_say_whether_the_bound_is_included() {
        assert_eq!(
            ranges("scores less than or equal to 30", Lang::En),
            [(
                "less than or equal to 30".into(),
                None,
                true,
                Some(30.0),
                true
            )]
        );
        assert_eq!(
            ranges("une note supérieure ou égale à 12", Lang::Fr),
            [(
                "supérieure ou égale à 12".into(),
                Some(12.0),
                true,
                None,
                true
            )]
        );
        assert_eq!(
            ranges("about 500 or more", Lang::En),
            [("500 or more".into(), Some(500.0), true, None, true)]
        );
        assert_eq!(
            ranges("il y en a 500 ou moins", Lang::Fr),
            [("500 ou moins".into(), None, true, Some(500.0), true)]
        );
        assert_eq!(
            ranges("no fewer than 40 people", Lang::En),
            [("no fewer than 40".into(), Some(40.0), true, None, true)]
        );
    }

    #[test]
    fn two_bounds_make_one_range() {
        assert_eq!(
            ranges("greater than 100 and smaller than 300", Lang::En),
            [(
                "greater than 100 and smaller than 300".into(),
                Some(100.0),
                false,
                Some(300.0),
                false
            )]
        );
        assert_eq!(
            ranges("plus de 30 et moins de 50 blessés", Lang::Fr),
            [(
                "plus de 30 et moins de 50".into(),
                Some(30.0),
                false,
                Some(50.0),
                false
            )]
        );
        // Bounds that contradict each other stay apart.
        assert_eq!(ranges("more than 40 and less than 10", Lang::En).len(), 2);
    }

    #[test]
    fn spans_of_two_figures() {
        assert_eq!(
            ranges("de 10 à 15 morts", Lang::Fr),
            [("de 10 à 15".into(), Some(10.0), true, Some(15.0), false)]
        );
        assert_eq!(
            ranges("20 through 100", Lang::En),
            [(
                "20 through 100".into(),
                Some(20.0),
                true,
                Some(100.0),
                false
            )]
        );
        assert_eq!(
            ranges("sales of 5k-20k", Lang::En),
            [("5k-20k".into(), Some(5000.0), true, Some(20000.0), false)]
        );
        // A phone number is no range.
        assert!(ranges("call +1-222-2222-2222", Lang::En).is_empty());
    }
}
