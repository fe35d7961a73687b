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

mod calendar;
mod reader;
#[cfg(test)]
mod tests;
mod words;

use super::Sent;
use super::numwords::WordNumber;
use crate::Lang;
use crate::claims::{DateValue, Granularity, Open};
use crate::text::TokKind;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use std::cell::Cell;
use std::sync::LazyLock;

use calendar::*;
use reader::*;
use words::*;

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
                "fortnight",
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

/// Whether a French sentence speaks of the future: a verb in the future tense
/// ("sera", "s'appliquera", "entreront") or "va"/"vont" before a verb.
fn speaks_of_future(s: &Sent<'_>) -> bool {
    (0..s.view.len()).any(|k| {
        let t = s.tok(k);
        let w = t.norm.as_str();
        !t.capitalized
            && (matches!(w, "va" | "vont")
                || w.len() >= 4
                    && ["era", "eras", "eront", "ira", "iront", "ura", "uront"]
                        .iter()
                        .any(|end| w.ends_with(end))
                    && !matches!(w, "camera" | "opera" | "cameras" | "operas"))
    })
}

/// Qualifier words before a date, and whether they mean "since".
fn qualifier_before(s: &Sent<'_>, v: usize) -> (usize, bool) {
    let w = |k: usize| s.word(k);
    // "à partir de mars", "dès mars" run from a date, past or to come: since then
    // only when the sentence does not speak of the future ("s'appliquera à partir de
    // mars" is next March).
    if v >= 3 && w(v - 3) == "a" && w(v - 2) == "partir" && w(v - 1) == "de" {
        return (v - 3, !speaks_of_future(s));
    }
    if v >= 3 && w(v - 3) == "au" && w(v - 2) == "mois" && w(v - 1) == "de" {
        return (v - 3, false);
    }
    if v >= 2 && w(v - 2) == "jusqu" && w(v - 1) == "en" {
        return (v - 2, false);
    }
    // "depuis le 1er janvier", "dès le 3 mai": since that day, the article between.
    if v >= 2
        && matches!(w(v - 1), "le" | "la" | "l")
        && (w(v - 2) == "depuis" || w(v - 2) == "des" && s.raw(v - 2).to_lowercase() == "dès")
    {
        return (v - 2, w(v - 2) == "depuis" || !speaks_of_future(s));
    }
    if v >= 1 {
        match w(v - 1) {
            "depuis" | "since" => return (v - 1, true),
            // "dès 2025": the accent tells it from the article "des".
            "des" if s.raw(v - 1).to_lowercase() == "dès" => {
                return (v - 1, !speaks_of_future(s));
            }
            "en" | "in" | "au" | "on" | "le" | "les" | "du" | "by" | "from" | "until" | "of"
            | "during" | "durant" | "pendant" | "courant" => {
                return (v - 1, false);
            }
            _ => {}
        }
    }
    (v, false)
}
