//! `claimcheck lint` on the real binary: findings at the right places, every format,
//! exit codes, configuration, standard input and suppression comments.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn claimcheck() -> Command {
    let mut c = Command::cargo_bin("claimcheck").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn json_findings(args: &[&str]) -> (i32, Vec<Value>) {
    let out = claimcheck()
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (
        out.status.code().unwrap(),
        v["findings"].as_array().unwrap().clone(),
    )
}

fn places(findings: &[Value]) -> Vec<(String, String, u64, u64, String)> {
    findings
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["primary"]["line"].as_u64().unwrap(),
                f["primary"]["column"].as_u64().unwrap(),
                f["primary"]["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn s(v: &str) -> String {
    v.to_string()
}

#[test]
fn french_draft_with_a_wrong_year_and_a_wrong_count_fails_with_exactly_those() {
    let (code, findings) = json_findings(&["lint", "tests/lint/draft-fr.md"]);
    assert_eq!(code, 1);
    assert_eq!(
        places(&findings),
        [
            (s("date-mismatch"), s("contradiction"), 9, 59, s("Fin 2023")),
            (
                s("quantity-mismatch"),
                s("discrepancy"),
                11,
                33,
                s("environ 25 000")
            ),
        ]
    );
    let year = &findings[0];
    let related: Vec<&str> = year["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert!(related.contains(&"Fin 2024"), "{related:?}");
    assert!(
        year["related"][0]["file"]
            .as_str()
            .unwrap()
            .starts_with("claims/articles/")
    );
}

#[test]
fn english_draft_with_a_wrong_year_and_a_wrong_count_fails_with_exactly_those() {
    let (code, findings) = json_findings(&[
        "lint",
        "tests/lint/draft-en.md",
        "--against",
        "tests/fixtures/en",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        places(&findings),
        [
            (
                s("date-mismatch"),
                s("contradiction"),
                7,
                42,
                s("on June 9, 2024")
            ),
            (
                s("quantity-mismatch"),
                s("contradiction"),
                11,
                49,
                s("About 3,500")
            ),
        ]
    );
}

#[test]
fn corrected_drafts_pass() {
    claimcheck()
        .args(["lint", "tests/lint/draft-fr-corrected.md"])
        .assert()
        .code(0);
    claimcheck()
        .args([
            "lint",
            "tests/lint/draft-en-corrected.md",
            "--against",
            "tests/fixtures/en",
        ])
        .assert()
        .code(0);
}

#[test]
fn human_format_underlines_the_value_and_names_the_base() {
    claimcheck()
        .args(["lint", "tests/lint/draft-fr.md", "--color", "never"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error[date-mismatch]: \"Fin 2023\" contradicts",
        ))
        .stdout(predicate::str::contains("--> tests/lint/draft-fr.md:9:59"))
        .stdout(predicate::str::contains("^^^^^^^^ the draft says 2023"))
        .stdout(predicate::str::contains(
            "alabuga-travailleurs (claims/articles/alabuga-travailleurs.md:16:75) says «Fin 2024»",
        ))
        .stdout(predicate::str::contains('\u{1b}').not());
}

#[test]
fn colour_follows_the_flag() {
    claimcheck()
        .args(["lint", "tests/lint/draft-fr.md", "--color", "always"])
        .assert()
        .stdout(predicate::str::contains('\u{1b}'));
}

#[test]
fn github_format_writes_workflow_commands() {
    claimcheck()
        .args(["lint", "tests/lint/draft-fr.md", "--format", "github"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "::error file=tests/lint/draft-fr.md,line=9,col=59,endColumn=67,title=claimcheck date-mismatch::",
        ))
        .stdout(predicate::str::contains("::warning file=tests/lint/draft-fr.md,line=11,col=33,"));
}

#[test]
fn markdown_format_is_a_summary_table() {
    claimcheck()
        .args(["lint", "tests/lint/draft-fr.md", "--format", "markdown"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "**claimcheck lint fails**: 2 finding(s) in 1 draft(s)",
        ))
        .stdout(predicate::str::contains(
            "| contradiction | `date-mismatch` | tests/lint/draft-fr.md:9:59 | `Fin 2023` |",
        ));
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let schema: Value =
        serde_json::from_str(&fs::read_to_string("tests/sarif-schema-2.1.0.json").unwrap())
            .unwrap();
    // tests/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema (as shipped in the
    // serde-sarif crate, MIT) with one fix: its two `language` patterns have a stray
    // `]` that only ECMAScript's regex engine accepts (see docs/ci.md).
    let validator = jsonschema::validator_for(&schema).unwrap();
    for args in [
        vec!["lint", "tests/lint/draft-fr.md", "--format", "sarif"],
        vec![
            "lint",
            "tests/lint/draft-fr-corrected.md",
            "--format",
            "sarif",
        ],
        vec![
            "lint",
            "tests/lint/draft-en.md",
            "--against",
            "tests/fixtures/en",
            "--format",
            "sarif",
        ],
    ] {
        let out = claimcheck().args(&args).output().unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        assert_eq!(doc["runs"][0]["columnKind"], "unicodeCodePoints");
    }
    let out = claimcheck()
        .args(["lint", "tests/lint/draft-fr.md", "--format", "sarif"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let result = &doc["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "date-mismatch");
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        9
    );
    let related = result["relatedLocations"].as_array().unwrap();
    assert!(
        related
            .iter()
            .any(|r| r["physicalLocation"]["artifactLocation"]["uri"]
                == "claims/articles/alabuga-travailleurs.md")
    );
}

#[test]
fn fail_on_sets_the_exit_status() {
    claimcheck()
        .args(["lint", "tests/lint/draft-fr.md", "--fail-on", "never"])
        .assert()
        .code(0);
    let dir = tempfile::tempdir().unwrap();
    let only_count = dir.path().join("count.md");
    fs::write(&only_count, "---\nid: c\npublished: 2025-07-10\nlang: fr\n---\nSelon des sources ukrainiennes, environ 25 000 soldats nord-coréens auraient rejoint les rangs russes dans l’oblast de Koursk.\n").unwrap();
    let path = only_count.to_str().unwrap();
    let base = concat!(env!("CARGO_MANIFEST_DIR"), "/claims");
    claimcheck()
        .args(["lint", path, "--against", base])
        .assert()
        .code(0);
    claimcheck()
        .args(["lint", path, "--against", base, "--fail-on", "discrepancy"])
        .assert()
        .code(1);
}

#[test]
fn configuration_is_found_upwards_and_flags_override_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    fs::write(
        root.join("claimcheck.yaml"),
        format!("claims: [{}]\nfail-on: never\n", base.display()),
    )
    .unwrap();
    let sub = root.join("drafts/2025");
    fs::create_dir_all(&sub).unwrap();
    fs::copy("tests/lint/draft-fr.md", sub.join("draft.md")).unwrap();
    let run = |extra: &[&str]| {
        let mut c = Command::cargo_bin("claimcheck").unwrap();
        c.current_dir(&sub).arg("lint").arg("draft.md").args(extra);
        c.assert()
    };
    run(&[]).code(0);
    run(&["--fail-on", "contradiction"]).code(1);
    fs::write(root.join("other.yaml"), "fail-on: contradiction\n").unwrap();
    let other = root.join("other.yaml");
    run(&[
        "--config",
        other.to_str().unwrap(),
        "--against",
        base.to_str().unwrap(),
    ])
    .code(1);
}

#[test]
fn unknown_configuration_keys_are_errors_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("claimcheck.yaml"), "fail_on: never\n").unwrap();
    let mut c = Command::cargo_bin("claimcheck").unwrap();
    c.current_dir(dir.path())
        .args(["lint", "x.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "claimcheck.yaml:1:1: unknown field `fail_on`",
        ))
        .stderr(predicate::str::contains("did you mean `fail-on`?"));
}

#[test]
fn a_draft_can_come_from_standard_input() {
    let text = fs::read_to_string("tests/lint/draft-fr.md").unwrap();
    claimcheck()
        .args([
            "lint",
            "-",
            "--stdin-filename",
            "brouillon.md",
            "--format",
            "github",
        ])
        .write_stdin(text)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "::error file=brouillon.md,line=9,col=59,",
        ));
}

#[test]
fn suppression_comments_silence_findings_and_unused_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string("tests/lint/draft-fr.md").unwrap();
    let text = text.replace(
        "Pyongyang a continué",
        "<!-- claimcheck-disable-next-line date-mismatch -->\nPyongyang a continué",
    );
    let text = format!("{text}\n<!-- claimcheck-disable-next-line -->\nUne phrase sans chiffre.\n");
    let draft = dir.path().join("draft.md");
    fs::write(&draft, text).unwrap();
    let base = concat!(env!("CARGO_MANIFEST_DIR"), "/claims");
    let (code, findings) = json_findings(&["lint", draft.to_str().unwrap(), "--against", base]);
    assert_eq!(code, 0, "the contradiction is silenced");
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["quantity-mismatch", "unused-suppression"]);
}

#[test]
fn a_draft_that_gives_one_fact_two_values_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.md");
    fs::write(
        &draft,
        "---\nid: d\npublished: 2025-06-12\nlang: en\n---\nAbout 12,000 people have been displaced across the state of Odisha.\n\nLater the officials said 8,000 people had been displaced across the state of Odisha.\n",
    )
    .unwrap();
    let empty = dir.path().join("empty");
    fs::create_dir_all(&empty).unwrap();
    let (_, findings) = json_findings(&[
        "lint",
        draft.to_str().unwrap(),
        "--against",
        empty.to_str().unwrap(),
    ]);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let f = &findings[0];
    assert_eq!(f["code"], "internal-inconsistency");
    assert_eq!(f["primary"]["line"], 8);
    assert_eq!(f["related"][0]["line"], 6);
}

#[test]
fn missing_draft_is_an_input_error() {
    claimcheck()
        .args(["lint", "no-such-draft.md"])
        .assert()
        .code(2);
}

#[test]
fn tolerance_and_ignore_rules_from_the_configuration_apply() {
    let dir = tempfile::tempdir().unwrap();
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    fs::copy("tests/lint/draft-fr.md", dir.path().join("draft.md")).unwrap();
    let run = |config: &str| {
        fs::write(
            dir.path().join("claimcheck.yaml"),
            format!("claims: [{}]\n{config}", base.display()),
        )
        .unwrap();
        let out = Command::cargo_bin("claimcheck")
            .unwrap()
            .current_dir(dir.path())
            .args(["lint", "draft.md", "--format", "json"])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(run(""), ["date-mismatch", "quantity-mismatch"]);
    // A 150 % tolerance on plain counts reconciles 25 000 with 11 000.
    assert_eq!(
        run("tolerance:\n  units: {count: 1.5}\n"),
        ["date-mismatch"]
    );
    assert_eq!(
        run("ignore:\n  - id: date-mismatch\n"),
        ["quantity-mismatch"]
    );
    assert_eq!(run("ignore:\n  - subject: troops\n"), Vec::<String>::new());
}

// The claim-base index (`.claimcheck-index`): lint and check must answer as the claim files do,
// whether it reads the index, builds it, or finds it stale or damaged.

const INDEX: &str = ".claimcheck-index";

/// Runs lint on `draft` against `base`: exit code, standard output and error.
fn lint_against(draft: &Path, base: &Path, format: &str, extra: &[&str]) -> (i32, String, String) {
    let out = claimcheck()
        .arg("lint")
        .arg(draft)
        .arg("--against")
        .arg(base)
        .args(["--format", format])
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

/// The seed claim base (claim files and their articles), copied.
fn seed_base() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(Path::new("claims"), &tmp.path().join("claims"));
    tmp
}

fn drafts() -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = fs::read_dir("tests/lint")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    out.sort();
    out
}

/// Lints every draft against `base` without the index, then twice with it (building
/// it, then reading it), and asserts the three answers are one.
fn assert_index_changes_nothing(base: &Path, drafts: &[std::path::PathBuf], formats: &[&str]) {
    for draft in drafts {
        for &format in formats {
            let files = lint_against(draft, base, format, &["--no-index"]);
            let built = lint_against(draft, base, format, &[]);
            assert!(base.join(INDEX).exists(), "lint wrote no index");
            let stamp = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).unwrap();
            let before = (
                fs::read(base.join(INDEX)).unwrap(),
                stamp(&base.join(INDEX)),
            );
            let read = lint_against(draft, base, format, &[]);
            assert_eq!(
                (
                    fs::read(base.join(INDEX)).unwrap(),
                    stamp(&base.join(INDEX))
                ),
                before,
                "a fresh index was rewritten (so not read)"
            );
            assert_eq!(
                built,
                files,
                "{} ({format}), building the index",
                draft.display()
            );
            assert_eq!(
                read,
                files,
                "{} ({format}), reading the index",
                draft.display()
            );
        }
    }
}

#[test]
fn lint_answers_the_same_with_and_without_the_index_on_the_seed_base() {
    let tmp = seed_base();
    let base = tmp.path().join("claims");
    let (code, findings) = json_findings(&[
        "lint",
        "tests/lint/draft-fr.md",
        "--against",
        base.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "the seed base catches the French draft");
    assert!(!findings.is_empty());
    fs::remove_file(base.join(INDEX)).unwrap();
    assert_index_changes_nothing(&base, &drafts(), &["json", "human", "sarif"]);
}

/// A larger base: the seed and fixture articles, each also rewritten a few times
/// under another id with its digits shifted (other figures, other dates), extracted
/// into a claims directory of their own.
fn generated_base() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let articles = tmp.path().join("articles");
    fs::create_dir_all(&articles).unwrap();
    let mut sources: Vec<std::path::PathBuf> = fs::read_dir("claims/articles")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for dir in fs::read_dir("tests/fixtures").unwrap() {
        let dir = dir.unwrap().path();
        sources.extend(
            fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .filter(|p| !p.ends_with("README.md")),
        );
    }
    sources.sort();
    for (i, src) in sources.iter().enumerate() {
        let text = fs::read_to_string(src).unwrap();
        for copy in 0..4usize {
            let mut out = String::new();
            let mut front = 0;
            for (n, line) in text.lines().enumerate() {
                if line == "---" {
                    front += 1;
                }
                let line = if front == 1 && line.starts_with("id:") {
                    format!("{line}-{i}-{copy}")
                } else if front >= 2 && copy > 0 && n % 3 == copy % 3 {
                    line.chars()
                        .map(|c| match c.to_digit(10) {
                            Some(d) if d > 0 => {
                                char::from_digit((d + copy as u32) % 9 + 1, 10).unwrap()
                            }
                            _ => c,
                        })
                        .collect()
                } else {
                    line.to_string()
                };
                out.push_str(&line);
                out.push('\n');
            }
            fs::write(articles.join(format!("a{i:03}-{copy}.md")), out).unwrap();
        }
    }
    claimcheck()
        .arg("extract")
        .arg(&articles)
        .arg("--out")
        .arg(tmp.path().join("claims"))
        .arg("--quiet")
        .assert()
        .success();
    tmp
}

#[test]
fn lint_answers_the_same_with_and_without_the_index_on_a_generated_base() {
    let tmp = generated_base();
    let base = tmp.path().join("claims");
    assert!(base.join(INDEX).exists(), "extract wrote no index");
    let files = fs::read_dir(&base).unwrap().count();
    assert!(files > 40, "{files} files");
    // Two of the base's own articles as drafts: each replaces its base version.
    let mut drafts = drafts();
    let mut own: Vec<_> = fs::read_dir(tmp.path().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    own.sort();
    drafts.push(own[1].clone());
    drafts.push(own[own.len() - 2].clone());
    assert_index_changes_nothing(&base, &drafts, &["json"]);
}

/// Lints the French draft against `base` with and without the index.
fn both_ways(base: &Path) -> ((i32, String, String), (i32, String, String)) {
    let draft = Path::new("tests/lint/draft-fr.md");
    (
        lint_against(draft, base, "json", &[]),
        lint_against(draft, base, "json", &["--no-index"]),
    )
}

/// The claim files of `base` the French draft's findings name, with their articles.
fn named_claim_files(base: &Path) -> Vec<(std::path::PathBuf, std::path::PathBuf)> {
    let (_, out, _) = lint_against(
        Path::new("tests/lint/draft-fr.md"),
        base,
        "json",
        &["--no-index"],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    let mut related: Vec<(String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["related"].as_array().unwrap().iter())
        .map(|r| {
            (
                r["article"].as_str().unwrap().to_string(),
                r["file"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    related.sort();
    related.dedup();
    let mut files = Vec::new();
    for e in fs::read_dir(base).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "yaml") {
            continue;
        }
        let text = fs::read_to_string(&p).unwrap();
        for (id, article) in &related {
            if text.contains(&format!("id: {id}\n")) {
                files.push((p.clone(), std::path::PathBuf::from(article)));
            }
        }
    }
    files.sort();
    assert!(files.len() >= 2, "too few claim files behind the findings");
    files
}

#[test]
fn editing_adding_or_deleting_a_claim_file_after_the_index_is_built_is_seen() {
    let tmp = seed_base();
    let base = tmp.path().join("claims");
    let (first, _) = both_ways(&base);
    let named = named_claim_files(&base);

    // Edited: the claims of an article the draft conflicts with are emptied.
    let text = fs::read_to_string(&named[0].0).unwrap();
    let cut = text.find("\nclaims:").unwrap();
    fs::write(&named[0].0, format!("{}\nclaims: []\n", &text[..cut])).unwrap();
    let (indexed, files) = both_ways(&base);
    assert_eq!(indexed, files, "after an edit");
    assert_ne!(indexed, first, "the edit changes the answer");

    // Deleted: another such claim file goes, with its article (else lint would
    // extract the article instead).
    fs::write(&named[0].0, &text).unwrap();
    both_ways(&base);
    let (file, article) = named.last().unwrap();
    fs::remove_file(file).unwrap();
    fs::remove_file(article).unwrap();
    let (indexed, files) = both_ways(&base);
    assert_eq!(indexed, files, "after a deletion");
    assert_ne!(indexed, first, "the deletion changes the answer");

    // Added: a second claim file for an article already there is an error.
    fs::copy(&named[0].0, base.join("copy.yaml")).unwrap();
    let (indexed, files) = both_ways(&base);
    assert_eq!(indexed, files, "after an addition");
    assert_eq!(indexed.0, 2, "{indexed:?}");
    assert!(indexed.2.contains("duplicate"), "{}", indexed.2);
}

#[test]
fn a_truncated_or_damaged_index_is_rebuilt_not_trusted() {
    let tmp = seed_base();
    let base = tmp.path().join("claims");
    let (_, files) = both_ways(&base);
    let index = base.join(INDEX);
    let whole = fs::read(&index).unwrap();
    let damages: Vec<Vec<u8>> = vec![
        whole[..whole.len() / 2].to_vec(),
        whole[..10].to_vec(),
        Vec::new(),
        // Same length, the records scrambled.
        whole
            .iter()
            .enumerate()
            .map(|(i, &b)| if i > whole.len() / 2 { b'{' } else { b })
            .collect(),
        b"not an index at all".to_vec(),
    ];
    for (n, bytes) in damages.iter().enumerate() {
        fs::write(&index, bytes).unwrap();
        let (indexed, _) = both_ways(&base);
        assert_eq!(indexed, files, "damage {n}");
        assert_eq!(fs::read(&index).unwrap(), whole, "damage {n}: not rebuilt");
    }
}

#[test]
fn check_keeps_the_index_and_never_reads_it_as_a_claim_file() {
    let tmp = seed_base();
    let base = tmp.path().join("claims");
    let check = || {
        claimcheck()
            .arg("check")
            .arg(&base)
            .args(["--format", "json"])
            .output()
            .unwrap()
    };
    let without = check();
    assert!(without.status.success());
    assert!(base.join(INDEX).exists(), "check wrote no index");
    let with = check();
    assert_eq!(with.stdout, without.stdout);
    assert_eq!(with.stderr, without.stderr);
    // Named as a claim file, it is refused for what it is.
    claimcheck()
        .arg("check")
        .arg(base.join(INDEX))
        .assert()
        .failure();
}

/// `check` on a claims directory: exit code, standard output and error.
fn check_dir(base: &Path) -> (i32, String, String) {
    let out = claimcheck()
        .arg("check")
        .arg(base)
        .args(["--format", "json", "--min-severity", "agreement"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn check_reads_a_fresh_index_and_the_claim_files_once_they_change() {
    let tmp = seed_base();
    let base = tmp.path().join("claims");
    let index = base.join(INDEX);
    let from_files = check_dir(&base);
    assert_eq!(from_files.0, 0, "{}", from_files.2);
    let written = fs::read(&index).expect("check wrote no index");
    let from_index = check_dir(&base);
    assert_eq!(from_index, from_files, "reading the index");
    assert_eq!(
        fs::read(&index).unwrap(),
        written,
        "a fresh index was rewritten"
    );

    // An edit a reviewer makes after the index was built counts at once.
    let (file, _) = &named_claim_files(&base)[0];
    let text = fs::read_to_string(file).unwrap();
    let cut = text.find("\nclaims:").unwrap();
    fs::write(file, format!("{}\nclaims: []\n", &text[..cut])).unwrap();
    let edited = check_dir(&base);
    assert_ne!(edited.1, from_files.1, "the edit changes the answer");
    fs::remove_file(&index).unwrap();
    assert_eq!(check_dir(&base), edited, "without the index");
    assert_eq!(check_dir(&base), edited, "from the rebuilt index");
}
