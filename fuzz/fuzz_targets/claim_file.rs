//! The claim-file loader: reviewer-edited YAML, with aliases, nesting and all.
#![no_main]

use claimcheck::claims::store::ClaimFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(file) = ClaimFile::parse("claims/fuzz.yaml", text) {
        // What loads must write back to something that loads the same.
        let again = ClaimFile::parse("claims/fuzz.yaml", &file.to_yaml())
            .expect("a loaded claim file writes back loadable");
        assert_eq!(again, file);
    }
});
