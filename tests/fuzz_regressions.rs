//! Replays every checked-in fuzzing input (tests/fuzz/regressions) natively: the decoder and the
//! engine must answer each without panicking, and the aid stays within its bounds.

use assistant_medical::rules::evaluate;
use assistant_medical::situation::link::{decode, encode};
use rust_decimal::Decimal;
use std::path::Path;

#[test]
fn every_regression_input_is_answered() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/regressions");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&folder).expect("the regressions folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|ext| ext == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable input");
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(decoded) = decode(&text) {
            let again = decode(&encode(&decoded.situation)).expect("our own link");
            assert_eq!(again.situation, decoded.situation, "{}", path.display());
            for scenario in evaluate(&decoded.situation).scenarios {
                for year in scenario.aid.years() {
                    assert!(year.amount >= Decimal::ZERO, "{}", path.display());
                }
            }
        }
        replayed += 1;
    }
    assert!(replayed >= 5, "only {replayed} inputs replayed");
}
