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
