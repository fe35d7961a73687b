//! Article parsing: front matter (YAML) and body split, then extraction.
#![no_main]

use claimcheck::article::Article;
use claimcheck::gazetteer::Gazetteer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(article) = Article::parse("fuzz.md", text.to_string()) {
        let _ = claimcheck::extract::extract(&article, Gazetteer::builtin());
    }
});
