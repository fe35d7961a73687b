//! The date grammar: [`Reader::point`] reads one date or period at a word,
//! [`Reader::range`] joins two of them, [`Reader::mention_at`] adds the qualifier words
//! around them.

use super::*;

/// Reads dates at given words of one sentence.
pub(super) struct Reader<'r, 'a> {
    pub(super) s: &'r Sent<'a>,
    pub(super) lang: Lang,
    pub(super) p: Option<Date>,
    /// The cardinal in words read from each word to the end of the sentence, once asked:
    /// the rules try every word as a day, a year and a count, and reading it again each
    /// time was most of extraction's time.
    pub(super) rest_cardinals: Vec<Cell<Option<Option<WordNumber>>>>,
    /// The cardinal in words read from each word alone ("vingt-cinq"), once asked.
    pub(super) word_cardinals: Vec<Cell<Option<Option<WordNumber>>>>,
}

/// Looks `v` up in `memo`, reading and remembering it on a miss.
pub(super) fn memoized(
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
    pub(super) fn cardinal_from(&self, v: usize) -> Option<WordNumber> {
        memoized(&self.rest_cardinals, v, || {
            let s = self.s;
            let from = s.tok(v).span.start;
            let to = s.toks.last()?.span.end;
            crate::extract::numwords::parse_cardinal(s.text.get(from..to)?, self.lang)
        })
    }

    /// The cardinal in words starting at word `v` ([`Reader::cardinal_from`]), and the
    /// view index after its last word.
    pub(super) fn cardinal_words(&self, v: usize) -> Option<(WordNumber, usize)> {
        let s = self.s;
        let n = self.cardinal_from(v)?;
        let end = s.tok(v).span.start + n.len;
        Some((n, s.view.partition_point(|&i| s.toks[i].span.start < end)))
    }

    /// The cardinal in words at the start of word `v`'s normalised form.
    pub(super) fn cardinal_in_word(&self, v: usize) -> Option<WordNumber> {
        memoized(&self.word_cardinals, v, || {
            crate::extract::numwords::parse_cardinal(&self.s.tok(v).norm, self.lang)
        })
    }

    pub(super) fn w(&self, v: usize) -> &str {
        self.s.word(v)
    }

    pub(super) fn is_num(&self, v: usize) -> bool {
        v < self.s.view.len() && self.s.tok(v).kind == TokKind::Num
    }

    /// A short number at `v` (up to four digits, not a group of a larger figure).
    pub(super) fn num(&self, v: usize) -> Option<i64> {
        let t = self.s.tok(v);
        (self.is_num(v) && t.norm.len() <= 4 && !self.s.is_grouped_number(v))
            .then(|| t.norm.parse().ok())
            .flatten()
    }

    /// A year written in four digits (not an amount: "$2000").
    pub(super) fn year(&self, v: usize) -> Option<i16> {
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
    pub(super) fn in_code(&self, i: usize, y: i16) -> bool {
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
    pub(super) fn year_words(&self, v: usize) -> Option<(i16, usize)> {
        let s = self.s;
        if v >= s.view.len() || s.tok(v).kind != TokKind::Word {
            return None;
        }
        let end_of = |k: usize| -> Option<(f64, usize)> {
            let (n, after) = self.cardinal_words(k)?;
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
    pub(super) fn year_any(&self, v: usize) -> Option<(i16, usize)> {
        self.year(v)
            .or_else(|| self.old_year(v))
            .map(|y| (y, v + 1))
            .or_else(|| self.year_words(v))
    }

    /// Whether the token at `v` is four digits that read as a year, in a code or not
    /// ("2017" in "11/2/2017").
    pub(super) fn year_digits(&self, v: usize) -> bool {
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
    pub(super) fn two_digit_year(&self, v: usize) -> Option<i16> {
        let n = self.num(v).filter(|n| (32..=99).contains(n))?;
        (self.s.tok(v).norm.len() == 2
            && !matches!(self.s.tok(v + 1).kind, TokKind::Word | TokKind::Num))
        .then_some(1900 + n as i16)
    }

    /// A year before 1800, only read after a day and month ("5 December 1391").
    pub(super) fn old_year(&self, v: usize) -> Option<i16> {
        let t = self.s.tok(v);
        (self.is_num(v) && t.norm.len() == 4 && !self.s.is_grouped_number(v))
            .then(|| t.norm.parse::<i16>().ok())
            .flatten()
            .filter(|y| (1000..1800).contains(y))
    }

    /// Whether the token at view `v` is glued to the previous visible one.
    pub(super) fn glued(&self, v: usize) -> bool {
        v < self.s.view.len() && self.s.tok(v).glued()
    }

    /// A day of the month in digits, with its ordinal suffix ("3", "1er", "21st",
    /// "22ème"): the day and the view index after it.
    pub(super) fn day_num(&self, v: usize) -> Option<(i8, usize)> {
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
    pub(super) fn day_any(&self, v: usize) -> Option<(i8, usize)> {
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
    pub(super) fn day_word_fr(&self, v: usize) -> Option<(i8, usize)> {
        let s = self.s;
        if self.lang != Lang::Fr || v >= s.view.len() || s.tok(v).kind != TokKind::Word {
            return None;
        }
        let (n, after) = self.cardinal_words(v)?;
        (n.value.fract() == 0.0 && (2.0..=31.0).contains(&n.value))
            .then_some((n.value as i8, after))
    }

    /// A day of the month as a French ordinal word ("premier", "deuxième", "dix-septième",
    /// "vingt et unième"): the day and the view index after it.
    pub(super) fn day_ordinal_fr(&self, v: usize) -> Option<(i8, usize)> {
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
    pub(super) fn day_ordinal_fr_closing(&self, v: usize) -> Option<(i8, usize)> {
        self.day_ordinal_fr(v)
            .filter(|&(_, e)| self.s.tok(e).kind != TokKind::Word || self.year_any(e).is_some())
    }

    /// A month name at `v`, with the period of its abbreviation ("oct."): the month and
    /// the view index after it.
    pub(super) fn month(&self, v: usize) -> Option<(i8, usize)> {
        if v >= self.s.view.len() {
            return None;
        }
        let t = self.s.tok(v);
        let m = month_of(&t.norm, t.capitalized, self.lang)?;
        Some((m, self.after_abbreviation(&t.norm, v)))
    }

    /// A month name even where the word could be another ("may", "march"): next to a
    /// day of the month, as in "4th of march" or "may the eleventh".
    pub(super) fn month_lenient(&self, v: usize) -> Option<(i8, usize)> {
        if v >= self.s.view.len() {
            return None;
        }
        let w = self.w(v);
        let m = month_of(w, true, self.lang)?;
        Some((m, self.after_abbreviation(w, v)))
    }

    /// The view index after month name `word` at `v`, past the period of its
    /// abbreviation ("oct. 2", "en fév.").
    pub(super) fn after_abbreviation(&self, word: &str, v: usize) -> usize {
        // English ends a sentence on one period: "second of Aug." is "second of Aug".
        let ends_sentence = self.lang == Lang::En && v + 2 >= self.s.view.len();
        let dot = is_month_abbreviation(word)
            && self.s.tok(v + 1).is_punct('.')
            && self.glued(v + 1)
            && !ends_sentence;
        if dot { v + 2 } else { v + 1 }
    }

    /// A weekday, or its short name ("Tue", "Thur"), where a weekday is expected.
    pub(super) fn weekday_or_short(&self, v: usize) -> Option<(Weekday, usize)> {
        self.weekday(v).or_else(|| {
            SHORT_WEEKDAYS
                .iter()
                .find(|(n, _, l)| *n == self.w(v) && *l == self.lang)
                .map(|&(_, d, _)| (d, v + 1))
        })
    }

    pub(super) fn weekday(&self, v: usize) -> Option<(Weekday, usize)> {
        static BY_NAME: LazyLock<foldhash::HashMap<&str, Weekday>> =
            LazyLock::new(|| first_wins(WEEKDAYS));
        BY_NAME.get(self.w(v)).map(|&d| (d, v + 1))
    }

    /// The date at `v` with its qualifier words.
    pub(super) fn mention_at(&self, v: usize) -> Option<DateMention> {
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
        // "on November 18-19": a month's days joined by a hyphen are one date, which
        // keeps its "on" as the peer cases write it ("on 26 june to 28 june" is two
        // dates, and the "on" goes with the first).
        let on_days = self.lang == Lang::En
            && is_range
            && q + 1 == v
            && s.word(q) == "on"
            && self.month(v).is_some()
            && self.day_num(v + 1).is_some()
            && matches!(self.connector(v + 2), Some((Conn::Dash, _)))
            && value.granularity == Granularity::Days;
        // "around the 21st": a date told as approximate keeps the word that says so.
        let (q, around) = if self.lang == Lang::En && q == v && v > 0 && s.word(v - 1) == "around" {
            (v - 1, true)
        } else {
            (q, false)
        };
        let core = if since || weekday_in_week || on_days || around {
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
    pub(super) fn open_before(&self, v: usize) -> Option<(usize, Open)> {
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
                // "by the end of the month", "by late 2020": a deadline, that part or
                // any day before it ("by mid summer" is the part alone).
                "by" if self.lang == Lang::En
                    && part_of(w(k + usize::from(w(k) == "the"))) == Some(Part::Late) =>
                {
                    return Some((k - 1, Open::OnOrBefore));
                }
                _ => {}
            }
        }
        // ">= 2019", "< =2019", "≥ 2019": a comparison written in symbols.
        if self.lang == Lang::En && k >= 1 {
            let eq = w(k - 1) == "=";
            let j = if eq && k >= 2 { k - 2 } else { k - 1 };
            match (w(j), eq) {
                (">", true) | ("≥", false) => return Some((j, Open::OnOrAfter)),
                ("<", true) | ("≤", false) => return Some((j, Open::OnOrBefore)),
                (">", false) => return Some((j, Open::After)),
                ("<", false) => return Some((j, Open::Before)),
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
                // "year greater than 2012": the unit compared is part of it.
                ("later" | "greater", "than") if k >= 3 && w(k - 3) == "year" => {
                    return Some((k - 3, Open::After));
                }
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
    pub(super) fn open_after(&self, e: usize) -> Option<(usize, Open)> {
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
    pub(super) fn range(&self, v: usize) -> Option<Found> {
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
            // "from 2010-01-01 till current date".
            .or_else(|| {
                (opener.is_some()
                    && self.w(k) == "current"
                    && self.w(k + 1) == "date"
                    && matches!(self.w(k - 1), "to" | "till" | "until"))
                .then(|| Some((k + 2, day(self.p?))))
                .flatten()
            })
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
            None => (k, self.point(k).or_else(|| self.month_before_hyphen(k))),
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
    pub(super) fn day_then_month(&self, v: usize) -> Option<(usize, DateValue)> {
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
    pub(super) fn connector(&self, e: usize) -> Option<(Conn, usize)> {
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
    pub(super) fn point(&self, v: usize) -> Option<Found> {
        if v >= self.s.view.len() {
            return None;
        }
        self.numeric(v)
            .or_else(|| self.compact_date(v))
            .or_else(|| self.spaced_numeric(v))
            .or_else(|| self.holiday(v))
            .or_else(|| self.week_around(v))
            .or_else(|| self.month_around_fr(v))
            .or_else(|| self.decade(v))
            .or_else(|| self.rank(v))
            .or_else(|| self.leading(v))
            .or_else(|| self.lasting_from(v))
            .or_else(|| self.weekday_shifted(v))
            .or_else(|| self.lasting_from_fr(v))
            .or_else(|| self.weekday_shifted_fr(v))
            .or_else(|| self.business_days(v))
            .or_else(|| self.business_days_fr(v))
            .or_else(|| self.relative(v))
            .or_else(|| self.part(v))
            .or_else(|| self.season(v))
            .or_else(|| self.day_first(v))
            .or_else(|| self.day_words_first(v))
            .or_else(|| self.day_alone(v))
            .or_else(|| self.day_then_weekday_fr(v))
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
    pub(super) fn holiday(&self, v: usize) -> Option<Found> {
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
    pub(super) fn holiday_day(&self, v: usize, framed: bool) -> Option<(usize, Date, Holiday)> {
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
                // "Labor Day", "International Workers' Day": a name that says it is a
                // day dates itself ("Christmas shopping" does not).
                let named_day = self.lang == Lang::En && e > k && w(e - 1) == "day";
                let dated = framed
                    || named_day
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
    pub(super) fn holiday_name(&self, v: usize) -> Option<(Holiday, usize)> {
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
    pub(super) fn year_named(&self, v: usize) -> Option<Found> {
        if v > 0 && matches!(self.w(v - 1), "fiscal" | "school" | "scolaire") {
            return None;
        }
        // "CY 2008", "CY18": a calendar year, as accounts abbreviate it.
        if self.lang == Lang::En && self.w(v) == "cy" {
            let y = self.year(v + 1).or_else(|| {
                let t = self.s.tok(v + 1);
                (self.glued(v + 1) && t.norm.len() == 2)
                    .then(|| self.num(v + 1).map(|n| 2000 + n as i16))
                    .flatten()
            })?;
            return Some((v + 2, year_period(y, None)?));
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
    pub(super) fn year_written(&self, v: usize) -> Option<Found> {
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
    pub(super) fn period_at(&self, v: usize) -> Option<Found> {
        self.period_since(v, false)
    }

    /// [`Reader::period_at`], a bare month taken as the latest one begun when `since`
    /// ("depuis la mi-mars", "since mid-March").
    fn period_since(&self, v: usize, since: bool) -> Option<Found> {
        if let Some(found) = self.point(v) {
            return Some(found);
        }
        let (m, e) = self.month(v)?;
        let y = infer_year(self.p?, m, None, since);
        Some((e, month_period(y, m, None)?))
    }

    /// The week of a day: "the week of November 30th", "the week starting February 4",
    /// "la semaine du 15 septembre".
    pub(super) fn week_around(&self, v: usize) -> Option<Found> {
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

    /// The month of a day, in French: "le mois du 16 septembre" is September, as "la
    /// semaine du 16 septembre" is that week. The article stays out, as the peer cases
    /// write it.
    pub(super) fn month_around_fr(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::Fr || self.w(v) != "mois" || self.w(v + 1) != "du" {
            return None;
        }
        let (e, d) = self
            .point(v + 2)
            .filter(|(_, x)| x.granularity == Granularity::Day)?;
        Some((e, month_period(d.start.year(), d.start.month(), None)?))
    }

    /// Dates in digits: "2025-06-09", "02/22/2016", "22/02/2016", "13.5.2015",
    /// "2016-11", "11/2016", "4/22", "jan/1".
    pub(super) fn numeric(&self, v: usize) -> Option<Found> {
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
        // A day, a month and a year in figures joined by glued hyphens, starting at
        // token `j` ("10-7-2018"): two of them make a range ("10-1-2018-10-7-2018").
        let hyphen_date = |j: usize| {
            let glued_num = |k: usize, max: usize| {
                toks.get(k)
                    .is_some_and(|t| t.kind == TokKind::Num && t.norm.len() <= max && t.glued())
            };
            let dash = |k: usize| toks.get(k).is_some_and(|t| t.is_punct('-') && t.glued());
            toks.get(j)
                .is_some_and(|t| t.kind == TokKind::Num && t.norm.len() <= 2)
                && dash(j + 1)
                && glued_num(j + 2, 2)
                && dash(j + 3)
                && glued_num(j + 4, 4)
                && toks[j + 4].norm.len() == 4
        };
        // Part of a longer figure or code: "1.2.3", "v2/3".
        if i0 > 0 && toks[i0].glued() {
            let before = &toks[i0 - 1];
            if before.kind != TokKind::Punct || matches!(before.norm.as_str(), "/" | "." | ":") {
                return None;
            }
            // "123-12-1234": the end of a longer chain of numbers; but "10/1-11/2/2017"
            // is two slashed dates.
            let slashed = i0 >= 3 && toks[i0 - 3].is_punct('/');
            let hyphened = i0 >= 6 && hyphen_date(i0 - 6) && hyphen_date(i0);
            if before.norm == "-"
                && before.glued()
                && i0 >= 2
                && toks[i0 - 2].kind == TokKind::Num
                && !slashed
                && !hyphened
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
        // "1.2.3.4", "10/12/14/16": not a date; "5/1-5/7" and "10-1-2018-10-7-2018"
        // are ranges of two.
        let two_hyphened = hyphen_date(i0) && hyphen_date(i + 2) && i == i0 + 4;
        if !two_hyphened
            && toks.get(i + 1).is_some_and(|t| {
                t.glued()
                    && matches!(t.norm.as_str(), "/" | "." | "-")
                    && !(sep == '/' && t.norm == "-")
            })
            && toks
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
                // "September-2020-23", "2020/23/Sep": with the month named and the year
                // in four figures, the order does not matter.
                let (mut named, mut y, mut d) = (None, None, None);
                for it in [a, b, c] {
                    match it {
                        Item::Month(m) if named.is_none() => named = Some(m),
                        Item::Num(..) if y.is_none() && year_num(it).is_some() => {
                            y = year_num(it);
                        }
                        Item::Num(..) if d.is_none() && day_num(it).is_some() => d = day_num(it),
                        _ => {
                            named = None;
                            break;
                        }
                    }
                }
                if let (Some(m), Some(y), Some(d)) = (named, y, d) {
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
    pub(super) fn spaced_numeric(&self, v: usize) -> Option<Found> {
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
    pub(super) fn day_month_order(&self, x: i64, z: i64) -> Option<(i64, i8)> {
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
    pub(super) fn decade(&self, v: usize) -> Option<Found> {
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
        if let Some(t) = decade_word(self.w(k)).filter(|_| article && self.w(v) == "the") {
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
                && let Some(t) = decade_word(self.w(k + 1))
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
    pub(super) fn relative(&self, v: usize) -> Option<Found> {
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
        // "next fortnight", "this fortnight": two calendar weeks, this one and the
        // next, or the two after them ("the last fortnight" is the stretch just past).
        if self.lang == Lang::En
            && w(v + 1) == "fortnight"
            && let Some(off) = offset_before(w(v)).filter(|&o| o >= 0 && w(v) != "past")
        {
            let monday = add_days(week_of(p)?.start, 14 * off)?;
            return Some((
                v + 2,
                span(monday, add_days(monday, 13)?, Granularity::Days),
            ));
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
            && let Some((parts, e)) = self.durations(self.after_about_fr(k))
        {
            return Some((e, shifted_by(p, &parts, -1)?));
        }
        // Not English "in two years": in news it is mostly "the highest in two years".
        if w(v) == "dans"
            && let Some((parts, e)) = self.durations(self.after_about_fr(v + 1))
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
            // "earlier last week", "later next month": a period that does not hold
            // publication has no part before or after it, only its first or last part.
            if self.lang == Lang::En
                && let Some(off) = offset_before(w(k)).filter(|&o| o != 0)
                && let Some((unit, e)) = self.unit_word(k + 1)
            {
                let part = if after { Part::Late } else { Part::Early };
                return Some((e, part_of_period(unit_period(p, unit, off)?, part)?));
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

    /// The view index after French words that make a count approximate ("il y a
    /// environ deux semaines", "il y a près de trois ans", "il y a à peu près un mois",
    /// "dans presque deux ans"): the count is read as told, the words are part of the
    /// date. Not "plus de" or "moins de", which bound it.
    pub(super) fn after_about_fr(&self, k: usize) -> usize {
        if self.lang != Lang::Fr {
            return k;
        }
        match (self.w(k), self.w(k + 1), self.w(k + 2)) {
            ("environ" | "presque" | "quasiment" | "pratiquement", ..) => k + 1,
            ("pres", "de" | "d", _) => k + 2,
            ("a", "peu", "pres") => k + 3,
            _ => k,
        }
    }

    /// Whether French "prochain" or "dernier" at `v`, before its noun without an
    /// article, says which ("prochain mois", "au prochain printemps", "dernier
    /// mercredi"): not after a word that makes it an adjective of rank ("son dernier
    /// mois", "un prochain livre", "ce dernier jour": the latter's).
    pub(super) fn bare_french_offset(&self, v: usize) -> bool {
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
    pub(super) fn durations(&self, v: usize) -> Option<(Vec<(i64, Unit)>, usize)> {
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
    pub(super) fn lasting_from(&self, v: usize) -> Option<Found> {
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
        self.days_lasting(b, &parts)
    }

    /// The days that `parts` (counts of units) last from the day read at `b`: "3 days"
    /// from Monday are Monday to Wednesday.
    fn days_lasting(&self, b: usize, parts: &[(i64, Unit)]) -> Option<Found> {
        let (end, first) = self
            .point(b)
            .filter(|(_, x)| x.granularity == Granularity::Day && x.open.is_none())?;
        let last = moved(first.start, parts, 1)?;
        Some((
            end,
            span(first.start, add_days(last, -1)?, Granularity::Days),
        ))
    }

    /// A length of time from a given day on, in French: "pendant 3 jours à partir de
    /// lundi", "pendant une semaine à compter du 20 mai": the days it covers.
    /// "pendant" says the count is how long; without it "3 jours à partir de mardi" is
    /// how far, one day.
    pub(super) fn lasting_from_fr(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::Fr || self.w(v) != "pendant" {
            return None;
        }
        let w = |k: usize| self.w(k);
        let (parts, e) = self.durations(v + 1)?;
        let k = e + usize::from(w(e) == ",");
        if w(k) != "a" || !matches!(w(k + 1), "partir" | "compter") {
            return None;
        }
        if !matches!(w(k + 2), "de" | "d" | "du") {
            return None;
        }
        self.days_lasting(k + 3, &parts)
    }

    /// A weekday in the week of a count of units to come, in French: "lundi dans deux
    /// semaines", "vendredi dans 3 semaines" (weeks from Monday, as "vendredi de la
    /// semaine prochaine").
    pub(super) fn weekday_shifted_fr(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::Fr {
            return None;
        }
        let (wd, k) = self.weekday(v)?;
        if self.w(k) != "dans" {
            return None;
        }
        let (parts, e) = self.durations(k + 1)?;
        // Counted in weeks or more: "lundi dans 3 jours" says two different days.
        if parts.iter().any(|&(_, u)| u == Unit::Day) {
            return None;
        }
        let target = moved(self.p?, &parts, 1)?;
        Some((e, day(weekday_in_week(target, wd)?)))
    }

    /// A weekday in the week of a day told by a count, in English: "Monday two weeks
    /// from now", "Thursday, two years from now", "in 3 days on Friday", "3 weeks
    /// after Christmas on Friday" (weeks from Monday, as "Friday next week").
    pub(super) fn weekday_shifted(&self, v: usize) -> Option<Found> {
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
    pub(super) fn shift(&self, v: usize) -> Option<(usize, Date)> {
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
    pub(super) fn business_days(&self, v: usize) -> Option<Found> {
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
        Some((u + 2, business_days_from(self.p?, n, sign)?))
    }

    /// Days counted Monday to Friday, in French: "dans deux jours ouvrés", "dans 4
    /// journées de travail" (the day), "les 4 prochains jours ouvrables", "les 3
    /// derniers jours ouvrés" (the days). Read before "dans deux jours", which would
    /// count the weekend.
    pub(super) fn business_days_fr(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::Fr {
            return None;
        }
        let w = |k: usize| self.w(k);
        // "les" stays out, as in "les 4 prochains jours".
        let after_les = v > 0 && w(v - 1) == "les";
        let (n, u) = self.count_at(v + usize::from(w(v) == "dans"))?;
        let (sign, u) = match w(u) {
            _ if w(v) == "dans" => (0, u),
            "prochains" | "prochaines" if after_les => (1, u + 1),
            "derniers" | "dernieres" if after_les => (-1, u + 1),
            _ => return None,
        };
        let end = match (w(u), w(u + 1), w(u + 2)) {
            ("jours" | "jour", "ouvres" | "ouvre" | "ouvrables" | "ouvrable", _) => u + 2,
            ("journees" | "jours", "de", "travail") => u + 3,
            _ => return None,
        };
        Some((end, business_days_from(self.p?, n, sign)?))
    }

    /// Whether the word at `e`, after counts of units, says what they count from:
    /// "two days ago", "3 weeks later", "a month after Easter".
    pub(super) fn counts_from(&self, e: usize) -> bool {
        matches!(
            self.w(e),
            "ago" | "later" | "earlier" | "after" | "before" | "from" | "hence"
        )
    }

    /// A calendar unit word: "week", "week-end", "mois", "année".
    pub(super) fn unit_word(&self, v: usize) -> Option<(Unit, usize)> {
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
    pub(super) fn count_at(&self, v: usize) -> Option<(i64, usize)> {
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
        if let Some((n, after)) = self.cardinal_words(v)
            && n.value.fract() == 0.0
            && n.value < 1000.0
            && after > v + 1
        {
            return Some((n.value as i64, after));
        }
        let w = self.cardinal_in_word(v)?;
        (w.len == t.norm.len() && w.value.fract() == 0.0 && w.value < 1000.0)
            .then_some((w.value as i64, v + 1))
    }

    /// The view index after "couple" at `v`, and its "of" ("a couple of weeks").
    pub(super) fn after_couple(&self, v: usize) -> usize {
        if self.w(v) == "couple" && self.w(v + 1) == "of" {
            v + 2
        } else {
            v + 1
        }
    }

    /// A part of a period: "fin 2024", "début 2025", "mi-2024", "fin avril", "late 2024",
    /// "the end of next week", "à la fin de l'année", "early this month".
    pub(super) fn part(&self, v: usize) -> Option<Found> {
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
        let since = qualifier_before(self.s, v).1;
        if let Some((end, value)) = self.period_since(k, since) {
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
    pub(super) fn rank(&self, v: usize) -> Option<Found> {
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
        // "the 1st week of Oct. on Friday": that week's Friday.
        if self.lang == Lang::En
            && self.w(end) == "on"
            && let Some((wd, e)) = self.weekday(end + 1)
        {
            return Some((e, day(weekday_in_week(monday, wd)?)));
        }
        Some((end, span(monday, add_days(monday, 6)?, Granularity::Days)))
    }

    /// A quarter or half of a year told before it with "'s": "next year's first
    /// quarter", "2016's second half", "this year's last quarter".
    pub(super) fn possessive_part(&self, v: usize) -> Option<Found> {
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
    pub(super) fn leading(&self, v: usize) -> Option<Found> {
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
    pub(super) fn season(&self, v: usize) -> Option<Found> {
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
    pub(super) fn day_first(&self, v: usize) -> Option<Found> {
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
    pub(super) fn day_words_first(&self, v: usize) -> Option<Found> {
        let s = self.s;
        if self.lang != Lang::En || s.tok(v).kind != TokKind::Word {
            return None;
        }
        let (n, k) = self.cardinal_words(v)?;
        if n.value.fract() != 0.0 || !(1.0..=31.0).contains(&n.value) {
            return None;
        }
        let (m, e) = self.month(k)?;
        let e = e + usize::from(s.tok(e).is_punct(','));
        let (y, end) = self.year_any(e)?;
        Some((end, day(valid_day(y, m, n.value as i64)?)))
    }

    /// A day of the month alone, as an ordinal: "on the 18th.", "the 4th and the 5th":
    /// the one nearest publication. "The 18th century", "the 4th division" are not.
    pub(super) fn day_alone(&self, v: usize) -> Option<Found> {
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
            // "on twenty second?": an ordinal in two words cannot be "second thought".
            None if k == v && matches!(self.w(k), "twenty" | "thirty") => {
                self.day_any(k).filter(|&(_, e)| e == k + 2 && ends(e))?
            }
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
    pub(super) fn day_alone_fr(&self, v: usize) -> Option<Found> {
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

    /// A French day of the month then its weekday: "le 25 mardi", "le vingt-cinq
    /// mardi": the day nearest publication that falls on that weekday, as for "mardi
    /// 25". Only after "le", which makes the figure a day ("25 mardi" may be a count).
    pub(super) fn day_then_weekday_fr(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::Fr || self.w(v) != "le" {
            return None;
        }
        let (d, e) = self.day_num(v + 1).or_else(|| self.day_word_fr(v + 1))?;
        let (wd, e) = self.weekday(e)?;
        // "le 3 lundi prochain" says which week, not which month: not read here.
        if offset_after(self.w(e)).is_some() {
            return None;
        }
        let p = self.p?;
        // A given weekday falls on a given day at least once in 14 months.
        let found = (-14..=14)
            .filter_map(|o: i64| {
                let m = p.first_of_month().checked_add(o.months()).ok()?;
                valid_day(m.year(), m.month(), d.into())
            })
            .filter(|x| x.weekday() == wd)
            .min_by_key(|x| (*x - p).get_days().abs())?;
        Some((e, day(found)))
    }

    /// Day `d` of the month before, of or after publication, whichever is nearest.
    pub(super) fn nearest_day(&self, d: i8) -> Option<Date> {
        let p = self.p?;
        (-1..=1)
            .filter_map(|o: i64| {
                let m = p.first_of_month().checked_add(o.months()).ok()?;
                valid_day(m.year(), m.month(), d.into())
            })
            .min_by_key(|x| (*x - p).get_days().abs())
    }

    /// An ISO week of the publication year: "week 31", "la semaine 31".
    pub(super) fn week_number(&self, v: usize) -> Option<Found> {
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
    pub(super) fn time_at(&self, v: usize) -> bool {
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
    pub(super) fn day_cardinal(&self, v: usize) -> Option<(i8, usize)> {
        let s = self.s;
        if v >= s.view.len() || s.tok(v).kind != TokKind::Word {
            return None;
        }
        let (n, after) = self.cardinal_words(v)?;
        let k = if s.tok(after).is_punct(',') {
            after + 1
        } else {
            after
        };
        // "June twenty two with Jim": a preposition after it, not a noun it counts
        // ("in June twenty people died").
        let ends = s.tok(after).kind != TokKind::Word
            || self.year_any(k).is_some()
            || (self.lang == Lang::En
                && matches!(
                    self.w(after),
                    "with" | "at" | "for" | "in" | "on" | "to" | "from" | "by"
                ));
        (n.value.fract() == 0.0 && (1.0..=31.0).contains(&n.value) && ends)
            .then_some((n.value as i8, after))
    }

    /// Centuries: "the 21st century", "le XXe siècle", "du XIXe siècle".
    pub(super) fn century(&self, v: usize) -> Option<Found> {
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
    pub(super) fn with_year(&self, v: usize, e: usize, m: i8, d: i8) -> Option<Found> {
        let mut k = e;
        if self.s.tok(k).is_punct(',') || matches!(self.w(k), "of" | "de" | "in" | "en") {
            k += 1;
        }
        if let Some((y, e2)) = self.year_any(k) {
            return Some((e2, day(valid_day(y, m, d.into())?)));
        }
        // "January 12,2016": four figures after a day and a comma are no English
        // decimal, but the year.
        if self.lang == Lang::En
            && k == e + 1
            && self.s.tok(e).is_punct(',')
            && self.year_digits(k)
            && let Ok(y) = self.s.tok(k).norm.parse::<i16>()
        {
            return Some((k + 1, day(valid_day(y, m, d.into())?)));
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
    pub(super) fn month_first(&self, v: usize) -> Option<Found> {
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
        // "septembre.15": French writes the day in figures, without a suffix, after a
        // period glued on both sides, the whole date ending there ("septembre.15
        // morts" is a missing space). "le mois de septembre.16" is that month.
        if self.lang == Lang::Fr
            && self.s.tok(e).is_punct('.')
            && self.glued(e)
            && self.glued(e + 1)
            && let Some((d, e2)) = self.day_num(e + 1).filter(|&(_, e2)| {
                e2 == e + 2 && (e2 >= self.s.view.len() || self.s.tok(e2).kind == TokKind::Punct)
            })
        {
            if named {
                let y = infer_year(self.p?, m, Some(d), false);
                return Some((e2, month_period(y, m, None)?));
            }
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
    pub(super) fn weekday_at(&self, v: usize) -> Option<Found> {
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

    /// A date in eight digits, year, month and day ("20161016", "report-20170302.html"),
    /// as file names and stamps write it: only a valid day of 1900 to 2099, not part of
    /// a longer figure ("20161016.5", "1,20161016"), and not before a word, where it
    /// is as likely a count written without separators ("20161016 in total").
    pub(super) fn compact_date(&self, v: usize) -> Option<Found> {
        let s = self.s;
        let i = *s.view.get(v)?;
        let t = s.toks.get(i)?;
        if t.kind != TokKind::Num
            || t.norm.len() != 8
            || !t.norm.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let figure = |sep: Option<&crate::text::Token>, num: Option<&crate::text::Token>| {
            sep.zip(num).is_some_and(|(a, b)| {
                matches!(a.norm.as_str(), "." | ",") && b.kind == TokKind::Num && b.glued()
            }) && sep.is_some_and(|a| a.glued())
        };
        if figure(s.toks.get(i + 1), s.toks.get(i + 2))
            || v + 1 < s.view.len() && s.tok(v + 1).kind == TokKind::Word
            || (i >= 2 && t.glued() && figure(s.toks.get(i - 1), s.toks.get(i - 2)))
        {
            return None;
        }
        let n = |a: usize, b: usize| t.norm[a..b].parse::<i16>().ok();
        let y = n(0, 4).filter(|y| (1900..=2099).contains(y))?;
        let date = ymd(
            y,
            i8::try_from(n(4, 6)?).ok()?,
            i8::try_from(n(6, 8)?).ok()?,
        )?;
        Some((v + 1, day(date)))
    }

    /// A capitalized English month before a hyphen and another month ("Jan-Feb 2017",
    /// "Nov-Feb 5th, 2017"): alone a bare month is no date, here the first end of a
    /// range.
    pub(super) fn month_before_hyphen(&self, v: usize) -> Option<Found> {
        if self.lang != Lang::En || !self.s.tok(v).capitalized {
            return None;
        }
        let (m, e) = self.month(v)?;
        let (Conn::Dash, e2) = self.connector(e)? else {
            return None;
        };
        self.month_lenient(e2)?;
        let y = self.p?.year();
        Some((e, month_period(y, m, None)?))
    }

    /// "7-6", "7.6" after a weekday ("Friday 7-6"): alone a score or a decimal, after a
    /// weekday a day and month, the nearest publication.
    pub(super) fn day_month_after_weekday(&self, v: usize) -> Option<Found> {
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
    pub(super) fn month_first_dated(&self, v: usize) -> Option<Found> {
        self.month_first(v)
            .filter(|(_, x)| x.granularity == Granularity::Day)
    }

    /// A year first: "2016 November", "2016, nov", "2016 Q3", or a year alone ("en
    /// 2014", "2024", "depuis 2022").
    pub(super) fn year_first(&self, v: usize) -> Option<Found> {
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
        // "32 - 2015", "2015 - 32": across a spaced dash, a number that is no day, month
        // or year makes the year part of a sum or a code, as a glued one does
        // (`in_code`).
        let no_date_part = |k: usize| {
            self.is_num(k) && self.s.tok(k).norm.len() <= 3 && self.num(k).is_some_and(|n| n > 31)
        };
        if (v >= 2 && self.w(v - 1) == "-" && no_date_part(v - 2))
            || (self.w(v + 1) == "-" && no_date_part(v + 2))
        {
            return None;
        }
        // "2016 the third quarter", "2020 the first half": that part of the year.
        if self.lang == Lang::En
            && self.w(v + 1) == "the"
            && let Some(n) = rank_of(self.w(v + 2)).filter(|&n| n > 0)
        {
            let (per, size) = match self.w(v + 3) {
                "quarter" => (4, 3),
                "half" => (2, 6),
                _ => (0, 0),
            };
            if n <= per {
                return Some((v + 4, months_part(y, n, size)?));
            }
        }
        if self.s.followed_by_counted_noun(v) {
            return None;
        }
        Some((v + 1, year_period(y, None)?))
    }
}

/// How the two ends of a range are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Conn {
    /// "to", "until", "au", "à", "jusqu'à".
    To,
    /// "and", "et": only after "between", "entre", or in a list of days.
    And,
    /// A hyphen.
    Dash,
}
