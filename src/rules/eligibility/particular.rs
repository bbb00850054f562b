//! §2, particular situations: a disability or chronic illness, a mixed liberal and salaried
//! activity. Since 2023 the doctor is eligible with a contract the CPAM adapts; under avenant 7 a
//! recognised disability allowed a derogation to the thresholds, and mixed activity was treated by
//! a formula nobody published.

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
    let mut why = Explanation::new("")
        .version(version)
        .input("Handicap ou maladie chronique", yes_no(disability))
        .input("Activité mixte libérale et salariée", yes_no(mixed));
    for rule in &rules {
        why = why.rests_on(rule);
    }
    let adaptations: Vec<Adaptation> = rules.iter().map(|rule| rule.value).collect();
    Some(if adaptations.contains(&Adaptation::Unpublished) {
        CONDITION.to_confirm(
            "votre situation : à voir avec votre CPAM",
            why.rule(
                "Nos sources ne disent pas comment ce texte traitait votre situation : votre CPAM \
                 vous le dira.",
            ),
        )
    } else if adaptations.contains(&Adaptation::ThresholdDerogation) {
        CONDITION.met(
            "handicap reconnu : dérogation possible aux seuils",
            why.rule(
                "Un médecin dont le handicap est reconnu (RQTH) pouvait obtenir de sa CPAM une \
                 dérogation aux seuils d'activité.",
            ),
        )
    } else {
        CONDITION.met(
            "contrat adapté par votre CPAM",
            why.rule(
                "Vous restez éligible ; votre CPAM adapte le contrat (seuil d'activité et objectifs) à \
                 votre situation : prenez contact avec elle.",
            ),
        )
    })
}
