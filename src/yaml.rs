//! The one door to YAML. Everything claimcheck reads or writes as YAML goes through
//! here, so the engine (serde-saphyr, see `docs/design.md`) can be swapped in one place.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A YAML document that could not be read, with the position the parser blamed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct YamlError {
    /// What went wrong, without a snippet (callers render their own).
    pub message: String,
    /// 1-based line within the YAML text, when known.
    pub line: Option<usize>,
    /// 1-based column within the YAML text, when known.
    pub column: Option<usize>,
}

/// Parser limits: generous for claim files of long articles, tight on nesting and
/// aliases so a hostile file (alias bomb, deep nesting) fails fast instead of eating memory.
fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 20_000_000;
    budget.max_nodes = 10_000_000;
    budget.max_depth = 64;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options
}

/// Parses one YAML document into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| {
        let location = e.location();
        let message = e.without_snippet().to_string();
        // The engine appends " at line L column C"; the position is reported separately.
        let message = match message.rfind(" at line ") {
            Some(i) if location.is_some() => message[..i].to_string(),
            _ => message,
        };
        YamlError {
            message: with_suggestion(message),
            line: location.map(|l| l.line() as usize).filter(|&l| l > 0),
            column: location.map(|l| l.column() as usize).filter(|&c| c > 0),
        }
    })
}

/// "unknown field `titel`, expected one of …" gains "(did you mean `title`?)".
fn with_suggestion(message: String) -> String {
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message;
    };
    let Some((field, expected)) = rest.split_once("`, expected one of ") else {
        return message;
    };
    let best = expected
        .split(", ")
        .map(|c| c.trim_matches('`'))
        .map(|c| (strsim::jaro_winkler(field, c), c))
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, c)) => format!("{message} (did you mean `{c}`?)"),
        None => message,
    }
}

/// The comments of a YAML text: (1-based line, text without the `#`). Used to refuse
/// rewriting a file whose comments serde cannot carry over.
pub fn comments(text: &str) -> Result<Vec<(usize, String)>, YamlError> {
    use serde_saphyr::granit_parser::{Event, Parser};
    let mut out = Vec::new();
    for next in Parser::new_from_str(text) {
        let (event, span) = next.map_err(|e| YamlError {
            message: e.to_string(),
            line: Some(e.marker().line()),
            column: Some(e.marker().col() + 1),
        })?;
        if let Event::Comment(body, _) = event {
            out.push((span.start.line(), body.trim().to_string()));
        }
    }
    Ok(out)
}

/// Serializes `value` as a YAML document.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_saphyr::to_string(value).map_err(|e| YamlError {
        message: e.to_string(),
        line: None,
        column: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Debug, serde::Deserialize, Serialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        name: String,
        count: u32,
    }

    #[test]
    fn round_trips_a_document() {
        let doc = Doc {
            name: "Koursk: «11 000»".into(),
            count: 3,
        };
        let text = to_string(&doc).unwrap();
        assert_eq!(from_str::<Doc>(&text).unwrap(), doc);
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let err = from_str::<Doc>("name: a\ncount: [1,\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.column.is_some());
    }

    #[test]
    fn unknown_fields_are_errors_with_a_position() {
        let err = from_str::<Doc>("name: a\ncount: 1\ncolour: red\n").unwrap_err();
        assert!(err.message.contains("colour"), "{}", err.message);
        assert!(
            err.message.ends_with("(did you mean `count`?)")
                || !err.message.contains("did you mean"),
            "{}",
            err.message
        );
        assert_eq!(err.line, Some(3));
    }

    #[test]
    fn comments_are_found_with_their_lines() {
        let text = "# head\na: 1 # right\nb: \"# not a comment\"\n";
        let found = comments(text).unwrap();
        assert_eq!(found, [(1, "head".to_string()), (2, "right".to_string())]);
    }

    #[test]
    fn alias_bombs_are_rejected() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            bomb.push_str(&format!(
                "l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        assert!(from_str::<BTreeMap<String, serde_json::Value>>(&bomb).is_err());
    }
}
