//! An article: optional YAML front matter, then a Markdown or plain-text body.

use crate::Lang;
use crate::source::SourceFile;
use crate::yaml;
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// What the front matter says about an article, with defaults filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleMeta {
    /// The article's id: `id` from the front matter, else the file stem.
    pub id: String,
    /// Headline, when given.
    pub title: Option<String>,
    /// Publication date; relative dates ("hier", "le 26 avril") resolve against it.
    pub published: Option<Date>,
    /// Language: from the front matter, else detected from the body.
    pub lang: Lang,
    /// Publisher, when given.
    pub outlet: Option<String>,
    /// Canonical address, when given.
    pub url: Option<String>,
}

/// An article ready for extraction.
#[derive(Debug, Clone)]
pub struct Article {
    /// Metadata from the front matter.
    pub meta: ArticleMeta,
    /// The whole file; spans index into it, so positions match what the user sees.
    pub source: SourceFile,
    /// Byte offset where the body starts (after the front matter).
    pub body_start: usize,
}

/// Why an article could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    /// The front matter is not valid YAML or has a bad value.
    #[error("{path}:{line}:{column}: invalid front matter: {message}")]
    FrontMatter {
        /// The article's path.
        path: String,
        /// 1-based line in the article file.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

#[derive(Debug, Default, Deserialize)]
struct FrontMatter {
    id: Option<String>,
    title: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    // Newsroom tooling adds its own keys; they are kept out of the way, not rejected.
    #[serde(flatten)]
    _other: BTreeMap<String, serde_json::Value>,
}

impl Article {
    /// Parses `text` read from `path`.
    pub fn parse(path: &str, text: String) -> Result<Article, ArticleError> {
        // A byte-order mark stays in the text, so spans remain file offsets.
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let (front, body_start, front_line) = split_front_matter(&text[bom..]);
        let body_start = body_start + bom;
        let fm: FrontMatter = match front {
            Some(yaml_text) => yaml::from_str::<Option<FrontMatter>>(yaml_text)
                .map_err(|e| ArticleError::FrontMatter {
                    path: path.to_string(),
                    line: e.line.map_or(front_line, |l| l + front_line - 1),
                    column: e.column.unwrap_or(1),
                    message: e.message,
                })?
                .unwrap_or_default(),
            None => FrontMatter::default(),
        };
        let field_error = |key: &str, message: String| {
            let (line, column) = key_position(front.unwrap_or(""), key);
            ArticleError::FrontMatter {
                path: path.to_string(),
                line: line + front_line - 1,
                column,
                message,
            }
        };
        let published = match fm.published.as_deref().map(str::trim) {
            Some(p) if !p.is_empty() => Some(p.parse::<Date>().map_err(|_| {
                field_error(
                    "published",
                    format!("`published` must be a date like 2025-06-10, not {p:?}"),
                )
            })?),
            _ => None,
        };
        let lang = match fm.lang.as_deref() {
            Some(code) => Lang::from_code(code).ok_or_else(|| {
                field_error("lang", format!("`lang` must be `fr` or `en`, not {code:?}"))
            })?,
            None => Lang::detect(&text[body_start..]),
        };
        let id = match fm.id {
            Some(id) if !id.trim().is_empty() => id.trim().to_string(),
            _ => file_stem(path),
        };
        Ok(Article {
            meta: ArticleMeta {
                id,
                title: fm.title,
                published,
                lang,
                outlet: fm.outlet,
                url: fm.url,
            },
            source: SourceFile::new(path, text),
            body_start,
        })
    }

    /// The body text (after the front matter).
    pub fn body(&self) -> &str {
        &self.source.text[self.body_start..]
    }
}

/// The article id a file gets when its front matter names none.
pub fn file_stem(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".to_string())
}

/// Splits `---` front matter off `text`: (front matter YAML, body start, 1-based line
/// of the front matter's first line).
fn split_front_matter(text: &str) -> (Option<&str>, usize, usize) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, 0, 1);
    };
    let open = text.len() - rest.len();
    let mut offset = open;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return (Some(&text[open..offset]), offset + line.len(), 2);
        }
        offset += line.len();
    }
    // An unclosed block is body text that happens to start with a rule.
    (None, 0, 1)
}

/// Line and column of `key:` within front matter text (1-based), or (1, 1).
fn key_position(front: &str, key: &str) -> (usize, usize) {
    front
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with(&format!("{key}:")))
        .map(|(i, l)| (i + 1, l.len() - l.trim_start().len() + 1))
        .unwrap_or((1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_fields_and_body_offset() {
        let text = "---\nid: kursk\npublished: 2025-06-10  # estimated\nlang: fr\nseed_file: x.txt\n---\nCorps du texte.\n";
        let a = Article::parse("a/b.md", text.to_string()).unwrap();
        assert_eq!(a.meta.id, "kursk");
        assert_eq!(a.meta.published, Some(jiff::civil::date(2025, 6, 10)));
        assert_eq!(a.meta.lang, Lang::Fr);
        assert_eq!(a.body(), "Corps du texte.\n");
        assert_eq!(a.source.line_col(a.body_start).line, 7);
    }

    #[test]
    fn without_front_matter_id_is_file_stem_and_lang_is_detected() {
        let a = Article::parse(
            "drafts/floods.txt",
            "The river rose and the town was flooded.".into(),
        )
        .unwrap();
        assert_eq!(a.meta.id, "floods");
        assert_eq!(a.meta.lang, Lang::En);
        assert_eq!(a.meta.published, None);
    }

    #[test]
    fn bad_date_names_file_line_and_column() {
        let text = "---\nid: x\npublished: June 2025\n---\nbody\n";
        let err = Article::parse("x.md", text.into()).unwrap_err().to_string();
        assert_eq!(
            err,
            "x.md:3:1: invalid front matter: `published` must be a date like 2025-06-10, not \"June 2025\""
        );
    }

    #[test]
    fn malformed_yaml_points_into_the_article_file() {
        let text = "---\nid: x\ntitle: [unclosed\n---\nbody\n";
        let err = Article::parse("x.md", text.into()).unwrap_err();
        let ArticleError::FrontMatter { line, .. } = err;
        assert!(line >= 3, "line {line}");
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let text = "\u{feff}---\r\nid: x\r\n---\r\nBody.\r\n";
        let a = Article::parse("x.md", text.into()).unwrap();
        assert_eq!(a.meta.id, "x");
        assert_eq!(a.body(), "Body.\r\n");
    }
}
