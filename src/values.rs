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
        let figs: Vec<_> = figures(text, toks, lang)
            .into_iter()
            .filter(|f| !in_date[f.start..f.end].iter().any(|&u| u))
            .collect();
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
            if let Some(r) = range_at(&s, lex, &figs, n) {
                out.push(r);
            }
        }
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out
}

/// A number range around figure `n`: two figures joined ("entre 10 et 15") or one
/// bounded by a hedge ("more than 10", "au moins 3").
fn range_at(
    s: &Sent<'_>,
    lex: &Lexicon,
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
            && matches!(connector, "and" | "et" | "to" | "a" | "au" | "-")
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
    for k in (1..=4).rev() {
        if v0 >= k {
            if let Some((len, h)) = lex.hedges.longest_at(s.toks, &s.view, v0 - k) {
                if len != k {
                    continue;
                }
                let mut r = FoundValue::new(
                    s.tok(v0 - k).span.start..s.toks[f.end - 1].span.end,
                    ValueKind::NumberRange,
                );
                match h {
                    HedgeKind::MoreThan => {
                        r.low = Some(f.value);
                        r.low_inclusive = false;
                    }
                    HedgeKind::AtLeast => r.low = Some(f.value),
                    HedgeKind::LessThan => {
                        r.high = Some(f.value);
                        r.high_inclusive = false;
                    }
                    HedgeKind::UpTo => r.high = Some(f.value),
                    _ => return None,
                }
                return Some(r);
            }
        }
    }
    None
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
            "national paid $94,000 and 5.000 tonnes, up 8 percent",
            Lang::En,
        );
        assert!(found.contains(&(ValueKind::Currency, "$94,000".into(), Some(94000.0))));
        assert!(found.contains(&(ValueKind::Dimension, "5.000 tonnes".into(), Some(5000.0))));
        assert!(found.contains(&(ValueKind::Percent, "8 percent".into(), Some(8.0))));
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
}
