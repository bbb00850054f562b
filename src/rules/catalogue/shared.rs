//! What every text shares (contract length, payment calendar, the year-3 formula) and the
//! assistant's cost.

use super::{List, Parameter};
use crate::format;
use crate::rules::facts::Fact;
use crate::rules::versions::{self, common};

pub(super) fn parameters() -> Vec<Parameter> {
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
        "contrat-en-cours.mesure-objectif",
        "Mesure de l'objectif par la CPAM",
        common::OBJECTIVE_MEASURE,
        common::OBJECTIVE_MEASURE.value,
    );
    list.add(
        "contrat-en-cours.refus-2025",
        "Refus et réductions rapportés en 2025",
        common::REFUSALS_2025,
        common::REFUSALS_2025.value,
    );
    list.add(
        "contrat-en-cours.preavis",
        "Quitter le contrat : préavis",
        common::LEAVING_NOTICE_MONTHS,
        format!(
            "{} mois, par lettre recommandée",
            common::LEAVING_NOTICE_MONTHS.value
        ),
    );
    list.add(
        "contrat-en-cours.delai-nouveau-contrat",
        "Après la fin d'un contrat, avant un nouveau",
        common::WAIT_AFTER_ENDING_YEARS,
        format!("{} ans", common::WAIT_AFTER_ENDING_YEARS.value),
    );
    list.add(
        "contrat-en-cours.changer-option",
        "Changer d'option en cours de contrat",
        common::OPTION_CHANGE,
        common::OPTION_CHANGE.value,
    );
    let grid = common::SALARY_GRID;
    list.add(
        "cout.salaire-minimum",
        "Salaire brut mensuel minimum d'un assistant, temps plein",
        grid,
        format!(
            "{} au {}",
            format::euros_cents(grid.value.lowest),
            grid.value.on.french()
        ),
    );
    list.add(
        "cout.salaire-haut-de-grille",
        "Haut de la grille des minima",
        grid,
        format!(
            "{} au {}",
            format::euros_cents(grid.value.highest),
            grid.value.on.french()
        ),
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
