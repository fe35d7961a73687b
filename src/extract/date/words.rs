//! The words of dates: month, weekday and ordinal names, parts of periods, calendar
//! units and relative words, and what each stands for.

use super::*;

pub(super) const MONTHS: &[(&str, i8)] = &[
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

pub(super) const WEEKDAYS: &[(&str, Weekday)] = &[
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
pub(super) const SHORT_WEEKDAYS: &[(&str, Weekday, Lang)] = &[
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
pub(super) const DAY_ORDINALS: &[(&str, i8)] = &[
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
pub(super) const FR_DAY_ORDINALS: &[(&str, i8)] = &[
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
pub(super) enum Part {
    Early,
    Mid,
    Late,
}

/// A calendar unit that relative expressions count in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
}

/// A date or period read at a word: one past its last view index, and its value.
pub(super) type Found = (usize, DateValue);

pub(super) fn month_of(word: &str, capitalized: bool, lang: Lang) -> Option<i8> {
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
pub(super) fn first_wins<V: Copy>(
    table: &[(&'static str, V)],
) -> foldhash::HashMap<&'static str, V> {
    let mut map = foldhash::HashMap::default();
    for &(name, value) in table {
        map.entry(name).or_insert(value);
    }
    map
}

pub(super) fn is_month_abbreviation(word: &str) -> bool {
    word.len() <= 4
        && !matches!(
            word,
            "mars" | "mai" | "juin" | "aout" | "may" | "june" | "july"
        )
}

pub(super) fn part_of(word: &str) -> Option<Part> {
    match word {
        "debut" | "early" | "beginning" | "commencement" | "start" => Some(Part::Early),
        "mi" | "mid" | "milieu" | "middle" => Some(Part::Mid),
        "fin" | "late" | "end" => Some(Part::Late),
        _ => None,
    }
}

pub(super) fn season_of(word: &str) -> Option<(i8, i8)> {
    match word {
        "printemps" | "spring" => Some((3, 5)),
        "ete" | "summer" => Some((6, 8)),
        "automne" | "autumn" | "fall" => Some((9, 11)),
        "hiver" | "winter" => Some((1, 2)),
        _ => None,
    }
}

pub(super) fn unit_of(word: &str) -> Option<Unit> {
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
pub(super) fn offset_before(word: &str) -> Option<i64> {
    match word {
        "this" | "current" | "ce" | "cet" | "cette" => Some(0),
        "next" | "coming" | "upcoming" | "prochain" | "prochaine" => Some(1),
        "last" | "past" | "previous" | "dernier" | "derniere" => Some(-1),
        _ => None,
    }
}

/// The offset a relative word after its noun gives ("la semaine prochaine").
pub(super) fn offset_after(word: &str) -> Option<i64> {
    match word {
        "prochain" | "prochaine" | "next" => Some(1),
        "dernier" | "derniere" | "passe" | "passee" | "last" => Some(-1),
        _ => None,
    }
}

/// An ordinal that picks a part of a period: "first", "2nd", "troisième", "last" (-1).
pub(super) fn rank_of(word: &str) -> Option<i64> {
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

/// A Roman numeral up to 39 ("xxi"), as centuries are written in French.
pub(super) fn roman_numeral(s: &str) -> Option<i16> {
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

/// The decade an English plural of tens names within a century: "twenties" 20 …
/// "nineties" 90 ("the twenties", "the nineteen seventies").
pub(super) fn decade_word(word: &str) -> Option<i16> {
    Some(match word {
        "twenties" => 20,
        "thirties" => 30,
        "forties" => 40,
        "fifties" => 50,
        "sixties" => 60,
        "seventies" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
}
