//! The parameters of a text's eligibility conditions and options, family by family, in the order of
//! RULES.md.

use super::List;
use crate::format;
use crate::rules::model::*;

pub(super) fn add(list: &mut List, rules: &EligibilityRules) {
    // Every rule named: a new one does not build until it is listed below (or said to be).
    let EligibilityRules {
        specialties: _,             // specialties()
        clinical_fees: _,           // practice()
        eligible_sectors: _,        // practice()
        group_practice_required: _, // practice()
        coordination_required: _,   // practice()
        newly_installed_exempt: _,  // exemptions()
        children_exemption: _,      // exemptions()
        third_time_closed_from: _,  // options()
        full_time: _,               // options()
        second_assistant: _,        // options()
        particular: _,              // particular()
        particular_practice: _,     // particular()
    } = rules;
    specialties(list, rules);
    practice(list, rules);
    exemptions(list, rules);
    options(list, rules);
    particular(list, rules);
}

fn specialties(list: &mut List, rules: &EligibilityRules) {
    let specialties = rules.specialties;
    match specialties.value {
        SpecialtyRule::AllBut(excluded) => list.add(
            "eligibilite.specialites",
            "Spécialités",
            specialties,
            format!(
                "toutes, sauf : {}",
                excluded
                    .iter()
                    .map(|s| format::uncapitalised(s.label()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        SpecialtyRule::GeneralPracticeElseByArea { known_lists } => {
            list.add(
                "eligibilite.specialites",
                "Spécialités",
                specialties,
                "médecine générale partout ; les autres selon le département (liste non publiée en entier)",
            );
            for area in known_lists {
                let name = area.value.specialty.label();
                list.add(
                    &format!("eligibilite.departements.{}", area.value.specialty.code()),
                    &format!("{name} : départements éligibles"),
                    *area,
                    area.value.departements.join(", "),
                );
            }
        }
    }
}

/// Fees, sector, group and coordinated practice.
fn practice(list: &mut List, rules: &EligibilityRules) {
    let fees = rules.clinical_fees;
    list.add(
        "eligibilite.honoraires-cliniques",
        &format!(
            "{} : part minimale d'honoraires cliniques",
            fees.value.specialties_french()
        ),
        fees,
        match fees.value.minimum {
            Some(minimum) => format!(
                "au moins {} sur les 12 mois précédant la signature",
                minimum.french()
            ),
            None => "non publiée".to_string(),
        },
    );
    let sectors = rules.eligible_sectors;
    list.add(
        "eligibilite.secteurs",
        "Secteurs éligibles",
        sectors,
        sectors
            .value
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join(" ; "),
    );
    let required = |yes: bool| if yes { "exigé" } else { "non exigé" };
    list.add(
        "eligibilite.groupe",
        "Exercice en groupe (ou seul en ZIP)",
        rules.group_practice_required,
        required(rules.group_practice_required.value),
    );
    list.add(
        "eligibilite.coordination",
        "Exercice coordonné (ou engagement sous 2 ans)",
        rules.coordination_required,
        required(rules.coordination_required.value),
    );
}

/// Who is spared the activity threshold.
fn exemptions(list: &mut List, rules: &EligibilityRules) {
    list.add(
        "eligibilite.nouvel-installe",
        "Médecin nouvellement installé",
        rules.newly_installed_exempt,
        if rules.newly_installed_exempt.value {
            "pas de seuil d'activité"
        } else {
            "seuil d'activité"
        },
    );
    if let Some(children) = rules.children_exemption {
        list.add(
            "eligibilite.moins-16-ans",
            "Généraliste avec beaucoup de patients de moins de 16 ans",
            children,
            format!(
                "plus de {} : pas de seuil d'activité",
                children.value.french()
            ),
        );
    }
}

/// Which options (1/3, 1/2, 1 ETP, a second assistant) are open.
fn options(list: &mut List, rules: &EligibilityRules) {
    let third = rules.third_time_closed_from;
    list.add(
        "options.tiers-temps",
        "1/3 ETP",
        third,
        match third.value {
            Some(closed) => format!("fermé aux nouveaux contrats depuis le {}", closed.french()),
            None => "ouvert".to_string(),
        },
    );
    let full = rules.full_time;
    match full.value {
        FullTimeAccess::Everywhere => {
            list.add("options.temps-plein", "1 ETP", full, "ouvert partout")
        }
        FullTimeAccess::OnlyInZip { alone_in_zac } => {
            list.add(
                "options.temps-plein",
                "1 ETP",
                full,
                "en zone d'intervention prioritaire (ZIP)",
            );
            if let Some(opening) = alone_in_zac {
                list.add(
                    "options.temps-plein.zac",
                    "1 ETP pour un généraliste seul en ZAC",
                    opening.rule,
                    format!(
                        "depuis le {}, à la médiane de patientèle",
                        opening.from.french()
                    ),
                );
                list.add(
                    "options.temps-plein.zac.mediane",
                    "Médiane exigée seul en ZAC (patients médecin traitant)",
                    opening.median,
                    opening.median.value.how_reached(),
                );
            }
        }
    }
    if let Some(second) = rules.second_assistant {
        list.add(
            "options.second-assistant",
            "Second assistant (1,5 ou 2 ETP)",
            second,
            format!(
                "généraliste en ZIP, contrat à 1 ETP en {}e année ou plus, objectifs atteints ; montants \
                 et objectifs non publiés",
                second.value.from_contract_year
            ),
        );
    }
}

/// Particular situations: disability, mixed activity, particular practice.
fn particular(list: &mut List, rules: &EligibilityRules) {
    let adaptation = |value: Adaptation| match value {
        Adaptation::ContractAdapted => "éligible, contrat adapté par la CPAM",
        Adaptation::ThresholdDerogation => "dérogation possible aux seuils d'activité",
        Adaptation::Unpublished => "non publié : la CPAM décide",
    };
    let particular = rules.particular;
    list.add(
        "eligibilite.handicap",
        "Handicap ou maladie chronique",
        particular.disability,
        adaptation(particular.disability.value),
    );
    list.add(
        "eligibilite.activite-mixte",
        "Activité mixte libérale et salariée",
        particular.mixed_activity,
        adaptation(particular.mixed_activity.value),
    );
    list.add(
        "eligibilite.mep",
        "Médecins à exercice particulier (MEP)",
        rules.particular_practice,
        rules.particular_practice.value,
    );
}
