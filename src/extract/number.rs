//! Figures in a sentence: digits in French and English formats (`10.000`, `11 000`,
//! `2,7 millions`, `12,000`, `3.5 million`; the decimal mark follows the language, so
//! `4,800` is 4.8 in French and `4.800` 4.8 in English), signs (`-1,8`, `minus 5`),
//! fractions (`3/4`, `2 1/4`, `½`), ratios (`one in five`, `1 sur 3`), powers (`1e10`,
//! `2.5^-1`), numbers in words (fractions and decimals too: `trois quarts`, `two point
//! five`), scale words (`lakh`, `crore` too) and dozens; and the numbers that are not
//! figures (identifiers, ordinals, footnote markers, phone numbers, IP addresses).

use super::numwords::{parse_number, parse_scale};
use crate::Lang;
use crate::text::{TokKind, Token};

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// First token (index into the sentence's tokens).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The value, scale included.
    pub value: f64,
    /// Whether it was written in digits.
    pub digits: bool,
    /// Whether it is a bare four-digit integer that may be a year.
    pub year_like: bool,
    /// Whether it is a plain integer without separators, scale or decimals.
    pub plain_int: bool,
    /// Whether it is a ratio of two figures, a share of a whole: "one in five", "4
    /// Français sur 10" (not a quotient: "2000 over 3").
    pub ratio: bool,
}

/// Separators between digit groups. `text` is the whole source (tokens index into it).
fn gap<'a>(text: &'a str, a: &Token, b: &Token) -> &'a str {
    &text[a.span.end..b.span.start]
}

fn is_group_space(g: &str) -> bool {
    let mut chars = g.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'), None)
    )
}

/// Currency codes that may be glued to an amount ("USD115", "115EUR").
const CURRENCY_CODES: &[&str] = &[
    "usd", "eur", "gbp", "chf", "jpy", "cny", "rmb", "cad", "aud", "inr", "rub", "uah", "元",
];

/// Ordinal suffixes glued to digits ("1er", "3e", "21st").
const ORDINAL_SUFFIXES: &[&str] = &[
    "e", "er", "ere", "eme", "emes", "es", "st", "nd", "rd", "th", "d", "o",
];

/// Reads every figure in `toks` (one sentence). Tokens must index into `text`.
pub fn figures(text: &str, toks: &[Token], lang: Lang) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if let Some(f) = noun_ratio_at(text, toks, i, lang) {
            i = f.end;
            out.push(f);
            continue;
        }
        let found = match t.kind {
            // A number with a leading zero ("0958", "01") is a code, not a figure.
            TokKind::Num
                if t.norm.len() >= 2
                    && t.norm.starts_with('0')
                    && !toks
                        .get(i + 1)
                        .is_some_and(|p| p.glued() && matches!(p.norm.as_str(), "." | ",")) =>
            {
                None
            }
            TokKind::Num => digits_at(text, toks, i, lang),
            TokKind::Word => {
                // "nought" of "three-nought-four" once "three" is read.
                let after_figure = out.last().is_some_and(|f: &Figure| f.end + 1 == i);
                words_at(text, toks, i, lang, after_figure)
            }
            TokKind::Punct => leading_decimal_at(toks, i, lang).or_else(|| {
                vulgar_fraction(&t.norm).map(|value| Figure {
                    start: i,
                    end: i + 1,
                    value,
                    digits: true,
                    year_like: false,
                    plain_int: false,
                    ratio: false,
                })
            }),
            _ => None,
        };
        match found {
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => {
                i += 1;
                // A rejected number takes its decimals and groups with it ("49.3").
                if t.kind == TokKind::Num {
                    while i + 1 < toks.len()
                        && toks[i].glued()
                        && matches!(toks[i].norm.as_str(), "." | ",")
                        && toks[i + 1].kind == TokKind::Num
                        && toks[i + 1].glued()
                    {
                        i += 2;
                    }
                }
            }
        }
    }
    combine(toks, lang, &mut out);
    out
}

/// "un Français sur cinq", "deux salariés sur trois", "one child in four": a ratio with
/// the noun it counts between its terms, at token `i`. Not "un débat sur trois thèmes",
/// where a plural noun after the second number makes "sur" a preposition, nor "un plan
/// sur cinq ans".
fn noun_ratio_at(text: &str, toks: &[Token], i: usize, lang: Lang) -> Option<Figure> {
    let connector = match lang {
        Lang::Fr => "sur",
        Lang::En => "in",
    };
    if toks.get(i + 2)?.norm != connector {
        return None;
    }
    let whole = |k: usize| -> Option<(f64, usize)> {
        let t = toks.get(k)?;
        // Digits alone ("1 Français sur 5"), not a group or a decimal.
        if t.kind == TokKind::Num {
            let alone = toks.get(k + 1).is_none_or(|n| !n.glued());
            let value: f64 = t.norm.parse().ok()?;
            return (alone && value >= 1.0).then_some((value, k + 1));
        }
        let n = parse_number(&text[t.span.start..], lang)?;
        let stop = t.span.start + n.len;
        let end = (k..toks.len())
            .take_while(|&j| toks[j].span.end <= stop)
            .count()
            + k;
        (n.value >= 1.0 && n.value.fract() == 0.0 && end > k).then_some((n.value, end))
    };
    let (a, a_end) = whole(i)?;
    let noun = toks.get(i + 1)?;
    if a_end != i + 1
        || noun.kind != TokKind::Word
        || parse_number(&text[noun.span.start..], lang).is_some()
        || parse_scale(&text[noun.span.start..], lang).is_some()
    {
        return None;
    }
    let (b, end) = whole(i + 3)?;
    // "$ 3 million in 2008", "un accord sur 2025": a year, not a whole.
    let year = toks[i + 3].kind == TokKind::Num && (1000.0..=2100.0).contains(&b);
    let after = toks.get(end);
    // English verbs take an "s" there ("one child in four lives"): French only.
    let plural_after = lang == Lang::Fr
        && after.is_some_and(|t| {
            let raw = &text[t.span.clone()];
            t.kind == TokKind::Word
                && raw.starts_with(|c: char| c.is_lowercase())
                && raw.len() > 3
                && (raw.ends_with('s') || raw.ends_with('x'))
        });
    let time_after = after.is_some_and(|t| is_time_word(&t.norm));
    (b > a && !year && !plural_after && !time_after).then_some(Figure {
        start: i,
        end,
        value: a / b,
        digits: false,
        year_like: false,
        plain_int: false,
        ratio: true,
    })
}

/// Whether a currency symbol comes before the figure at `i`, or before the first figure
/// of a range it ends ("$5-10m").
fn currency_before(toks: &[Token], i: usize) -> bool {
    let mut j = i;
    if j >= 2 && toks[j - 1].is_punct('-') && toks[j].glued() && toks[j - 1].glued() {
        j -= 1;
        while j > 0
            && toks[j].glued()
            && (toks[j - 1].kind == TokKind::Num
                || toks[j - 1].is_punct('.')
                || toks[j - 1].is_punct(','))
        {
            j -= 1;
        }
    }
    j > 0 && matches!(toks[j - 1].norm.as_str(), "$" | "£" | "€")
}

/// Whether the noun at `at` counts the figure before it, as in "15.5m people",
/// "2m doses": millions of what news counts in millions (people, homes, jobs, doses).
/// After a decimal ("15.5m voters") any plural will do, as a length of one and a half
/// metres rarely heads a plural; after a whole number only the nouns below, as "10m
/// waves", "100m hurdles" and "3m walls" are lengths.
fn counted_after(text: &str, toks: &[Token], at: usize, decimal: bool) -> bool {
    toks.get(at).is_some_and(|t| {
        let raw = &text[t.span.clone()];
        t.kind == TokKind::Word
            && !t.glued()
            && raw.starts_with(|c: char| c.is_ascii_lowercase())
            && (COUNTED_IN_MILLIONS.contains(&raw)
                || decimal && raw.len() > 3 && raw.ends_with('s') && !raw.ends_with("ss"))
    })
}

/// Nouns that news counts in millions (see [`counted_after`]).
const COUNTED_IN_MILLIONS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "adults",
    "residents",
    "inhabitants",
    "voters",
    "workers",
    "employees",
    "users",
    "customers",
    "subscribers",
    "viewers",
    "visitors",
    "tourists",
    "passengers",
    "patients",
    "students",
    "pupils",
    "refugees",
    "migrants",
    "households",
    "families",
    "homes",
    "houses",
    "jobs",
    "doses",
    "vaccinations",
    "cases",
    "deaths",
    "barrels",
    "tonnes",
    "tons",
    "copies",
    "downloads",
    "signatures",
];

/// Unicode fractions ("½", "¾").
fn vulgar_fraction(c: &str) -> Option<f64> {
    Some(match c {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// Words that make a ratio of two figures: "one in five", "2 out of 3", "un sur trois".
/// Returns how many tokens the connector takes at `at`.
fn ratio_connector(toks: &[Token], at: usize, lang: Lang) -> Option<usize> {
    let w = |k: usize| toks.get(at + k).map_or("", |t| t.norm.as_str());
    let len = match (lang, w(0), w(1)) {
        (Lang::En, "out", "of") => 2,
        (Lang::En, "over" | "in", _) | (Lang::Fr, "sur", _) => 1,
        _ => return None,
    };
    let next = toks.get(at + len)?;
    let number_next = next.kind == TokKind::Num
        || next.kind == TokKind::Word && parse_number(&next.norm, lang).is_some();
    number_next.then_some(len)
}

/// Units of time: after them a figure counts a span, not a share ("5 in 12 hours").
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "seconds"
            | "minute"
            | "minutes"
            | "hour"
            | "hours"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "seconde"
            | "secondes"
            | "heure"
            | "heures"
            | "jour"
            | "jours"
            | "semaine"
            | "semaines"
            | "mois"
            | "an"
            | "ans"
            | "annee"
            | "annees"
    )
}

/// "minus", "negative", "négatif": a sign in words before a figure.
fn is_minus_word(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => matches!(w, "minus" | "negative"),
        Lang::Fr => matches!(w, "negatif" | "negative"),
    }
}

/// Joins figures that make one value: a ratio ("one in five" is 0.2, "1 sur 3") and a
/// sign in words ("minus 5", "negative one").
fn combine(toks: &[Token], lang: Lang, out: &mut Vec<Figure>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let ratio = ratio_connector(toks, a.end, lang)
            .filter(|&len| a.end + len == b.start)
            .is_some_and(|_| {
                let over = toks[a.end].norm == "over";
                // "$2000 over 3 years", "5 in 12 hours" are time spans; "1 in 2024" a year.
                let noun_after = toks
                    .get(b.end)
                    .is_some_and(|t| t.kind == TokKind::Word && t.norm.len() > 2);
                let time_after = toks.get(b.end).is_some_and(|t| is_time_word(&t.norm));
                b.value > 0.0
                    && !b.year_like
                    && !time_after
                    && (over || a.value <= b.value)
                    && !(over && noun_after)
            });
        if ratio {
            let over = toks[a.end].norm == "over";
            let b = out.remove(i + 1);
            out[i].ratio = !over;
            out[i].value /= b.value;
            out[i].end = b.end;
            out[i].plain_int = false;
            out[i].year_like = false;
        }
        i += 1;
    }
    for f in out.iter_mut() {
        if f.start > 0 && is_minus_word(&toks[f.start - 1].norm, lang) && f.value > 0.0 {
            f.start -= 1;
            f.value = -f.value;
            f.plain_int = false;
            f.year_like = false;
        }
    }
}

/// Whether the digits at `i` belong to an identifier ("KN-23", "G20", "Kh-47M2",
/// "COVID-19", "5G"), an ordinal ("1er") or a time ("19h30").
pub fn is_identifier_digits(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let glued_word_before = i > 0
        && t.glued()
        && toks[i - 1].kind == TokKind::Word
        && !CURRENCY_CODES.contains(&toks[i - 1].norm.as_str());
    // "5k-20k": the word before the hyphen is a scale glued to digits, not a code.
    let scale_before = i > 2 && toks[i - 2].glued() && toks[i - 3].kind == TokKind::Num;
    let hyphen_code = i > 1
        && t.glued()
        && toks[i - 1].is_punct('-')
        && toks[i - 1].glued()
        && toks[i - 2].kind == TokKind::Word
        && !scale_before;
    // "scp2-173": a hyphen after digits glued to a word.
    let digit_hyphen_code = i > 2
        && t.glued()
        && toks[i - 1].is_punct('-')
        && toks[i - 1].glued()
        && toks[i - 2].kind == TokKind::Num
        && toks[i - 2].glued()
        && toks[i - 3].kind == TokKind::Word;
    let glued_digit_code = i > 1
        && t.glued()
        && toks[i - 1].kind == TokKind::Word
        && toks[i - 1].glued()
        && toks[i - 2].kind == TokKind::Num;
    glued_word_before || hyphen_code || glued_digit_code || digit_hyphen_code
}

/// Whether the digits at `i` are part of a time of day ("10:30", "14 h 30") or a
/// phone number ("01 23 45 67 89", "+33 6 12 34 56 78").
fn is_time_or_phone(text: &str, toks: &[Token], i: usize) -> bool {
    let num = |j: usize| toks.get(j).is_some_and(|t| t.kind == TokKind::Num);
    let glued_colon = |j: usize| toks.get(j).is_some_and(|t| t.is_punct(':') && t.glued());
    // "10:30", "10:30:15".
    if glued_colon(i + 1) && num(i + 2) && toks[i + 2].glued()
        || i >= 2 && glued_colon(i - 1) && num(i - 2) && toks[i].glued()
    {
        return true;
    }
    // An IP address: four groups of up to three digits joined by dots.
    let dot_link = |a: usize| {
        toks.get(a + 1)
            .is_some_and(|d| d.is_punct('.') && d.glued())
            && toks
                .get(a + 2)
                .is_some_and(|n| n.kind == TokKind::Num && n.glued() && n.norm.len() <= 3)
    };
    let mut first = i;
    while first >= 2 && dot_link(first - 2) {
        first -= 2;
    }
    let mut last = i;
    while dot_link(last) {
        last += 2;
    }
    if (last - first) / 2 + 1 == 4 && toks[first].norm.len() <= 3 {
        return true;
    }
    // Three or more digit groups joined by hyphens: "1-800-555-0199", "222-2222-2222".
    let hyphen_link = |a: usize| {
        toks.get(a + 1)
            .is_some_and(|h| h.is_punct('-') && h.glued())
            && toks
                .get(a + 2)
                .is_some_and(|n| n.kind == TokKind::Num && n.glued())
    };
    let mut first = i;
    while first >= 2 && hyphen_link(first - 2) {
        first -= 2;
    }
    let mut last = i;
    while hyphen_link(last) {
        last += 2;
    }
    if (last - first) / 2 + 1 >= 3 {
        return true;
    }
    // Runs of four or more two-digit groups, or a leading "+".
    let two = |j: usize| num(j) && toks[j].norm.len() == 2;
    let mut start = i;
    while start > 0
        && two(start - 1)
        && toks[start].space_before
        && gap_is_space_or_dot(text, &toks[start - 1], &toks[start])
    {
        start -= 1;
    }
    let mut end = i;
    while two(end + 1) && gap_is_space_or_dot(text, &toks[end], &toks[end + 1]) {
        end += 1;
    }
    if end - start + 1 >= 4 && (start..=end).all(|j| toks[j].norm.len() <= 2) {
        return true;
    }
    // "+44 20 7946 0958": everything after a leading "+" up to the last digit group.
    // Groups may be joined by hyphens: "+1-222-2222".
    let mut k = i;
    loop {
        if k > 0 && num(k - 1) && toks[k].space_before {
            k -= 1;
        } else if k > 1 && toks[k - 1].is_punct('-') && toks[k].glued() && num(k - 2) {
            k -= 2;
        } else {
            break;
        }
    }
    k > 0 && toks[k - 1].is_punct('+')
}

fn gap_is_space_or_dot(text: &str, a: &Token, b: &Token) -> bool {
    matches!(&text[a.span.end..b.span.start], " " | "." | "\u{a0}" | "-")
}

/// Whether a reference word stands before the figure at `i` ("article 5", "page 12",
/// "n° 456", "No. 12"), also across the figures it is glued to ("n° 2024-123": the 123
/// too).
fn reference_before(toks: &[Token], i: usize) -> bool {
    let mut k = i;
    while k >= 2
        && toks[k].glued()
        && toks[k - 1].glued()
        && matches!(toks[k - 1].norm.as_str(), "-" | "/")
        && toks[k - 2].kind == TokKind::Num
    {
        k -= 2;
    }
    let Some(mut j) = k.checked_sub(1) else {
        return false;
    };
    // "n°", "nº", "No.": the mark glued to the word.
    if j > 0 && toks[j].glued() && matches!(toks[j].norm.as_str(), "°" | "º" | ".") {
        j -= 1;
    }
    matches!(
        toks[j].norm.as_str(),
        "article"
            | "articles"
            | "art"
            | "section"
            | "chapter"
            | "chapitre"
            | "page"
            | "p"
            | "paragraph"
            | "paragraphe"
            | "alinea"
            | "amendement"
            | "amendment"
            | "resolution"
            | "no"
            | "n"
            | "numero"
            | "number"
            | "route"
            | "highway"
            | "ligne"
            | "line"
            | "tome"
            | "flight"
            | "room"
            | "salle"
            | "bus"
            | "platform"
            | "quai"
            | "version"
    )
}

fn digits_at(text: &str, toks: &[Token], i: usize, lang: Lang) -> Option<Figure> {
    if is_identifier_digits(toks, i) || is_time_or_phone(text, toks, i) {
        return None;
    }
    let first = &toks[i];
    let mut int = first.norm.clone();
    let mut frac = String::new();
    let mut end = i + 1;
    let mut grouped = false;
    // The separator grouping thousands so far: " ", "." or ",".
    let mut group_sep: Option<&str> = None;
    // Thousands groups: "11 000", "10.000", "12,000", "1 234 567".
    while let Some(next) = toks.get(end) {
        let first_group_ok = grouped || first.norm.len() <= 3;
        // "50 122mm rockets", "20 155 mm shells": a count, then a calibre, not 50,122 mm
        // ("1 200 mm de pluie" stays 1,200 mm).
        let calibre = toks.get(end + 1).is_some_and(|u| u.norm == "mm")
            && toks
                .get(end + 2)
                .is_some_and(|w| is_gun_or_ammunition(&w.norm));
        if next.kind == TokKind::Num
            && next.norm.len() == 3
            && first_group_ok
            && matches!(group_sep, None | Some(" "))
            && is_group_space(gap(text, &toks[end - 1], next))
            && !calibre
        {
            int.push_str(&next.norm);
            end += 1;
            grouped = true;
            group_sep = Some(" ");
            continue;
        }
        let is_sep =
            next.kind == TokKind::Punct && next.glued() && matches!(next.norm.as_str(), "." | ",");
        let Some(after) = toks
            .get(end + 1)
            .filter(|a| is_sep && a.kind == TokKind::Num && a.glued())
        else {
            break;
        };
        let sep = next.norm.as_str();
        let more_groups = toks
            .get(end + 2)
            .is_some_and(|p| p.glued() && p.norm == sep)
            && toks
                .get(end + 3)
                .is_some_and(|n| n.kind == TokKind::Num && n.norm.len() == 3 && n.glued());
        // The decimal mark of the language ("4,800" is 4.8 in French, "4.800" in
        // English) groups thousands only when it repeats ("1,234,567"); the other mark
        // groups them ("10.000", "12,000") until a number has used one of them.
        let decimal_mark = match lang {
            Lang::Fr => ",",
            Lang::En => ".",
        };
        // "1.111,11" in English: the other mark follows, so this one groups.
        let other_after = group_sep.is_none()
            && more_groups_sep(toks, end + 2, if sep == "." { "," } else { "." });
        let thousands = after.norm.len() == 3
            && first_group_ok
            && first.norm != "0"
            && match group_sep {
                Some(g) => g == sep,
                None => more_groups || other_after || sep != decimal_mark,
            };
        if thousands {
            int.push_str(&after.norm);
            end += 2;
            grouped = true;
            group_sep = Some(sep);
            continue;
        }
        // Indian grouping: "12,34,567.89" (twelve lakh …); the full pattern is checked.
        if sep == "," && !grouped && first.norm.len() <= 2 && after.norm.len() == 2 {
            let group = |j: usize, len: usize| {
                toks.get(j).is_some_and(|c| c.glued() && c.is_punct(','))
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.glued() && n.kind == TokKind::Num && n.norm.len() == len)
            };
            let mut j = end;
            while group(j, 2) {
                j += 2;
            }
            if group(j, 3) {
                for k in (end..=j).step_by(2) {
                    int.push_str(&toks[k + 1].norm);
                }
                end = j + 2;
                grouped = true;
                group_sep = Some(",");
                continue;
            }
        }
        // A list of figures separated by commas ("nrs. 22,24,26") has no decimals.
        let list = sep == ","
            && (more_groups_sep(toks, end + 2, ",")
                || i >= 2
                    && toks[i].glued()
                    && toks[i - 1].is_punct(',')
                    && toks[i - 2].kind == TokKind::Num);
        if list {
            break;
        }
        if frac.is_empty() {
            frac = after.norm.clone();
            end += 2;
        }
        break;
    }
    let mut value: f64 = format!("{int}.{}", if frac.is_empty() { "0" } else { &frac })
        .parse()
        .ok()?;
    // Powers: "1.1^23", "2.5^-1", "1.3x10^6".
    if let Some((power, after)) = power_at(toks, end) {
        value = value.powf(power);
        end = after;
        grouped = true;
    } else if let Some((power, after)) = toks
        .get(end)
        .filter(|x| x.glued() && x.norm == "x")
        .and_then(|_| toks.get(end + 1))
        .filter(|ten| ten.glued() && ten.norm == "10")
        .and_then(|_| power_at(toks, end + 2))
    {
        value *= 10f64.powf(power);
        end = after;
        grouped = true;
    }
    // Scientific notation: "1e10", "1.3e6", "12.32e+14", "-12e-1".
    if let Some((power, after)) = exponent_at(toks, end) {
        value = format!("{value}e{power}").parse().ok()?;
        end = after;
        grouped = true;
    }
    // Glued suffixes: an ordinal or a code ("1er", "5G", "19h30") is not a figure,
    // a glued unit ("10km", "122mm", "5k") is.
    if let Some(next) = toks
        .get(end)
        .filter(|n| n.glued() && n.kind == TokKind::Word)
    {
        if ORDINAL_SUFFIXES.contains(&next.norm.as_str()) {
            return None;
        }
        let is_scale = parse_scale(&text[next.span.start..], lang).is_some();
        // "40C", "104F", "2.5pc": English news glues degrees and per cent to the figure.
        let degrees = lang == Lang::En && matches!(&text[next.span.clone()], "C" | "F" | "pc");
        let is_unit = matches!(
            next.norm.as_str(),
            "km" | "mm"
                | "cm"
                | "dm"
                | "kg"
                | "mg"
                | "t"
                | "m"
                | "ha"
                | "mw"
                | "gw"
                | "l"
                | "ml"
                | "lb"
                | "lbs"
                | "oz"
                | "ft"
                | "in"
                | "mi"
                | "kph"
                | "kmph"
                | "mph"
                | "rad"
        );
        if !is_scale && !is_unit && !degrees && !CURRENCY_CODES.contains(&next.norm.as_str()) {
            return None;
        }
    }
    // "l'article 49.3", "résolution 2231", "page 12": references, not figures. In
    // French a dot before one or two digits is no decimal mark either ("le 49.3").
    let reference = reference_before(toks, i);
    // "0.8" and "5.00" are decimals though: no reference numbers from zero or ends in
    // zeros.
    let french_dot = lang == Lang::Fr
        && !frac.is_empty()
        && !grouped
        && first.norm != "0"
        && !frac.chars().all(|c| c == '0')
        && toks.get(i + 1).is_some_and(|t| t.is_punct('.'));
    if reference || french_dot {
        return None;
    }
    let plain_int = !grouped && frac.is_empty();
    let year_like = plain_int && int.len() == 4 && (1800.0..=2100.0).contains(&value);
    // Scale words: "2,7 millions", "3.5 billion", "2 millions et demi"; English "m" after
    // a currency symbol is a million, as business news writes "£3.5m" ("1m" alone is a
    // metre).
    let mut scaled = false;
    // A whole and its part before a scale word, which scales both: "2½ million", "2 and
    // a half million" (French puts the part after: "2 millions et demi", below).
    if frac.is_empty()
        && let Some((part, after)) = part_before_scale(toks, end, lang)
        && toks
            .get(after)
            .is_some_and(|t| parse_scale(&text[t.span.start..], lang).is_some())
    {
        value += part;
        end = after;
    }
    let money_m = |next: &Token| {
        lang == Lang::En
            && next.glued()
            && next.norm == "m"
            && (currency_before(toks, i) || counted_after(text, toks, end + 1, !frac.is_empty()))
    };
    if let Some(next) = toks.get(end)
        && let Some((mult, len)) = parse_scale(&text[next.span.start..], lang)
            .or_else(|| money_m(next).then_some((1e6, next.span.end - next.span.start)))
    {
        let stop = next.span.start + len;
        let mut j = end;
        while j < toks.len() && toks[j].span.end <= stop {
            j += 1;
        }
        if j > end {
            value *= mult;
            end = j;
            scaled = true;
            if let Some((part, after)) = part_after(text, toks, end, lang) {
                value += mult * part;
                end = after;
            } else if let Some((w, n)) = toks
                .get(end + 1)
                .filter(|w| {
                    matches!(toks[end].norm.as_str(), "and" | "et") && w.kind == TokKind::Word
                })
                .and_then(|w| parse_number(&text[w.span.start..], lang).map(|n| (w, n)))
                // "6 crore and two hundred"; not "5 million and two children".
                .filter(|(_, n)| n.value >= 100.0 && n.value < mult && n.value.fract() == 0.0)
            {
                let stop = w.span.start + n.len;
                value += n.value;
                end += 1;
                while end < toks.len() && toks[end].span.end <= stop {
                    end += 1;
                }
            }
        }
    }
    // "3 dozen", "2 douzaines".
    if !scaled && frac.is_empty() && toks.get(end).is_some_and(|t| is_dozen(&t.norm)) {
        value *= 12.0;
        end += 1;
        scaled = true;
    }
    // "2½".
    if let Some(v) = toks
        .get(end)
        .filter(|t| t.glued() && frac.is_empty())
        .and_then(|t| vulgar_fraction(&t.norm))
    {
        value += v;
        end += 1;
        scaled = true;
    }
    // "3 hundred", "3 hundred and 21" (English).
    let hundred = match lang {
        Lang::En => "hundred",
        Lang::Fr => "cent",
    };
    // "4 thousand 3 hundred": a smaller group after a scale.
    let mut base = 0.0;
    if scaled
        && value >= 1000.0
        && let Some(n) = toks
            .get(end)
            .filter(|n| n.kind == TokKind::Num && n.norm.len() == 1 && n.space_before)
        && toks.get(end + 1).is_some_and(|t| t.norm == hundred)
    {
        base = value;
        value = n.norm.parse::<f64>().ok()?;
        end += 1;
        scaled = false;
    }
    if !scaled && toks.get(end).is_some_and(|t| t.norm == hundred) {
        value *= 100.0;
        end += 1;
        scaled = true;
        if let Some(rest) = toks
            .get(end + 1)
            // "and 0" never ends a number: "3 hundred and 0 are two numbers".
            .filter(|n| {
                toks[end].norm == "and"
                    && n.kind == TokKind::Num
                    && n.norm.len() <= 2
                    && n.norm != "0"
            })
            .filter(|_| {
                !toks
                    .get(end + 2)
                    .is_some_and(|p| p.glued() && p.kind == TokKind::Punct)
            })
            // "3 hundred and 2 hundred" are two figures.
            .filter(|_| toks.get(end + 2).is_none_or(|p| p.norm != "hundred"))
        {
            value += rest.norm.parse::<f64>().ok()?;
            end += 2;
        } else {
            // "3 hundred and one", "3 cent un".
            let at = if matches!(toks.get(end).map(|t| t.norm.as_str()), Some("and" | "et")) {
                end + 1
            } else if lang == Lang::Fr {
                end
            } else {
                usize::MAX
            };
            if let Some((w, n)) = toks
                .get(at)
                .filter(|w| w.kind == TokKind::Word)
                .and_then(|w| parse_number(&text[w.span.start..], lang).map(|n| (w, n)))
                .filter(|(_, n)| (1.0..100.0).contains(&n.value) && n.value.fract() == 0.0)
            {
                let stop = w.span.start + n.len;
                value += n.value;
                end = at;
                while end < toks.len() && toks[end].span.end <= stop {
                    end += 1;
                }
            }
        }
    }
    value += base;
    // Fractions in digits: "3/4", "2 1/4". A date ("5/17/2018") has a second slash.
    let mut fraction = false;
    let after_slash = i > 0 && toks[i].glued() && toks[i - 1].is_punct('/');
    if plain_int && !scaled && !after_slash {
        if let Some((over, after)) = slash_at(toks, end) {
            if let Some(n) = Some(value).filter(|&n| n < over) {
                value = n / over;
                end = after;
                fraction = true;
            }
        } else if let Some(t) = toks
            .get(end)
            .filter(|t| t.kind == TokKind::Num && t.space_before)
            && let Some((over, after)) = slash_at(toks, end + 1)
            && let Ok(n) = t.norm.parse::<f64>()
            && n < over
        {
            value += n / over;
            end = after;
            fraction = true;
        }
    }
    // A minus sign glued to the figure and apart from what precedes: "-1", "−3,2".
    // "<-30" too: after another sign, a hyphen is a minus.
    // "75 -300mm" is a range: a hyphen after a figure is no minus, nor after a figure's
    // symbol ("10%-15%").
    let after_symbol = i >= 3
        && toks[i - 2].glued()
        && toks[i - 2].kind == TokKind::Punct
        && toks[i - 3].kind == TokKind::Num;
    let negative = i > 0
        && (toks[i - 1].is_punct('-') || toks[i - 1].is_punct('\u{2212}'))
        && toks[i].glued()
        && !(i >= 2 && toks[i - 2].kind == TokKind::Num)
        && !after_symbol
        && (toks[i - 1].space_before
            || i >= 2 && toks[i - 2].kind == TokKind::Punct && !toks[i - 2].is_punct('-'));
    Some(Figure {
        start: if negative { i - 1 } else { i },
        end,
        value: if negative { -value } else { value },
        digits: true,
        year_like: year_like && !scaled && !fraction && !negative,
        plain_int: plain_int && !scaled && !fraction && !negative,
        ratio: false,
    })
}

/// Whether `sep` and digits follow, glued, at `at`.
fn more_groups_sep(toks: &[Token], at: usize, sep: &str) -> bool {
    toks.get(at).is_some_and(|p| p.glued() && p.norm == sep)
        && toks
            .get(at + 1)
            .is_some_and(|n| n.glued() && n.kind == TokKind::Num)
}

/// "^23", "^-1", "^+23" glued at `at`: the exponent and the index past it. Minus
/// signs count: "^--23" is "^23".
fn power_at(toks: &[Token], at: usize) -> Option<(f64, usize)> {
    toks.get(at).filter(|t| t.glued() && t.is_punct('^'))?;
    let mut k = at + 1;
    let mut sign = 1.0;
    while let Some(t) = toks
        .get(k)
        .filter(|t| t.glued() && (t.is_punct('-') || t.is_punct('+')))
    {
        if t.is_punct('-') {
            sign = -sign;
        }
        k += 1;
    }
    let n = toks
        .get(k)
        .filter(|t| t.glued() && t.kind == TokKind::Num && t.norm.len() <= 3)?;
    Some((sign * n.norm.parse::<f64>().ok()?, k + 1))
}

/// "e10", "e+14", "e-1" glued after digits at `at`: the power of ten and the index
/// past it.
fn exponent_at(toks: &[Token], at: usize) -> Option<(i32, usize)> {
    let e = toks.get(at).filter(|t| t.glued() && t.norm == "e")?;
    let _ = e;
    let (sign, k) = match toks.get(at + 1) {
        Some(t) if t.glued() && t.is_punct('+') => (1, at + 2),
        Some(t) if t.glued() && t.is_punct('-') => (-1, at + 2),
        _ => (1, at + 1),
    };
    let n = toks
        .get(k)
        .filter(|t| t.glued() && t.kind == TokKind::Num && t.norm.len() <= 3)?;
    let power: i32 = n.norm.parse().ok()?;
    Some((sign * power, k + 1))
}

/// "/4" glued at `at`, not followed by another slash: the denominator and the index
/// past it.
fn slash_at(toks: &[Token], at: usize) -> Option<(f64, usize)> {
    let slash = toks.get(at).filter(|t| t.glued() && t.is_punct('/'))?;
    let _ = slash;
    let d = toks
        .get(at + 1)
        .filter(|t| t.glued() && t.kind == TokKind::Num)?;
    if toks
        .get(at + 2)
        .is_some_and(|t| t.glued() && matches!(t.norm.as_str(), "/" | "." | ","))
    {
        return None;
    }
    let over: f64 = d.norm.parse().ok()?;
    (over > 0.0).then_some((over, at + 2))
}

/// A decimal without its leading zero: ".08" (English), ",08" (French), apart from
/// what precedes.
fn leading_decimal_at(toks: &[Token], i: usize, lang: Lang) -> Option<Figure> {
    // French writes ",25" but also, after English, a calibre ".50": a dot before digits
    // and after a space numbers nothing else.
    let mark = |t: &Token| match lang {
        Lang::En => t.is_punct('.'),
        Lang::Fr => t.is_punct(',') || t.is_punct('.'),
    };
    let t = &toks[i];
    let n = toks.get(i + 1)?;
    let apart = t.space_before && (i == 0 || toks[i - 1].kind != TokKind::Num);
    if !(mark(t) && apart && n.kind == TokKind::Num && n.glued()) {
        return None;
    }
    if toks
        .get(i + 2)
        .is_some_and(|x| x.glued() && x.kind == TokKind::Num)
    {
        return None;
    }
    let value: f64 = format!("0.{}", n.norm).parse().ok()?;
    Some(Figure {
        start: i,
        end: i + 2,
        value,
        digits: true,
        year_like: false,
        plain_int: false,
        ratio: false,
    })
}

/// "et demi", "and a half", "and a quarter", "et trois quarts" after a scale word: the
/// fraction and the token index after it.
fn part_after(text: &str, toks: &[Token], at: usize, lang: Lang) -> Option<(f64, usize)> {
    toks.get(at)
        .filter(|t| matches!(t.norm.as_str(), "et" | "and"))?;
    let next = toks.get(at + 1)?;
    if matches!(next.norm.as_str(), "demi" | "demie") {
        return Some((0.5, at + 2));
    }
    let n = parse_number(&text[next.span.start..], lang).filter(|n| n.value < 1.0)?;
    let stop = next.span.start + n.len;
    let mut j = at + 1;
    while j < toks.len() && toks[j].span.end <= stop {
        j += 1;
    }
    Some((n.value, j))
}

/// "½" glued at `at`, or English "and a half", "and a quarter": the part and the token
/// index after it.
fn part_before_scale(toks: &[Token], at: usize, lang: Lang) -> Option<(f64, usize)> {
    let t = toks.get(at)?;
    if t.glued()
        && let Some(v) = vulgar_fraction(&t.norm)
    {
        return Some((v, at + 1));
    }
    if lang != Lang::En || t.norm != "and" || toks.get(at + 1)?.norm != "a" {
        return None;
    }
    let part = match toks.get(at + 2)?.norm.as_str() {
        "half" => 0.5,
        "quarter" => 0.25,
        _ => return None,
    };
    Some((part, at + 3))
}

/// Whether a unit follows at `at` that makes a lone "one" an amount ("one dollar", "un
/// penny", "one-yen", "one mile"). Not a duration ("un an"), nor a unit that is also a
/// common noun or a letter ("un pied", "one foot in the door", "un t-shirt").
fn unit_after(toks: &[Token], at: usize) -> bool {
    let view: Vec<usize> = (at..toks.len().min(at + 4))
        .filter(|&j| !crate::lexicon::is_invisible(&toks[j]))
        .collect();
    crate::lexicon::Lexicon::builtin()
        .units
        .longest_at(toks, &view, 0)
        .is_some_and(|(len, u)| {
            let word = &toks[view[0]].norm;
            len >= 1
                && !u.ends_with("_duration")
                && !matches!(u.as_str(), "ft" | "in")
                && word.chars().count() > 1
        })
}

/// Guns and what they fire, whose calibre is written in mm ("obus de 155 mm", "122mm
/// rockets"): a calibre describes them and is no quantity.
pub fn is_gun_or_ammunition(w: &str) -> bool {
    matches!(
        w,
        "obus"
            | "shells"
            | "canon"
            | "canons"
            | "gun"
            | "guns"
            | "howitzer"
            | "howitzers"
            | "obusier"
            | "obusiers"
            | "automoteur"
            | "automoteurs"
            | "mortier"
            | "mortiers"
            | "mortar"
            | "mortars"
            | "roquette"
            | "roquettes"
            | "rocket"
            | "rockets"
            | "munitions"
            | "ammunition"
            | "rounds"
            | "balles"
            | "bullets"
            | "cartouches"
            | "projectiles"
            | "mitrailleuse"
            | "mitrailleuses"
    )
}

/// "dozen", "douzaines", "dzs".
fn is_dozen(w: &str) -> bool {
    matches!(
        w,
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" | "douzaine" | "douzaines"
    )
}

/// "a dozen", "une douzaine" (12), "half a dozen", "une demi-douzaine" (6).
fn dozen_at(toks: &[Token], i: usize) -> Option<Figure> {
    let w = |k: usize| toks.get(i + k).map_or("", |t| t.norm.as_str());
    let (value, len) = match (w(0), w(1), w(2), w(3)) {
        ("half", "a", d, _) if is_dozen(d) => (6.0, 3),
        ("une", "demi", "-", d) if is_dozen(d) => (6.0, 4),
        ("a" | "une", d, _, _) if is_dozen(d) && !d.ends_with('s') => (12.0, 2),
        _ => return None,
    };
    Some(Figure {
        start: i,
        end: i + len,
        value,
        digits: false,
        year_like: false,
        plain_int: false,
        ratio: false,
    })
}

/// "half", "moitié" standing alone: 0.5 ("more than half of voters", "plus de la
/// moitié"). Not a part of something ordered ("the second half", "l'autre moitié"), nor
/// a compound ("half-time").
fn half_at(toks: &[Token], i: usize, lang: Lang) -> Option<Figure> {
    let word = match lang {
        Lang::En => "half",
        Lang::Fr => "moitie",
    };
    if toks[i].norm != word
        || toks
            .get(i + 1)
            .is_some_and(|t| t.glued() && t.kind == TokKind::Punct)
    {
        return None;
    }
    let before = i.checked_sub(1).map_or("", |k| toks[k].norm.as_str());
    let ordered = matches!(
        before,
        "a" | "an"
            | "the"
            | "first"
            | "second"
            | "last"
            | "other"
            | "each"
            | "premiere"
            | "seconde"
            | "deuxieme"
            | "derniere"
            | "autre"
            | "chaque"
            | "une"
            | "-"
    );
    (!ordered).then_some(Figure {
        start: i,
        end: i + 1,
        value: 0.5,
        digits: false,
        year_like: false,
        plain_int: false,
        ratio: false,
    })
}

/// Whether the word at `i` and the one before its hyphen both name a digit ("nought"
/// and "four" in "three-nought-four"), which no number composes.
fn digit_after_digit(text: &str, toks: &[Token], i: usize, lang: Lang) -> bool {
    let digit = |k: usize| {
        let t = &toks[k];
        t.kind == TokKind::Word
            && crate::extract::numwords::parse_cardinal(&text[t.span.clone()], lang)
                .is_some_and(|n| n.len == t.span.len() && n.value < 10.0 && n.value.fract() == 0.0)
    };
    i >= 2 && toks[i - 1].glued() && digit(i - 2) && digit(i)
}

/// The number in words at token `i`; `after_figure` when a figure ends right before
/// the token before it.
fn words_at(
    text: &str,
    toks: &[Token],
    i: usize,
    lang: Lang,
    after_figure: bool,
) -> Option<Figure> {
    if let Some(f) = dozen_at(toks, i) {
        return Some(f);
    }
    let t = &toks[i];
    // Inside a hyphenated word ("vingt" of "quatre-vingt") a number was read already;
    // but digits said one by one ("three-nought-four") are each one, once the first is
    // ("one-two punch" is no count).
    if i > 0
        && t.glued()
        && toks[i - 1].is_punct('-')
        && !(after_figure && digit_after_digit(text, toks, i, lang))
    {
        return None;
    }
    let Some(n) = parse_number(&text[t.span.start..], lang) else {
        return half_at(toks, i, lang);
    };
    let stop = t.span.start + n.len;
    let mut end = i;
    while end < toks.len() && toks[end].span.end <= stop {
        end += 1;
    }
    if end == i {
        return None;
    }
    // A lone "un"/"une"/"one" is an article more often than a count, and "les deux
    // pays", "the two sides" refer back rather than count.
    let signed = i > 0 && is_minus_word(&toks[i - 1].norm, lang);
    if n.value == 1.0
        && end == i + 1
        && !signed
        && ratio_connector(toks, end, lang).is_none()
        && !unit_after(toks, end)
    {
        return None;
    }
    let definite = i > 0
        && matches!(
            toks[i - 1].norm.as_str(),
            "les"
                | "aux"
                | "des"
                | "the"
                | "ces"
                | "ses"
                | "leurs"
                | "nos"
                | "these"
                | "those"
                | "both"
                | "its"
                | "their"
        );
    // "the six-mile trip": a number in a compound measures, it does not refer back.
    let compound = toks.get(end).is_some_and(|h| h.is_punct('-') && h.glued())
        && toks
            .get(end + 1)
            .is_some_and(|w| w.glued() && w.kind == TokKind::Word);
    if definite && n.value < 10.0 && !compound {
        return None;
    }
    let mut value = n.value;
    // "two dozen", "deux douzaines".
    if toks.get(end).is_some_and(|t| is_dozen(&t.norm)) {
        value *= 12.0;
        end += 1;
    }
    if let Some(next) = toks.get(end)
        && let Some((mult, len)) = parse_scale(&text[next.span.start..], lang)
    {
        let stop = next.span.start + len;
        let mut j = end;
        while j < toks.len() && toks[j].span.end <= stop {
            j += 1;
        }
        if j > end && value < 1000.0 {
            value *= mult;
            end = j;
        }
    }
    Some(Figure {
        start: i,
        end,
        value,
        digits: false,
        year_like: false,
        plain_int: false,
        ratio: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn read(text: &str, lang: Lang) -> Vec<f64> {
        let toks = tokenize(text, 0);
        figures(text, &toks, lang).iter().map(|f| f.value).collect()
    }

    #[test]
    fn french_thousands_separators() {
        assert_eq!(read("10.000 soldats", Lang::Fr), [10000.0]);
        assert_eq!(read("11\u{a0}000 soldats", Lang::Fr), [11000.0]);
        assert_eq!(read("11 000 soldats", Lang::Fr), [11000.0]);
        assert_eq!(read("1\u{202f}234\u{202f}567 €", Lang::Fr), [1234567.0]);
        // Nor before a calibre: a count of guns or shells, then their calibre.
        assert_eq!(
            read("ils ont livré 20 155 mm automoteurs", Lang::Fr),
            [20.0, 155.0]
        );
        assert_eq!(read("1 200 mm de pluie", Lang::Fr), [1200.0]);
        assert_eq!(read("50 122mm rockets", Lang::En), [50.0, 122.0]);
        assert_eq!(read("20 155 mm howitzers", Lang::En), [20.0, 155.0]);
        assert_eq!(read("12 000 people", Lang::En), [12000.0]);
    }

    #[test]
    fn french_decimal_comma_with_scale() {
        assert_eq!(read("2,7 millions d'obus", Lang::Fr), [2_700_000.0]);
        assert_eq!(read("1,2 milliard", Lang::Fr), [1_200_000_000.0]);
        assert_eq!(read("2 millions et demi", Lang::Fr), [2_500_000.0]);
    }

    #[test]
    fn english_formats() {
        assert_eq!(read("12,000 people", Lang::En), [12000.0]);
        assert_eq!(read("3.5 million", Lang::En), [3_500_000.0]);
        assert_eq!(read("1.5 billion", Lang::En), [1_500_000_000.0]);
        assert_eq!(read("1,089 and 1,098", Lang::En), [1089.0, 1098.0]);
        assert_eq!(read("rates of 4.125%", Lang::En), [4.125]);
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(read("vingt-cinq mille soldats", Lang::Fr), [25000.0]);
        assert_eq!(read("twenty-five thousand troops", Lang::En), [25000.0]);
        assert_eq!(read("quatre-vingt-dix blessés", Lang::Fr), [90.0]);
        assert_eq!(read("ninety wounded", Lang::En), [90.0]);
        assert_eq!(read("soixante-dix morts", Lang::Fr), [70.0]);
        assert_eq!(read("seventy dead", Lang::En), [70.0]);
        assert_eq!(read("soixante-dix mille réfugiés", Lang::Fr), [70000.0]);
        assert_eq!(read("ninety thousand refugees", Lang::En), [90000.0]);
        assert_eq!(read("un destroyer", Lang::Fr), Vec::<f64>::new());
    }

    #[test]
    fn identifiers_ordinals_and_times_are_not_figures() {
        for text in [
            "missiles KN-23",
            "Kh-47M2 Kinjal",
            "le G20",
            "COVID-19",
            "la 5G",
            "le 1er mai",
            "Su-34",
            "à 19h30",
        ] {
            assert_eq!(read(text, Lang::Fr), Vec::<f64>::new(), "{text}");
        }
        for text in [
            "Shahed-136 drones",
            "KN-23 missiles",
            "Kh-47M2 Kinzhal",
            "F-16 jets",
            "Su-34 bombers",
            "COVID-19",
            "the G20",
            "at 7:30",
        ] {
            assert_eq!(read(text, Lang::En), Vec::<f64>::new(), "{text}");
        }
        // A glued unit keeps its figure: "10km", "0.8rad".
        assert_eq!(
            read("a 10km run, an angle of 0.8rad", Lang::En),
            [10.0, 0.8]
        );
        assert_eq!(read("un angle de 0,8rad", Lang::Fr), [0.8]);
    }

    #[test]
    fn ordinals_are_kept_apart_in_both_languages() {
        assert_eq!(
            read("la 3e division, le 21e siècle", Lang::Fr),
            Vec::<f64>::new()
        );
        assert_eq!(
            read("the 21st century, his 3rd term", Lang::En),
            Vec::<f64>::new()
        );
        assert_eq!(read("le vingt-deuxième jour", Lang::Fr), Vec::<f64>::new());
        assert_eq!(read("the twenty-second day", Lang::En), Vec::<f64>::new());
    }

    #[test]
    fn times_of_day_and_phone_numbers_are_not_figures() {
        assert_eq!(read("à 10:30 ce matin", Lang::Fr), Vec::<f64>::new());
        assert_eq!(
            read("appelez le 01 23 45 67 89", Lang::Fr),
            Vec::<f64>::new()
        );
        assert_eq!(
            read("call +44 20 7946 0958 now", Lang::En),
            Vec::<f64>::new()
        );
        assert_eq!(read("les 12 34 soldats", Lang::Fr), [12.0, 34.0]);
        assert_eq!(read("call 1-800-555-0199", Lang::En), Vec::<f64>::new());
        assert_eq!(read("le serveur 192.168.1.2", Lang::Fr), Vec::<f64>::new());
        assert_eq!(read("server 192.168.1.2", Lang::En), Vec::<f64>::new());
        assert_eq!(read("de 10-15 soldats", Lang::Fr), [10.0, 15.0]);
    }

    #[test]
    fn references_are_not_figures() {
        assert_eq!(
            read("l'article 49.3 de la Constitution", Lang::Fr),
            Vec::<f64>::new()
        );
        assert_eq!(read("see page 12", Lang::En), Vec::<f64>::new());
        assert_eq!(read("voir page 12", Lang::Fr), Vec::<f64>::new());
        assert_eq!(read("le décret n° 456", Lang::Fr), Vec::<f64>::new());
        assert_eq!(read("la loi n°2024-123 du", Lang::Fr), Vec::<f64>::new());
        assert_eq!(read("under law No. 2024-123", Lang::En), Vec::<f64>::new());
        assert_eq!(read("p. 12 of the report", Lang::En), Vec::<f64>::new());
        // Not across a sentence's end, nor in a range after a word that is none.
        assert_eq!(read("in 2019. 300 people", Lang::En), [2019.0, 300.0]);
        assert_eq!(read("de 10-15 soldats", Lang::Fr), [10.0, 15.0]);
        assert_eq!(
            read("under article 5 of the treaty", Lang::En),
            Vec::<f64>::new()
        );
        // No reference starts at zero or ends in zeros: a French "0.8" or "5.00" is a
        // decimal written the English way, and so is a calibre ".50".
        assert_eq!(read("un angle de 0.8 radian", Lang::Fr), [0.8]);
        assert_eq!(read("écrire 5.00 ou 5,00", Lang::Fr), [5.0, 5.0]);
        assert_eq!(read("une mitrailleuse de calibre .50", Lang::Fr), [0.5]);
        assert_eq!(read("le 49.3", Lang::Fr), Vec::<f64>::new());
    }

    #[test]
    fn a_year_next_to_a_count_does_not_join_it() {
        let toks = tokenize("en 2024 300 soldats", 0);
        let f = figures("en 2024 300 soldats", &toks, Lang::Fr);
        assert_eq!(f.len(), 2);
        assert!(f[0].year_like);
    }

    #[test]
    fn the_decimal_mark_follows_the_language() {
        assert_eq!(read("4,800", Lang::Fr), [4.8]);
        assert_eq!(read("4.800", Lang::En), [4.8]);
        assert_eq!(read("1.111,11", Lang::Fr), [1111.11]);
        assert_eq!(read("1,234,567.89", Lang::En), [1234567.89]);
        // Commas in a list separate figures.
        assert_eq!(read("nrs. 22,24,26", Lang::En), [22.0, 24.0, 26.0]);
        assert_eq!(read("une baisse de ,08", Lang::Fr), [0.08]);
        assert_eq!(read("a rate of .08", Lang::En), [0.08]);
    }

    #[test]
    fn negative_figures() {
        assert_eq!(read("un solde de -1,8", Lang::Fr), [-1.8]);
        assert_eq!(read("it fell to -4.5", Lang::En), [-4.5]);
        // A hyphen inside a code or a range is no minus sign.
        assert_eq!(read("F-16", Lang::En), Vec::<f64>::new());
        assert_eq!(read("10-15", Lang::Fr), [10.0, 15.0]);
        assert_eq!(read("prices rose 10%-15%", Lang::En), [10.0, 15.0]);
        assert_eq!(read("x<-30", Lang::En), [-30.0]);
    }

    #[test]
    fn fractions_in_digits() {
        assert_eq!(read("3/4", Lang::En), [0.75]);
        assert_eq!(read("2 1/4", Lang::En), [2.25]);
        assert_eq!(read("les 3/4 des élus", Lang::Fr), [0.75]);
        // A date has a second slash; an improper pair is no fraction.
        assert_eq!(read("5/17/2018", Lang::En), [5.0, 17.0, 2018.0]);
        assert_eq!(read("24/7", Lang::En), [24.0, 7.0]);
    }

    #[test]
    fn scientific_notation_and_english_abbreviations() {
        assert_eq!(read("1.3e6", Lang::En), [1.3e6]);
        assert_eq!(read("-12e-1", Lang::En), [-1.2]);
        assert_eq!(read("$1.2b", Lang::En), [1.2e9]);
        assert_eq!(read("10 bln", Lang::En), [1e10]);
        assert_eq!(read("3 hundred and 21 yuan", Lang::En), [321.0]);
        // "3e" is an ordinal in French.
        assert_eq!(read("le 3e régiment", Lang::Fr), Vec::<f64>::new());
    }

    #[test]
    fn words_read_fractions_and_decimals() {
        assert_eq!(read("trois quarts des élèves", Lang::Fr), [0.75]);
        assert_eq!(read("two point five million", Lang::En), [2.5e6]);
        assert_eq!(read("three dozen eggs", Lang::En), [36.0]);
    }

    #[test]
    fn ratios_and_signs_in_words() {
        assert_eq!(read("un sur trois", Lang::Fr), [1.0 / 3.0]);
        assert_eq!(read("1 in 5 adults", Lang::En), [0.2]);
        assert_eq!(read("two out of five", Lang::En), [0.4]);
        assert_eq!(read("minus 5 degrees", Lang::En), [-5.0]);
        assert_eq!(read("the answer is negative one", Lang::En), [-1.0]);
        assert_eq!(read("la réponse est négative cinq", Lang::Fr), [-5.0]);
        // A span of time and a year are no denominators.
        assert_eq!(read("$2000 over 3 years", Lang::En), [2000.0, 3.0]);
        assert_eq!(read("1 in 2024", Lang::En), [1.0, 2024.0]);
        assert_eq!(read("5 in 12 hours", Lang::En), [5.0, 12.0]);
        assert_eq!(read("2 sur 10 jours", Lang::Fr), [2.0, 10.0]);
    }

    #[test]
    fn dozens_and_unicode_fractions() {
        assert_eq!(read("a dozen eggs", Lang::En), [12.0]);
        assert_eq!(read("half a dozen", Lang::En), [6.0]);
        assert_eq!(read("3 douzaines", Lang::Fr), [36.0]);
        assert_eq!(read("une douzaine", Lang::Fr), [12.0]);
        assert_eq!(read("le résultat est ¾", Lang::Fr), [0.75]);
        assert_eq!(read("2½ million", Lang::En), [2.5e6]);
    }

    #[test]
    fn half_alone_is_a_half_unless_ordered() {
        assert_eq!(read("more than half of voters", Lang::En), [0.5]);
        assert_eq!(read("plus de la moitié des élèves", Lang::Fr), [0.5]);
        assert_eq!(
            read("in the second half, at half-time", Lang::En),
            Vec::<f64>::new()
        );
        assert_eq!(read("l'autre moitié", Lang::Fr), Vec::<f64>::new());
    }

    #[test]
    fn indian_english_scales() {
        assert_eq!(read("13 lakh people", Lang::En), [1.3e6]);
        assert_eq!(read("Rs 500 crore", Lang::En), [5e9]);
        assert_eq!(read("three lakh crore", Lang::En), [3e12]);
        assert_eq!(read("12,34,567.89 rupees", Lang::En), [1234567.89]);
        assert_eq!(read("treize lakh de roupies", Lang::Fr), [1.3e6]);
    }

    #[test]
    fn fractions_of_a_scale() {
        assert_eq!(read("3 million and a quarter", Lang::En), [3.25e6]);
        assert_eq!(read("three quarters billion", Lang::En), [7.5e8]);
        assert_eq!(read("half million", Lang::En), [5e5]);
        assert_eq!(read("2 millions et demi", Lang::Fr), [2.5e6]);
        // English puts the part before the scale, which scales both.
        assert_eq!(read("2 and a half million people", Lang::En), [2.5e6]);
        assert_eq!(read("1 and a quarter billion", Lang::En), [1.25e9]);
        assert_eq!(read("2½ millions de personnes", Lang::Fr), [2.5e6]);
    }

    #[test]
    fn currency_codes_and_units_glued_to_figures() {
        assert_eq!(read("USD115.5", Lang::En), [115.5]);
        assert_eq!(read("115EUR", Lang::Fr), [115.0]);
        assert_eq!(read("une bouteille de 75ml", Lang::Fr), [75.0]);
        assert_eq!(read("200lbs", Lang::En), [200.0]);
        // A lone "one" before a unit is an amount, unless the unit is also a noun.
        assert_eq!(read("one penny, un euro", Lang::Fr), [1.0]);
        assert_eq!(
            read("un t-shirt, un pied dehors", Lang::Fr),
            Vec::<f64>::new()
        );
        // Codes that are not currencies stay codes.
        assert_eq!(read("MH17", Lang::En), Vec::<f64>::new());
    }

    #[test]
    fn powers_and_spoken_compounds() {
        assert_eq!(read("2.5^-1", Lang::En), [0.4]);
        assert_eq!(read("1.3x10^6", Lang::En), [1.3e6]);
        assert_eq!(read("3 hundred and one", Lang::En), [301.0]);
        assert_eq!(read("4 thousand 3 hundred and 21", Lang::En), [4321.0]);
        assert_eq!(read("3 hundred and 0", Lang::En), [300.0, 0.0]);
        assert_eq!(read("6 crore and two hundred", Lang::En), [60_000_200.0]);
        assert_eq!(read("5 million and two children", Lang::En), [5e6, 2.0]);
        assert_eq!(read("322 cent", Lang::Fr), [32200.0]);
        assert_eq!(read("3 cent un", Lang::Fr), [301.0]);
        assert_eq!(read("un demi-million d'œufs", Lang::Fr), [500_000.0]);
        assert_eq!(read("fifty - two", Lang::En), [52.0]);
        assert_eq!(read("quarter million", Lang::En), [250_000.0]);
        // Numbers a spaced hyphen cannot join stay apart.
        assert_eq!(read("five - six", Lang::En), [5.0, 6.0]);
    }

    #[test]
    fn digits_said_one_by_one_are_each_a_number() {
        assert_eq!(read("three-nought-four", Lang::En), [3.0, 0.0, 4.0]);
        assert_eq!(read("code deux-zéro-sept", Lang::Fr), [2.0, 0.0, 7.0]);
        // Hyphens that compose a number, or join a word to digits, still do.
        assert_eq!(read("quatre-vingt-neuf", Lang::Fr), [89.0]);
        assert_eq!(read("twenty-four", Lang::En), [24.0]);
        assert_eq!(read("COVID-19", Lang::En), Vec::<f64>::new());
        // Nor after a word that is no count.
        assert_eq!(read("a one-two finish", Lang::En), Vec::<f64>::new());
    }

    #[test]
    fn a_ratio_around_the_noun_it_counts() {
        assert_eq!(read("un Français sur cinq fume", Lang::Fr), [0.2]);
        assert_eq!(read("deux salariés sur trois", Lang::Fr), [2.0 / 3.0]);
        assert_eq!(read("one child in four lives in poverty", Lang::En), [0.25]);
        assert_eq!(read("1 Français sur 5", Lang::Fr), [0.2]);
        // "sur" as a preposition: before a plural noun or a duration.
        assert_eq!(read("un débat sur trois thèmes", Lang::Fr), [3.0]);
        assert_eq!(read("deux plans sur cinq ans", Lang::Fr), [2.0, 5.0]);
        // Nor a scale, nor a year.
        assert_eq!(read("$ 3 million in 2008", Lang::En), [3e6, 2008.0]);
        assert_eq!(read("one person in 2008", Lang::En), [2008.0]);
    }

    #[test]
    fn m_after_a_currency_symbol_is_a_million() {
        assert_eq!(
            read("he paid £3.5m for a $1m house", Lang::En),
            [3.5e6, 1e6]
        );
        assert_eq!(read("worth $5-10m", Lang::En), [5.0, 10e6]);
        // So it is before a plural of things counted.
        assert_eq!(read("some 15.5m people, 2m doses", Lang::En), [15.5e6, 2e6]);
        // Else it is a metre, before the plural of what a length measures too.
        assert_eq!(read("a 100m sprint, 2m tall", Lang::En), [100.0, 2.0]);
        assert_eq!(
            read("10m waves hit the 100m hurdles", Lang::En),
            [10.0, 100.0]
        );
        assert_eq!(
            read("a 2.5m strong crowd of 1.5m voters", Lang::En),
            [2.5, 1.5e6]
        );
    }
}
