//! Micro-benchmarks of the stages a large run spends its time in (`docs/performance.md`):
//! the number and date lexers, entity matching, grouping and comparison.
//!
//! ```text
//! cargo bench --bench stages
//! ```

use claimcheck::article::Article;
use claimcheck::compare::{Options, Severity, compare_with};
use claimcheck::corpus::{Entry, entry_for};
use claimcheck::gazetteer::Gazetteer;
use claimcheck::graph::ClaimGraph;
use claimcheck::{Lang, text, values};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// The bodies of the committed articles of one language, joined.
fn prose(lang: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = String::new();
    for dir in [
        "claims/articles",
        "tests/fixtures/en",
        "tests/fixtures/en-economy",
        "tests/fixtures/fr-manifs",
    ] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("fixture directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).expect("article");
            if text.contains(&format!("\nlang: {lang}\n")) {
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
    out
}

fn lexers(c: &mut Criterion) {
    let mut group = c.benchmark_group("lexers");
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::En, "en")] {
        let text = prose(code);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let reference = jiff::civil::date(2025, 6, 10);
        group.bench_function(format!("numbers and dates ({code})"), |b| {
            b.iter(|| values::find_values(black_box(&text), lang, Some(reference)).len())
        });
        group.bench_function(format!("tokens and sentences ({code})"), |b| {
            b.iter(|| {
                let tokens = text::tokenize(black_box(&text), 0);
                text::sentences(&tokens).len()
            })
        });
    }
    group.finish();
}

fn entities(c: &mut Criterion) {
    let gaz = Gazetteer::builtin();
    let mut group = c.benchmark_group("entities");
    for code in ["fr", "en"] {
        let text = prose(code);
        let tokens = text::tokenize(&text, 0);
        let view: Vec<usize> = (0..tokens.len()).collect();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("gazetteer mentions ({code})"), |b| {
            b.iter(|| {
                let mut found = 0;
                let mut at = 0;
                while at < view.len() {
                    match gaz.mention_at(&tokens, &view, at) {
                        Some((n, ..)) => {
                            found += 1;
                            at += n;
                        }
                        None => at += 1,
                    }
                }
                black_box(found)
            })
        });
    }
    group.finish();
}

/// `n` short articles about 40 facts, figures drifting as coverage does.
fn synthetic(n: usize) -> Vec<Entry> {
    let gaz = Gazetteer::builtin();
    let places = ["Lyon", "Marseille", "Toulouse", "Nantes", "Lille"];
    let what = [
        "soldats ont été déployés",
        "personnes ont été évacuées",
        "maisons ont été détruites",
        "manifestants ont défilé",
        "personnes ont été blessées",
        "secouristes ont été mobilisés",
        "foyers étaient privés d'électricité",
        "habitants ont été relogés",
    ];
    (0..n)
        .map(|i| {
            let mut body = String::new();
            for k in 0..6 {
                let fact = (i * 7 + k * 13) % (places.len() * what.len());
                let truth = 1_000 * (fact + 3);
                let figure = match (i + k) % 10 {
                    0 => truth + truth / 5,
                    1 => truth - truth / 10,
                    _ => truth,
                };
                body.push_str(&format!(
                    "Au total, {figure} {} à {}. ",
                    what[fact % what.len()],
                    places[fact / what.len()]
                ));
            }
            let text =
                format!("---\nid: s{i:05}\npublished: 2025-03-10\nlang: fr\n---\n\n{body}\n");
            let article = Article::parse("s.md", text).expect("synthetic article");
            entry_for(&article, gaz, None)
        })
        .collect()
}

fn grouping_and_comparison(c: &mut Criterion) {
    let gaz = Gazetteer::builtin();
    let mut group = c.benchmark_group("cross-reference");
    group.sample_size(10);
    for n in [1_000, 10_000] {
        let entries = synthetic(n);
        let claims: usize = entries.iter().map(|e| e.claims.len()).sum();
        group.throughput(Throughput::Elements(claims as u64));
        group.bench_function(format!("group {n} articles"), |b| {
            b.iter(|| ClaimGraph::build(black_box(&entries), gaz).groups.len())
        });
        let graph = ClaimGraph::build(&entries, gaz);
        let options = Options {
            min_severity: Some(Severity::Discrepancy),
            ..Options::default()
        };
        group.bench_function(format!("compare {n} articles"), |b| {
            b.iter(|| compare_with(black_box(&graph), gaz, &options).len())
        });
    }
    group.finish();
}

criterion_group!(benches, lexers, entities, grouping_and_comparison);
criterion_main!(benches);
