//! Progress for the people waiting, and Ctrl-C for the people who stop waiting.
//!
//! A bar on standard error, shown only when standard error is a terminal, `--quiet` is
//! off, and the run has already taken about a second: short runs and pipes stay silent.
//! A first Ctrl-C asks the run to stop at the next safe point (between files, never
//! inside a write); a second one ends the process at once.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long a run goes before its bar appears.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// A progress bar that may never be drawn.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: AtomicBool,
}

impl Progress {
    /// A bar that never draws (libraries, tests, pipes, `--quiet`).
    pub fn hidden() -> Progress {
        Progress {
            bar: None,
            started: Instant::now(),
            shown: AtomicBool::new(false),
        }
    }

    /// A bar on standard error labelled `what` ("reading"), drawn when `enabled`
    /// (standard error is a terminal and the user did not ask for quiet) and the run
    /// lasts.
    pub fn new(what: &str, enabled: bool) -> Progress {
        if !enabled {
            return Progress::hidden();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template(
                "{msg:>9} {bar:40} {pos}/{len} files, {per_sec}, ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_message(what.to_string());
        Progress {
            bar: Some(bar),
            started: Instant::now(),
            shown: AtomicBool::new(false),
        }
    }

    /// Sets how many files there are to go through.
    pub fn set_total(&self, n: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(n as u64);
        }
    }

    /// One more file done. Safe to call from several threads.
    pub fn tick(&self) {
        let Some(bar) = &self.bar else { return };
        bar.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= SHOW_AFTER
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Starts a new stage with the same bar ("writing" after "reading").
    pub fn stage(&self, what: &str, total: usize) {
        if let Some(bar) = &self.bar {
            bar.set_message(what.to_string());
            bar.set_position(0);
            bar.set_length(total as u64);
        }
    }

    /// Removes the bar from the terminal.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Installs the Ctrl-C handler: the first press sets the flag [`interrupted`] reads,
/// the second exits with status 130.
pub fn handle_interrupts() {
    // Failing to install (another handler is there) only loses the graceful stop.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
}

/// Whether the user pressed Ctrl-C.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}
