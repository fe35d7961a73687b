//! Extraction throughput on the seed corpus repeated to about 10 MB:
//! `cargo bench --bench extract`. Criterion reports the throughput in MB/s.

use claimcheck::article::Article;
use claimcheck::gazetteer::Gazetteer;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// The seed articles, each repeated until the whole is at least `target` bytes.
fn corpus(target: usize) -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims/articles");
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("claims/articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).expect("seed article"),
            )
        })
        .collect();
    seeds.sort();
    let mut out = Vec::new();
    let mut size = 0;
    while size < target {
        for (path, text) in &seeds {
            size += text.len();
            out.push(Article::parse(path, text.clone()).expect("seed article parses"));
        }
    }
    out
}

fn extraction(c: &mut Criterion) {
    let gaz = Gazetteer::builtin();
    let articles = corpus(10 * 1024 * 1024);
    let bytes: usize = articles.iter().map(|a| a.source.text.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("seed corpus x10 MB", |b| {
        b.iter(|| {
            let claims: usize = articles
                .iter()
                .map(|a| claimcheck::extract::extract(black_box(a), gaz).len())
                .sum();
            black_box(claims)
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
