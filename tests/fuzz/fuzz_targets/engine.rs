//! The engine on every situation a link can carry: no panic, and the aid stays between zero and the
//! year's ceiling, the modulated aid too.
#![no_main]

use assistant_medical::rules::evaluate;
use assistant_medical::situation::link::decode;
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(&String::from_utf8_lossy(data)) else {
        return;
    };
    let outcome = evaluate(&decoded.situation);
    let _ = outcome.verdict();
    for scenario in &outcome.scenarios {
        for year in scenario.aid.years() {
            assert!(year.amount >= Decimal::ZERO);
            if let Some(modulated) = &year.modulated {
                assert!(modulated.amount >= Decimal::ZERO && modulated.amount <= year.amount);
            }
        }
    }
});
