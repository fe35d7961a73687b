//! Dates, absolute and relative to a publication date, in arbitrary sentences.
#![no_main]

use claimcheck::Lang;
use claimcheck::extract::{Sent, date};
use claimcheck::text::{sentences, tokenize};
use jiff::civil::date as ymd;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let toks = tokenize(text, 0);
    for s in sentences(&toks) {
        let sent = Sent::new(text, &toks[s.tokens.clone()]);
        for lang in [Lang::Fr, Lang::En] {
            let _ = date::find(&sent, lang, Some(ymd(2025, 6, 10)));
            let _ = date::find(&sent, lang, None);
        }
    }
});
