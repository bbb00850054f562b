//! §2, excluded specialties. Since 2023 every specialty may sign but six. Under avenant 7, general
//! practice everywhere, and every other specialty depended on the département by a matrix nobody
//! published whole: for a specialist the CPAM confirms, and being in a ZIP decides nothing.

use super::{Check, Condition, ReasonCode};
use crate::format;
use crate::rules::explain::Explanation;
use crate::rules::facts::Status;
use crate::rules::model::{RuleVersion, SpecialtyRule};
use crate::rules::questions::Question;
use crate::situation::Situation;

pub const CONDITION: Condition = Condition::new("Spécialité", &[ReasonCode::Specialite]);

pub fn check(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    let Some(specialty) = situation.specialty else {
        return Some(CONDITION.missing(Question::Specialty, Some(version)));
    };
    let rule = version.eligibility.specialties;
    let label = specialty.label();
    let why = Explanation::new("")
        .version(version)
        .input("Spécialité", label)
        .rests_on(&rule);
    Some(match rule.value {
        SpecialtyRule::AllBut(excluded) => {
            let list: Vec<String> = excluded
                .iter()
                .map(|s| format::uncapitalised(s.label()))
                .collect();
            let why = why.rule(format!(
                "Toutes les spécialités peuvent signer, sauf : {}.",
                list.join(", ")
            ));
            if excluded.contains(&specialty) {
                CONDITION.failed(format!("{label} : spécialité exclue"), why)
            } else {
                CONDITION.met(format!("{label} : spécialité éligible"), why)
            }
        }
        SpecialtyRule::GeneralPracticeElseByArea { .. } if specialty.is_general_practice() => {
            CONDITION.met(
                format!("{label} : éligible partout"),
                why.rule("La médecine générale est éligible partout."),
            )
        }
        SpecialtyRule::GeneralPracticeElseByArea { known_lists } => {
            let mut why = why
                .rule(
                    "Hors médecine générale, l'éligibilité dépendait du département, selon une liste \
                     qui n'est pas publiée en entier : votre CPAM vous dit si votre spécialité pouvait \
                     signer dans le vôtre, que vous soyez en zone d'intervention prioritaire ou non.",
                )
                .with_status(Status::Unknown);
            if let Some(list) = known_lists.iter().find(|l| l.value.specialty == specialty) {
                why = why.rests_on(list).note(format!(
                    "{label} : éligible dans {} départements seulement ({}).",
                    list.value.departements.len(),
                    list.value.departements.join(", ")
                ));
            }
            CONDITION.to_confirm(format!("{label} : selon votre département"), why)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::versions::av7;
    use crate::situation::Specialty;

    fn notes(specialty: Specialty) -> Vec<String> {
        let situation = Situation {
            specialty: Some(specialty),
            ..Situation::default()
        };
        check(&situation, &av7::VERSION).expect("a check").why.notes
    }

    #[test]
    fn a_specialty_with_a_known_list_names_its_departements() {
        let radiology = notes(Specialty::Radiology);
        assert!(
            radiology
                .iter()
                .any(|n| n.contains("départements seulement")),
            "{radiology:?}"
        );
        let cardiology = notes(Specialty::Cardiology);
        assert!(
            !cardiology
                .iter()
                .any(|n| n.contains("départements seulement")),
            "{cardiology:?}"
        );
    }
}
