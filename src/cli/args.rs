//! Command-line flags (clap). They mirror what the user typed; `cli::run` validates them.

use crate::compare::Severity;
use crate::report::Format;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// claimcheck: cross-references what news articles claim and flags where they disagree.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, long_about = None)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Extra gazetteer files (YAML) adding actors and spellings to the built-in one.
    #[arg(long = "gazetteer", global = true, value_name = "FILE")]
    pub gazetteers: Vec<PathBuf>,
    /// When to use colours.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Replace invalid UTF-8 in inputs (with a warning) instead of failing.
    #[arg(long, global = true)]
    pub lossy: bool,
    /// Extract every article again instead of reusing the extraction cache.
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// No progress bar or summary lines on standard error (errors and warnings stay).
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Configuration file (default: the nearest claimcheck.yaml upwards).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract claims from articles and write one claim file per article.
    Extract {
        /// Articles (.md, .txt) or directories holding them.
        #[arg(required = true)]
        articles: Vec<PathBuf>,
        /// Directory for the claim files.
        #[arg(long, default_value = "claims")]
        out: PathBuf,
        /// `yaml` writes claim files; `jsonl` prints every value found, one JSON object per line.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Yaml)]
        format: ExtractFormat,
        /// Rewrite claim files even when their comments would be lost.
        #[arg(long)]
        force: bool,
        /// Say what would change in each claim file without writing it.
        #[arg(long)]
        dry_run: bool,
    },
    /// Cross-reference claims and print the discrepancy table.
    Check {
        /// Claim files, articles or directories (default: claims/).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Least severity to report.
        #[arg(long, value_enum, default_value_t = Severity::Discrepancy)]
        min_severity: Severity,
    },
    /// Write the discrepancies as one self-contained HTML page (no network needed).
    Report {
        /// Claim files, articles or directories (default: claims/).
        paths: Vec<PathBuf>,
        /// The page to write; `-` prints it.
        #[arg(long, default_value = "report.html", value_name = "FILE")]
        out: PathBuf,
        /// Least severity to show.
        #[arg(long, value_enum, default_value_t = Severity::Discrepancy)]
        min_severity: Severity,
    },
    /// Export the claim graph (articles, entities, claims, conflicts) for other tools.
    Graph {
        /// Claim files, articles or directories (default: claims/).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = crate::graph::export::GraphFormat::Dot)]
        format: crate::graph::export::GraphFormat,
        /// Least severity drawn as a conflict edge.
        #[arg(long, value_enum, default_value_t = Severity::Discrepancy)]
        min_severity: Severity,
    },
    /// Export discrepancies that carry a verdict in an interchange format.
    Export {
        /// Claim files, articles or directories (default: claims/).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
    },
    /// Check drafts against the claim base; fail on contradictions (for CI).
    Lint {
        /// Draft articles (.md, .txt); `-` reads one from standard input.
        #[arg(required = true)]
        drafts: Vec<PathBuf>,
        /// The claim base (default: `claims` of the configuration, else claims/).
        #[arg(long, num_args = 1.., value_name = "PATHS")]
        against: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = LintFormat::Human)]
        format: LintFormat,
        /// Least severity that fails the run (default: the configuration's, else contradiction).
        #[arg(long, value_enum)]
        fail_on: Option<crate::config::FailOn>,
        /// The name to report for a draft read from standard input.
        #[arg(long, value_name = "NAME", default_value = "stdin.md")]
        stdin_filename: String,
        /// Read every claim file; neither read nor write the claim-base index.
        #[arg(long)]
        no_index: bool,
    },
    /// Record a fact-checker's verdict on a discrepancy (in claims/verdicts.yaml).
    Verdict {
        /// The discrepancy id, as `check` or `lint` shows it.
        id: String,
        /// The decision.
        #[arg(long, value_enum)]
        status: crate::verdicts::VerdictStatus,
        /// Why.
        #[arg(long)]
        note: Option<String>,
        /// Who decides.
        #[arg(long)]
        reviewer: Option<String>,
        /// The claims directory holding verdicts.yaml.
        #[arg(long, default_value = "claims")]
        claims: PathBuf,
    },
    /// What still needs a human: discrepancies without a verdict, unreviewed claims in
    /// them, stale claims.
    Review {
        /// Claim files, articles or directories (default: claims/).
        paths: Vec<PathBuf>,
    },
    /// List the actors found, with the spellings seen.
    Entities {
        /// Claim files, articles or directories (default: claims/).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = EntitiesFormat::Table)]
        format: EntitiesFormat,
    },
}

/// Formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Claim files under `--out`.
    Yaml,
    /// JSON lines on standard output.
    Jsonl,
}

/// Formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// schema.org ClaimReview JSON-LD drafts, one per discrepancy with a verdict.
    Claimreview,
}

/// Formats of `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// Diagnostics with the draft line and the value underlined.
    Human,
    /// The documented JSON schema.
    Json,
    /// SARIF 2.1.0 for code-scanning interfaces.
    Sarif,
    /// GitHub Actions workflow commands (pull-request annotations).
    Github,
    /// A Markdown summary for a pull-request comment.
    Markdown,
}

/// Formats of `entities`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EntitiesFormat {
    /// A table.
    Table,
    /// JSON.
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn flags_are_consistent() {
        Args::command().debug_assert();
    }
}
