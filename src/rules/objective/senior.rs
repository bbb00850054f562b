//! A doctor of 65 or more (convention 2024): keep the patientèle at signature, a fall of 10 %
//! tolerated.

use super::{round_up, Case, Goal, Target};
use crate::percent::Percent;
use crate::rules::explain::Explanation;
use rust_decimal::Decimal;

/// `None` when the rule does not apply: no such rule in the text, no age given, or under the age.
pub(super) fn target(case: &Case, why: Explanation) -> Option<Target> {
    let rule = case.version.objective.senior?;
    let age = case.situation.age?;
    if age < rule.value.from_age {
        return None;
    }
    let fall: Percent = rule.value.tolerated_fall;
    let why = why
        .rests_on(&rule)
        .input("Âge", format!("{age} ans"))
        .rule(format!(
            "À partir de {} ans : maintenir votre {}, une baisse de {} étant tolérée.",
            rule.value.from_age,
            case.measure.label(),
            fall.french()
        ));
    Some(match case.start() {
        Some(start) => case.target(
            Goal::Keep {
                start,
                floor: round_up(Decimal::from(start) * (Decimal::ONE - fall.rate())),
            },
            why,
        ),
        None => case.target(Goal::NeedsCount, why),
    })
}
