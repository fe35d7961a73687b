//! The command-line front: validates flags, runs a subcommand, maps the outcome to an
//! exit code. Everything it prints goes to the writers it is given.

pub mod args;
mod check;
mod entities;
mod export;
mod extract;
mod graph;
mod lint;
mod report;
mod review;

use crate::gazetteer::Gazetteer;
use args::{Args, ColorChoice, Command};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Exit status: success.
pub const EXIT_OK: i32 = 0;
/// Exit status: a finding reached the failure threshold (lint).
pub const EXIT_FINDINGS: i32 = 1;
/// Exit status: usage or input error.
pub const EXIT_ERROR: i32 = 2;
/// Exit status: stopped by Ctrl-C (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: i32 = 130;

/// Where output goes and what it may look like.
pub struct Io<'a> {
    /// Standard output.
    pub out: &'a mut dyn Write,
    /// Standard error.
    pub err: &'a mut dyn Write,
    /// Whether standard output is a terminal.
    pub out_is_terminal: bool,
    /// Whether standard error is a terminal (progress bars are drawn only there).
    pub err_is_terminal: bool,
    /// `--quiet`: no progress bar or summary lines.
    pub quiet: bool,
}

/// Runs `args`; returns the exit status.
pub fn run(args: Args, io: &mut Io<'_>) -> anyhow::Result<i32> {
    let cwd = std::env::current_dir()?;
    let config = crate::config::load(args.config.as_deref(), &cwd)?;
    // Gazetteers of the configuration, then those of the command line.
    let mut gazetteers: Vec<PathBuf> = config
        .config
        .gazetteers
        .iter()
        .map(|p| config.resolve(p))
        .collect();
    gazetteers.extend(args.gazetteers.iter().cloned());
    let extended = load_gazetteer(&gazetteers)?;
    let gaz = extended.as_ref().unwrap_or_else(|| Gazetteer::builtin());
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            io.out_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let width = if io.out_is_terminal {
        terminal_size::terminal_size().map_or(120, |(w, _)| w.0 as usize)
    } else {
        140
    };
    let style = crate::report::Style { color, width };
    let load = crate::corpus::LoadOptions {
        lossy: args.lossy,
        cache: !args.no_cache,
    };
    io.quiet = args.quiet;
    let progress = io.err_is_terminal && !args.quiet;
    match args.command {
        Command::Extract {
            articles,
            out,
            format,
            force,
            dry_run,
        } => extract::run(
            &articles,
            &out,
            format,
            extract::WriteOptions {
                force,
                dry_run,
                progress,
                quiet: args.quiet,
            },
            load,
            gaz,
            io,
        ),
        Command::Check {
            paths,
            format,
            min_severity,
        } => check::run(
            &default_paths(paths)?,
            load,
            format,
            min_severity,
            style,
            gaz,
            io,
        ),
        Command::Report {
            paths,
            out,
            min_severity,
        } => report::run(&default_paths(paths)?, load, &out, min_severity, gaz, io),
        Command::Graph {
            paths,
            format,
            min_severity,
        } => graph::run(&default_paths(paths)?, load, format, min_severity, gaz, io),
        Command::Export { paths, format } => {
            export::run(&default_paths(paths)?, load, format, gaz, io)
        }
        Command::Lint {
            drafts,
            against,
            format,
            fail_on,
            stdin_filename,
            no_index,
        } => {
            let base = if !against.is_empty() {
                against
            } else if !config.config.claims.is_empty() {
                config
                    .config
                    .claims
                    .iter()
                    .map(|p| config.resolve(p))
                    .collect()
            } else {
                default_paths(Vec::new())?
            };
            let request = lint::Request {
                drafts: &drafts,
                base: &base,
                format,
                fail_on,
                stdin_filename: &stdin_filename,
                color,
                load,
                index: !no_index,
            };
            lint::run(&request, &config.config, gaz, io)
        }
        Command::Verdict {
            id,
            status,
            note,
            reviewer,
            claims,
        } => {
            let verdict = crate::verdicts::Verdict {
                status,
                note,
                reviewer,
                date: Some(jiff::Zoned::now().date()),
            };
            crate::verdicts::Verdicts::record(&claims, &id, verdict)?;
            writeln!(
                io.err,
                "recorded {} for {id} in {}",
                status.as_str(),
                claims.join(crate::verdicts::FILE_NAME).display()
            )?;
            Ok(EXIT_OK)
        }
        Command::Review { paths } => review::run(&default_paths(paths)?, load, gaz, io),
        Command::Entities { paths, format } => {
            entities::run(&default_paths(paths)?, load, format, gaz, io)
        }
    }
}

/// Runs the binary: parses `std::env::args`, runs, prints errors; returns the exit status.
pub fn main() -> i32 {
    use clap::Parser;
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
        }
    };
    crate::progress::handle_interrupts();
    let stdout = std::io::stdout();
    let out_is_terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    let err_is_terminal = err.is_terminal();
    let mut io = Io {
        out: &mut out,
        err: &mut err,
        out_is_terminal,
        err_is_terminal,
        quiet: false,
    };
    let code = match run(args, &mut io) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => EXIT_OK,
        Err(e) if crate::progress::interrupted() => {
            let _ = writeln!(io.err, "error: {e:#}");
            EXIT_INTERRUPTED
        }
        Err(e) => {
            let _ = writeln!(io.err, "error: {e:#}");
            EXIT_ERROR
        }
    };
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            let _ = writeln!(std::io::stderr(), "error: {e}");
            EXIT_ERROR
        }
        _ => code,
    }
}

/// A closed pipe (`claimcheck check | head`) is the reader leaving, not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The built-in gazetteer extended by user files, or None when there are none.
fn load_gazetteer(files: &[PathBuf]) -> anyhow::Result<Option<Gazetteer>> {
    if files.is_empty() {
        return Ok(None);
    }
    let mut texts = Vec::new();
    for f in files {
        let text = crate::corpus::read_utf8(f)?;
        texts.push((f.display().to_string(), text));
    }
    let refs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    Ok(Some(Gazetteer::with_extra(&refs)?))
}

/// With no paths, the claim base in `claims/`.
fn default_paths(paths: Vec<PathBuf>) -> anyhow::Result<Vec<PathBuf>> {
    if !paths.is_empty() {
        return Ok(paths);
    }
    let dir = PathBuf::from("claims");
    if !dir.is_dir() {
        anyhow::bail!(
            "no paths given and no claims/ directory here: name claim files, articles or directories"
        );
    }
    Ok(vec![dir])
}
