//! Writes a synthetic corpus for throughput and memory runs (see docs/performance.md).
//!
//! ```text
//! cargo run --release --example synth-corpus -- many DIR COUNT   # COUNT articles in DIR
//! cargo run --release --example synth-corpus -- one FILE MEGABYTES # one article that big
//! ```
//!
//! Paragraphs come from the committed articles (seeds and test fixtures, French and
//! English) with their figures nudged, so the text is real prose whose claims group
//! and disagree the way a newsroom's do. Output is deterministic.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A small deterministic generator, so runs are comparable across machines.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Paragraphs of the committed articles, front matter dropped, grouped by language.
fn paragraphs(root: &Path) -> std::io::Result<[Vec<String>; 2]> {
    let mut files = Vec::new();
    for dir in [
        "claims/articles",
        "tests/fixtures/en",
        "tests/fixtures/en-economy",
        "tests/fixtures/fr-manifs",
    ] {
        for e in fs::read_dir(root.join(dir))? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x == "md") {
                files.push(p);
            }
        }
    }
    files.sort();
    let (mut fr, mut en) = (Vec::new(), Vec::new());
    for f in files {
        let text = fs::read_to_string(&f)?;
        let body = text
            .strip_prefix("---\n")
            .and_then(|r| r.split_once("\n---\n"))
            .map_or(text.as_str(), |(_, b)| b);
        let english = text.contains("\nlang: en");
        // Up to the reference list: extraction stops at a "Sources" heading.
        let prose = body.split("\nSources\n").next().unwrap_or(body);
        for p in prose.split("\n\n").map(str::trim).filter(|p| p.len() > 40) {
            if english { &mut en } else { &mut fr }.push(p.to_string());
        }
    }
    Ok([fr, en])
}

/// `p` with each digit run's last digit changed now and then.
fn nudge(p: &str, rng: &mut Lcg) -> String {
    let mut out = String::with_capacity(p.len());
    let chars: Vec<char> = p.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let last_digit = c.is_ascii_digit() && !chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if last_digit && rng.below(4) == 0 {
            out.push(char::from(b'0' + rng.below(10) as u8));
        } else {
            out.push(c);
        }
    }
    out
}

fn article(
    id: &str,
    lang: usize,
    pool: &[String],
    paras: usize,
    rng: &mut Lcg,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let code = ["fr", "en"][lang];
    let day = 1 + rng.below(28);
    writeln!(
        out,
        "---\nid: {id}\npublished: 2025-06-{day:02}\nlang: {code}\n---\n"
    )?;
    for _ in 0..paras {
        writeln!(out, "{}\n", nudge(&pool[rng.below(pool.len())], rng))?;
    }
    Ok(())
}

fn run(args: &[String]) -> Result<(), String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let pools = paragraphs(&root).map_err(|e| format!("reading the committed articles: {e}"))?;
    let mut rng = Lcg(0x5eed);
    match args {
        [mode, dir, count] if mode == "many" => {
            let count: usize = count.parse().map_err(|_| format!("not a count: {count}"))?;
            fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
            for i in 0..count {
                let lang = rng.below(2);
                let path = Path::new(dir).join(format!("synth-{i:05}.md"));
                let file =
                    fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                let mut w = BufWriter::new(file);
                let paras = 4 + rng.below(12);
                article(
                    &format!("synth-{i:05}"),
                    lang,
                    &pools[lang],
                    paras,
                    &mut rng,
                    &mut w,
                )
                .and_then(|()| w.flush())
                .map_err(|e| format!("{}: {e}", path.display()))?;
            }
            Ok(())
        }
        [mode, file, mb] if mode == "one" => {
            let mb: usize = mb.parse().map_err(|_| format!("not a size in MB: {mb}"))?;
            let f = fs::File::create(file).map_err(|e| format!("{file}: {e}"))?;
            let mut w = BufWriter::new(f);
            let pool = &pools[0];
            let mean = pool.iter().map(String::len).sum::<usize>() / pool.len().max(1);
            let paras = mb * 1_000_000 / (mean + 2);
            article("big", 0, pool, paras, &mut rng, &mut w)
                .and_then(|()| w.flush())
                .map_err(|e| format!("{file}: {e}"))
        }
        _ => Err("usage: synth-corpus many DIR COUNT | synth-corpus one FILE MEGABYTES".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth-corpus: {e}");
            ExitCode::from(2)
        }
    }
}
