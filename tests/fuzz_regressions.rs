//! Replays every checked-in fuzzing input (tests/fuzz/regressions) natively, with the fuzz targets'
//! own checks: an input the decoder reads round-trips, the engine answers it with firm conditions
//! resting on firm facts and the aid within its bounds, and nothing from it becomes markup; an input
//! the decoder refuses is refused for a reason it really has, with a French message that does not
//! echo it.

use assistant_medical::render::{aid, hero, results};
use assistant_medical::rules::eligibility::CheckState;
use assistant_medical::rules::evaluate;
use assistant_medical::situation::link::{decode, encode, Refusal, MAX_LENGTH};
use rust_decimal::Decimal;
use std::path::Path;

/// An input the decoder reads: everything the engine and the result screen make of it.
fn answered(name: &str, text: &str) {
    let Ok(decoded) = decode(text) else {
        unreachable!("checked by the caller")
    };
    let again = decode(&encode(&decoded.situation)).expect("our own link");
    assert_eq!(again.situation, decoded.situation, "{name}");
    let outcome = evaluate(&decoded.situation);
    for check in &outcome.eligibility.checks {
        if matches!(check.state, CheckState::Met | CheckState::Failed) {
            assert!(
                check.why.is_firm(),
                "{name}: « {} » decided from a guess",
                check.title
            );
        }
    }
    for scenario in &outcome.scenarios {
        for year in scenario.aid.years() {
            assert!(year.amount >= Decimal::ZERO, "{name}");
            if let Some(modulated) = &year.modulated {
                assert!(modulated.amount <= year.amount, "{name}");
            }
        }
    }
    for html in [
        hero::hero(&outcome),
        results::conditions(&outcome, None),
        results::answers(&decoded.situation),
        aid::block(&outcome, None),
    ] {
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{name}: {html}"
        );
    }
}

/// An input the decoder refuses: for the reason it has, said in French, without echoing it.
fn refused(name: &str, text: &str, refusal: Refusal) {
    match &refusal {
        Refusal::TooLong { length } => {
            assert!(
                text.len() > MAX_LENGTH,
                "{name}: refused as too long at {length}"
            )
        }
        Refusal::FutureVersion { .. } => assert!(text.contains("v="), "{name}: no version in it"),
    }
    let message = refusal.french();
    assert!(message.starts_with("Ce lien"), "{name}: {message}");
    assert!(
        message.len() < 300 && !message.contains('<'),
        "{name}: {message}"
    );
}

#[test]
fn every_regression_input_is_answered_or_refused_for_its_reason() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/regressions");
    let (mut answered_count, mut refused_count) = (0, 0);
    for entry in std::fs::read_dir(&folder).expect("the regressions folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|ext| ext == "md") {
            continue;
        }
        let name = path.display().to_string();
        let bytes = std::fs::read(&path).expect("readable input");
        let text = String::from_utf8_lossy(&bytes);
        match decode(&text) {
            Ok(_) => {
                answered(&name, &text);
                answered_count += 1;
            }
            Err(refusal) => {
                refused(&name, &text, refusal);
                refused_count += 1;
            }
        }
    }
    assert!(answered_count >= 5, "only {answered_count} inputs answered");
    assert!(refused_count >= 2, "only {refused_count} inputs refused");
}
