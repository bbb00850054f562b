//! The engine on every situation a link can carry, and everything the app and the tools' worker
//! compute or write from it: no panic, the aid stays between zero and the year's ceiling, a firm
//! condition never rests on a guess, and no text from the link becomes markup.
#![no_main]

use assistant_medical::render::report::Report;
use assistant_medical::render::tool_block::{self, Block, Tool};
use assistant_medical::render::{aid, hero, results};
use assistant_medical::rules::eligibility::CheckState;
use assistant_medical::rules::evaluate;
use assistant_medical::situation::link::{decode, encode};
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The worker reads whatever it is sent, and always answers with a block or a French message.
    let answered = tool_block::reply(&text);
    assert!(answered.split_once('\n').is_some_and(|(_, html)| html.starts_with('<')), "{answered}");
    let Ok(decoded) = decode(&text) else {
        return;
    };
    let situation = decoded.situation;
    let outcome = evaluate(&situation);
    for check in &outcome.eligibility.checks {
        if matches!(check.state, CheckState::Met | CheckState::Failed) {
            assert!(check.why.is_firm(), "« {} » decided from a guess", check.title);
        }
    }
    for scenario in &outcome.scenarios {
        for year in scenario.aid.years() {
            assert!(year.amount >= Decimal::ZERO);
            if let Some(modulated) = &year.modulated {
                assert!(modulated.amount >= Decimal::ZERO && modulated.amount <= year.amount);
            }
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
    let today = assistant_medical::date::Date::ymd(2026, 12, 6);
    for block in Tool::ALL.map(Block::Tool).into_iter().chain([Block::Details, Block::Contract]) {
        pages.push(tool_block::reply(&tool_block::request(1, block, today, "erreurs@exemple.fr", &link)));
    }
    for html in pages {
        assert!(!html.contains("<script") && !html.contains("<img"), "markup from data: {html}");
    }
});
