//! The HTML report: one self-contained page (inline CSS, JS and data; no network) that
//! fact-checkers open by double-click and share with editors.
//!
//! The page's data is the report as JSON in a `<script type="application/json">`,
//! each claim's evidence stored once (with its attribution and entities) and each
//! article's headline and address added; `report.js` renders it with plain DOM calls,
//! lazily, so thousands of findings stay responsive.

use super::Report;
#[cfg(test)]
use crate::compare::Listed;
use crate::compare::{FindingKind, Severity, Side};
use crate::corpus::Entry;
use crate::gazetteer::Gazetteer;
use crate::graph::export::entity_name;
use crate::verdicts::Verdict;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

const CSS: &str = include_str!("report.css");
const JS: &str = include_str!("report.js");
const TEMPLATE: &str = include_str!("report.html");

/// An article as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageArticle<'a> {
    /// Article id.
    pub id: &'a str,
    /// Headline.
    pub title: Option<&'a str>,
    /// Address, linked from the evidence.
    pub url: Option<&'a str>,
    /// Publisher.
    pub outlet: Option<&'a str>,
    /// Publication date.
    pub published: Option<String>,
    /// Language code.
    pub lang: &'a str,
    /// The article file, or its claim file.
    pub path: Option<&'a str>,
}

/// One claim's evidence, stored once however many findings it stands in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageClaim<'a> {
    /// Claim id.
    pub claim: &'a str,
    /// Article id.
    pub article: &'a str,
    /// The value as written.
    pub text: &'a str,
    /// The normalised value.
    pub value: &'a str,
    /// 1-based line of `text`.
    pub line: usize,
    /// 1-based character column of `text`.
    pub column: usize,
    /// The sentence.
    pub quote: &'a str,
    /// The attribution as written ("selon le GUR").
    pub attribution: Option<&'a str>,
    /// Entity ids the claim names.
    pub entities: &'a [String],
}

/// A finding whose sides point into [`Page::evidence`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageFinding<'a> {
    /// Stable id.
    pub id: &'a str,
    /// What disagrees.
    pub kind: FindingKind,
    /// How badly.
    pub severity: Severity,
    /// The fact, in words.
    pub subject: &'a str,
    /// Why this severity.
    pub explanation: &'a str,
    /// The fact-checker's verdict, when recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<&'a Verdict>,
    /// Each side as (index into `evidence`, cluster), in the finding's order.
    pub sides: Vec<(usize, usize)>,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<'a> {
    /// The report format version.
    pub version: u32,
    /// Articles read.
    pub articles: Vec<PageArticle<'a>>,
    /// Claims read.
    pub claims: usize,
    /// Display names of the entities the findings name, by id.
    pub entities: BTreeMap<&'a str, String>,
    /// The claims the findings cite. A claim stands in many findings of a large
    /// corpus; stored once, the page stays a fraction of `check --format json`.
    pub evidence: Vec<PageClaim<'a>>,
    /// The findings, most severe first.
    pub findings: Vec<PageFinding<'a>>,
}

impl<'a> Page<'a> {
    /// The page for `report`, with context from the corpus it was built from.
    pub fn new(report: &'a Report, entries: &'a [Entry], gaz: &Gazetteer) -> Page<'a> {
        let claims: HashMap<(&str, &str), &crate::claims::Claim> = entries
            .iter()
            .flat_map(|e| {
                e.claims
                    .iter()
                    .map(move |c| ((e.article.id.as_str(), c.id.as_str()), c))
            })
            .collect();
        let mut entities = BTreeMap::new();
        let mut evidence = Vec::new();
        let mut index: HashMap<(&str, &str), usize> = HashMap::new();
        let mut findings = Vec::with_capacity(report.discrepancies.len());
        for f in &report.discrepancies {
            let sides = f
                .claims
                .iter()
                .map(|s: &'a Side| {
                    let key = (&*s.article, &*s.claim);
                    let i = *index.entry(key).or_insert_with(|| {
                        let claim = claims.get(&key);
                        let ids: &[String] = claim.map_or(&[], |c| &c.entities);
                        for id in ids {
                            entities
                                .entry(id.as_str())
                                .or_insert_with(|| entity_name(gaz, id));
                        }
                        evidence.push(PageClaim {
                            claim: &s.claim,
                            article: &s.article,
                            text: &s.text,
                            value: &s.value,
                            line: s.line,
                            column: s.column,
                            quote: &s.quote,
                            attribution: claim
                                .and_then(|c| c.attribution.as_ref())
                                .map(|a| a.text.as_str()),
                            entities: ids,
                        });
                        evidence.len() - 1
                    });
                    (i, s.cluster)
                })
                .collect();
            findings.push(PageFinding {
                id: &f.id,
                kind: f.kind,
                severity: f.severity,
                subject: &f.subject,
                explanation: &f.explanation,
                verdict: f.verdict.as_ref(),
                sides,
            });
        }
        Page {
            version: report.version,
            articles: entries
                .iter()
                .map(|e| PageArticle {
                    id: &e.article.id,
                    title: e.article.title.as_deref(),
                    url: e.article.url.as_deref(),
                    outlet: e.article.outlet.as_deref(),
                    published: e.article.published.map(|d| d.to_string()),
                    lang: e.article.lang.code(),
                    path: e.article_path.as_deref().or(e.claim_path.as_deref()),
                })
                .collect(),
            claims: report.claims,
            entities,
            evidence,
            findings,
        }
    }
}

/// JSON that can stand inside a `<script>` element: no `<` at all, so no quote from an
/// article can close the element or open a comment.
fn script_json(page: &Page<'_>) -> String {
    let json = serde_json::to_string(page).unwrap_or_else(|_| "null".into());
    json.replace('<', "\\u003c")
}

/// Bytes of data per `<script>` element. Browsers parse one huge inline script in time
/// that grows faster than its size (18 s for 137 MB in Chromium, 1.2 s in 1 MiB pieces).
const CHUNK: usize = 1 << 20;

/// Writes the data as consecutive `<script class="report-data">` elements whose texts,
/// joined, are the JSON of `page`.
fn write_data(page: &Page<'_>, out: &mut dyn Write) -> io::Result<()> {
    let json = script_json(page);
    let mut rest = json.as_str();
    while !rest.is_empty() {
        let mut end = CHUNK.min(rest.len());
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        writeln!(
            out,
            r#"<script type="application/json" class="report-data">{}</script>"#,
            &rest[..end]
        )?;
        rest = &rest[end..];
    }
    Ok(())
}

/// Writes the page: the template with the style, the data and the script put in.
pub fn write(page: &Page<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut rest = TEMPLATE;
    // One pass over the template: what is put in is never searched for placeholders.
    while let Some(at) = rest.find("{{") {
        out.write_all(&rest.as_bytes()[..at])?;
        let end = rest[at..].find("}}").map_or(rest.len(), |e| at + e + 2);
        let value = match &rest[at..end] {
            "{{DATA}}" => {
                write_data(page, out)?;
                ""
            }
            "{{CSS}}" => CSS,
            "{{JS}}" => JS,
            "{{VERSION}}" => env!("CARGO_PKG_VERSION"),
            other => other,
        };
        out.write_all(value.as_bytes())?;
        rest = &rest[end..];
    }
    out.write_all(rest.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Finding;

    fn page_with_quote(quote: &str) -> String {
        let finding = Finding {
            id: "q-1".into(),
            kind: FindingKind::Quantity,
            severity: Severity::Contradiction,
            subject: "troops".into(),
            explanation: "11000 vs 2000".into(),
            claims: vec![Side::new(
                Listed {
                    claim: "c".into(),
                    article: "a".into(),
                    text: "11 000".into(),
                    value: "11000".into(),
                    line: 1,
                    column: 1,
                    quote: quote.into(),
                },
                0,
            )],
            verdict: None,
            consensus: None,
        };
        let report = Report {
            version: 1,
            articles: Vec::new(),
            claims: 1,
            discrepancies: vec![finding],
        };
        let page = Page::new(&report, &[], Gazetteer::builtin());
        let mut out = Vec::new();
        write(&page, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The page's data: the texts of its data scripts, joined.
    fn data_of(html: &str) -> String {
        html.split(r#"<script type="application/json" class="report-data">"#)
            .skip(1)
            .map(|rest| rest.split("</script>").next().unwrap())
            .collect()
    }

    #[test]
    fn a_quote_cannot_close_the_data_script() {
        let html = page_with_quote("11 000 </script><script>alert(1)</script> <!-- x");
        let data = data_of(&html);
        let v: serde_json::Value = serde_json::from_str(&data).unwrap();
        assert_eq!(
            v["evidence"][0]["quote"],
            "11 000 </script><script>alert(1)</script> <!-- x"
        );
        assert!(!data.contains('<'));
    }

    #[test]
    fn large_data_is_cut_into_pieces_between_characters() {
        // Over two chunks of text with multi-byte characters at every offset.
        let quote = "«11 000» é ".repeat(CHUNK / 6);
        let html = page_with_quote(&quote);
        assert!(html.matches("class=\"report-data\"").count() >= 2);
        let v: serde_json::Value = serde_json::from_str(&data_of(&html)).unwrap();
        assert_eq!(v["evidence"][0]["quote"], quote.as_str());
    }

    #[test]
    fn the_page_loads_nothing_from_the_network() {
        // The SVG namespace is a name, not an address the browser fetches.
        let html = page_with_quote("11 000 soldats").replace("http://www.w3.org/2000/svg", "");
        for needle in ["http://", "https://", "src=", "<link", "@import"] {
            assert!(!html.contains(needle), "the page holds {needle:?}");
        }
        // `url(#id)` points inside the page; any other `url(` could fetch.
        assert!(!html.replace("url(#", "").contains("url("));
    }
}
