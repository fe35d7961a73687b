//! Numbers written in words, in French and English: cardinals ("vingt-cinq mille",
//! "quatre-vingt-dix", "twenty-five thousand", "two hundred and five", "deux millions et
//! demi"), fractions and mixed numbers ("trois quarts", "five and a quarter") and
//! decimals read aloud ("two point five", "deux virgule trois").

use crate::Lang;
use foldhash::HashMap;
use std::borrow::Cow;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A cardinal number read from words at the start of a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordNumber {
    /// The value (2.5e6 for "deux millions et demi").
    pub value: f64,
    /// Bytes of the input consumed; the number ends on a word boundary.
    pub len: usize,
}

/// Reads the longest cardinal number written in words at the start of `text`, in `lang`.
/// Case-insensitive. Returns None when `text` does not start with a number word.
///
/// Words may be joined by spaces (including U+00A0 and U+202F) or by a hyphen; trailing
/// separators are never consumed. A number that runs into an ordinal or a fraction
/// ("vingt-deuxième", "twenty-first", "deux tiers", "two thirds") is not a cardinal: None.
pub fn parse_cardinal(text: &str, lang: Lang) -> Option<WordNumber> {
    let tokens = lex(text, lang);
    let parser = Parser {
        tokens: &tokens,
        lang,
        text,
    };
    let (value, count) = parser.number()?;
    if parser.ordinal_follows(count) {
        return None;
    }
    let last = tokens.get(count.checked_sub(1)?)?;
    Some(WordNumber {
        value,
        len: last.end,
    })
}

/// Reads the longest number written in words at the start of `text`: a cardinal
/// ([`parse_cardinal`]), a fraction ("two thirds", "trois quarts", "a fifth", "un
/// vingt-cinquième"), a mixed number ("five and a quarter", "cent et trois quarts",
/// "six million and two thirds") or a decimal read aloud ("two point five", "deux cent
/// virgule trois").
///
/// A fraction needs its numerator: "the fifth" and "vingt-deuxième" stay ordinals. "A",
/// "one", "un" before a singular ordinal make a fraction only when no noun follows:
/// "a third of", "un cinquième" are fractions, "a third term", "un deuxième tour" are not.
/// English "first" and "second" are denominators only inside a compound ("one
/// twenty-first"): "one second" is a duration.
pub fn parse_number(text: &str, lang: Lang) -> Option<WordNumber> {
    let tokens = lex(text, lang);
    if tokens.is_empty() {
        // Not a number word, as most words are: neither a cardinal nor a fraction
        // starts here, only "quarter million" and "quart de million" can. Asked about
        // every word, so the cardinal is not lexed again.
        return quarter_of_scale(text, 0, lang);
    }
    let parser = Parser {
        tokens: &tokens,
        lang,
        text,
    };
    let cardinal = parse_cardinal(text, lang);
    // "quarter million", "a quarter million", "quart de million".
    {
        let skip_a = match tokens.first() {
            Some(t) if t.word == Word::A => tokens.get(1).map(|t| t.start),
            _ => Some(0),
        };
        if let Some(found) = skip_a.and_then(|at| quarter_of_scale(text, at, lang)) {
            return Some(found);
        }
    }
    if let Some((value, count, mixed)) = parser.fraction_or_mixed() {
        let end = tokens[count - 1].end;
        // A cardinal as long reads better: "un million et demi" is no half of a million;
        // unless a scale follows the half ("un milliard et demi million").
        let scale_follows = mixed.is_some_and(|(_, _, scaled)| scaled)
            && scale_after_fraction(text, end, lang).is_some();
        if cardinal.is_some_and(|c| c.len >= end) && !scale_follows {
            return cardinal;
        }
        // "three quarters billion", "un demi-million"; "one billion and a quarter
        // million" puts the scale on the fraction only.
        if let Some((mult, len)) = scale_after_fraction(text, end, lang) {
            let value = match mixed {
                Some((whole, frac, true)) => whole + frac * mult,
                Some((whole, frac, false)) => (whole + frac) * mult,
                None => value * mult,
            };
            return Some(WordNumber { value, len });
        }
        let singular_one = value < 1.0 && {
            let last = &text[tokens[count - 1].start..end];
            !fold(last).ends_with('s') && parser.numerator_is_one(count)
        };
        if singular_one && noun_follows(text, end) {
            return cardinal;
        }
        return Some(WordNumber { value, len: end });
    }
    let n = cardinal?;
    Some(decimal_after(text, n, lang).unwrap_or(n))
}

/// "quarter million", "quart de million" with "quarter" or "quart" at `at`: a quarter of
/// the scale.
fn quarter_of_scale(text: &str, at: usize, lang: Lang) -> Option<WordNumber> {
    // Asked of most words: look at the first letter before finding the word's end.
    if !text.as_bytes().get(at)?.eq_ignore_ascii_case(&b'q') {
        return None;
    }
    let end = word_end(text, at);
    // What folds to these ASCII words is ASCII: compare without folding into a copy.
    let word = &text[at..end];
    if !(word.eq_ignore_ascii_case("quarter") || word.eq_ignore_ascii_case("quart")) {
        return None;
    }
    let (mult, len) = scale_after_fraction(text, end, lang)?;
    Some(WordNumber {
        value: 0.25 * mult,
        len,
    })
}

/// A scale word after a fraction ending at `end`: "three quarters billion", "two thirds
/// of a million", "un quart de million". The multiplier and where it ends.
fn scale_after_fraction(text: &str, end: usize, lang: Lang) -> Option<(f64, usize)> {
    let mut pos = skip_separator(text, end)?.0;
    for filler in [["of", "a"], ["de", ""]] {
        let mut at = pos;
        let mut ok = true;
        for w in filler.iter().filter(|w| !w.is_empty()) {
            let e = word_end(text, at);
            if fold(&text[at..e]) != *w {
                ok = false;
                break;
            }
            match skip_separator(text, e) {
                Some((next, false)) => at = next,
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            pos = at;
            break;
        }
    }
    let e = word_end(text, pos);
    let power = scale_word(&text[pos..e], lang)?;
    Some((10f64.powi(power), e))
}

/// Whether a noun follows the word ending at `end` ("a third *term*", "une
/// demi-*heure*"); "of", "de" and conjunctions do not count.
fn noun_follows(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    if let Some(after) = rest.strip_prefix(HYPHENS) {
        return after.starts_with(char::is_alphabetic);
    }
    let start = end + (rest.len() - rest.trim_start_matches(SPACES).len());
    if start == end && !rest.is_empty() && !rest.starts_with(char::is_alphabetic) {
        return false;
    }
    let word = fold(&text[start..word_end(text, start)]);
    let head = word.split(APOSTROPHES).next().unwrap_or("");
    !head.is_empty()
        && !matches!(
            head,
            "of" | "de" | "des" | "du" | "d" | "and" | "et" | "or" | "ou" | "to" | "a" | "à"
        )
}

/// "point five", "virgule zéro trois" after the cardinal `n`: the cardinal with its
/// decimals. Each decimal word is a digit or a number under a hundred ("point
/// seventy-one" is .71).
fn decimal_after(text: &str, n: WordNumber, lang: Lang) -> Option<WordNumber> {
    let mark = match lang {
        Lang::En => "point",
        Lang::Fr => "virgule",
    };
    let (mut pos, false) = skip_separator(text, n.len)? else {
        return None;
    };
    let end = word_end(text, pos);
    if fold(&text[pos..end]) != mark {
        return None;
    }
    let mut digits = String::new();
    let mut len = 0;
    while let Some((next, false)) = skip_separator(text, len.max(end)) {
        pos = next;
        let word_stop = word_end(text, pos);
        let value = match classify(&text[pos..word_stop], lang) {
            Some(Word::Zero) => 0,
            Some(Word::Unit(u)) => u,
            Some(Word::Teen(t)) => t,
            Some(Word::Tens(t)) => {
                let mut v = t;
                let mut stop = word_stop;
                // "seventy-one", "cinquante deux", "soixante et onze".
                let mut at = skip_separator(text, word_stop);
                if lang == Lang::Fr
                    && let Some((p, _)) = at
                    && fold(&text[p..word_end(text, p)]) == "et"
                {
                    at = skip_separator(text, word_end(text, p));
                }
                if let Some((p, _)) = at {
                    let e = word_end(text, p);
                    match classify(&text[p..e], lang) {
                        Some(Word::Unit(u)) => (v, stop) = (t + u, e),
                        Some(Word::Teen(x)) if lang == Lang::Fr && t == 60 => {
                            (v, stop) = (t + x, e)
                        }
                        _ => {}
                    }
                }
                digits.push_str(&v.to_string());
                len = stop;
                continue;
            }
            _ => break,
        };
        digits.push_str(&value.to_string());
        len = word_stop;
    }
    if digits.is_empty() {
        return None;
    }
    let whole = n.value.trunc();
    let value: f64 = format!("{whole}.{digits}").parse().ok()?;
    // "two point five million".
    if let Some((mult, scale_len)) = parse_scale(&text[len..], lang)
        && scale_word(text[len..len + scale_len].trim_start_matches(SPACES), lang).is_some()
    {
        return Some(WordNumber {
            value: value * mult,
            len: len + scale_len,
        });
    }
    Some(WordNumber { value, len })
}

/// The value of an ordinal used as a denominator: "fifth" → 5, "quarts" → 4,
/// "centièmes" → 100, "twentieth" → 20; None for other words.
fn denominator(raw: &str, lang: Lang) -> Option<f64> {
    let word = fold(raw);
    let singular = word.strip_suffix('s').unwrap_or(&word);
    let cardinal = |w: &str| match classify(w, lang)? {
        Word::Unit(u) | Word::Teen(u) | Word::Tens(u) => Some(f64::from(u)),
        Word::Hundred { .. } => Some(100.0),
        Word::Scale(power) => Some(10f64.powi(power)),
        _ => None,
    };
    match lang {
        Lang::En => match singular {
            "half" | "halve" => Some(2.0),
            "quarter" => Some(4.0),
            "first" => Some(1.0),
            "second" => Some(2.0),
            "third" => Some(3.0),
            "fifth" => Some(5.0),
            "eighth" => Some(8.0),
            "ninth" => Some(9.0),
            "twelfth" => Some(12.0),
            _ => {
                let stem = singular.strip_suffix("th")?;
                match stem.strip_suffix("ie") {
                    Some(tens) => cardinal(&format!("{tens}y")),
                    None => cardinal(stem),
                }
            }
        },
        Lang::Fr => match singular {
            "demi" | "demie" => Some(2.0),
            "tier" | "tiers" => Some(3.0),
            "quart" => Some(4.0),
            _ => {
                let stem = singular
                    .strip_suffix("ième")
                    .or_else(|| singular.strip_suffix("ieme"))?;
                match stem {
                    "un" => Some(1.0),
                    "cinqu" => Some(5.0),
                    "neuv" => Some(9.0),
                    "mill" => Some(1000.0),
                    _ => cardinal(stem).or_else(|| cardinal(&format!("{stem}e"))),
                }
            }
        },
    }
}

/// The value of a scale word used after digits ("2,7 millions", "3.5 billion", "12 mille"):
/// mille/thousand → 1e3, million(s) → 1e6, milliard(s)/billion(s) → 1e9, billion(s) in French → 1e12,
/// trillion → 1e12 (1e18 in French); also abbreviations "k", "M", "Md", "Mds", "bn", "mn" (only where
/// unambiguous after a digit). Returns the multiplier and bytes consumed (word boundary required),
/// or None.
///
/// Leading spaces (including U+00A0 and U+202F, which French typography puts between a number
/// and its unit) are skipped and counted in the bytes consumed. Words are case-insensitive;
/// abbreviations are not, since "m" is a metre and "M" a million.
pub fn parse_scale(text: &str, lang: Lang) -> Option<(f64, usize)> {
    let start = text.len() - text.trim_start_matches(SPACES).len();
    let end = word_end(text, start);
    let raw = &text[start..end];
    let abbreviations = match lang {
        Lang::Fr => FR_ABBREVIATIONS,
        Lang::En => EN_ABBREVIATIONS,
    };
    let power = match abbreviations.iter().find(|(abbr, _)| *abbr == raw) {
        // "M." is "Monsieur": "depuis 2017 M. Macron" is not 2017 million.
        Some(_)
            if lang == Lang::Fr
                && raw == "M"
                && text[end..].strip_prefix('.').is_some_and(|rest| {
                    rest.trim_start_matches(SPACES)
                        .starts_with(char::is_uppercase)
                }) =>
        {
            return None;
        }
        Some(&(_, power)) => power,
        None => scale_word(raw, lang)?,
    };
    Some((10f64.powi(power), end))
}

/// Spaces that may separate number words, and digits from a scale word.
const SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}'];

/// Hyphens that join number words ("vingt-cinq"); U+2011 is the non-breaking hyphen.
const HYPHENS: &[char] = &['-', '\u{2011}'];

/// Apostrophes that keep a word going ("one's" is not "one").
const APOSTROPHES: &[char] = &['\'', '\u{2019}'];

/// No number written in words is longer; the cap keeps a long run of words cheap.
const MAX_TOKENS: usize = 32;

/// What a word can contribute to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Zero,
    /// 1..=9, including "un", "une" and "one".
    Unit(u32),
    /// 10..=19 written as one word ("dix" … "seize", "ten" … "nineteen").
    Teen(u32),
    /// 20, 30 … 90 written as one word.
    Tens(u32),
    /// French "vingts": only in "quatre-vingts".
    Vingts,
    /// "cent", "cents", "hundred"; plural "cents" needs a multiplier (bare "cents" is the coin).
    Hundred {
        plural: bool,
    },
    /// "mille", "million", "thousand"…, as a power of ten.
    Scale(i32),
    /// "et", "and": only consumed inside a number.
    And,
    /// "demi(e)", "half".
    Half,
    /// The English article "a": a number only before "hundred", "thousand"…
    A,
    /// An ordinal or a fraction denominator ("deuxième", "twentieth", "tiers"). `weak` ones
    /// ("first", "second") only make an ordinal when hyphenated to the number: "twenty-second",
    /// but "thirty seconds" is a count of seconds.
    Ordinal {
        weak: bool,
    },
}

const FR_WORDS: &[(&str, Word)] = &[
    ("zéro", Word::Zero),
    ("zero", Word::Zero),
    ("un", Word::Unit(1)),
    ("une", Word::Unit(1)),
    ("deux", Word::Unit(2)),
    ("trois", Word::Unit(3)),
    ("quatre", Word::Unit(4)),
    ("cinq", Word::Unit(5)),
    ("six", Word::Unit(6)),
    ("sept", Word::Unit(7)),
    ("huit", Word::Unit(8)),
    ("neuf", Word::Unit(9)),
    ("dix", Word::Teen(10)),
    ("onze", Word::Teen(11)),
    ("douze", Word::Teen(12)),
    ("treize", Word::Teen(13)),
    ("quatorze", Word::Teen(14)),
    ("quinze", Word::Teen(15)),
    ("seize", Word::Teen(16)),
    ("vingt", Word::Tens(20)),
    ("trente", Word::Tens(30)),
    ("quarante", Word::Tens(40)),
    ("cinquante", Word::Tens(50)),
    ("soixante", Word::Tens(60)),
    // Belgian and Swiss French.
    ("septante", Word::Tens(70)),
    ("huitante", Word::Tens(80)),
    ("octante", Word::Tens(80)),
    ("nonante", Word::Tens(90)),
    ("vingts", Word::Vingts),
    ("cent", Word::Hundred { plural: false }),
    ("cents", Word::Hundred { plural: true }),
    // "milles" is the noun (nautical miles), not the invariable number.
    ("mille", Word::Scale(3)),
    ("million", Word::Scale(6)),
    ("millions", Word::Scale(6)),
    ("milliard", Word::Scale(9)),
    ("milliards", Word::Scale(9)),
    // The long scale: a French billion is a million millions.
    ("billion", Word::Scale(12)),
    ("billions", Word::Scale(12)),
    ("trillion", Word::Scale(18)),
    ("trillions", Word::Scale(18)),
    // Indian scales, as French texts about India write them.
    ("lakh", Word::Scale(5)),
    ("lakhs", Word::Scale(5)),
    ("crore", Word::Scale(7)),
    ("crores", Word::Scale(7)),
    ("et", Word::And),
    ("demi", Word::Half),
    ("demie", Word::Half),
    ("tiers", Word::Ordinal { weak: false }),
    ("quart", Word::Ordinal { weak: false }),
    ("quarts", Word::Ordinal { weak: false }),
];

const EN_WORDS: &[(&str, Word)] = &[
    ("zero", Word::Zero),
    ("one", Word::Unit(1)),
    ("two", Word::Unit(2)),
    ("three", Word::Unit(3)),
    ("four", Word::Unit(4)),
    ("five", Word::Unit(5)),
    ("six", Word::Unit(6)),
    ("seven", Word::Unit(7)),
    ("eight", Word::Unit(8)),
    ("nine", Word::Unit(9)),
    ("ten", Word::Teen(10)),
    ("eleven", Word::Teen(11)),
    ("twelve", Word::Teen(12)),
    ("thirteen", Word::Teen(13)),
    ("fourteen", Word::Teen(14)),
    ("fifteen", Word::Teen(15)),
    ("sixteen", Word::Teen(16)),
    ("seventeen", Word::Teen(17)),
    ("eighteen", Word::Teen(18)),
    ("nineteen", Word::Teen(19)),
    ("twenty", Word::Tens(20)),
    ("thirty", Word::Tens(30)),
    ("forty", Word::Tens(40)),
    ("fifty", Word::Tens(50)),
    ("sixty", Word::Tens(60)),
    ("seventy", Word::Tens(70)),
    ("eighty", Word::Tens(80)),
    ("ninety", Word::Tens(90)),
    ("hundred", Word::Hundred { plural: false }),
    // "five hundreds", as "cinq cents"; "hundreds of" alone stays a word.
    ("hundreds", Word::Hundred { plural: true }),
    ("thousand", Word::Scale(3)),
    ("million", Word::Scale(6)),
    ("billion", Word::Scale(9)),
    ("trillion", Word::Scale(12)),
    // Indian English: a lakh is a hundred thousand, a crore ten million.
    ("lakh", Word::Scale(5)),
    ("lakhs", Word::Scale(5)),
    ("crore", Word::Scale(7)),
    ("crores", Word::Scale(7)),
    ("and", Word::And),
    ("half", Word::Half),
    ("a", Word::A),
    ("nought", Word::Zero),
    ("naught", Word::Zero),
    ("quarter", Word::Ordinal { weak: false }),
    ("quarters", Word::Ordinal { weak: false }),
];

/// Which first bytes the words of a lexicon start with.
const fn first_bytes(words: &[(&str, Word)]) -> [bool; 256] {
    let mut starts = [false; 256];
    let mut i = 0;
    while i < words.len() {
        starts[words[i].0.as_bytes()[0] as usize] = true;
        i += 1;
    }
    starts
}

const FR_STARTS: [bool; 256] = first_bytes(FR_WORDS);
const EN_STARTS: [bool; 256] = first_bytes(EN_WORDS);

/// A word's first two bytes, as a byte and a bit: the second byte modulo 32 ("a" to
/// "z" each their own bit), bit 0 for a one-byte word.
const fn pair_bit(word: &[u8]) -> (usize, u32) {
    let second = if word.len() > 1 { word[1] % 32 } else { 0 };
    (word[0] as usize, 1 << second)
}

/// By first byte, the [`pair_bit`]s of `words` and `more`.
const fn first_pairs(words: &[(&str, Word)], more: &[&str]) -> [u32; 256] {
    let mut pairs = [0u32; 256];
    let mut i = 0;
    while i < words.len() {
        let (first, bit) = pair_bit(words[i].0.as_bytes());
        pairs[first] |= bit;
        i += 1;
    }
    let mut i = 0;
    while i < more.len() {
        let (first, bit) = pair_bit(more[i].as_bytes());
        pairs[first] |= bit;
        i += 1;
    }
    pairs
}

const FR_PAIRS: [u32; 256] = first_pairs(FR_WORDS, &[]);
const EN_PAIRS: [u32; 256] = first_pairs(EN_WORDS, EN_ORDINALS);

/// Whether [`classify`] may know `raw` (not empty), judged on its bytes as written:
/// most words are no number word, and this rejects them before folding.
fn may_classify(raw: &[u8], lang: Lang) -> bool {
    // A non-ASCII character may fold, or compose with the letter before, into anything.
    if raw.iter().take(3).any(|b| !b.is_ascii()) {
        return true;
    }
    // Otherwise the folded word starts with these two letters in lower case, and
    // folding makes no ASCII letter of a non-ASCII character except the Kelvin sign's
    // "k".
    let lower = [
        raw[0].to_ascii_lowercase(),
        raw.get(1).map_or(0, u8::to_ascii_lowercase),
    ];
    let (first, bit) = pair_bit(&lower[..raw.len().min(2)]);
    match lang {
        // A French ordinal ends in "ième" or "ieme", then maybe "s".
        Lang::Fr => {
            let singular = raw
                .strip_suffix(b"s")
                .or(raw.strip_suffix(b"S"))
                .unwrap_or(raw);
            FR_PAIRS[first] & bit != 0
                || singular.len() >= 2 && singular[singular.len() - 2..].eq_ignore_ascii_case(b"me")
        }
        Lang::En => EN_PAIRS[first] & bit != 0,
    }
}

/// English ordinals, singular; their plurals ("thirds", "fifths") are fraction denominators.
const EN_ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
];

/// Abbreviated scales after digits, as powers of ten. "mn" is minutes in French, and "m" a
/// metre everywhere, so neither is a million there.
const FR_ABBREVIATIONS: &[(&str, i32)] = &[
    ("k", 3),
    ("K", 3),
    ("M", 6),
    ("Md", 9),
    ("Mds", 9),
    ("mds", 9),
    ("Mrd", 9),
    ("Mrds", 9),
];

const EN_ABBREVIATIONS: &[(&str, i32)] = &[
    ("k", 3),
    ("K", 3),
    ("M", 6),
    ("mn", 6),
    ("bn", 9),
    ("b", 9),
    ("B", 9),
    ("bln", 9),
    ("tn", 12),
    ("tln", 12),
    ("trn", 12),
    ("MM", 6),
    ("mil", 6),
];

/// A classified word and where it sits in the input.
#[derive(Debug, Clone, Copy)]
struct Token {
    word: Word,
    /// Byte offset of the word.
    start: usize,
    /// Byte offset just past the word.
    end: usize,
    /// Whether a hyphen (rather than spaces) joins it to the previous word.
    hyphenated: bool,
}

/// Whether `c` continues a word; combining marks do, so "deuxie\u{300}me" stays one word.
fn is_word_char(c: char) -> bool {
    // No ASCII character is a combining mark: skip the table lookup.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The byte offset where the word starting at `start` ends (`start` itself when there is none).
fn word_end(text: &str, start: usize) -> usize {
    // ASCII letters and digits first, a byte at a time: most words are all of them.
    let ascii = text.as_bytes()[start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let from = start + ascii;
    let mut chars = text[from..].char_indices().peekable();
    let mut end = from;
    while let Some((i, c)) = chars.next() {
        let continues = is_word_char(c)
            || (APOSTROPHES.contains(&c) && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic()));
        if !continues {
            break;
        }
        end = from + i + c.len_utf8();
    }
    end
}

/// Skips the separator at `pos`: one hyphen, or a run of spaces. Returns where the next word
/// starts and whether the separator was a hyphen.
fn skip_separator(text: &str, pos: usize) -> Option<(usize, bool)> {
    let rest = &text[pos..];
    if let Some(hyphen) = rest.chars().next().filter(|c| HYPHENS.contains(c)) {
        return Some((pos + hyphen.len_utf8(), true));
    }
    let spaces = rest.len() - rest.trim_start_matches(SPACES).len();
    (spaces > 0).then_some((pos + spaces, false))
}

/// A hyphen between spaces at `pos`, as English text split into tokens writes
/// "fifty - two", "one - fourth": where the next word starts.
fn skip_spaced_hyphen(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let spaces = rest.len() - rest.trim_start_matches(SPACES).len();
    let after = &rest[spaces..];
    let hyphen = after.chars().next().filter(|c| HYPHENS.contains(c))?;
    let tail = &after[hyphen.len_utf8()..];
    let more = tail.len() - tail.trim_start_matches(SPACES).len();
    (spaces > 0 && more > 0).then_some(pos + spaces + hyphen.len_utf8() + more)
}

/// Lowercased and composed, so "ZÉRO" and "ze\u{301}ro" both read "zéro".
fn fold(raw: &str) -> Cow<'_, str> {
    // ASCII is already composed and lowercases to ASCII: most words need no copy, and
    // none needs the normaliser, which dominated extraction time.
    if raw.is_ascii() {
        if raw.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(raw.to_ascii_lowercase());
        }
        return Cow::Borrowed(raw);
    }
    if raw.chars().all(composed_as_is) {
        return Cow::Owned(raw.to_lowercase());
    }
    Cow::Owned(raw.nfc().collect::<String>().to_lowercase())
}

/// Whether `c` is a character that no normalisation to NFC changes, nor composes with
/// its neighbour: ASCII, Latin-1 letters, "œ" and the typographic apostrophe, which
/// is all of most French and English words. Each lowercases to one character of the
/// same length in UTF-8.
fn composed_as_is(c: char) -> bool {
    c.is_ascii()
        || matches!(c, '\u{c0}'..='\u{ff}' if c != '\u{d7}' && c != '\u{f7}')
        || matches!(c, '\u{152}' | '\u{153}' | '\u{2019}')
}

/// [`fold`] on the stack for a word of [`composed_as_is`] characters that fits in
/// `buf`; None for any other.
fn fold_into<'b>(raw: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    if raw.len() > buf.len() {
        return None;
    }
    if raw.is_ascii() {
        let buf = &mut buf[..raw.len()];
        buf.copy_from_slice(raw.as_bytes());
        buf.make_ascii_lowercase();
        return std::str::from_utf8(buf).ok();
    }
    let mut len = 0;
    for c in raw.chars() {
        if !composed_as_is(c) {
            return None;
        }
        for lower in c.to_lowercase() {
            let n = lower.len_utf8();
            lower.encode_utf8(buf.get_mut(len..len + n)?);
            len += n;
        }
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// A map from each word of `table` to its first entry, as a scan would find it.
fn first_wins(table: &[(&'static str, Word)]) -> HashMap<&'static str, Word> {
    let mut map = HashMap::default();
    for &(name, word) in table {
        map.entry(name).or_insert(word);
    }
    map
}

/// Whether `word`, one word lower-cased (as [`crate::text::normalize`] gives it), is a
/// number word worth ten or more on its own: a teen, a ten ("vingt", "twenty"), "cent",
/// "hundred" or a scale ("mille", "million"). Units, "et", "and", "a", zero, halves and
/// ordinals are not. These words are all ASCII, so a word the number reader takes for
/// one is one here too.
pub fn is_ten_or_more(word: &str, lang: Lang) -> bool {
    // A set of the table's words, not `classify`: it is asked of most words of a text.
    fn big(table: &[(&'static str, Word)]) -> foldhash::HashSet<&'static str> {
        table
            .iter()
            .filter(|(_, w)| {
                matches!(
                    w,
                    Word::Teen(_)
                        | Word::Tens(_)
                        | Word::Vingts
                        | Word::Hundred { .. }
                        | Word::Scale(_)
                )
            })
            .map(|&(name, _)| name)
            .collect()
    }
    static FR: LazyLock<foldhash::HashSet<&str>> = LazyLock::new(|| big(FR_WORDS));
    static EN: LazyLock<foldhash::HashSet<&str>> = LazyLock::new(|| big(EN_WORDS));
    match lang {
        Lang::Fr => FR.contains(word),
        Lang::En => EN.contains(word),
    }
}

/// What `raw` means in a number, or None for any other word.
fn classify(raw: &str, lang: Lang) -> Option<Word> {
    // Longer than any number word: skip the allocation.
    if raw.is_empty() || raw.len() > 48 || !may_classify(raw.as_bytes(), lang) {
        return None;
    }
    classify_folded(raw, lang)
}

/// [`classify`] without the quick rejection: folds `raw` (not empty) and looks it up.
fn classify_folded(raw: &str, lang: Lang) -> Option<Word> {
    // The date and quantity readers ask about every word of a sentence: fold on the
    // stack rather than allocate.
    let mut buf = [0u8; 64];
    let owned;
    let word: &str = match fold_into(raw, &mut buf) {
        Some(word) => word,
        None => {
            owned = fold(raw);
            &owned
        }
    };
    // Every word of a sentence is asked: a map per language, not a scan of the table.
    static FR: LazyLock<HashMap<&str, Word>> = LazyLock::new(|| first_wins(FR_WORDS));
    static EN: LazyLock<HashMap<&str, Word>> = LazyLock::new(|| first_wins(EN_WORDS));
    let (lexicon, starts) = match lang {
        Lang::Fr => (&*FR, &FR_STARTS),
        Lang::En => (&*EN, &EN_STARTS),
    };
    // Most words cannot start a number word: skip the lookup for them.
    let first = usize::from(*word.as_bytes().first()?);
    if starts[first]
        && let Some(&found) = lexicon.get(word)
    {
        return Some(found);
    }
    let singular = word.strip_suffix('s').unwrap_or(word);
    let ordinal = match lang {
        // Every French word in "-ième" is an ordinal; "ieme" is the same without its accent.
        Lang::Fr => ["ième", "ieme"]
            .iter()
            .any(|suffix| singular.len() > suffix.len() && singular.ends_with(suffix)),
        Lang::En => {
            static SET: LazyLock<foldhash::HashSet<&str>> =
                LazyLock::new(|| EN_ORDINALS.iter().copied().collect());
            SET.contains(singular)
        }
    };
    ordinal.then_some(Word::Ordinal {
        weak: lang == Lang::En && matches!(singular, "first" | "second"),
    })
}

/// The power of ten of a scale word after digits ("millions", "thousand").
fn scale_word(raw: &str, lang: Lang) -> Option<i32> {
    let scale = |raw: &str| match classify(raw, lang) {
        Some(Word::Scale(power)) => Some(power),
        _ => None,
    };
    // English scale words take no plural in a cardinal, but "3 millions" is unambiguous.
    scale(raw).or_else(|| match lang {
        Lang::En => scale(raw.strip_suffix(['s', 'S'])?),
        Lang::Fr => None,
    })
}

/// The number words at the start of `text`, up to the first other word. An ordinal is kept
/// as the last token so the parser can see a number run into it.
fn lex(text: &str, lang: Lang) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut hyphenated = false;
    while tokens.len() < MAX_TOKENS {
        let end = word_end(text, start);
        let Some(word) = classify(&text[start..end], lang) else {
            break;
        };
        tokens.push(Token {
            word,
            start,
            end,
            hyphenated,
        });
        if matches!(word, Word::Ordinal { .. }) {
            break;
        }
        let spaced = (lang == Lang::En)
            .then(|| skip_spaced_hyphen(text, end))
            .flatten()
            .map(|next| (next, true));
        let Some((next, hyphen)) = spaced.or_else(|| skip_separator(text, end)) else {
            break;
        };
        start = next;
        hyphenated = hyphen;
    }
    tokens
}

/// A mixed number's whole part, proper fraction, and whether the whole ends in a
/// scale word ("five and a quarter": 5, 0.25, false; "one billion and a half": true).
type WholeAndPart = (f64, f64, bool);

/// A recursive-descent reader over lexed tokens. Each rule takes a token index and returns
/// the value read and the index just past it, greedily; a construction that does not
/// complete (a trailing "et", "and") is simply not consumed.
struct Parser<'a> {
    tokens: &'a [Token],
    lang: Lang,
    /// The text the tokens index into.
    text: &'a str,
}

impl Parser<'_> {
    fn word(&self, i: usize) -> Option<Word> {
        self.tokens.get(i).map(|t| t.word)
    }

    fn is(&self, i: usize, word: Word) -> bool {
        self.word(i) == Some(word)
    }

    fn is_scale(&self, i: usize) -> Option<i32> {
        match self.word(i)? {
            Word::Scale(power) => Some(power),
            _ => None,
        }
    }

    /// The whole number: its value and how many tokens it takes.
    fn number(&self) -> Option<(f64, usize)> {
        if self.is(0, Word::Zero) {
            return Some((0.0, 1));
        }
        if let Some(found) = self.half_of_scale() {
            return Some(found);
        }
        let mut total = 0.0;
        // The smallest scale applied so far: scales must decrease ("deux millions trois cent
        // mille"), unless everything before multiplies the next one ("mille milliards").
        let mut last_power = i32::MAX;
        // Tokens read so far, and where the next group starts (past an English "and").
        let mut end = 0;
        let mut pos = 0;
        loop {
            let group = self.group(pos);
            if pos == 0
                && let Some((value, group_end)) = group
                && let Some(after_half) = self.and_a_half(group_end)
            {
                let value = f64::from(value) + 0.5;
                return Some(match (self.lang, self.is_scale(after_half)) {
                    // "two and a half million"; French says "deux millions et demi" instead.
                    (Lang::En, Some(power)) => (value * 10f64.powi(power), after_half + 1),
                    _ => (value, after_half),
                });
            }
            let multiplier = self.multiplier(pos, group);
            let scaled = multiplier.and_then(|(multiplier, at)| {
                let power = self.is_scale(at)?;
                let scale = 10f64.powi(power);
                if power < last_power && multiplier > 0.0 {
                    Some((total + multiplier * scale, power, at + 1))
                } else if total < scale {
                    Some(((total + multiplier) * scale, power, at + 1))
                } else {
                    None
                }
            });
            let Some((value, power, after)) = scaled else {
                return match group {
                    // "deux millions trois millions": the group belongs to the scale word after
                    // it, which cannot follow the first, so it starts another number.
                    Some(_) if end > 0 && multiplier.is_some() => Some((total, end)),
                    // No scale word follows: the group closes the number.
                    Some((value, group_end)) => Some((total + f64::from(value), group_end)),
                    None if end > 0 => Some((total, end)),
                    None => None,
                };
            };
            let first_scale = last_power == i32::MAX;
            total = value;
            last_power = power;
            end = after;
            pos = after;
            // "deux millions et demi", "two million and a half"; not after a longer number
            // ("un million deux cent mille et demi"), where the half has no clear unit.
            if first_scale && let Some(half_end) = self.and_a_half(pos) {
                return Some((total + 0.5 * 10f64.powi(power), half_end));
            }
            // "mille et une nuits".
            if self.lang == Lang::Fr
                && power == 3
                && self.is(pos, Word::And)
                && self.is(pos + 1, Word::Unit(1))
            {
                return Some((total + 1.0, pos + 2));
            }
            // "two thousand and five".
            if self.lang == Lang::En
                && self.is(pos, Word::And)
                && self.below_hundred(pos + 1).is_some()
            {
                pos += 1;
            }
        }
    }

    /// The multiplier of the scale word it precedes, and that word's index.
    fn multiplier(&self, pos: usize, group: Option<(u32, usize)>) -> Option<(f64, usize)> {
        let found = match group {
            // "un mille" is a nautical mile: the number says "mille" alone.
            Some((1, end))
                if self.lang == Lang::Fr && end == pos + 1 && self.is(end, Word::Scale(3)) =>
            {
                None
            }
            Some((value, end)) => Some((f64::from(value), end)),
            None if self.lang == Lang::Fr && self.is(pos, Word::Scale(3)) => Some((1.0, pos)),
            None if self.lang == Lang::En && pos == 0 && self.is(0, Word::A) => Some((1.0, 1)),
            // A scale word right after another multiplies what comes before: "mille milliards".
            None if pos > 0 => Some((0.0, pos)),
            None => None,
        };
        found.filter(|&(_, at)| self.is_scale(at).is_some())
    }

    /// English "half a million", "a half million".
    fn half_of_scale(&self) -> Option<(f64, usize)> {
        if self.lang != Lang::En {
            return None;
        }
        if let (Some(Word::Half), Some(power)) = (self.word(0), self.is_scale(1)) {
            // "half million".
            return Some((0.5 * 10f64.powi(power), 2));
        }
        match (self.word(0)?, self.word(1)?, self.is_scale(2)?) {
            (Word::Half, Word::A, power) | (Word::A, Word::Half, power) => {
                Some((0.5 * 10f64.powi(power), 3))
            }
            _ => None,
        }
    }

    /// "et demi(e)", "and a half" at `i`: the index past it.
    fn and_a_half(&self, i: usize) -> Option<usize> {
        if !self.is(i, Word::And) {
            return None;
        }
        match self.lang {
            Lang::Fr => self.is(i + 1, Word::Half).then_some(i + 2),
            Lang::En => (self.is(i + 1, Word::A) && self.is(i + 2, Word::Half)).then_some(i + 3),
        }
    }

    /// 1..=999 (and English "twenty-five hundred"): what stands between scale words.
    fn group(&self, i: usize) -> Option<(u32, usize)> {
        let Some((hundreds, at)) = self.hundreds(i) else {
            return self.below_hundred(i);
        };
        // English may put "and" before the rest: "two hundred and five".
        let rest_at = if self.lang == Lang::En
            && self.is(at, Word::And)
            && self.below_hundred(at + 1).is_some()
        {
            at + 1
        } else {
            at
        };
        Some(match self.below_hundred(rest_at) {
            Some((rest, end)) => (hundreds + rest, end),
            None => (hundreds, at),
        })
    }

    /// "cent", "deux cents", "a hundred", "nineteen hundred".
    fn hundreds(&self, i: usize) -> Option<(u32, usize)> {
        let (multiplier, at) = match (self.lang, self.word(i)?) {
            (Lang::Fr, Word::Hundred { plural: false }) => (1, i),
            (Lang::Fr, Word::Unit(unit)) if unit >= 2 => (unit, i + 1),
            (Lang::Fr, _) => return None,
            (Lang::En, Word::A) if i == 0 => (1, i + 1),
            (Lang::En, _) => self.below_hundred(i)?,
        };
        match self.word(at)? {
            Word::Hundred { plural } if !(plural && multiplier == 1) => {
                Some((multiplier * 100, at + 1))
            }
            _ => None,
        }
    }

    /// 1..=99.
    fn below_hundred(&self, i: usize) -> Option<(u32, usize)> {
        match self.word(i)? {
            Word::Unit(4) if self.lang == Lang::Fr => Some(match self.word(i + 1) {
                Some(Word::Vingts) => (80, i + 2),
                Some(Word::Tens(20)) => match self.below_twenty(i + 2) {
                    Some((rest, end)) => (80 + rest, end),
                    None => (80, i + 2),
                },
                _ => (4, i + 1),
            }),
            Word::Tens(tens) => Some(self.after_tens(tens, i + 1)),
            _ => self.below_twenty(i),
        }
    }

    /// A tens word (already read, value `tens`) with its units from `i` on.
    fn after_tens(&self, tens: u32, i: usize) -> (u32, usize) {
        if self.lang == Lang::Fr && self.is(i, Word::And) {
            match self.word(i + 1) {
                Some(Word::Unit(1)) => return (tens + 1, i + 2),
                Some(Word::Teen(11)) if tens == 60 => return (71, i + 2),
                _ => {}
            }
        }
        match self.below_twenty(i) {
            // Only French "soixante" takes a teen: "soixante-dix" … "soixante-dix-neuf".
            Some((rest, end)) if rest < 10 || (self.lang == Lang::Fr && tens == 60) => {
                (tens + rest, end)
            }
            _ => (tens, i),
        }
    }

    /// 1..=19: a unit, a teen word, or French "dix-sept" … "dix-neuf".
    fn below_twenty(&self, i: usize) -> Option<(u32, usize)> {
        match self.word(i)? {
            Word::Unit(unit) => Some((unit, i + 1)),
            Word::Teen(10) if self.lang == Lang::Fr => match self.word(i + 1) {
                Some(Word::Unit(unit @ 7..=9)) => Some((10 + unit, i + 2)),
                _ => Some((10, i + 1)),
            },
            Word::Teen(teen) => Some((teen, i + 1)),
            _ => None,
        }
    }

    /// A fraction or a mixed number made of all the tokens up to and including the
    /// first denominator: its value, token count, and for a mixed number its whole
    /// part and proper fraction.
    fn fraction_or_mixed(&self) -> Option<(f64, usize, Option<WholeAndPart>)> {
        let k = self
            .tokens
            .iter()
            .position(|t| matches!(t.word, Word::Ordinal { .. }) || t.word == Word::Half)?;
        // "five and a quarter", "cent et trois quarts", "six million and two thirds":
        // a whole number, "and", then a proper fraction.
        for a in (1..k).rev() {
            if !self.is(a, Word::And) {
                continue;
            }
            let whole = Parser {
                tokens: &self.tokens[..a],
                lang: self.lang,
                text: self.text,
            };
            let Some((value, count)) = whole
                .number()
                .filter(|&(_, c)| c == a)
                .or_else(|| whole.tens_and_unit())
            else {
                continue;
            };
            let part = Parser {
                tokens: &self.tokens[a + 1..=k],
                lang: self.lang,
                text: self.text,
            };
            // "et demi" has no numerator.
            let lone_half = k == a + 1 && self.is(k, Word::Half);
            let Some(frac) = part
                .fraction(k - a - 1)
                .or(lone_half.then_some(0.5))
                .filter(|&f| f < 1.0)
            else {
                continue;
            };
            let unit = match self.word(count - 1) {
                Some(Word::Scale(power)) => 10f64.powi(power),
                _ => 1.0,
            };
            return Some((value + frac * unit, k + 1, Some((value, frac, unit > 1.0))));
        }
        self.fraction(k).map(|v| (v, k + 1, None))
    }

    /// "twenty and three", "vingt et trois": a tens and a unit joined by "and", all the
    /// tokens, as the whole of a mixed number says it ("twenty and three and three
    /// fifths"). Only there: elsewhere "twenty and three hundred" are two numbers.
    fn tens_and_unit(&self) -> Option<(f64, usize)> {
        match self.tokens {
            [a, and, b] if and.word == Word::And => match (a.word, b.word) {
                (Word::Tens(tens), Word::Unit(unit)) => Some((f64::from(tens + unit), 3)),
                _ => None,
            },
            _ => None,
        }
    }

    /// A simple fraction whose denominator is token `k`, numerator from token 0.
    fn fraction(&self, k: usize) -> Option<f64> {
        let last = self.tokens.get(k).copied()?;
        if k == 0 || !matches!(last.word, Word::Ordinal { .. } | Word::Half) {
            return None;
        }
        let weak = matches!(last.word, Word::Ordinal { weak: true });
        let over = denominator(&self.text[last.start..last.end], self.lang)?;
        // The numerator: "a" alone, or the longest cardinal before the denominator.
        // "a fifth", "a twenty-first".
        let (mut numerator, mut count) = if self.is(0, Word::A)
            && !matches!(self.word(1), Some(Word::Hundred { .. } | Word::Scale(_)))
        {
            (1.0, 1)
        } else {
            Parser {
                tokens: &self.tokens[..k],
                lang: self.lang,
                text: self.text,
            }
            .number()?
        };
        // "one hundred thirty fifths" (100/35), "one hundred one thousand fifths"
        // (100/1005): in English, words after a hundred without "and" between compound the
        // denominator, as "one hundred and thirty fifths" (130/5) says the number with
        // "and". French says "cent trente" without "et": "cent trente cinquièmes" is 130/5.
        let compounds = |from: usize| {
            Parser {
                tokens: &self.tokens[from..k],
                lang: self.lang,
                text: self.text,
            }
            .number()
            // "trente cinquième" is a 35th, "deux cinquièmes" no 7th.
            .is_some_and(|(p, c)| c == k - from && p >= 10.0 && p % 10.0 == 0.0)
        };
        if count == k
            && self.lang == Lang::En
            && let Some(h) = (0..k.saturating_sub(1)).find(|&h| {
                matches!(self.word(h), Some(Word::Hundred { .. }))
                    && !matches!(self.word(h + 1), Some(Word::And))
                    && compounds(h + 1)
            })
            && let Some((n, c)) = (Parser {
                tokens: &self.tokens[..h + 1],
                lang: self.lang,
                text: self.text,
            })
            .number()
            .filter(|&(_, c)| c == h + 1)
        {
            (numerator, count) = (n, c);
        }
        // "one hundred thirty-fifths": the hyphenated tens belong to the denominator.
        if last.hyphenated && count == k && matches!(self.word(k - 1), Some(Word::Tens(_))) {
            let head = Parser {
                tokens: &self.tokens[..k - 1],
                lang: self.lang,
                text: self.text,
            };
            (numerator, count) = head.number().filter(|&(_, c)| c == k - 1)?;
        }
        // Number words between numerator and denominator compound the denominator:
        // "un vingt-cinquième" (1/25), "one one hundred and fifth" (1/105).
        let mut rest = &self.tokens[count..k];
        if let Some((tail, head)) = rest.split_last()
            && tail.word == Word::And
        {
            rest = head;
        }
        let prefix = if rest.is_empty() {
            None
        } else {
            let p = Parser {
                tokens: rest,
                lang: self.lang,
                text: self.text,
            };
            Some(p.number().filter(|&(_, c)| c == rest.len())?.0)
        };
        if weak && prefix.is_none() || last.word == Word::Half && prefix.is_some() {
            return None;
        }
        let over = match prefix {
            None => over,
            Some(p) if over >= 100.0 => p * over,
            Some(p) => p + over,
        };
        (over > 0.0).then_some(numerator / over)
    }

    /// Whether the numerator of the fraction ending before `count` is one ("a", "one", "un").
    fn numerator_is_one(&self, count: usize) -> bool {
        count >= 2 && matches!(self.word(0), Some(Word::A | Word::Unit(1)))
    }

    /// Whether the number ending before token `end` runs into an ordinal or a fraction,
    /// directly or through "et"/"and" ("vingt et unième", "hundred and first").
    fn ordinal_follows(&self, end: usize) -> bool {
        let (at, after_and) = if self.is(end, Word::And) {
            (end + 1, true)
        } else {
            (end, false)
        };
        match self.tokens.get(at) {
            Some(&Token {
                word: Word::Ordinal { weak },
                hyphenated,
                ..
            }) => after_and || hyphenated || !weak,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(text: &str) -> Option<(f64, usize)> {
        parse_cardinal(text, Lang::Fr).map(|n| (n.value, n.len))
    }

    fn en(text: &str) -> Option<(f64, usize)> {
        parse_cardinal(text, Lang::En).map(|n| (n.value, n.len))
    }

    // French.

    #[test]
    fn reads_french_units_and_teens() {
        assert_eq!(fr("zéro"), Some((0.0, 5)));
        assert_eq!(fr("un"), Some((1.0, 2)));
        assert_eq!(fr("deux"), Some((2.0, 4)));
        assert_eq!(fr("neuf"), Some((9.0, 4)));
        assert_eq!(fr("dix"), Some((10.0, 3)));
        assert_eq!(fr("onze"), Some((11.0, 4)));
        assert_eq!(fr("seize ans"), Some((16.0, 5)));
    }

    #[test]
    fn reads_dix_sept_to_dix_neuf() {
        assert_eq!(fr("dix-sept"), Some((17.0, 8)));
        assert_eq!(fr("dix-huit mois"), Some((18.0, 8)));
        assert_eq!(fr("dix neuf"), Some((19.0, 8)));
    }

    #[test]
    fn reads_lone_un_and_une_as_one() {
        assert_eq!(fr("un"), Some((1.0, 2)));
        assert_eq!(fr("une femme"), Some((1.0, 3)));
    }

    #[test]
    fn reads_french_tens_with_their_units() {
        assert_eq!(fr("vingt"), Some((20.0, 5)));
        assert_eq!(fr("vingt-cinq"), Some((25.0, 10)));
        assert_eq!(fr("trente-deux"), Some((32.0, 11)));
        assert_eq!(fr("cinquante-neuf"), Some((59.0, 14)));
        assert_eq!(fr("soixante"), Some((60.0, 8)));
    }

    #[test]
    fn reads_vingt_et_un_with_spaces_or_hyphens() {
        assert_eq!(fr("vingt et un"), Some((21.0, 11)));
        assert_eq!(fr("vingt et une voitures"), Some((21.0, 12)));
        assert_eq!(fr("trente-et-un"), Some((31.0, 12)));
        assert_eq!(fr("quarante et un"), Some((41.0, 14)));
    }

    #[test]
    fn reads_soixante_dix_and_soixante_et_onze() {
        assert_eq!(fr("soixante-dix"), Some((70.0, 12)));
        assert_eq!(fr("soixante et onze"), Some((71.0, 16)));
        assert_eq!(fr("soixante-douze"), Some((72.0, 14)));
        assert_eq!(fr("soixante-dix-neuf"), Some((79.0, 17)));
    }

    #[test]
    fn reads_quatre_vingts_as_eighty() {
        assert_eq!(fr("quatre-vingts"), Some((80.0, 13)));
        assert_eq!(fr("quatre-vingt"), Some((80.0, 12)));
        assert_eq!(fr("quatre vingts ans"), Some((80.0, 13)));
        assert_eq!(fr("quatre-vingt-un"), Some((81.0, 15)));
        assert_eq!(fr("quatre-vingt-sept"), Some((87.0, 17)));
    }

    #[test]
    fn reads_quatre_vingt_dix_as_ninety() {
        assert_eq!(fr("quatre-vingt-dix"), Some((90.0, 16)));
        assert_eq!(fr("quatre-vingt-onze"), Some((91.0, 17)));
        assert_eq!(fr("quatre-vingt-dix-neuf"), Some((99.0, 21)));
    }

    #[test]
    fn reads_quatre_alone_as_four() {
        assert_eq!(fr("quatre"), Some((4.0, 6)));
        assert_eq!(fr("quatre jours"), Some((4.0, 6)));
    }

    #[test]
    fn reads_belgian_and_swiss_tens() {
        assert_eq!(fr("septante"), Some((70.0, 8)));
        assert_eq!(fr("septante-cinq"), Some((75.0, 13)));
        assert_eq!(fr("septante et un"), Some((71.0, 14)));
        assert_eq!(fr("huitante"), Some((80.0, 8)));
        assert_eq!(fr("octante-deux"), Some((82.0, 12)));
        assert_eq!(fr("nonante-neuf"), Some((99.0, 12)));
    }

    #[test]
    fn reads_french_hundreds() {
        assert_eq!(fr("cent"), Some((100.0, 4)));
        assert_eq!(fr("cent un"), Some((101.0, 7)));
        assert_eq!(fr("deux cents"), Some((200.0, 10)));
        assert_eq!(fr("deux cent trois"), Some((203.0, 15)));
        assert_eq!(fr("neuf cent quatre-vingt-dix-neuf"), Some((999.0, 31)));
    }

    #[test]
    fn rejects_bare_cents_as_the_coin() {
        assert_eq!(fr("cents"), None);
        assert_eq!(fr("vingt cents"), Some((20.0, 5)));
        assert_eq!(fr("un cent"), Some((1.0, 2)));
    }

    #[test]
    fn reads_mille_as_an_invariable_thousand() {
        assert_eq!(fr("mille"), Some((1000.0, 5)));
        assert_eq!(fr("deux mille"), Some((2000.0, 10)));
        assert_eq!(fr("vingt-cinq mille soldats"), Some((25000.0, 16)));
        assert_eq!(fr("vingt et un mille"), Some((21000.0, 17)));
        assert_eq!(fr("mille deux cents"), Some((1200.0, 16)));
        assert_eq!(fr("deux mille vingt-quatre"), Some((2024.0, 23)));
        assert_eq!(fr("quatre-vingt mille"), Some((80000.0, 18)));
    }

    #[test]
    fn does_not_read_un_mille_as_a_thousand() {
        assert_eq!(fr("un mille nautique"), Some((1.0, 2)));
        assert_eq!(fr("trois milles nautiques"), Some((3.0, 5)));
    }

    #[test]
    fn reads_millions_and_milliards() {
        assert_eq!(fr("un million"), Some((1e6, 10)));
        assert_eq!(fr("trois millions de personnes"), Some((3e6, 14)));
        assert_eq!(fr("deux milliards"), Some((2e9, 14)));
        assert_eq!(fr("deux millions trois cent mille"), Some((2.3e6, 30)));
        assert_eq!(fr("un milliard deux cents millions"), Some((1.2e9, 31)));
        assert_eq!(fr("deux millions mille"), Some((2_001_000.0, 19)));
        assert_eq!(fr("deux millions trois"), Some((2_000_003.0, 19)));
    }

    #[test]
    fn stops_before_a_scale_that_cannot_follow() {
        assert_eq!(fr("deux millions trois millions"), Some((2e6, 13)));
        assert_eq!(fr("mille mille"), Some((1000.0, 5)));
        assert_eq!(en("two thousand and five thousand"), Some((2000.0, 12)));
    }

    #[test]
    fn reads_mille_milliards_as_a_thousand_billion() {
        assert_eq!(fr("mille milliards"), Some((1e12, 15)));
        assert_eq!(fr("cent mille milliards"), Some((1e14, 20)));
    }

    #[test]
    fn rejects_a_bare_million() {
        assert_eq!(fr("millions de personnes"), None);
        assert_eq!(fr("milliard"), None);
    }

    #[test]
    fn reads_the_1990_hyphenated_spelling() {
        assert_eq!(fr("deux-cent-mille"), Some((200_000.0, 15)));
        assert_eq!(fr("mille-deux-cent-trente-quatre"), Some((1234.0, 29)));
        assert_eq!(fr("trente-et-un-mille"), Some((31000.0, 18)));
    }

    #[test]
    fn reads_et_demi_after_a_french_number() {
        assert_eq!(fr("deux millions et demi"), Some((2.5e6, 21)));
        assert_eq!(fr("un million et demi"), Some((1.5e6, 18)));
        assert_eq!(fr("trois milliards et demi"), Some((3.5e9, 23)));
        assert_eq!(fr("deux et demie"), Some((2.5, 13)));
        // After a longer number, the half has no clear unit: left out.
        assert_eq!(fr("un million deux cent mille et demi"), Some((1.2e6, 26)));
    }

    #[test]
    fn reads_mille_et_une() {
        assert_eq!(fr("mille et une nuits"), Some((1001.0, 12)));
    }

    #[test]
    fn never_consumes_a_trailing_et() {
        assert_eq!(fr("deux et trois"), Some((2.0, 4)));
        assert_eq!(fr("vingt et"), Some((20.0, 5)));
        assert_eq!(fr("deux millions et des poussières"), Some((2e6, 13)));
    }

    #[test]
    fn accepts_no_break_spaces_between_french_words() {
        assert_eq!(fr("vingt\u{a0}cinq mille"), Some((25000.0, 17)));
        assert_eq!(fr("deux\u{202f}millions"), Some((2e6, 15)));
        assert_eq!(fr("vingt  cinq"), Some((25.0, 11)));
    }

    #[test]
    fn never_consumes_a_trailing_separator() {
        assert_eq!(fr("deux "), Some((2.0, 4)));
        assert_eq!(fr("vingt-"), Some((20.0, 5)));
        assert_eq!(fr("trois-\u{a0}"), Some((3.0, 5)));
        assert_eq!(fr("vingt - cinq"), Some((20.0, 5)));
    }

    #[test]
    fn stops_at_the_first_word_that_does_not_continue_the_number() {
        assert_eq!(fr("deux trois"), Some((2.0, 4)));
        assert_eq!(fr("dix ans"), Some((10.0, 3)));
        assert_eq!(fr("vingt, trente"), Some((20.0, 5)));
        assert_eq!(fr("cent\ncinq"), Some((100.0, 4)));
        assert_eq!(fr("zéro un"), Some((0.0, 5)));
    }

    #[test]
    fn rejects_french_ordinals() {
        for text in [
            "premier",
            "première",
            "deuxième",
            "second",
            "seconde",
            "vingtième",
            "centième",
            "millième",
            "dixieme",
        ] {
            assert_eq!(fr(text), None, "{text}");
        }
    }

    #[test]
    fn does_not_read_a_cardinal_out_of_a_french_ordinal() {
        for text in [
            "vingt-deuxième",
            "vingt et unième",
            "trente-et-unième",
            "quatre-vingtième",
            "cent deuxième",
            "deux millième",
        ] {
            assert_eq!(fr(text), None, "{text}");
        }
    }

    #[test]
    fn rejects_french_fractions() {
        assert_eq!(fr("deux tiers"), None);
        assert_eq!(fr("trois quarts"), None);
        assert_eq!(fr("trois dixièmes"), None);
    }

    #[test]
    fn keeps_a_cardinal_before_premiers_and_secondes() {
        assert_eq!(fr("trois premiers mois"), Some((3.0, 5)));
        assert_eq!(fr("trente secondes"), Some((30.0, 6)));
        assert_eq!(fr("deux demi-finales"), Some((2.0, 4)));
    }

    #[test]
    fn requires_a_word_boundary_in_french() {
        for text in [
            "deuxièmement",
            "unique",
            "unième",
            "centaine",
            "millier",
            "milliers",
            "vingtaine",
            "dix2",
        ] {
            assert_eq!(fr(text), None, "{text}");
        }
    }

    #[test]
    fn reads_french_case_insensitively() {
        assert_eq!(fr("VINGT-CINQ MILLE"), Some((25000.0, 16)));
        assert_eq!(fr("Deux Millions"), Some((2e6, 13)));
        assert_eq!(fr("ZÉRO"), Some((0.0, 5)));
    }

    #[test]
    fn reads_decomposed_accents() {
        assert_eq!(fr("ze\u{301}ro"), Some((0.0, 6)));
        assert_eq!(fr("deuxie\u{300}me"), None);
        assert_eq!(fr("un\u{301}"), None);
    }

    #[test]
    fn reads_french_words_only_in_french() {
        assert_eq!(parse_cardinal("deux", Lang::En), None);
        assert_eq!(parse_cardinal("two", Lang::Fr), None);
    }

    // English.

    #[test]
    fn reads_english_units_teens_and_tens() {
        assert_eq!(en("zero"), Some((0.0, 4)));
        assert_eq!(en("one"), Some((1.0, 3)));
        assert_eq!(en("seven"), Some((7.0, 5)));
        assert_eq!(en("ten"), Some((10.0, 3)));
        assert_eq!(en("nineteen"), Some((19.0, 8)));
        assert_eq!(en("ninety"), Some((90.0, 6)));
    }

    #[test]
    fn reads_hyphenated_and_spaced_english_tens() {
        assert_eq!(en("twenty-five"), Some((25.0, 11)));
        assert_eq!(en("twenty five"), Some((25.0, 11)));
        assert_eq!(en("forty-two people"), Some((42.0, 9)));
        assert_eq!(en("twenty-one"), Some((21.0, 10)));
    }

    #[test]
    fn reads_english_hundreds_with_and() {
        assert_eq!(en("one hundred"), Some((100.0, 11)));
        assert_eq!(en("two hundred and five"), Some((205.0, 20)));
        assert_eq!(en("nine hundred ninety-nine"), Some((999.0, 24)));
        assert_eq!(en("twenty-five hundred"), Some((2500.0, 19)));
        assert_eq!(en("five hundreds tvs"), Some((500.0, 13)));
        assert_eq!(en("hundreds of people"), None);
        assert_eq!(en("a hundreds"), None);
    }

    #[test]
    fn reads_english_scales() {
        assert_eq!(en("twenty-five thousand"), Some((25000.0, 20)));
        assert_eq!(en("three million people"), Some((3e6, 13)));
        assert_eq!(en("two billion"), Some((2e9, 11)));
        assert_eq!(en("one trillion"), Some((1e12, 12)));
        assert_eq!(en("one million two hundred thousand"), Some((1.2e6, 32)));
        assert_eq!(en("two thousand and twenty-four"), Some((2024.0, 28)));
        assert_eq!(en("one hundred and fifty thousand"), Some((150_000.0, 30)));
    }

    #[test]
    fn reads_a_before_hundred_and_scales() {
        assert_eq!(en("a hundred"), Some((100.0, 9)));
        assert_eq!(en("a thousand"), Some((1000.0, 10)));
        assert_eq!(en("a million dollars"), Some((1e6, 9)));
        assert_eq!(en("a billion"), Some((1e9, 9)));
        assert_eq!(en("a hundred and fifty"), Some((150.0, 19)));
        assert_eq!(en("a hundred thousand"), Some((100_000.0, 18)));
        assert_eq!(en("a thousand million"), Some((1e9, 18)));
        assert_eq!(en("A Hundred"), Some((100.0, 9)));
    }

    #[test]
    fn rejects_a_alone_and_a_dozen() {
        for text in [
            "a", "a dozen", "a man", "a half", "a and", "half", "hundred", "thousand",
        ] {
            assert_eq!(en(text), None, "{text}");
        }
    }

    #[test]
    fn reads_english_halves() {
        assert_eq!(en("two and a half million"), Some((2.5e6, 22)));
        assert_eq!(en("one and a half"), Some((1.5, 14)));
        assert_eq!(en("half a million"), Some((5e5, 14)));
        assert_eq!(en("a half million"), Some((5e5, 14)));
        assert_eq!(en("two million and a half"), Some((2.5e6, 22)));
    }

    #[test]
    fn consumes_and_only_before_more_number_words() {
        assert_eq!(en("two and three"), Some((2.0, 3)));
        assert_eq!(en("one hundred and"), Some((100.0, 11)));
        assert_eq!(en("two and a"), Some((2.0, 3)));
        assert_eq!(en("two thousand and counting"), Some((2000.0, 12)));
    }

    #[test]
    fn reads_lone_one_as_one() {
        assert_eq!(en("one"), Some((1.0, 3)));
        assert_eq!(en("One of them"), Some((1.0, 3)));
    }

    #[test]
    fn rejects_english_ordinals() {
        for text in [
            "first",
            "second",
            "third",
            "fifth",
            "twentieth",
            "hundredth",
            "millionth",
        ] {
            assert_eq!(en(text), None, "{text}");
        }
    }

    #[test]
    fn does_not_read_a_cardinal_out_of_an_english_ordinal() {
        for text in [
            "twenty-second",
            "twenty-first",
            "thirty third",
            "one hundred and first",
            "two thirds",
            "one-third",
            "three-fifths",
        ] {
            assert_eq!(en(text), None, "{text}");
        }
    }

    #[test]
    fn keeps_a_cardinal_before_seconds() {
        assert_eq!(en("thirty seconds"), Some((30.0, 6)));
        assert_eq!(en("one second"), Some((1.0, 3)));
    }

    #[test]
    fn requires_a_word_boundary_in_english() {
        for text in [
            "oneself",
            "once",
            "none",
            "tender",
            "one's",
            "hundreds",
            "thousands",
            "tens",
            "twenty5",
        ] {
            assert_eq!(en(text), None, "{text}");
        }
        // The hyphen ends the number when what follows is not a number word.
        assert_eq!(en("ten-year"), Some((10.0, 3)));
        assert_eq!(en("one-off"), Some((1.0, 3)));
    }

    #[test]
    fn reads_english_case_insensitively() {
        assert_eq!(en("TWENTY-FIVE THOUSAND"), Some((25000.0, 20)));
        assert_eq!(en("Two Hundred"), Some((200.0, 11)));
    }

    #[test]
    fn reads_nothing_from_empty_or_indented_text() {
        assert_eq!(en(""), None);
        assert_eq!(fr(""), None);
        assert_eq!(en(" one"), None);
        assert_eq!(fr("-deux"), None);
    }

    #[test]
    fn never_panics_and_ends_on_a_char_boundary() {
        let samples = [
            "\u{301}un",
            "vingt\u{301}-cinq",
            "un·e",
            "二十五",
            "🎉 deux",
            "deux 🎉",
            "ÉÈÊ  \u{a0}\u{202f}- -",
            "twenty-\u{2011}five",
            "mille et",
            "a half a",
            "quatre-vingts-",
            "un tiers\u{2011}é",
            "a third\u{2011}term",
            "two point\u{a0}fi",
            "deux virgule 🎉",
            "trois quarts de 🎉",
            "un demi\u{2011}",
        ];
        for sample in samples {
            for (i, _) in sample.char_indices() {
                let rest = &sample[i..];
                for lang in [Lang::Fr, Lang::En] {
                    if let Some(n) = parse_cardinal(rest, lang) {
                        assert!(rest.is_char_boundary(n.len), "{rest:?}");
                        assert!(n.len <= rest.len());
                    }
                    if let Some((_, len)) = parse_scale(rest, lang) {
                        assert!(rest.is_char_boundary(len), "{rest:?}");
                    }
                    if let Some(n) = parse_number(rest, lang) {
                        assert!(rest.is_char_boundary(n.len), "{rest:?}");
                        assert!(n.len <= rest.len());
                    }
                }
            }
        }
    }

    // Scale words after digits.

    #[test]
    fn reads_french_scale_words_after_digits() {
        assert_eq!(parse_scale("millions d'euros", Lang::Fr), Some((1e6, 8)));
        assert_eq!(parse_scale("million", Lang::Fr), Some((1e6, 7)));
        assert_eq!(parse_scale("mille", Lang::Fr), Some((1e3, 5)));
        assert_eq!(parse_scale("milliards", Lang::Fr), Some((1e9, 9)));
        assert_eq!(parse_scale("MILLIARD", Lang::Fr), Some((1e9, 8)));
    }

    #[test]
    fn reads_billion_as_a_million_millions_in_french() {
        assert_eq!(parse_scale("billions", Lang::Fr), Some((1e12, 8)));
        assert_eq!(parse_scale("billion", Lang::En), Some((1e9, 7)));
    }

    #[test]
    fn reads_english_scale_words_after_digits() {
        assert_eq!(parse_scale("thousand", Lang::En), Some((1e3, 8)));
        assert_eq!(parse_scale("million barrels", Lang::En), Some((1e6, 7)));
        assert_eq!(parse_scale("trillion", Lang::En), Some((1e12, 8)));
        assert_eq!(parse_scale("billions", Lang::En), Some((1e9, 8)));
    }

    #[test]
    fn reads_unambiguous_scale_abbreviations() {
        assert_eq!(parse_scale("k€", Lang::Fr), Some((1e3, 1)));
        assert_eq!(parse_scale("K", Lang::En), Some((1e3, 1)));
        assert_eq!(parse_scale("M€", Lang::Fr), Some((1e6, 1)));
        assert_eq!(parse_scale("M", Lang::En), Some((1e6, 1)));
        assert_eq!(parse_scale("Md€", Lang::Fr), Some((1e9, 2)));
        assert_eq!(parse_scale("Mds d'euros", Lang::Fr), Some((1e9, 3)));
        assert_eq!(parse_scale("bn", Lang::En), Some((1e9, 2)));
        assert_eq!(parse_scale("mn", Lang::En), Some((1e6, 2)));
        assert_eq!(parse_scale("tn", Lang::En), Some((1e12, 2)));
        assert_eq!(parse_scale("trn", Lang::En), Some((1e12, 3)));
    }

    #[test]
    fn skips_spaces_before_a_scale_word() {
        assert_eq!(parse_scale(" millions", Lang::Fr), Some((1e6, 9)));
        assert_eq!(parse_scale("\u{a0}millions", Lang::Fr), Some((1e6, 10)));
        assert_eq!(parse_scale("\u{202f}M€", Lang::Fr), Some((1e6, 4)));
        assert_eq!(parse_scale(" ", Lang::Fr), None);
    }

    #[test]
    fn rejects_vague_and_ambiguous_scale_words() {
        for (text, lang) in [
            ("", Lang::Fr),
            ("millier", Lang::Fr),
            ("milliers", Lang::Fr),
            ("centaine", Lang::Fr),
            ("cent", Lang::Fr),
            ("milles", Lang::Fr),
            ("millionième", Lang::Fr),
            ("m", Lang::Fr),
            ("m", Lang::En),
            ("km", Lang::Fr),
            ("Mbps", Lang::En),
            ("mn", Lang::Fr),
            ("bn", Lang::Fr),
            ("Md", Lang::En),
            ("md", Lang::Fr),
            ("M. Macron", Lang::Fr),
            ("hundred", Lang::En),
        ] {
            assert_eq!(parse_scale(text, lang), None, "{text}");
        }
    }

    // Fractions, mixed numbers and decimals read aloud.

    fn num(text: &str, lang: Lang) -> Option<(f64, usize)> {
        parse_number(text, lang).map(|n| ((n.value * 1e9).round() / 1e9, n.len))
    }

    #[test]
    fn reads_french_fractions() {
        assert_eq!(num("trois quarts", Lang::Fr), Some((0.75, 12)));
        assert_eq!(num("deux tiers", Lang::Fr), Some((0.666666667, 10)));
        assert_eq!(num("cinq huitièmes", Lang::Fr), Some((0.625, 15)));
        assert_eq!(num("un cinquième", Lang::Fr), Some((0.2, 13)));
        assert_eq!(num("un vingt-cinquième", Lang::Fr), Some((0.04, 19)));
        assert_eq!(num("un demi", Lang::Fr), Some((0.5, 7)));
        // "cent trente" is 130 without "et": 130/5, unlike English "one hundred thirty
        // fifths".
        assert_eq!(num("cent trente cinquièmes", Lang::Fr), Some((26.0, 23)));
        assert_eq!(
            num("cent mille billionièmes", Lang::Fr),
            Some((0.0000001, 24))
        );
    }

    #[test]
    fn reads_english_fractions() {
        assert_eq!(num("two thirds", Lang::En), Some((0.666666667, 10)));
        assert_eq!(num("three quarters", Lang::En), Some((0.75, 14)));
        assert_eq!(num("a fifth", Lang::En), Some((0.2, 7)));
        assert_eq!(num("one-eighth", Lang::En), Some((0.125, 10)));
        assert_eq!(num("twenty-three fifths", Lang::En), Some((4.6, 19)));
        assert_eq!(num("one twenty-first", Lang::En), Some((0.047619048, 16)));
        assert_eq!(num("a twenty-first", Lang::En), Some((0.047619048, 14)));
        assert_eq!(num("a twenty-first century", Lang::En), None);
        assert_eq!(num("one - fourth", Lang::En), Some((0.25, 12)));
        // Words after a hundred, without "and", compound the denominator.
        assert_eq!(
            num("one hundred thirty fifths", Lang::En),
            Some((2.857142857, 25))
        );
        assert_eq!(
            num("one hundred one thousand fifths", Lang::En),
            Some((0.099502488, 31))
        );
        assert_eq!(
            num("one hundred and thirty fifths", Lang::En),
            Some((26.0, 29))
        );
    }

    #[test]
    fn reads_a_quarter_of_a_scale() {
        assert_eq!(
            num("Quarter million people", Lang::En),
            Some((250_000.0, 15))
        );
        assert_eq!(num("quart de million", Lang::Fr), Some((250_000.0, 16)));
        assert_eq!(num("Quartier de Paris", Lang::Fr), None);
        assert_eq!(num("quarter of the votes", Lang::En), None);
    }

    #[test]
    fn reads_mixed_numbers() {
        assert_eq!(num("cent et trois quarts", Lang::Fr), Some((100.75, 20)));
        assert_eq!(num("cinq et un quart", Lang::Fr), Some((5.25, 16)));
        assert_eq!(num("five and a quarter", Lang::En), Some((5.25, 18)));
        assert_eq!(
            num("six million and two thirds", Lang::En),
            Some((6666666.666666667, 26))
        );
        assert_eq!(
            num("un milliard et demi million", Lang::Fr),
            Some((1_000_500_000.0, 27))
        );
        // A scale after the fraction applies to the fraction alone.
        assert_eq!(
            num("one billion and a quarter million", Lang::En),
            Some((1_000_250_000.0, 33))
        );
        // The whole may join its tens and unit with "and" too.
        assert_eq!(
            num("twenty and three and three fifths", Lang::En),
            Some((23.6, 33))
        );
        assert_eq!(
            num("vingt et trois et trois cinquièmes", Lang::Fr),
            Some((23.6, 35))
        );
        // Not elsewhere: "twenty and three hundred" are two numbers.
        assert_eq!(num("twenty and three hundred", Lang::En), Some((20.0, 6)));
        // A whole fraction, not a mixed number, when the part after "and" is not proper.
        assert_eq!(
            num("one hundred and thirty fifths", Lang::En),
            Some((26.0, 29))
        );
    }

    #[test]
    fn ordinals_and_durations_are_no_fractions() {
        assert_eq!(num("le cinquième", Lang::Fr), None);
        assert_eq!(num("un deuxième tour", Lang::Fr), None);
        assert_eq!(num("une demi-heure", Lang::Fr), Some((1.0, 3)));
        assert_eq!(num("a third term", Lang::En), None);
        assert_eq!(num("one second", Lang::En), Some((1.0, 3)));
        assert_eq!(num("twenty-first", Lang::En), None);
        // A cardinal that runs on wins: half of a million is not what "un million et demi" says.
        assert_eq!(num("un million et demi", Lang::Fr), Some((1.5e6, 18)));
        assert_eq!(num("two and a half million", Lang::En), Some((2.5e6, 22)));
    }

    #[test]
    fn reads_decimals_read_aloud() {
        assert_eq!(num("two point five", Lang::En), Some((2.5, 14)));
        assert_eq!(
            num("two hundred point zero three", Lang::En),
            Some((200.03, 28))
        );
        assert_eq!(num("nine point nought four", Lang::En), Some((9.04, 22)));
        assert_eq!(num("two point five million", Lang::En), Some((2.5e6, 22)));
        assert_eq!(num("deux cent virgule trois", Lang::Fr), Some((200.3, 23)));
        assert_eq!(
            num("deux virgule cinquante deux", Lang::Fr),
            Some((2.52, 27))
        );
        // "point" alone is a word: "two points" are two.
        assert_eq!(num("two points", Lang::En), Some((2.0, 3)));
    }

    #[test]
    fn number_words_of_ten_or_more_are_known_in_any_case() {
        // The date reader looks for these words in normalised tokens: it must find each
        // word the number reader takes for one, whatever its case.
        let big = |w: Option<Word>| {
            matches!(
                w,
                Some(
                    Word::Teen(_)
                        | Word::Tens(_)
                        | Word::Vingts
                        | Word::Hundred { .. }
                        | Word::Scale(_)
                )
            )
        };
        for (lang, text) in [
            (
                Lang::Fr,
                "Dix Vingt TRENTE cent Mille millions quatre vingts deux Zéro et",
            ),
            (
                Lang::En,
                "Ten Twenty THIRTY hundred Thousand millions nineteen one and a",
            ),
        ] {
            for word in text.split(' ') {
                let norm = crate::text::normalize(word);
                let read = classify(word, lang);
                assert_eq!(is_ten_or_more(&norm, lang), big(read), "{word}: {read:?}");
            }
        }
        assert!(is_ten_or_more("mille", Lang::Fr) && is_ten_or_more("nineteen", Lang::En));
        assert!(!is_ten_or_more("deux", Lang::Fr) && !is_ten_or_more("one", Lang::En));
        // Every such word of the tables is ASCII, so no accent can hide one.
        for (name, word) in FR_WORDS.iter().chain(EN_WORDS) {
            assert!(!big(Some(*word)) || name.is_ascii(), "{name}");
        }
    }

    #[test]
    fn the_quick_rejection_never_turns_away_a_number_word_or_ordinal() {
        let forms = |w: &str| {
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            [w.to_string(), w.to_uppercase(), cap, format!("{w}s")]
        };
        for (lang, table) in [(Lang::Fr, FR_WORDS), (Lang::En, EN_WORDS)] {
            for (word, _) in table {
                for form in forms(word) {
                    let known = classify_folded(&form, lang).is_some();
                    assert!(!known || may_classify(form.as_bytes(), lang), "{form}");
                }
            }
        }
        for word in EN_ORDINALS {
            for form in forms(word) {
                let known = classify_folded(&form, Lang::En).is_some();
                assert!(!known || may_classify(form.as_bytes(), Lang::En), "{form}");
            }
        }
        for form in [
            "deuxième",
            "DEUXIÈMES",
            "vingtieme",
            "Centièmes",
            "onzie\u{300}me",
        ] {
            assert!(classify(form, Lang::Fr).is_some(), "{form}");
        }
        // Common words starting as no number word does are turned away.
        for word in ["le", "gouvernement", "Paris", "police"] {
            assert!(!may_classify(word.as_bytes(), Lang::Fr), "{word}");
        }
        for word in ["with", "government", "Paris", "people"] {
            assert!(!may_classify(word.as_bytes(), Lang::En), "{word}");
        }
    }
}
