//! Dates and periods in French and English: absolute (`9 juin 2025`, `June 9, 2025`,
//! `2025-06-09`, `09/06/2025`), partial (`juin 2024`, `en 2024`, `fin 2024`, `mi-2024`,
//! `au printemps 2023`, `the third quarter of 2016`, `the 1990s`), lists and ranges
//! (`les 3 et 4 janvier`, `du 8 au 13 octobre`, `between Jan 1 and Jan 5`, `2014-2018`)
//! and relative ones (`hier`, `lundi prochain`, `last year`, `la semaine prochaine`,
//! `il y a deux ans`, `1 month 21 days ago`), resolved against the publication date.
//! Without a publication date, a date that needs one is left out rather than guessed.
//! Open periods (`before 2010`, `après le 3 mai`, `2018 or later`, `to date`) keep the
//! date they name and say which way they run ([`DateValue::open`]); holidays with a
//! fixed or computed day (`Noël`, `Easter 2018`, `Thanksgiving`) are dates. Dates told
//! relative to another event (`the next day`, `le lendemain`, `two days later`) are
//! not resolved against publication, which is not what they count from.
//!
//! The reading is a small grammar: [`Reader::point`] reads one date or period at a
//! word, [`Reader::range`] joins two of them ("from X to Y"), and [`find`] adds the
//! qualifier words around them ("depuis", "on", "le").

use super::Sent;
use super::numwords::WordNumber;
use crate::Lang;
use crate::claims::{DateValue, Granularity, Open};
use crate::text::TokKind;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use std::cell::Cell;
use std::sync::LazyLock;

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// First token of the text, qualifier included ("Depuis décembre").
    pub start: usize,
    /// First token of the date itself, without a preposition or article that only
    /// places it ("décembre" in "en décembre", "26 avril" in "le 26 avril"); "depuis",
    /// "from" and "between", which change the period, stay.
    pub core: usize,
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
    ("fev", 2),
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

/// Short weekday names, which are also ordinary words ("sat", "wed", "mer", and
/// "tues" once accents are folded from "tués"): dates only when a day of the month
/// follows ("Wed, 22 Jan", "Mer 22 janvier").
const SHORT_WEEKDAYS: &[(&str, Weekday, Lang)] = &[
    ("mon", Weekday::Monday, Lang::En),
    ("tue", Weekday::Tuesday, Lang::En),
    ("tues", Weekday::Tuesday, Lang::En),
    ("wed", Weekday::Wednesday, Lang::En),
    ("thu", Weekday::Thursday, Lang::En),
    ("thur", Weekday::Thursday, Lang::En),
    ("thurs", Weekday::Thursday, Lang::En),
    ("fri", Weekday::Friday, Lang::En),
    ("sat", Weekday::Saturday, Lang::En),
    ("sun", Weekday::Sunday, Lang::En),
    ("lun", Weekday::Monday, Lang::Fr),
    ("mer", Weekday::Wednesday, Lang::Fr),
    ("jeu", Weekday::Thursday, Lang::Fr),
    ("ven", Weekday::Friday, Lang::Fr),
    ("sam", Weekday::Saturday, Lang::Fr),
    ("dim", Weekday::Sunday, Lang::Fr),
];

/// Day ordinals in words, as days of the month ("the fourth of May", "May twenty-first").
const DAY_ORDINALS: &[(&str, i8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("premier", 1),
];

/// French day ordinals in words, accents folded ("le premier janvier", "seconde de
/// août", "août deuxième"); the tens of compounds ("vingt et unième") are read apart.
const FR_DAY_ORDINALS: &[(&str, i8)] = &[
    ("premier", 1),
    ("unieme", 1),
    ("second", 2),
    ("seconde", 2),
    ("deuxieme", 2),
    ("troisieme", 3),
    ("quatrieme", 4),
    ("cinquieme", 5),
    ("sixieme", 6),
    ("septieme", 7),
    ("huitieme", 8),
    ("neuvieme", 9),
    ("dixieme", 10),
    ("onzieme", 11),
    ("douzieme", 12),
    ("treizieme", 13),
    ("quatorzieme", 14),
    ("quinzieme", 15),
    ("seizieme", 16),
    ("vingtieme", 20),
    ("trentieme", 30),
];

/// Part of a period: its first, middle or last third.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Early,
    Mid,
    Late,
}

/// A calendar unit that relative expressions count in.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
}

/// A date or period read at a word: one past its last view index, and its value.
type Found = (usize, DateValue);

fn month_of(word: &str, capitalized: bool, lang: Lang) -> Option<i8> {
    // "may" and "mar" are English words before they are months; "mars" is a planet.
    if matches!(word, "may" | "mar" | "march" | "sep" | "dec" | "jan")
        && !capitalized
        && lang == Lang::En
    {
        return None;
    }
    // Every word of a sentence is asked: a map, not a scan of the table.
    static BY_NAME: LazyLock<foldhash::HashMap<&str, i8>> = LazyLock::new(|| first_wins(MONTHS));
    BY_NAME.get(word).copied()
}

/// A map from each name of `table` to its first entry's value, as a scan would find it.
fn first_wins<V: Copy>(table: &[(&'static str, V)]) -> foldhash::HashMap<&'static str, V> {
    let mut map = foldhash::HashMap::default();
    for &(name, value) in table {
        map.entry(name).or_insert(value);
    }
    map
}

fn is_month_abbreviation(word: &str) -> bool {
    word.len() <= 4
        && !matches!(
            word,
            "mars" | "mai" | "juin" | "aout" | "may" | "june" | "july"
        )
}

fn part_of(word: &str) -> Option<Part> {
    match word {
        "debut" | "early" | "beginning" | "commencement" | "start" => Some(Part::Early),
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

fn unit_of(word: &str) -> Option<Unit> {
    Some(match word {
        "day" | "days" | "jour" | "jours" => Unit::Day,
        "week" | "weeks" | "semaine" | "semaines" => Unit::Week,
        "weekend" | "weekends" => Unit::Weekend,
        "month" | "months" | "mois" => Unit::Month,
        "year" | "years" | "an" | "ans" | "annee" | "annees" => Unit::Year,
        "decade" | "decades" | "decennie" | "decennies" => Unit::Decade,
        "quarter" | "quarters" | "trimestre" | "trimestres" => Unit::Quarter,
        _ => return None,
    })
}

/// The offset a relative word gives: 0 for "this", 1 for "next", -1 for "last".
fn offset_before(word: &str) -> Option<i64> {
    match word {
        "this" | "current" | "ce" | "cet" | "cette" => Some(0),
        "next" | "coming" | "upcoming" | "prochain" | "prochaine" => Some(1),
        "last" | "past" | "previous" | "dernier" | "derniere" => Some(-1),
        _ => None,
    }
}

/// The offset a relative word after its noun gives ("la semaine prochaine").
fn offset_after(word: &str) -> Option<i64> {
    match word {
        "prochain" | "prochaine" | "next" => Some(1),
        "dernier" | "derniere" | "passe" | "passee" | "last" => Some(-1),
        _ => None,
    }
}

/// An ordinal that picks a part of a period: "first", "2nd", "troisième", "last" (-1).
fn rank_of(word: &str) -> Option<i64> {
    Some(match word {
        "first" | "premier" | "premiere" => 1,
        "second" | "deuxieme" | "seconde" => 2,
        "third" | "troisieme" => 3,
        "fourth" | "quatrieme" => 4,
        "fifth" | "cinquieme" => 5,
        "last" | "dernier" | "derniere" => -1,
        _ => return None,
    })
}

fn ymd(y: i16, m: i8, d: i8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

fn span(start: Date, end: Date, granularity: Granularity) -> DateValue {
    DateValue {
        start,
        end,
        granularity,
        since: false,
        open: None,
    }
}

fn year_period(y: i16, part: Option<Part>) -> Option<DateValue> {
    let (a, b, g) = match part {
        None => ((1, 1), (12, 31), Granularity::Year),
        Some(Part::Early) => ((1, 1), (4, 30), Granularity::PartOfYear),
        Some(Part::Mid) => ((5, 1), (8, 31), Granularity::PartOfYear),
        Some(Part::Late) => ((9, 1), (12, 31), Granularity::PartOfYear),
    };
    Some(span(ymd(y, a.0, a.1)?, ymd(y, b.0, b.1)?, g))
}

fn month_period(y: i16, m: i8, part: Option<Part>) -> Option<DateValue> {
    let last = ymd(y, m, 1)?.last_of_month();
    let (a, b) = match part {
        None => (1, last.day()),
        Some(Part::Early) => (1, 15),
        Some(Part::Mid) => (10, 20),
        Some(Part::Late) => (16, last.day()),
    };
    let g = if part.is_some() {
        Granularity::Days
    } else {
        Granularity::Month
    };
    Some(span(ymd(y, m, a)?, ymd(y, m, b)?, g))
}

fn day(d: Date) -> DateValue {
    span(d, d, Granularity::Day)
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

/// Monday to Sunday of the week holding `d`.
fn week_of(d: Date) -> Option<DateValue> {
    let monday = add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
    Some(span(monday, add_days(monday, 6)?, Granularity::Days))
}

/// The day `wd` of the week holding `d`.
fn weekday_in_week(d: Date, wd: Weekday) -> Option<Date> {
    let monday = week_of(d)?.start;
    add_days(monday, i64::from(wd.to_monday_zero_offset()))
}

fn decade_period(y: i16) -> Option<DateValue> {
    Some(span(
        ymd(y, 1, 1)?,
        ymd(y.checked_add(9)?, 12, 31)?,
        Granularity::Year,
    ))
}

/// The season (`a`..`b` months) of year `y`.
fn season_period(y: i16, (a, b): (i8, i8)) -> Option<DateValue> {
    Some(span(
        ymd(y, a, 1)?,
        ymd(y, b, 1)?.last_of_month(),
        Granularity::PartOfYear,
    ))
}

/// The calendar `unit` holding `p`, moved by `offset` units ("next month": 1).
fn unit_period(p: Date, unit: Unit, offset: i64) -> Option<DateValue> {
    match unit {
        Unit::Day => Some(day(add_days(p, offset)?)),
        Unit::Week => week_of(add_days(p, 7 * offset)?),
        Unit::Weekend => {
            let w = week_of(add_days(p, 7 * offset)?)?;
            Some(span(add_days(w.start, 5)?, w.end, Granularity::Days))
        }
        Unit::Month => {
            let d = p.first_of_month().checked_add(offset.months()).ok()?;
            month_period(d.year(), d.month(), None)
        }
        Unit::Year => year_period(p.year().checked_add(i16::try_from(offset).ok()?)?, None),
        Unit::Quarter => {
            let first = ymd(p.year(), (p.month() - 1) / 3 * 3 + 1, 1)?;
            let d = first.checked_add((3 * offset).months()).ok()?;
            Some(span(
                d,
                d.checked_add(2.months()).ok()?.last_of_month(),
                Granularity::Days,
            ))
        }
        Unit::Decade => {
            let y = p.year() - p.year().rem_euclid(10);
            decade_period(y.checked_add(i16::try_from(10 * offset).ok()?)?)
        }
    }
}

/// `n` units before (negative) or after `p`: one day when counted in days or weeks
/// ("two weeks ago"), the month or year it falls in when counted in months or years
/// ("il y a deux ans": that year, as precise as the text).
fn shifted(p: Date, n: i64, unit: Unit) -> Option<DateValue> {
    match unit {
        Unit::Year => year_period(p.year().checked_add(i16::try_from(n).ok()?)?, None),
        Unit::Month => {
            let d = p.checked_add(n.months()).ok()?;
            month_period(d.year(), d.month(), None)
        }
        Unit::Day => Some(day(add_days(p, n)?)),
        Unit::Week => Some(day(add_days(p, 7 * n)?)),
        Unit::Weekend | Unit::Decade | Unit::Quarter => None,
    }
}

/// The counts of units before (`sign` -1) or after (1) `p`, as precise as the smallest
/// unit counted: "2 years 1 month ago" is a month, "1 month 21 days ago" a day.
fn shifted_by(p: Date, parts: &[(i64, Unit)], sign: i64) -> Option<DateValue> {
    if let [(n, unit)] = parts {
        return shifted(p, sign * n, *unit);
    }
    let mut d = p;
    for &(n, unit) in parts {
        let n = sign * n;
        d = match unit {
            Unit::Year => d.checked_add(n.years()).ok()?,
            Unit::Month => d.checked_add(n.months()).ok()?,
            Unit::Week => add_days(d, 7 * n)?,
            Unit::Day => add_days(d, n)?,
            Unit::Weekend | Unit::Decade | Unit::Quarter => return None,
        };
    }
    let finest = parts.iter().map(|&(_, u)| u).min_by_key(|u| match u {
        Unit::Day => 0,
        Unit::Week => 1,
        _ => 2 + i32::from(*u == Unit::Year),
    })?;
    match finest {
        Unit::Year => year_period(d.year(), None),
        Unit::Month => month_period(d.year(), d.month(), None),
        _ => Some(day(d)),
    }
}

/// The day `parts` (counts of units) after (`sign` 1) or before (-1) `d`, to the day.
fn moved(d: Date, parts: &[(i64, Unit)], sign: i64) -> Option<Date> {
    let mut d = d;
    for &(n, unit) in parts {
        let n = sign * n;
        d = match unit {
            Unit::Day => add_days(d, n)?,
            Unit::Week => add_days(d, 7 * n)?,
            Unit::Month => d.checked_add(n.months()).ok()?,
            Unit::Quarter => d.checked_add((3 * n).months()).ok()?,
            Unit::Year => d.checked_add(n.years()).ok()?,
            Unit::Decade => d.checked_add((10 * n).years()).ok()?,
            Unit::Weekend => return None,
        };
    }
    Some(d)
}

/// The `n` units just before (`n` < 0) or just after `p`: "the past 3 weeks", "les
/// trois prochains jours".
fn stretch(p: Date, n: i64, unit: Unit) -> Option<DateValue> {
    let other = match unit {
        Unit::Day => add_days(p, n)?,
        Unit::Week => add_days(p, 7 * n)?,
        Unit::Month => p.checked_add(n.months()).ok()?,
        Unit::Year => p.checked_add(n.years()).ok()?,
        // "the past two decades": whole decades, as for "the 1990s".
        Unit::Decade => {
            let first = p.year() - p.year().rem_euclid(10);
            let n = i16::try_from(n).ok()?;
            let (a, b) = if n < 0 {
                (first.checked_add(10 * n)?, first - 1)
            } else {
                (first.checked_add(10)?, first.checked_add(10 * n + 9)?)
            };
            return Some(span(ymd(a, 1, 1)?, ymd(b, 12, 31)?, Granularity::Year));
        }
        // "the last two quarters": whole quarters before or after the current one.
        Unit::Quarter => {
            let first = unit_period(p, Unit::Quarter, 0)?.start;
            let (a, b) = if n < 0 {
                (
                    first.checked_add((3 * n).months()).ok()?,
                    add_days(first, -1)?,
                )
            } else {
                let next = first.checked_add(3.months()).ok()?;
                (
                    next,
                    add_days(next.checked_add((3 * n).months()).ok()?, -1)?,
                )
            };
            return Some(span(a, b, Granularity::Days));
        }
        Unit::Weekend => return None,
    };
    let (a, b) = if n < 0 {
        (other, p)
    } else {
        (add_days(p, 1)?, other)
    };
    Some(span(a, b, Granularity::Days))
}

/// The first, middle or last part of a period: thirds of a year ("fin 2024":
/// September to December), halves of a month ("fin avril": from the 16th), the first
/// three, middle four or last four days of a week. A single day
/// has no parts.
fn part_of_period(v: DateValue, part: Part) -> Option<DateValue> {
    match v.granularity {
        Granularity::Year if v.start.year() == v.end.year() => {
            year_period(v.start.year(), Some(part))
        }
        Granularity::Month => month_period(v.start.year(), v.start.month(), Some(part)),
        Granularity::Day => None,
        _ => {
            let len = (v.end - v.start).get_days() as i64 + 1;
            let (a, b) = match part {
                Part::Early => (0, len * 3 / 7 - 1),
                Part::Mid => (len / 7, len * 5 / 7 - 1),
                Part::Late => (len * 3 / 7, len - 1),
            };
            let g = if v.granularity == Granularity::Year {
                Granularity::Year
            } else {
                Granularity::Days
            };
            Some(span(add_days(v.start, a)?, add_days(v.start, b.max(a))?, g))
        }
    }
}

/// The year a month (and day) without a year falls in: the one nearest the
/// publication date, or the latest one on or before it when the text says "since"
/// ("depuis décembre", in June, is last December; "June 26", in May, is next month).
fn infer_year(published: Date, month: i8, d: Option<i8>, past: bool) -> i16 {
    let y = published.year();
    // "29/2": the nearest leap year.
    if month == 2 && d == Some(29) {
        return (y - 4..=y + 4)
            .filter_map(|year| Some((year, ymd(year, 2, 29)?)))
            .filter(|(_, a)| !past || *a <= published)
            .min_by_key(|(_, a)| (*a - published).get_days().abs())
            .map_or(y, |(year, _)| year);
    }
    let at = |year: i16| ymd(year, month, d.unwrap_or(15).min(28));
    if past {
        return if at(y).is_some_and(|a| a > published) {
            y - 1
        } else {
            y
        };
    }
    let distance = |year: i16| at(year).map_or(i32::MAX, |a| (a - published).get_days().abs());
    [y - 1, y, y + 1]
        .into_iter()
        .min_by_key(|&year| (distance(year), (year - y).abs()))
        .unwrap_or(y)
}

/// The month `m` of the year before (`offset` -1) or after (1) the publication month:
/// "juin dernier", "next June".
fn month_relative(p: Date, m: i8, offset: i64) -> Option<DateValue> {
    let y = p.year();
    let y = match offset {
        0 => y,
        o if o < 0 => {
            if m < p.month() {
                y
            } else {
                y - 1
            }
        }
        _ => {
            if m > p.month() {
                y
            } else {
                y + 1
            }
        }
    };
    month_period(y, m, None)
}

fn valid_day(y: i16, m: i8, d: i64) -> Option<Date> {
    ymd(y, m, i8::try_from(d).ok()?)
}

/// Finds the dates in sentence `s`.
pub fn find(s: &Sent<'_>, lang: Lang, published: Option<Date>) -> Vec<DateMention> {
    // Most sentences hold no date, and most words come after the last word a date can
    // hold: the rules are not tried there (see `anchors_date`).
    let Some(last) = (0..s.view.len()).rev().find(|&v| anchors_date(s, v, lang)) else {
        return Vec::new();
    };
    let r = Reader {
        s,
        lang,
        p: published,
        rest_cardinals: vec![Cell::new(None); s.view.len()],
        word_cardinals: vec![Cell::new(None); s.view.len()],
    };
    let mut out: Vec<DateMention> = Vec::new();
    let mut v = 0;
    while v <= last {
        if let Some(m) = r.mention_at(v) {
            let next = s.view_index_at_or_after(m.end);
            out.push(m);
            v = next.max(v + 1);
        } else {
            v += 1;
        }
    }
    out
}

/// Whether the word at view `v` of `s` can anchor a date: digits, a month, a weekday
/// (short ones too), a day as an ordinal word ("second"), a calendar unit, a season, a
/// holiday, "today", "hier", "now", "century", a decade ("sixties"), or a number word
/// worth ten or more (a year in words, "les années trente"). Every rule of [`Reader::point`] and [`Reader::range`] that
/// matches at a word reads one of these at or after it; words before it ("on", "the",
/// "next", "il y a", "deux") only qualify or count. So [`find`] tries no word after the
/// sentence's last anchor. A new rule that can match without one must add its word
/// here: the tests, which go through [`find`], would miss its dates otherwise.
fn anchors_date(s: &Sent<'_>, v: usize, lang: Lang) -> bool {
    static WORDS: LazyLock<foldhash::HashSet<&str>> = LazyLock::new(|| {
        let tables = MONTHS.iter().map(|&(w, _)| w);
        let tables = tables.chain(WEEKDAYS.iter().map(|&(w, _)| w));
        let tables = tables.chain(SHORT_WEEKDAYS.iter().map(|&(w, ..)| w));
        // Days as ordinal words alone ("for the second.").
        let tables = tables.chain(DAY_ORDINALS.iter().map(|&(w, _)| w));
        // French ones too ("pour le deuxième !").
        let tables = tables.chain(FR_DAY_ORDINALS.iter().map(|&(w, _)| w));
        tables
            .chain([
                // Relative days and "to date", "between now and …".
                "today",
                "aujourd",
                "tomorrow",
                "tmrw",
                "demain",
                "yesterday",
                "hier",
                "now",
                "maintenant",
                "date",
                "workweek",
                // Holidays.
                "christmas",
                "xmas",
                "noel",
                "halloween",
                "valentine",
                "valentin",
                "sylvestre",
                "patrick",
                "toussaint",
                "easter",
                "paques",
                "thanksgiving",
                "travail",
                // Centuries, decades, parts of a year ("the first half", "le 2e semestre").
                "century",
                "siecle",
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
                "noughties",
                "tens",
                "thousands",
                "quart",
                "half",
                "semestre",
            ])
            .collect()
    });
    let t = s.tok(v);
    match t.kind {
        TokKind::Num => true,
        TokKind::Word => {
            let w = t.norm.as_str();
            WORDS.contains(w)
                || unit_of(w).is_some()
                || season_of(w).is_some()
                || super::numwords::is_ten_or_more(w, lang)
        }
        TokKind::Punct | TokKind::Opaque => false,
    }
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
            "en" | "in" | "au" | "on" | "le" | "les" | "du" | "by" | "from" | "until" | "of"
            | "during" | "durant" | "pendant" | "courant" => {
                return (v - 1, false);
            }
            _ => {}
        }
    }
    (v, false)
}

/// Reads dates at given words of one sentence.
struct Reader<'r, 'a> {
    s: &'r Sent<'a>,
    lang: Lang,
    p: Option<Date>,
    /// The cardinal in words read from each word to the end of the sentence, once asked:
    /// the rules try every word as a day, a year and a count, and reading it again each
    /// time was most of extraction's time.
    rest_cardinals: Vec<Cell<Option<Option<WordNumber>>>>,
    /// The cardinal in words read from each word alone ("vingt-cinq"), once asked.
    word_cardinals: Vec<Cell<Option<Option<WordNumber>>>>,
}

/// Looks `v` up in `memo`, reading and remembering it on a miss.
fn memoized(
    memo: &[Cell<Option<Option<WordNumber>>>],
    v: usize,
    read: impl FnOnce() -> Option<WordNumber>,
) -> Option<WordNumber> {
    let Some(cell) = memo.get(v) else {
        return read();
    };
    if let Some(known) = cell.get() {
        return known;
    }
    let found = read();
    cell.set(Some(found));
    found
}

impl Reader<'_, '_> {
    /// The cardinal in words starting at word `v` and running at most to the end of the
    /// sentence.
    fn cardinal_from(&self, v: usize) -> Option<WordNumber> {
        memoized(&self.rest_cardinals, v, || {
            let s = self.s;
            let from = s.tok(v).span.start;
            let to = s.toks.last()?.span.end;
            super::numwords::parse_cardinal(s.text.get(from..to)?, self.lang)
        })
    }

    /// The cardinal in words at the start of word `v`'s normalised form.
    fn cardinal_in_word(&self, v: usize) -> Option<WordNumber> {
        memoized(&self.word_cardinals, v, || {
            super::numwords::parse_cardinal(&self.s.tok(v).norm, self.lang)
        })
    }

    fn w(&self, v: usize) -> &str {
        self.s.word(v)
    }

    fn is_num(&self, v: usize) -> bool {
        v < self.s.view.len() && self.s.tok(v).kind == TokKind::Num
    }

    /// A short number at `v` (up to four digits, not a group of a larger figure).
    fn num(&self, v: usize) -> Option<i64> {
        let t = self.s.tok(v);
        (self.is_num(v) && t.norm.len() <= 4 && !self.s.is_grouped_number(v))
            .then(|| t.norm.parse().ok())
            .flatten()
    }

    /// A year written in four digits (not an amount: "$2000").
    fn year(&self, v: usize) -> Option<i16> {
        let t = self.s.tok(v);
        let i = *self.s.view.get(v)?;
        if i > 0 && t.glued() && matches!(self.s.toks[i - 1].norm.as_str(), "$" | "€" | "£" | "¥")
        {
            return None;
        }
        (self.is_num(v) && t.norm.len() == 4 && !self.s.is_grouped_number(v))
            .then(|| t.norm.parse::<i16>().ok())
            .flatten()
            .filter(|y| (1800..=2100).contains(y))
            .filter(|&y| !self.in_code(i, y))
    }

    /// Whether the year-like number at token `i` is part of a code or a phone number
    /// ("138-2010-2015", "2015-32", "82-2100"): glued by hyphens or slashes to numbers
    /// that are neither a month, a year nor the next year's two digits.
    fn in_code(&self, i: usize, y: i16) -> bool {
        let toks = self.s.toks;
        let linked = |sep: usize, num: usize| {
            toks.get(sep).zip(toks.get(num)).is_some_and(|(a, b)| {
                a.kind == TokKind::Punct
                    && matches!(a.norm.as_str(), "-" | "/" | ".")
                    && b.kind == TokKind::Num
                    && a.glued()
                    && toks[sep.max(num)].glued()
            })
        };
        let value = |j: usize| toks[j].norm.parse::<i64>().unwrap_or(i64::MAX);
        let left = i >= 2 && linked(i - 1, i - 2);
        let right = linked(i + 1, i + 2);
        if (left && right)
            || (left && i >= 4 && linked(i - 3, i - 4))
            || (right && linked(i + 3, i + 4))
        {
            return true;
        }
        let fits = |j: usize, after: bool| {
            let n = value(j);
            match toks[j].norm.len() {
                4 => (1800..=2100).contains(&n),
                1 | 2 => n <= 12 || (after && n == i64::from((y + 1) % 100)),
                _ => false,
            }
        };
        (left && !fits(i - 2, false)) || (right && !fits(i + 2, true))
    }

    /// A year in words: "two thousand and eighteen", "nineteen seventy-eight",
    /// "deux mille dix-huit": the year and the view index after it.
    fn year_words(&self, v: usize) -> Option<(i16, usize)> {
        let s = self.s;
        if v >= s.view.len() || s.tok(v).kind != TokKind::Word {
            return None;
        }
        let end_of = |k: usize| -> Option<(f64, usize)> {
            let from = s.tok(k).span.start;
            let n = self.cardinal_from(k)?;
            let after = s
                .view
                .partition_point(|&i| s.toks[i].span.start < from + n.len);
            (n.value.fract() == 0.0).then_some((n.value, after))
        };
        let (mut value, mut e) = end_of(v)?;
        // "nineteen seventy-eight", "dix-neuf soixante-dix": a century in one word,
        // then the year in it.
        let one_word = e > v
            && s.text
                .get(s.tok(v).span.start..s.tok(e - 1).span.end)
                .is_some_and(|t| !t.contains(char::is_whitespace));
        // "nineteen oh one", "nineteen zero five": the first years of a century.
        if one_word
            && self.lang == Lang::En
            && (10.0..=20.0).contains(&value)
            && matches!(self.w(e), "oh" | "o" | "zero")
            && let Some((unit, e2)) = end_of(e + 1).filter(|&(u, _)| (1.0..10.0).contains(&u))
        {
            let y = value * 100.0 + unit;
            return ((1000.0..=2100.0).contains(&y)).then_some((y as i16, e2));
        }
        if one_word
            && (10.0..=20.0).contains(&value)
            && let Some((rest, e2)) = end_of(e).filter(|&(r, _)| (1.0..100.0).contains(&r))
        {
            value = value * 100.0 + rest;
            e = e2;
        }
        ((1000.0..=2100.0).contains(&value)).then_some((value as i16, e))
    }

    /// A year in digits or words where a year is expected (after a month, "of", "in").
    fn year_any(&self, v: usize) -> Option<(i16, usize)> {
        self.year(v)
            .or_else(|| self.old_year(v))
            .map(|y| (y, v + 1))
            .or_else(|| self.year_words(v))
    }

    /// Whether the token at `v` is four digits that read as a year, in a code or not
    /// ("2017" in "11/2/2017").
    fn year_digits(&self, v: usize) -> bool {
        let t = self.s.tok(v);
        self.is_num(v)
            && t.norm.len() == 4
            && t.norm
                .parse::<i64>()
                .is_ok_and(|y| (1000..=2100).contains(&y))
    }

    /// A year in two digits after a month ("August 99", "juillet 98", "1er avril 78"):
    /// one that cannot be a day, at the end of a clause ("in June 40 soldiers" is a
    /// count), in the 1900s.
    fn two_digit_year(&self, v: usize) -> Option<i16> {
        let n = self.num(v).filter(|n| (32..=99).contains(n))?;
        (self.s.tok(v).norm.len() == 2
            && !matches!(self.s.tok(v + 1).kind, TokKind::Word | TokKind::Num))
        .then_some(1900 + n as i16)
    }

    /// A year before 1800, only read after a day and month ("5 December 1391").
    fn old_year(&self, v: usize) -> Option<i16> {
        let t = self.s.tok(v);
        (self.is_num(v) && t.norm.len() == 4 && !self.s.is_grouped_number(v))
            .then(|| t.norm.parse::<i16>().ok())
            .flatten()
            .filter(|y| (1000..1800).contains(y))
    }

    /// Whether the token at view `v` is glued to the previous visible one.
    fn glued(&self, v: usize) -> bool {
        v < self.s.view.len() && self.s.tok(v).glued()
    }

    /// A day of the month in digits, with its ordinal suffix ("3", "1er", "21st",
    /// "22ème"): the day and the view index after it.
    fn day_num(&self, v: usize) -> Option<(i8, usize)> {
        let t = self.s.tok(v);
        if !self.is_num(v) || t.norm.len() > 2 || self.s.is_grouped_number(v) {
            return None;
        }
        // "$12", "$ 12": an amount.
        let i = self.s.view[v];
        if i > 0 && matches!(self.s.toks[i - 1].norm.as_str(), "$" | "€" | "£" | "¥") {
            return None;
        }
        let d: i8 = t.norm.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let suffix = matches!(
            self.w(v + 1),
            "st" | "nd" | "rd" | "th" | "er" | "e" | "eme" | "ere"
        ) && self.glued(v + 1);
        Some((d, if suffix { v + 2 } else { v + 1 }))
    }

    /// A day of the month in digits or as an ordinal word ("fourth", "twenty-first").
    fn day_any(&self, v: usize) -> Option<(i8, usize)> {
        if let Some(d) = self.day_num(v) {
            return Some(d);
        }
        let ord = |w: &str| DAY_ORDINALS.iter().find(|(o, _)| *o == w).map(|&(_, n)| n);
        let tens = match self.w(v) {
            "twenty" => 20,
            "thirty" => 30,
            _ => 0,
        };
        if tens > 0
            && let Some(u) = ord(self.w(v + 1)).filter(|&u| u < 10 && tens + u <= 31)
        {
            return Some((tens + u, v + 2));
        }
        ord(self.w(v)).map(|d| (d, v + 1))
    }

    /// A day of the month in French words ("le quatre octobre", "vingt-neuf"): the day
    /// and the view index after it. "un" is an article; the first is "premier".
    fn day_word_fr(&self, v: usize) -> Option<(i8, usize)> {
        let s = self.s;
        if self.lang != Lang::Fr || v >= s.view.len() || s.tok(v).kind != TokKind::Word {
            return None;
        }
        let from = s.tok(v).span.start;
        let n = self.cardinal_from(v)?;
        let after = s
            .view
            .partition_point(|&i| s.toks[i].span.start < from + n.len);
        (n.value.fract() == 0.0 && (2.0..=31.0).contains(&n.value))
            .then_some((n.value as i8, after))
    }

    /// A day of the month as a French ordinal word ("premier", "deuxième", "dix-septième",
    /// "vingt et unième"): the day and the view index after it.
    fn day_ordinal_fr(&self, v: usize) -> Option<(i8, usize)> {
        if self.lang != Lang::Fr || v >= self.s.view.len() {
            return None;
        }
        let ord = |k: usize| {
            FR_DAY_ORDINALS
                .iter()
                .find(|(o, _)| *o == self.w(k))
                .map(|&(_, n)| n)
        };
        let tens = match self.w(v) {
            "dix" => 10,
            "vingt" => 20,
            "trente" => 30,
            _ => 0,
        };
        if tens > 0 {
            let k = if self.w(v + 1) == "et" { v + 2 } else { v + 1 };
            let unit = ord(k).filter(|&u| u < 10 && tens + u <= 31)?;
            // "dix-premier" is no word; "et" only before "unième".
            if (unit == 1) != (k == v + 2) || (tens == 10 && unit < 7) {
                return None;
            }
            return Some((tens + unit, k + 1));
        }
        ord(v).map(|d| (d, v + 1))
    }

    /// A French ordinal day after a month ("août deuxième"), only where the clause ends
    /// or a year follows, as for a day in cardinal words.
    fn day_ordinal_fr_closing(&self, v: usize) -> Option<(i8, usize)> {
        self.day_ordinal_fr(v)
            .filter(|&(_, e)| self.s.tok(e).kind != TokKind::Word || self.year_any(e).is_some())
    }

    /// A month name at `v`, with the period of its abbreviation ("oct."): the month and
    /// the view index after it.
    fn month(&self, v: usize) -> Option<(i8, usize)> {
        if v >= self.s.view.len() {
            return None;
        }
        let t = self.s.tok(v);
        let m = month_of(&t.norm, t.capitalized, self.lang)?;
        Some((m, self.after_abbreviation(&t.norm, v)))
    }

    /// A month name even where the word could be another ("may", "march"): next to a
    /// day of the month, as in "4th of march" or "may the eleventh".
    fn month_lenient(&self, v: usize) -> Option<(i8, usize)> {
        if v >= self.s.view.len() {
            return None;
        }
        let w = self.w(v);
        let m = month_of(w, true, self.lang)?;
        Some((m, self.after_abbreviation(w, v)))
    }

    /// The view index after month name `word` at `v`, past the period of its
    /// abbreviation ("oct. 2", "en fév.").
    fn after_abbreviation(&self, word: &str, v: usize) -> usize {
        // English ends a sentence on one period: "second of Aug." is "second of Aug".
        let ends_sentence = self.lang == Lang::En && v + 2 >= self.s.view.len();
        let dot = is_month_abbreviation(word)
            && self.s.tok(v + 1).is_punct('.')
            && self.glued(v + 1)
            && !ends_sentence;
        if dot { v + 2 } else { v + 1 }
    }

    /// A weekday, or its short name ("Tue", "Thur"), where a weekday is expected.
    fn weekday_or_short(&self, v: usize) -> Option<(Weekday, usize)> {
        self.weekday(v).or_else(|| {
            SHORT_WEEKDAYS
                .iter()
                .find(|(n, _, l)| *n == self.w(v) && *l == self.lang)
                .map(|&(_, d, _)| (d, v + 1))
        })
    }

    fn weekday(&self, v: usize) -> Option<(Weekday, usize)> {
        static BY_NAME: LazyLock<foldhash::HashMap<&str, Weekday>> =
            LazyLock::new(|| first_wins(WEEKDAYS));
        BY_NAME.get(self.w(v)).map(|&d| (d, v + 1))
    }

    /// The date at `v` with its qualifier words.
    fn mention_at(&self, v: usize) -> Option<DateMention> {
        let s = self.s;
        let range = self.range(v);
        let is_range = range.is_some();
        let (end, mut value) = range.or_else(|| self.point(v))?;
        let (q, since) = qualifier_before(s, v);
        // "depuis le 2 jusqu'au 22 octobre" is "from … to", not "since".
        let since = since && !is_range;
        value.since |= since;
        // "the 1999 super cyclone", "la crise de 2008": a year that says which event.
        let naming = q == v
            && v > 0
            && ((matches!(s.word(v - 1), "the" | "this" | "that")
                && s.tok(end).kind == TokKind::Word
                && !s.tok(end).capitalized)
                || (end == v + 1
                    && value.granularity == Granularity::Year
                    && v >= 3
                    && s.word(v - 1) == "de"
                    && s.tok(v - 2).kind == TokKind::Word
                    && !s.tok(v - 2).capitalized
                    && matches!(s.word(v - 3), "la" | "le" | "les" | "l")));
        // "before 2010", "après le 3 mai", "2018 or later": an open period, whose
        // words are part of it.
        let open_before = (!is_range && !since && !naming)
            .then(|| self.open_before(v))
            .flatten();
        let open_after = (!is_range && !since && !naming && open_before.is_none())
            .then(|| self.open_after(end))
            .flatten();
        if let Some((q, open)) = open_before {
            // "before the end of June" is up to its last day; "after the beginning of
            // March" from its first.
            let a = usize::from(matches!(s.word(v), "the" | "la" | "le"));
            let open = match (open, part_of(s.word(v + a))) {
                (Open::Before, Some(Part::Late)) => Open::OnOrBefore,
                (Open::After, Some(Part::Early)) => Open::OnOrAfter,
                (o, _) => o,
            };
            value.open = Some(open);
            return Some(DateMention {
                start: s.view[q],
                core: s.view[q],
                end: s.view[end - 1] + 1,
                value,
                naming,
            });
        }
        let end = match open_after {
            Some((e, open)) => {
                value.open = Some(open);
                e
            }
            None => end,
        };
        // "the next quarter", "the past 3 weeks": the period is "next quarter"; "the
        // past two decades" keeps its article, as decades do ("the 1990s").
        // "the end of 2000": the period is "end of 2000" (but "from the end of March
        // to …" keeps it, as the range starts there).
        // "à la mi-novembre", "l'été 2016": the French article stays out too.
        let part_article = !is_range
            && (s.word(v) == "the" && part_of(s.word(v + 1)).is_some()
                || (matches!(s.word(v), "la" | "l" | "le")
                    && (part_of(s.word(v + 1)).is_some() || season_of(s.word(v + 1)).is_some())));
        let relative_article = s.word(v) == "the"
            && matches!(
                s.word(v + 1),
                "next" | "last" | "past" | "coming" | "previous" | "upcoming" | "this" | "current"
            )
            && s.word(v + 2) != "day"
            && !matches!(s.word(v + 3), "of" | "de")
            && !matches!(s.word(v + 4), "of" | "de")
            && (value.end - value.start).get_days() < 3000;
        // "on Friday next week", "on Sunday of next week": a weekday placed in a week
        // to come keeps its "on", as the peer cases write it (not "on Friday" alone,
        // nor "on Tuesday of last week").
        let weekday_in_week = self.lang == Lang::En
            && q + 1 == v
            && s.word(q) == "on"
            && value.granularity == Granularity::Day
            && self.weekday(v).is_some()
            && s.word(end - 1) == "week"
            && matches!(s.word(end - 2), "next" | "following" | "coming");
        let core = if since || weekday_in_week {
            q
        } else if relative_article || part_article {
            v + 1
        } else {
            v
        };
        // "pour le 27": a French day alone after "pour le" is a deadline, and the
        // words that make it one are part of it ("le 27" alone is "27", as "le 2
        // décembre" is "2 décembre").
        let (q, core) = if !is_range
            && v >= 2
            && self.lang == Lang::Fr
            && value.granularity == Granularity::Day
            && self.w(v - 1) == "le"
            && self.w(v - 2) == "pour"
            && self.day_alone_fr(v).is_some_and(|(e, _)| e == end)
        {
            (q.min(v - 2), v - 2)
        } else {
            (q, core)
        };
        Some(DateMention {
            start: s.view[q],
            core: s.view[core],
            end: s.view[end - 1] + 1,
            value,
            naming,
        })
    }

    /// The words before a date at `v` that open it: "before", "après", "prior to",
    /// "later than", with an article between ("avant le 3 mai", "after the end of
    /// June"): the view index they start at and the way the period opens.
    fn open_before(&self, v: usize) -> Option<(usize, Open)> {
        let w = |k: usize| self.w(k);
        let mut k = v;
        if k >= 1 && matches!(w(k - 1), "le" | "la" | "l" | "the") {
            k -= 1;
        }
        if k >= 1 {
            match w(k - 1) {
                "before" | "avant" => return Some((k - 1, Open::Before)),
                "after" | "apres" => return Some((k - 1, Open::After)),
                // "starting January 7th", "beginning on Sep 2019": from it on.
                "starting" | "beginning" => return Some((k - 1, Open::OnOrAfter)),
                "on" | "from" if k >= 2 && matches!(w(k - 2), "starting" | "beginning") => {
                    return Some((k - 2, Open::OnOrAfter));
                }
                _ => {}
            }
        }
        // "as early as next week": then or later; "as late as 1990": then or before
        // ("even then").
        if k >= 3 && w(k - 3) == "as" && w(k - 1) == "as" {
            match w(k - 2) {
                "early" => return Some((k - 3, Open::OnOrAfter)),
                "late" => return Some((k - 3, Open::OnOrBefore)),
                _ => {}
            }
        }
        if k >= 2 {
            // "no later than May 1" is May 1 or before.
            let no = k >= 3 && w(k - 3) == "no";
            match (w(k - 2), w(k - 1)) {
                ("prior", "to") => return Some((k - 2, Open::Before)),
                ("earlier", "than") if no => return Some((k - 3, Open::OnOrAfter)),
                ("later", "than") if no => return Some((k - 3, Open::OnOrBefore)),
                ("earlier", "than") => return Some((k - 2, Open::Before)),
                ("later" | "greater", "than") => return Some((k - 2, Open::After)),
                _ => {}
            }
        }
        None
    }

    /// The words after a date ending at `e` that open it: "or later", "and after",
    /// "onwards", "ou plus tard", "et plus": the view index after them and the way
    /// the period opens. "and after" and "et avant" only at the end of a clause, not
    /// in "in 2016 and after the election".
    fn open_after(&self, e: usize) -> Option<(usize, Open)> {
        let w = |k: usize| self.w(k);
        let clause_end = |k: usize| self.s.tok(k).kind != TokKind::Word;
        Some(match (w(e), w(e + 1), w(e + 2)) {
            ("onwards" | "onward", ..) => (e + 1, Open::OnOrAfter),
            ("or", "later", _) => (e + 2, Open::OnOrAfter),
            ("ou", "plus", "tard") => (e + 3, Open::OnOrAfter),
            ("ou", "plus", "tot") => (e + 3, Open::OnOrBefore),
            ("or", "earlier", _) => (e + 2, Open::OnOrBefore),
            ("and" | "or", "later" | "after" | "beyond" | "greater", _)
            | ("et" | "ou", "plus" | "apres", _)
                if clause_end(e + 2) =>
            {
                (e + 2, Open::OnOrAfter)
            }
            ("and" | "or", "before", _) | ("et" | "ou", "avant", _) if clause_end(e + 2) => {
                (e + 2, Open::OnOrBefore)
            }
            _ => return None,
        })
    }

    /// Two dates joined into a period: "from X to Y", "du 8 au 13 octobre", "between
    /// 2 and 7 Feb", "2014-2018", "les 3 et 4 janvier", "November 19-20".
    fn range(&self, v: usize) -> Option<Found> {
        let opener = match self.w(v) {
            "from" | "between" | "du" | "de" | "d" | "entre" => Some(self.w(v).to_string()),
            _ => None,
        };
        let k = if opener.is_some() { v + 1 } else { v };
        // A day of the month alone, also in words ("ninth", "neuf").
        let bare_day = |k: usize| {
            self.day_num(k)
                .or_else(|| self.day_any(k).filter(|_| self.lang == Lang::En))
                .or_else(|| self.day_word_fr(k))
        };
        // "entre le 3 et le 12 septembre", "between the ninth and the seventeenth of
        // April": the articles before the days.
        let article_day = |k: usize| {
            if matches!(self.w(k), "le" | "the") && bare_day(k + 1).is_some() {
                k + 1
            } else {
                k
            }
        };
        let k = if opener.is_some() { article_day(k) } else { k };
        let between = matches!(opener.as_deref(), Some("between" | "entre"));
        // A bare day before a full date: "du 8 au 13 octobre", "les 3 et 4 janvier",
        // "from ninth till seventeenth of April".
        if let Some((d1, e)) = if opener.is_some() {
            bare_day(k)
        } else {
            self.day_num(k)
        } && self.month(e).is_none()
            && let Some((kind, e2)) = self.connector(e)
            && let e2 = article_day(e2)
            && (kind != Conn::And || between || self.num(e2).is_some())
            && let Some((end, y)) = self.day_then_month(e2)
        {
            let start = valid_day(y.start.year(), y.start.month(), d1.into())?;
            if start > y.start {
                return None;
            }
            return Some((end, span(start, y.end, Granularity::Days)));
        }
        // "between now and November 15th", "from Jan 22 to now": publication day.
        let now = |k: usize| {
            (opener.is_some()
                && (matches!(self.w(k), "now" | "maintenant")
                    || (self.w(k) == "date" && matches!(self.w(k - 1), "to" | "till"))))
            .then(|| Some((k + 1, day(self.p?))))
            .flatten()
            // "de mars à ce jour".
            .or_else(|| {
                (opener.is_some()
                    && self.w(k) == "ce"
                    && self.w(k + 1) == "jour"
                    && matches!(self.w(k - 1), "a" | "au"))
                .then(|| Some((k + 2, day(self.p?))))
                .flatten()
            })
        };
        // After "de", "entre", "between", a bare month opens the range too ("de mai à
        // juin", "entre août et octobre"), and so does a date after its article
        // ("entre le 1er janvier et …", "de la semaine 31 à …"); the second end must
        // be a date as well.
        let (k, first) = match opener {
            Some(_) => match self.period_at(k) {
                None if matches!(self.w(k), "le" | "la" | "l") => (k + 1, self.period_at(k + 1)),
                first => (k, first),
            },
            None => (k, self.point(k)),
        };
        let (e, x) = first.or_else(|| now(k))?;
        let (kind, e2) = self.connector(e)?;
        if kind == Conn::And && !between {
            return None;
        }
        // "November 19-20", "June 9 to the 10th", "April ninth through seventeenth": a
        // second day without a month takes the first's. Not "jeudi à 22 h": the first
        // end names its month.
        let same_month = (x.granularity == Granularity::Day && self.month_lenient(k).is_some())
            .then(|| {
                let j = e2 + usize::from(self.w(e2) == "the");
                // Not the first figure of a date in digits ("02/22/2016").
                if self.numeric(j).is_some() {
                    return None;
                }
                let (d2, end) = bare_day(j)?;
                if self.month_lenient(end).is_some()
                    || matches!(self.w(end), "of" | "de" | "du" | "d")
                {
                    return None;
                }
                // "from April 27 to the 3rd": the 3rd of the month after.
                let same = valid_day(x.start.year(), x.start.month(), d2.into());
                let to = match same {
                    Some(d) if d >= x.start => d,
                    _ => {
                        let next = x.start.first_of_month().checked_add(1.month()).ok()?;
                        valid_day(next.year(), next.month(), d2.into())?
                    }
                };
                Some((end, day(to)))
            })
            .flatten();
        // "to the 28th of June", "et le 5 avril", "à la semaine 35": the article
        // before the second end.
        let e2 = if matches!(self.w(e2), "the" | "le" | "la" | "l") && self.period_at(e2).is_none()
        {
            e2 + 1
        } else {
            e2
        };
        let (end, y) = same_month
            .or_else(|| self.period_at(e2))
            .or_else(|| now(e2))?;
        // "between Jan 1 and Jan 5, 2016", "Nov 18-Dec 19, 2015": the year written
        // once, at the end, is both ends'.
        // Not "from next Friday to Oct 1st 2020": only a named day or month moves.
        let named = self.is_num(k) || self.month_lenient(k).is_some();
        let x = if !named
            || (k..e).any(|j| self.year_digits(j))
            || !(e2..end).any(|j| self.year_digits(j))
        {
            x
        } else {
            let y0 = y.start.year();
            match with_year(x, y0) {
                Some(moved) if moved.start <= y.end => moved,
                _ => with_year(x, y0 - 1).unwrap_or(x),
            }
        };
        // "from April to June in 2017": a year after both ends is theirs.
        let (x, y, end) = match self.year(end + 1) {
            Some(yr)
                if matches!(self.w(end), "in" | "of" | "en")
                    && named
                    && !(k..end).any(|j| self.year_digits(j)) =>
            {
                match (with_year(x, yr), with_year(y, yr)) {
                    (Some(a), Some(b)) if a.start <= b.end => (a, b, end + 2),
                    _ => (x, y, end),
                }
            }
            _ => (x, y, end),
        };
        // "from next Monday to Friday": a bare weekday ends on the first one after the
        // start, not on the one nearest publication.
        let y = match self.weekday(e2) {
            Some((wd, e3)) if e3 == end && y.granularity == Granularity::Day => {
                let first = (0..7)
                    .filter_map(|n| add_days(x.start, n))
                    .find(|d| d.weekday() == wd)?;
                day(first)
            }
            _ => y,
        };
        // "from March to now": the latest March.
        let to_now = matches!(self.w(e2), "now" | "maintenant" | "date")
            || (self.w(e2) == "ce" && self.w(e2 + 1) == "jour");
        let x = if to_now && x.start > y.end {
            with_year(x, x.start.year() - 1).unwrap_or(x)
        } else {
            x
        };
        // "today to October 22": an end without a year comes after the start.
        let y = if x.start > y.end && !(e2..end).any(|j| self.year_digits(j)) {
            with_year(y, y.start.year() + 1).unwrap_or(y)
        } else {
            y
        };
        // "from April until the end of June": when the end cannot move (a part of a
        // month), a start without a year moves back to the year before.
        let x = if x.start > y.end && !(k..e).any(|j| self.year_digits(j)) {
            with_year(x, x.start.year() - 1)
                .filter(|m| m.start <= y.end)
                .unwrap_or(x)
        } else {
            x
        };
        if x.start > y.end {
            return None;
        }
        let g = match (x.granularity, y.granularity) {
            (Granularity::Year, Granularity::Year) => Granularity::Year,
            _ => Granularity::Days,
        };
        Some((end, span(x.start, y.end, g)))
    }

    /// After a range's first bare day: a day with its month ("13 octobre") or a day and
    /// a month period ("22 this month", "23 du mois de novembre").
    fn day_then_month(&self, v: usize) -> Option<(usize, DateValue)> {
        let dated = self.is_num(v) || self.month_lenient(v).is_some();
        if let Some((end, y)) = self
            .point(v)
            .filter(|(_, y)| dated && y.granularity == Granularity::Day)
        {
            return Some((end, y));
        }
        let (d2, mut k) = self
            .day_num(v)
            .or_else(|| self.day_any(v).filter(|_| self.lang == Lang::En))
            .or_else(|| self.day_word_fr(v))?;
        if matches!(self.w(k), "of" | "in" | "de" | "du") {
            k += 1;
        }
        if matches!(self.w(k), "mois" | "month") && matches!(self.w(k + 1), "de" | "d" | "of") {
            k += 2;
        }
        let (end, m) = self
            .period_at(k)
            .filter(|(_, m)| m.granularity == Granularity::Month)?;
        Some((
            end,
            day(valid_day(m.start.year(), m.start.month(), d2.into())?),
        ))
    }

    /// A word joining the two ends of a range, and the view index after it.
    fn connector(&self, e: usize) -> Option<(Conn, usize)> {
        let s = self.s;
        if e == 0 || e > s.view.len() {
            return None;
        }
        // A hyphen glued to words is invisible in the view: "2014-2018".
        let prev = s.view[e - 1];
        if s.toks.get(prev + 1).is_some_and(|t| t.is_punct('-'))
            && s.view.get(e).is_none_or(|&i| i > prev + 1)
        {
            return Some((Conn::Dash, e));
        }
        Some(match self.w(e) {
            // "2014~2018": a tilde joins two ends as a dash does.
            "-" | "~" => (Conn::Dash, e + 1),
            "to" | "till" | "til" | "until" | "through" | "thru" | "au" | "a" => (Conn::To, e + 1),
            "jusqu" if matches!(self.w(e + 1), "a" | "au") => (Conn::To, e + 2),
            "and" | "et" => (Conn::And, e + 1),
            _ => return None,
        })
    }

    /// One date or period at `v`.
    fn point(&self, v: usize) -> Option<Found> {
        if v >= self.s.view.len() {
            return None;
        }
        self.numeric(v)
            .or_else(|| self.spaced_numeric(v))
            .or_else(|| self.holiday(v))
            .or_else(|| self.week_around(v))
            .or_else(|| self.decade(v))
            .or_else(|| self.rank(v))
            .or_else(|| self.leading(v))
            .or_else(|| self.lasting_from(v))
            .or_else(|| self.weekday_shifted(v))
            .or_else(|| self.business_days(v))
            .or_else(|| self.relative(v))
            .or_else(|| self.part(v))
            .or_else(|| self.season(v))
            .or_else(|| self.day_first(v))
            .or_else(|| self.day_words_first(v))
            .or_else(|| self.day_alone(v))
            .or_else(|| self.day_alone_fr(v))
            .or_else(|| self.week_number(v))
            .or_else(|| self.century(v))
            .or_else(|| self.month_first(v))
            .or_else(|| self.weekday_at(v))
            .or_else(|| self.year_named(v))
            .or_else(|| self.year_first(v))
            .or_else(|| self.year_written(v))
    }

    /// A holiday with a fixed or computed date: "Christmas", "Noël 2020", "la veille
    /// de Noël", "New Year's Day", "Easter 2018", "le lundi de Pâques", "Thanksgiving",
    /// "Labor Day". With a year after it, that year's; after "next", "last",
    /// "prochain", "dernier" (before or after it), the next or last one; else the one
    /// nearest publication, and only where a preposition dates it ("on Christmas",
    /// "à Noël"), as "Christmas tree" or "Easter Island" are not dates.
    fn holiday(&self, v: usize) -> Option<Found> {
        let w = |k: usize| self.w(k);
        // "weekend", "week-end" (the hyphen is invisible).
        let weekend = |k: usize| match (w(k), w(k + 1)) {
            ("weekend", _) => Some(k + 1),
            ("week", "end") => Some(k + 2),
            _ => None,
        };
        // "the weekend of Halloween", "weekend of Thanksgiving 2023", "le week-end de
        // Pâques".
        let a = usize::from(matches!(w(v), "the" | "le"));
        let framed = weekend(v + a).filter(|&k| matches!(w(k), "of" | "de" | "du"));
        if let Some(k) = framed {
            let (e, d, _) = self.holiday_day(k + 1, true)?;
            return Some((e, holiday_weekend(d)?));
        }
        let (e, d, h) = self.holiday_day(v, false)?;
        // "Labor Day weekend", "Halloween weekend 2021".
        if let Some(k) = weekend(e) {
            return match self.year(k) {
                Some(y) => Some((k + 1, holiday_weekend(h.on(y)?)?)),
                None => Some((k, holiday_weekend(d)?)),
            };
        }
        Some((e, day(d)))
    }

    /// A holiday's day at `v`, the view index after it and the holiday; `framed` when
    /// the words before date it ("the weekend of").
    fn holiday_day(&self, v: usize, framed: bool) -> Option<(usize, Date, Holiday)> {
        let w = |k: usize| self.w(k);
        let off = offset_before(w(v)).filter(|&o| o != 0);
        let k = v + usize::from(off.is_some());
        let (h, mut e) = self.holiday_name(k)?;
        if matches!(w(e), "island" | "rising" | "tree" | "trees") {
            return None;
        }
        if let Some((y, e2)) = self.year(e).map(|y| (y, e + 1)) {
            return Some((e2, h.on(y)?, h));
        }
        let off = off.or_else(|| {
            let o = offset_after(w(e))
                .or(match w(e) {
                    "suivant" | "suivante" | "following" => Some(1),
                    "precedent" | "precedente" => Some(-1),
                    _ => None,
                })
                .filter(|_| self.lang == Lang::Fr || w(e) == "following");
            if o.is_some() {
                e += 1;
            }
            o
        });
        let p = self.p?;
        let y = p.year();
        let near = |year: i16| h.on(year).map(|d| (d - p).get_days().abs());
        let found = match off {
            Some(1) => (y..=y + 1).filter_map(|x| h.on(x)).find(|d| *d > p)?,
            Some(_) => (y - 1..=y).rev().filter_map(|x| h.on(x)).find(|d| *d < p)?,
            None => {
                let dated = framed
                    || matches!(w(e), "weekend" | "week")
                    || (v > 0
                        && matches!(
                            w(v - 1),
                            "on" | "at"
                                | "for"
                                | "by"
                                | "until"
                                | "since"
                                | "before"
                                | "after"
                                | "over"
                                | "during"
                                | "a"
                                | "pour"
                                | "avant"
                                | "apres"
                                | "depuis"
                                | "jusqu"
                                | "le"
                                | "de"
                                | "d"
                                | "du"
                                | "la"
                        ));
                if !dated {
                    return None;
                }
                let year = [y - 1, y, y + 1]
                    .into_iter()
                    .min_by_key(|&x| near(x).unwrap_or(i32::MAX))?;
                h.on(year)?
            }
        };
        Some((e, found, h))
    }

    /// A holiday's name at `v` and the view index after it.
    fn holiday_name(&self, v: usize) -> Option<(Holiday, usize)> {
        let w = |k: usize| self.w(k);
        let fixed = |m: i8, d: i8| Holiday::Fixed(m, d);
        // "new year's day": the apostrophe's "s" may stand as a word.
        let s_day = |k: usize| {
            let k = if w(k) == "s" { k + 1 } else { k };
            (w(k) == "day").then_some(k + 1)
        };
        Some(match (w(v), w(v + 1), w(v + 2)) {
            ("christmas" | "xmas", "eve", _) => (fixed(12, 24), v + 2),
            ("christmas" | "xmas", "day", _) => (fixed(12, 25), v + 2),
            ("christmas" | "xmas", ..) => (fixed(12, 25), v + 1),
            ("veille", "de", "noel") => (fixed(12, 24), v + 3),
            ("noel", ..) => (fixed(12, 25), v + 1),
            ("new", "year", _) if s_day(v + 2).is_some() => (fixed(1, 1), s_day(v + 2)?),
            ("new", "year", _) if matches!(w(v + 2), "eve") => (fixed(12, 31), v + 3),
            ("new", "year", "s") if w(v + 3) == "eve" => (fixed(12, 31), v + 4),
            ("jour", "de", "l") if w(v + 3) == "an" => (fixed(1, 1), v + 4),
            ("nouvel", "an", _) => (fixed(1, 1), v + 2),
            ("saint", "sylvestre", _) => (fixed(12, 31), v + 2),
            ("halloween", ..) => (fixed(10, 31), v + 1),
            ("valentine", ..) if s_day(v + 1).is_some() => (fixed(2, 14), s_day(v + 1)?),
            ("saint", "valentin", _) => (fixed(2, 14), v + 2),
            ("saint" | "st", "patrick", _) => (fixed(3, 17), s_day(v + 2).unwrap_or(v + 2)),
            ("toussaint", ..) => (fixed(11, 1), v + 1),
            ("earth", "day", _) => (fixed(4, 22), v + 2),
            ("jour", "de", "la") if w(v + 3) == "terre" => (fixed(4, 22), v + 4),
            ("fete", "du", "travail") => (fixed(5, 1), v + 3),
            ("international", "workers", _) if s_day(v + 2).is_some() => {
                (fixed(5, 1), s_day(v + 2)?)
            }
            ("easter" | "paques", "monday", _) => (Holiday::Easter(1), v + 2),
            ("easter" | "paques", "sunday", _) => (Holiday::Easter(0), v + 2),
            ("easter" | "paques", ..) => (Holiday::Easter(0), v + 1),
            ("lundi", "de", "paques") => (Holiday::Easter(1), v + 3),
            ("good", "friday", _) => (Holiday::Easter(-2), v + 2),
            ("vendredi", "saint", _) => (Holiday::Easter(-2), v + 2),
            ("thanksgiving", ..) if self.lang == Lang::En => {
                let e = if w(v + 1) == "day" { v + 2 } else { v + 1 };
                (Holiday::Nth(11, Weekday::Thursday, 4, 0), e)
            }
            // The day after Thanksgiving, and the Monday after it.
            ("black", "friday", _) => (Holiday::Nth(11, Weekday::Thursday, 4, 1), v + 2),
            ("cyber", "monday", _) => (Holiday::Nth(11, Weekday::Thursday, 4, 4), v + 2),
            ("labor" | "labour", "day", _) if self.lang == Lang::En => {
                (Holiday::Nth(9, Weekday::Monday, 1, 0), v + 2)
            }
            ("memorial", "day", _) if self.lang == Lang::En => {
                (Holiday::Nth(5, Weekday::Monday, -1, 0), v + 2)
            }
            _ => return None,
        })
    }

    /// A year named as one: "year 2008", "calendar year 2012", "l'année 2016".
    /// Not a fiscal or school year, which do not follow the calendar.
    fn year_named(&self, v: usize) -> Option<Found> {
        if v > 0 && matches!(self.w(v - 1), "fiscal" | "school" | "scolaire") {
            return None;
        }
        let k = v + usize::from(self.w(v) == "calendar");
        if !matches!(self.w(k), "year" | "annee") {
            return None;
        }
        let (y, e) = self.year(k + 1).map(|y| (y, k + 2))?;
        Some((e, year_period(y, None)?))
    }

    /// A year in words after a preposition: "in nineteen twenty-eight", "of two
    /// thousand and twenty", "en deux mille dix-huit".
    fn year_written(&self, v: usize) -> Option<Found> {
        if v == 0
            || !matches!(
                self.w(v - 1),
                "in" | "of" | "en" | "de" | "from" | "since" | "until" | "depuis"
            )
        {
            return None;
        }
        // "from one thousand to one thousand five hundred", "de mille à…": round
        // numbers after a preposition are counts.
        let (y, e) = self.year_words(v).filter(|(y, _)| y % 100 != 0)?;
        Some((e, year_period(y, None)?))
    }

    /// A date or period after "of", "de", "fin": also a bare month ("fin avril", "the
    /// last week of July"), which alone needs a preposition.
    fn period_at(&self, v: usize) -> Option<Found> {
        if let Some(found) = self.point(v) {
            return Some(found);
        }
        let (m, e) = self.month(v)?;
        let y = infer_year(self.p?, m, None, false);
        Some((e, month_period(y, m, None)?))
    }

    /// The week of a day: "the week of November 30th", "the week starting February 4",
    /// "la semaine du 15 septembre".
    fn week_around(&self, v: usize) -> Option<Found> {
        let w = |k: usize| self.w(k);
        // "w/c Feb 4": "week commencing" as British offices shorten it.
        if (w(v), w(v + 1), w(v + 2)) == ("w", "/", "c") {
            return self
                .point(v + 3)
                .filter(|(_, x)| x.granularity == Granularity::Day)
                .and_then(|(e, d)| Some((e, week_of(d.start)?)));
        }
        let art = usize::from(matches!(w(v), "the" | "la"));
        if !matches!(w(v + art), "week" | "semaine") {
            return None;
        }
        let mut k = v + art + 1;
        match w(k) {
            "of" | "de" | "du" => k += 1,
            "starting" | "commencing" | "beginning" | "commencant" => {
                k += 1;
                if matches!(w(k), "on" | "le") {
                    k += 1;
                }
            }
            _ => return None,
        }
        // "la semaine du 18": a day alone, the one nearest publication.
        let bare = || {
            let (d, e) = self.day_num(k)?;
            (self.w(k - 1) == "du" && self.s.tok(e).kind != TokKind::Word)
                .then(|| Some((e, day(self.nearest_day(d)?))))
                .flatten()
        };
        let (e, d) = self
            .point(k)
            .filter(|(_, x)| x.granularity == Granularity::Day)
            .or_else(bare)?;
        Some((e, week_of(d.start)?))
    }

    /// Dates in digits: "2025-06-09", "02/22/2016", "22/02/2016", "13.5.2015",
    /// "2016-11", "11/2016", "4/22", "jan/1".
    fn numeric(&self, v: usize) -> Option<Found> {
        let s = self.s;
        let toks = s.toks;
        let i0 = *s.view.get(v)?;
        #[derive(Clone, Copy)]
        enum Item {
            Num(i64, usize),
            Month(i8),
        }
        let item = |i: usize| -> Option<Item> {
            let t = toks.get(i)?;
            match t.kind {
                TokKind::Num if t.norm.len() <= 4 => {
                    Some(Item::Num(t.norm.parse().ok()?, t.norm.len()))
                }
                TokKind::Word => month_of(&t.norm, true, self.lang).map(Item::Month),
                _ => None,
            }
        };
        let first = item(i0)?;
        // Part of a longer figure or code: "1.2.3", "v2/3".
        if i0 > 0 && toks[i0].glued() {
            let before = &toks[i0 - 1];
            if before.kind != TokKind::Punct || matches!(before.norm.as_str(), "/" | "." | ":") {
                return None;
            }
            // "123-12-1234": the end of a longer chain of numbers; but "10/1-11/2/2017"
            // is two slashed dates.
            let slashed = i0 >= 3 && toks[i0 - 3].is_punct('/');
            if before.norm == "-"
                && before.glued()
                && i0 >= 2
                && toks[i0 - 2].kind == TokKind::Num
                && !slashed
            {
                return None;
            }
        }
        // The second end of a range of slashed dates: "28/2-1/3".
        let range_end = i0 >= 3
            && toks[i0].glued()
            && toks[i0 - 1].is_punct('-')
            && toks[i0 - 1].glued()
            && toks[i0 - 3].is_punct('/');
        let mut items = vec![first];
        let mut sep = None;
        let mut spaced = false;
        let mut i = i0;
        while items.len() < 3 {
            let Some(t) = toks.get(i + 1) else { break };
            let c = match t.norm.as_str() {
                "/" => '/',
                "-" => '-',
                "." => '.',
                _ => break,
            };
            if sep.is_some_and(|x| x != c) {
                break;
            }
            let Some(next) = item(i + 2) else { break };
            spaced |= !t.glued() || !toks[i + 2].glued();
            sep = Some(c);
            items.push(next);
            i += 2;
        }
        let sep = sep?;
        // "1.2.3.4", "10/12/14/16": not a date; "5/1-5/7" is a range of two.
        if toks.get(i + 1).is_some_and(|t| {
            t.glued()
                && matches!(t.norm.as_str(), "/" | "." | "-")
                && !(sep == '/' && t.norm == "-")
        }) && toks
            .get(i + 2)
            .is_some_and(|t| t.glued() && t.kind == TokKind::Num)
        {
            return None;
        }
        let year2 = |y: i64| -> i16 {
            if y < 50 {
                2000 + y as i16
            } else {
                1900 + y as i16
            }
        };
        let end_view = |i: usize| s.view_index_at_or_after(i + 1);
        let month_num = |it: Item| match it {
            Item::Num(n, len) if len <= 2 && (1..=12).contains(&n) => Some(n as i8),
            Item::Month(m) => Some(m),
            _ => None,
        };
        let year_num = |it: Item| match it {
            Item::Num(n, 4) if (1000..=2100).contains(&n) => Some(n as i16),
            _ => None,
        };
        let day_num = |it: Item| match it {
            Item::Num(n, len) if len <= 2 && (1..=31).contains(&n) => Some(n),
            _ => None,
        };
        match items[..] {
            [a, b, c] => {
                if spaced {
                    return None;
                }
                if let (Some(y), Some(m), Some(d)) = (year_num(a), month_num(b), day_num(c)) {
                    return Some((end_view(i), day(valid_day(y, m, d)?)));
                }
                let y = match c {
                    Item::Num(n, 4) if (1000..=2100).contains(&n) => n as i16,
                    Item::Num(n, 2) => year2(n),
                    _ => return None,
                };
                let (d, m) = match (a, b) {
                    (Item::Num(x, _), Item::Num(z, _)) => self.day_month_order(x, z)?,
                    // "Sep-23-2020", "23/Sep/2020".
                    (Item::Month(m), Item::Num(d, len)) | (Item::Num(d, len), Item::Month(m))
                        if len <= 2 =>
                    {
                        (d, m)
                    }
                    _ => return None,
                };
                Some((end_view(i), day(valid_day(y, m, d)?)))
            }
            [a, b] => {
                if let (Some(y), Some(m)) = (year_num(a), month_num(b)) {
                    // "2011-12" is a season or a fiscal year, not December 2011.
                    if matches!(b, Item::Num(n, 2) if n == i64::from((y + 1) % 100)) {
                        return None;
                    }
                    if sep == '.' && spaced {
                        return None;
                    }
                    return Some((end_view(i), month_period(y, m, None)?));
                }
                if let (Some(m), Some(y)) = (month_num(a), year_num(b))
                    && sep != '.'
                {
                    return Some((end_view(i), month_period(y, m, None)?));
                }
                if sep != '/' || spaced {
                    return None;
                }
                let p = self.p?;
                let (d, m) = match (a, b) {
                    (Item::Month(m), Item::Num(d, len)) if len <= 2 => (d, m),
                    (Item::Num(x, lx), Item::Num(z, lz)) if lx <= 2 && lz <= 2 => {
                        // "1/2", "3/4": fractions, not dates; but not "06/07", whose
                        // leading zero writes a day and month, nor the end of a range of
                        // slashed dates ("28/2-1/3").
                        let zero = lx > 1 || (lz > 1 && z < 10);
                        if x < z && z <= 10 && !zero && !range_end {
                            return None;
                        }
                        self.day_month_order(x, z)?
                    }
                    _ => return None,
                };
                // "11/12,2016": the year after a comma.
                let comma_year = toks.get(i + 1).is_some_and(|t| t.is_punct(','))
                    && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Num);
                if comma_year {
                    let t = &toks[i + 2];
                    let y = match (t.norm.len(), t.norm.parse::<i64>().ok()) {
                        (4, Some(n)) if (1000..=2100).contains(&n) => Some(n as i16),
                        // "11/12,16", not "11/20, 12 of Nov".
                        (2, Some(n)) if t.glued() => Some(year2(n)),
                        _ => None,
                    };
                    if let Some(y) = y {
                        return Some((end_view(i + 2), day(valid_day(y, m, d)?)));
                    }
                }
                let y = infer_year(p, m, i8::try_from(d).ok(), false);
                Some((end_view(i), day(valid_day(y, m, d)?)))
            }
            _ => None,
        }
    }

    /// Three numbers apart that make a date: "18 08 1978", "2 4 2009", "18 8 78",
    /// "2016 10 16"; not one of a longer run of numbers (a phone number).
    fn spaced_numeric(&self, v: usize) -> Option<Found> {
        let s = self.s;
        let n = |k: usize| -> Option<(i64, usize)> {
            let t = s.tok(k);
            (self.is_num(k) && !t.glued() && t.norm.len() <= 4 && !s.is_grouped_number(k))
                .then(|| Some((t.norm.parse().ok()?, t.norm.len())))
                .flatten()
        };
        let ((a, la), (b, lb), (c, lc)) = (n(v)?, n(v + 1)?, n(v + 2)?);
        // Followed by another number, or glued to one ("78.5", "78-12").
        let apart = |k: usize| {
            self.is_num(k)
                || (s.tok(k).glued()
                    && matches!(s.tok(k).norm.as_str(), "/" | "-" | "." | ",")
                    && self.is_num(k + 1)
                    && self.glued(k + 1))
        };
        if (v > 0 && self.is_num(v - 1)) || apart(v + 3) || lb > 2 {
            return None;
        }
        let date = match (la, lc) {
            (4, 1 | 2) => valid_day(i16::try_from(a).ok()?, i8::try_from(b).ok()?, c)?,
            (1 | 2, 4 | 2) => {
                let y = if lc == 4 {
                    i16::try_from(c).ok()?
                } else {
                    1900 + i16::try_from(c).ok()? + if c < 50 { 100 } else { 0 }
                };
                let (d, m) = self.day_month_order(a, b)?;
                valid_day(y, m, d)?
            }
            _ => return None,
        };
        (1800..=2100)
            .contains(&date.year())
            .then_some((v + 3, day(date)))
    }

    /// Day and month of two numbers: day first in French, month first in English,
    /// unless only the other order makes a date.
    fn day_month_order(&self, x: i64, z: i64) -> Option<(i64, i8)> {
        let ok = |d: i64, m: i64| (1..=31).contains(&d) && (1..=12).contains(&m);
        let (d, m) = match self.lang {
            Lang::Fr if ok(x, z) => (x, z),
            Lang::En if ok(z, x) => (z, x),
            _ if ok(x, z) => (x, z),
            _ if ok(z, x) => (z, x),
            _ => return None,
        };
        Some((d, m as i8))
    }

    /// Decades: "the 1990s", "the '70s", "1970's", "les années 1970", "les années 70",
    /// "the seventies", "les années soixante-dix".
    fn decade(&self, v: usize) -> Option<Found> {
        let article = matches!(self.w(v), "the" | "les");
        let k = if article { v + 1 } else { v };
        if self.w(k) == "annees" {
            let j = k + 1;
            if let Some(n) = self.num(j) {
                let y = match self.s.tok(j).norm.len() {
                    4 if n % 10 == 0 => n,
                    2 if n % 10 == 0 => 1900 + n,
                    _ => return None,
                };
                return Some((j + 1, decade_period(i16::try_from(y).ok()?)?));
            }
            // "les années deux mille", "les années dix-neuf soixante-dix".
            if let Some((y, e)) = self.year_words(j).filter(|(y, _)| y % 10 == 0) {
                return Some((e, decade_period(y)?));
            }
            let words: [&str; 3] = [self.w(j), self.w(j + 1), self.w(j + 2)];
            let (tens, len) = match words {
                ["quatre", "vingt", "dix"] => (90, 3),
                ["soixante", "dix", _] => (70, 2),
                ["quatre", "vingt", _] => (80, 2),
                ["vingt", ..] => (20, 1),
                ["trente", ..] => (30, 1),
                ["quarante", ..] => (40, 1),
                ["cinquante", ..] => (50, 1),
                ["soixante", ..] => (60, 1),
                _ => return None,
            };
            return Some((j + len, decade_period(1900 + tens)?));
        }
        let word_decade = match self.w(k) {
            "twenties" => Some(20),
            "thirties" => Some(30),
            "forties" => Some(40),
            "fifties" => Some(50),
            "sixties" => Some(60),
            "seventies" => Some(70),
            "eighties" => Some(80),
            "nineties" => Some(90),
            _ => None,
        };
        if let Some(t) = word_decade.filter(|_| article && self.w(v) == "the") {
            return Some((k + 1, decade_period(1900 + t)?));
        }
        // "the noughties", "the twenty-tens", "the two thousand and tens": the decades
        // of this century, named apart from the twentieth's.
        if article && self.w(v) == "the" {
            let this_century = match (self.w(k), self.w(k + 1), self.w(k + 2), self.w(k + 3)) {
                ("noughties", ..) => Some((2000, k + 1)),
                ("twenty", "tens", ..) => Some((2010, k + 2)),
                ("twenty", "twenties", ..) => Some((2020, k + 2)),
                ("two", "thousand", "tens", _) => Some((2010, k + 3)),
                ("two", "thousand", "and", "tens") => Some((2010, k + 4)),
                _ => None,
            };
            if let Some((y, e)) = this_century {
                return Some((e, decade_period(y)?));
            }
        }
        // "the nineteen seventies", "the two thousands".
        if article && self.w(v) == "the" {
            if self.w(k) == "nineteen"
                && let Some(t) = match self.w(k + 1) {
                    "twenties" => Some(20),
                    "thirties" => Some(30),
                    "forties" => Some(40),
                    "fifties" => Some(50),
                    "sixties" => Some(60),
                    "seventies" => Some(70),
                    "eighties" => Some(80),
                    "nineties" => Some(90),
                    _ => None,
                }
            {
                return Some((k + 2, decade_period(1900 + t)?));
            }
            if self.w(k) == "two" && self.w(k + 1) == "thousands" {
                return Some((k + 2, decade_period(2000)?));
            }
        }
        // "'70s": the apostrophe before the digits.
        let (j, apostrophe) = if self.s.tok(k).is_punct('\'') {
            (k + 1, true)
        } else {
            (k, false)
        };
        let n = self.num(j)?;
        let len = self.s.tok(j).norm.len();
        if self.w(j + 1) != "s" || !self.glued(j + 1) || n % 10 != 0 {
            return None;
        }
        let y = match len {
            4 => n,
            2 if article || apostrophe => 1900 + n,
            _ => return None,
        };
        Some((j + 2, decade_period(i16::try_from(y).ok()?)?))
    }

    /// Expressions that need the publication date: "today", "demain", "avant-hier",
    /// "next week", "la semaine prochaine", "ce mois-ci", "l'an dernier", "this June",
    /// "the past 3 weeks", "il y a deux ans", "three years ago", "dans deux semaines".
    fn relative(&self, v: usize) -> Option<Found> {
        let p = self.p?;
        let w = |k: usize| self.w(k);
        let d = |n: i64| add_days(p, n).map(day);
        let simple = match (w(v), w(v + 1), w(v + 2), w(v + 3)) {
            ("today", ..) => Some((v + 1, day(p))),
            ("aujourd", "hui", ..) => Some((v + 2, day(p))),
            ("tomorrow" | "tmrw" | "demain", ..) => Some((v + 1, d(1)?)),
            ("yesterday" | "hier", ..) => Some((v + 1, d(-1)?)),
            ("apres", "demain", ..) => Some((v + 2, d(2)?)),
            ("avant", "hier", ..) => Some((v + 2, d(-2)?)),
            ("the", "day", "after", "tomorrow" | "tmrw") => Some((v + 4, d(2)?)),
            ("the", "day", "before", "yesterday") => Some((v + 4, d(-2)?)),
            ("day", "after", "tomorrow" | "tmrw", _) => Some((v + 3, d(2)?)),
            ("day", "before", "yesterday", _) => Some((v + 3, d(-2)?)),
            // "the deadliest to date": up to publication (not "up to date").
            ("to" | "till", "date", ..)
                if v == 0 || !matches!(w(v - 1), "up" | "equal" | "equals") =>
            {
                Some((
                    v + 2,
                    DateValue {
                        open: Some(Open::OnOrBefore),
                        ..day(p)
                    },
                ))
            }
            // "le bilan à ce jour", "jusqu'à ce jour": to date.
            ("a", "ce", "jour", _) | ("jusqu", "a", "ce", "jour") => {
                let e = if w(v) == "a" { v + 3 } else { v + 4 };
                Some((
                    e,
                    DateValue {
                        open: Some(Open::OnOrBefore),
                        ..day(p)
                    },
                ))
            }
            ("year", "to", "date", _) => {
                Some((v + 3, span(ymd(p.year(), 1, 1)?, p, Granularity::Days)))
            }
            _ => None,
        };
        if simple.is_some() {
            return simple;
        }
        // "il y a deux ans", "three years ago", "dans deux semaines", "in 3 weeks",
        // "two weeks from now".
        // Compound: "1 month 21 days ago", "il y a 2 semaines et 3 jours".
        // "il ya", as it is also written.
        let ago = match (w(v), w(v + 1), w(v + 2)) {
            ("il", "y", "a") => Some(v + 3),
            ("il", "ya", _) => Some(v + 2),
            _ => None,
        };
        if let Some(k) = ago
            && let Some((parts, e)) = self.durations(k)
        {
            return Some((e, shifted_by(p, &parts, -1)?));
        }
        // Not English "in two years": in news it is mostly "the highest in two years".
        if w(v) == "dans"
            && let Some((parts, e)) = self.durations(v + 1)
        {
            return Some((e, shifted_by(p, &parts, 1)?));
        }
        if let Some((parts, e)) = self.durations(v) {
            if w(e) == "ago" {
                return Some((e + 1, shifted_by(p, &parts, -1)?));
            }
            if w(e) == "from" && matches!(w(e + 1), "now" | "today") {
                return Some((e + 2, shifted_by(p, &parts, 1)?));
            }
            // "2 days hence", "4 weeks in the future": the stretch from tomorrow on.
            let ahead = match (w(e), w(e + 1), w(e + 2)) {
                ("hence", ..) => Some(e + 1),
                ("in", "the", "future") => Some(e + 3),
                _ => None,
            };
            if let (Some(e), [(n, unit)]) = (ahead, parts.as_slice()) {
                return Some((e, stretch(p, *n, *unit)?));
            }
        }
        // "the 5 upcoming years", "10 previous weeks".
        if let Some((n, u)) = self.count_at(v)
            && let Some(off) = offset_before(w(u)).filter(|&o| o != 0)
            && let Some(unit) = unit_of(w(u + 1)).filter(|_| n == 1 || w(u + 1).ends_with('s'))
        {
            return Some((u + 2, stretch(p, off * n, unit)?));
        }
        // "two days after today", "three weeks from tomorrow", "2 days before yesterday",
        // "3 days after January 12th".
        // With a hedge, a period: "more than 2 weeks before today" is that day or
        // earlier, "less than 3 days after tomorrow" the days up to it, "within 2 weeks
        // from today" too ("within 2 weeks" alone counts from the event told).
        let (hedge, k0) = match (w(v), w(v + 1)) {
            ("more", "than") | ("plus", "de") => (Some(true), v + 2),
            ("less", "than") | ("moins", "de") => (Some(false), v + 2),
            ("within", _) => (Some(false), v + 1),
            _ => (None, v),
        };
        if let Some((parts, u)) = self.durations(k0)
            && let (sign @ (1 | -1), b) = match (w(u), w(u + 1), w(u + 2)) {
                ("after" | "from" | "apres", ..) => (1, u + 1),
                ("before" | "avant", ..) => (-1, u + 1),
                ("a", "compter", "de" | "d" | "du") | ("a", "partir", "de" | "d" | "du") => {
                    (1, u + 3)
                }
                _ => (0, u),
            }
            // "trois jours après le 12 janvier", "5 jours avant le nouvel an": the
            // French article before the day.
            && let b = b + usize::from(
                self.lang == Lang::Fr
                    && matches!(w(b), "le" | "la" | "l")
                    && self.point(b).is_none(),
            )
            && let Some((e, base)) = self
                .point(b)
                .filter(|(_, x)| x.granularity == Granularity::Day)
        {
            if hedge.is_none() {
                return Some((e, shifted_by(base.start, &parts, sign)?));
            }
            let target = shifted_by(base.start, &parts, sign)?;
            let target = (target.granularity == Granularity::Day).then_some(target.start)?;
            let value = match (hedge, sign) {
                (Some(true), 1) => DateValue {
                    open: Some(Open::OnOrAfter),
                    ..day(target)
                },
                (Some(true), _) => DateValue {
                    open: Some(Open::OnOrBefore),
                    ..day(target)
                },
                (_, 1) => span(base.start, target, Granularity::Days),
                _ => span(target, base.start, Granularity::Days),
            };
            return Some((e, value));
        }
        // "the rest of the week", "later this month", "earlier this year", "le reste
        // de l'année": the part of the current period after or before publication.
        let (tail, mut k) = match (w(v), w(v + 1)) {
            ("rest" | "reste" | "remainder" | "remaining", _) => (Some(true), v + 1),
            ("later", _) => (Some(true), v + 1),
            ("earlier", _) => (Some(false), v + 1),
            // "plus tard ce mois-ci", "plus tôt cette semaine".
            ("plus", "tard") => (Some(true), v + 2),
            ("plus", "tot") => (Some(false), v + 2),
            _ => (None, v),
        };
        if let Some(after) = tail {
            if matches!(w(k), "of" | "in" | "de" | "du") {
                k += 1;
            }
            // "plus tard" alone counts from the event told ("deux jours plus tard"):
            // only with "ce", which names the current period.
            let french_later = w(v) == "plus";
            if french_later && !matches!(w(k), "ce" | "cette" | "cet") {
                return None;
            }
            if matches!(
                w(k),
                "the" | "this" | "my" | "current" | "la" | "l" | "ma" | "cette" | "ce" | "cet"
            ) {
                k += 1;
            }
            let (unit, e) = self.unit_word(k)?;
            // "ce mois-ci", "la semaine en cours".
            let e = match (w(e), w(e + 1)) {
                ("ci", _) => e + 1,
                ("en", "cours") => e + 2,
                _ => e,
            };
            if french_later && offset_after(w(e)).is_some() {
                return None;
            }
            let period = unit_period(p, unit, 0)?;
            let value = if after {
                span(p, period.end, Granularity::Days)
            } else {
                span(period.start, p, Granularity::Days)
            };
            return Some((e, value));
        }
        // "the weekend", "le week-end": the one of this week.
        if matches!(w(v), "the" | "le" | "la")
            && let Some((Unit::Weekend, e)) = self.unit_word(v + 1)
            && offset_after(w(e)).is_none()
            && w(e) != "after"
        {
            return Some((e, unit_period(p, Unit::Weekend, 0)?));
        }
        // "within the next 3 years": from publication on.
        // Not "within three days" alone, which counts from the event told more often
        // than from publication.
        if w(v) == "within" && matches!(w(v + 1), "the" | "next" | "coming" | "upcoming") {
            let mut k = v + 1;
            if w(k) == "the" {
                k += 1;
            }
            if !matches!(w(k), "next" | "coming" | "upcoming") {
                return None;
            }
            k += 1;
            // "within the upcoming 5 years 1 month 12 days": to the day.
            if let Some((parts, e)) = self
                .durations(k)
                .filter(|&(ref parts, e)| parts.len() > 1 && !self.counts_from(e))
            {
                return Some((e, span(p, moved(p, &parts, 1)?, Granularity::Days)));
            }
            if let Some((n, u)) = self.count_at(k)
                && let Some(unit) = unit_of(w(u))
            {
                let end = stretch(p, n, unit)?.end;
                return Some((u + 1, span(p, end, Granularity::Days)));
            }
        }
        // "the week after next", "the year after next".
        if w(v) == "the"
            && let Some((unit, e)) = self.unit_word(v + 1)
            && w(e) == "after"
        {
            let k = if w(e + 1) == "the" { e + 2 } else { e + 1 };
            if w(k) == "next" {
                return Some((k + 1, unit_period(p, unit, 2)?));
            }
        }
        // "the past 3 weeks", "next 3 days", "les trois derniers jours".
        let art = usize::from(matches!(w(v), "the" | "les"));
        let k = v + art;
        // "the last 3 months and 2 weeks and 2 days": to the day (not "the last 3
        // months and 2 days ago", where the last count is another date's).
        if let Some(off) = offset_before(w(k)).filter(|&o| o != 0)
            && let Some((parts, e)) = self
                .durations(k + 1)
                .filter(|&(ref parts, e)| parts.len() > 1 && !self.counts_from(e))
        {
            let other = moved(p, &parts, off)?;
            let (a, b) = if off < 0 {
                (other, p)
            } else {
                (add_days(p, 1)?, other)
            };
            return Some((e, span(a, b, Granularity::Days)));
        }
        if let Some(off) = offset_before(w(k)).filter(|&o| o != 0)
            && let Some((n, u)) = self.count_at(k + 1)
            && let Some(unit) = unit_of(w(u))
        {
            return Some((u + 1, stretch(p, off * n, unit)?));
        }
        // The article stays out of the period: "au cours des dix derniers mois".
        if v > 0
            && matches!(self.w(v - 1), "les" | "des" | "ces")
            && let Some((n, u)) = self.count_at(v)
            && let Some(off) = offset_after(w(u)).or(match w(u) {
                "derniers" | "dernieres" => Some(-1),
                "prochains" | "prochaines" => Some(1),
                _ => None,
            })
            && let Some(unit) = unit_of(w(u + 1))
        {
            return Some((u + 2, stretch(p, off * n, unit)?));
        }
        // "ces derniers jours", "ces prochaines semaines": a few, as "quelques" is
        // three; only after "ces", as "les derniers jours de la campagne" are its last.
        if self.lang == Lang::Fr
            && v > 0
            && self.w(v - 1) == "ces"
            && let Some(off) = match w(v) {
                "derniers" | "dernieres" => Some(-1),
                "prochains" | "prochaines" => Some(1),
                _ => None,
            }
            && let Some(unit) = unit_of(w(v + 1)).filter(|_| w(v + 1).ends_with('s'))
        {
            return Some((v + 2, stretch(p, off * 3, unit)?));
        }
        // The adjective after the unit: "les 3 semaines passées", "les deux mois
        // prochains"; not "précédentes" or "suivants", which count from an event told.
        if self.lang == Lang::Fr
            && v > 0
            && matches!(self.w(v - 1), "les" | "des" | "ces")
            && let Some((n, u)) = self.count_at(v)
            && n > 1
            && let Some(unit) = unit_of(w(u))
            && let Some((off, e)) = match (w(u + 1), w(u + 2)) {
                ("derniers" | "dernieres" | "passes" | "passees", _) => Some((-1, u + 2)),
                ("prochains" | "prochaines", _) => Some((1, u + 2)),
                ("a", "venir") => Some((1, u + 3)),
                _ => None,
            }
        {
            return Some((e, stretch(p, off * n, unit)?));
        }
        // "next week", "this month", "last year", "the coming week", "ce mois-ci",
        // "cette année", "la prochaine semaine", "this June", "next Friday".
        let art = usize::from(matches!(w(v), "the" | "la" | "le" | "l"));
        // "this past weekend", "this coming Friday": the second word says which way.
        let this_way =
            w(v + art) == "this" && matches!(w(v + art + 1), "past" | "coming" | "upcoming");
        let k = v + art + usize::from(this_way);
        if let Some(off) = offset_before(w(k)) {
            // French "dernier", "prochain" before the noun need the article.
            let french_after = matches!(w(k), "prochain" | "prochaine" | "dernier" | "derniere");
            if french_after && art == 0 && !self.bare_french_offset(k) {
                return None;
            }
            let j = k + 1;
            // "this working week", "next workweek": its Monday to Friday.
            let work = match (w(j), w(j + 1)) {
                ("workweek", _) => Some(j + 1),
                ("working" | "work", "week") => Some(j + 2),
                _ => None,
            };
            if let Some(e) = work.filter(|_| self.lang == Lang::En) {
                let week = unit_period(p, Unit::Week, off)?;
                return Some((
                    e,
                    span(week.start, add_days(week.start, 4)?, Granularity::Days),
                ));
            }
            if let Some((unit, e)) = self.unit_word(j) {
                // "cette année scolaire" does not follow the calendar.
                if matches!(w(e), "scolaire" | "fiscale" | "budgetaire") {
                    return None;
                }
                let e = if w(e) == "ci" { e + 1 } else { e };
                let period = unit_period(p, unit, off)?;
                // "next week on Friday", "this week friday".
                if unit == Unit::Week {
                    let f = if w(e) == "on" { e + 1 } else { e };
                    if let Some((wd, e2)) = self.weekday(f) {
                        return Some((e2, day(weekday_in_week(period.start, wd)?)));
                    }
                    // "next week between Wednesday and Friday", "this week from Tue
                    // to Thur".
                    if matches!(w(e), "between" | "from" | "entre" | "du" | "de")
                        && let Some((a, e1)) = self.weekday_or_short(e + 1)
                        && let Some((_, e2)) = self.connector(e1)
                        && let Some((b, e3)) = self.weekday_or_short(e2)
                    {
                        let (a, b) = (
                            weekday_in_week(period.start, a)?,
                            weekday_in_week(period.start, b)?,
                        );
                        if a < b {
                            return Some((e3, span(a, b, Granularity::Days)));
                        }
                    }
                }
                return Some((e, period));
            }
            if art == 0 || w(v) == "the" {
                // "this 5/12", "next 6th of April": this year's, the first to come, the
                // latest gone.
                if self.lang == Lang::En
                    && let Some((e, x)) = self
                        .numeric(j)
                        .or_else(|| self.day_first(j))
                        .or_else(|| self.month_first(j))
                        .filter(|&(e, x)| {
                            x.granularity == Granularity::Day
                                && !(j..e).any(|i| self.year_digits(i))
                        })
                {
                    let this = with_year(x, p.year())?;
                    let value = match off {
                        0 => this,
                        o if o > 0 && this.start <= p => with_year(x, p.year() + 1)?,
                        o if o < 0 && this.start >= p => with_year(x, p.year() - 1)?,
                        _ => this,
                    };
                    return Some((e, value));
                }
                if let Some((m, e)) = self.month(j) {
                    return Some((e, month_relative(p, m, off)?));
                }
                if let Some((wd, e)) = self.weekday(j) {
                    // "this friday 5/12", "ce vendredi 15 juin": the date says which.
                    if let Some(dated) = self
                        .weekday_at(j)
                        .filter(|&(e2, x)| e2 > e && x.granularity == Granularity::Day)
                    {
                        return Some(dated);
                    }
                    // "this coming Friday": the first one to come.
                    if this_way && off > 0 {
                        return Some((e, day(weekday_near(p, wd, 1, true)?)));
                    }
                    return Some((e, day(weekday_relative(p, wd, off)?)));
                }
            }
            return None;
        }
        // "la semaine prochaine", "le mois dernier", "l'an dernier", "l'année passée",
        // and without the article in headlines ("mois prochain"), except "an".
        if self.lang == Lang::Fr
            && (art == 1 || !matches!(w(k), "an" | "ans"))
            && let Some((unit, e)) = self.unit_word(k)
            && let Some(off) = offset_after(w(e))
        {
            return Some((e + 1, unit_period(p, unit, off)?));
        }
        // "la semaine en cours", "du trimestre en cours", "le mois à venir": after a
        // singular article ("les mois à venir" are several).
        let singular = (art == 1 && w(v) != "the") || (v > 0 && matches!(w(v - 1), "du" | "au"));
        if self.lang == Lang::Fr
            && singular
            && let Some((unit, e)) = self.unit_word(k)
            && let Some(off) = match (w(e), w(e + 1)) {
                ("en", "cours") => Some(0),
                ("a", "venir") => Some(1),
                _ => None,
            }
        {
            return Some((e + 2, unit_period(p, unit, off)?));
        }
        None
    }

    /// Whether French "prochain" or "dernier" at `v`, before its noun without an
    /// article, says which ("prochain mois", "au prochain printemps", "dernier
    /// mercredi"): not after a word that makes it an adjective of rank ("son dernier
    /// mois", "un prochain livre", "ce dernier jour": the latter's).
    fn bare_french_offset(&self, v: usize) -> bool {
        if self.lang != Lang::Fr
            || !matches!(self.w(v), "prochain" | "prochaine" | "dernier" | "derniere")
        {
            return false;
        }
        v == 0
            || !matches!(
                self.w(v - 1),
                "son"
                    | "sa"
                    | "ses"
                    | "mon"
                    | "ma"
                    | "mes"
                    | "ton"
                    | "ta"
                    | "tes"
                    | "notre"
                    | "votre"
                    | "leur"
                    | "leurs"
                    | "nos"
                    | "vos"
                    | "un"
                    | "une"
                    | "ce"
                    | "cet"
                    | "cette"
                    | "ces"
                    | "les"
                    | "des"
                    | "le"
                    | "la"
                    | "l"
            )
    }

    /// One or more counts of units, joined or not by "and", "et" or a comma: "two
    /// years", "1 month 21 days", "2 semaines et 3 jours". The counts and the view
    /// index after them.
    fn durations(&self, v: usize) -> Option<(Vec<(i64, Unit)>, usize)> {
        let mut parts = Vec::new();
        let mut k = v;
        let mut end = v;
        while let Some((n, u)) = self.count_at(k)
            && let Some(unit) = unit_of(self.w(u))
            && !parts.iter().any(|&(_, x)| x == unit)
        {
            parts.push((n, unit));
            end = u + 1;
            k = end;
            if matches!(self.w(k), "and" | "et" | ",") {
                k += 1;
            }
        }
        (!parts.is_empty()).then_some((parts, end))
    }

    /// A length of time from a given day on, in English: "for 3 days from today",
    /// "for 1 week, from 20th dec", "2 weeks starting May 20th", "a week starting
    /// tomorrow": the days it covers. "for" says the count is how long, not how far
    /// ("3 days from today" is one day) and is part of it; "starting" says so alone.
    fn lasting_from(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::En {
            return None;
        }
        let w = |k: usize| self.w(k);
        let lasting = w(v) == "for";
        let (parts, e) = self.durations(v + usize::from(lasting))?;
        let k = e + usize::from(w(e) == ",");
        let b = match (w(k), w(k + 1)) {
            ("from", _) if lasting => k + 1,
            ("starting" | "beginning", "from" | "on") if !lasting => k + 2,
            ("starting" | "beginning", _) if !lasting => k + 1,
            _ => return None,
        };
        let (end, first) = self
            .point(b)
            .filter(|(_, x)| x.granularity == Granularity::Day && x.open.is_none())?;
        let last = moved(first.start, &parts, 1)?;
        Some((
            end,
            span(first.start, add_days(last, -1)?, Granularity::Days),
        ))
    }

    /// A weekday in the week of a day told by a count, in English: "Monday two weeks
    /// from now", "Thursday, two years from now", "in 3 days on Friday", "3 weeks
    /// after Christmas on Friday" (weeks from Monday, as "Friday next week").
    fn weekday_shifted(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::En {
            return None;
        }
        // "two sundays from now": the second one to come.
        if let Some((n, u)) = self.count_at(v)
            && (1..=52).contains(&n)
            && let Some(&(_, wd)) = self
                .w(u)
                .strip_suffix('s')
                .and_then(|name| WEEKDAYS.iter().find(|(x, _)| *x == name))
            && self.w(u + 1) == "from"
            && matches!(self.w(u + 2), "now" | "today")
        {
            let first = weekday_near(self.p?, wd, 1, true)?;
            return Some((u + 3, day(add_days(first, 7 * (n - 1))?)));
        }
        if let Some((wd, k)) = self.weekday(v) {
            let k = k + usize::from(self.w(k) == ",");
            let (e, target) = self.shift(k)?;
            return Some((e, day(weekday_in_week(target, wd)?)));
        }
        let (e, target) = self.shift(v)?;
        let (wd, e) = self.weekday(e + 1).filter(|_| self.w(e) == "on")?;
        Some((e, day(weekday_in_week(target, wd)?)))
    }

    /// The day a count of units before or after a day leads to, to the day: "in 3
    /// days", "two years from now", "3 weeks after Christmas", "2 days before May 1".
    fn shift(&self, v: usize) -> Option<(usize, Date)> {
        let p = self.p?;
        let w = |k: usize| self.w(k);
        if w(v) == "in" {
            let (parts, e) = self.durations(v + 1)?;
            return Some((e, moved(p, &parts, 1)?));
        }
        let (parts, e) = self.durations(v)?;
        let sign = match w(e) {
            "after" | "from" => 1,
            "before" => -1,
            "ago" => return Some((e + 1, moved(p, &parts, -1)?)),
            _ => return None,
        };
        if sign > 0 && matches!(w(e + 1), "now" | "today") {
            return Some((e + 2, moved(p, &parts, 1)?));
        }
        let (end, base) = self
            .point(e + 1)
            .filter(|(_, x)| x.granularity == Granularity::Day)?;
        Some((end, moved(base.start, &parts, sign)?))
    }

    /// Days counted Monday to Friday, in English: "the next 4 business days", "the
    /// previous 4 working days" (the days), "in two business days" (the day).
    fn business_days(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::En {
            return None;
        }
        let w = |k: usize| self.w(k);
        let k = v + usize::from(w(v) == "the");
        let sign = match w(k) {
            "in" if k == v => 0,
            "next" | "coming" | "upcoming" => 1,
            "previous" | "past" | "last" => -1,
            _ => return None,
        };
        let (n, u) = self.count_at(k + 1)?;
        if !matches!(w(u), "business" | "working") || !matches!(w(u + 1), "days" | "day") {
            return None;
        }
        // A year of them at most: the count is walked day by day.
        if !(1..=260).contains(&n) {
            return None;
        }
        let p = self.p?;
        let step = if sign < 0 { -1 } else { 1 };
        let (mut d, mut left, mut nearest) = (p, n, None);
        while left > 0 {
            d = add_days(d, step)?;
            if !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
                nearest = nearest.or(Some(d));
                left -= 1;
            }
        }
        let value = match sign {
            0 => day(d),
            1 => span(nearest?, d, Granularity::Days),
            _ => span(d, nearest?, Granularity::Days),
        };
        Some((u + 2, value))
    }

    /// Whether the word at `e`, after counts of units, says what they count from:
    /// "two days ago", "3 weeks later", "a month after Easter".
    fn counts_from(&self, e: usize) -> bool {
        matches!(
            self.w(e),
            "ago" | "later" | "earlier" | "after" | "before" | "from" | "hence"
        )
    }

    /// A calendar unit word: "week", "week-end", "mois", "année".
    fn unit_word(&self, v: usize) -> Option<(Unit, usize)> {
        let w = self.w(v);
        if w == "week" && self.w(v + 1) == "end" {
            return Some((Unit::Weekend, v + 2));
        }
        // "this calendar year": the year, said against a fiscal one.
        if w == "calendar" && unit_of(self.w(v + 1)) == Some(Unit::Year) {
            return Some((Unit::Year, v + 2));
        }
        match unit_of(w)? {
            Unit::Day => None,
            u => Some((u, v + 1)),
        }
    }

    /// A small count: digits or words ("deux", "three", "a", "une").
    fn count_at(&self, v: usize) -> Option<(i64, usize)> {
        if v >= self.s.view.len() {
            return None;
        }
        let t = self.s.tok(v);
        if t.kind == TokKind::Num {
            if t.norm.len() > 3 || self.s.is_grouped_number(v) {
                return None;
            }
            return Some((t.norm.parse().ok()?, v + 1));
        }
        // "a few days", "quelques semaines": three, as people mean it.
        if t.norm == "a" && matches!(self.w(v + 1), "few" | "couple") {
            return Some((
                if self.w(v + 1) == "few" { 3 } else { 2 },
                self.after_couple(v + 1),
            ));
        }
        if matches!(
            t.norm.as_str(),
            "few" | "several" | "quelques" | "plusieurs"
        ) {
            return Some((3, v + 1));
        }
        // "the next couple weeks", "the past couple of years".
        if t.norm == "couple" {
            return Some((2, self.after_couple(v)));
        }
        // "une dizaine de jours", "une quinzaine de jours": about that many.
        if t.norm == "une"
            && matches!(self.w(v + 2), "de" | "d")
            && let Some(n) = match self.w(v + 1) {
                "dizaine" => Some(10),
                "quinzaine" => Some(15),
                "vingtaine" => Some(20),
                "trentaine" => Some(30),
                _ => None,
            }
        {
            return Some((n, v + 3));
        }
        if matches!(t.norm.as_str(), "a" | "an" | "un" | "une") {
            return Some((1, v + 1));
        }
        // Numbers of several words: "vingt-cinq jours", "vingt et un jours".
        let s = self.s;
        if let Some(n) = self.cardinal_from(v)
            && n.value.fract() == 0.0
            && n.value < 1000.0
        {
            let after = s
                .view
                .partition_point(|&i| s.toks[i].span.start < t.span.start + n.len);
            if after > v + 1 {
                return Some((n.value as i64, after));
            }
        }
        let w = self.cardinal_in_word(v)?;
        (w.len == t.norm.len() && w.value.fract() == 0.0 && w.value < 1000.0)
            .then_some((w.value as i64, v + 1))
    }

    /// The view index after "couple" at `v`, and its "of" ("a couple of weeks").
    fn after_couple(&self, v: usize) -> usize {
        if self.w(v) == "couple" && self.w(v + 1) == "of" {
            v + 2
        } else {
            v + 1
        }
    }

    /// A part of a period: "fin 2024", "début 2025", "mi-2024", "fin avril", "late 2024",
    /// "the end of next week", "à la fin de l'année", "early this month".
    fn part(&self, v: usize) -> Option<Found> {
        let w = |k: usize| self.w(k);
        let art = usize::from(matches!(w(v), "the" | "la" | "le"));
        let part = part_of(w(v + art))?;
        let mut k = v + art + 1;
        let of = matches!(w(k), "de" | "d" | "of" | "du");
        if of {
            k += 1;
        }
        // "start" and "end" are nouns first: only "the end of …".
        if matches!(
            w(v + art),
            "start" | "end" | "beginning" | "middle" | "milieu"
        ) && !of
        {
            return None;
        }
        if let Some((end, value)) = self.period_at(k) {
            return Some((end, part_of_period(value, part)?));
        }
        // "fin de l'année", "the end of the month", "fin du mois": the current one.
        let p = self.p?;
        let article = matches!(w(k), "l" | "the" | "la" | "le");
        if !article && !of {
            return None;
        }
        let (unit, e) = self.unit_word(k + usize::from(article))?;
        Some((e, part_of_period(unit_period(p, unit, 0)?, part)?))
    }

    /// A numbered part of a period: "the third quarter of 2016", "Q1 2016", "H2 2016",
    /// "le premier trimestre 2020", "the first week of October", "the last week of
    /// 2015".
    fn rank(&self, v: usize) -> Option<Found> {
        let w = |k: usize| self.w(k);
        if (w(v + 1) == "s" || w(v + 2) == "s")
            && let Some(found) = self.possessive_part(v)
        {
            return Some(found);
        }
        // "Q3", "H1": a letter glued to a digit; French "T3" (trimestre) and "S1"
        // (semestre), with their year only, as "un T3" is a flat of three rooms.
        let french = self.lang == Lang::Fr && matches!(w(v), "t" | "s");
        if (matches!(w(v), "q" | "h") || french) && self.glued(v + 1) {
            let n = self.num(v + 1)?;
            // "H1N1", "Q7x": a code, not a quarter; "q1-2019" is a quarter and its year.
            let year_after_hyphen = self.year(v + 2).is_some()
                && self
                    .s
                    .view
                    .get(v + 2)
                    .is_some_and(|&i| self.s.toks[i - 1].is_punct('-'));
            if self.glued(v + 2) && self.s.tok(v + 2).kind != TokKind::Punct && !year_after_hyphen {
                return None;
            }
            let (per, size) = if matches!(w(v), "q" | "t") {
                (4, 3)
            } else {
                (2, 6)
            };
            if !(1..=per).contains(&n) {
                return None;
            }
            // "Q1 2016", "Q3 this year", "q1 of 2017", "Q2": the year after, or the
            // current one; "H2" alone is as often hydrogen, so a half needs its year
            // ("H2 2016").
            let of = usize::from(w(v + 2) == "of" && self.year(v + 3).is_some());
            let (e, y) = match self
                .point(v + 2 + of)
                .filter(|(_, x)| x.granularity == Granularity::Year)
            {
                Some((e, x)) => (e, x.start.year()),
                None if w(v) == "q" => (v + 2, self.p?.year()),
                None => return None,
            };
            return Some((e, months_part(y, n, size)?));
        }
        let art = usize::from(matches!(w(v), "the" | "le" | "la" | "l"));
        let k = v + art;
        let (n, j) = match rank_of(w(k)) {
            Some(n) => (n, k + 1),
            None => {
                let (d, j) = self.day_num(k).filter(|&(_, j)| j == k + 2)?;
                (i64::from(d), j)
            }
        };
        // "the first Friday of July", "le dernier lundi d'avril", "third Tuesday".
        if let Some((wd, j2)) = self.weekday(j) {
            let mut e = j2;
            if matches!(w(e), "of" | "de" | "du" | "d" | "in") {
                e += 1;
            }
            let (end, month) = match self.period_at(e) {
                Some(found) if found.1.granularity == Granularity::Month => found,
                // "last Friday" alone is the latest one, not the month's last.
                _ if n < 0 => return None,
                _ => {
                    let p = self.p?;
                    (j2, month_period(p.year(), p.month(), None)?)
                }
            };
            let first = add_days(
                month.start,
                i64::from(
                    wd.to_monday_zero_offset() - month.start.weekday().to_monday_zero_offset(),
                )
                .rem_euclid(7),
            )?;
            let date = if n < 0 {
                add_days(
                    month.end,
                    -i64::from(
                        month.end.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset(),
                    )
                    .rem_euclid(7),
                )?
            } else {
                add_days(first, 7 * (n - 1))?
            };
            if date > month.end {
                return None;
            }
            return Some((end, day(date)));
        }
        let (size, per) = match w(j) {
            "quarter" | "trimestre" | "quart" => (3, 4),
            "month" | "mois" => (1, 12),
            "half" | "semestre" => (6, 2),
            "week" | "semaine" => (0, 0),
            _ => return None,
        };
        let mut e = j + 1;
        let of = matches!(w(e), "of" | "de" | "du" | "d" | "in");
        if of {
            e += 1;
        }
        // "of the year", "de l'année", "of the month": the current one, as for "the
        // end of the year".
        let current = || {
            let art = matches!(w(e), "the" | "l" | "la" | "le");
            let k = e + usize::from(art);
            let (unit, end) = self.unit_word(k).filter(|&(u, _)| {
                of && (art || w(e - 1) == "du") && matches!(u, Unit::Year | Unit::Month)
            })?;
            Some((end, unit_period(self.p?, unit, 0)?))
        };
        let (end, period) = match self.period_at(e).or_else(current) {
            Some(found) => found,
            None if size > 0 => (j + 1, year_period(self.p?.year(), None)?),
            None => return None,
        };
        if size > 0 {
            if period.granularity != Granularity::Year || !(1..=per).contains(&n) {
                return None;
            }
            return Some((end, months_part(period.start.year(), n, size)?));
        }
        // Weeks: ISO weeks of a year, weeks starting on a Monday of a month.
        let mondays = match period.granularity {
            Granularity::Year => {
                let y = period.start.year();
                let first = week_of(ymd(y, 1, 4)?)?.start;
                let last = week_of(ymd(y, 12, 28)?)?.start;
                (first, last)
            }
            // As ISO weeks do for years: the first week holds the 4th, the last
            // the 4th day from the end.
            Granularity::Month => {
                let first = week_of(add_days(period.start, 3)?)?.start;
                let last = week_of(add_days(period.end, -3)?)?.start;
                (first, last)
            }
            _ => return None,
        };
        let monday = if n < 0 {
            mondays.1
        } else {
            add_days(mondays.0, 7 * (n - 1))?
        };
        if monday > mondays.1 {
            return None;
        }
        Some((end, span(monday, add_days(monday, 6)?, Granularity::Days)))
    }

    /// A quarter or half of a year told before it with "'s": "next year's first
    /// quarter", "2016's second half", "this year's last quarter".
    fn possessive_part(&self, v: usize) -> Option<Found> {
        let (e, year) = match self.year(v) {
            Some(y) => (v + 1, y),
            None => {
                let (e, x) = self
                    .relative(v)
                    .filter(|(_, x)| x.granularity == Granularity::Year)?;
                (e, x.start.year())
            }
        };
        if self.w(e) != "s" {
            return None;
        }
        let n = rank_of(self.w(e + 1))?;
        let (size, per) = match self.w(e + 2) {
            "quarter" => (3, 4),
            "half" => (6, 2),
            _ => return None,
        };
        let n = if n < 0 { per } else { n };
        if n > per {
            return None;
        }
        Some((e + 3, months_part(year, n, size)?))
    }

    /// The first or last units of a period: "the first three months of 2024", "the
    /// last 3 weeks of this year", "first ten days of last year", "les trois premiers
    /// mois de 2024", "les deux derniers mois de l'année" (weeks as ISO weeks).
    fn leading(&self, v: usize) -> Option<Found> {
        let w = |k: usize| self.w(k);
        let k = v + usize::from(matches!(w(v), "the" | "les"));
        let (first, n, u) = match w(k) {
            "first" | "last" => {
                let (n, u) = self.count_at(k + 1)?;
                (w(k) == "first", n, u)
            }
            _ => {
                let (n, u) = self.count_at(k)?;
                let first = match w(u) {
                    "premiers" | "premieres" => true,
                    "derniers" | "dernieres" => false,
                    _ => return None,
                };
                (first, n, u + 1)
            }
        };
        let unit = unit_of(w(u)).filter(|_| n >= 1)?;
        if !matches!(w(u + 1), "of" | "de" | "du" | "d") {
            return None;
        }
        // "de l'année", "of the year": the current one, as for "fin de l'année".
        let (end, period) = match self.period_at(u + 2) {
            Some(found) => found,
            None if matches!(w(u + 2), "l" | "the" | "la" | "le") => {
                let (unit, e) = self.unit_word(u + 3)?;
                (e, unit_period(self.p?, unit, 0)?)
            }
            None => return None,
        };
        // How far the stretch reaches from its first day, in its unit.
        let b = match unit {
            Unit::Day => n - 1,
            Unit::Month => n,
            Unit::Week => 7 * n - 1,
            _ => return None,
        };
        let value = match unit {
            Unit::Day if first => span(period.start, add_days(period.start, b)?, Granularity::Days),
            Unit::Day => span(add_days(period.end, -b)?, period.end, Granularity::Days),
            Unit::Month if first => span(
                period.start,
                add_days(period.start.checked_add(b.months()).ok()?, -1)?,
                Granularity::Days,
            ),
            Unit::Month => span(
                period
                    .end
                    .first_of_month()
                    .checked_add((1 - b).months())
                    .ok()?,
                period.end,
                Granularity::Days,
            ),
            _ => {
                // ISO weeks of a year, or weeks starting on a Monday of a month.
                let (m0, m1) = match period.granularity {
                    Granularity::Year => (
                        week_of(ymd(period.start.year(), 1, 4)?)?.start,
                        week_of(ymd(period.end.year(), 12, 28)?)?.start,
                    ),
                    _ => (
                        week_of(add_days(period.start, 3)?)?.start,
                        week_of(add_days(period.end, -3)?)?.start,
                    ),
                };
                if first {
                    span(m0, add_days(m0, b)?, Granularity::Days)
                } else {
                    span(
                        add_days(m1, -7 * (n - 1))?,
                        add_days(m1, 6)?,
                        Granularity::Days,
                    )
                }
            }
        };
        // Not more than the period holds ("the first 14 months of 2020").
        (value.start >= add_days(period.start, -3)? && value.end <= add_days(period.end, 3)?)
            .then_some((end, value))
    }

    /// Seasons: "au printemps 2023", "the summer of 2024", "l'été 2023", "this summer",
    /// "l'été dernier", "cet hiver".
    fn season(&self, v: usize) -> Option<Found> {
        let w = |k: usize| self.w(k);
        let (off, k) = match offset_before(w(v)) {
            Some(o)
                if !matches!(w(v), "dernier" | "derniere" | "prochain" | "prochaine")
                    || self.bare_french_offset(v) =>
            {
                (Some(o), v + 1)
            }
            _ if matches!(w(v), "the" | "l" | "le") => (None, v + 1),
            _ => (None, v),
        };
        let months = season_of(w(k))?;
        let mut j = k + 1;
        if matches!(w(j), "de" | "of") && self.year_any(j + 1).is_some() {
            j += 1;
        }
        if let Some((y, e)) = self.year_any(j) {
            return Some((e, season_period(y, months)?));
        }
        let p = self.p?;
        let (off, e) = match (off, offset_after(w(k + 1))) {
            (Some(o), _) => (o, k + 1),
            (None, Some(o)) => (o, k + 2),
            // "the fall of Kabul" is no season.
            (None, None) if w(k + 1) == "of" => return None,
            // "en été", "in the summer", "l'été", "by mid summer", "in early spring":
            // this year's.
            (None, None)
                if k > v
                    || qualifier_before(self.s, v).0 < v
                    || (v > 0
                        && part_of(w(v - 1)).is_some()
                        && qualifier_before(self.s, v - 1).0 < v - 1) =>
            {
                (0, k + 1)
            }
            _ => return None,
        };
        // "last summer" is the latest one over; "next summer" the first one to come;
        // "since the autumn" the latest one begun.
        let this = season_period(p.year(), months)?;
        let since = qualifier_before(self.s, v).1;
        let y = match off {
            o if o < 0 && this.end >= p => p.year() - 1,
            o if o > 0 && this.start <= p => p.year() + 1,
            0 if since && this.start > p => p.year() - 1,
            _ => p.year(),
        };
        Some((e, season_period(y, months)?))
    }

    /// Day first: "9 juin 2025", "le 26 avril", "4th of March", "the fourth of May",
    /// "26th June of 2020", "22 of Jan".
    fn day_first(&self, v: usize) -> Option<Found> {
        // "the 20th of next month": the article is part of an English day.
        if self.w(v) == "the" && self.lang == Lang::En && self.is_num(v + 1) {
            return self.day_first(v + 1);
        }
        // "the 15th day of next month", "the twenty third day of September".
        let day_of = |k: usize| {
            // "le 4e jour de juillet": past "de" too.
            if self.w(k) == "jour" && matches!(self.w(k + 1), "de" | "d") {
                k + 2
            } else if self.w(k) == "day" && self.w(k + 1) == "of" {
                k + 1
            } else {
                k
            }
        };
        let (d, mut k) = if self.is_num(v) {
            let (d, k) = self.day_num(v)?;
            // "16. Nov. 2016": a day with a period, as some write it, then a month and
            // a year (without the year, the period ends a sentence).
            if self.lang == Lang::En
                && k == v + 1
                && self.s.tok(k).is_punct('.')
                && self.glued(k)
                && let Some((m, e)) = self.month(k + 1)
                && let Some((y, e2)) = self.year_any(e)
            {
                return Some((e2, day(valid_day(y, m, d.into())?)));
            }
            (d, if k == v + 2 { day_of(k) } else { k })
        } else if let Some((d, k)) = self
            .day_word_fr(v)
            .filter(|&(_, k)| self.month_lenient(k).is_some())
        {
            (d, k)
        } else if let Some((d, k)) = self.day_ordinal_fr(v).and_then(|(d, k)| {
            // "le premier janvier", "deuxième de août", "deuxième jour d'août".
            let k = k + usize::from(self.w(k) == "jour");
            let k = k + usize::from(matches!(self.w(k), "de" | "d"));
            self.month_lenient(k).map(|_| (d, k))
        }) {
            (d, k)
        } else {
            let (d, k) = self.day_any(v)?;
            let k = day_of(k);
            // A day in words needs "of": "the fourth of May", not "the first May".
            if self.w(k) != "of" {
                return None;
            }
            (d, k)
        };
        if matches!(self.w(k), "of" | "du") {
            k += 1;
        }
        if let Some((m, e)) = self.month_lenient(k) {
            return self.with_year(v, e, m, d);
        }
        // "20th of next month", "le 20 du mois prochain", "22 this month"; not "the 2
        // upcoming months", a count. "the 26th day of the month": the current one.
        if self.lang == Lang::En
            && k > v
            && self.w(k - 1) == "of"
            && self.w(k) == "the"
            && self.w(k + 1) == "month"
            && self.w(k + 2) != "of"
        {
            let p = self.p?;
            return Some((k + 2, day(valid_day(p.year(), p.month(), d.into())?)));
        }
        let (e, month) = self
            .relative(k)
            .filter(|&(e, x)| x.granularity == Granularity::Month && self.w(e - 1) != "months")?;
        Some((
            e,
            day(valid_day(
                month.start.year(),
                month.start.month(),
                d.into(),
            )?),
        ))
    }

    /// An English day in cardinal words before its month and year: "twenty five
    /// January nineteen eighty six", "fifteen August 1993". Without the year it is
    /// as often a count ("fifteen August arrests").
    fn day_words_first(&self, v: usize) -> Option<Found> {
        let s = self.s;
        if self.lang != Lang::En || s.tok(v).kind != TokKind::Word {
            return None;
        }
        let n = self.cardinal_from(v)?;
        if n.value.fract() != 0.0 || !(1.0..=31.0).contains(&n.value) {
            return None;
        }
        let from = s.tok(v).span.start;
        let k = s
            .view
            .partition_point(|&i| s.toks[i].span.start < from + n.len);
        let (m, e) = self.month(k)?;
        let e = e + usize::from(s.tok(e).is_punct(','));
        let (y, end) = self.year_any(e)?;
        Some((end, day(valid_day(y, m, n.value as i64)?)))
    }

    /// A day of the month alone, as an ordinal: "on the 18th.", "the 4th and the 5th":
    /// the one nearest publication. "The 18th century", "the 4th division" are not.
    fn day_alone(&self, v: usize) -> Option<Found> {
        // "on 22nd": the ordinal suffix says it is a day.
        let k = if self.w(v) == "the" {
            v + 1
        } else if v > 0 && self.w(v - 1) == "on" && self.lang == Lang::En {
            v
        } else {
            return None;
        };
        // "on the 27", "for the second.", "until the twenty second": after a
        // preposition and "the", a bare number is a day too, and so is an ordinal word
        // that ends the sentence ("after the first, …" is not a day).
        let placed = k == v + 1
            && self.lang == Lang::En
            && v > 0
            && matches!(
                self.w(v - 1),
                "on" | "for" | "by" | "until" | "till" | "since" | "before" | "after"
            );
        let ends = |e: usize| e >= self.s.view.len() || matches!(self.w(e), "." | "!" | "?");
        let (d, e) = match self.day_num(k) {
            Some((d, e)) if e == k + 2 || placed => (d, e),
            Some(_) => return None,
            None if placed => self.day_any(k).filter(|&(_, e)| ends(e))?,
            None => return None,
        };
        let next = self.s.tok(e);
        let free = e >= self.s.view.len()
            || next.kind == TokKind::Punct
            || matches!(
                next.norm.as_str(),
                "and" | "or" | "to" | "until" | "through" | "at"
            );
        if !free {
            return None;
        }
        let p = self.p?;
        let found = (-1..=1)
            .filter_map(|o: i64| {
                let m = p.first_of_month().checked_add(o.months()).ok()?;
                valid_day(m.year(), m.month(), d.into())
            })
            .min_by_key(|x| (*x - p).get_days().abs())?;
        Some((e, day(found)))
    }

    /// A French day of the month alone after "le": "pour le 27", "le 3 et le 4", "le
    /// 1er.", "le vingt-deux.": the one nearest publication. Not "le 27e régiment",
    /// "le 18 h".
    fn day_alone_fr(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::Fr || v == 0 || self.w(v - 1) != "le" {
            return None;
        }
        // "le sept." may be September.
        // An ordinal word only as a deadline ending the sentence: "pour le deuxième !",
        // not "le second tour".
        let deadline = v >= 2 && self.w(v - 2) == "pour";
        let ends = |e: usize| e >= self.s.view.len() || matches!(self.w(e), "." | "!" | "?");
        let (d, e) = self
            .day_num(v)
            .or_else(|| self.day_word_fr(v).filter(|_| self.month(v).is_none()))
            .or_else(|| self.day_ordinal_fr(v).filter(|&(_, e)| deadline && ends(e)))?;
        let next = self.s.tok(e);
        let free = e >= self.s.view.len()
            || next.kind == TokKind::Punct
            || matches!(next.norm.as_str(), "et" | "ou" | "au");
        if !free {
            return None;
        }
        Some((e, day(self.nearest_day(d)?)))
    }

    /// Day `d` of the month before, of or after publication, whichever is nearest.
    fn nearest_day(&self, d: i8) -> Option<Date> {
        let p = self.p?;
        (-1..=1)
            .filter_map(|o: i64| {
                let m = p.first_of_month().checked_add(o.months()).ok()?;
                valid_day(m.year(), m.month(), d.into())
            })
            .min_by_key(|x| (*x - p).get_days().abs())
    }

    /// An ISO week of the publication year: "week 31", "la semaine 31".
    fn week_number(&self, v: usize) -> Option<Found> {
        if !matches!(self.w(v), "week" | "semaine") {
            return None;
        }
        let n = self.num(v + 1).filter(|n| (1..=53).contains(n))?;
        // "week 10 8 p.m.", "week 10 10:20": a time after it is not a count.
        if (self.s.tok(v + 2).kind == TokKind::Num && !self.time_at(v + 2))
            || self.s.followed_by_counted_noun(v + 1)
        {
            return None;
        }
        // "week 3 of 2027", "week 27 of last year".
        let (y, e) = match self
            .period_at(v + 3)
            .filter(|(_, x)| self.w(v + 2) == "of" && x.granularity == Granularity::Year)
        {
            Some((e, x)) => (x.start.year(), e),
            None => (self.p?.year(), v + 2),
        };
        let monday = jiff::civil::ISOWeekDate::new(y, n as i8, Weekday::Monday)
            .ok()?
            .date();
        Some((e, span(monday, add_days(monday, 6)?, Granularity::Days)))
    }

    /// Whether a time of day in figures starts at `v`: "8 p.m.", "8pm", "10:20".
    fn time_at(&self, v: usize) -> bool {
        self.is_num(v)
            && match self.w(v + 1) {
                "pm" | "am" => true,
                "p" | "a" => self.s.tok(v + 2).is_punct('.') && self.w(v + 3) == "m",
                ":" => self.is_num(v + 2),
                _ => false,
            }
    }

    /// A day of the month in cardinal words after a month: "May twenty nine", "jan
    /// twenty two, 2018", "Mai vingt-neuf", only where the clause ends or a year
    /// follows ("en mai deux attaques" is a count).
    fn day_cardinal(&self, v: usize) -> Option<(i8, usize)> {
        let s = self.s;
        if v >= s.view.len() || s.tok(v).kind != TokKind::Word {
            return None;
        }
        let from = s.tok(v).span.start;
        let n = self.cardinal_from(v)?;
        let after = s
            .view
            .partition_point(|&i| s.toks[i].span.start < from + n.len);
        let k = if s.tok(after).is_punct(',') {
            after + 1
        } else {
            after
        };
        let ends = s.tok(after).kind != TokKind::Word || self.year_any(k).is_some();
        (n.value.fract() == 0.0 && (1.0..=31.0).contains(&n.value) && ends)
            .then_some((n.value as i8, after))
    }

    /// Centuries: "the 21st century", "le XXe siècle", "du XIXe siècle".
    fn century(&self, v: usize) -> Option<Found> {
        let (n, e) = match self.day_num(v) {
            Some((n, e)) if e == v + 2 => (i16::from(n), e),
            _ => {
                let w = self.w(v);
                let roman = w.strip_suffix("eme").or_else(|| w.strip_suffix('e'))?;
                (roman_numeral(roman)?, v + 1)
            }
        };
        if !matches!(self.w(e), "century" | "siecle") || !(1..=21).contains(&n) {
            return None;
        }
        let first = (n - 1) * 100;
        Some((
            e + 1,
            span(
                ymd(first.max(1), 1, 1)?,
                ymd(first + 99, 12, 31)?,
                Granularity::Year,
            ),
        ))
    }

    /// The year after a month and day (", 2025", "of 2016", " 2016"), or the one
    /// nearest the publication date.
    fn with_year(&self, v: usize, e: usize, m: i8, d: i8) -> Option<Found> {
        let mut k = e;
        if self.s.tok(k).is_punct(',') || matches!(self.w(k), "of" | "de" | "in" | "en") {
            k += 1;
        }
        if let Some((y, e2)) = self.year_any(k) {
            return Some((e2, day(valid_day(y, m, d.into())?)));
        }
        if let Some(y) = self.two_digit_year(k) {
            return Some((k + 1, day(valid_day(y, m, d.into())?)));
        }
        let p = self.p?;
        // "le 12 octobre dernier", "le 3 mars prochain": the latest one before
        // publication, or the first one after it.
        if self.lang == Lang::Fr
            && let Some(off) = offset_after(self.w(e))
        {
            let y = p.year();
            let found = if off < 0 {
                (y - 1..=y)
                    .rev()
                    .filter_map(|y| valid_day(y, m, d.into()))
                    .find(|x| *x < p)?
            } else {
                (y..=y + 1)
                    .filter_map(|y| valid_day(y, m, d.into()))
                    .find(|x| *x > p)?
            };
            return Some((e + 1, day(found)));
        }
        let past = qualifier_before(self.s, v).1;
        let y = infer_year(p, m, Some(d), past);
        Some((e, day(valid_day(y, m, d.into())?)))
    }

    /// Month first: "juin 2024", "June 9, 2025", "June 9", "May the eleventh", "Jan,
    /// 2001", "June of 2016", "juin dernier", "the month of June", "le mois d'août",
    /// and a bare month after a preposition ("en décembre", "in March").
    fn month_first(&self, v: usize) -> Option<Found> {
        let w = |k: usize| self.w(k);
        // "the month of June", "month of June", "le mois de juin", "le mois d'août".
        let art = usize::from(matches!(w(v), "the" | "le"));
        let named =
            matches!(w(v + art), "month" | "mois") && matches!(w(v + art + 1), "of" | "de" | "d");
        let k = if named { v + art + 2 } else { v };
        if !named
            && self.month(k).is_none()
            && let Some((m, e)) = self.month_lenient(k)
        {
            // "may the eleventh", "jan 1st", "jan-1": a lower-case "may" or "jan" is a
            // month only with a day that cannot be anything else.
            let j = if self.w(e) == "the" { e + 1 } else { e };
            let hyphen = self
                .s
                .toks
                .get(self.s.view[k] + 1)
                .is_some_and(|t| t.is_punct('-'));
            let (d, e2) = self.day_any(j).or_else(|| self.day_cardinal(j))?;
            let clear = j > e || !self.is_num(j) || e2 > j + 1 || hyphen;
            return if clear {
                self.with_year(v, e2, m, d)
            } else {
                None
            };
        }
        let (m, e) = self.month(k)?;
        // "september.15th": a period glued between the month and an ordinal day.
        if !named
            && self.lang == Lang::En
            && self.s.tok(e).is_punct('.')
            && self.glued(e)
            && self.glued(e + 1)
            && let Some((d, e2)) = self.day_num(e + 1).filter(|&(_, e2)| e2 == e + 3)
        {
            return self.with_year(v, e2, m, d);
        }
        // "June 9, 2025", "May the eleventh", "jan first".
        let j = if w(e) == "the" { e + 1 } else { e };
        if !named
            && let Some((d, e2)) = self
                .day_any(j)
                .or_else(|| self.day_cardinal(j))
                .or_else(|| self.day_ordinal_fr_closing(j))
        {
            return self.with_year(v, e2, m, d);
        }
        // "October, 1st": after a comma, only a day with its ordinal suffix ("in
        // October, 12 people").
        if !named
            && self.s.tok(e).is_punct(',')
            && let Some((d, e2)) = self.day_num(e + 1).filter(|&(_, e2)| e2 == e + 3)
        {
            return self.with_year(v, e2, m, d);
        }
        // "November between 19 and 20", "novembre du 3 au 5", "Feb between 2-7 2018".
        if !named
            && matches!(w(e), "between" | "entre" | "from" | "du")
            && let Some((d1, e1)) = self.day_num(e + 1)
            && let Some((_, e2)) = self.connector(e1)
            && let Some((d2, e3)) = self.day_num(e2)
            && d1 < d2
        {
            let (y, end) = match self.year_any(e3) {
                Some((y, end)) => (y, end),
                None => (infer_year(self.p?, m, Some(d1), false), e3),
            };
            return Some((
                end,
                span(
                    valid_day(y, m, d1.into())?,
                    valid_day(y, m, d2.into())?,
                    Granularity::Days,
                ),
            ));
        }
        // "novembre de 2016", "juin de l'année prochaine", "nov. de l'année 2016", not
        // "mars de 2000 à 2010", a range of its own.
        if self.lang == Lang::Fr && matches!(w(e), "de" | "d") {
            let l = e + 1 + usize::from(w(e + 1) == "l");
            let year = self
                .year_any(e + 1)
                .or_else(|| {
                    self.relative(e + 1)
                        .or_else(|| self.year_named(l))
                        .filter(|(_, x)| x.granularity == Granularity::Year)
                        .map(|(e2, x)| (x.start.year(), e2))
                })
                .filter(|&(_, e2)| self.connector(e2).is_none());
            if let Some((y, e2)) = year {
                return Some((e2, month_period(y, m, None)?));
            }
        }
        // "June 2024", "Jan, 2001", "June of 2016", "April in 2016".
        let mut j = e;
        if self.s.tok(j).is_punct(',')
            || w(j) == "of"
            || (w(j) == "in" && self.lang == Lang::En && self.year(j + 1).is_some())
        {
            j += 1;
        }
        if let Some((y, e2)) = self
            .year(j)
            .map(|y| (y, j + 1))
            .or_else(|| self.year_words(j))
        {
            return Some((e2, month_period(y, m, None)?));
        }
        if let Some(y) = self.two_digit_year(j) {
            return Some((j + 1, month_period(y, m, None)?));
        }
        let p = self.p;
        // "juin dernier", "June next year".
        if let Some(off) = offset_after(w(e)) {
            if matches!(w(e), "next" | "last") {
                if matches!(w(e + 1), "year") {
                    let y = p?.year().checked_add(off as i16)?;
                    return Some((e + 2, month_period(y, m, None)?));
                }
                return None;
            }
            return Some((e + 1, month_relative(p?, m, off)?));
        }
        if w(e) == "this" && w(e + 1) == "year" {
            return Some((e + 2, month_period(p?.year(), m, None)?));
        }
        // A bare month needs a preposition or "the month of" to be a date ("en juin",
        // "depuis décembre", "in March", "after Feb"), else "mars" or "may" may be other
        // words.
        let (q, past) = qualifier_before(self.s, v);
        // French "dans" is a preposition too ("dans déc."), though rarer than "en"; not
        // before "Mars", the planet.
        let in_planet = w(k) == "mars" && self.s.tok(k).capitalized;
        let opened = v > 0
            && (matches!(w(v - 1), "before" | "after" | "avant" | "apres")
                || (self.lang == Lang::Fr && w(v - 1) == "dans" && !in_planet));
        if q == v && !named && !opened {
            return None;
        }
        let y = infer_year(p?, m, None, past);
        Some((e, month_period(y, m, None)?))
    }

    /// Weekdays: "lundi", "on Monday", "vendredi prochain", "dimanche dernier", "Friday
    /// next week", "vendredi de la semaine prochaine", "mardi 11 mars", "Wed, 22 Jan".
    fn weekday_at(&self, v: usize) -> Option<Found> {
        let w = |k: usize| self.w(k);
        let short = SHORT_WEEKDAYS
            .iter()
            .find(|(n, _, l)| *n == w(v) && *l == self.lang)
            .map(|&(_, d, _)| (d, v + 1));
        let (wd, mut k) = self.weekday(v).or(short)?;
        // "mer. 24 juin": the abbreviation's dot.
        if short.is_some() && self.s.tok(k).is_punct('.') && self.glued(k) {
            k += 1;
        }
        // "mardi 11 mars", "Tuesday, March 11", "Wed, 22 of Jan", "this friday
        // (jun-15)": the date says which.
        let bracket = self.s.tok(k).is_punct('(');
        let j = if self.s.tok(k).is_punct(',') || bracket {
            k + 1
        } else {
            k
        };
        let j = if w(j) == "le" || w(j) == "the" && self.num(j + 1).is_some() {
            j + 1
        } else {
            j
        };
        if let Some(found) = self
            .day_first(j)
            .or_else(|| self.month_first_dated(j))
            .or_else(|| {
                self.numeric(j)
                    .filter(|(_, x)| x.granularity == Granularity::Day)
            })
            .or_else(|| self.day_month_after_weekday(j))
        {
            // The bracket closes with the date.
            let (e, x) = found;
            if bracket {
                return self.s.tok(e).is_punct(')').then_some((e + 1, x));
            }
            return Some((e, x));
        }
        // "Friday the 15th", "vendredi le 2", "Monday 21,", "Tue 13th": the day of a
        // month nearest publication that falls on that weekday (a given weekday falls
        // on a given day at least once in 14 months).
        // Also before the word that ends a range at another weekday ("du vendredi 11
        // au mardi 15"), not before a noun ("vendredi 11 personnes").
        let bare_day = self.day_num(k).filter(|&(_, e)| {
            e > k + 1
                || e >= self.s.view.len()
                || self.s.tok(e).kind == TokKind::Punct
                || (matches!(self.w(e), "au" | "a" | "jusqu" | "to" | "until" | "through")
                    && self
                        .weekday(e + 1 + usize::from(self.w(e) == "jusqu"))
                        .is_some())
        });
        if let Some((d, e)) = if matches!(w(k), "the" | "le") {
            self.day_any(k + 1).or_else(|| self.day_cardinal(k + 1))
        } else {
            bare_day
        } && let Some(p) = self.p
        {
            let found = (-14..=14)
                .filter_map(|o| {
                    let m = p.first_of_month().checked_add((o as i64).months()).ok()?;
                    valid_day(m.year(), m.month(), d.into())
                })
                .filter(|x| x.weekday() == wd)
                .min_by_key(|x| (*x - p).get_days().abs())?;
            return Some((e, day(found)));
        }
        // A short name alone is no date, but for English "on Tues." or "on tues" at
        // the end of a clause, where the word can only be the day.
        if short.is_some() && self.weekday(v).is_none() {
            let on = v > 0 && w(v - 1) == "on" && self.lang == Lang::En;
            let ends = v + 1 >= self.s.view.len() || self.s.tok(v + 1).kind == TokKind::Punct;
            if !(on && ends) {
                return None;
            }
            return Some((v + 1, day(weekday_near(self.p?, wd, -1, false)?)));
        }
        let p = self.p?;
        // "Friday next week", "vendredi de la semaine prochaine", "friday of this week".
        let mut j = k;
        if matches!(w(j), "of" | "de") {
            j += 1;
        }
        if let Some((e, week)) = self.relative(j).filter(|(_, x)| {
            x.granularity == Granularity::Days && (x.end - x.start).get_days() == 6
        }) {
            return Some((e, day(weekday_in_week(week.start, wd)?)));
        }
        if let Some(off) = offset_after(w(k)) {
            return Some((k + 1, day(weekday_relative(p, wd, off)?)));
        }
        let before = v.checked_sub(1).map(w).unwrap_or("");
        let off = if matches!(before, "until" | "jusqu" | "ici") {
            1
        } else {
            -1
        };
        Some((k, day(weekday_near(p, wd, off, false)?)))
    }

    /// "7-6", "7.6" after a weekday ("Friday 7-6"): alone a score or a decimal, after a
    /// weekday a day and month, the nearest publication.
    fn day_month_after_weekday(&self, v: usize) -> Option<Found> {
        let s = self.s;
        let i = *s.view.get(v)?;
        let (a, sep, b) = (s.toks.get(i)?, s.toks.get(i + 1)?, s.toks.get(i + 2)?);
        let small = |t: &crate::text::Token| t.kind == TokKind::Num && t.norm.len() <= 2;
        if !small(a)
            || !small(b)
            || !matches!(sep.norm.as_str(), "-" | ".")
            || !sep.glued()
            || !b.glued()
            || s.toks.get(i + 3).is_some_and(|t| {
                t.glued() && t.kind != TokKind::Word && s.toks.get(i + 4).is_some_and(|n| n.glued())
            })
        {
            return None;
        }
        let (d, m) = self.day_month_order(a.norm.parse().ok()?, b.norm.parse().ok()?)?;
        let y = infer_year(self.p?, m, i8::try_from(d).ok(), false);
        Some((s.view_index_at_or_after(i + 3), day(valid_day(y, m, d)?)))
    }

    /// A month-first date that carries a day ("March 11"), for after a weekday.
    fn month_first_dated(&self, v: usize) -> Option<Found> {
        self.month_first(v)
            .filter(|(_, x)| x.granularity == Granularity::Day)
    }

    /// A year first: "2016 November", "2016, nov", "2016 Q3", or a year alone ("en
    /// 2014", "2024", "depuis 2022").
    fn year_first(&self, v: usize) -> Option<Found> {
        let y = self.year(v)?;
        // "fiscal year 2008", "in fiscal 2008", "FY 2008", "school year 2008": not the
        // calendar year, and not the same one from one organisation to the next.
        let before = |n: usize| v.checked_sub(n).map_or("", |k| self.w(k));
        if self.lang == Lang::En
            && (matches!(before(1), "fiscal" | "fy" | "sy")
                || (before(1) == "year"
                    && matches!(before(2), "fiscal" | "school" | "financial" | "academic")))
        {
            return None;
        }
        let mut k = v + 1;
        if self.s.tok(k).is_punct(',') {
            k += 1;
        }
        if let Some((m, e)) = self
            .month(k)
            .filter(|_| self.s.tok(k).capitalized || self.lang == Lang::En)
        {
            return Some((e, month_period(y, m, None)?));
        }
        // "2016 Q3", "2016H2".
        if matches!(self.w(v + 1), "q" | "h")
            && let Some(n) = self.num(v + 2).filter(|_| self.glued(v + 2))
            && !(self.glued(v + 3) && self.s.tok(v + 3).kind != TokKind::Punct)
        {
            let (per, size) = if self.w(v + 1) == "q" { (4, 3) } else { (2, 6) };
            if (1..=per).contains(&n) {
                return Some((v + 3, months_part(y, n, size)?));
            }
        }
        if self.s.followed_by_counted_noun(v) {
            return None;
        }
        Some((v + 1, year_period(y, None)?))
    }
}

/// A holiday's rule.
#[derive(Debug, Clone, Copy)]
enum Holiday {
    /// A month and day.
    Fixed(i8, i8),
    /// Days from Easter Sunday.
    Easter(i64),
    /// The `n`th (-1: last) weekday of a month, moved by a number of days.
    Nth(i8, Weekday, i8, i64),
}

impl Holiday {
    /// Its day in year `y`.
    fn on(self, y: i16) -> Option<Date> {
        match self {
            Holiday::Fixed(m, d) => ymd(y, m, d),
            Holiday::Easter(off) => add_days(easter(y)?, off),
            Holiday::Nth(m, wd, n, off) => {
                add_days(ymd(y, m, 1)?.nth_weekday_of_month(n, wd).ok()?, off)
            }
        }
    }
}

/// Western Easter Sunday of year `y` (the Gregorian computus).
fn easter(y: i16) -> Option<Date> {
    let y = i32::from(y);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    ymd(
        i16::try_from(y).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
}

/// The weekend a holiday falls in or next to, with the holiday: "Labor Day weekend"
/// (Saturday to Monday), "Thanksgiving weekend" (Thursday to Sunday), "the weekend of
/// Halloween" (a Sunday: Saturday and Sunday); midweek, the weekend of its week.
fn holiday_weekend(d: Date) -> Option<DateValue> {
    let (a, b) = match d.weekday() {
        Weekday::Monday => (-2, 0),
        Weekday::Tuesday => (4, 5),
        Weekday::Wednesday => (3, 4),
        Weekday::Thursday => (0, 3),
        Weekday::Friday => (0, 2),
        Weekday::Saturday => (0, 1),
        Weekday::Sunday => (-1, 0),
    };
    Some(span(add_days(d, a)?, add_days(d, b)?, Granularity::Days))
}

/// A day or month moved to year `y`.
fn with_year(x: DateValue, y: i16) -> Option<DateValue> {
    match x.granularity {
        Granularity::Day => Some(day(ymd(y, x.start.month(), x.start.day())?)),
        Granularity::Month => month_period(y, x.start.month(), None),
        _ => None,
    }
}

/// A Roman numeral up to 39 ("xxi"), as centuries are written in French.
fn roman_numeral(s: &str) -> Option<i16> {
    let mut total = 0i16;
    let digits: Vec<i16> = s
        .chars()
        .map(|c| match c {
            'i' => Some(1),
            'v' => Some(5),
            'x' => Some(10),
            _ => None,
        })
        .collect::<Option<_>>()?;
    for (k, &d) in digits.iter().enumerate() {
        if digits.get(k + 1).is_some_and(|&n| n > d) {
            total -= d;
        } else {
            total += d;
        }
    }
    (!digits.is_empty() && total > 0).then_some(total)
}

/// How the two ends of a range are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Conn {
    /// "to", "until", "au", "à", "jusqu'à".
    To,
    /// "and", "et": only after "between", "entre", or in a list of days.
    And,
    /// A hyphen.
    Dash,
}

/// The `n`-th of the year's quarters (`size` 3) or halves (`size` 6).
fn months_part(y: i16, n: i64, size: i64) -> Option<DateValue> {
    let first = i8::try_from(1 + (n - 1) * size).ok()?;
    let last = i8::try_from(n * size).ok()?;
    Some(span(
        ymd(y, first, 1)?,
        ymd(y, last, 1)?.last_of_month(),
        Granularity::PartOfYear,
    ))
}

/// "last Friday" (the latest before `p`), "this Friday" (in its week), "next Friday"
/// (in the week after).
fn weekday_relative(p: Date, wd: Weekday, off: i64) -> Option<Date> {
    if off > 0 {
        return weekday_in_week(add_days(p, 7)?, wd);
    }
    weekday_near(p, wd, off, true)
}

/// The weekday `wd` nearest `p` before it (`off` < 0; the day itself too unless
/// `strict`) or after it (`off` > 0), or in its week (0).
fn weekday_near(p: Date, wd: Weekday, off: i64, strict: bool) -> Option<Date> {
    let diff = i64::from(wd.to_monday_zero_offset() - p.weekday().to_monday_zero_offset());
    match off {
        0 => weekday_in_week(p, wd),
        o if o < 0 => {
            let back = (-diff).rem_euclid(7);
            add_days(p, -if back == 0 && strict { 7 } else { back })
        }
        _ => {
            let ahead = diff.rem_euclid(7);
            add_days(p, if ahead == 0 { 7 } else { ahead })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;
    use jiff::civil::date;

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

    /// The dates of `text` as (the date itself without its preposition, start, end).
    fn values(text: &str, lang: Lang, published: &str) -> Vec<(String, String, String)> {
        let toks = tokenize(text, 0);
        let s = Sent::new(text, &toks);
        find(&s, lang, Some(published.parse().unwrap()))
            .into_iter()
            .map(|d| {
                let a = toks[d.core].span.start;
                let b = toks[d.end - 1].span.end;
                (
                    text[a..b].to_string(),
                    d.value.start.to_string(),
                    d.value.end.to_string(),
                )
            })
            .collect()
    }

    /// The only date of `text`, as `values` gives it.
    fn value(text: &str, lang: Lang, published: &str) -> (String, String, String) {
        let found = values(text, lang, published);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn v(a: &str, b: &str, c: &str) -> (String, String, String) {
        (a.into(), b.into(), c.into())
    }

    #[test]
    fn dates_without_digits_or_month_names_are_found() {
        // The only words these dates hold are number words, units, decades or relative
        // days: `find` must still try the rules there.
        let p = "2025-06-10";
        assert_eq!(
            value("Le traité fut signé en deux mille dix-huit.", Lang::Fr, p),
            v("deux mille dix-huit", "2018-01-01", "2018-12-31")
        );
        assert_eq!(
            value(
                "It opened in nineteen seventy-eight and closed",
                Lang::En,
                p
            ),
            v("nineteen seventy-eight", "1978-01-01", "1978-12-31")
        );
        assert_eq!(
            value("La mode des années trente revient", Lang::Fr, p),
            v("années trente", "1930-01-01", "1939-12-31")
        );
        assert_eq!(
            value("Sales fell in the first half, they said", Lang::En, p),
            v("the first half", "2025-01-01", "2025-06-30")
        );
        assert_eq!(
            value("We meet the day after tomorrow with them", Lang::En, p),
            v("the day after tomorrow", "2025-06-12", "2025-06-12")
        );
        assert!(values("Deux soldats sont venus, et un troisième.", Lang::Fr, p).is_empty());
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

    #[test]
    fn full_dates_in_both_languages() {
        assert_eq!(
            value("signé le 9 juin 2025 à Paris", Lang::Fr, "2025-06-20"),
            v("9 juin 2025", "2025-06-09", "2025-06-09")
        );
        assert_eq!(
            value("signed on 9 June 2025 in Paris", Lang::En, "2025-06-20"),
            v("9 June 2025", "2025-06-09", "2025-06-09")
        );
        assert_eq!(
            value("signé le 2025-06-09 à Paris", Lang::Fr, "2025-06-20"),
            v("2025-06-09", "2025-06-09", "2025-06-09")
        );
        assert_eq!(
            value("Monday, January 12th, 2016 was", Lang::En, "2016-11-07"),
            v("Monday, January 12th, 2016", "2016-01-12", "2016-01-12")
        );
        assert_eq!(
            value("le mardi 11 mars 2025, les", Lang::Fr, "2025-06-20"),
            v("mardi 11 mars 2025", "2025-03-11", "2025-03-11")
        );
    }

    #[test]
    fn numeric_dates_follow_the_language_order() {
        assert_eq!(
            value("le 22/02/2016, les", Lang::Fr, "2016-11-07"),
            v("22/02/2016", "2016-02-22", "2016-02-22")
        );
        assert_eq!(
            value("on 02/22/2016 the", Lang::En, "2016-11-07"),
            v("02/22/2016", "2016-02-22", "2016-02-22")
        );
        // Only one order makes a date.
        assert_eq!(
            value("le 9-18-15", Lang::Fr, "2016-11-07"),
            v("9-18-15", "2015-09-18", "2015-09-18")
        );
        assert_eq!(
            value("since 11/2016 prices", Lang::En, "2017-11-07").1,
            "2016-11-01"
        );
        assert_eq!(
            value("en 2016-11, les prix", Lang::Fr, "2017-11-07"),
            v("2016-11", "2016-11-01", "2016-11-30")
        );
        // Without a year, the one nearest publication.
        assert_eq!(
            value("on 4/22 the", Lang::En, "2016-11-07"),
            v("4/22", "2017-04-22", "2017-04-22")
        );
    }

    #[test]
    fn fractions_codes_and_phone_numbers_are_not_dates() {
        let p = "2016-11-07";
        assert!(values("les 3/4 des électeurs", Lang::Fr, p).is_empty());
        assert!(values("half (1/2) of them", Lang::En, p).is_empty());
        assert!(values("Tel: +86 138-2010-2015", Lang::En, p).is_empty());
        assert!(values("The ssn is 123-12-1234", Lang::En, p).is_empty());
        assert!(values("version 2.1.3 of the code", Lang::En, p).is_empty());
        assert!(values("une valeur de 4.22 points", Lang::Fr, p).is_empty());
        assert!(values("the H1N1 virus", Lang::En, p).is_empty());
        assert!(values("Please convert $2000 to gbp.", Lang::En, p).is_empty());
        // "2011-12" is a season, not December 2011.
        assert_eq!(
            values("in the 2011-12 season", Lang::En, p),
            vec![v("2011", "2011-01-01", "2011-12-31")]
        );
    }

    #[test]
    fn months_and_years_in_english() {
        let p = "2025-07-01";
        assert_eq!(
            value("In June 2024, the two", Lang::En, p),
            v("June 2024", "2024-06-01", "2024-06-30")
        );
        assert_eq!(
            value("engaged in 2024 near", Lang::En, p),
            v("2024", "2024-01-01", "2024-12-31")
        );
        assert_eq!(
            value("since early 2025 the", Lang::En, p),
            v("since early 2025", "2025-01-01", "2025-04-30")
        );
        assert_eq!(
            value("by mid-2024 the", Lang::En, p),
            v("mid-2024", "2024-05-01", "2024-08-31")
        );
        assert_eq!(
            value("in the spring of 2023 the", Lang::En, p),
            v("the spring of 2023", "2023-03-01", "2023-05-31")
        );
        // A bare month needs a preposition, else "May" may be a name.
        assert_eq!(
            value("in March the", Lang::En, p),
            v("March", "2025-03-01", "2025-03-31")
        );
        assert!(values("March on", Lang::En, p).is_empty());
        assert_eq!(
            value("the month of January was", Lang::En, p),
            v("the month of January", "2025-01-01", "2025-01-31")
        );
    }

    #[test]
    fn french_months_and_parts() {
        let p = "2025-07-01";
        assert_eq!(
            value("fin avril, Kim", Lang::Fr, p),
            v("fin avril", "2025-04-16", "2025-04-30")
        );
        assert_eq!(
            value("en juin dernier, les", Lang::Fr, p),
            v("juin dernier", "2025-06-01", "2025-06-30")
        );
        assert_eq!(
            value("le mois d'août prochain", Lang::Fr, p),
            v("le mois d'août prochain", "2025-08-01", "2025-08-31")
        );
        assert_eq!(
            value("à la fin de l'année, les", Lang::Fr, p),
            v("fin de l'année", "2025-09-01", "2025-12-31")
        );
        assert_eq!(
            value("l’été dernier, les", Lang::Fr, "2025-11-07"),
            v("été dernier", "2025-06-01", "2025-08-31")
        );
        assert_eq!(
            value("rates have fallen since the autumn", Lang::En, "2025-05-22"),
            v("since the autumn", "2024-09-01", "2024-11-30")
        );
    }

    #[test]
    fn day_spans_in_both_languages() {
        let p = "2016-11-07";
        assert_eq!(
            value("from 3 to 5 May the", Lang::En, p),
            v("from 3 to 5 May", "2017-05-03", "2017-05-05")
        );
        assert_eq!(
            value("from next Friday to Oct 1st 2020", Lang::En, p),
            v(
                "from next Friday to Oct 1st 2020",
                "2016-11-18",
                "2020-10-01"
            )
        );
        assert_eq!(
            value("between Jan 1 and Jan 5, 2016 the", Lang::En, p),
            v("between Jan 1 and Jan 5, 2016", "2016-01-01", "2016-01-05")
        );
        assert_eq!(
            value("on January 3 and 4 the", Lang::En, p),
            v("January 3", "2017-01-03", "2017-01-03")
        );
        assert_eq!(
            value("November 19-20 the", Lang::En, p),
            v("November 19-20", "2016-11-19", "2016-11-20")
        );
        assert_eq!(
            value("du 8 au 13 octobre, les", Lang::Fr, p),
            v("du 8 au 13 octobre", "2016-10-08", "2016-10-13")
        );
        assert_eq!(
            value("entre le 1er et le 5 janvier 2016", Lang::Fr, p),
            v(
                "entre le 1er et le 5 janvier 2016",
                "2016-01-01",
                "2016-01-05"
            )
        );
        assert_eq!(
            value("du 4 au 22 de ce mois", Lang::Fr, p),
            v("du 4 au 22 de ce mois", "2016-11-04", "2016-11-22")
        );
        // Years: the last one is included, as news mean it.
        assert_eq!(
            value("le plan 2014-2018 a", Lang::Fr, p),
            v("2014-2018", "2014-01-01", "2018-12-31")
        );
        assert_eq!(
            value("from 2014 to 2018 the", Lang::En, p),
            v("from 2014 to 2018", "2014-01-01", "2018-12-31")
        );
    }

    #[test]
    fn relative_days_resolve_against_publication() {
        // 2016-11-07 is a Monday.
        let p = "2016-11-07";
        assert_eq!(value("tomorrow the", Lang::En, p).1, "2016-11-08");
        assert_eq!(value("yesterday the", Lang::En, p).1, "2016-11-06");
        assert_eq!(
            value("the day after tomorrow the", Lang::En, p).1,
            "2016-11-09"
        );
        assert_eq!(value("demain, les", Lang::Fr, p).1, "2016-11-08");
        assert_eq!(value("avant-hier, les", Lang::Fr, p).1, "2016-11-05");
        assert_eq!(value("après-demain, les", Lang::Fr, p).1, "2016-11-09");
        // Weekdays: the latest one by default, the one of the next week after "next".
        assert_eq!(value("lundi, les", Lang::Fr, "2016-11-09").1, "2016-11-07");
        assert_eq!(value("last Friday the", Lang::En, p).1, "2016-11-04");
        assert_eq!(value("next Monday the", Lang::En, p).1, "2016-11-14");
        assert_eq!(value("lundi prochain, les", Lang::Fr, p).1, "2016-11-14");
        assert_eq!(value("vendredi dernier, les", Lang::Fr, p).1, "2016-11-04");
        assert_eq!(value("this Friday the", Lang::En, p).1, "2016-11-11");
        assert_eq!(
            value("vendredi de la semaine prochaine", Lang::Fr, p).1,
            "2016-11-18"
        );
        assert_eq!(
            value("the first Friday of July the", Lang::En, p),
            v("the first Friday of July", "2016-07-01", "2016-07-01")
        );
        assert_eq!(
            value("two weeks ago the", Lang::En, p),
            v("two weeks ago", "2016-10-24", "2016-10-24")
        );
        assert_eq!(
            value("dans deux semaines, les", Lang::Fr, p),
            v("dans deux semaines", "2016-11-21", "2016-11-21")
        );
    }

    #[test]
    fn relative_periods_resolve_against_publication() {
        let p = "2016-11-07";
        assert_eq!(
            value("this week the", Lang::En, p),
            v("this week", "2016-11-07", "2016-11-13")
        );
        assert_eq!(
            value("next month the", Lang::En, p),
            v("next month", "2016-12-01", "2016-12-31")
        );
        assert_eq!(
            value("last year the", Lang::En, p),
            v("last year", "2015-01-01", "2015-12-31")
        );
        assert_eq!(
            value("la semaine prochaine, les", Lang::Fr, p),
            v("la semaine prochaine", "2016-11-14", "2016-11-20")
        );
        assert_eq!(
            value("le mois dernier, les", Lang::Fr, p),
            v("le mois dernier", "2016-10-01", "2016-10-31")
        );
        assert_eq!(
            value("ce mois-ci, les", Lang::Fr, p),
            v("ce mois-ci", "2016-11-01", "2016-11-30")
        );
        assert_eq!(
            value("the past 3 weeks the", Lang::En, p),
            v("past 3 weeks", "2016-10-17", "2016-11-07")
        );
        assert_eq!(
            value("les trois derniers mois, les", Lang::Fr, p),
            v("trois derniers mois", "2016-08-07", "2016-11-07")
        );
        assert_eq!(
            value("last quarter the", Lang::En, p),
            v("last quarter", "2016-07-01", "2016-09-30")
        );
        assert_eq!(
            value("the rest of the year the", Lang::En, p),
            v("rest of the year", "2016-11-07", "2016-12-31")
        );
        assert_eq!(
            value("early next week the", Lang::En, p),
            v("early next week", "2016-11-14", "2016-11-16")
        );
    }

    #[test]
    fn quarters_halves_weeks_decades_and_centuries() {
        let p = "2016-11-07";
        assert_eq!(
            value("in the third quarter of 2016 the", Lang::En, p),
            v("the third quarter of 2016", "2016-07-01", "2016-09-30")
        );
        assert_eq!(
            value("au premier trimestre 2020, les", Lang::Fr, p),
            v("premier trimestre 2020", "2020-01-01", "2020-03-31")
        );
        assert_eq!(
            value("in Q1 2016 the", Lang::En, p),
            v("Q1 2016", "2016-01-01", "2016-03-31")
        );
        assert_eq!(
            value("in H2 2016 the", Lang::En, p),
            v("H2 2016", "2016-07-01", "2016-12-31")
        );
        // Weeks of a year are ISO weeks; the first week of a month holds the 4th.
        assert_eq!(
            value("the first week of 2015 the", Lang::En, p),
            v("the first week of 2015", "2014-12-29", "2015-01-04")
        );
        assert_eq!(
            value("la dernière semaine de juillet, les", Lang::Fr, p),
            v("la dernière semaine de juillet", "2016-07-25", "2016-07-31")
        );
        assert_eq!(
            value("In the 90s the", Lang::En, p),
            v("the 90s", "1990-01-01", "1999-12-31")
        );
        assert_eq!(
            value("in the 1970s the", Lang::En, p),
            v("the 1970s", "1970-01-01", "1979-12-31")
        );
        assert_eq!(
            value("dans les années 90, les", Lang::Fr, p),
            v("les années 90", "1990-01-01", "1999-12-31")
        );
        assert_eq!(
            value("au XXe siècle, les", Lang::Fr, p),
            v("XXe siècle", "1900-01-01", "1999-12-31")
        );
    }

    #[test]
    fn without_publication_english_relative_dates_are_left_out() {
        for text in [
            "yesterday the",
            "on Monday the",
            "last year the",
            "two years ago",
            "next week",
            "on June 9",
        ] {
            assert!(dates(text, Lang::En, None).is_empty(), "{text}");
        }
        for text in [
            "lundi prochain",
            "la semaine dernière",
            "l'an dernier",
            "demain",
        ] {
            assert!(dates(text, Lang::Fr, None).is_empty(), "{text}");
        }
        assert_eq!(dates("on June 9, 2025 the", Lang::En, None).len(), 1);
        assert_eq!(dates("le 9 juin 2025", Lang::Fr, None).len(), 1);
    }

    #[test]
    fn relative_english_years_and_french_weekdays() {
        assert_eq!(
            one("Last year, the plant", Lang::En, "2025-06-15"),
            t("Last year", "2024-01-01", "2024-12-31", false)
        );
        assert_eq!(
            one("two years ago the", Lang::En, "2025-06-15"),
            t("two years ago", "2023-01-01", "2023-12-31", false)
        );
        // 2025-06-10 is a Tuesday.
        assert_eq!(
            one("lundi, les forces", Lang::Fr, "2025-06-10"),
            t("lundi", "2025-06-09", "2025-06-09", false)
        );
        assert_eq!(
            one("yesterday, the", Lang::En, "2025-06-10"),
            t("yesterday", "2025-06-09", "2025-06-09", false)
        );
    }

    #[test]
    fn times_of_day_stay_times() {
        let p = "2025-06-10";
        assert_eq!(
            values("à 14h30 le 9 juin, les", Lang::Fr, p),
            vec![v("9 juin", "2025-06-09", "2025-06-09")]
        );
        assert_eq!(
            values("at 10:30 on June 9, the", Lang::En, p),
            vec![v("June 9", "2025-06-09", "2025-06-09")]
        );
        assert!(values("vers 10.30 ce matin-là", Lang::Fr, p).is_empty());
        assert!(values("at 10.30 that night", Lang::En, p).is_empty());
    }

    #[test]
    fn years_that_name_an_event_are_marked() {
        let naming = |text: &str, lang: Lang| {
            let toks = tokenize(text, 0);
            let s = Sent::new(text, &toks);
            find(&s, lang, Some(date(2025, 6, 10)))
                .into_iter()
                .map(|d| d.naming)
                .collect::<Vec<_>>()
        };
        assert_eq!(naming("the 1999 super cyclone killed", Lang::En), [true]);
        assert_eq!(naming("la crise de 2008 a montré", Lang::Fr), [true]);
        assert_eq!(naming("in 1999 a cyclone killed", Lang::En), [false]);
        assert_eq!(naming("en 2008, la crise a montré", Lang::Fr), [false]);
    }

    #[test]
    fn years_in_words() {
        let p = "2016-11-07";
        assert_eq!(
            value("It happened in June of nineteen ninety nine", Lang::En, p),
            v("June of nineteen ninety nine", "1999-06-01", "1999-06-30")
        );
        assert_eq!(
            value("from 2 to 7 Feb, two thousand and eighteen", Lang::En, p),
            v(
                "from 2 to 7 Feb, two thousand and eighteen",
                "2018-02-02",
                "2018-02-07"
            )
        );
        assert_eq!(
            value("le 2 février deux mille dix-huit, les", Lang::Fr, p),
            v("2 février deux mille dix-huit", "2018-02-02", "2018-02-02")
        );
        assert_eq!(
            value("In the nineteen seventies", Lang::En, p),
            v("the nineteen seventies", "1970-01-01", "1979-12-31")
        );
        assert!(values("in nineteen cases out of twenty", Lang::En, p).is_empty());
        assert!(values("dans dix-neuf cas sur vingt", Lang::Fr, p).is_empty());
        assert!(
            values(
                "from one thousand to one thousand five hundred",
                Lang::En,
                p
            )
            .is_empty()
        );
        assert!(values("varie de mille à mille cinq cents", Lang::Fr, p).is_empty());
    }

    #[test]
    fn french_days_in_words_and_leap_days() {
        assert_eq!(
            value(
                "elle est née le quatre octobre 1972",
                Lang::Fr,
                "2016-11-07"
            ),
            v("quatre octobre 1972", "1972-10-04", "1972-10-04")
        );
        assert_eq!(
            value("le vingt-neuf mai, les", Lang::Fr, "2016-11-07").1,
            "2016-05-29"
        );
        assert_eq!(
            value("le 29/2, les", Lang::Fr, "2018-11-07").1,
            "2020-02-29"
        );
        assert_eq!(
            value("on Feb 29 the", Lang::En, "2017-01-07").1,
            "2016-02-29"
        );
    }

    #[test]
    fn news_phrases_that_are_not_dates() {
        let p = "2025-05-22";
        assert!(values("the highest level in two years", Lang::En, p).is_empty());
        assert!(values("its first cut in a year", Lang::En, p).is_empty());
        assert!(values("most died within three days", Lang::En, p).is_empty());
        assert!(values("the March on Washington", Lang::En, p).is_empty());
        assert!(values("the fall of Kabul", Lang::En, p).is_empty());
        assert!(values("Kim may meet Putin", Lang::En, p).is_empty());
        assert!(values("le nombre de tués", Lang::Fr, p).is_empty());
        assert_eq!(
            values("jeudi à 22 h, les", Lang::Fr, "2025-03-07"),
            vec![v("jeudi", "2025-03-06", "2025-03-06")]
        );
    }

    #[test]
    fn amounts_years_after_in_and_ranges_of_numeric_dates() {
        let p = "2019-08-07";
        assert_eq!(
            values("I bought it for $12 December 27", Lang::En, p),
            vec![v("December 27", "2019-12-27", "2019-12-27")]
        );
        assert_eq!(
            value("back to China on 28 June in 2020.", Lang::En, p),
            v("28 June in 2020", "2020-06-28", "2020-06-28")
        );
        assert_eq!(
            value("very serious at 02-02-2020 - 03-03-2020", Lang::En, p),
            v("02-02-2020 - 03-03-2020", "2020-02-02", "2020-03-03")
        );
        assert_eq!(
            value("established at the end of 2000", Lang::En, p),
            v("end of 2000", "2000-09-01", "2000-12-31")
        );
        assert_eq!(
            value("plan for Dec/2018", Lang::En, p),
            v("Dec/2018", "2018-12-01", "2018-12-31")
        );
    }
    /// The only date of `text` with its open side: (text, first day allowed, last day
    /// allowed), "" for an open end.
    fn bounds(text: &str, lang: Lang, published: &str) -> (String, String, String) {
        let toks = tokenize(text, 0);
        let s = Sent::new(text, &toks);
        let found = find(&s, lang, Some(published.parse().unwrap()));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let d = &found[0];
        let (a, b) = d.value.bounds();
        let show = |x: Option<Date>| x.map(|x| x.to_string()).unwrap_or_default();
        (
            text[toks[d.core].span.start..toks[d.end - 1].span.end].to_string(),
            show(a),
            show(b),
        )
    }

    #[test]
    fn before_and_after_a_date_are_open_periods() {
        let en = |text| bounds(text, Lang::En, "2016-11-07");
        let fr = |text| bounds(text, Lang::Fr, "2016-11-07");
        assert_eq!(
            en("sales before 2010 fell"),
            v("before 2010", "", "2009-12-31")
        );
        assert_eq!(
            en("leave after Feb 2018"),
            v("after Feb 2018", "2018-03-01", "")
        );
        assert_eq!(
            en("later than 2018"),
            v("later than 2018", "2019-01-01", "")
        );
        assert_eq!(
            en("before the end of December"),
            v("before the end of December", "", "2016-12-31")
        );
        assert_eq!(
            en("in 2018 or later, he said"),
            v("2018 or later", "2018-01-01", "")
        );
        assert_eq!(
            en("sales for year 2012 or later"),
            v("year 2012 or later", "2012-01-01", "")
        );
        assert_eq!(fr("avant 2018, rien"), v("avant 2018", "", "2017-12-31"));
        assert_eq!(fr("après le 3 mai"), v("après le 3 mai", "2017-05-04", ""));
        assert_eq!(
            fr("l'année 2016 et plus"),
            v("année 2016 et plus", "2016-01-01", "")
        );
        // "and after" only ends a clause: here it starts another.
        assert_eq!(
            en("in 2016 and after the election"),
            v("2016", "2016-01-01", "2016-12-31")
        );
        // A year that names an event is not opened: "after the 2014 elections".
        assert_eq!(
            values("after the 2014 elections", Lang::En, "2016-11-07").len(),
            1
        );
        assert_eq!(
            bounds("after the 2014 elections", Lang::En, "2016-11-07").1,
            "2014-01-01"
        );
    }

    #[test]
    fn compound_durations_before_and_after_publication() {
        assert_eq!(
            value("We met 1 month 21 days ago", Lang::En, "2017-11-23"),
            v("1 month 21 days ago", "2017-10-02", "2017-10-02")
        );
        assert_eq!(
            value("We met 1 month and 21 days ago", Lang::En, "2017-11-23"),
            v("1 month and 21 days ago", "2017-10-02", "2017-10-02")
        );
        assert_eq!(
            value("il y a 2 semaines et 3 jours", Lang::Fr, "2016-11-07"),
            v("il y a 2 semaines et 3 jours", "2016-10-21", "2016-10-21")
        );
        // As precise as the finest unit: a month.
        assert_eq!(
            value("il y a deux ans et trois mois", Lang::Fr, "2016-11-07"),
            v("il y a deux ans et trois mois", "2014-08-01", "2014-08-31")
        );
    }

    #[test]
    fn holidays_fixed_and_computed() {
        let en = |text| value(text, Lang::En, "2016-11-07");
        let fr = |text| value(text, Lang::Fr, "2016-11-07");
        assert_eq!(
            en("back on Christmas"),
            v("Christmas", "2016-12-25", "2016-12-25")
        );
        assert_eq!(
            en("on easter 2018"),
            v("easter 2018", "2018-04-01", "2018-04-01")
        );
        assert_eq!(
            en("last easter"),
            v("last easter", "2016-03-27", "2016-03-27")
        );
        assert_eq!(
            en("on New Year's Day"),
            v("New Year's Day", "2017-01-01", "2017-01-01")
        );
        assert_eq!(
            en("by Thanksgiving"),
            v("Thanksgiving", "2016-11-24", "2016-11-24")
        );
        assert_eq!(
            en("on labor day 2021"),
            v("labor day 2021", "2021-09-06", "2021-09-06")
        );
        assert_eq!(fr("à Noël"), v("Noël", "2016-12-25", "2016-12-25"));
        assert_eq!(
            fr("le lundi de Pâques 2018"),
            v("lundi de Pâques 2018", "2018-04-02", "2018-04-02")
        );
        assert_eq!(
            fr("la veille de Noël"),
            v("veille de Noël", "2016-12-24", "2016-12-24")
        );
        assert_eq!(
            fr("Pâques prochaine"),
            v("Pâques prochaine", "2017-04-16", "2017-04-16")
        );
        // Names, not dates.
        assert!(values("Easter Island statues", Lang::En, "2016-11-07").is_empty());
        assert!(values("a Christmas tree", Lang::En, "2016-11-07").is_empty());
        assert!(values("Noël Mamère a dit", Lang::Fr, "2016-11-07").is_empty());
    }

    #[test]
    fn weekdays_with_dates_and_two_digit_years() {
        assert_eq!(
            value("done this friday 5/12", Lang::En, "2017-05-08"),
            v("this friday 5/12", "2017-05-12", "2017-05-12")
        );
        assert_eq!(
            value("un appel ce vendredi 15 juin", Lang::Fr, "2018-06-11"),
            v("ce vendredi 15 juin", "2018-06-15", "2018-06-15")
        );
        assert_eq!(
            value("En juillet 98, la France a gagné", Lang::Fr, "2016-11-07"),
            v("juillet 98", "1998-07-01", "1998-07-31")
        );
        assert_eq!(
            value("records for August 99", Lang::En, "2016-11-07"),
            v("August 99", "1999-08-01", "1999-08-31")
        );
        // A count after a month is no year.
        assert_eq!(
            value("In June 40 soldiers died", Lang::En, "2016-11-07"),
            v("June", "2016-06-01", "2016-06-30")
        );
    }
    #[test]
    fn french_days_alone_week_numbers_and_days_in_words() {
        assert_eq!(
            value("Je suis revenu pour le 27.", Lang::Fr, "2016-11-07"),
            v("pour le 27", "2016-10-27", "2016-10-27")
        );
        assert_eq!(
            value("Rendez-vous le 3 et le 4 décembre", Lang::Fr, "2016-11-07"),
            v("3 et le 4 décembre", "2016-12-03", "2016-12-04")
        );
        // A regiment, an hour: no day.
        assert!(values("le 27e régiment", Lang::Fr, "2016-11-07").is_empty());
        assert!(values("le 18 h", Lang::Fr, "2016-11-07").is_empty());
        assert_eq!(
            value("ventes de la semaine 31", Lang::Fr, "2018-07-05"),
            v("semaine 31", "2018-07-30", "2018-08-05")
        );
        assert_eq!(
            value("sales in week 1", Lang::En, "2011-02-05"),
            v("week 1", "2011-01-03", "2011-01-09")
        );
        assert_eq!(
            value("Je reviendrai Mai vingt-neuf", Lang::Fr, "2016-11-07"),
            v("Mai vingt-neuf", "2016-05-29", "2016-05-29")
        );
        assert_eq!(
            value("on Monday, Jan twenty two, 2018", Lang::En, "2016-11-07"),
            v("Monday, Jan twenty two, 2018", "2018-01-22", "2018-01-22")
        );
        assert_eq!(
            value("Je reviendrai 1er avril 78", Lang::Fr, "2016-11-07"),
            v("1er avril 78", "1978-04-01", "1978-04-01")
        );
        assert_eq!(
            value("le mer. 24 juin 2020", Lang::Fr, "2016-11-07"),
            v("mer. 24 juin 2020", "2020-06-24", "2020-06-24")
        );
        // "en mai deux attaques": a count after the month.
        assert_eq!(
            value("en mai deux attaques", Lang::Fr, "2016-11-07"),
            v("mai", "2016-05-01", "2016-05-31")
        );
        // The article of a part or a season stays out of the date.
        assert_eq!(
            value("à la mi-novembre", Lang::Fr, "2016-10-07"),
            v("mi-novembre", "2016-11-10", "2016-11-20")
        );
    }
    #[test]
    fn hedged_offsets_now_in_ranges_and_days_of_a_named_month() {
        let p = "2018-05-29";
        assert_eq!(
            bounds("more than 2 weeks before today", Lang::En, p),
            v("more than 2 weeks before today", "", "2018-05-15")
        );
        assert_eq!(
            bounds("plus de 2 semaines après aujourd'hui", Lang::Fr, p),
            v("plus de 2 semaines après aujourd'hui", "2018-06-12", "")
        );
        assert_eq!(
            bounds("less than 3 days after tomorrow", Lang::En, p),
            v(
                "less than 3 days after tomorrow",
                "2018-05-30",
                "2018-06-02"
            )
        );
        assert_eq!(
            value("between now and November 15th", Lang::En, p),
            v("between now and November 15th", "2018-05-29", "2018-11-15")
        );
        assert_eq!(
            value("entre mars 2018 et maintenant", Lang::Fr, p),
            v("entre mars 2018 et maintenant", "2018-03-01", "2018-05-29")
        );
        // "now" alone is no date.
        assert!(values("now is the time", Lang::En, p).is_empty());
        assert_eq!(
            value("out November between 19 and 20", Lang::En, p),
            v("November between 19 and 20", "2018-11-19", "2018-11-20")
        );
        assert_eq!(
            value("en novembre du 3 au 5", Lang::Fr, p),
            v("novembre du 3 au 5", "2018-11-03", "2018-11-05")
        );
        assert_eq!(
            value("back on 22nd", Lang::En, p),
            v("22nd", "2018-05-22", "2018-05-22")
        );
    }
    #[test]
    fn english_days_in_words_and_with_their_article() {
        let p = "2016-11-07";
        assert_eq!(
            value("i'll go back may twenty one", Lang::En, p),
            v("may twenty one", "2016-05-21", "2016-05-21")
        );
        assert_eq!(
            value("back friday the fifteen", Lang::En, "2017-09-01"),
            v("friday the fifteen", "2017-09-15", "2017-09-15")
        );
        assert_eq!(
            value("We met the 20th of next month", Lang::En, p),
            v("the 20th of next month", "2016-12-20", "2016-12-20")
        );
        // "may" the verb before a count is no month.
        assert!(values("they may twenty one times", Lang::En, p).is_empty());
    }
    #[test]
    fn deadlines_days_of_a_month_and_ranges_dated_once() {
        let p = "2016-11-07";
        assert_eq!(
            bounds("no later than January 1, 2010", Lang::En, p),
            v("no later than January 1, 2010", "", "2010-01-01")
        );
        assert_eq!(
            bounds("before the end of December", Lang::En, p),
            v("before the end of December", "", "2016-12-31")
        );
        assert_eq!(
            bounds("after the beginning of March", Lang::En, p),
            v("after the beginning of March", "2017-03-01", "")
        );
        assert_eq!(
            bounds("the deadliest attack to date", Lang::En, p),
            v("to date", "", "2016-11-07")
        );
        assert!(values("keep it up to date", Lang::En, p).is_empty());
        assert_eq!(
            value("sales from March to date", Lang::En, p),
            v("from March to date", "2016-03-01", "2016-11-07")
        );
        assert_eq!(
            value("on the 15th day of next month", Lang::En, p),
            v("the 15th day of next month", "2016-12-15", "2016-12-15")
        );
        assert_eq!(
            value("on the twenty third day of September", Lang::En, p),
            v("twenty third day of September", "2016-09-23", "2016-09-23")
        );
        assert_eq!(
            value("sales from April to June in 2017 fell", Lang::En, p),
            v("from April to June in 2017", "2017-04-01", "2017-06-30")
        );
        assert_eq!(
            value("du 3 mars au 5 avril en 2015", Lang::Fr, p),
            v("du 3 mars au 5 avril en 2015", "2015-03-03", "2015-04-05")
        );
        assert_eq!(
            value("on Earth Day 2010", Lang::En, p),
            v("Earth Day 2010", "2010-04-22", "2010-04-22")
        );
    }
    #[test]
    fn french_decades_in_words_and_il_ya() {
        let p = "2016-11-07";
        assert_eq!(
            value("Dans les années deux mille", Lang::Fr, p),
            v("les années deux mille", "2000-01-01", "2009-12-31")
        );
        assert_eq!(
            value("Dans les années mille quatre cent vingt", Lang::Fr, p),
            v(
                "les années mille quatre cent vingt",
                "1420-01-01",
                "1429-12-31"
            )
        );
        assert_eq!(
            value("revenu il ya 2 jours.", Lang::Fr, p),
            v("il ya 2 jours", "2016-11-05", "2016-11-05")
        );
    }
    #[test]
    fn starting_dates_and_weeks_of_a_year() {
        let p = "2018-11-07";
        assert_eq!(
            bounds("a meeting starting January 7th", Lang::En, p),
            v("starting January 7th", "2019-01-07", "")
        );
        assert_eq!(
            bounds("beginning on Sep 2019", Lang::En, p),
            v("beginning on Sep 2019", "2019-09-01", "")
        );
        assert_eq!(
            value("sales in week 3 of 2027", Lang::En, p),
            v("week 3 of 2027", "2027-01-18", "2027-01-24")
        );
        assert_eq!(
            value("sales in week 27 of last year", Lang::En, p),
            v("week 27 of last year", "2017-07-03", "2017-07-09")
        );
        assert_eq!(
            value("I was born on 15 April of 87", Lang::En, p),
            v("15 April of 87", "1987-04-15", "1987-04-15")
        );
    }
    #[test]
    fn lengths_of_time_from_a_day() {
        let p = "2018-05-23";
        assert_eq!(
            value("set OOO for 3 days from today", Lang::En, p),
            v("for 3 days from today", "2018-05-23", "2018-05-25")
        );
        assert_eq!(
            value("set OOO for 1 week, from 20th dec", Lang::En, "2018-11-29"),
            v("for 1 week, from 20th dec", "2018-12-20", "2018-12-26")
        );
        assert_eq!(
            value("a truce of 2 weeks starting May 20th", Lang::En, p),
            v("2 weeks starting May 20th", "2018-05-20", "2018-06-02")
        );
        assert_eq!(
            value("replies for 3 days starting from next Monday", Lang::En, p),
            v(
                "3 days starting from next Monday",
                "2018-05-28",
                "2018-05-30"
            )
        );
        assert_eq!(
            value("set ooo for a week starting tomorrow", Lang::En, p),
            v("a week starting tomorrow", "2018-05-24", "2018-05-30")
        );
        // Without "for", a count from a day is how far, not how long: one day.
        assert_eq!(
            value("back 3 days from today", Lang::En, p),
            v("3 days from today", "2018-05-26", "2018-05-26")
        );
        // A length from a year or a month is not one we can place.
        assert_eq!(
            value("for 10 years from 2010", Lang::En, p),
            v("2010", "2010-01-01", "2010-12-31")
        );
    }

    #[test]
    fn decades_of_this_century_in_words() {
        let p = "2018-05-23";
        assert_eq!(
            value("In the noughties", Lang::En, p),
            v("the noughties", "2000-01-01", "2009-12-31")
        );
        assert_eq!(
            value("In the twenty-tens", Lang::En, p),
            v("the twenty-tens", "2010-01-01", "2019-12-31")
        );
        assert_eq!(
            value("In the two thousand and tens", Lang::En, p),
            v("the two thousand and tens", "2010-01-01", "2019-12-31")
        );
        assert!(values("tens of thousands fled", Lang::En, p).is_empty());
        assert_eq!(
            value("dans les années 2010", Lang::Fr, p),
            v("les années 2010", "2010-01-01", "2019-12-31")
        );
    }

    #[test]
    fn week_numbers_before_a_time_and_weeks_commencing() {
        let p = "2019-03-01";
        assert_eq!(
            values("week 10 8 p.m. should be a daterange", Lang::En, p),
            vec![v("week 10", "2019-03-04", "2019-03-10")]
        );
        assert_eq!(
            values("week 10 10:20 should be a daterange", Lang::En, p),
            vec![v("week 10", "2019-03-04", "2019-03-10")]
        );
        assert!(values("week 10 3 goals", Lang::En, p).is_empty());
        assert_eq!(
            value("a meeting for w/c Feb 4.", Lang::En, "2019-01-10"),
            v("w/c Feb 4", "2019-02-04", "2019-02-10")
        );
        assert_eq!(
            value("the week commencing Feb 4", Lang::En, "2019-01-10"),
            v("the week commencing Feb 4", "2019-02-04", "2019-02-10")
        );
    }

    #[test]
    fn english_sentence_final_abbreviations_and_weekdays_in_weeks() {
        let p = "2016-11-07";
        // The sentence's period, not the abbreviation's.
        assert_eq!(
            value("I'll go back second of Aug.", Lang::En, p),
            v("second of Aug", "2016-08-02", "2016-08-02")
        );
        assert_eq!(
            values("1st week of Oct. on the 4th", Lang::En, p)[0].0,
            "1st week of Oct."
        );
        assert_eq!(
            value("I'll go back on Friday next week", Lang::En, p),
            v("on Friday next week", "2016-11-18", "2016-11-18")
        );
        assert_eq!(
            value("We met on tuesday of last week", Lang::En, p),
            v("tuesday of last week", "2016-11-01", "2016-11-01")
        );
        assert_eq!(
            value("gains this calendar year", Lang::En, p),
            v("this calendar year", "2016-01-01", "2016-12-31")
        );
        assert_eq!(
            value("over the next couple of weeks", Lang::En, p).1,
            "2016-11-08"
        );
        assert_eq!(
            value("a couple of weeks ago", Lang::En, p),
            v("a couple of weeks ago", "2016-10-24", "2016-10-24")
        );
    }

    #[test]
    fn business_days_and_stretches_ahead() {
        let p = "2018-08-21";
        assert_eq!(
            value(
                "set something up for the next 4 business days.",
                Lang::En,
                p
            ),
            v("next 4 business days", "2018-08-22", "2018-08-27")
        );
        assert_eq!(
            value("for the previous 4 working days.", Lang::En, p),
            v("previous 4 working days", "2018-08-15", "2018-08-20")
        );
        assert_eq!(
            value("sometime in four business days.", Lang::En, p),
            v("in four business days", "2018-08-27", "2018-08-27")
        );
        assert_eq!(
            value("It will happen 2 days hence.", Lang::En, p),
            v("2 days hence", "2018-08-22", "2018-08-23")
        );
        assert_eq!(
            value("It will happen 4 weeks in the future.", Lang::En, p),
            v("4 weeks in the future", "2018-08-22", "2018-09-18")
        );
        assert_eq!(
            value(
                "What will happen in the 2 upcoming months?",
                Lang::En,
                "2018-08-30"
            ),
            v("2 upcoming months", "2018-08-31", "2018-10-30")
        );
        assert_eq!(
            value("take the remainder of the week off", Lang::En, "2020-06-12"),
            v("remainder of the week", "2020-06-12", "2020-06-14")
        );
        assert_eq!(
            value(
                "I'll be out the weekend after the next",
                Lang::En,
                "2016-11-07"
            ),
            v("the weekend after the next", "2016-11-26", "2016-11-27")
        );
    }

    #[test]
    fn weekdays_in_the_week_of_a_counted_day() {
        let p = "2016-11-09";
        assert_eq!(
            value("I'll go back Monday two weeks from now.", Lang::En, p),
            v("Monday two weeks from now", "2016-11-21", "2016-11-21")
        );
        assert_eq!(
            value("I'll go back in 3 days on Friday.", Lang::En, p),
            v("in 3 days on Friday", "2016-11-11", "2016-11-11")
        );
        let p = "2021-01-02";
        assert_eq!(
            value("I'll go back Thursday, two year from now.", Lang::En, p),
            v("Thursday, two year from now", "2023-01-05", "2023-01-05")
        );
        // The Christmas nearest publication, 2020's.
        assert_eq!(
            value(
                "I'll go back 3 weeks after Christmas on Friday.",
                Lang::En,
                p
            ),
            v(
                "3 weeks after Christmas on Friday",
                "2021-01-15",
                "2021-01-15"
            )
        );
        // Without a weekday, a count of years is as precise as the text.
        assert_eq!(
            value("I'll go back two years from now.", Lang::En, p),
            v("two years from now", "2023-01-01", "2023-12-31")
        );
    }

    #[test]
    fn a_weekday_with_its_date_in_brackets() {
        let p = "2018-06-12";
        assert_eq!(
            value("a call this friday (jun-15) with Jim", Lang::En, p),
            v("this friday (jun-15)", "2018-06-15", "2018-06-15")
        );
        assert_eq!(
            value("un appel vendredi (15 juin) avec Jim", Lang::Fr, p),
            v("vendredi (15 juin)", "2018-06-15", "2018-06-15")
        );
    }

    #[test]
    fn english_days_in_cardinal_words_before_the_month() {
        let p = "2018-06-12";
        assert_eq!(
            value(
                "She was born on twenty five January nineteen eighty six",
                Lang::En,
                p
            ),
            v(
                "twenty five January nineteen eighty six",
                "1986-01-25",
                "1986-01-25"
            )
        );
        assert_eq!(
            value("On fifteen August 1993, the plant opened", Lang::En, p),
            v("fifteen August 1993", "1993-08-15", "1993-08-15")
        );
        // Without a year, a count.
        assert!(values("fifteen August arrests", Lang::En, p).is_empty());
        assert_eq!(
            value("née le vingt-cinq janvier 1986", Lang::Fr, p),
            v("vingt-cinq janvier 1986", "1986-01-25", "1986-01-25")
        );
    }

    #[test]
    fn quarters_before_a_hyphenated_year_and_equal_to_date() {
        let p = "2019-06-12";
        assert_eq!(
            value("sales in q1-2019", Lang::En, p),
            v("q1-2019", "2019-01-01", "2019-03-31")
        );
        assert!(values("the H1N1 virus", Lang::En, p).is_empty());
        assert!(values("dates greater than or equals to date 1", Lang::En, p).is_empty());
        assert_eq!(
            bounds("the deadliest attack to date", Lang::En, p).0,
            "to date"
        );
    }

    #[test]
    fn counted_weekdays_and_years_with_oh() {
        let p = "2018-05-07";
        assert_eq!(
            value("Are you available two sundays from now?", Lang::En, p),
            v("two sundays from now", "2018-05-20", "2018-05-20")
        );
        assert_eq!(
            value("on September 10, nineteen zero one", Lang::En, p),
            v(
                "September 10, nineteen zero one",
                "1901-09-10",
                "1901-09-10"
            )
        );
        assert_eq!(
            value("in nineteen oh five", Lang::En, p),
            v("nineteen oh five", "1905-01-01", "1905-12-31")
        );
    }

    #[test]
    fn this_and_next_before_a_day_and_working_weeks() {
        let p = "2019-05-20";
        assert_eq!(
            value("done this 5/12", Lang::En, p),
            v("this 5/12", "2019-05-12", "2019-05-12")
        );
        assert_eq!(
            value("done next 5/12", Lang::En, p),
            v("next 5/12", "2020-05-12", "2020-05-12")
        );
        assert_eq!(
            value("done next 6th of April", Lang::En, p),
            v("next 6th of April", "2020-04-06", "2020-04-06")
        );
        assert_eq!(
            value("done last June 2", Lang::En, p),
            v("last June 2", "2018-06-02", "2018-06-02")
        );
        assert_eq!(
            value("from this 5/12 to next 5/19", Lang::En, p),
            v("from this 5/12 to next 5/19", "2019-05-12", "2020-05-19")
        );
        let p = "2018-06-26";
        assert_eq!(
            value("It will happen this working week", Lang::En, p),
            v("this working week", "2018-06-25", "2018-06-29")
        );
        assert_eq!(
            value("It will happen on next workweek", Lang::En, p),
            v("next workweek", "2018-07-02", "2018-07-06")
        );
    }

    #[test]
    fn years_after_in_and_of_in_ranges() {
        let p = "2019-06-12";
        assert_eq!(
            value(
                "Total sales from april in 2016 to June in 2017 fell",
                Lang::En,
                p
            ),
            v(
                "from april in 2016 to June in 2017",
                "2016-04-01",
                "2017-06-30"
            )
        );
        assert_eq!(
            value("Total sales from april to June in 2017 fell", Lang::En, p),
            v("from april to June in 2017", "2017-04-01", "2017-06-30")
        );
        assert_eq!(
            value("sales went up from q1 of 2017 - q3 of 2018", Lang::En, p),
            v("from q1 of 2017 - q3 of 2018", "2017-01-01", "2018-09-30")
        );
    }

    #[test]
    fn compound_stretches_and_a_second_day_before_the_first() {
        let p = "2016-11-07";
        assert_eq!(
            value(
                "worked for the last 3 months and 2 weeks and 2 days.",
                Lang::En,
                p
            ),
            v(
                "last 3 months and 2 weeks and 2 days",
                "2016-07-22",
                "2016-11-07"
            )
        );
        assert_eq!(
            values(
                "for the last 3 months and 2 days ago they found it",
                Lang::En,
                p
            ),
            vec![
                v("last 3 months", "2016-08-07", "2016-11-07"),
                v("2 days ago", "2016-11-05", "2016-11-05")
            ]
        );
        assert_eq!(
            value(
                "back within the upcoming 5 years 1 month 12 days",
                Lang::En,
                p
            ),
            v(
                "within the upcoming 5 years 1 month 12 days",
                "2016-11-07",
                "2021-12-19"
            )
        );
        assert_eq!(
            value(
                "i am off from april twenty-seventh to the third",
                Lang::En,
                "2017-03-01"
            ),
            v(
                "from april twenty-seventh to the third",
                "2017-04-27",
                "2017-05-03"
            )
        );
        assert_eq!(
            value("off from April 27 to the 3rd.", Lang::En, "2017-03-01"),
            v("from April 27 to the 3rd", "2017-04-27", "2017-05-03")
        );
    }

    #[test]
    fn parts_of_a_season_after_a_preposition() {
        let p = "2016-11-07";
        assert_eq!(
            value("what about by mid summer?", Lang::En, p).0,
            "mid summer"
        );
        assert_eq!(
            value("in early spring the talks resumed", Lang::En, p),
            v("early spring", "2016-03-01", "2016-04-08")
        );
        assert!(values("an early spring storm", Lang::En, p).is_empty());
        assert_eq!(value("à la fin de l'été", Lang::Fr, p).0, "fin de l'été");
    }

    #[test]
    fn an_amount_is_no_day() {
        let p = "2018-11-07";
        assert_eq!(
            value("I bought it for $ 12 December 27", Lang::En, p),
            v("December 27", "2018-12-27", "2018-12-27")
        );
        assert_eq!(
            value("acheté pour € 12 le 27 décembre", Lang::Fr, p),
            v("27 décembre", "2018-12-27", "2018-12-27")
        );
    }

    #[test]
    fn as_early_as_and_as_late_as_open_a_period() {
        let p = "2018-08-17";
        assert_eq!(
            bounds(
                "I'll go back as early as next year's first quarter.",
                Lang::En,
                p
            ),
            v("as early as next year's first quarter", "2019-01-01", "")
        );
        assert_eq!(
            bounds("I'll leave as late as tomorrow.", Lang::En, p),
            v("as late as tomorrow", "", "2018-08-18")
        );
        assert_eq!(
            bounds("as late as 1990, the city had no sewers", Lang::En, p),
            v("as late as 1990", "", "1990-12-31")
        );
    }

    #[test]
    fn a_month_and_an_ordinal_day_joined_by_a_period() {
        let p = "2016-11-07";
        assert_eq!(
            value("the week of september.16th", Lang::En, p),
            v("the week of september.16th", "2016-09-12", "2016-09-18")
        );
        assert_eq!(
            value("16. Nov. 2016", Lang::En, p),
            v("16. Nov. 2016", "2016-11-16", "2016-11-16")
        );
        // A sentence's period, then a figure: no day.
        assert_eq!(
            values("It fell in September. 16 people died", Lang::En, p),
            vec![v("September", "2016-09-01", "2016-09-30")]
        );
    }

    #[test]
    fn fiscal_and_school_years_are_not_calendar_years() {
        let p = "2016-11-07";
        assert!(values("Show sales in the fiscal year 2008", Lang::En, p).is_empty());
        assert!(values("profits rose in fiscal 2008", Lang::En, p).is_empty());
        assert!(values("revenue for FY 2008 rose", Lang::En, p).is_empty());
        assert!(values("the school year 2008 began", Lang::En, p).is_empty());
        assert_eq!(
            value("Show sales in calendar year 2008", Lang::En, p),
            v("calendar year 2008", "2008-01-01", "2008-12-31")
        );
    }

    #[test]
    fn days_of_the_current_month() {
        let p = "2020-07-07";
        assert_eq!(
            bounds(
                "We will come back before the twenty-sixth day of the month",
                Lang::En,
                p
            ),
            v("before the twenty-sixth day of the month", "", "2020-07-25")
        );
        assert_eq!(
            value("paid on the 15th day of the month", Lang::En, p),
            v("the 15th day of the month", "2020-07-15", "2020-07-15")
        );
        // A month named after it is another one.
        assert!(values("the 15th day of the month of Ramadan", Lang::En, p).is_empty());
    }

    #[test]
    fn ranges_of_slashed_dates() {
        let p = "2018-05-29";
        assert_eq!(
            value("The period is 10/1-11/2/2017", Lang::En, p),
            v("10/1-11/2/2017", "2017-10-01", "2017-11-02")
        );
        assert_eq!(
            value("La période 10/1-11/2/2017", Lang::Fr, p),
            v("10/1-11/2/2017", "2017-01-10", "2017-02-11")
        );
        assert_eq!(
            value("vacation from 10/1/2018-10/7/2018", Lang::En, p),
            v("from 10/1/2018-10/7/2018", "2018-10-01", "2018-10-07")
        );
        // Codes stay codes.
        assert!(values("ref 123-12-1234", Lang::En, p).is_empty());
        assert!(values("version 1.2.3.4", Lang::En, p).is_empty());
    }
    #[test]
    fn first_and_last_units_of_a_period() {
        let p = "2019-11-07";
        assert_eq!(
            value("in the first three months of 2024, exports", Lang::En, p),
            v("the first three months of 2024", "2024-01-01", "2024-03-31")
        );
        assert_eq!(
            value("for the last 3 weeks of this year", Lang::En, p),
            v("the last 3 weeks of this year", "2019-12-09", "2019-12-29")
        );
        assert_eq!(
            value("first ten days of last year", Lang::En, p),
            v("first ten days of last year", "2018-01-01", "2018-01-10")
        );
        assert_eq!(
            value("au cours des deux derniers mois de 2021", Lang::Fr, p),
            v("deux derniers mois de 2021", "2021-11-01", "2021-12-31")
        );
        assert_eq!(
            value("les trois premiers mois de l'année", Lang::Fr, p),
            v(
                "les trois premiers mois de l'année",
                "2019-01-01",
                "2019-03-31"
            )
        );
        assert_eq!(
            value("They will leave the third month of 2021", Lang::En, p),
            v("the third month of 2021", "2021-03-01", "2021-03-31")
        );
        // Without "of" a period, a stretch before publication, as before.
        assert_eq!(
            value("au cours des dix derniers mois", Lang::Fr, p).0,
            "dix derniers mois"
        );
    }
    #[test]
    fn weekdays_within_a_named_week() {
        let p = "2017-11-15";
        assert_eq!(
            value(
                "a meeting next week between Wednesday and Friday.",
                Lang::En,
                p
            ),
            v(
                "next week between Wednesday and Friday",
                "2017-11-22",
                "2017-11-24"
            )
        );
        assert_eq!(
            value("this week from Tue to Thur.", Lang::En, p),
            v("this week from Tue to Thur", "2017-11-14", "2017-11-16")
        );
    }
    #[test]
    fn numeric_dates_written_with_spaces() {
        let p = "2016-11-07";
        assert_eq!(
            value("Je retournerai 18 08 1978 à la maison.", Lang::Fr, p),
            v("18 08 1978", "1978-08-18", "1978-08-18")
        );
        assert_eq!(
            value("Je retournerai 18 8 78.", Lang::Fr, p),
            v("18 8 78", "1978-08-18", "1978-08-18")
        );
        assert_eq!(
            value("On 2016 10 16, the conference started.", Lang::En, p),
            v("2016 10 16", "2016-10-16", "2016-10-16")
        );
        // A phone number is a longer run of numbers.
        assert!(values("appelez le 01 45 67 89 12", Lang::Fr, p).is_empty());
    }
    #[test]
    fn a_range_to_a_bare_weekday_ends_that_week() {
        assert_eq!(
            value(
                "a vacation from next monday to friday",
                Lang::En,
                "2019-09-04"
            ),
            v("from next monday to friday", "2019-09-09", "2019-09-13")
        );
        assert_eq!(
            value(
                "absent de lundi prochain à vendredi",
                Lang::Fr,
                "2019-11-01"
            ),
            v("de lundi prochain à vendredi", "2019-11-04", "2019-11-08")
        );
    }
    #[test]
    fn dashed_day_and_month_after_a_weekday() {
        assert_eq!(
            value("a call on Friday 7-6 with Jim.", Lang::En, "2018-06-20"),
            v("Friday 7-6", "2018-07-06", "2018-07-06")
        );
        assert_eq!(
            value("un appel le vendredi 6.7 avec Jim.", Lang::Fr, "2018-06-20"),
            v("vendredi 6.7", "2018-07-06", "2018-07-06")
        );
        // Alone, a score.
        assert!(values("they won 7-6 on penalties", Lang::En, "2018-06-20").is_empty());
    }
    #[test]
    fn a_tilde_joins_a_range() {
        assert_eq!(
            value("The range is 2014~2018.", Lang::En, "2016-11-07"),
            v("2014~2018", "2014-01-01", "2018-12-31")
        );
        assert_eq!(
            value("sur la période 2014~2018.", Lang::Fr, "2016-11-07"),
            v("2014~2018", "2014-01-01", "2018-12-31")
        );
    }

    #[test]
    fn a_weekday_and_day_far_from_publication() {
        // No Tuesday the 13th between July 2021 and September 2022.
        assert_eq!(
            value("I'll go back Tue 13th", Lang::En, "2022-03-01"),
            v("Tue 13th", "2022-09-13", "2022-09-13")
        );
        assert_eq!(
            value(
                "Do you have any plans on Sunday 31!",
                Lang::En,
                "2018-06-01"
            ),
            v("Sunday 31", "2017-12-31", "2017-12-31")
        );
        assert_eq!(
            value("Rendez-vous dimanche 31.", Lang::Fr, "2018-06-01"),
            v("dimanche 31", "2017-12-31", "2017-12-31")
        );
    }

    #[test]
    fn an_english_day_alone_after_a_preposition_and_its_article() {
        let en = |text| value(text, Lang::En, "2016-11-07");
        assert_eq!(
            en("I went back for the 27."),
            v("the 27", "2016-10-27", "2016-10-27")
        );
        assert_eq!(
            en("I went back for the second"),
            v("the second", "2016-11-02", "2016-11-02")
        );
        assert_eq!(
            en("it lasts until the twenty second!"),
            v("the twenty second", "2016-11-22", "2016-11-22")
        );
        // Counts and ranks are not days.
        assert!(values("a vote for the 27 member states", Lang::En, "2016-11-07").is_empty());
        assert!(values("After the first, he left", Lang::En, "2016-11-07").is_empty());
        assert!(values("he won for the second time", Lang::En, "2016-11-07").is_empty());
        // French: "le" alone dates a day, and keeps it.
        assert_eq!(
            value("Je suis retourné pour le 27.", Lang::Fr, "2016-11-07"),
            v("pour le 27", "2016-10-27", "2016-10-27")
        );
        assert_eq!(
            value("Il est revenu le vingt-deux.", Lang::Fr, "2016-11-07"),
            v("vingt-deux", "2016-11-22", "2016-11-22")
        );
        assert_eq!(
            value("Il est revenu le 27.", Lang::Fr, "2016-11-07"),
            v("27", "2016-10-27", "2016-10-27")
        );
        // "sept" is also a month.
        assert_eq!(
            value("pas ici durant le sept.", Lang::Fr, "2016-11-07"),
            v("sept.", "2016-09-01", "2016-09-30")
        );
        assert!(values("le onze de départ", Lang::Fr, "2016-11-07").is_empty());
    }

    #[test]
    fn days_in_words_in_ranges() {
        let en = |text| value(text, Lang::En, "2018-03-01");
        assert_eq!(
            en("i am off between the ninth and the seventeenth of april"),
            v(
                "between the ninth and the seventeenth of april",
                "2018-04-09",
                "2018-04-17"
            )
        );
        assert_eq!(
            en("i am off from ninth till seventeenth of april"),
            v(
                "from ninth till seventeenth of april",
                "2018-04-09",
                "2018-04-17"
            )
        );
        assert_eq!(
            en("i am off april ninth through seventeenth"),
            v(
                "april ninth through seventeenth",
                "2018-04-09",
                "2018-04-17"
            )
        );
        assert_eq!(
            en("i am off from April the ninth till the seventeenth"),
            v(
                "from April the ninth till the seventeenth",
                "2018-04-09",
                "2018-04-17"
            )
        );
        assert_eq!(
            value("absent du neuf au dix-sept avril", Lang::Fr, "2018-03-01"),
            v("du neuf au dix-sept avril", "2018-04-09", "2018-04-17")
        );
        // A count of months is no range of days.
        assert!(values("de deux à trois mois", Lang::Fr, "2018-03-01").is_empty());
    }

    #[test]
    fn a_bare_month_after_before_or_after() {
        assert_eq!(
            bounds("Maybe we can leave after Feb", Lang::En, "2018-06-01"),
            v("after Feb", "2018-03-01", "")
        );
        assert_eq!(
            bounds("rien ne bougera avant mars", Lang::Fr, "2018-06-01"),
            v("avant mars", "", "2018-02-28")
        );
        // Lower-case "may" is a verb.
        assert!(values("before may be late", Lang::En, "2018-06-01").is_empty());
    }

    #[test]
    fn black_friday_and_cyber_monday() {
        assert_eq!(
            value("I'll go back on black friday 2010", Lang::En, "2016-11-07"),
            v("black friday 2010", "2010-11-26", "2010-11-26")
        );
        assert_eq!(
            value("les soldes du Black Friday 2019", Lang::Fr, "2016-11-07"),
            v("Black Friday 2019", "2019-11-29", "2019-11-29")
        );
        assert_eq!(
            value("sales on Cyber Monday", Lang::En, "2019-11-20"),
            v("Cyber Monday", "2019-12-02", "2019-12-02")
        );
    }
    #[test]
    fn a_part_of_a_year_told_with_its_possessive() {
        let en = |text| value(text, Lang::En, "2016-11-07");
        assert_eq!(
            en("I'll be out next year's third-quarter"),
            v("next year's third-quarter", "2017-07-01", "2017-09-30")
        );
        assert_eq!(
            en("sales in 2015's second half fell"),
            v("2015's second half", "2015-07-01", "2015-12-31")
        );
        assert_eq!(
            en("this year's last quarter"),
            v("this year's last quarter", "2016-10-01", "2016-12-31")
        );
        // French says it with "de".
        assert_eq!(
            value(
                "au troisième trimestre de l'année prochaine",
                Lang::Fr,
                "2016-11-07"
            ),
            v(
                "troisième trimestre de l'année prochaine",
                "2017-07-01",
                "2017-09-30"
            )
        );
        // Without a part, the year alone.
        assert_eq!(
            en("next year's budget"),
            v("next year", "2017-01-01", "2017-12-31")
        );
    }
    #[test]
    fn short_weekdays_after_on_and_a_day_after_a_comma() {
        let en = |text| values(text, Lang::En, "2016-11-07");
        assert_eq!(
            en("i'll go back on tues. good news."),
            vec![v("tues", "2016-11-01", "2016-11-01")]
        );
        assert_eq!(
            en("i'll go back on tues"),
            vec![v("tues", "2016-11-01", "2016-11-01")]
        );
        // A word after it: not a day ("on sat mats").
        assert!(en("he went on sat mats").is_empty());
        // French short names stay words ("mer" is the sea).
        assert!(values("on va à la mer.", Lang::Fr, "2016-11-07").is_empty());
        assert_eq!(
            en("set something up for October, 1st."),
            vec![v("October, 1st", "2016-10-01", "2016-10-01")]
        );
        // A count after the comma is no day.
        assert_eq!(
            en("In October, 12 people died"),
            vec![v("October", "2016-10-01", "2016-10-31")]
        );
        assert_eq!(
            values(
                "En octobre, 12 personnes sont mortes",
                Lang::Fr,
                "2016-11-07"
            ),
            vec![v("octobre", "2016-10-01", "2016-10-31")]
        );
    }
    #[test]
    fn this_past_and_this_coming() {
        // 2019-02-01 is a Friday.
        let en = |text| value(text, Lang::En, "2019-02-01");
        assert_eq!(
            en("Where were you on this past Wednesday?"),
            v("this past Wednesday", "2019-01-30", "2019-01-30")
        );
        assert_eq!(
            en("Any plans this coming Monday?"),
            v("this coming Monday", "2019-02-04", "2019-02-04")
        );
        assert_eq!(
            en("It rained this past weekend."),
            v("this past weekend", "2019-01-26", "2019-01-27")
        );
        assert_eq!(
            value("Il a plu mercredi dernier.", Lang::Fr, "2019-02-01"),
            v("mercredi dernier", "2019-01-30", "2019-01-30")
        );
    }
    #[test]
    fn holiday_weekends() {
        assert_eq!(
            value(
                "I need to prepare for labor day weekend",
                Lang::En,
                "2021-08-20"
            ),
            v("labor day weekend", "2021-09-04", "2021-09-06")
        );
        assert_eq!(
            value(
                "We'll take weekend of thanksgiving 2023 off",
                Lang::En,
                "2021-08-20"
            ),
            v("weekend of thanksgiving 2023", "2023-11-23", "2023-11-26")
        );
        assert_eq!(
            value(
                "a flight for halloween weekend 2021",
                Lang::En,
                "2020-01-10"
            ),
            v("halloween weekend 2021", "2021-10-30", "2021-10-31")
        );
        // Easter 2019 is on 21 April.
        assert_eq!(
            value(
                "des bouchons pendant le week-end de Pâques",
                Lang::Fr,
                "2019-04-01"
            ),
            v("le week-end de Pâques", "2019-04-20", "2019-04-21")
        );
        // The holiday alone stays a day.
        assert_eq!(
            value("closed on Labor Day", Lang::En, "2021-08-20"),
            v("Labor Day", "2021-09-06", "2021-09-06")
        );
    }

    #[test]
    fn a_numbered_part_of_the_current_year_or_month() {
        let en = |text| value(text, Lang::En, "2020-05-10");
        assert_eq!(
            en("the first quarter of the year is usually slower"),
            v("the first quarter of the year", "2020-01-01", "2020-03-31")
        );
        assert_eq!(
            en("in the last week of the month"),
            v("the last week of the month", "2020-05-25", "2020-05-31")
        );
        assert_eq!(
            value("au premier trimestre de l'année", Lang::Fr, "2020-05-10"),
            v("premier trimestre de l'année", "2020-01-01", "2020-03-31")
        );
        assert_eq!(
            value("la dernière semaine du mois", Lang::Fr, "2020-05-10"),
            v("la dernière semaine du mois", "2020-05-25", "2020-05-31")
        );
    }
    #[test]
    fn a_half_needs_its_year() {
        assert!(values("I'll be out during H2", Lang::En, "2016-11-07").is_empty());
        assert!(values("des bus roulant à l'H2", Lang::Fr, "2016-11-07").is_empty());
        assert_eq!(
            value("sales in H2 2016", Lang::En, "2016-11-07"),
            v("H2 2016", "2016-07-01", "2016-12-31")
        );
        assert_eq!(
            value("les ventes du H1 2016", Lang::Fr, "2016-11-07"),
            v("H1 2016", "2016-01-01", "2016-06-30")
        );
        // A quarter alone is this year's.
        assert_eq!(
            value("sales in Q2", Lang::En, "2016-11-07"),
            v("Q2", "2016-04-01", "2016-06-30")
        );
    }
    #[test]
    fn a_range_to_a_part_of_a_month() {
        assert_eq!(
            value(
                "It has been closed from April until the end of June.",
                Lang::En,
                "2016-11-07"
            ),
            v(
                "from April until the end of June",
                "2016-04-01",
                "2016-06-30"
            )
        );
        assert_eq!(
            value("fermé du 3 avril à la fin juin", Lang::Fr, "2016-11-07"),
            v("du 3 avril à la fin juin", "2016-04-03", "2016-06-30")
        );
    }

    #[test]
    fn french_ordinal_days_in_words() {
        let p = "2016-11-07";
        assert_eq!(
            value("le premier janvier", Lang::Fr, p),
            v("premier janvier", "2017-01-01", "2017-01-01")
        );
        assert_eq!(
            value("Je reviendrai seconde de août", Lang::Fr, p),
            v("seconde de août", "2016-08-02", "2016-08-02")
        );
        assert_eq!(
            value("le vingt et unième mai 2020", Lang::Fr, p),
            v("vingt et unième mai 2020", "2020-05-21", "2020-05-21")
        );
        assert_eq!(
            value("le dix-septième mai 2020", Lang::Fr, p),
            v("dix-septième mai 2020", "2020-05-17", "2020-05-17")
        );
        // After the month, only where the clause ends: "août deuxième hausse" is a rank.
        assert_eq!(
            value("Je reviendrai août deuxième", Lang::Fr, p),
            v("août deuxième", "2016-08-02", "2016-08-02")
        );
        assert_eq!(
            values("en août deuxième hausse", Lang::Fr, p),
            [v("août", "2016-08-01", "2016-08-31")]
        );
        // Alone, an ordinal word is a day only as a deadline ending the sentence.
        assert_eq!(
            value("Je suis retourné pour le deuxième !", Lang::Fr, p),
            v("pour le deuxième", "2016-11-02", "2016-11-02")
        );
        assert_eq!(values("Il a voté pour le second tour.", Lang::Fr, p), []);
        assert_eq!(values("le Premier ministre", Lang::Fr, p), []);
        // English has its ordinals already: "the first of January".
        assert_eq!(
            value("on the first of January", Lang::En, p),
            v("first of January", "2017-01-01", "2017-01-01")
        );
    }

    #[test]
    fn french_next_and_last_before_the_noun_without_an_article() {
        let p = "2016-11-07";
        assert_eq!(
            value("prochain mois", Lang::Fr, p),
            v("prochain mois", "2016-12-01", "2016-12-31")
        );
        assert_eq!(
            value("au prochain printemps", Lang::Fr, p),
            v("prochain printemps", "2017-03-01", "2017-05-31")
        );
        assert_eq!(
            value("Je partirai prochain juin", Lang::Fr, p),
            v("prochain juin", "2017-06-01", "2017-06-30")
        );
        assert_eq!(
            value("Où étiez-vous dernier mercredi ?", Lang::Fr, p),
            v("dernier mercredi", "2016-11-02", "2016-11-02")
        );
        // After a possessive, an article or "ce", a rank: "his final month", "the
        // latter's".
        assert_eq!(values("C'est son dernier mois de mandat.", Lang::Fr, p), []);
        assert_eq!(values("un prochain printemps arabe", Lang::Fr, p), []);
        assert_eq!(values("ce dernier mois a été dur", Lang::Fr, p), []);
        // English already reads "next June".
        assert_eq!(
            value("next June", Lang::En, p),
            v("next June", "2017-06-01", "2017-06-30")
        );
    }

    #[test]
    fn slashed_days_with_a_leading_zero_and_ranges_of_them_are_not_fractions() {
        let p = "2016-11-07";
        assert_eq!(
            value("le 02/08", Lang::Fr, p),
            v("02/08", "2016-08-02", "2016-08-02")
        );
        assert_eq!(
            value("on 06/07", Lang::En, p),
            v("06/07", "2016-06-07", "2016-06-07")
        );
        assert_eq!(
            value("du 28/2-1/3", Lang::Fr, p),
            v("du 28/2-1/3", "2017-02-28", "2017-03-01")
        );
        assert_eq!(
            value("from 2/28-3/1", Lang::En, p),
            v("from 2/28-3/1", "2017-02-28", "2017-03-01")
        );
        // Fractions stay numbers.
        assert_eq!(values("1/3 des votes", Lang::Fr, p), []);
        assert_eq!(values("3/4 of the votes", Lang::En, p), []);
    }

    #[test]
    fn articles_before_the_ends_of_a_range() {
        let p = "2016-11-07";
        assert_eq!(
            value(
                "entre le 1er janvier 2015 et le 5 février 2018",
                Lang::Fr,
                p
            ),
            v(
                "entre le 1er janvier 2015 et le 5 février 2018",
                "2015-01-01",
                "2018-02-05"
            )
        );
        assert_eq!(
            value("de la semaine 31 à la semaine 35", Lang::Fr, p),
            v(
                "de la semaine 31 à la semaine 35",
                "2016-08-01",
                "2016-09-04"
            )
        );
        assert_eq!(
            value("between 2015 and the 5th of January 2018", Lang::En, p),
            v(
                "between 2015 and the 5th of January 2018",
                "2015-01-01",
                "2018-01-05"
            )
        );
        assert_eq!(values("entre la France et le Maroc", Lang::Fr, p), []);
    }

    #[test]
    fn the_rest_and_later_parts_of_the_current_period() {
        let p = "2016-11-09";
        // The article stays out, as for "le 2 décembre".
        assert_eq!(
            value("le reste de ma semaine", Lang::Fr, p),
            v("reste de ma semaine", "2016-11-09", "2016-11-13")
        );
        assert_eq!(
            value("le reste de la semaine en cours", Lang::Fr, p),
            v("reste de la semaine en cours", "2016-11-09", "2016-11-13")
        );
        assert_eq!(
            value("the rest of the week", Lang::En, p),
            v("rest of the week", "2016-11-09", "2016-11-13")
        );
        assert_eq!(
            value("nous verrons plus tard ce mois-ci", Lang::Fr, p),
            v("plus tard ce mois-ci", "2016-11-09", "2016-11-30")
        );
        assert_eq!(
            value("plus tôt cette semaine", Lang::Fr, p),
            v("plus tôt cette semaine", "2016-11-07", "2016-11-09")
        );
        assert_eq!(
            value("later this month", Lang::En, p),
            v("later this month", "2016-11-09", "2016-11-30")
        );
        // "plus tard" without "ce" counts from the event told.
        assert_eq!(values("deux jours plus tard", Lang::Fr, p), []);
        assert_eq!(
            values("plus tard la semaine prochaine", Lang::Fr, p),
            [v("la semaine prochaine", "2016-11-14", "2016-11-20")]
        );
    }

    #[test]
    fn a_bare_french_month_after_dans() {
        let p = "2016-11-07";
        assert_eq!(
            value("Je serai dans déc", Lang::Fr, p),
            v("déc", "2016-12-01", "2016-12-31")
        );
        assert_eq!(
            value("Je serai dans Février", Lang::Fr, p),
            v("Février", "2017-02-01", "2017-02-28")
        );
        // "dans Mars" is the planet; a month alone, without a preposition, is no date.
        assert_eq!(values("Il vit dans Mars", Lang::Fr, p), []);
        assert_eq!(values("Je serai Janvier", Lang::Fr, p), []);
    }

    #[test]
    fn a_range_opened_by_a_bare_month() {
        let p = "2016-11-07";
        assert_eq!(
            value("entre août et octobre", Lang::Fr, p),
            v("entre août et octobre", "2016-08-01", "2016-10-31")
        );
        assert_eq!(
            value("de mai à mars", Lang::Fr, p),
            v("de mai à mars", "2016-05-01", "2017-03-31")
        );
        assert_eq!(
            value("between August and October", Lang::En, p),
            v("between August and October", "2016-08-01", "2016-10-31")
        );
        // Both ends must be dates: "de Mars à Vénus" are planets.
        assert_eq!(values("de Mars à Vénus", Lang::Fr, p), []);
    }

    #[test]
    fn a_french_month_with_its_year_after_de() {
        let p = "2016-11-07";
        assert_eq!(
            value("en novembre de 2016", Lang::Fr, p),
            v("novembre de 2016", "2016-11-01", "2016-11-30")
        );
        assert_eq!(
            value("en novembre de l'année dernière", Lang::Fr, p),
            v("novembre de l'année dernière", "2015-11-01", "2015-11-30")
        );
        assert_eq!(
            value("en nov. de l'année 2016", Lang::Fr, p),
            v("nov. de l'année 2016", "2016-11-01", "2016-11-30")
        );
        // "de 2000 à 2010" is a range of its own.
        assert_eq!(
            values("en mars de 2000 à 2010", Lang::Fr, p),
            [
                v("mars", "2017-03-01", "2017-03-31"),
                v("de 2000 à 2010", "2000-01-01", "2010-12-31")
            ]
        );
        // English says "of": "June of 2016".
        assert_eq!(
            value("in June of 2016", Lang::En, p),
            v("June of 2016", "2016-06-01", "2016-06-30")
        );
    }

    #[test]
    fn french_current_periods_and_counts_with_the_adjective_after_the_unit() {
        let p = "2016-11-07";
        assert_eq!(
            value("la semaine en cours", Lang::Fr, p),
            v("la semaine en cours", "2016-11-07", "2016-11-13")
        );
        assert_eq!(
            value("depuis le début de l'année en cours", Lang::Fr, p).1,
            "2016-01-01"
        );
        assert_eq!(
            value("les 3 semaines passées", Lang::Fr, p),
            v("3 semaines passées", "2016-10-17", "2016-11-07")
        );
        assert_eq!(
            value("les deux mois prochains", Lang::Fr, p),
            v("deux mois prochains", "2016-11-08", "2017-01-07")
        );
        // Counted from an event told, not from publication.
        assert_eq!(values("les trois semaines précédentes", Lang::Fr, p), []);
        assert_eq!(
            value("the past 3 weeks", Lang::En, p),
            v("past 3 weeks", "2016-10-17", "2016-11-07")
        );
    }

    #[test]
    fn french_recent_and_coming_periods_without_a_count() {
        let p = "2016-11-07";
        assert_eq!(
            value("ces derniers jours", Lang::Fr, p),
            v("derniers jours", "2016-11-04", "2016-11-07")
        );
        assert_eq!(
            value("ces prochaines semaines", Lang::Fr, p),
            v("prochaines semaines", "2016-11-08", "2016-11-28")
        );
        // The last days of something told are not the last days before publication.
        assert_eq!(values("les derniers jours de la campagne", Lang::Fr, p), []);
        // English says "the past few days".
        assert_eq!(
            value("the past few days", Lang::En, p),
            v("past few days", "2016-11-04", "2016-11-07")
        );
    }

    #[test]
    fn a_range_between_two_weekdays_with_their_days() {
        let p = "2016-11-07";
        assert_eq!(
            value("du vendredi 11 au mardi 15", Lang::Fr, p),
            v("du vendredi 11 au mardi 15", "2016-11-11", "2016-11-15")
        );
        assert_eq!(
            value("from Friday 11 to Tuesday 15", Lang::En, p),
            v("from Friday 11 to Tuesday 15", "2016-11-11", "2016-11-15")
        );
        // A weekday and a count stay apart.
        assert_eq!(
            values("vendredi 11 au matin", Lang::Fr, p),
            [v("vendredi", "2016-11-04", "2016-11-04")]
        );
    }

    #[test]
    fn counts_from_a_french_day_with_its_article() {
        let p = "2016-11-07";
        assert_eq!(
            value("3 jours après le 12 janvier", Lang::Fr, p),
            v("3 jours après le 12 janvier", "2017-01-15", "2017-01-15")
        );
        assert_eq!(
            value("2 semaines avant le 13 mai 1999", Lang::Fr, p),
            v(
                "2 semaines avant le 13 mai 1999",
                "1999-04-29",
                "1999-04-29"
            )
        );
        assert_eq!(
            value("5 jours avant le nouvel an", Lang::Fr, p),
            v("5 jours avant le nouvel an", "2016-12-27", "2016-12-27")
        );
        assert_eq!(
            value("16 jours à partir du 01/02/2018", Lang::Fr, p),
            v(
                "16 jours à partir du 01/02/2018",
                "2018-02-17",
                "2018-02-17"
            )
        );
        assert_eq!(
            value("3 days after January 12th", Lang::En, p),
            v("3 days after January 12th", "2017-01-15", "2017-01-15")
        );
    }

    #[test]
    fn french_days_of_a_month_and_weeks_starting_on_a_day() {
        let p = "2016-11-07";
        assert_eq!(
            value("le 4e jour de juillet de 1995", Lang::Fr, p),
            v("4e jour de juillet de 1995", "1995-07-04", "1995-07-04")
        );
        // A full month name has no abbreviation's period: the sentence's stays out.
        assert_eq!(
            value("Je rentrerai le deuxième jour d'août.", Lang::Fr, p),
            v("deuxième jour d'août", "2016-08-02", "2016-08-02")
        );
        assert_eq!(
            value("la semaine commençant le 4 février", Lang::Fr, p),
            v(
                "la semaine commençant le 4 février",
                "2017-01-30",
                "2017-02-05"
            )
        );
        assert_eq!(
            value("the week starting February 4", Lang::En, p),
            v("the week starting February 4", "2017-01-30", "2017-02-05")
        );
        assert_eq!(
            value("le jour de la Terre 2010", Lang::Fr, p),
            v("jour de la Terre 2010", "2010-04-22", "2010-04-22")
        );
    }

    #[test]
    fn french_current_and_coming_periods_in_two_words() {
        let p = "2016-11-07";
        assert_eq!(
            value("les ventes du trimestre en cours", Lang::Fr, p),
            v("trimestre en cours", "2016-10-01", "2016-12-31")
        );
        assert_eq!(
            value("le trimestre à venir", Lang::Fr, p),
            v("le trimestre à venir", "2017-01-01", "2017-03-31")
        );
        assert_eq!(
            value("dans les 5 années à venir", Lang::Fr, p),
            v("5 années à venir", "2016-11-08", "2021-11-07")
        );
        // "les mois à venir" are several, not next month.
        assert_eq!(values("dans les mois à venir", Lang::Fr, p), []);
        // A school year does not follow the calendar.
        assert_eq!(values("cette année scolaire", Lang::Fr, p), []);
        assert_eq!(
            value("the coming quarter", Lang::En, p),
            v("coming quarter", "2017-01-01", "2017-03-31")
        );
    }

    #[test]
    fn counts_in_several_words() {
        let p = "2016-11-07";
        assert_eq!(
            value("il y a un mois et vingt-et-un jours", Lang::Fr, p),
            v(
                "il y a un mois et vingt-et-un jours",
                "2016-09-16",
                "2016-09-16"
            )
        );
        assert_eq!(
            value("dans vingt-cinq jours", Lang::Fr, p),
            v("dans vingt-cinq jours", "2016-12-02", "2016-12-02")
        );
        assert_eq!(
            value("twenty one days ago", Lang::En, p),
            v("twenty one days ago", "2016-10-17", "2016-10-17")
        );
    }

    #[test]
    fn french_to_date() {
        let p = "2016-11-07";
        assert_eq!(
            bounds("Le bilan s'élève à ce jour à 30 morts.", Lang::Fr, p),
            v("à ce jour", "", "2016-11-07")
        );
        assert_eq!(
            bounds("jusqu'à ce jour", Lang::Fr, p),
            v("jusqu'à ce jour", "", "2016-11-07")
        );
        assert_eq!(
            value("de mars à ce jour", Lang::Fr, p),
            v("de mars à ce jour", "2016-03-01", "2016-11-07")
        );
        assert_eq!(
            bounds("the deadliest attack to date", Lang::En, p),
            v("to date", "", "2016-11-07")
        );
    }

    #[test]
    fn a_french_day_with_dernier_or_prochain_after_it() {
        let p = "2016-11-07";
        // Nearest publication, 1 January would be 2017's: "dernier" says the past one.
        assert_eq!(
            value("le 1er janvier dernier", Lang::Fr, p),
            v("1er janvier dernier", "2016-01-01", "2016-01-01")
        );
        assert_eq!(
            value("le 3 mars prochain", Lang::Fr, p),
            v("3 mars prochain", "2017-03-03", "2017-03-03")
        );
        // A comma ends the date: "le 3 mars, dernier jour du salon".
        assert_eq!(
            value("le 3 mars, dernier jour du salon", Lang::Fr, p),
            v("3 mars", "2017-03-03", "2017-03-03")
        );
    }

    #[test]
    fn about_so_many_units_and_courant() {
        let p = "2016-11-07";
        assert_eq!(
            value("il y a une dizaine de jours", Lang::Fr, p),
            v("il y a une dizaine de jours", "2016-10-28", "2016-10-28")
        );
        assert_eq!(
            value("il y a plusieurs semaines", Lang::Fr, p),
            v("il y a plusieurs semaines", "2016-10-17", "2016-10-17")
        );
        assert_eq!(
            value("several weeks ago", Lang::En, p),
            v("several weeks ago", "2016-10-17", "2016-10-17")
        );
        assert_eq!(
            value("courant mars", Lang::Fr, p),
            v("mars", "2017-03-01", "2017-03-31")
        );
    }

    #[test]
    fn french_quarters_and_halves_in_letters_and_weeks_of_a_bare_day() {
        let p = "2016-11-07";
        assert_eq!(
            value("au T3 2023", Lang::Fr, p),
            v("T3 2023", "2023-07-01", "2023-09-30")
        );
        assert_eq!(
            value("au S1 2024", Lang::Fr, p),
            v("S1 2024", "2024-01-01", "2024-06-30")
        );
        // Without its year, "un T3" is a flat of three rooms.
        assert_eq!(values("un T3 à Paris", Lang::Fr, p), []);
        assert_eq!(
            value("Q3 2016", Lang::En, p),
            v("Q3 2016", "2016-07-01", "2016-09-30")
        );
        assert_eq!(
            value("pour la semaine du 18.", Lang::Fr, p),
            v("la semaine du 18", "2016-11-14", "2016-11-20")
        );
        assert_eq!(values("la semaine du 18 personnes", Lang::Fr, p), []);
    }
}
