//! Figures ("10.000", "environ 11 000", "3,5 millions") in arbitrary text.
#![no_main]

use claimcheck::Lang;
use claimcheck::extract::number::figures;
use claimcheck::text::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let toks = tokenize(text, 0);
    for lang in [Lang::Fr, Lang::En] {
        for f in figures(text, &toks, lang) {
            assert!(f.start < f.end && f.end <= toks.len(), "{f:?}");
        }
    }
});
