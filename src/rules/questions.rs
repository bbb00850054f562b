//! Which questions the rules ask of a situation, and which options (working times) they open: the
//! one place the form's steps and the comparison of options learn it, from the version's data.

use super::model::{FullTimeAccess, RuleVersion};
use super::versions;
use crate::situation::link::Key;
use crate::situation::{Quotity, Situation};

/// An answer the engine may need, with the key of the answer that settles it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Specialty,
    Sector,
    Signature,
    Quotity,
    Pmt,
    ClinicalShare,
    Zip,
    GroupPractice,
    Coordination,
    AloneInZac,
    ManyChildren,
    Age,
    FirstContract,
    ObjectivesMet,
    CollectiveMembers,
    CollectiveFte,
    JuniorHosts,
    TrainingSite,
}

impl Question {
    pub fn french(self) -> &'static str {
        match self {
            Question::Specialty => "votre spécialité",
            Question::Sector => "votre secteur d'exercice",
            Question::Signature => "la date de signature du contrat",
            Question::Quotity => "le temps de travail de l'assistant (option)",
            Question::Pmt => "votre patientèle médecin traitant",
            Question::ClinicalShare => "la part de vos honoraires cliniques",
            Question::Zip => "si vous exercez en zone d'intervention prioritaire (ZIP)",
            Question::GroupPractice => "si vous exercez en groupe",
            Question::Coordination => "si vous exercez de façon coordonnée",
            Question::AloneInZac => "si vous exercez seul en zone d'action complémentaire",
            Question::ManyChildren => "la part de vos patients de moins de 16 ans",
            Question::Age => "votre âge",
            Question::FirstContract => "la date de signature de votre contrat à 1 ETP en cours",
            Question::ObjectivesMet => "si les objectifs de ce contrat sont atteints",
            Question::CollectiveMembers => "le nombre de médecins du groupe",
            Question::CollectiveFte => "le nombre d'ETP demandés par le groupe",
            Question::JuniorHosts => "les membres accueillant un docteur junior",
            Question::TrainingSite => "si la structure est un terrain de stage agréé",
        }
    }

    /// The answer that settles it.
    pub fn key(self) -> Key {
        match self {
            Question::Specialty => Key::Specialty,
            Question::Sector => Key::Sector,
            Question::Signature => Key::Signature,
            Question::Quotity => Key::Quotity,
            Question::Pmt => Key::Pmt,
            Question::ClinicalShare => Key::ClinicalShare,
            Question::Zip => Key::Zip,
            Question::GroupPractice => Key::GroupPractice,
            Question::Coordination => Key::Coordination,
            Question::AloneInZac => Key::Zac,
            Question::ManyChildren => Key::ManyChildren,
            Question::Age => Key::Age,
            Question::FirstContract => Key::FirstContract,
            Question::ObjectivesMet => Key::ObjectivesMet,
            Question::CollectiveMembers => Key::CollectiveMembers,
            Question::CollectiveFte => Key::CollectiveFte,
            Question::JuniorHosts => Key::JuniorHosts,
            Question::TrainingSite => Key::TrainingSite,
        }
    }
}

/// The rules an individual contract of this situation falls under: those of its signature date,
/// the newest before any date is given (the form defaults the date to today).
pub fn rules_of(situation: &Situation) -> &'static RuleVersion {
    match situation.signature {
        Some(date) => versions::in_force(date),
        None => versions::INDIVIDUAL[versions::INDIVIDUAL.len() - 1],
    }
}

/// Whether the rules ask this question of this situation. Questions asked of everyone (specialty,
/// sector, date, option, counts) always apply; the others only where a text gives them a use.
pub fn applies(question: Question, situation: &Situation) -> bool {
    let gp = situation.is_general_practitioner();
    let collective = situation.is_collective();
    let version = rules_of(situation);
    let rules = &version.eligibility;
    match question {
        Question::ClinicalShare => {
            let rule = rules.clinical_fees.value;
            situation.specialty.is_some_and(|s| rule.applies_to(s)) && rule.minimum.is_some()
        }
        // Asked of every individual contract: it opens options under any text.
        Question::Zip => !collective,
        Question::GroupPractice | Question::Coordination if collective => false,
        Question::GroupPractice => rules.group_practice_required.value,
        Question::Coordination => rules.coordination_required.value,
        Question::AloneInZac => {
            let opening = match rules.full_time.value {
                FullTimeAccess::OnlyInZip { alone_in_zac } => alone_in_zac,
                FullTimeAccess::Everywhere => None,
            };
            opening.is_some_and(|o| situation.signature.is_some_and(|d| d >= o.from))
                && gp
                && situation.quotity == Some(Quotity::Full)
                && situation.in_zip != Some(true)
                && situation.group_practice != Some(true)
        }
        Question::ManyChildren => {
            gp && !collective
                && !situation.is_newly_installed()
                && rules.children_exemption.is_some()
        }
        Question::Age => !collective && version.objective.senior.is_some(),
        Question::FirstContract | Question::ObjectivesMet => {
            situation.quotity.is_some_and(Quotity::is_second_assistant)
        }
        Question::CollectiveMembers | Question::CollectiveFte => collective,
        Question::JuniorHosts | Question::TrainingSite => {
            let (bonus_from, _) = versions::collective_for(situation.signature)
                .junior_bonus
                .value;
            collective && situation.signature.is_some_and(|d| d >= bonus_from)
        }
        Question::Specialty
        | Question::Sector
        | Question::Signature
        | Question::Quotity
        | Question::Pmt => true,
    }
}

/// An option a contract may finance, with a short condition when it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub quotity: Quotity,
    pub condition: Option<String>,
}

/// The options open to a new contract of this situation, in order of working time.
pub fn options_open(situation: &Situation) -> Vec<Offer> {
    let version = rules_of(situation);
    let rules = &version.eligibility;
    let mut offers = Vec::new();
    let third_open = match (rules.third_time_closed_from.value, situation.signature) {
        (Some(closed), Some(date)) => date < closed,
        (Some(_), None) => false,
        (None, _) => true,
    };
    if third_open {
        offers.push(Offer {
            quotity: Quotity::Third,
            condition: None,
        });
    }
    offers.push(Offer {
        quotity: Quotity::Half,
        condition: None,
    });
    let full_condition = match rules.full_time.value {
        FullTimeAccess::Everywhere => None,
        FullTimeAccess::OnlyInZip { alone_in_zac: None } => Some("en ZIP".to_string()),
        FullTimeAccess::OnlyInZip {
            alone_in_zac: Some(opening),
        } => Some(format!(
            "en ZIP, ou seul en ZAC avec {} patients",
            opening.median.value.french()
        )),
    };
    offers.push(Offer {
        quotity: Quotity::Full,
        condition: full_condition,
    });
    if let (Some(rule), true) = (rules.second_assistant, situation.is_general_practitioner()) {
        let condition = format!(
            "en ZIP, contrat à 1 ETP en {}e année ou plus",
            rule.value.from_contract_year
        );
        for quotity in [Quotity::OneAndHalf, Quotity::Two] {
            offers.push(Offer {
                quotity,
                condition: Some(condition.clone()),
            });
        }
    }
    offers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::situation::Specialty;

    fn gp(signature: Date) -> Situation {
        Situation {
            specialty: Some(Specialty::GeneralPractice),
            signature: Some(signature),
            ..Situation::default()
        }
    }

    fn quotities(situation: &Situation) -> Vec<Quotity> {
        options_open(situation).iter().map(|o| o.quotity).collect()
    }

    #[test]
    fn options_follow_the_signature_date() {
        use Quotity::*;
        assert_eq!(quotities(&gp(Date::ymd(2022, 3, 1))), [Third, Half, Full]);
        assert_eq!(quotities(&gp(Date::ymd(2023, 5, 1))), [Half, Full]);
        assert_eq!(
            quotities(&gp(Date::ymd(2025, 3, 1))),
            [Half, Full, OneAndHalf, Two]
        );
        let cardio = Situation {
            specialty: Some(Specialty::Cardiology),
            ..gp(Date::ymd(2025, 3, 1))
        };
        assert_eq!(quotities(&cardio), [Half, Full]);
    }

    #[test]
    fn questions_follow_the_signature_date() {
        let before = gp(Date::ymd(2022, 3, 1));
        let after = gp(Date::ymd(2025, 3, 1));
        for question in [
            Question::GroupPractice,
            Question::Coordination,
            Question::ManyChildren,
        ] {
            assert!(applies(question, &before), "{question:?}");
            assert!(!applies(question, &after), "{question:?}");
        }
        assert!(!applies(Question::Age, &before));
        assert!(applies(Question::Age, &after));
        let alone_full_time = Situation {
            quotity: Some(Quotity::Full),
            ..before
        };
        assert!(applies(Question::AloneInZac, &alone_full_time));
    }
}
