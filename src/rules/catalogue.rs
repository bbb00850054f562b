//! Every parameter of every rule version, read from the same `Fact`s the engine computes with: the
//! barème page, the machine-readable rules file and the reviewed table (src/rules/BAREME.md) are all
//! written from this list, so none of them can drift from what is computed.

use super::facts::{Fact, Source, Status};
use super::model::*;
use super::versions::{self, common};
use crate::format;

/// One value of a rule, as a reader checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Stable across versions ("seuils.p30"), so that versions can be compared.
    pub key: String,
    pub label: String,
    pub value: String,
    pub status: Status,
    pub source: &'static Source,
    pub note: &'static str,
}

/// The parameters of one text (or of what the texts share), with what it is.
pub struct Section {
    /// The version's code, or "commun".
    pub code: &'static str,
    pub title: &'static str,
    pub version: Option<&'static RuleVersion>,
    pub parameters: Vec<Parameter>,
}

/// A parameter that differs from the previous text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    New(Parameter),
    Changed { before: Parameter, after: Parameter },
    Removed(Parameter),
}

struct List(Vec<Parameter>);

impl List {
    fn add<T: Copy>(&mut self, key: &str, label: &str, fact: Fact<T>, value: impl Into<String>) {
        self.0.push(Parameter {
            key: key.to_string(),
            label: label.to_string(),
            value: value.into(),
            status: fact.status,
            source: fact.source,
            note: fact.note,
        });
    }
}

/// Every section, in the order of the texts, then what they share.
pub fn sections() -> Vec<Section> {
    let mut sections: Vec<Section> = versions::INDIVIDUAL
        .iter()
        .map(|version| Section {
            code: version.code,
            title: version.name,
            version: Some(version),
            parameters: individual(version),
        })
        .collect();
    for rules in versions::COLLECTIVE {
        sections.push(Section {
            code: rules.version.code,
            title: rules.version.name,
            version: Some(rules.version),
            parameters: collective(rules),
        });
    }
    sections.push(Section {
        code: "commun",
        title: "Commun à tous les textes, et coût de l'assistant",
        version: None,
        parameters: shared(),
    });
    sections
}

/// What changed from `before` to `after`, key by key.
pub fn changes(before: &[Parameter], after: &[Parameter]) -> Vec<Change> {
    let find = |list: &[Parameter], key: &str| list.iter().find(|p| p.key == key).cloned();
    let mut changes = Vec::new();
    for parameter in after {
        match find(before, &parameter.key) {
            None => changes.push(Change::New(parameter.clone())),
            Some(old)
                if old.value != parameter.value
                    || old.status != parameter.status
                    || old.source != parameter.source =>
            {
                changes.push(Change::Changed {
                    before: old,
                    after: parameter.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for parameter in before {
        if find(after, &parameter.key).is_none() {
            changes.push(Change::Removed(parameter.clone()));
        }
    }
    changes
}

fn individual(version: &'static RuleVersion) -> Vec<Parameter> {
    let mut list = List(Vec::new());
    let when = |date: crate::date::Date| date.french();
    let text = Fact::confirmed((), version.source);
    list.add(
        "periode.debut",
        "Contrats signés à partir du",
        Fact {
            status: version.status,
            ..text
        },
        when(version.signed_from),
    );
    if let Some(until) = version.signed_until {
        list.add(
            "periode.fin",
            "Contrats signés jusqu'au",
            Fact {
                status: version.status,
                ..text
            },
            when(until),
        );
    }
    eligibility(&mut list, &version.eligibility);
    thresholds(&mut list, &version.thresholds);
    objective(&mut list, &version.objective);
    list.add(
        "versement.annee1",
        "Versement de la 1re année",
        version.first_payment,
        match version.first_payment.value {
            FirstPayment::WithinMonthAfterSigning => {
                "en une fois, dans le mois qui suit la signature".to_string()
            }
            FirstPayment::ShareAfterHiring { share, days } => {
                format!(
                    "{} dans les {days} jours suivant l'embauche, puis le solde",
                    share.french()
                )
            }
        },
    );
    if let Some(table) = versions::amounts_for(version.signed_from) {
        amounts(&mut list, table);
    }
    list.0
}

fn eligibility(list: &mut List, rules: &EligibilityRules) {
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
    let fees = rules.clinical_fees_minimum;
    list.add(
        "eligibilite.honoraires-cliniques",
        "Chirurgiens, ORL, gynécologues : part minimale d'honoraires cliniques",
        fees,
        match fees.value {
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
                    full,
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

fn thresholds(list: &mut List, thresholds: &GpThresholds) {
    list.add(
        "seuils.population",
        "Patientèle médecin traitant comptée",
        thresholds.population,
        thresholds.population.value.french(),
    );
    for (_, name, floor) in thresholds.band_floors() {
        list.add(
            &format!("seuils.{}", name.to_ascii_lowercase()),
            &format!("Généraliste : {name} de la patientèle médecin traitant"),
            floor,
            format!("{} patients", floor.value.french()),
        );
    }
    list.add(
        "seuils.file-active.p50",
        "Généraliste : médiane de la file active",
        thresholds.fa_p50,
        format!("{} patients", format::count(thresholds.fa_p50.value)),
    );
}

fn objective(list: &mut List, rules: &ObjectiveRules) {
    for band in GRID_BANDS {
        for quotity in GRID_OPTIONS {
            let Some(cell) = rules.grid.cell(band, quotity) else {
                continue;
            };
            list.add(
                &format!("objectif.grille.{}.{}", band.code(), quotity.code()),
                &format!("Objectif, activité {}, {}", band.label(), quotity.label()),
                cell,
                match cell.value {
                    Increase::Percent(rate) => format!("+{}", rate.french()),
                    Increase::Maintain => "maintien".to_string(),
                },
            );
        }
    }
    list.add(
        "objectif.delai",
        "Délai pour atteindre l'objectif",
        rules.years,
        format!("{} ans", rules.years.value),
    );
    list.add(
        "objectif.deux-mesures",
        "Objectifs de patientèle et de file active",
        rules.both_measures_required,
        if rules.both_measures_required.value {
            "les deux exigés"
        } else {
            "l'un des deux suffit"
        },
    );
    if let Some(senior) = rules.senior {
        list.add(
            "objectif.65-ans",
            "Médecin âgé",
            senior,
            format!(
                "à partir de {} ans : maintenir sa patientèle, baisse de {} tolérée",
                senior.value.from_age,
                senior.value.tolerated_fall.french()
            ),
        );
    }
    let newly = rules.newly_installed;
    list.add(
        "objectif.nouvel-installe",
        "Objectif d'un médecin nouvellement installé",
        newly,
        match newly.value {
            NewlyInstalledRule::ReachMedian {
                years,
                next_objective_years,
            } => format!(
                "atteindre la médiane de la spécialité en {years} ans ; objectif suivant en {next_objective_years} an{}",
                if next_objective_years > 1 { "s" } else { "" }
            ),
            NewlyInstalledRule::Unpublished { described_as } => described_as.to_string(),
        },
    );
}

fn amounts(list: &mut List, table: &AmountTable) {
    let fact = Fact::confirmed((), table.source);
    let fact = Fact {
        status: table.status,
        ..fact
    };
    for quotity in GRID_OPTIONS {
        let Some(row) = table.row(quotity) else {
            continue;
        };
        let code = quotity.code();
        let label = quotity.label();
        let mut add = |key: &str, what: &str, amount: Option<rust_decimal::Decimal>| {
            list.add(
                &format!("montants.{code}.{key}"),
                &format!("Aide, {label} : {what}"),
                fact,
                amount.map_or("pas de nouveau contrat".to_string(), format::euros),
            );
        };
        add("annee-1", "1re année", row.first_year);
        add("annee-2", "2e année", Some(row.second_year));
        add(
            "annee-3",
            "3e année et suivantes (plafond)",
            Some(row.later_years),
        );
        add(
            "annee-3-p90",
            "3e année et suivantes, entre P90 et P95",
            Some(row.later_years_p90),
        );
        add("p95", "chaque année, P95 ou plus", Some(row.every_year_p95));
    }
}

fn collective(rules: &CollectiveRules) -> Vec<Parameter> {
    let mut list = List(Vec::new());
    let version = rules.version;
    let text = Fact {
        status: version.status,
        ..Fact::confirmed((), version.source)
    };
    list.add(
        "periode.debut",
        "Contrats signés à partir du",
        text,
        version.signed_from.french(),
    );
    list.add(
        "collectif.structures",
        "Signataires",
        rules.structures,
        rules.structures.value,
    );
    list.add(
        "collectif.taille-minimale",
        "Taille minimale du groupe",
        rules.minimum_members,
        format!("{} médecins", rules.minimum_members.value),
    );
    let per = rules.per_fte.value;
    for (index, what) in ["1re année", "2e année", "3e année et suivantes (plafond)"]
        .iter()
        .enumerate()
    {
        list.add(
            &format!("collectif.aide.annee-{}", index + 1),
            &format!("Aide par ETP financé, {what}"),
            rules.per_fte,
            format::euros(per[index]),
        );
    }
    list.add(
        "collectif.seuil",
        "Patientèle médecin traitant moyenne des membres",
        rules.mean_pmt_minimum,
        format!("{} patients", rules.mean_pmt_minimum.value.french()),
    );
    list.add(
        "collectif.etp-par-membre",
        "ETP financés par médecin membre",
        rules.fte_per_member,
        format!("{} au plus", rules.fte_per_member.value.french()),
    );
    let (from, bonus) = rules.junior_bonus.value;
    list.add(
        "collectif.docteur-junior",
        "ETP en plus par membre accueillant un docteur junior (ou membre d'un terrain de stage agréé)",
        rules.junior_bonus,
        format!("+{} depuis le {}", bonus.french(), from.french()),
    );
    list.add(
        "collectif.membres",
        "Entrées et sorties de membres",
        rules.membership_changes,
        rules.membership_changes.value,
    );
    list.add(
        "collectif.objectif.pmt",
        "Objectif du groupe par ETP : patients médecin traitant",
        rules.pmt_per_fte,
        format!("+{}", rules.pmt_per_fte.value),
    );
    list.add(
        "collectif.objectif.fa",
        "Objectif du groupe par ETP : file active",
        rules.fa_per_fte,
        format!("+{}", rules.fa_per_fte.value),
    );
    list.add(
        "collectif.objectif.delai",
        "Délai de l'objectif du groupe",
        rules.years,
        format!("{} ans", rules.years.value),
    );
    list.add(
        "collectif.proratisation",
        "Aide à partir de la 3e année",
        rules.prorated_from_year_3,
        "proratisée selon l'atteinte de l'objectif",
    );
    list.add(
        "versement.annee1",
        "Versement de la 1re année",
        version.first_payment,
        "en une fois, dans le mois qui suit la signature",
    );
    list.0
}

fn shared() -> Vec<Parameter> {
    let mut list = List(Vec::new());
    list.add(
        "contrat.duree",
        "Durée du contrat",
        common::CONTRACT_YEARS,
        format!(
            "{} ans, renouvelable ; aide pérenne",
            common::CONTRACT_YEARS.value
        ),
    );
    list.add(
        "montants.plafond-des",
        "Montant devenu plafond, selon l'objectif",
        common::FIRST_MODULATED_YEAR,
        format!(
            "à partir de la {}e année ; années 1 et 2 versées en entier",
            common::FIRST_MODULATED_YEAR.value
        ),
    );
    list.add(
        "montants.revalorisation",
        "Revalorisation des contrats en cours",
        Fact::confirmed(
            (),
            versions::AMOUNT_TABLES[versions::AMOUNT_TABLES.len() - 1].source,
        ),
        revaluations(),
    );
    list.add(
        "versement.annee2",
        "Versement de la 2e année",
        common::SECOND_YEAR_AT_ANNIVERSARY,
        "à la date anniversaire",
    );
    list.add(
        "versement.annees-suivantes",
        "Versements à partir de la 3e année",
        common::LATER_YEARS_IN_HALVES,
        format!(
            "en {} moitiés, dates non publiées",
            common::LATER_YEARS_IN_HALVES.value
        ),
    );
    list.add(
        "modulation.formule",
        "Aide de 3e année selon l'objectif",
        common::MODULATION,
        common::MODULATION.value,
    );
    list.add(
        "cout.salaire-minimum",
        "Salaire brut mensuel minimum d'un assistant, temps plein",
        common::SALARY_MINIMUM,
        format::euros_cents(common::SALARY_MINIMUM.value),
    );
    list.add(
        "cout.salaire-haut-de-grille",
        "Haut de la grille des minima",
        common::SALARY_GRID_TOP,
        format::euros_cents(common::SALARY_GRID_TOP.value),
    );
    for (index, item) in common::GUIDANCE.iter().enumerate() {
        list.add(
            &format!("situations.{}", index + 1),
            item.value.question,
            *item,
            item.value.answer,
        );
    }
    list.add(
        "cout.charges-patronales",
        "Charges patronales, en % du salaire brut",
        common::EMPLOYER_CHARGES,
        common::EMPLOYER_CHARGES.value.french(),
    );
    list.0
}

/// "montants revalorisés de la convention 2024 pour chaque année de contrat commençant le … ou après".
fn revaluations() -> String {
    versions::AMOUNT_TABLES
        .iter()
        .filter(|table| table.revaluation.is_some())
        .map(|table| {
            format!(
                "{} pour chaque année de contrat commençant le {} ou après, y compris d'un contrat signé avant",
                table.name,
                table.applies_from.french()
            )
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_lists_its_thresholds_grid_and_amounts() {
        for section in sections() {
            let keys: Vec<&str> = section.parameters.iter().map(|p| p.key.as_str()).collect();
            let mut sorted = keys.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(
                sorted.len(),
                keys.len(),
                "duplicate key in {}",
                section.code
            );
            if section.code == "commun" || section.code == "coll2026" {
                continue;
            }
            for key in [
                "seuils.p30",
                "seuils.p70",
                "objectif.grille.p50-70.1",
                "montants.1.annee-1",
            ] {
                assert!(keys.contains(&key), "{key} in {}", section.code);
            }
        }
    }

    #[test]
    fn the_2023_text_changes_what_the_reference_says_it_changes() {
        let all = sections();
        let changed: Vec<String> = changes(&all[0].parameters, &all[1].parameters)
            .into_iter()
            .map(|change| match change {
                Change::New(p) | Change::Removed(p) | Change::Changed { after: p, .. } => p.key,
            })
            .collect();
        for key in [
            "seuils.p30",
            "eligibilite.groupe",
            "options.tiers-temps",
            "objectif.deux-mesures",
        ] {
            assert!(changed.iter().any(|k| k == key), "{key} in {changed:?}");
        }
        assert!(
            changed.iter().any(|k| k == "eligibilite.moins-16-ans"),
            "removed exemption"
        );
    }
}
