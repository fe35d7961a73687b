//! Values found in a text, without the claims around them: numbers, ranges,
//! percentages, money, measures, dates and periods. This is the layer that the peer
//! test suite measures (`docs/accuracy.md`); claims are built on it.
//!
//! Ranges are two figures joined ("entre 10 et 15", "20 through 100") or one figure
//! bounded by a comparison, which says whether the bound is included ("less than or
//! equal to 30", "500 ou plus", "supérieur à 100 et inférieur à 300" joins two bounds).
//! Units are read after a figure, or before it for currency symbols and codes ("US$ 5",
//! "Rs 500 crore", "30 MUSD"), each unit for one figure only ("10 $ 30 $"). A unit
//! named without a figure ("the dollar fell", "a percentage") is a value without an
//! amount; claims, which compare amounts, have none of them.

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
    /// A temperature ("24 degrés", "40 °C"): a reading of a scale, not an amount of
    /// something, so apart from measures.
    Temperature,
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

/// Money: a currency, the hundredth of one ("50 cents", "470 pence", "2 pesewas"), the
/// smallest part of a bitcoin ("2 satoshis"), or francs without their country ("1,015
/// francs": Swiss, CFA or the old French franc, which the sentence does not tell).
fn is_money(unit: &str) -> bool {
    is_currency(unit) || matches!(unit, "cent" | "penny" | "franc" | "pesewa" | "satoshi")
}

/// Finds every value in `text`, resolving relative dates against `reference`.
pub fn find_values(text: &str, lang: Lang, reference: Option<Date>) -> Vec<FoundValue> {
    let lex = Lexicon::builtin();
    let doc = Document::parse(text, 0);
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let first_value = out.len();
        let toks = doc.sentence_tokens(sentence);
        let s = Sent::new(text, toks);
        let all_figs = figures(text, toks, lang);
        // A date that is only part of a longer figure ("2000 over 3", a ratio) is none.
        let inside_figure = |d: &date::DateMention| {
            all_figs
                .iter()
                .any(|f| f.start <= d.start && d.end <= f.end && f.end - f.start > d.end - d.start)
        };
        let dates = date::find(&s, lang, reference);
        let mut in_date = vec![false; toks.len()];
        for d in dates.iter().filter(|d| !inside_figure(d)) {
            in_date[d.start..d.end].iter_mut().for_each(|u| *u = true);
            // "before May 3" is a period, though it names a day.
            let kind = match d.value.granularity {
                crate::claims::Granularity::Day if d.value.open.is_none() => ValueKind::Date,
                _ => ValueKind::DateRange,
            };
            // The value is the date itself: "26 avril" in "le 26 avril", "March" in
            // "in March"; "since" stays, as it changes the period.
            let mut v = FoundValue::new(toks[d.core].span.start..toks[d.end - 1].span.end, kind);
            v.date = Some(d.value);
            out.push(v);
        }
        // Without a reference the date reader leaves out what it cannot resolve ("le 4
        // mai"); read against any day, it still tells which figures are dates, not counts.
        if reference.is_none() {
            let any_day = jiff::civil::date(2000, 1, 1);
            for d in date::find(&s, lang, Some(any_day))
                .into_iter()
                .filter(|d| !inside_figure(d))
            {
                in_date[d.start..d.end].iter_mut().for_each(|u| *u = true);
            }
        }
        let figs: Vec<_> = all_figs
            .into_iter()
            .filter(|f| !in_date[f.start..f.end].iter().any(|&u| u))
            .collect();
        let mut ranges = Vec::new();
        // The first token a unit may take: one written after a figure is not also
        // before the next ("10 $ 30 $").
        let mut free_from = 0;
        for (n, f) in figs.iter().enumerate() {
            let span = toks[f.start].span.start..toks[f.end - 1].span.end;
            // A unit after the figure, or a currency symbol before it.
            // A figure taken into the amount before ("5 feet 2 inches") has no unit.
            let found = (f.start >= free_from)
                .then(|| unit_of(&s, lex, lang, &figs, n, free_from))
                .flatten();
            // A figure glued to a measure's unit ("29km", "180ml") is one word, the
            // measure: no count stands apart from it. Money keeps its figure ("2000$"),
            // as a price is also read as a number.
            let glued_measure = found
                .as_ref()
                .is_some_and(|u| u.start == span.end && !is_money(&u.unit) && u.unit != "percent");
            // So are the inches glued to their unit in "5ft 10in", taken into the feet.
            let glued_inches = f.start < free_from
                && toks
                    .get(f.end)
                    .is_some_and(|t| t.glued() && t.kind == TokKind::Word);
            if !glued_measure && !glued_inches {
                let mut number = FoundValue::new(span.clone(), ValueKind::Number);
                number.value = Some(f.value);
                out.push(number);
            }
            let (mut start, mut end) = (span.start, span.end);
            let mut value = f.value;
            let mut unit = None;
            if let Some(found) = found {
                start = start.min(found.start);
                end = end.max(found.end);
                free_from = free_from.max(found.next_tok);
                value = value * found.scale + found.cents;
                unit = Some(found.unit);
            }
            if let Some(u) = unit.filter(|u| !u.ends_with("_duration")) {
                let kind = match u.as_str() {
                    "percent" => ValueKind::Percent,
                    u if is_money(u) => ValueKind::Currency,
                    "celsius" | "fahrenheit" => ValueKind::Temperature,
                    _ => ValueKind::Dimension,
                };
                let mut v = FoundValue::new(start..end, kind);
                v.value = Some(value);
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
        let named = unit_names(&s, lex, &out[first_value..]);
        out.extend(named);
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out
}

/// Units named without a figure ("the dollar fell", "a percentage", "a metric ton is"):
/// a value without an amount, outside every value of `found`. Only names that are
/// nothing but a unit: not "won", "pound" or "cent", nor a unit that is also a common
/// noun ("foot", "cup", "degree", "meter", "bit"), nor a symbol or a letter alone.
fn unit_names(s: &Sent<'_>, lex: &Lexicon, found: &[FoundValue]) -> Vec<FoundValue> {
    let mut out = Vec::new();
    let covered = |v: usize| {
        let span = &s.toks[s.view[v]].span;
        found
            .iter()
            .any(|f| f.span.start < span.end && span.start < f.span.end)
    };
    let mut v = 0;
    while v < s.view.len() {
        let Some((len, unit)) = lex.units.longest_at(s.toks, &s.view, v) else {
            v += 1;
            continue;
        };
        let first = s.tok(v);
        let last = s.tok(v + len - 1);
        let named = (v..v + len).all(|k| !covered(k))
            && (first.kind == TokKind::Word && unit_name_alone(unit, &first.norm, len)
                || first.norm == "%" && len == 1);
        if named {
            let kind = match unit.as_str() {
                "percent" => ValueKind::Percent,
                u if is_money(u) => ValueKind::Currency,
                _ => ValueKind::Dimension,
            };
            let mut value = FoundValue::new(first.span.start..last.span.end, kind);
            value.unit = Some(unit.clone());
            out.push(value);
        }
        v += len;
    }
    out
}

/// Whether `word`, the first of `len` words naming `unit`, names it standing alone.
fn unit_name_alone(unit: &str, word: &str, len: usize) -> bool {
    // Words that are as often something else: a verb, a noun, a name.
    const OTHER_MEANINGS: &[&str] = &["won", "rub", "cad", "rs", "kip", "lari", "try"];
    if OTHER_MEANINGS.contains(&word) {
        return false;
    }
    match unit {
        "percent" => word != "pc",
        "pound" | "cent" | "penny" | "franc" | "degree" | "celsius" | "fahrenheit" => false,
        u if is_currency(u) => word.len() >= 3,
        // Measures named in full whose name is no common noun: "kilometre", "metric
        // ton", "gramme", "mcg"; not "foot", "cup", "meter", "bit", "tons of".
        "km" | "kg" | "mm" | "cm" | "dm" | "hm" | "ml" | "mg" | "ug" | "g" | "l" | "km2" | "m2"
        | "mi2" | "ft3" | "ha" | "MW" | "GW" | "mbar" | "kmh" | "mph" | "rad" => {
            len >= 2 || word.len() >= 5 || word == "mcg"
        }
        "t" => len >= 2 || word.starts_with("tonne"),
        _ => false,
    }
}

/// A figure's unit, where it is written and the cents said after it.
struct UnitFound {
    unit: String,
    /// Byte span of the unit (with the figure's, the value's span).
    start: usize,
    end: usize,
    /// The token after everything taken.
    next_tok: usize,
    /// Cents after the amount: "3 dollars 50 cents", "15 dollars and 15" (0.5, 0.15).
    cents: f64,
    /// A scale the unit carries or that follows it: "75 USD million", "30 MUSD".
    scale: f64,
}

/// Currency codes in millions, as financial reports write them: "30 MUSD", "MAUD 60".
const MILLION_CODES: &[(&str, &str)] = &[
    ("musd", "USD"),
    ("meur", "EUR"),
    ("mgbp", "GBP"),
    ("maud", "AUD"),
    ("mcad", "CAD"),
    ("mchf", "CHF"),
];

/// A currency code in millions at view `v`.
fn million_code(s: &Sent<'_>, v: usize) -> Option<&'static str> {
    let t = s.tok(v);
    let raw = s.raw(v);
    if t.kind != TokKind::Word || !raw.starts_with('M') {
        return None;
    }
    MILLION_CODES
        .iter()
        .find(|(code, _)| *code == t.norm)
        .map(|(_, iso)| *iso)
}

/// Currency words read before a figure although they are words: ISO codes are, and
/// these ("Rs 500 crore", "rmb 10"); "dollars 50" is not.
const PREFIX_WORDS: &[&str] = &["rmb", "rs"];

/// The unit of figure `n`: a symbol or code before it ("$ 5", "US$ 5", "c$ 16.4",
/// "usd 20", "percent of 10"), else a unit after it ("5.000 tonnes", "35 dollars",
/// "2 millions d'euros"). Units before token `free_from` belong to an earlier figure.
fn unit_of(
    s: &Sent<'_>,
    lex: &Lexicon,
    lang: Lang,
    figs: &[crate::extract::number::Figure],
    n: usize,
    free_from: usize,
) -> Option<UnitFound> {
    let f = &figs[n];
    let v0 = s.view_index_at_or_after(f.start);
    let v1 = s.view_index_at_or_after(f.end);
    // "30 MUSD", "MAUD 60".
    for (v, before) in [(v1, false), (v0.wrapping_sub(1), true)] {
        if let Some(iso) =
            million_code(s, v).filter(|_| s.view[v.min(s.view.len() - 1)] >= free_from)
        {
            let t = s.tok(v);
            return Some(UnitFound {
                unit: iso.to_string(),
                start: t.span.start,
                end: t.span.end,
                next_tok: if before { f.end } else { s.view[v] + 1 },
                cents: 0.0,
                scale: 1e6,
            });
        }
    }
    for k in (1..=4).rev().filter(|&k| k <= v0) {
        let Some((len, u)) = lex.units.longest_at(s.toks, &s.view, v0 - k) else {
            continue;
        };
        if len != k || s.view[v0 - k] < free_from {
            continue;
        }
        let last = s.tok(v0 - 1);
        let symbol = last.kind == TokKind::Punct;
        let code = k == 1
            && is_currency(u)
            && (last.norm == u.to_lowercase() || PREFIX_WORDS.contains(&last.norm.as_str()));
        if symbol || code {
            return Some(UnitFound {
                unit: u.clone(),
                start: s.tok(v0 - k).span.start,
                end: s.tok(v0 - 1).span.end,
                next_tok: f.end,
                cents: 0.0,
                scale: 1.0,
            });
        }
    }
    // "percent of 10", "pourcentage de vingt".
    if v0 >= 2 && matches!(s.word(v0 - 1), "of" | "de" | "des") && s.view[v0 - 2] >= free_from {
        for k in (1..=2).rev().filter(|&k| k < v0) {
            if let Some((len, u)) = lex.units.longest_at(s.toks, &s.view, v0 - 1 - k)
                && len == k
                && u == "percent"
            {
                return Some(UnitFound {
                    unit: u.clone(),
                    start: s.tok(v0 - 1 - k).span.start,
                    end: s.tok(v0 - 1).span.end,
                    next_tok: f.end,
                    cents: 0.0,
                    scale: 1.0,
                });
            }
        }
    }
    // "20 (kg)", "20 [kg]": the unit in brackets.
    let bracket = matches!(s.word(v1), "(" | "[" | "{" | "<");
    let k = if matches!(s.word(v1), "de" | "d" | "of") || bracket {
        v1 + 1
    } else {
        v1
    };
    let (mut len, mut u) = lex.units.longest_at(s.toks, &s.view, k)?;
    // Digits inside a unit are glued to it ("km2"): in "12 m 2 dm" the unit is "m".
    let spaced_digit = (k + 1..k + len).any(|j| s.tok(j).kind == TokKind::Num && !s.tok(j).glued());
    if spaced_digit {
        (len, u) = lex.units.longest_at(s.toks, &s.view[..k + len - 1], k)?;
    }
    // A unit runs into no code ("24703L202", "L-202").
    let after = s.toks.get(s.view[k + len - 1] + 1);
    let code = after.is_some_and(|t| {
        t.glued()
            && (t.kind == TokKind::Num
                || t.is_punct('-')
                    && s.toks
                        .get(s.view[k + len - 1] + 2)
                        .is_some_and(|n| n.kind == TokKind::Num))
    });
    // "5 000 l'ont signé": an elided article, not litres.
    if code || crate::extract::elided(s, k + len - 1) {
        return None;
    }
    if bracket {
        if !matches!(s.word(k + len), ")" | "]" | "}" | ">") {
            return None;
        }
        len += 1;
    }
    let last = s.tok(k + len - 1);
    let symbol = len == 1 && last.kind == TokKind::Punct;
    // "1 $10": a symbol glued to the next figure and apart from this one is that one's.
    let next = s.tok(k + len);
    if symbol && last.space_before && next.kind == TokKind::Num && next.glued() {
        return None;
    }
    // "25 pounds" weighs, "361 million pounds" is money, "25 livres" is no unit.
    let u = &crate::extract::quantity::unit_after_figure(s, (v0, v1), f.value, (u, k), lang)?;
    let mut found = UnitFound {
        unit: u.clone(),
        start: s.tok(k).span.start,
        end: last.span.end,
        next_tok: s.view[k + len - 1] + 1,
        cents: 0.0,
        scale: 1.0,
    };
    if is_currency(u) {
        // "75 USD million".
        let next = s.tok(k + len);
        if next.kind == TokKind::Word
            && let Some((mult, scale_len)) =
                crate::extract::numwords::parse_scale(&s.text[next.span.start..], Lang::En).or_else(
                    || crate::extract::numwords::parse_scale(&s.text[next.span.start..], Lang::Fr),
                )
            && scale_len == next.span.len()
        {
            found.scale = mult;
            found.end = next.span.end;
            found.next_tok = s.view[k + len] + 1;
        } else {
            cents_after(s, figs, n, k + len, symbol, &mut found);
        }
    }
    if u == "ft" {
        inches_after(s, figs, n, k + len, &mut found);
    }
    Some(found)
}

/// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50",
/// "10 $ 30 cent": the cents after an amount whose unit ends before view `at`. After a
/// symbol the word "cents" must follow; after a word, the end of the phrase may.
fn cents_after(
    s: &Sent<'_>,
    figs: &[crate::extract::number::Figure],
    n: usize,
    at: usize,
    symbol: bool,
    found: &mut UnitFound,
) {
    let Some(g) = figs.get(n + 1) else {
        return;
    };
    let k = if matches!(s.word(at), "and" | "et") {
        at + 1
    } else {
        at
    };
    if s.view_index_at_or_after(g.start) != k || !(0.0..100.0).contains(&g.value) {
        return;
    }
    let after = s.view_index_at_or_after(g.end);
    let cents_word = matches!(s.word(after), "cents" | "cent" | "centimes" | "centime");
    // "one dollar and two and three points": "and" closes the amount as a comma does.
    let closes = {
        let t = s.tok(after);
        after >= s.view.len() || t.kind == TokKind::Punct || matches!(s.word(after), "and" | "et")
    };
    if cents_word || (!symbol && closes) {
        found.cents = g.value / 100.0;
        let last = if cents_word { after } else { after - 1 };
        found.end = s.tok(last).span.end;
        found.next_tok = s.view[last] + 1;
    }
}

/// "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches": the inches, in feet.
fn inches_after(
    s: &Sent<'_>,
    figs: &[crate::extract::number::Figure],
    n: usize,
    at: usize,
    found: &mut UnitFound,
) {
    let Some(g) = figs.get(n + 1) else {
        return;
    };
    let k = if s.word(at) == "and" { at + 1 } else { at };
    let after = s.view_index_at_or_after(g.end);
    if s.view_index_at_or_after(g.start) == k
        && (0.0..12.0).contains(&g.value)
        && matches!(s.word(after), "in" | "inch" | "inches")
    {
        found.cents = g.value / 12.0;
        found.end = s.tok(after).span.end;
        found.next_tok = s.view[after] + 1;
    }
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
    ("superieures ou egales a", Bound::Lower(true)),
    ("au moins de", Bound::Lower(true)),
    ("plus de ou egal a", Bound::Lower(true)),
    ("plus que", Bound::Lower(false)),
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
    ("inferieures ou egales a", Bound::Upper(true)),
    ("moins de ou egal a", Bound::Upper(true)),
    ("moins que", Bound::Upper(false)),
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
        // "passé de 200 à 300", "rose from 2 to 3": a change between two values, not a
        // range (as the claim layer reads it).
        let change = matches!(opener, "de" | "d" | "du" | "from") && {
            let clause = s.clause_of(v0);
            (0..v0).any(|k| {
                s.clause_of(k) >= clause.saturating_sub(1)
                    && lex.change.contains_at(s.toks, &s.view, k)
            })
        };
        // "between 5 and 10 million": the second figure's scale is the first's too,
        // unless the first has its own or would pass the second ("500 to 1 million").
        let g1 = s.view_index_at_or_after(g.end);
        let low = match crate::extract::quantity::scale_in(s, g0, g1) {
            Some(m)
                if crate::extract::quantity::scale_in(s, v0, v1).is_none()
                    && f.value * m <= g.value =>
            {
                f.value * m
            }
            _ => f.value,
        };
        if (joined || hyphen) && low < g.value && !change {
            // "between", "entre", "from" open the range; French "de" is a preposition
            // ("varie de 20 à 100") and stays out, as in the French spec.
            let start_v = if matches!(opener, "between" | "entre" | "from") {
                v0 - 1
            } else {
                v0
            };
            let mut r = FoundValue::new(
                s.tok(start_v).span.start..s.toks[g.end - 1].span.end,
                ValueKind::NumberRange,
            );
            r.low = Some(low);
            r.high = Some(g.value);
            r.high_inclusive = false;
            return Some(r);
        }
    }
    // "plus de la moitié", "moins du tiers" in words: the article stays inside the bound.
    let before = bound_before(s, lex, v0).or_else(|| {
        let article = v0 >= 2
            && matches!(s.word(v0 - 1), "la" | "le" | "l")
            && s.tok(v0).kind == TokKind::Word;
        article.then(|| bound_before(s, lex, v0 - 1)).flatten()
    });
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
    fn units_named_without_a_figure_have_no_amount() {
        let unit = |text: &str, lang| -> Vec<(ValueKind, String, Option<String>)> {
            find_values(text, lang, None)
                .into_iter()
                .filter(|v| v.value.is_none())
                .map(|v| (v.kind, text[v.span.clone()].to_string(), v.unit))
                .collect()
        };
        assert_eq!(
            unit("The dollar fell against the yen.", Lang::En),
            [
                (ValueKind::Currency, "dollar".into(), Some("USD".into())),
                (ValueKind::Currency, "yen".into(), Some("JPY".into()))
            ]
        );
        assert_eq!(
            unit("Le dollar a baissé face au yen.", Lang::Fr),
            [
                (ValueKind::Currency, "dollar".into(), Some("USD".into())),
                (ValueKind::Currency, "yen".into(), Some("JPY".into()))
            ]
        );
        assert_eq!(
            unit("What percentage of voters?", Lang::En),
            [(
                ValueKind::Percent,
                "percentage".into(),
                Some("percent".into())
            )]
        );
        assert_eq!(
            unit("Quel pourcentage des électeurs ?", Lang::Fr),
            [(
                ValueKind::Percent,
                "pourcentage".into(),
                Some("percent".into())
            )]
        );
        assert_eq!(
            unit("priced per metric ton", Lang::En),
            [(ValueKind::Dimension, "metric ton".into(), Some("t".into()))]
        );
        assert_eq!(
            unit("le prix par kilomètre", Lang::Fr),
            [(ValueKind::Dimension, "kilomètre".into(), Some("km".into()))]
        );
        // A unit with its figure is one value, with its amount.
        let v = find_values("It cost 20 dollars.", Lang::En, None);
        assert!(v.iter().all(|v| v.value.is_some()), "{v:?}");
        // Not a word that names something else as often: a verb, a body part, a
        // cup, a book, a coin that is also a word, a letter.
        for (text, lang) in [
            ("South Korea won the match.", Lang::En),
            ("He put his foot down and drank a cup.", Lang::En),
            ("The pound and the cent.", Lang::En),
            ("Il a lu des livres au bout d'un pied.", Lang::Fr),
            ("Le m et le g de la formule.", Lang::Fr),
            ("The tons of letters she got.", Lang::En),
        ] {
            assert_eq!(unit(text, lang), [], "{text}");
        }
    }

    #[test]
    fn a_bound_before_an_article_and_a_share() {
        let v = find_values("Plus de la moitié des électeurs ont voté.", Lang::Fr, None);
        let r = v.iter().find(|v| v.kind == ValueKind::NumberRange).unwrap();
        assert_eq!((r.low, r.high, r.low_inclusive), (Some(0.5), None, false));
        assert_eq!(
            &"Plus de la moitié des électeurs"[r.span.clone()],
            "Plus de la moitié"
        );
        let v = find_values("more than half the voters", Lang::En, None);
        let r = v.iter().find(|v| v.kind == ValueKind::NumberRange).unwrap();
        assert_eq!((r.low, r.high), (Some(0.5), None));
        // A place after "plus de la" is no bound.
        assert!(find_values("plus de la France", Lang::Fr, None).is_empty());
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
        // An open period is a range, though it names one day.
        let found = kinds("avant le 26 avril 2016", Lang::Fr);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, ValueKind::DateRange);
    }

    #[test]
    fn a_ratio_is_no_year() {
        let found = kinds("2000 over 3", Lang::En);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, ValueKind::Number);
        assert!((found[0].2.unwrap() - 2000.0 / 3.0).abs() < 1e-9);
        // A year that only starts a sentence stays a date.
        let found = kinds("2000 was a good year", Lang::En);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, ValueKind::DateRange);
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
            ranges("des ventes inférieures ou égales à 40", Lang::Fr),
            [(
                "inférieures ou égales à 40".into(),
                None,
                true,
                Some(40.0),
                true
            )]
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
            [("10 à 15".into(), Some(10.0), true, Some(15.0), false)]
        );
        assert!(ranges("le nombre est passé de 200 à 300", Lang::Fr).is_empty());
        assert!(ranges("output rose from 200 to 300", Lang::En).is_empty());
        assert_eq!(
            ranges("entre 10 et 15 morts", Lang::Fr),
            [("entre 10 et 15".into(), Some(10.0), true, Some(15.0), false)]
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
        // The second figure's scale is the first's too.
        assert_eq!(
            ranges("between 5 and 10 million people", Lang::En),
            [(
                "between 5 and 10 million".into(),
                Some(5e6),
                true,
                Some(10e6),
                false
            )]
        );
        assert_eq!(
            ranges("entre 500 et 1 million", Lang::Fr),
            [(
                "entre 500 et 1 million".into(),
                Some(500.0),
                true,
                Some(1e6),
                false
            )]
        );
    }

    /// The money and measures found in `text`: (text, amount, unit).
    fn units(text: &str, lang: Lang) -> Vec<(String, f64, String)> {
        find_values(text, lang, None)
            .into_iter()
            .filter(|v| {
                matches!(
                    v.kind,
                    ValueKind::Currency
                        | ValueKind::Dimension
                        | ValueKind::Temperature
                        | ValueKind::Percent
                )
            })
            .map(|v| {
                let amount = (v.value.unwrap() * 1e6).round() / 1e6;
                (text[v.span.clone()].to_string(), amount, v.unit.unwrap())
            })
            .collect()
    }

    #[test]
    fn currency_prefixes_and_codes() {
        assert_eq!(
            units("a us $ 150 million loan", Lang::En),
            [("us $ 150 million".into(), 150e6, "USD".into())]
        );
        assert_eq!(
            units("a C$ 300 million charge", Lang::En),
            [("C$ 300 million".into(), 300e6, "CAD".into())]
        );
        assert_eq!(
            units("Rs 500 crore for relief", Lang::En),
            [("Rs 500 crore".into(), 5e9, "INR".into())]
        );
        assert_eq!(
            units("un prêt de 20 millions de dollars canadiens", Lang::Fr),
            [(
                "20 millions de dollars canadiens".into(),
                20e6,
                "CAD".into()
            )]
        );
        // A currency word is not read before the next figure: "50 dollar 40 rmb".
        assert_eq!(
            units("50 dollar 40 rmb", Lang::En),
            [
                ("50 dollar".into(), 50.0, "USD".into()),
                ("40 rmb".into(), 40.0, "CNY".into())
            ]
        );
        assert_eq!(
            units("10 $ 30 $", Lang::Fr),
            [
                ("10 $".into(), 10.0, "USD".into()),
                ("30 $".into(), 30.0, "USD".into())
            ]
        );
    }

    #[test]
    fn currency_codes_with_a_scale() {
        assert_eq!(
            units("losses of 30 MUSD, they lost 75 USD million", Lang::En),
            [
                ("30 MUSD".into(), 30e6, "USD".into()),
                ("75 USD million".into(), 75e6, "USD".into())
            ]
        );
        assert_eq!(
            units("une hausse à 120 MEUR", Lang::Fr),
            [("120 MEUR".into(), 120e6, "EUR".into())]
        );
        assert_eq!(
            units("each block mined is now 6.25 BTC", Lang::En),
            [("6.25 BTC".into(), 6.25, "BTC".into())]
        );
    }

    #[test]
    fn megabytes_in_capitals_and_millibars_in_lower_case() {
        assert_eq!(
            units("a 100 MB file, then a pressure of 950 mb", Lang::En),
            [
                ("100 MB".into(), 100.0, "MB".into()),
                ("950 mb".into(), 950.0, "mbar".into())
            ]
        );
        assert_eq!(
            units(
                "une fuite de 5 gigaoctets et une pression de 980 hPa",
                Lang::Fr
            ),
            [
                ("5 gigaoctets".into(), 5.0, "GB".into()),
                ("980 hPa".into(), 980.0, "mbar".into())
            ]
        );
    }

    #[test]
    fn feet_and_inches_glued_to_their_figures() {
        assert_eq!(
            kinds("he is 5ft 10in tall", Lang::En),
            [(
                ValueKind::Dimension,
                "5ft 10in".into(),
                Some(5.0 + 10.0 / 12.0)
            )]
        );
    }

    #[test]
    fn a_figure_glued_to_a_measure_is_the_measure_alone() {
        assert_eq!(
            kinds("the 180ml liquid, 29 km away", Lang::En),
            [
                (ValueKind::Dimension, "180ml".into(), Some(180.0)),
                (ValueKind::Number, "29".into(), Some(29.0)),
                (ValueKind::Dimension, "29 km".into(), Some(29.0)),
            ]
        );
        assert_eq!(
            kinds("une route de 29km pour 250$", Lang::Fr),
            [
                (ValueKind::Dimension, "29km".into(), Some(29.0)),
                (ValueKind::Number, "250".into(), Some(250.0)),
                (ValueKind::Currency, "250$".into(), Some(250.0)),
            ]
        );
    }

    #[test]
    fn temperatures_are_no_measures() {
        let found = kinds("la température est de 24 degrés", Lang::Fr);
        assert!(found.contains(&(ValueKind::Temperature, "24 degrés".into(), Some(24.0))));
        let found = kinds("the temperature is 24 degrees, or 75 °F", Lang::En);
        assert!(found.contains(&(ValueKind::Temperature, "24 degrees".into(), Some(24.0))));
        assert!(found.contains(&(ValueKind::Temperature, "75 °F".into(), Some(75.0))));
        assert!(!found.iter().any(|f| f.0 == ValueKind::Dimension));
    }

    #[test]
    fn degrees_glued_as_english_news_writes_them() {
        let found = kinds("temperatures hit 40C, or 104F, and -5C at night", Lang::En);
        assert_eq!(
            found
                .iter()
                .filter(|f| f.0 == ValueKind::Temperature)
                .map(|f| (f.1.as_str(), f.2))
                .collect::<Vec<_>>(),
            [
                ("40C", Some(40.0)),
                ("104F", Some(104.0)),
                ("-5C", Some(-5.0))
            ]
        );
        // Not after a name, not apart, not in lower case.
        for text in [
            "the iPhone 5C sold well",
            "see Form 4 C",
            "a 5c coin",
            "a 3 PC bundle",
        ] {
            assert!(
                !kinds(text, Lang::En)
                    .iter()
                    .any(|f| matches!(f.0, ValueKind::Temperature | ValueKind::Percent)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_date_without_a_reference_is_no_count() {
        // The date cannot be resolved without a publication date, but its day is no count.
        assert_eq!(find_values("le 4 mai", Lang::Fr, None), []);
        assert_eq!(find_values("on June 4", Lang::En, None), []);
        let found = kinds("4 soldats", Lang::Fr);
        assert_eq!(found, [(ValueKind::Number, "4".into(), Some(4.0))]);
    }

    #[test]
    fn pounds_are_money_with_a_scale_and_a_weight_without() {
        assert_eq!(
            units(
                "profit rose to 361 million pounds; the baby is two pounds",
                Lang::En
            ),
            [
                ("361 million pounds".into(), 361e6, "GBP".into()),
                ("two pounds".into(), 2.0, "lb".into())
            ]
        );
        assert_eq!(
            units("fined 500 pounds sterling", Lang::En),
            [("500 pounds sterling".into(), 500.0, "GBP".into())]
        );
        // French "livres" without a scale are as often books: no unit, unless the
        // figure has decimals, which books never do.
        assert_eq!(
            units(
                "un bénéfice de 361 millions de livres; elle a écrit 25 livres",
                Lang::Fr
            ),
            [("361 millions de livres".into(), 361e6, "GBP".into())]
        );
        assert_eq!(
            units("elle vaut 2.204,62 livres", Lang::Fr),
            [("2.204,62 livres".into(), 2204.62, "lb".into())]
        );
    }

    #[test]
    fn degrees_are_a_temperature_unless_something_turns() {
        assert_eq!(
            units("it was 40 degrees; the ship turned 90 degrees", Lang::En),
            [
                ("40 degrees".into(), 40.0, "celsius".into()),
                ("90 degrees".into(), 90.0, "deg".into())
            ]
        );
        assert_eq!(
            units("il fait 30 degrés. Tourner à gauche à 45 degrés", Lang::Fr),
            [
                ("30 degrés".into(), 30.0, "celsius".into()),
                ("45 degrés".into(), 45.0, "deg".into())
            ]
        );
    }

    #[test]
    fn francs_rupees_and_currencies_before_the_euro() {
        assert_eq!(
            units("at 1,015 francs a share, or 6.65 billion pesetas", Lang::En),
            [
                ("1,015 francs".into(), 1015.0, "franc".into()),
                ("6.65 billion pesetas".into(), 6.65e9, "ESP".into())
            ]
        );
        assert_eq!(
            units(
                "250 millions de florins hollandais et 420 millions de mark finlandais",
                Lang::Fr
            ),
            [
                (
                    "250 millions de florins hollandais".into(),
                    250e6,
                    "NLG".into()
                ),
                (
                    "420 millions de mark finlandais".into(),
                    420e6,
                    "FIM".into()
                )
            ]
        );
        assert_eq!(
            units("a loan of 100,000 ரூ, or 5,000 Sri Lankan rupees", Lang::En),
            [
                ("100,000 ரூ".into(), 1e5, "LKR".into()),
                ("5,000 Sri Lankan rupees".into(), 5000.0, "LKR".into())
            ]
        );
        let found = kinds("20 milliards de francs", Lang::Fr);
        assert!(found.contains(&(
            ValueKind::Currency,
            "20 milliards de francs".into(),
            Some(2e10)
        )));
    }

    #[test]
    fn cents_after_an_amount() {
        assert_eq!(
            units("it only cost 3 dollars 50 cents.", Lang::En),
            [("3 dollars 50 cents".into(), 3.5, "USD".into())]
        );
        assert_eq!(
            units("ça coûte 15 euros et 20 centimes", Lang::Fr),
            [("15 euros et 20 centimes".into(), 15.2, "EUR".into())]
        );
        // Cents and pence are money of their own.
        assert_eq!(
            units("shares closed at 470 pence, down one penny", Lang::En),
            [
                ("470 pence".into(), 470.0, "penny".into()),
                ("one penny".into(), 1.0, "penny".into())
            ]
        );
        assert_eq!(
            units("le contrat a gagné 1,20 cents", Lang::Fr),
            [("1,20 cents".into(), 1.2, "cent".into())]
        );
        // Another "and" closes the cents as a comma does.
        assert_eq!(
            units("it costs one dollar and two and three points", Lang::En),
            [("one dollar and two".into(), 1.02, "USD".into())]
        );
        assert_eq!(
            units("ça coûte 15 euros et 20 et rien de plus", Lang::Fr),
            [("15 euros et 20".into(), 15.2, "EUR".into())]
        );
        // A count after an amount is no cents.
        assert_eq!(
            units("$5 million and 30 people", Lang::En),
            [("$5 million".into(), 5e6, "USD".into())]
        );
    }

    #[test]
    fn measures_in_both_languages() {
        assert_eq!(
            units("660 square meters of land", Lang::En),
            [("660 square meters".into(), 660.0, "m2".into())]
        );
        assert_eq!(
            units("un terrain de 660 mètres carrés", Lang::Fr),
            [("660 mètres carrés".into(), 660.0, "m2".into())]
        );
        assert_eq!(
            units("a 3-inch thickness at 188 miles an hour", Lang::En),
            [
                ("3-inch".into(), 3.0, "in".into()),
                ("188 miles an hour".into(), 188.0, "mph".into())
            ]
        );
        assert_eq!(
            units("a 5,000 sq km area, 300 sq miles of forest", Lang::En),
            [
                ("5,000 sq km".into(), 5000.0, "km2".into()),
                ("300 sq miles".into(), 300.0, "mi2".into())
            ]
        );
        assert_eq!(
            units("des murs de 10 pieds, 34 500 tonnes métriques", Lang::Fr),
            [
                ("10 pieds".into(), 10.0, "ft".into()),
                ("34 500 tonnes métriques".into(), 34500.0, "t".into())
            ]
        );
        assert_eq!(
            units("he is 5 feet 2 inches, 20 (kg)", Lang::En),
            [
                ("5 feet 2 inches".into(), 5.166667, "ft".into()),
                ("20 (kg)".into(), 20.0, "kg".into())
            ]
        );
        assert_eq!(
            units("that one mile, 12 m 2 dm", Lang::En),
            [
                ("one mile".into(), 1.0, "mi".into()),
                ("12 m".into(), 12.0, "m".into()),
                ("2 dm".into(), 2.0, "dm".into())
            ]
        );
        // A unit letter running into a code is no unit.
        assert!(units("lot 24703L202", Lang::En).is_empty());
        assert_eq!(
            units("trente pourcentage", Lang::Fr),
            [("trente pourcentage".into(), 30.0, "percent".into())]
        );
    }
}
