//! §2, a second assistant (1.5 or 2 ETP, convention 2024): a GP (not MEP), in a ZIP, holding a
//! 1-ETP contract in its third year or later, whose objectives are met.

use super::{yes_no, Check, Condition, ReasonCode};
use crate::date::Date;
use crate::rules::explain::Explanation;
use crate::rules::model::RuleVersion;
use crate::rules::questions::Question;
use crate::situation::{Situation, Specialty};

const GENERAL_PRACTICE: Condition = Condition::new(
    "Second assistant : médecin généraliste",
    &[ReasonCode::Specialite, ReasonCode::SecondAssistant],
);
const ZIP: Condition = Condition::new(
    "Second assistant : zone d'intervention prioritaire",
    &[ReasonCode::Zone, ReasonCode::SecondAssistant],
);
const RUNNING_CONTRACT: Condition = Condition::new(
    "Second assistant : contrat à 1 ETP en cours",
    &[ReasonCode::SecondAssistant],
);
const OBJECTIVES: Condition = Condition::new(
    "Second assistant : objectifs atteints",
    &[ReasonCode::SecondAssistant],
);

pub fn checks(situation: &Situation, version: &'static RuleVersion, signature: Date) -> Vec<Check> {
    let (Some(quotity), Some(rule)) = (situation.quotity, version.eligibility.second_assistant)
    else {
        return Vec::new();
    };
    if !quotity.is_second_assistant() {
        return Vec::new();
    }
    let why = |text: String| Explanation::new(text).version(version).rests_on(&rule);
    let mut checks = Vec::new();

    if let Some(specialty) = situation.specialty {
        let gp = specialty == Specialty::GeneralPractice;
        checks.push(GENERAL_PRACTICE.decided(
            gp,
            format!("{} : {}", specialty.label(), if gp { "oui" } else { "non" }),
            why("Le second assistant est réservé aux médecins généralistes (hors médecins à exercice \
                 particulier)."
                .to_string())
            .input("Spécialité", specialty.label()),
        ));
    }
    checks.push(match situation.in_zip {
        None => ZIP.missing(Question::Zip, Some(version)),
        Some(in_zip) => ZIP.decided(
            in_zip,
            if in_zip {
                "vous êtes en ZIP"
            } else {
                "hors ZIP"
            },
            why(
                "Le second assistant est réservé aux médecins exerçant en zone d'intervention \
                 prioritaire (ZIP)."
                    .to_string(),
            )
            .input("En ZIP", yes_no(in_zip)),
        ),
    });

    let year_needed = rule.value.from_contract_year;
    checks.push(match situation.first_contract_signed {
        None => RUNNING_CONTRACT.missing(Question::FirstContract, Some(version)),
        Some(first) => {
            let year = first.whole_years_until(signature) + 1;
            let holds = first <= signature && year >= year_needed;
            let mut explanation = why(format!(
                "Il faut avoir un contrat à 1 ETP en cours, arrivé au moins à sa {year_needed}e année."
            ))
            .input("Contrat à 1 ETP signé le", first.french())
            .input("Nouveau contrat signé le", signature.french());
            let about = if first <= signature {
                explanation = explanation.input("Année du contrat en cours", format!("{year}e"));
                format!("votre contrat à 1 ETP : {year}e année (il faut la {year_needed}e)")
            } else {
                "votre contrat à 1 ETP serait signé après le nouveau".to_string()
            };
            RUNNING_CONTRACT.decided(holds, about, explanation)
        }
    });
    checks.push(match situation.objectives_met {
        None => OBJECTIVES.missing(Question::ObjectivesMet, Some(version)),
        Some(met) => OBJECTIVES.decided(
            met,
            if met {
                "objectifs atteints"
            } else {
                "objectifs non atteints"
            },
            why("Les objectifs du contrat à 1 ETP en cours doivent être atteints.".to_string())
                .input("Objectifs atteints", yes_no(met)),
        ),
    });
    checks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::versions::conv2024;
    use crate::situation::Quotity;

    fn running_contract(first: Date) -> Check {
        let situation = Situation {
            specialty: Some(Specialty::GeneralPractice),
            quotity: Some(Quotity::OneAndHalf),
            first_contract_signed: Some(first),
            ..Situation::default()
        };
        checks(&situation, &conv2024::VERSION, Date::ymd(2025, 3, 1))
            .into_iter()
            .find(|check| check.title == RUNNING_CONTRACT.title)
            .expect("the running contract's check")
    }

    #[test]
    fn the_running_contract_is_counted_in_years_or_said_to_come_after() {
        let third_year = running_contract(Date::ymd(2022, 9, 1));
        assert!(
            third_year.about.contains("3e année"),
            "{}",
            third_year.about
        );
        let later = running_contract(Date::ymd(2025, 6, 1));
        assert!(
            later.about.contains("serait signé après le nouveau"),
            "{}",
            later.about
        );
    }
}
