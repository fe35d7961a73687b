//! schema.org ClaimReview drafts (JSON-LD) for the findings a fact-checker has given a
//! verdict: the interchange format fact-checking organisations publish with
//! (`docs/exports.md`). The author and the review's address are left empty for the
//! organisation to fill in before publishing.

use crate::compare::Finding;
use crate::corpus::Entry;
use crate::verdicts::VerdictStatus;
use serde_json::{Value, json};
use std::collections::HashMap;

/// The rating scale: 1 (worst) to 3 (best), with the verdict as the textual rating.
pub const WORST_RATING: u8 = 1;
/// The best rating on the scale.
pub const BEST_RATING: u8 = 3;

/// The rating of a verdict: its value on the scale and its textual rating.
pub fn rating(status: VerdictStatus) -> (u8, &'static str) {
    match status {
        VerdictStatus::Confirmed => (1, "Conflicting accounts: at least one article is wrong"),
        VerdictStatus::Reconciled => (2, "Reconciled: the accounts differ but both hold"),
        VerdictStatus::Dismissed => (3, "No discrepancy"),
    }
}

/// "subject — «a» (article-1) vs «b» (article-2)": what was reviewed, in one line.
pub fn claim_reviewed(f: &Finding) -> String {
    let mut clusters: Vec<usize> = f.claims.iter().map(|s| s.cluster).collect();
    clusters.sort_unstable();
    clusters.dedup();
    let sides: Vec<String> = clusters
        .iter()
        .map(|&c| {
            f.claims
                .iter()
                .filter(|s| s.cluster == c)
                .map(|s| format!("«{}» ({})", crate::report::one_line(&s.text), s.article))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    format!("{} — {}", f.subject, sides.join(" vs "))
}

/// One ClaimReview per finding with a verdict, in the order of `findings`.
pub fn drafts(findings: &[Finding], entries: &[Entry]) -> Vec<Value> {
    let articles: HashMap<&str, &Entry> =
        entries.iter().map(|e| (e.article.id.as_str(), e)).collect();
    findings
        .iter()
        .filter_map(|f| Some((f, f.verdict.as_ref()?)))
        .map(|(f, verdict)| {
            let mut appearances: Vec<(Option<jiff::civil::Date>, Value)> = Vec::new();
            let mut seen = std::collections::HashSet::new();
            for s in &f.claims {
                if !seen.insert(&*s.article) {
                    continue;
                }
                let record = articles.get(&*s.article).map(|e| &e.article);
                let published = record.and_then(|r| r.published);
                let mut work = json!({
                    "@type": "CreativeWork",
                    "name": s.article,
                    "text": crate::report::one_line(&s.quote),
                });
                if let Some(r) = record {
                    if let Some(url) = &r.url {
                        work["url"] = json!(url);
                    }
                    if let Some(title) = &r.title {
                        work["headline"] = json!(title);
                    }
                    if let Some(outlet) = &r.outlet {
                        work["publisher"] = json!({"@type": "Organization", "name": outlet});
                    }
                    work["inLanguage"] = json!(r.lang.code());
                }
                if let Some(d) = published {
                    work["datePublished"] = json!(d.to_string());
                }
                appearances.push((published, work));
            }
            let first = appearances
                .iter()
                .filter(|(d, _)| d.is_some())
                .min_by_key(|(d, _)| *d)
                .map(|(_, w)| w.clone());
            let (value, label) = rating(verdict.status);
            let mut item = json!({
                "@type": "Claim",
                "appearance": appearances.into_iter().map(|(_, w)| w).collect::<Vec<_>>(),
            });
            if let Some(first) = first {
                item["firstAppearance"] = first;
            }
            let mut review = json!({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "identifier": f.id,
                "url": "",
                "claimReviewed": claim_reviewed(f),
                "itemReviewed": item,
                "author": {"@type": "Organization", "name": "", "url": ""},
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": BEST_RATING,
                    "worstRating": WORST_RATING,
                    "alternateName": label,
                },
            });
            if let Some(date) = verdict.date {
                review["datePublished"] = json!(date.to_string());
            }
            let body = [verdict.note.as_deref(), Some(f.explanation.as_str())]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" — ");
            if !body.is_empty() {
                review["reviewBody"] = json!(body);
            }
            review
        })
        .collect()
}
