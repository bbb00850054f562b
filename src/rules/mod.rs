//! The rules engine: from the doctor's answers to the verdict, the aid for each contract year and the
//! patient objective, each with its explanation. Pure Rust: no web crate may appear in this module.
//!
//! Source of truth: the project's rules reference (src/rules/RULES.md), restating ameli.fr, the
//! Journal officiel and secondary sources; each figure carries its status and source. The figures
//! live in `versions/`, one module per legal text; the rest of the engine reads them as data.

pub mod amounts;
pub mod band;
pub mod calendar;
pub mod catalogue;
pub mod collective;
pub mod compare;
pub mod cost;
pub mod eligibility;
pub mod explain;
pub mod facts;
pub mod hints;
pub mod model;
pub mod modulation;
pub mod objective;
pub mod outcome;
pub mod questions;
pub mod sources;
pub mod tracking;
pub mod versions;
pub mod way_forward;

pub use outcome::{Outcome, Scenario};

use eligibility::Eligibility;

use crate::situation::Situation;

/// How long after the day the figures were checked a signature is still said to fall under them.
pub const MONTHS_THE_CHECK_HOLDS: u32 = 3;

/// The engine's one entry point.
pub fn evaluate(situation: &Situation) -> Outcome {
    if situation.is_collective() {
        return collective::evaluate(situation);
    }
    let Some(signature) = situation.signature else {
        return Outcome {
            version: None,
            eligibility: eligibility::without_signature(situation),
            band: None,
            scenarios: Vec::new(),
            notices: Vec::new(),
        };
    };
    let Some(version) = versions::individual_for(signature) else {
        return Outcome {
            version: None,
            eligibility: Eligibility {
                checks: vec![eligibility::no_rule_set(signature)],
            },
            band: None,
            scenarios: Vec::new(),
            notices: Vec::new(),
        };
    };
    let eligibility = eligibility::assess(situation, version, signature);
    let band = band::resolve(situation, version);
    let basis = band.basis(version);
    let scenarios = match situation.quotity {
        None => Vec::new(),
        Some(quotity) => band
            .bands
            .iter()
            .map(|&candidate| Scenario {
                band: Some(candidate),
                aid: amounts::schedule(signature, quotity, Some(candidate), basis, version),
                objective: objective::compute(situation, version, quotity, Some(candidate), &band),
            })
            .collect(),
    };
    let mut notices: Vec<String> = band.conflict.iter().cloned().collect();
    // A contract signed within a few months of our check falls under the rules checked; one signed
    // later may fall under rules published since.
    if version.checked_on.whole_months_until(signature) >= MONTHS_THE_CHECK_HOLDS {
        notices.push(format!(
            "Les règles ont été vérifiées le {} : un contrat signé le {} pourrait relever de règles \
             publiées depuis.",
            version.checked_on.french(),
            signature.french()
        ));
    }
    let mut outcome = Outcome {
        version: Some(version),
        eligibility,
        band: Some(band),
        scenarios,
        notices,
    };
    outcome.apply_what_if(situation);
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    /// Whether the result warns that newer rules may apply.
    fn warned(signature: Date) -> bool {
        let situation = Situation {
            signature: Some(signature),
            ..Situation::default()
        };
        evaluate(&situation)
            .notices
            .iter()
            .any(|notice| notice.contains("pourrait relever de règles publiées depuis"))
    }

    #[test]
    fn only_a_signature_months_after_the_check_may_fall_under_newer_rules() {
        let latest = versions::individual_for(Date::ymd(2199, 1, 1)).expect("a version in force");
        let checked = latest.checked_on;
        let months_after = |months| checked.add_months(months).expect("a date");
        assert!(!warned(checked));
        assert!(!warned(months_after(MONTHS_THE_CHECK_HOLDS - 1)));
        assert!(!warned(
            months_after(MONTHS_THE_CHECK_HOLDS)
                .previous_day()
                .expect("a date")
        ));
        assert!(warned(months_after(MONTHS_THE_CHECK_HOLDS)));
    }
}
