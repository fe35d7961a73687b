//! claimcheck: cross-references what news articles claim and flags where they disagree.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod lang;
pub mod extract;

pub use lang::Lang;
pub mod source;
pub mod yaml;
pub mod article;
pub mod text;
