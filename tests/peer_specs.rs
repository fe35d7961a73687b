//! Accuracy floors on the Microsoft Recognizers-Text spec cases (`docs/accuracy.md`):
//! the pass rate of every spec file may not fall below the level last measured.

#[path = "peer_specs/harness.rs"]
mod harness;

use std::sync::OnceLock;

/// The report, computed once for both tests.
fn report() -> &'static harness::Report {
    static REPORT: OnceLock<harness::Report> = OnceLock::new();
    REPORT.get_or_init(|| harness::run().unwrap_or_else(|e| panic!("peer specs: {e}")))
}

/// Per spec file: the floor on the "validated" pass rate (cases the .NET reference
/// runs) and on the "all" pass rate, in percent. Each is the rate measured when it was
/// last set, minus 0.5 point. `cargo run --release --example peer-specs -- --floors`
/// prints this table for the current figures.
const FLOORS: &[(&str, f64, f64)] = &[
    ("Number/English/NumberModel.json", 94.3, 93.9),
    ("Number/English/NumberRangeModel.json", 94.9, 94.9),
    ("Number/English/PercentModel.json", 99.5, 99.5),
    ("Number/French/NumberModel.json", 92.5, 82.6),
    ("Number/French/NumberRangeModel.json", 0.0, 81.8),
    ("Number/French/PercentModel.json", 99.5, 93.7),
    ("NumberWithUnit/English/CurrencyModel.json", 96.6, 95.6),
    ("NumberWithUnit/English/DimensionModel.json", 92.5, 92.5),
    ("NumberWithUnit/French/CurrencyModel.json", 99.5, 99.5),
    ("NumberWithUnit/French/DimensionModel.json", 89.3, 89.3),
    ("DateTime/English/DateExtractor.json", 86.5, 86.6),
    ("DateTime/English/DateParser.json", 81.2, 81.2),
    ("DateTime/English/DatePeriodExtractor.json", 96.4, 96.4),
    ("DateTime/English/DatePeriodParser.json", 83.6, 83.6),
    ("DateTime/English/DateTimeModel.json", 75.7, 75.4),
    ("DateTime/French/DateExtractor.json", 82.8, 75.5),
    ("DateTime/French/DateParser.json", 85.6, 61.6),
    ("DateTime/French/DatePeriodExtractor.json", 85.1, 76.0),
    ("DateTime/French/DatePeriodParser.json", 92.0, 56.6),
    ("DateTime/French/DateTimeModel.json", 82.1, 38.9),
];

const HOW_TO: &str = "Run `cargo run --release --example peer-specs -- --failures <file>` to see \
     the failing cases. When accuracy went up, raise the floors: paste the table printed by \
     `cargo run --release --example peer-specs -- --floors` over FLOORS in \
     tests/peer_specs.rs (each floor is the measured rate minus 0.5 point) and refresh the \
     table in docs/accuracy.md.";

#[test]
fn accuracy_does_not_fall_below_the_floors() {
    let report = report();
    let mut problems = Vec::new();
    for f in &report.files {
        let Some(&(_, validated, all)) = FLOORS.iter().find(|(file, ..)| *file == f.file) else {
            problems.push(format!("{}: no floor in FLOORS", f.file));
            continue;
        };
        for (what, tally, floor) in [("validated", f.validated, validated), ("all", f.all, all)] {
            if let Some(p) = tally.percent() {
                if p < floor {
                    problems.push(format!(
                        "{}: {what} {}/{} = {p:.1} % is below the floor {floor:.1} %",
                        f.file, tally.passed, tally.total
                    ));
                }
            }
        }
    }
    for (file, ..) in FLOORS {
        if !report.files.iter().any(|f| f.file == *file) {
            problems.push(format!("{file}: in FLOORS but not measured"));
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n\n{}\n\n{HOW_TO}",
        problems.join("\n"),
        harness::markdown(report)
    );
}

#[test]
fn every_exception_names_a_case() {
    let report = report();
    assert!(
        report.unknown_exceptions.is_empty(),
        "tests/peer-specs/exceptions.yaml names cases that do not exist:\n{}",
        report.unknown_exceptions.join("\n")
    );
}
