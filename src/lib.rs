//! claimcheck: cross-references what news articles claim and flags where they disagree.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod extract;
pub mod lang;

pub use lang::Lang;
pub mod article;
pub mod claims;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod gazetteer;
pub mod graph;
pub mod lexicon;
pub mod report;
pub mod resolve;
pub mod source;
pub mod text;
pub mod yaml;
