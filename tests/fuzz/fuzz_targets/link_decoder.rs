//! Any bytes as a share link: the decoder never panics, and what it accepts round-trips.
#![no_main]

use assistant_medical::situation::link::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(decoded) = decode(&text) {
        let again = decode(&encode(&decoded.situation)).expect("our own link is never refused");
        assert!(again.issues.is_empty(), "{:?}", again.issues);
        assert_eq!(again.situation, decoded.situation);
        for issue in &decoded.issues {
            let _ = issue.french();
        }
    }
});
