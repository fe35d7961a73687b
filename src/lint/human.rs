//! The human format: each finding with the draft line, the value underlined, and the
//! conflicting claims as notes (annotate-snippets). Colours only when asked.

use super::{LintFinding, LintReport};
use crate::compare::Severity;
use crate::source::{LineCol, SourceFile};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::collections::BTreeMap;
use std::io::{self, Write};

fn level(f: &LintFinding) -> Level<'static> {
    match f.severity {
        Severity::Contradiction => Level::ERROR,
        Severity::Discrepancy => Level::WARNING,
        _ => Level::NOTE,
    }
}

/// Writes `report`; `sources` holds the drafts' texts by path.
pub fn write(
    report: &LintReport,
    sources: &BTreeMap<String, SourceFile>,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for f in &report.findings {
        let notes: Vec<String> = f
            .related
            .iter()
            .map(|r| {
                format!(
                    "{} ({}:{}:{}) says «{}» ({}): {}",
                    r.article,
                    r.file,
                    r.line,
                    r.column,
                    r.text,
                    r.value,
                    crate::report::around(&r.quote, &r.text, 160)
                )
            })
            .collect();
        let title = level(f)
            .primary_title(f.message.as_str())
            .id(f.code.as_str());
        let source = sources.get(&f.primary.file);
        let line_text = source.and_then(|s| {
            let start = s.offset(LineCol {
                line: f.primary.line,
                column: 1,
            })?;
            Some((start, s.line_text(start).to_string()))
        });
        let mut groups = Vec::new();
        match line_text {
            Some((_, line)) => {
                let chars: Vec<(usize, char)> = line.char_indices().collect();
                let byte_at =
                    |col: usize| chars.get(col.saturating_sub(1)).map_or(line.len(), |c| c.0);
                let a = byte_at(f.primary.column);
                let b = byte_at(f.primary.end_column).max(a);
                let label = if f.primary.value.is_empty() {
                    String::new()
                } else {
                    format!("the draft says {}", f.primary.value)
                };
                groups.push(
                    title.element(
                        Snippet::source(line.clone())
                            .line_start(f.primary.line)
                            .path(f.primary.file.clone())
                            .annotation(AnnotationKind::Primary.span(a..b).label(label)),
                    ),
                );
            }
            None => {
                groups.push(Group::with_title(title));
                writeln!(
                    out,
                    "  --> {}:{}:{}",
                    f.primary.file, f.primary.line, f.primary.column
                )?;
            }
        }
        for n in &notes {
            groups.push(Group::with_title(Level::NOTE.secondary_title(n.clone())));
        }
        if !f.explanation.is_empty() {
            groups.push(Group::with_title(
                Level::HELP.secondary_title(f.explanation.clone()),
            ));
        }
        writeln!(out, "{}\n", renderer.render(&groups))?;
    }
    let count = |s: Severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == s && f.code != super::Code::UnusedSuppression)
            .count()
    };
    writeln!(
        out,
        "{} draft(s) checked against {} claims: {} contradictions, {} discrepancies, {} other notes",
        report.drafts.len(),
        report.base_claims,
        count(Severity::Contradiction),
        count(Severity::Discrepancy),
        report.findings.len() - count(Severity::Contradiction) - count(Severity::Discrepancy)
    )
}
