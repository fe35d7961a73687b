//! Dates and periods in French and English: absolute (`9 juin 2025`, `June 9, 2025`,
//! `2025-06-09`), partial (`juin 2024`, `en 2024`, `fin 2024`, `mi-2024`, `au printemps
//! 2023`), lists and ranges of days (`les 3 et 4 janvier`, `du 8 au 13 octobre`) and
//! relative ones (`hier`, `lundi`, `last year`, `il y a deux ans`), resolved against
//! the publication date. Without a publication date, a date that needs one is left
//! out rather than guessed.

use super::Sent;
use crate::Lang;
use crate::claims::{DateValue, Granularity};
use crate::text::TokKind;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday, date};

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// First token of the text, qualifier included ("Depuis décembre").
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The resolved period.
    pub value: DateValue,
    /// Whether the date names which event is meant rather than dating it ("the 1999
    /// super cyclone", "la crise de 2008").
    pub naming: bool,
}

const MONTHS: &[(&str, i8)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("fevrier", 2),
    ("fevr", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("aout", 8),
    ("septembre", 9),
    ("sept", 9),
    ("octobre", 10),
    ("oct", 10),
    ("novembre", 11),
    ("nov", 11),
    ("decembre", 12),
    ("dec", 12),
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lundi", Weekday::Monday),
    ("mardi", Weekday::Tuesday),
    ("mercredi", Weekday::Wednesday),
    ("jeudi", Weekday::Thursday),
    ("vendredi", Weekday::Friday),
    ("samedi", Weekday::Saturday),
    ("dimanche", Weekday::Sunday),
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Part of a period: (first, last) fraction in twelfths of a year or thirds of a month.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Early,
    Mid,
    Late,
}

fn month_of(word: &str, capitalized: bool, lang: Lang) -> Option<i8> {
    // "may" and "mar" are English words before they are months; "mars" is a planet.
    if matches!(word, "may" | "mar" | "sep" | "dec" | "jan") && !capitalized && lang == Lang::En {
        return None;
    }
    MONTHS.iter().find(|(m, _)| *m == word).map(|&(_, n)| n)
}

fn part_of(word: &str) -> Option<Part> {
    match word {
        "debut" | "early" | "beginning" | "commencement" => Some(Part::Early),
        "mi" | "mid" | "milieu" | "middle" => Some(Part::Mid),
        "fin" | "late" | "end" => Some(Part::Late),
        _ => None,
    }
}

fn season_of(word: &str) -> Option<(i8, i8)> {
    match word {
        "printemps" | "spring" => Some((3, 5)),
        "ete" | "summer" => Some((6, 8)),
        "automne" | "autumn" | "fall" => Some((9, 11)),
        "hiver" | "winter" => Some((1, 2)),
        _ => None,
    }
}

fn last_day(year: i16, month: i8) -> Date {
    date(year, month, 1).last_of_month()
}

fn year_period(y: i16, part: Option<Part>) -> DateValue {
    let (a, b, g) = match part {
        None => ((1, 1), (12, 31), Granularity::Year),
        Some(Part::Early) => ((1, 1), (4, 30), Granularity::PartOfYear),
        Some(Part::Mid) => ((5, 1), (8, 31), Granularity::PartOfYear),
        Some(Part::Late) => ((9, 1), (12, 31), Granularity::PartOfYear),
    };
    DateValue {
        start: date(y, a.0, a.1),
        end: date(y, b.0, b.1),
        granularity: g,
        since: false,
    }
}

fn month_period(y: i16, m: i8, part: Option<Part>) -> DateValue {
    let last = last_day(y, m);
    let (a, b) = match part {
        None => (1, last.day()),
        Some(Part::Early) => (1, 10),
        Some(Part::Mid) => (11, 20),
        Some(Part::Late) => (21, last.day()),
    };
    DateValue {
        start: date(y, m, a),
        end: date(y, m, b),
        granularity: if part.is_some() {
            Granularity::Days
        } else {
            Granularity::Month
        },
        since: false,
    }
}

fn day(d: Date) -> DateValue {
    DateValue {
        start: d,
        end: d,
        granularity: Granularity::Day,
        since: false,
    }
}

/// The year a month (and day) without a year falls in: the one nearest the
/// publication date, or the latest one on or before it when the text says "since"
/// ("depuis décembre", in June, is last December; "June 26", in May, is next month).
fn infer_year(published: Date, month: i8, d: Option<i8>, past: bool) -> i16 {
    let y = published.year();
    let at = |year: i16| date(year, month, d.unwrap_or(15).min(28));
    if past {
        return if at(y) > published { y - 1 } else { y };
    }
    let distance = |year: i16| (at(year) - published).get_days().abs();
    [y - 1, y, y + 1]
        .into_iter()
        .min_by_key(|&year| (distance(year), (year - y).abs()))
        .unwrap_or(y)
}

fn valid_day(y: i16, m: i8, d: i64) -> Option<Date> {
    Date::new(y, m, i8::try_from(d).ok()?).ok()
}

/// Finds the dates in sentence `s`.
pub fn find(s: &Sent<'_>, lang: Lang, published: Option<Date>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let n = s.view.len();
    let mut v = 0;
    while v < n {
        if let Some(m) = date_at(s, v, lang, published) {
            let next = s.view_index_at_or_after(m.end);
            out.push(m);
            v = next.max(v + 1);
        } else {
            v += 1;
        }
    }
    out
}

/// Qualifier words before a date, and whether they mean "since".
fn qualifier_before(s: &Sent<'_>, v: usize) -> (usize, bool) {
    let w = |k: usize| s.word(k);
    if v >= 3 && w(v - 3) == "a" && w(v - 2) == "partir" && w(v - 1) == "de" {
        return (v - 3, true);
    }
    if v >= 3 && w(v - 3) == "au" && w(v - 2) == "mois" && w(v - 1) == "de" {
        return (v - 3, false);
    }
    if v >= 2 && w(v - 2) == "jusqu" && w(v - 1) == "en" {
        return (v - 2, false);
    }
    if v >= 1 {
        match w(v - 1) {
            "depuis" | "since" => return (v - 1, true),
            // "dès 2025": the accent tells it from the article "des".
            "des" if s.raw(v - 1).to_lowercase() == "dès" => return (v - 1, true),
            "en" | "in" | "au" | "on" | "le" | "les" | "du" | "by" | "from" | "until" | "of" => {
                return (v - 1, false);
            }
            _ => {}
        }
    }
    (v, false)
}

fn date_at(s: &Sent<'_>, v: usize, lang: Lang, published: Option<Date>) -> Option<DateMention> {
    let tok = s.tok(v);
    let past = qualifier_before(s, v).1;
    let word = s.word(v);
    let num = |k: usize| -> Option<i64> {
        let t = s.tok(k);
        (k < s.view.len() && t.kind == TokKind::Num && t.norm.len() <= 4)
            .then(|| t.norm.parse().ok())
            .flatten()
    };
    let year_at = |k: usize| -> Option<i16> {
        if k >= s.view.len() {
            return None;
        }
        let t = s.tok(k);
        (t.kind == TokKind::Num && t.norm.len() == 4 && !s.is_grouped_number(k))
            .then(|| t.norm.parse::<i16>().ok())
            .flatten()
            .filter(|y| (1800..=2100).contains(y))
    };
    let finish = |start_v: usize, end_v: usize, mut value: DateValue| {
        let (q, since) = qualifier_before(s, start_v);
        value.since |= since;
        let naming = q == start_v
            && start_v > 0
            && matches!(s.word(start_v - 1), "the" | "this" | "that")
            && s.tok(end_v).kind == TokKind::Word
            && !s.tok(end_v).capitalized;
        Some(DateMention {
            start: s.view[q],
            end: s.view[end_v - 1] + 1,
            value,
            naming,
        })
    };

    // ISO 2025-06-09.
    if let Some(y) = year_at(v) {
        let t = |k: usize| s.view.get(k).map(|&i| &s.toks[i]);
        let iso = t(v + 1).is_some_and(|p| p.is_punct('-') && p.glued())
            || s.toks
                .get(s.view[v] + 1)
                .is_some_and(|p| p.is_punct('-') && p.glued());
        if iso {
            let ti = s.view[v];
            let m = s
                .toks
                .get(ti + 2)
                .filter(|x| x.kind == TokKind::Num && x.glued());
            let d = s
                .toks
                .get(ti + 4)
                .filter(|x| x.kind == TokKind::Num && x.glued());
            if let (Some(m), Some(d)) = (m, d)
                && let (Ok(m), Ok(dd)) = (m.norm.parse::<i8>(), d.norm.parse::<i64>())
                && let Some(dt) = Date::new(y, m, 1).ok().and_then(|_| valid_day(y, m, dd))
            {
                let (q, since) = qualifier_before(s, v);
                let mut value = day(dt);
                value.since = since;
                return Some(DateMention {
                    start: s.view[q],
                    end: ti + 5,
                    value,
                    naming: false,
                });
            }
        }
    }

    // Part of a period: "fin 2024", "début 2025", "mi-2024", "fin avril", "late 2024",
    // "au début 2025", "à la fin de 2024", "in early June".
    if let Some(part) = part_of(word) {
        let mut k = v + 1;
        if matches!(s.word(k), "de" | "d" | "of" | "du") {
            k += 1;
        }
        if matches!(s.word(k), "l" | "the")
            && matches!(s.word(k + 1), "annee" | "year")
            && let Some(p) = published
        {
            return finish(v, k + 2, year_period(p.year(), Some(part)));
        }
        if let Some(y) = year_at(k) {
            return finish(v, k + 1, year_period(y, Some(part)));
        }
        if let Some(m) =
            month_of(s.word(k), s.tok(k).capitalized, lang).filter(|_| k < s.view.len())
        {
            let (y, end) = match year_at(k + 1) {
                Some(y) => (Some(y), k + 2),
                None => (published.map(|p| infer_year(p, m, None, past)), k + 1),
            };
            return finish(v, end, month_period(y?, m, Some(part)));
        }
        // "à la fin de l'année dernière" is left to later work.
        return None;
    }

    // Seasons: "au printemps 2023", "in the summer of 2024", "l'été 2023".
    if let Some((a, b)) = season_of(word) {
        let mut k = v + 1;
        if matches!(s.word(k), "de" | "of") {
            k += 1;
        }
        if let Some(y) = year_at(k) {
            let value = DateValue {
                start: date(y, a, 1),
                end: last_day(y, b),
                granularity: Granularity::PartOfYear,
                since: false,
            };
            return finish(v, k + 1, value);
        }
        return None;
    }

    // Day lists and ranges: "les 3 et 4 janvier", "du 8 au 13 octobre", "June 9 and 10".
    if let Some(d1) = num(v).filter(|&d| (1..=31).contains(&d) && !s.is_grouped_number(v)) {
        let mut k = v + 1;
        // "1er"
        if s.word(k) == "er" && s.tok(k).glued() {
            k += 1;
        }
        let mut d2 = None;
        if (matches!(s.word(k), "et" | "au" | "and" | "to" | "-") || s.tok(k).is_punct('-'))
            && let Some(d) = num(k + 1).filter(|&d| (1..=31).contains(&d) && d > d1)
        {
            d2 = Some(d);
            k += 2;
        }
        if let Some(m) =
            month_of(s.word(k), s.tok(k).capitalized, lang).filter(|_| k < s.view.len())
        {
            let (y, end) = match year_at(k + 1) {
                Some(y) => (Some(y), k + 2),
                None => (
                    published.map(|p| infer_year(p, m, Some(d1 as i8), past)),
                    k + 1,
                ),
            };
            let y = y?;
            let start = valid_day(y, m, d1)?;
            let value = match d2 {
                Some(d2) => DateValue {
                    start,
                    end: valid_day(y, m, d2)?,
                    granularity: Granularity::Days,
                    since: false,
                },
                None => day(start),
            };
            return finish(v, end, value);
        }
        return None;
    }

    // Month first: "juin 2024", "June 9, 2025", "June 9", "décembre".
    if let Some(m) = month_of(word, tok.capitalized, lang) {
        if let Some(d) =
            num(v + 1).filter(|&d| (1..=31).contains(&d) && !s.is_grouped_number(v + 1))
        {
            let mut k = v + 2;
            if s.tok(k).is_punct(',') && k < s.view.len() {
                k += 1;
            }
            let (y, end) = match year_at(k) {
                Some(y) => (Some(y), k + 1),
                None => (
                    published.map(|p| infer_year(p, m, Some(d as i8), past)),
                    v + 2,
                ),
            };
            let y = y?;
            return finish(v, end, day(valid_day(y, m, d)?));
        }
        if let Some(y) = year_at(v + 1) {
            return finish(v, v + 2, month_period(y, m, None));
        }
        // A bare month needs a preposition to be a date ("en juin", "depuis décembre",
        // "in March"), else "mars" or "may" may be other words.
        let (q, _) = qualifier_before(s, v);
        if q == v {
            return None;
        }
        let y = published.map(|p| infer_year(p, m, None, past))?;
        return finish(v, v + 1, month_period(y, m, None));
    }

    // Weekdays, resolved to the latest such day on or before publication.
    if let Some(&(_, wd)) = WEEKDAYS.iter().find(|(w, _)| *w == word) {
        // "mardi 11 mars", "Tuesday, March 11": the date that follows says which.
        let k = if s.tok(v + 1).is_punct(',') {
            v + 2
        } else {
            v + 1
        };
        if let Some(mut m) = date_at(s, k, lang, published) {
            let (q, since) = qualifier_before(s, v);
            m.start = s.view[q];
            m.value.since |= since;
            return Some(m);
        }
        let p = published?;
        let future = v > 0 && matches!(s.word(v - 1), "until" | "next" | "jusqu" | "d'ici")
            || matches!(s.word(v + 1), "prochain" | "next");
        let d = if future {
            let ahead =
                (wd.to_monday_zero_offset() - p.weekday().to_monday_zero_offset()).rem_euclid(7);
            p.checked_add((if ahead == 0 { 7 } else { ahead } as i64).days())
                .ok()?
        } else {
            let back =
                (p.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7);
            p.checked_sub((back as i64).days()).ok()?
        };
        return finish(v, v + 1, day(d));
    }

    // Relative words.
    if let Some(p) = published {
        let rel = match (word, s.word(v + 1), s.word(v + 2)) {
            ("hier" | "yesterday", _, _) => Some((1, day(p.yesterday().ok()?))),
            ("avant", "hier", _) => Some((2, day(p.checked_sub(2.days()).ok()?))),
            ("aujourd", "hui", _) | ("today", _, _) => {
                Some((if word == "today" { 1 } else { 2 }, day(p)))
            }
            ("last" | "past", "year", _) => Some((2, year_period(p.year() - 1, None))),
            ("l", "an" | "annee", "dernier" | "derniere" | "passee") => {
                Some((3, year_period(p.year() - 1, None)))
            }
            ("cette", "annee", _) | ("this", "year", _) => Some((2, year_period(p.year(), None))),
            ("last", "month", _) => {
                let d = p.first_of_month().yesterday().ok()?;
                Some((2, month_period(d.year(), d.month(), None)))
            }
            ("le", "mois", "dernier") => {
                let d = p.first_of_month().yesterday().ok()?;
                Some((3, month_period(d.year(), d.month(), None)))
            }
            _ => None,
        };
        if let Some((len, value)) = rel {
            return finish(v, v + len, value);
        }
        // "il y a deux ans", "three years ago".
        if word == "il"
            && s.word(v + 1) == "y"
            && s.word(v + 2) == "a"
            && let Some((n, unit_v)) = count_at(s, v + 3, lang)
            && let Some(value) = ago(p, n, s.word(unit_v))
        {
            return finish(v, unit_v + 1, value);
        }
        if let Some((n, unit_v)) = count_at(s, v, lang)
            && s.word(unit_v + 1) == "ago"
            && let Some(value) = ago(p, n, s.word(unit_v))
        {
            return finish(v, unit_v + 2, value);
        }
    }

    // A year alone: "en 2014", "2024", "depuis 2022".
    if let Some(y) = year_at(v) {
        if s.followed_by_counted_noun(v) {
            return None;
        }
        return finish(v, v + 1, year_period(y, None));
    }
    None
}

/// A small count at view `v` (digits or words) and the view index of the word after it.
fn count_at(s: &Sent<'_>, v: usize, lang: Lang) -> Option<(i64, usize)> {
    if v >= s.view.len() {
        return None;
    }
    let t = s.tok(v);
    if t.kind == TokKind::Num {
        return Some((t.norm.parse().ok()?, v + 1));
    }
    let w = super::numwords::parse_cardinal(&t.norm, lang)?;
    (w.len == t.norm.len()).then_some((w.value as i64, v + 1))
}

fn ago(p: Date, n: i64, unit: &str) -> Option<DateValue> {
    match unit {
        "an" | "ans" | "annee" | "annees" | "year" | "years" => {
            Some(year_period(p.year() - i16::try_from(n).ok()?, None))
        }
        "mois" | "month" | "months" => {
            let d = p.checked_sub(n.months()).ok()?;
            Some(month_period(d.year(), d.month(), None))
        }
        "jour" | "jours" | "day" | "days" => Some(day(p.checked_sub(n.days()).ok()?)),
        "semaine" | "semaines" | "week" | "weeks" => {
            let d = p.checked_sub((7 * n).days()).ok()?;
            Some(DateValue {
                start: d.checked_sub(3.days()).ok()?,
                end: d.checked_add(3.days()).ok()?,
                granularity: Granularity::Days,
                since: false,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The dates of `text` as (text as written, start, end, since).
    fn dates(
        text: &str,
        lang: Lang,
        published: Option<Date>,
    ) -> Vec<(String, String, String, bool)> {
        let toks = tokenize(text, 0);
        let s = Sent::new(text, &toks);
        find(&s, lang, published)
            .into_iter()
            .map(|d| {
                let a = toks[d.start].span.start;
                let b = toks[d.end - 1].span.end;
                (
                    text[a..b].to_string(),
                    d.value.start.to_string(),
                    d.value.end.to_string(),
                    d.value.since,
                )
            })
            .collect()
    }

    fn one(text: &str, lang: Lang, published: &str) -> (String, String, String, bool) {
        let found = dates(text, lang, Some(published.parse().unwrap()));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn t(a: &str, b: &str, c: &str, since: bool) -> (String, String, String, bool) {
        (a.into(), b.into(), c.into(), since)
    }

    #[test]
    fn years_and_parts_of_years() {
        assert_eq!(
            one("engagés en 2014 à Koursk", Lang::Fr, "2025-05-05"),
            t("en 2014", "2014-01-01", "2014-12-31", false)
        );
        assert_eq!(
            one("Fin 2024, des soldats", Lang::Fr, "2025-07-01"),
            t("Fin 2024", "2024-09-01", "2024-12-31", false)
        );
        assert_eq!(
            one("au début 2025(2)", Lang::Fr, "2025-05-05"),
            t("au début 2025", "2025-01-01", "2025-04-30", false)
        );
        assert_eq!(
            one("depuis mi-2024", Lang::Fr, "2025-05-05"),
            t("depuis mi-2024", "2024-05-01", "2024-08-31", true)
        );
        assert_eq!(
            one("in late 2024 the plan", Lang::En, "2025-06-16"),
            t("in late 2024", "2024-09-01", "2024-12-31", false)
        );
        assert_eq!(
            one("au printemps 2023", Lang::Fr, "2025-05-05"),
            t("au printemps 2023", "2023-03-01", "2023-05-31", false)
        );
    }

    #[test]
    fn months_without_a_year_take_it_from_publication() {
        assert_eq!(
            one("Depuis décembre, les deux pays", Lang::Fr, "2025-06-10"),
            t("Depuis décembre", "2024-12-01", "2024-12-31", true)
        );
        assert_eq!(
            one("le 26 avril un destroyer", Lang::Fr, "2025-05-05"),
            t("le 26 avril", "2025-04-26", "2025-04-26", false)
        );
        assert_eq!(
            one("En juin 2024, les deux", Lang::Fr, "2025-07-01"),
            t("En juin 2024", "2024-06-01", "2024-06-30", false)
        );
        // A few days after publication is a slip or an announcement, not last year.
        assert_eq!(
            one("landfall on June 19, Odisha", Lang::En, "2025-06-16"),
            t("on June 19", "2025-06-19", "2025-06-19", false)
        );
    }

    #[test]
    fn day_lists_and_ranges() {
        assert_eq!(
            one("les 3 et 4 janvier, les forces", Lang::Fr, "2025-05-05"),
            t("les 3 et 4 janvier", "2025-01-03", "2025-01-04", false)
        );
        assert_eq!(
            one("du 8 au 13 octobre 2024", Lang::Fr, "2025-05-05"),
            t("du 8 au 13 octobre 2024", "2024-10-08", "2024-10-13", false)
        );
    }

    #[test]
    fn english_and_iso_days() {
        assert_eq!(
            one("on June 9, 2025 the storm", Lang::En, "2025-06-20"),
            t("on June 9, 2025", "2025-06-09", "2025-06-09", false)
        );
        assert_eq!(
            one("late on 9 June, with", Lang::En, "2025-06-12"),
            t("on 9 June", "2025-06-09", "2025-06-09", false)
        );
        assert_eq!(
            one("signed 2025-06-09 in", Lang::En, "2025-06-20"),
            t("2025-06-09", "2025-06-09", "2025-06-09", false)
        );
    }

    #[test]
    fn relative_dates_resolve_against_publication() {
        // 2025-06-10 is a Tuesday.
        assert_eq!(
            one("late on Monday, officials", Lang::En, "2025-06-10"),
            t("on Monday", "2025-06-09", "2025-06-09", false)
        );
        assert_eq!(
            one("hier soir", Lang::Fr, "2025-06-10"),
            t("hier", "2025-06-09", "2025-06-09", false)
        );
        assert_eq!(
            one("l’an dernier ; partout", Lang::Fr, "2025-06-15"),
            t("l’an dernier", "2024-01-01", "2024-12-31", false)
        );
        assert_eq!(
            one("Il y a deux ans encore", Lang::Fr, "2025-06-15"),
            t("Il y a deux ans", "2023-01-01", "2023-12-31", false)
        );
        assert_eq!(
            one("three years ago", Lang::En, "2025-06-15"),
            t("three years ago", "2022-01-01", "2022-12-31", false)
        );
        assert_eq!(
            one("cancelled until Wednesday.", Lang::En, "2025-06-10"),
            t("until Wednesday", "2025-06-11", "2025-06-11", false)
        );
    }

    #[test]
    fn without_publication_relative_dates_are_left_out() {
        assert!(dates("hier soir, le 26 avril", Lang::Fr, None).is_empty());
        assert_eq!(dates("en 2014", Lang::Fr, None).len(), 1);
    }

    #[test]
    fn counts_and_bare_months_are_not_dates() {
        let p = Some(date(2025, 6, 10));
        assert!(dates("2000 soldats sont arrivés", Lang::Fr, p).is_empty());
        assert!(dates("it may rain", Lang::En, p).is_empty());
        assert!(dates("la planète mars", Lang::Fr, p).is_empty());
    }
}
