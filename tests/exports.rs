//! `report`, `graph` and `export` on the real binary: the HTML page is self-contained
//! and carries the findings `check` reports; the graph documents are consistent; the
//! ClaimReview drafts carry the fields fact-checking organisations publish.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::Path;

fn claimcheck(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("claimcheck").unwrap();
    c.current_dir(dir);
    c
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn json_of(dir: &Path, args: &[&str]) -> Value {
    let out = claimcheck(dir).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A copy of the seed claim base, to record verdicts in.
fn seed_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["", "articles"] {
        fs::create_dir_all(dir.path().join("claims").join(sub)).unwrap();
        for e in fs::read_dir(root().join("claims").join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                fs::copy(
                    &p,
                    dir.path()
                        .join("claims")
                        .join(sub)
                        .join(p.file_name().unwrap()),
                )
                .unwrap();
            }
        }
    }
    dir
}

/// The JSON the page embeds.
fn page_data(html: &str) -> Value {
    let data: String = html
        .split(r#"<script type="application/json" class="report-data">"#)
        .skip(1)
        .map(|rest| rest.split("</script>").next().unwrap())
        .collect();
    assert!(!data.is_empty(), "the page embeds its data");
    serde_json::from_str(&data).unwrap()
}

#[test]
fn report_writes_one_self_contained_page_with_the_findings_of_check() {
    let out = tempfile::tempdir().unwrap();
    let page = out.path().join("seed.html");
    claimcheck(root())
        .args(["report", "claims", "--out"])
        .arg(&page)
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote").and(predicate::str::contains("5 articles")));
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for outside in ["<script src", "<link", "@import", "https://", "http://cdn"] {
        assert!(!html.contains(outside), "the page refers to {outside:?}");
    }
    assert!(html.contains("@media print"), "a print stylesheet");
    let data = page_data(&html);
    let check = json_of(root(), &["check", "claims", "--format", "json"]);
    let ids = |v: &Value, key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&data, "findings"), ids(&check, "discrepancies"));
    assert_eq!(data["claims"], check["claims"]);
    assert_eq!(data["articles"].as_array().unwrap().len(), 5);
    // Each side points at its claim's evidence, stored once.
    let evidence = data["evidence"].as_array().unwrap();
    let mut cited = BTreeSet::new();
    for (page, check) in data["findings"]
        .as_array()
        .unwrap()
        .iter()
        .zip(check["discrepancies"].as_array().unwrap())
    {
        assert_eq!(page["severity"], check["severity"]);
        let sides = page["sides"].as_array().unwrap();
        let claims = check["claims"].as_array().unwrap();
        assert_eq!(sides.len(), claims.len());
        for (side, claim) in sides.iter().zip(claims) {
            let e = &evidence[side[0].as_u64().unwrap() as usize];
            assert_eq!(side[1], claim["cluster"]);
            for key in [
                "claim", "article", "text", "value", "line", "column", "quote",
            ] {
                assert_eq!(e[key], claim[key], "{key}");
            }
            cited.insert((claim["article"].to_string(), claim["claim"].to_string()));
        }
    }
    assert_eq!(evidence.len(), cited.len(), "each claim once");
    let titled = data["articles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["title"].is_string())
        .count();
    assert_eq!(titled, 5, "headlines come from the claim files");
}

#[test]
fn report_to_standard_output_is_the_same_page_every_run() {
    let run = || {
        claimcheck(root())
            .args(["report", "--out", "-"])
            .output()
            .unwrap()
    };
    let (a, b) = (run(), run());
    assert!(a.status.success());
    assert!(a.stdout.starts_with(b"<!DOCTYPE html>"));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn report_min_severity_leaves_out_milder_findings() {
    let out = claimcheck(root())
        .args(["report", "--out", "-", "--min-severity", "contradiction"])
        .output()
        .unwrap();
    let data = page_data(&String::from_utf8(out.stdout).unwrap());
    let findings = data["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["severity"] == "contradiction"));
}

#[test]
fn report_on_a_broken_claim_file_names_it_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("bad.yaml"),
        "version: 1\narticle:\n  id: x\n  lang: fr\nclaims: [\n",
    )
    .unwrap();
    claimcheck(dir.path())
        .args(["report", "bad.yaml", "--out", "r.html"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.yaml:"));
    assert!(!dir.path().join("r.html").exists());
}

#[test]
fn graph_json_holds_every_claim_and_joins_the_sides_of_each_finding() {
    let g = json_of(root(), &["graph", "--format", "json"]);
    assert_eq!(g["version"], 1);
    let nodes = g["nodes"].as_array().unwrap();
    let edges = g["edges"].as_array().unwrap();
    let ids: HashSet<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), nodes.len(), "node ids are unique");
    for e in edges {
        assert!(ids.contains(e["source"].as_str().unwrap()), "{e}");
        assert!(ids.contains(e["target"].as_str().unwrap()), "{e}");
    }
    let of_type = |t: &str| nodes.iter().filter(|n| n["type"] == t).count();
    let check = json_of(root(), &["check", "--format", "json"]);
    assert_eq!(of_type("article"), 5);
    assert_eq!(Some(of_type("claim") as u64), check["claims"].as_u64());
    assert!(of_type("entity") > 0);
    for kind in ["makes", "names", "same_fact", "conflict"] {
        assert!(edges.iter().any(|e| e["type"] == kind), "no {kind} edge");
    }
    // Every finding with two sides is drawn: its claims on opposite sides are joined.
    for f in check["discrepancies"].as_array().unwrap() {
        let sides = f["claims"].as_array().unwrap();
        let node = |c: &Value| {
            format!(
                "claim:{}/{}",
                c["article"].as_str().unwrap(),
                c["claim"].as_str().unwrap()
            )
        };
        let pairs: BTreeSet<(String, String)> = sides
            .iter()
            .flat_map(|a| {
                sides
                    .iter()
                    .filter(|b| b["cluster"].as_u64() > a["cluster"].as_u64())
                    .map(move |b| (node(a), node(b)))
            })
            .filter(|(a, b)| ids.contains(a.as_str()) && ids.contains(b.as_str()))
            .collect();
        for (a, b) in pairs {
            assert!(
                edges.iter().any(|e| e["type"] == "conflict"
                    && e["source"] == a.as_str()
                    && e["target"] == b.as_str()
                    && e["finding"] == f["id"]
                    && e["severity"] == f["severity"]),
                "no conflict edge {a} -> {b} for {}",
                f["id"]
            );
        }
    }
}

#[test]
fn graph_dot_is_a_digraph_with_the_contradiction_in_red() {
    let out = claimcheck(root())
        .args(["graph", "--format", "dot"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.starts_with("digraph claimcheck {"));
    assert!(dot.trim_end().ends_with('}'));
    let check = json_of(root(), &["check", "--format", "json"]);
    let contradiction = check["discrepancies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["severity"] == "contradiction")
        .unwrap();
    let side = |i: usize| {
        let c = &contradiction["claims"][i];
        format!(
            "\"claim:{}/{}\"",
            c["article"].as_str().unwrap(),
            c["claim"].as_str().unwrap()
        )
    };
    assert!(
        dot.lines()
            .any(|l| l.contains(&format!("{} -> {}", side(0), side(1)))
                && l.contains("color=red")
                && l.contains("contradiction")),
        "{dot}"
    );
    // Every statement is a node or an edge with quoted ids (quotes escaped inside).
    for line in dot.lines().skip(4).filter(|l| l.trim() != "}") {
        assert!(line.starts_with("  \"") && line.ends_with(';'), "{line}");
        assert_eq!(line.matches("\\\"").count() % 2, 0, "{line}");
    }
}

#[test]
fn claimreview_without_verdicts_is_an_empty_list_with_a_note() {
    claimcheck(root())
        .args(["export", "--format", "claimreview"])
        .assert()
        .success()
        .stdout("[]\n")
        .stderr(predicate::str::contains("no discrepancy has a verdict"));
}

#[test]
fn claimreview_drafts_carry_the_verdicts_and_the_appearances() {
    let dir = seed_copy();
    // A headline's address, as front matter would give it.
    let file = dir.path().join("claims/alabuga-travailleurs.yaml");
    let yaml = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        yaml.replacen(
            "\n  lang: fr\n",
            "\n  lang: fr\n  url: https://example.org/alabuga\n",
            1,
        ),
    )
    .unwrap();
    let check = json_of(dir.path(), &["check", "--format", "json"]);
    let findings = check["discrepancies"].as_array().unwrap();
    let contradiction = findings
        .iter()
        .find(|f| f["severity"] == "contradiction")
        .unwrap();
    let other = findings
        .iter()
        .find(|f| f["severity"] != "contradiction")
        .unwrap();
    for (f, status, note) in [
        (contradiction, "confirmed", "2014 is a typo for 2024"),
        (other, "dismissed", "the same figure, rounded"),
    ] {
        claimcheck(dir.path())
            .args(["verdict", f["id"].as_str().unwrap(), "--status", status])
            .args(["--note", note])
            .assert()
            .success();
    }
    let reviews = json_of(dir.path(), &["export", "--format", "claimreview"]);
    let reviews = reviews.as_array().unwrap();
    assert_eq!(reviews.len(), 2, "one draft per finding with a verdict");
    let review = reviews
        .iter()
        .find(|r| r["identifier"] == contradiction["id"])
        .unwrap();
    assert_eq!(review["@context"], "https://schema.org");
    assert_eq!(review["@type"], "ClaimReview");
    let reviewed = review["claimReviewed"].as_str().unwrap();
    assert!(reviewed.contains(contradiction["subject"].as_str().unwrap()));
    for side in contradiction["claims"].as_array().unwrap() {
        assert!(
            reviewed.contains(side["text"].as_str().unwrap()),
            "{reviewed}"
        );
    }
    assert_eq!(review["author"]["@type"], "Organization");
    assert_eq!(review["author"]["name"], "", "left for the fact-checker");
    let date = review["datePublished"].as_str().unwrap();
    assert!(date.parse::<jiff::civil::Date>().is_ok(), "{date}");
    assert!(
        review["reviewBody"]
            .as_str()
            .unwrap()
            .contains("2014 is a typo")
    );
    let rating = &review["reviewRating"];
    assert_eq!(rating["@type"], "Rating");
    assert_eq!(rating["ratingValue"], 1);
    assert_eq!(rating["worstRating"], 1);
    assert_eq!(rating["bestRating"], 3);
    assert!(rating["alternateName"].as_str().unwrap().contains("wrong"));

    let item = &review["itemReviewed"];
    assert_eq!(item["@type"], "Claim");
    let appearances = item["appearance"].as_array().unwrap();
    let articles: BTreeSet<&str> = contradiction["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["article"].as_str().unwrap())
        .collect();
    assert_eq!(appearances.len(), articles.len());
    let published: std::collections::HashMap<&str, &str> = check["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap(), a["published"].as_str().unwrap()))
        .collect();
    for a in appearances {
        let id = a["name"].as_str().unwrap();
        assert!(articles.contains(id));
        assert_eq!(a["datePublished"], published[id]);
        assert!(a["headline"].is_string());
    }
    let alabuga = appearances
        .iter()
        .find(|a| a["name"] == "alabuga-travailleurs")
        .unwrap();
    assert_eq!(alabuga["url"], "https://example.org/alabuga");
    let earliest = appearances
        .iter()
        .min_by_key(|a| a["datePublished"].as_str().unwrap())
        .unwrap();
    assert_eq!(item["firstAppearance"]["name"], earliest["name"]);

    let dismissed = reviews
        .iter()
        .find(|r| r["identifier"] == other["id"])
        .unwrap();
    assert_eq!(dismissed["reviewRating"]["ratingValue"], 3);
}

#[test]
fn export_needs_a_known_format() {
    claimcheck(root())
        .args(["export", "--format", "csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("claimreview"));
}
