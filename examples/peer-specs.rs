//! Prints claimcheck's accuracy on the Recognizers-Text spec cases as Markdown tables
//! (`docs/accuracy.md`).
//!
//! ```text
//! cargo run --release --example peer-specs
//! cargo run --release --example peer-specs -- --failures French/NumberModel
//! cargo run --release --example peer-specs -- --floors
//! ```
//!
//! `--failures FILE_SUBSTRING` also prints every failing case of the files whose path
//! contains the substring: input, expected results, our results. `--floors` prints the
//! `FLOORS` table of `tests/peer_specs.rs` for the figures measured now.

#[path = "../tests/peer_specs/harness.rs"]
mod harness;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut filter = None;
    let mut floors = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--failures" => match args.next() {
                Some(f) => filter = Some(f),
                None => {
                    eprintln!("--failures needs a file substring, e.g. --failures NumberModel");
                    return ExitCode::from(2);
                }
            },
            "--floors" => floors = true,
            "-h" | "--help" => {
                println!("usage: peer-specs [--failures FILE_SUBSTRING] [--floors]");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!(
                    "unknown argument {other:?}; usage: peer-specs [--failures FILE_SUBSTRING] [--floors]"
                );
                return ExitCode::from(2);
            }
        }
    }
    let report = match harness::run() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("peer-specs: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = String::new();
    if let Some(filter) = &filter {
        out.push_str(&harness::failures(&report, filter));
    }
    out.push_str(&harness::markdown(&report));
    if floors {
        out.push('\n');
        out.push_str(&harness::floors_table(&report));
    }
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}
