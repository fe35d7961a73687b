//! The real binary, as users run it: formats, exit codes and errors on bad input.

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;

fn claimcheck() -> Command {
    let mut c = Command::cargo_bin("claimcheck").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

#[test]
fn check_without_paths_prints_the_seed_table() {
    claimcheck()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("contradiction"))
        .stdout(predicate::str::contains("«en 2014»"))
        .stdout(predicate::str::contains("«Fin 2024»"))
        .stdout(predicate::str::contains("findings in 5 articles"));
}

#[test]
fn json_report_follows_the_documented_contract() {
    let out = claimcheck()
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    for a in v["articles"].as_array().unwrap() {
        for key in ["id", "path", "published", "lang"] {
            assert!(a.get(key).is_some(), "article lacks {key}: {a}");
        }
    }
    assert!(v["claims"].as_u64().unwrap() > 20);
    let findings = v["discrepancies"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        for key in ["id", "kind", "severity", "subject", "explanation", "claims"] {
            assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
        }
        assert!(f["severity"] == "contradiction" || f["severity"] == "discrepancy");
        for c in f["claims"].as_array().unwrap() {
            for key in [
                "claim", "article", "text", "value", "line", "column", "quote",
            ] {
                assert!(c.get(key).is_some(), "claim lacks {key}: {c}");
            }
        }
    }
}

#[test]
fn json_output_is_byte_stable_across_runs() {
    let run = || {
        claimcheck()
            .args(["check", "claims/articles", "--format", "json"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn min_severity_filters_findings() {
    let out = claimcheck()
        .args([
            "check",
            "--format",
            "json",
            "--min-severity",
            "contradiction",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sev: Vec<&str> = v["discrepancies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["severity"].as_str().unwrap())
        .collect();
    assert!(!sev.is_empty());
    assert!(sev.iter().all(|s| *s == "contradiction"), "{sev:?}");
    let all = claimcheck()
        .args(["check", "--format", "json", "--min-severity", "agreement"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    assert!(
        v["discrepancies"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["severity"] == "variant")
    );
}

#[test]
fn csv_has_a_header_and_one_row_per_side() {
    let out = claimcheck()
        .args(["check", "--format", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let headers = rows.headers().unwrap().clone();
    assert_eq!(&headers[0], "discrepancy");
    assert_eq!(&headers[6], "text");
    let records: Vec<_> = rows.records().map(Result::unwrap).collect();
    assert!(records.iter().any(|r| &r[6] == "en 2014"));
}

#[test]
fn markdown_is_a_table() {
    claimcheck()
        .args(["check", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| severity | kind | subject | article | as written | quote |",
        ))
        .stdout(predicate::str::contains("`en 2014`"));
}

#[test]
fn malformed_claim_file_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    fs::write(
        &bad,
        "version: 1\narticle:\n  id: x\n  lang: fr\nclaims:\n  - id: [unclosed\n",
    )
    .unwrap();
    claimcheck()
        .args(["check", bad.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"bad\.yaml:\d+:\d+: ").unwrap());
}

#[test]
fn unknown_field_in_a_claim_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("x.yaml");
    fs::write(
        &bad,
        "version: 1\narticle:\n  id: x\n  lang: fr\n  titel: oops\nclaims: []\n",
    )
    .unwrap();
    claimcheck()
        .args(["check", bad.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("x.yaml:5:").and(predicate::str::contains("titel")));
}

#[test]
fn missing_path_is_an_input_error() {
    claimcheck()
        .args(["check", "no/such/dir"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir"));
}

#[test]
fn invalid_utf8_names_line_column_and_offset() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.md");
    fs::write(&bad, b"Titre\n\nBonjour \xc3\xa9t\xff le monde").unwrap();
    claimcheck()
        .args(["check", bad.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bad.md:3:11: not valid UTF-8 (first bad byte at offset 18;",
        ));
}

#[test]
fn duplicate_article_ids_name_both_files() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.md", "b.md"] {
        fs::write(
            dir.path().join(name),
            "---\nid: same\nlang: en\n---\nAbout 300 people were evacuated.\n",
        )
        .unwrap();
    }
    claimcheck()
        .args(["check", dir.path().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("duplicate article id `same`")
                .and(predicate::str::contains("a.md"))
                .and(predicate::str::contains("b.md")),
        );
}

#[test]
fn bad_front_matter_date_points_at_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.md");
    fs::write(&f, "---\nid: a\npublished: 10/06/2025\n---\nTexte.\n").unwrap();
    claimcheck()
        .args(["check", f.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a.md:3:1: invalid front matter"));
}

#[test]
fn extract_writes_one_claim_file_per_article_and_ids_are_stable() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("claims");
    let run = || {
        claimcheck()
            .args(["extract", "claims/articles", "--out", out.to_str().unwrap()])
            .assert()
            .success();
        fs::read_to_string(out.join("gur-kn23-geran.yaml")).unwrap()
    };
    let first = run();
    let yaml = |d: &std::path::Path| {
        fs::read_dir(d)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "yaml")
            })
            .count()
    };
    assert_eq!(yaml(&out), 5);
    assert!(
        first.contains("path: ../"),
        "article path is relative: {first}"
    );
    assert_eq!(run(), first);
}

#[test]
fn extracted_claim_files_check_like_the_articles() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("claims");
    claimcheck()
        .args(["extract", "claims/articles", "--out", out.to_str().unwrap()])
        .assert()
        .success();
    let from_files = claimcheck()
        .args(["check", out.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    let from_articles = claimcheck()
        .args(["check", "claims/articles", "--format", "json"])
        .output()
        .unwrap();
    let findings = |o: &[u8]| -> serde_json::Value {
        let v: serde_json::Value = serde_json::from_slice(o).unwrap();
        v["discrepancies"].clone()
    };
    assert_eq!(
        findings(&from_files.stdout),
        findings(&from_articles.stdout)
    );
}

#[test]
fn jsonl_lists_every_value_with_its_fields() {
    let out = claimcheck()
        .args([
            "extract",
            "--format",
            "jsonl",
            "claims/articles/qui-en-beneficie.md",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for l in &lines {
        for key in [
            "article", "kind", "text", "line", "column", "value", "low", "high", "unit", "hedge",
            "subject",
        ] {
            assert!(l.get(key).is_some(), "{key} missing in {l}");
        }
    }
    let year = lines
        .iter()
        .find(|l| l["text"] == "en 2014")
        .expect("the 2014 date");
    assert_eq!(year["kind"], "date");
    assert_eq!(year["value"], "2014");
    let count = lines
        .iter()
        .find(|l| l["text"].as_str().is_some_and(|t| t.contains("10.000")))
        .expect("10.000");
    assert_eq!(count["value"], 10000.0);
}

#[test]
fn entities_lists_spelling_variants_under_one_actor() {
    let out = claimcheck()
        .args(["entities", "claims/articles", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let budanov = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "kyrylo-budanov")
        .expect("Budanov");
    let spellings: Vec<&str> = budanov["spellings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(spellings.contains(&"Kirill Boudanov"), "{spellings:?}");
    assert!(spellings.contains(&"Kyrylo Budanov"), "{spellings:?}");
}

#[test]
fn unknown_flags_are_usage_errors() {
    claimcheck()
        .args(["check", "--frobnicate"])
        .assert()
        .code(2);
}

#[test]
fn colours_only_when_asked_or_on_a_terminal() {
    let plain = claimcheck().arg("check").output().unwrap();
    assert!(!String::from_utf8(plain.stdout).unwrap().contains('\u{1b}'));
    let forced = claimcheck()
        .args(["check", "--color", "always"])
        .output()
        .unwrap();
    assert!(String::from_utf8(forced.stdout).unwrap().contains('\u{1b}'));
}

#[test]
fn two_people_named_to_one_office_are_an_attribution_finding() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, date: &str, lang: &str, body: &str| {
        fs::write(
            dir.path().join(name),
            format!("---\npublished: {date}\nlang: {lang}\n---\n{body}\n"),
        )
        .unwrap();
    };
    write(
        "a.md",
        "2025-07-01",
        "fr",
        "Selon le ministre russe de la Défense Andreï Belooussov, les travaux avancent.",
    );
    write(
        "b.md",
        "2025-07-02",
        "fr",
        "Le ministre russe de la Défense Sergueï Choïgou a visité Koursk.",
    );
    write(
        "c.md",
        "2025-07-03",
        "en",
        "Russian Defence Minister Andrei Belousov said the work was going well.",
    );
    let out = claimcheck()
        .args(["check", dir.path().to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["discrepancies"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let f = &findings[0];
    assert_eq!(f["kind"], "attribution");
    let people: Vec<&str> = f["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert!(
        people.contains(&"sergei-shoigu") && people.contains(&"andrei-belousov"),
        "{people:?}"
    );
}

#[test]
fn committed_claim_files_are_what_extract_writes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("claims");
    claimcheck()
        .args(["extract", "claims/articles", "--out", out.to_str().unwrap()])
        .assert()
        .success();
    for entry in fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "yaml") {
            continue;
        }
        let name = path.file_name().unwrap();
        let fresh = fs::read_to_string(&path).unwrap();
        let committed = fs::read_to_string(std::path::Path::new("claims").join(name)).unwrap();
        let strip = |s: &str| {
            s.lines()
                .filter(|l| !l.trim_start().starts_with("path:"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(
            strip(&fresh),
            strip(&committed),
            "claims/{} is stale: run `claimcheck extract claims/articles --out claims`",
            name.to_string_lossy()
        );
    }
}

#[test]
fn lossy_reads_invalid_utf8_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.md");
    fs::write(&bad, b"Plus de 3 000 soldats \xff sont arriv\xc3\xa9s.\n").unwrap();
    claimcheck()
        .args(["--lossy", "extract", bad.to_str().unwrap(), "--dry-run"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "bad.md: invalid UTF-8 from byte 22",
        ));
}

#[test]
fn lossy_re_extraction_merges_into_the_existing_claim_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.md");
    fs::write(&bad, b"Plus de 3 000 soldats \xff sont arriv\xc3\xa9s.\n").unwrap();
    let out = dir.path().join("claims");
    for _ in 0..2 {
        claimcheck()
            .args(["--lossy", "extract", bad.to_str().unwrap(), "--out"])
            .arg(&out)
            .assert()
            .success();
    }
    let yaml = fs::read_to_string(out.join("bad.yaml")).unwrap();
    assert!(yaml.contains("text: Plus de 3 000"), "{yaml}");
}

#[test]
fn binary_files_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("image.md");
    fs::write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    claimcheck()
        .args(["check", bin.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("image.md"));
}

#[test]
fn extract_says_what_it_wrote_unless_quiet_and_draws_no_bar_into_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("claims");
    claimcheck()
        .args(["extract", "claims/articles", "--out", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::starts_with("wrote 5 claim files"));
    claimcheck()
        .args(["extract", "claims/articles", "--quiet"])
        .args(["--out", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout("")
        .stderr("");
}

#[test]
fn many_articles_are_read_in_parallel_and_reported_in_a_stable_order() {
    // Forty articles, two figures for one fact: the report lists them in article
    // order whatever order the cores finished in.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        let n = if i % 4 == 0 { "31 000" } else { "12 000" };
        fs::write(
            dir.path().join(format!("a{i:02}.md")),
            format!(
                "---\nid: a{i:02}\npublished: 2025-03-10\nlang: fr\n---\n\nAu total, {n} soldats ont été déployés à Lyon.\n"
            ),
        )
        .unwrap();
    }
    let run = || {
        claimcheck()
            .args(["check", "--format", "json", dir.path().to_str().unwrap()])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let first = run();
    let report: serde_json::Value = serde_json::from_slice(&first).unwrap();
    let articles: Vec<&str> = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    let mut sorted = articles.clone();
    sorted.sort();
    assert_eq!(articles.len(), 40);
    assert_eq!(articles, sorted);
    let sides: Vec<&str> = report["discrepancies"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["article"].as_str().unwrap())
        .collect();
    assert_eq!(sides.len(), 40, "{report}");
    for _ in 0..3 {
        assert_eq!(run(), first);
    }
}
