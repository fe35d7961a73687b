//! SARIF 2.1.0, so code-scanning interfaces show the findings: the draft's value is
//! the primary location, each conflicting claim of the base a related location.
//! Columns count Unicode code points (`columnKind`).

use super::{Code, LintReport, Location};
use crate::compare::Severity;
use serde_json::{Value, json};
use std::io::{self, Write};

fn uri(path: &str) -> String {
    path.replace('\\', "/").replace(' ', "%20")
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Contradiction => "error",
        Severity::Discrepancy => "warning",
        _ => "note",
    }
}

fn physical(l: &Location, snippet: &str) -> Value {
    json!({
        "artifactLocation": {"uri": uri(&l.file)},
        "region": {
            "startLine": l.line,
            "startColumn": l.column,
            "endColumn": l.end_column.max(l.column + 1),
            "snippet": {"text": snippet},
        }
    })
}

/// The SARIF document of `report`.
pub fn document(report: &LintReport) -> Value {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|c| {
            json!({
                "id": c.as_str(),
                "shortDescription": {"text": c.description()},
                "helpUri": format!("https://github.com/claimcheck/claimcheck/blob/main/docs/diagnostics.md#{}", c.as_str()),
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let related: Vec<Value> = f
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    json!({
                        "id": i,
                        "physicalLocation": physical(r, &r.text),
                        "message": {"text": format!("{} says «{}» ({}): {}", r.article, r.text, r.value, crate::report::one_line(&r.quote))},
                    })
                })
                .collect();
            let rule_index = Code::ALL.iter().position(|c| *c == f.code).unwrap_or(0);
            let mut result = json!({
                "ruleId": f.code.as_str(),
                "ruleIndex": rule_index,
                "level": level(f.severity),
                "message": {"text": format!("{} ({})", f.message, f.explanation)},
                "locations": [{"physicalLocation": physical(&f.primary, &f.primary.text)}],
            });
            if !related.is_empty() {
                result["relatedLocations"] = Value::Array(related);
            }
            if !f.finding.is_empty() {
                result["partialFingerprints"] = json!({"claimcheckFinding/v1": f.finding});
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "claimcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/claimcheck/claimcheck",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// Writes `report` as SARIF.
pub fn write(report: &LintReport, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(report))?;
    writeln!(out)
}
