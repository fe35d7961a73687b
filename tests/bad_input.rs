//! Inputs that newsroom files really come in, and ones that are hostile: the real
//! binary either handles them or stops with an error naming the file, never a panic.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn claimcheck(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimcheck").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

/// The values `extract --format jsonl` finds in `file`.
fn values(dir: &Path, file: &str) -> Vec<Value> {
    let out = claimcheck(dir)
        .args(["extract", file, "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const BODY: &str = "Plus de 3 000 soldats sont arrivés en Russie.\nEnviron 11 000 soldats sont arrivés le 3 mai.\n";

#[test]
fn an_empty_file_is_an_article_without_claims() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.md"), "").unwrap();
    claimcheck(dir.path())
        .args(["check", "empty.md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 claims"));
    claimcheck(dir.path())
        .args(["extract", "empty.md", "--out", "claims"])
        .assert()
        .success();
    let written = fs::read_to_string(dir.path().join("claims/empty.yaml")).unwrap();
    assert!(written.contains("id: empty"), "{written}");
}

#[test]
fn windows_line_endings_give_the_same_claims_and_positions() {
    let dir = tempfile::tempdir().unwrap();
    let front = "---\nid: a\npublished: 2025-06-10\nlang: fr\n---\n";
    fs::write(dir.path().join("unix.md"), format!("{front}{BODY}")).unwrap();
    let crlf = format!("{front}{BODY}").replace('\n', "\r\n");
    fs::write(dir.path().join("windows.md"), crlf).unwrap();
    let unix = values(dir.path(), "unix.md");
    let windows = values(dir.path(), "windows.md");
    assert_eq!(unix.len(), 3, "{unix:?}");
    assert_eq!(unix, windows);
    assert!(
        windows
            .iter()
            .all(|v| !v["text"].as_str().unwrap().contains('\r'))
    );
}

#[test]
fn a_byte_order_mark_is_skipped_and_spans_stay_file_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("\u{feff}---\nid: bom\nlang: fr\n---\n{BODY}");
    fs::write(dir.path().join("bom.md"), &text).unwrap();
    claimcheck(dir.path())
        .args(["extract", "bom.md", "--out", "claims"])
        .assert()
        .success();
    let yaml = fs::read_to_string(dir.path().join("claims/bom.yaml")).unwrap();
    let file = claimcheck::claims::store::ClaimFile::parse("bom.yaml", &yaml).unwrap();
    assert_eq!(file.article.id, "bom");
    assert!(!file.claims.is_empty());
    for c in &file.claims {
        let [start, end] = c.evidence.span;
        assert_eq!(&text[start..end], c.evidence.text);
    }
}

#[test]
fn a_very_long_line_is_read_like_short_ones() {
    let dir = tempfile::tempdir().unwrap();
    // Two megabytes without a line break, the claim at the very end.
    let filler = "Le conseil a siégé longuement sans rien décider. ".repeat(40_000);
    let text = format!("---\nlang: fr\n---\n{filler}Environ 11 000 soldats sont arrivés.");
    fs::write(dir.path().join("long.md"), text).unwrap();
    let found = values(dir.path(), "long.md");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["text"], "Environ 11 000");
    assert_eq!(found[0]["line"], 4);
}

#[test]
fn binary_files_found_by_walking_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("articles")).unwrap();
    fs::write(dir.path().join("articles/a.md"), BODY).unwrap();
    fs::write(
        dir.path().join("articles/scan.md"),
        b"%PDF-1.7\n\0\0\x01binary",
    )
    .unwrap();
    claimcheck(dir.path())
        .args(["check", "articles"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "articles/scan.md: binary file skipped",
        ))
        .stdout(predicate::str::contains("1 article"));
}

/// Nine aliases, each expanding the previous nine times: a billion nodes if expanded.
fn alias_bomb() -> String {
    let mut lines = vec![r#"a: &a ["x","x","x","x","x","x","x","x","x"]"#.to_string()];
    for i in 1..10u8 {
        let (prev, cur) = ((b'a' + i - 1) as char, (b'a' + i) as char);
        let refs = vec![format!("*{prev}"); 9].join(",");
        lines.push(format!("{cur}: &{cur} [{refs}]"));
    }
    lines.join("\n")
}

#[test]
fn an_alias_bomb_in_front_matter_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("---\n{}\n---\n{BODY}", alias_bomb());
    fs::write(dir.path().join("bomb.md"), text).unwrap();
    claimcheck(dir.path())
        .args(["check", "bomb.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bomb.md:").and(predicate::str::contains("budget")));
}

#[test]
fn an_alias_bomb_in_a_claim_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("claims")).unwrap();
    // Claim files are strictly typed, so the anchors can only sit in keys of their
    // own: refused before anything is expanded.
    let text = format!("{}\nversion: 1\nclaims: [*j]\n", alias_bomb());
    fs::write(dir.path().join("claims/bomb.yaml"), text).unwrap();
    claimcheck(dir.path())
        .args(["check", "claims/bomb.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("claims/bomb.yaml:"));
}

#[test]
fn deep_nesting_is_refused_with_a_position() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    fs::write(
        dir.path().join("deep.md"),
        format!("---\nextra: {deep}\n---\n{BODY}"),
    )
    .unwrap();
    claimcheck(dir.path())
        .args(["check", "deep.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"deep\.md:2:\d+: invalid front matter").unwrap());
    fs::create_dir(dir.path().join("claims")).unwrap();
    fs::write(
        dir.path().join("claims/deep.yaml"),
        format!("version: 1\nclaims: {deep}\n"),
    )
    .unwrap();
    claimcheck(dir.path())
        .args(["check", "claims/deep.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"claims/deep\.yaml:2:\d+:").unwrap());
}
