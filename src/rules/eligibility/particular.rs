//! §2, particular situations: a disability or chronic illness, a mixed liberal and salaried
//! activity. What each text does for them (an adapted contract, a derogation to the thresholds, or
//! nothing published) and how it says it are the text's own facts.

use super::{yes_no, Check, Condition, ReasonCode};
use crate::rules::explain::Explanation;
use crate::rules::model::{Adaptation, RuleVersion};
use crate::situation::Situation;

const CONDITION: Condition = Condition::new("Situation particulière", &[ReasonCode::Situation]);

pub fn check(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    let disability = situation.disability == Some(true);
    let mixed = situation.mixed_activity == Some(true);
    if !disability && !mixed {
        return None;
    }
    let particular = &version.eligibility.particular;
    let rules: Vec<_> = [
        (disability, particular.disability),
        (mixed, particular.mixed_activity),
    ]
    .into_iter()
    .filter_map(|(reported, rule)| reported.then_some(rule))
    .collect();
    let said: Vec<&str> = rules.iter().map(|rule| rule.note).collect();
    let mut why = Explanation::new(said.join(" "))
        .version(version)
        .input("Handicap ou maladie chronique", yes_no(disability))
        .input("Activité mixte libérale et salariée", yes_no(mixed));
    for rule in &rules {
        why = why.source(rule.source).with_status(rule.status);
    }
    let adaptations: Vec<Adaptation> = rules.iter().map(|rule| rule.value).collect();
    Some(if adaptations.contains(&Adaptation::Unpublished) {
        CONDITION.to_confirm("votre situation : à voir avec votre CPAM", why)
    } else if adaptations.contains(&Adaptation::ThresholdDerogation) {
        CONDITION.met("handicap reconnu : dérogation possible aux seuils", why)
    } else {
        CONDITION.met("contrat adapté par votre CPAM", why)
    })
}
