//! claimcheck: cross-references what news articles claim and flags where they disagree.
//!
//! Each stage is a function over plain data: [`extract::extract`] turns an
//! [`article::Article`] into [`claims::Claim`]s, [`graph::ClaimGraph::build`] groups the
//! claims about one fact, [`compare::compare`] turns groups into findings, and
//! [`report::write`] renders them.
//!
//! ```
//! use claimcheck::article::Article;
//! use claimcheck::gazetteer::Gazetteer;
//!
//! let text = "---\nid: a\npublished: 2025-06-10\nlang: fr\n---\n\
//!             Environ 11 000 soldats nord-coréens ont rejoint l’oblast de Koursk.\n";
//! let article = Article::parse("a.md", text.to_string()).unwrap();
//! let claims = claimcheck::extract::extract(&article, Gazetteer::builtin());
//! let troops = &claims[0];
//! assert_eq!(troops.evidence.text, "Environ 11 000");
//! assert_eq!(troops.fact.concept.as_deref(), Some("troops"));
//! assert_eq!(troops.fact.owner.as_deref(), Some("north-korea"));
//! assert_eq!(troops.quantity().unwrap().low, Some(9900.0));
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod article;
pub mod cache;
pub mod claimreview;
pub mod claims;
pub mod cli;
pub mod compare;
pub mod config;
pub mod corpus;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod index;
pub mod lang;
pub mod lexicon;
pub mod lint;
pub mod progress;
pub mod report;
pub mod resolve;
pub mod source;
pub mod text;
pub mod values;
pub mod verdicts;
pub mod yaml;

pub use lang::Lang;
