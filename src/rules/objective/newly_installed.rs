//! A newly installed doctor: reach the specialty's median within 3 years (GPs: 1 045 patients
//! médecin traitant, 1 514 in file active); the objective that follows then gets 1 year (règlement
//! arbitral) or 2 (convention 2024). Avenant 7 described a level nobody published exactly.

use super::{Case, Goal, Measure, Target};
use crate::format;
use crate::rules::explain::Explanation;
use crate::rules::model::{NewlyInstalledRule, RuleVersion};

pub(super) fn target(case: &Case, why: Explanation) -> Target {
    let rule = case.version.objective.newly_installed;
    let why = why.rests_on(&rule);
    let years = match rule.value {
        NewlyInstalledRule::Unpublished { described_as } => {
            return case.unknown(format!("Nouvellement installé : {described_as}."), why);
        }
        NewlyInstalledRule::ReachMedian { years, .. } => years,
    };
    let thresholds = &case.version.thresholds;
    let median = match case.measure {
        Measure::Pmt => thresholds.p50.map(|t| t.sure_count()),
        Measure::Fa => thresholds.fa_p50,
    };
    if !case.situation.is_general_practitioner() {
        return case.unknown(
            format!(
                "Nouvellement installé : atteindre en {years} ans la médiane de votre spécialité, qui \
                 n'est pas publiée : votre CPAM vous l'indique."
            ),
            why,
        );
    }
    case.target(
        Goal::Reach {
            start: case.start(),
            level: median.value,
        },
        why.rule(format!(
            "Nouvellement installé : atteindre en {years} ans la médiane des généralistes, {} en {}.",
            format::patients(median.value),
            case.measure.label()
        ))
        .rests_on(&median),
    )
}

/// "The objective that follows gives you N years": a note on the objective of a newly installed doctor.
pub(super) fn next_objective(why: Explanation, version: &RuleVersion) -> Explanation {
    let rule = version.objective.newly_installed;
    match rule.value {
        NewlyInstalledRule::ReachMedian {
            next_objective_years,
            ..
        } => why.rests_on(&rule).note(format!(
            "Nouvellement installé : l'objectif suivant vous laissera {}.",
            if next_objective_years == 1 {
                "1 an".to_string()
            } else {
                format!("{next_objective_years} ans")
            }
        )),
        NewlyInstalledRule::Unpublished { .. } => why,
    }
}
