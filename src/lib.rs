//! claimcheck: cross-references what news articles claim and flags where they disagree.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod lang;
pub mod extract;

pub use lang::Lang;
pub mod source;
pub mod yaml;
pub mod article;
pub mod text;
pub mod lexicon;
pub mod gazetteer;
pub mod claims;
pub mod corpus;
pub mod graph;
pub mod compare;
pub mod report;
pub mod cli;
pub mod resolve;
