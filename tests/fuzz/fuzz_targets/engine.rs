//! The engine on every situation a link can carry, and everything the app computes or writes from
//! it: no panic, the aid stays between zero and the year's ceiling, and no text escapes the HTML.
#![no_main]

use assistant_medical::render::{results, tools};
use assistant_medical::rules::{calendar, compare, cost, evaluate};
use assistant_medical::situation::link::decode;
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(&String::from_utf8_lossy(data)) else {
        return;
    };
    let situation = decoded.situation;
    let outcome = evaluate(&situation);
    let _ = outcome.verdict();
    for scenario in &outcome.scenarios {
        for year in scenario.aid.years() {
            assert!(year.amount >= Decimal::ZERO);
            if let Some(modulated) = &year.modulated {
                assert!(modulated.amount >= Decimal::ZERO && modulated.amount <= year.amount);
            }
        }
        if let (Some(version), Some(signature)) = (outcome.version, situation.signature) {
            let payments = calendar::payments(signature, version, &scenario.aid);
            let _ = tools::calendar(&payments);
        }
        if let Some(quotity) = situation.quotity {
            let _ = tools::cost(cost::net_cost(&situation, quotity, &scenario.aid).as_ref());
        }
        if let Some(year3) = scenario.aid.years().get(2) {
            let _ = tools::what_if(&scenario.objective, year3, &situation);
        }
    }
    let options = compare::options(&situation);
    let _ = tools::compare(&options, &situation);
    for html in [
        results::verdict(&outcome),
        results::aid(&outcome),
        results::objective(&outcome),
        results::rules(&outcome),
        results::notices(&outcome),
        results::answers(&situation),
        results::sources(&outcome),
    ] {
        assert!(!html.contains("<script"), "markup from data");
    }
});
