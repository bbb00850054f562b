//! The engine on every situation a link can carry, and everything the app computes or writes from
//! it: no panic, the aid stays between zero and the year's ceiling, a firm verdict never rests on an
//! estimate, and no text from the link becomes markup.
#![no_main]

use assistant_medical::render::report::Report;
use assistant_medical::render::{aid, hero, results, tools};
use assistant_medical::rules::eligibility::CheckState;
use assistant_medical::rules::{calendar, compare, cost, evaluate};
use assistant_medical::situation::link::{decode, encode};
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(&String::from_utf8_lossy(data)) else {
        return;
    };
    let situation = decoded.situation;
    let outcome = evaluate(&situation);
    for check in &outcome.eligibility.checks {
        if matches!(check.state, CheckState::Met | CheckState::Failed) {
            assert!(check.why.is_firm(), "« {} » decided from a guess", check.title);
        }
    }
    let link = format!("https://exemple.fr/#{}", encode(&situation));
    let report = Report {
        contact: "erreurs@exemple.fr",
        link: &link,
    };
    let report = Some(&report);
    let mut pages = vec![
        hero::hero(&outcome),
        hero::summary_text(&outcome),
        results::notices(&outcome),
        results::conditions(&outcome, report),
        results::objective_details(&outcome, report),
        results::answers(&situation),
        results::rules_and_sources(&outcome),
        aid::block(&outcome, report),
    ];
    for scenario in &outcome.scenarios {
        for year in scenario.aid.years() {
            assert!(year.amount >= Decimal::ZERO);
            if let Some(modulated) = &year.modulated {
                assert!(modulated.amount >= Decimal::ZERO && modulated.amount <= year.amount);
            }
        }
        if let (Some(version), Some(signature)) = (outcome.version, situation.signature) {
            let payments = calendar::payments(signature, version, &scenario.aid);
            pages.push(tools::calendar(&payments, report));
        }
        if let Some(quotity) = situation.quotity {
            let net = cost::net_cost(&situation, quotity, &scenario.aid);
            pages.push(tools::cost(net.as_ref(), report));
        }
        if let Some(year3) = scenario.aid.years().get(2) {
            pages.push(tools::what_if(&scenario.objective, year3, &situation, report));
        }
    }
    let options = compare::options(&situation);
    pages.push(tools::compare(&options, &situation));
    for html in pages {
        assert!(!html.contains("<script") && !html.contains("<img"), "markup from data: {html}");
    }
});
