//! Tokens and sentences of an article body, with byte spans into the source.
//!
//! Words are normalised for lexicon look-ups (lower case, accents and typographic
//! apostrophes folded) while spans keep pointing at the text as written.

use std::ops::Range;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One punctuation or symbol character.
    Punct,
    /// A URL or an HTML comment: kept whole so its digits are never read as figures.
    Opaque,
}

/// A token of the body.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte span in the source file.
    pub span: Range<usize>,
    /// What the token is.
    pub kind: TokKind,
    /// Whether white space (any, including no-break spaces) precedes it.
    pub space_before: bool,
    /// Whether a line break precedes it.
    pub newline_before: bool,
    /// Whether a blank line precedes it.
    pub blank_line_before: bool,
    /// Normalised text: lower case without accents for words, the text itself otherwise.
    pub norm: String,
    /// Whether the word starts with an upper-case letter.
    pub capitalized: bool,
}

impl Token {
    /// Whether this is a word whose normalised form is `w`.
    pub fn is(&self, w: &str) -> bool {
        self.norm == w
    }

    /// Whether this is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.norm.starts_with(c) && self.norm.len() == c.len_utf8()
    }

    /// Whether the token is glued to the previous one (no white space between).
    pub fn glued(&self) -> bool {
        !self.space_before
    }
}

/// A sentence: a range of tokens and the span of text it covers.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Byte span in the source file.
    pub span: Range<usize>,
    /// Index of the paragraph (block separated by line breaks) holding it.
    pub paragraph: usize,
}

/// A tokenised body.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// All tokens in order.
    pub tokens: Vec<Token>,
    /// Sentences in order; together they cover every token.
    pub sentences: Vec<Sentence>,
}

/// Lower-cases `s`, strips accents and folds typographic apostrophes, quotes and dashes.
pub fn normalize(s: &str) -> String {
    // Most words are plain ASCII: no decomposition needed.
    if s.is_ascii() {
        // One allocation: `replace` would copy every word again.
        let mut out = s.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    // Latin-1 and Latin Extended-A, all of French and English words: each character
    // decomposes to a letter and its own accents, so it normalises alone, as the table
    // gives it, without the decomposition iterator.
    if s.chars().all(|c| u32::from(c) < LATIN_END) {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            out.push_str(&LATIN[c as usize]);
        }
        return out;
    }
    normalize_any(s)
}

/// One past the last character [`LATIN`] holds.
const LATIN_END: u32 = 0x180;

/// [`normalize_any`] of each character below [`LATIN_END`].
static LATIN: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    (0..LATIN_END)
        .map(|u| char::from_u32(u).map_or_else(String::new, |c| normalize_any(&c.to_string())))
        .collect()
});

/// [`normalize`] of any text, through the Unicode decomposition.
fn normalize_any(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{b4}' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push('-'),
            '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Tokenises `text`, whose first byte is at `offset` in the source file.
pub fn tokenize(text: &str, offset: usize) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let (mut space, mut newline, mut blank) = (true, true, true);
    let mut newlines_in_gap = 0usize;
    while let Some(&(i, c)) = chars.peek() {
        if is_space(c) {
            space = true;
            if c == '\n' {
                newline = true;
                newlines_in_gap += 1;
                if newlines_in_gap >= 2 {
                    blank = true;
                }
            }
            chars.next();
            continue;
        }
        let rest = &text[i..];
        let (end, kind) = if let Some(len) = opaque_len(rest) {
            for _ in rest[..len].chars() {
                chars.next();
            }
            (i + len, TokKind::Opaque)
        } else if c.is_ascii_digit() {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            (end, TokKind::Num)
        } else if c.is_alphabetic() {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                // No ASCII character is a combining mark: skip the table lookup.
                if !(d.is_alphabetic() || (!d.is_ascii() && is_combining_mark(d))) {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            (end, TokKind::Word)
        } else {
            chars.next();
            (i + c.len_utf8(), TokKind::Punct)
        };
        let raw = &text[i..end];
        let norm = match kind {
            TokKind::Word | TokKind::Punct => normalize(raw),
            _ => raw.to_string(),
        };
        tokens.push(Token {
            span: offset + i..offset + end,
            kind,
            space_before: space,
            newline_before: newline,
            blank_line_before: blank,
            capitalized: kind == TokKind::Word && c.is_uppercase(),
            norm,
        });
        space = false;
        newline = false;
        blank = false;
        newlines_in_gap = 0;
    }
    tokens
}

/// Length of a URL or HTML comment at the start of `s`.
fn opaque_len(s: &str) -> Option<usize> {
    if s.starts_with("<!--") {
        return Some(s.find("-->").map_or(s.len(), |i| i + 3));
    }
    if s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.") {
        let end = s
            .find(|c: char| is_space(c) || matches!(c, ')' | '>' | '"' | '»' | ']'))
            .unwrap_or(s.len());
        return Some(end);
    }
    None
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "cf", "p", "pp", "no",
    "vol", "art", "av", "apr", "env", "mr", "mrs", "ms", "jr", "sr", "gen", "lt", "col", "sgt",
    "capt", "gov", "sen", "rep", "prof", "inc", "ltd", "co", "corp", "vs", "approx", "fig", "ed",
    "dept", "jan", "feb", "mar", "aug", "sept", "oct", "nov", "dec", "janv", "fevr", "juil", "déc",
    "avr", "fev", "sep", "u", "s", "e", "g", "i",
];

/// French weekdays' short names, which are also words ("mer", "mar", "sam").
const FR_SHORT_WEEKDAYS: &[&str] = &["lun", "mar", "mer", "jeu", "ven", "sam", "dim"];

/// French month names and their short forms, normalised.
const FR_MONTHS: &[&str] = &[
    "janvier",
    "janv",
    "fevrier",
    "fevr",
    "fev",
    "mars",
    "avril",
    "avr",
    "mai",
    "juin",
    "juillet",
    "juil",
    "aout",
    "septembre",
    "sept",
    "sep",
    "octobre",
    "oct",
    "novembre",
    "nov",
    "decembre",
    "dec",
];

/// Whether token `i` is a day in figures and the next one a French month: "24 juin".
fn day_and_month_fr(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    t.kind == TokKind::Num
        && t.norm.len() <= 2
        && tokens
            .get(i + 1)
            .is_some_and(|m| m.kind == TokKind::Word && FR_MONTHS.contains(&m.norm.as_str()))
}

/// Splits tokens into sentences.
pub fn sentences(tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut paragraph = 0usize;
    for i in 1..tokens.len() {
        if starts_new_sentence(tokens, i) {
            out.push(make_sentence(tokens, start, i, paragraph));
            start = i;
            if tokens[i].newline_before {
                paragraph += 1;
            }
        }
    }
    if start < tokens.len() {
        out.push(make_sentence(tokens, start, tokens.len(), paragraph));
    }
    out
}

fn make_sentence(tokens: &[Token], start: usize, end: usize, paragraph: usize) -> Sentence {
    Sentence {
        tokens: start..end,
        span: tokens[start].span.start..tokens[end - 1].span.end,
        paragraph,
    }
}

/// Whether token `i` opens a new sentence.
fn starts_new_sentence(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let prev = &tokens[i - 1];
    if t.blank_line_before {
        return true;
    }
    if t.newline_before {
        // A line break ends a sentence unless the text is hard-wrapped prose: the
        // previous line runs on without final punctuation and this line goes on in
        // lower case.
        let ends = prev.kind == TokKind::Punct
            && matches!(
                prev.norm.as_str(),
                "." | "!" | "?" | "…" | ":" | "»" | "\"" | ";"
            );
        let list_item = is_list_marker(tokens, i);
        let continues = t.kind == TokKind::Word && !t.capitalized;
        return ends || list_item || !continues || previous_line_len(tokens, i) < 50;
    }
    if !t.space_before {
        return false;
    }
    // Sentence-final punctuation, possibly followed by a closing quote or bracket.
    let mut j = i - 1;
    while j > 0
        && tokens[j].kind == TokKind::Punct
        && (tokens[j].norm == "»"
            || matches!(tokens[j].norm.as_str(), "\"" | ")" | "'") && !tokens[j].space_before)
    {
        j -= 1;
    }
    let p = &tokens[j];
    if !(p.kind == TokKind::Punct && matches!(p.norm.as_str(), "." | "!" | "?" | "…")) {
        return false;
    }
    if p.norm == "." && j > 0 {
        let w = &tokens[j - 1];
        if w.kind == TokKind::Word && !p.space_before {
            let single_initial = w.capitalized && w.norm.chars().count() == 1;
            if single_initial || ABBREVIATIONS.contains(&w.norm.as_str()) && w.norm.len() > 1 {
                return false;
            }
            // "le mer. 24 juin": a French weekday's short name before a day and its
            // month is the weekday's, not the sea's ("à la mer. Le 24 juin" opens one).
            if FR_SHORT_WEEKDAYS.contains(&w.norm.as_str()) && day_and_month_fr(tokens, i) {
                return false;
            }
        }
    }
    // The next sentence opens with a capital, a digit, a quote or a bullet.
    match t.kind {
        TokKind::Word => t.capitalized,
        TokKind::Num => true,
        TokKind::Punct => matches!(
            t.norm.as_str(),
            "«" | "\"" | "(" | "•" | "-" | "*" | "—" | "'"
        ),
        TokKind::Opaque => false,
    }
}

/// Whether token `i` starts a list item (`•`, `-`, `*`, `1.`, `2)`) at the start of a line.
pub fn is_list_marker(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !t.newline_before && i != 0 {
        return false;
    }
    match t.kind {
        TokKind::Punct => matches!(t.norm.as_str(), "•" | "-" | "*" | "–" | "—" | "#" | ">"),
        TokKind::Num => tokens
            .get(i + 1)
            .is_some_and(|n| n.glued() && (n.is_punct('.') || n.is_punct(')'))),
        _ => false,
    }
}

/// Byte length of the line before token `i` (which starts a line).
fn previous_line_len(tokens: &[Token], i: usize) -> usize {
    let end = tokens[i - 1].span.end;
    let mut j = i - 1;
    while j > 0 && !tokens[j].newline_before {
        j -= 1;
    }
    end - tokens[j].span.start
}

/// Largest block read at once: longer paragraphs are cut at a line break or space.
const MAX_BLOCK: usize = 256 * 1024;

/// Splits `text` (starting at byte `offset` of the source) into paragraphs at blank
/// lines, so a long article is read a paragraph at a time with bounded memory.
/// Yields (source offset, paragraph text).
pub fn blocks(text: &str, offset: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text;
    let mut at = offset;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = rest
            .find("\n\n")
            .or_else(|| rest.find("\n\r\n"))
            .map_or(rest.len(), |i| i + 1);
        if end > MAX_BLOCK {
            let cut = crate::source::floor_char_boundary(rest, MAX_BLOCK);
            end = rest[..cut]
                .rfind('\n')
                .or_else(|| rest[..cut].rfind(char::is_whitespace))
                .map_or(cut, |i| i + 1)
                .max(1);
            end = crate::source::floor_char_boundary(rest, end)
                .max(rest.chars().next().map_or(1, char::len_utf8));
        }
        let block = &rest[..end];
        let start = at;
        rest = &rest[end..];
        at += end;
        Some((start, block))
    })
}

impl Document {
    /// Tokenises and splits the body `text`, which starts at byte `offset` of the source.
    pub fn parse(text: &str, offset: usize) -> Document {
        let tokens = tokenize(text, offset);
        let sentences = sentences(&tokens);
        Document { tokens, sentences }
    }

    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let doc = Document::parse(text, 0);
        doc.sentences
            .iter()
            .map(|s| text[s.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn normalizes_accents_apostrophes_and_case() {
        assert_eq!(normalize("Jusqu’à Koursk Œuvre"), "jusqu'a koursk oeuvre");
    }

    #[test]
    fn no_break_spaces_separate_tokens() {
        let toks = tokenize("11\u{a0}000 et 3\u{202f}500", 0);
        assert_eq!(toks.len(), 5);
        assert!(toks[1].space_before);
        assert_eq!(toks[1].norm, "000");
    }

    #[test]
    fn urls_and_html_comments_are_opaque() {
        let toks = tokenize(
            "voir https://ex.org/2024/06/a-123 <!-- claimcheck-disable --> fin",
            0,
        );
        let kinds: Vec<_> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokKind::Word,
                TokKind::Opaque,
                TokKind::Opaque,
                TokKind::Word
            ]
        );
    }

    #[test]
    fn splits_on_final_punctuation_but_not_numbers_or_abbreviations() {
        assert_eq!(
            split("Il y a 10.000 soldats. M. Dupont l’a dit. « Oui ! » Puis 3 ont fui."),
            [
                "Il y a 10.000 soldats.",
                "M. Dupont l’a dit.",
                "« Oui ! »",
                "Puis 3 ont fui."
            ]
        );
    }

    #[test]
    fn a_month_abbreviation_before_a_year_does_not_end_a_sentence() {
        assert_eq!(
            split("Le 21 avr. 2016, puis le 1 sep. 2019 et le 3 fév. 2020."),
            ["Le 21 avr. 2016, puis le 1 sep. 2019 et le 3 fév. 2020."]
        );
    }

    #[test]
    fn a_french_short_weekday_before_a_day_and_month_does_not_end_a_sentence() {
        assert_eq!(
            split("Vernissage le mer. 24 juin 2020 au musée."),
            ["Vernissage le mer. 24 juin 2020 au musée."]
        );
        // The sea still ends one, before a figure that is no day and month.
        assert_eq!(
            split("Ils sont partis à la mer. 24 personnes ont suivi."),
            ["Ils sont partis à la mer.", "24 personnes ont suivi."]
        );
    }

    #[test]
    fn line_breaks_end_headings_and_list_items_but_not_wrapped_prose() {
        let text = "Un titre sans point\nLe texte commence ici et il se poursuit sans fin, puis\ncontinue sur la ligne suivante.\n  • un point\n  • un autre\n";
        assert_eq!(
            split(text),
            [
                "Un titre sans point",
                "Le texte commence ici et il se poursuit sans fin, puis\ncontinue sur la ligne suivante.",
                "• un point",
                "• un autre"
            ]
        );
    }

    #[test]
    fn blocks_cover_the_text_at_paragraph_breaks() {
        let text = "Premier paragraphe.\nSuite.\n\nDeuxième.\n\n\nTroisième.";
        let parts: Vec<(usize, &str)> = blocks(text, 10).collect();
        assert_eq!(parts.iter().map(|p| p.1).collect::<String>(), text);
        assert_eq!(parts[0], (10, "Premier paragraphe.\nSuite.\n"));
        assert!(parts.iter().all(|(o, p)| text[o - 10..].starts_with(p)));
    }

    #[test]
    fn long_paragraphs_are_cut_at_a_space() {
        let word = "mot ";
        let text = word.repeat(MAX_BLOCK / 2);
        let parts: Vec<&str> = blocks(&text, 0).map(|p| p.1).collect();
        assert!(parts.len() >= 2);
        assert!(
            parts
                .iter()
                .all(|p| p.len() <= MAX_BLOCK && p.ends_with(' '))
        );
        assert_eq!(parts.concat(), text);
    }

    #[test]
    fn english_initials_do_not_end_sentences() {
        assert_eq!(
            split("The U.S. sent J. Smith home. He left."),
            ["The U.S. sent J. Smith home.", "He left."]
        );
    }

    #[test]
    fn latin_words_normalise_as_through_the_decomposition() {
        assert_eq!(normalize("Éléonore"), "eleonore");
        assert_eq!(normalize("Œuvre d\u{2019}ÉTÉ"), "oeuvre d'ete");
        assert_eq!(normalize("Ærø Straße façade"), "aerø straße facade");
        // The per-character table agrees with the decomposition on every pair of
        // characters it holds, composed or not with a combining mark after.
        let chars: Vec<char> = (0..LATIN_END).filter_map(char::from_u32).collect();
        for &a in &chars {
            for b in ['e', 'É', 'ç', '\u{301}', 'ÿ', 'Ł', '`'] {
                let s = format!("{a}{b}");
                assert_eq!(normalize(&s), normalize_any(&s), "{s:?}");
            }
        }
    }
}
