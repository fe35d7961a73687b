//! Suppression comments in a draft:
//! `<!-- claimcheck-disable-next-line [names] -->` silences the next line,
//! `<!-- claimcheck-disable [names] -->` … `<!-- claimcheck-enable -->` a region.
//! Names are finding ids or codes; none silences everything. A suppression that
//! silences nothing is reported.

use super::{Code, LintFinding, Location};
use crate::compare::Severity;
use crate::source::SourceFile;

#[derive(Debug, Clone)]
struct Suppression {
    /// Lines it covers, 1-based, inclusive.
    lines: (usize, usize),
    /// Names it silences (empty: all).
    names: Vec<String>,
    /// Where the comment stands.
    line: usize,
    column: usize,
    text: String,
    used: bool,
}

impl Suppression {
    fn covers(&self, f: &LintFinding) -> bool {
        (self.lines.0..=self.lines.1).contains(&f.primary.line)
            && (self.names.is_empty()
                || self
                    .names
                    .iter()
                    .any(|n| *n == f.finding || n == f.code.as_str()))
    }
}

/// Finds the suppression comments of `source`.
fn parse(source: &SourceFile) -> Vec<Suppression> {
    let text = &source.text;
    let mut out = Vec::new();
    let mut open: Option<Suppression> = None;
    let mut from = 0;
    while let Some(i) = text[from..].find("<!--") {
        let start = from + i;
        let Some(len) = text[start..].find("-->") else {
            break;
        };
        let end = start + len + 3;
        from = end;
        let body = text[start + 4..end - 3].trim();
        let mut words = body
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty());
        let directive = words.next().unwrap_or("");
        let names: Vec<String> = words.map(str::to_string).collect();
        let at = source.line_col(start);
        let comment_end_line = source.line_col(end).line;
        let make = |lines| Suppression {
            lines,
            names: names.clone(),
            line: at.line,
            column: at.column,
            text: text[start..end].to_string(),
            used: false,
        };
        match directive {
            "claimcheck-disable-next-line" => {
                let next = next_content_line(source, comment_end_line);
                out.push(make((next, next)));
            }
            "claimcheck-disable" => {
                if let Some(o) = open.take() {
                    out.push(o);
                }
                open = Some(make((comment_end_line, usize::MAX)));
            }
            "claimcheck-enable" => {
                if let Some(mut o) = open.take() {
                    o.lines.1 = at.line;
                    out.push(o);
                }
            }
            _ => {}
        }
    }
    out.extend(open);
    out
}

/// The first line after `line` with something other than white space.
fn next_content_line(source: &SourceFile, line: usize) -> usize {
    let mut l = line + 1;
    while let Some(start) = source.offset(crate::source::LineCol { line: l, column: 1 }) {
        if !source.line_text(start).trim().is_empty() {
            return l;
        }
        l += 1;
    }
    line + 1
}

/// Drops the findings of `source` that its comments silence and reports the
/// comments that silence nothing.
pub fn apply(source: &SourceFile, findings: Vec<LintFinding>) -> Vec<LintFinding> {
    let mut rules = parse(source);
    let mut out: Vec<LintFinding> = findings
        .into_iter()
        .filter(|f| {
            let mut silenced = false;
            for r in rules.iter_mut().filter(|r| r.covers(f)) {
                r.used = true;
                silenced = true;
            }
            !silenced
        })
        .collect();
    for r in rules.into_iter().filter(|r| !r.used) {
        let chars = r.text.chars().count();
        out.push(LintFinding {
            code: Code::UnusedSuppression,
            severity: Severity::Variant,
            finding: String::new(),
            message: "this suppression silences nothing".to_string(),
            explanation: if r.names.is_empty() {
                "no finding on the lines it covers".to_string()
            } else {
                format!(
                    "no finding named {} on the lines it covers",
                    r.names.join(", ")
                )
            },
            subject: String::new(),
            primary: Location {
                file: source.path.clone(),
                article: String::new(),
                line: r.line,
                column: r.column,
                end_column: r.column + chars,
                text: r.text,
                value: String::new(),
                quote: String::new(),
            },
            related: Vec::new(),
            verdict: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(line: usize, id: &str) -> LintFinding {
        LintFinding {
            code: Code::DateMismatch,
            severity: Severity::Contradiction,
            finding: id.to_string(),
            message: String::new(),
            explanation: String::new(),
            subject: String::new(),
            primary: Location {
                file: "d.md".into(),
                article: "d".into(),
                line,
                column: 1,
                end_column: 2,
                text: String::new(),
                value: String::new(),
                quote: String::new(),
            },
            related: Vec::new(),
            verdict: None,
        }
    }

    #[test]
    fn next_line_and_regions_silence_and_unused_ones_are_reported() {
        let text = "a\n<!-- claimcheck-disable-next-line -->\nb\n<!-- claimcheck-disable date-mismatch -->\nc\nd\n<!-- claimcheck-enable -->\ne\n<!-- claimcheck-disable-next-line kursk-year -->\nf\n";
        let src = SourceFile::new("d.md", text.into());
        let out = apply(
            &src,
            vec![
                finding(3, "x"),
                finding(5, "y"),
                finding(6, "z"),
                finding(8, "w"),
            ],
        );
        let lines: Vec<(usize, Code)> = out.iter().map(|f| (f.primary.line, f.code)).collect();
        assert_eq!(
            lines,
            [(8, Code::DateMismatch), (9, Code::UnusedSuppression)]
        );
    }

    #[test]
    fn named_suppressions_only_silence_their_findings() {
        let text = "<!-- claimcheck-disable-next-line d-1 -->\nline\n";
        let src = SourceFile::new("d.md", text.into());
        let out = apply(&src, vec![finding(2, "d-1"), finding(2, "d-2")]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].finding, "d-2");
    }
}
