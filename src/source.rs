//! A source text with its line index: byte spans in, 1-based line and column out.
//!
//! Columns count characters, not bytes, because French text is full of `é`, `«`
//! and no-break spaces; an editor's column is a character count.

use std::ops::Range;

/// A text and the byte offsets at which its lines start.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Where the text came from, as given by the user (or `-` for standard input).
    pub path: String,
    /// The whole text, front matter included, so positions match the file.
    pub text: String,
    line_starts: Vec<usize>,
}

/// A 1-based line and character column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl SourceFile {
    /// Indexes `text`, read from `path`.
    pub fn new(path: impl Into<String>, text: String) -> SourceFile {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// The line and column of byte offset `byte` (clamped to the text).
    pub fn line_col(&self, byte: usize) -> LineCol {
        let byte = floor_char_boundary(&self.text, byte.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= byte) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..byte].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The byte offset of a 1-based line and character column, if it exists.
    pub fn offset(&self, at: LineCol) -> Option<usize> {
        let start = *self.line_starts.get(at.line.checked_sub(1)?)?;
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let line = &self.text[start..line_end];
        let chars = at.column.checked_sub(1)?;
        match line.char_indices().nth(chars) {
            Some((i, _)) => Some(start + i),
            None if line.chars().count() == chars => Some(line_end),
            None => None,
        }
    }

    /// The text of `span`.
    pub fn slice(&self, span: Range<usize>) -> &str {
        &self.text[span]
    }

    /// The full line (without its newline) containing byte offset `byte`.
    pub fn line_text(&self, byte: usize) -> &str {
        let at = self.line_col(byte);
        let start = self.line_starts[at.line - 1];
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        self.text[start..end].trim_end_matches('\r')
    }
}

/// The largest char boundary at or below `i`.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = SourceFile::new("a.md", "ligne\nl’été « 11\u{a0}000 »\n".into());
        let byte = src.text.find("11").unwrap();
        assert_eq!(src.line_col(byte), LineCol { line: 2, column: 9 });
        assert_eq!(src.offset(LineCol { line: 2, column: 9 }), Some(byte));
    }

    #[test]
    fn first_line_and_end_of_text_have_positions() {
        let src = SourceFile::new("a.md", "abc".into());
        assert_eq!(src.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(src.line_col(3), LineCol { line: 1, column: 4 });
        assert_eq!(src.offset(LineCol { line: 1, column: 4 }), Some(3));
        assert_eq!(src.offset(LineCol { line: 2, column: 1 }), None);
    }
}
