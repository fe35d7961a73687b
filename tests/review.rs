//! The review workflow on the real binary: a person's edits to claim files survive
//! re-extraction, decisions change comparison, verdicts are recorded and honoured.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn claimcheck(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("claimcheck").unwrap();
    c.current_dir(dir);
    c
}

/// A working copy of the seed corpus: articles and freshly extracted claim files.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("claims/articles");
    fs::create_dir_all(&articles).unwrap();
    for e in fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("claims/articles")).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, articles.join(p.file_name().unwrap())).unwrap();
    }
    claimcheck(dir.path())
        .args(["extract", "claims/articles", "--out", "claims"])
        .assert()
        .success();
    dir
}

fn findings(dir: &Path) -> Vec<Value> {
    let out = claimcheck(dir)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["discrepancies"].as_array().unwrap().clone()
}

/// Replaces the review block of the claim whose evidence text is `text`.
fn review(file: &str, text: &str, block: &str) -> String {
    let marker = format!("    text: {text}\n");
    let at = file
        .find(&marker)
        .unwrap_or_else(|| panic!("no claim {text:?}"));
    let review_at = at
        + file[at..]
            .find("  review:\n    status: unreviewed\n")
            .unwrap();
    let end = review_at + "  review:\n    status: unreviewed\n".len();
    format!("{}{}{}", &file[..review_at], block, &file[end..])
}

#[test]
fn a_reviewers_edits_survive_re_extraction() {
    let dir = workspace();
    let path = dir.path().join("claims/qui-en-beneficie.yaml");
    let original = fs::read_to_string(&path).unwrap();
    let edited = review(
        &original,
        "en 2014",
        "  review:\n    status: corrected\n    corrected: '2024'\n    note: typo, the incursion was in 2024\n    reviewer: ana\n",
    );
    let edited = review(
        &edited,
        "estimé à 10.000",
        "  review:\n    status: confirmed\n    reviewer: ana\n",
    );
    // Move the last claim to the front, as a person reordering by importance would.
    let first = edited.find("\n- id: ").unwrap() + 1;
    let last = edited.rfind("\n- id: ").unwrap() + 1;
    let reordered = format!(
        "{}{}{}",
        &edited[..first],
        &edited[last..],
        &edited[first..last]
    );
    fs::write(&path, &reordered).unwrap();

    claimcheck(dir.path())
        .args(["extract", "claims/articles", "--out", "claims"])
        .assert()
        .success();
    // Quoting style aside, the file is what the person left: same claims, same order,
    // same review fields.
    let after = fs::read_to_string(&path).unwrap();
    let parse = |t: &str| claimcheck::claims::ClaimFile::parse("q.yaml", t).unwrap();
    assert_eq!(
        parse(&after),
        parse(&reordered),
        "re-extraction changes nothing a person wrote"
    );
    assert!(after.contains("note: typo, the incursion was in 2024"));

    // The correction takes effect: 2014 no longer contradicts fin 2024.
    let f = findings(dir.path());
    assert!(
        !f.iter().any(|f| f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["text"] == "en 2014")),
        "{f:#?}"
    );
}

#[test]
fn rejected_claims_leave_comparison() {
    let dir = workspace();
    let path = dir.path().join("claims/axe-moscou-pyongyang.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        review(
            &text,
            "dépasserait 5 000",
            "  review:\n    status: rejected\n    note: a forecast, not a target\n",
        ),
    )
    .unwrap();
    let f = findings(dir.path());
    assert!(!f.iter().any(|f| {
        f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["text"] == "dépasserait 5 000")
    }));
}

#[test]
fn claims_whose_sentence_is_gone_are_kept_and_marked_stale() {
    let dir = workspace();
    let claims = dir.path().join("claims/qui-en-beneficie.yaml");
    let text = fs::read_to_string(&claims).unwrap();
    fs::write(
        &claims,
        review(
            &text,
            "en 2014",
            "  review:\n    status: confirmed\n    note: keep me\n",
        ),
    )
    .unwrap();
    let article = dir.path().join("claims/articles/qui-en-beneficie.md");
    let body = fs::read_to_string(&article).unwrap();
    let body = body.replace(
        "dans la province de Koursk en 2014 a été officialisée",
        "dans la province de Koursk a été officialisée",
    );
    let body = body.replace(
        "Projets futurs",
        "Projets futurs\n\nEn 2026, 3 000 ouvriers nord-coréens seront envoyés à Koursk.",
    );
    fs::write(&article, body).unwrap();
    claimcheck(dir.path())
        .args(["extract", "claims/articles", "--out", "claims"])
        .assert()
        .success();
    let after = fs::read_to_string(&claims).unwrap();
    let at = after
        .find("    text: en 2014\n")
        .expect("the reviewed claim is kept");
    let claim = &after[after[..at].rfind("\n- id: ").unwrap()..];
    let claim = &claim[..claim[1..].find("\n- id: ").map_or(claim.len(), |i| i + 1)];
    assert!(claim.contains("stale: true"), "{claim}");
    assert!(claim.contains("note: keep me"), "{claim}");
    assert!(after.contains("text: 3 000"), "the new claim is added");
    claimcheck(dir.path())
        .arg("review")
        .assert()
        .success()
        .stdout(predicate::str::contains("Stale claims (1):"));
}

#[test]
fn comments_stop_a_rewrite_unless_forced() {
    let dir = workspace();
    let path = dir.path().join("claims/gur-kn23-geran.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let commented = text.replacen(
        "claims:\n",
        "claims:\n# checked against Reuters on Monday\n",
        1,
    );
    fs::write(&path, &commented).unwrap();
    let line = commented
        .lines()
        .position(|l| l.starts_with("# checked"))
        .unwrap()
        + 1;
    claimcheck(dir.path())
        .args(["extract", "claims/articles", "--out", "claims"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "comments on line(s) {line} would be lost"
        )))
        .stderr(predicate::str::contains("review.note"));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        commented,
        "the file is left as it was"
    );
    claimcheck(dir.path())
        .args(["extract", "claims/articles", "--out", "claims", "--force"])
        .assert()
        .success();
    assert!(!fs::read_to_string(&path).unwrap().contains("# checked"));
}

#[test]
fn dry_run_writes_nothing() {
    let dir = workspace();
    let path = dir.path().join("claims/gur-kn23-geran.yaml");
    fs::remove_file(&path).unwrap();
    claimcheck(dir.path())
        .args(["extract", "claims/articles", "--out", "claims", "--dry-run"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "gur-kn23-geran.yaml: 0 kept, 0 updated, 6 new, 0 stale (dry run, not written)",
        ));
    assert!(!path.exists());
}

#[test]
fn verdicts_are_recorded_shown_and_honoured_by_lint() {
    let dir = workspace();
    let f = findings(dir.path());
    let year = f
        .iter()
        .find(|f| f["kind"] == "date" && f["severity"] == "contradiction")
        .unwrap();
    let id = year["id"].as_str().unwrap();
    claimcheck(dir.path())
        .args([
            "verdict",
            id,
            "--status",
            "confirmed",
            "--note",
            "2014 is a typo",
            "--reviewer",
            "ana",
        ])
        .assert()
        .success();
    let yaml = fs::read_to_string(dir.path().join("claims/verdicts.yaml")).unwrap();
    assert!(
        yaml.contains(id) && yaml.contains("status: confirmed") && yaml.contains("2014 is a typo")
    );
    let again = findings(dir.path());
    let shown = again.iter().find(|f| f["id"] == id).unwrap();
    assert_eq!(shown["verdict"]["status"], "confirmed");
    claimcheck(dir.path())
        .arg("review")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Discrepancies without a verdict (4):",
        ));

    // A dismissed lint finding no longer fails the run.
    let draft = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint/draft-fr.md");
    let out = claimcheck(dir.path())
        .args(["lint", draft.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let lint_id = v["findings"][0]["finding"].as_str().unwrap().to_string();
    claimcheck(dir.path())
        .args(["verdict", &lint_id, "--status", "dismissed"])
        .assert()
        .success();
    claimcheck(dir.path())
        .args(["lint", draft.to_str().unwrap()])
        .assert()
        .code(0);
}

#[test]
fn a_second_writer_is_refused_while_the_first_holds_the_lock() {
    let dir = workspace();
    let lock = claimcheck::claims::store::lock(&dir.path().join("claims")).unwrap();
    claimcheck(dir.path())
        .args(["extract", "claims/articles", "--out", "claims"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "another claimcheck is writing these claim files",
        ));
    drop(lock);
    claimcheck(dir.path())
        .args(["extract", "claims/articles", "--out", "claims"])
        .assert()
        .success();
}

#[test]
fn a_failing_run_leaves_existing_claim_files_as_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    fs::create_dir(&articles).unwrap();
    fs::write(
        articles.join("a.md"),
        "---\nid: a\nlang: fr\n---\nEnviron 11 000 soldats sont arrivés.\n",
    )
    .unwrap();
    let run = |dir: &std::path::Path| {
        Command::cargo_bin("claimcheck")
            .unwrap()
            .current_dir(dir)
            .args(["extract", "articles", "--out", "claims"])
            .assert()
    };
    run(dir.path()).success();
    let claim_file = dir.path().join("claims/a.yaml");
    let reviewed = fs::read_to_string(&claim_file).unwrap().replace(
        "status: unreviewed",
        "status: confirmed\n    note: vu avec l'AFP",
    );
    fs::write(&claim_file, &reviewed).unwrap();
    // The article changes, and a broken article joins the batch: the run fails.
    fs::write(
        articles.join("a.md"),
        "---\nid: a\nlang: fr\n---\nEnviron 12 000 soldats sont arrivés.\n",
    )
    .unwrap();
    fs::write(
        articles.join("b.md"),
        "---\nid: b\npublished: hier\n---\nTexte.\n",
    )
    .unwrap();
    run(dir.path())
        .code(2)
        .stderr(predicates::str::contains("b.md:3:"));
    // Nothing was written: not even the article that extracted fine.
    assert_eq!(fs::read_to_string(&claim_file).unwrap(), reviewed);
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("claims"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_claim_file_in_a_broken_encoding_is_refused_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("claims")).unwrap();
    fs::write(
        dir.path().join("a.md"),
        "---\nid: a\nlang: fr\n---\nEnviron 11 000 soldats.\n",
    )
    .unwrap();
    // A reviewer's editor saved the file in Latin-1.
    let latin1 = b"version: 1\narticle:\n  id: a\n  lang: fr\nclaims: [] # v\xe9rifi\xe9\n";
    fs::write(dir.path().join("claims/a.yaml"), latin1).unwrap();
    claimcheck(dir.path())
        .args(["extract", "a.md", "--out", "claims"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("claims/a.yaml: not valid UTF-8"));
    assert_eq!(fs::read(dir.path().join("claims/a.yaml")).unwrap(), latin1);
}
