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

    fn as_specialty(specialty: Specialty, signature: Date) -> Situation {
        Situation {
            specialty: Some(specialty),
            ..gp(signature)
        }
    }

    #[test]
    fn the_clinical_share_is_asked_where_a_text_sets_a_minimum_for_the_specialty() {
        let in_2023 = Date::ymd(2023, 9, 1);
        assert!(applies(
            Question::ClinicalShare,
            &as_specialty(Specialty::Surgery, in_2023)
        ));
        assert!(!applies(Question::ClinicalShare, &gp(in_2023)));
        // Avenant 7 covered surgery too, but set no minimum anyone published.
        let in_2021 = Date::ymd(2021, 3, 1);
        assert!(!applies(
            Question::ClinicalShare,
            &as_specialty(Specialty::Surgery, in_2021)
        ));
    }

    #[test]
    fn a_group_is_not_asked_an_individual_doctors_questions() {
        let group = Situation {
            collective_members: Some(3),
            collective_fte: Some(crate::situation::HalfFte(2)),
            ..gp(Date::ymd(2026, 12, 1))
        };
        for question in [
            Question::Zip,
            Question::GroupPractice,
            Question::Coordination,
            Question::ManyChildren,
            Question::Age,
        ] {
            assert!(!applies(question, &group), "{question:?}");
        }
        assert!(applies(Question::CollectiveMembers, &group));
        assert!(applies(Question::JuniorHosts, &group));
        // Under avenant 7 a group's members would be asked about group practice, were they alone.
        let av7_group = Situation {
            signature: Some(Date::ymd(2021, 3, 1)),
            ..group.clone()
        };
        assert!(!applies(Question::GroupPractice, &av7_group));
        assert!(!applies(Question::ManyChildren, &av7_group));
        assert!(applies(Question::GroupPractice, &gp(Date::ymd(2021, 3, 1))));
    }

    #[test]
    fn junior_hosts_are_asked_from_the_bonus_day() {
        let bonus_from = versions::COLLECTIVE[0].junior_bonus.value.0;
        let group = |signature: Date| Situation {
            collective_members: Some(3),
            ..gp(signature)
        };
        assert!(applies(Question::JuniorHosts, &group(bonus_from)));
        let day_before = bonus_from.previous_day().expect("a day");
        assert!(!applies(Question::TrainingSite, &group(day_before)));
        assert!(!applies(Question::JuniorHosts, &gp(bonus_from)));
    }

    #[test]
    fn alone_in_a_zac_is_asked_of_a_gp_alone_outside_a_zip_at_full_time_from_avenant_8() {
        let alone = |signature: Date| Situation {
            quotity: Some(Quotity::Full),
            in_zip: Some(false),
            group_practice: Some(false),
            ..gp(signature)
        };
        let from = Date::ymd(2020, 3, 11);
        assert!(applies(Question::AloneInZac, &alone(from)));
        assert!(!applies(
            Question::AloneInZac,
            &alone(from.previous_day().expect("a day"))
        ));
        let half = Situation {
            quotity: Some(Quotity::Half),
            ..alone(from)
        };
        let in_zip = Situation {
            in_zip: Some(true),
            ..alone(from)
        };
        let in_group = Situation {
            group_practice: Some(true),
            ..alone(from)
        };
        let specialist = Situation {
            specialty: Some(Specialty::Cardiology),
            ..alone(from)
        };
        for not_asked in [half, in_zip, in_group, specialist] {
            assert!(!applies(Question::AloneInZac, &not_asked), "{not_asked:?}");
        }
    }

    #[test]
    fn many_children_is_not_asked_of_a_newly_installed_gp() {
        let newly = Situation {
            newly_installed: Some(true),
            ..gp(Date::ymd(2021, 3, 1))
        };
        assert!(!applies(Question::ManyChildren, &newly));
        let specialist = as_specialty(Specialty::Cardiology, Date::ymd(2021, 3, 1));
        assert!(!applies(Question::ManyChildren, &specialist));
    }

    #[test]
    fn every_question_reads_in_french() {
        assert_eq!(Question::Specialty.french(), "votre spécialité");
        assert_eq!(Question::Pmt.french(), "votre patientèle médecin traitant");
    }
}
