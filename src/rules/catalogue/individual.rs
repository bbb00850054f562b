//! The parameters of an individual contract's text: its dates, thresholds, objective grid and amounts
//! (its eligibility conditions are in eligibility.rs).

use super::{eligibility, List, Parameter};
use crate::format;
use crate::rules::facts::Fact;
use crate::rules::model::*;
use crate::rules::versions;

pub(super) fn parameters(version: &'static RuleVersion) -> Vec<Parameter> {
    // Every part of a text named: a new one does not build until it is listed (or said to be shown
    // elsewhere: the code, name, basis and checked-on date head the text's section).
    let RuleVersion {
        code: _,
        name: _,
        legal_basis: _,
        signed_from: _,
        signed_until: _,
        checked_on: _,
        source: _,
        status: _,
        eligibility: _,
        thresholds: _,
        objective: _,
        first_payment: _,
        training_years: _,
    } = version;
    let mut list = List(Vec::new());
    let when = |date: crate::date::Date| date.french();
    // The text itself, as sure as the version says it is.
    let text = Fact {
        value: (),
        status: version.status,
        source: version.source,
        note: "",
    };
    list.add(
        "periode.debut",
        "Contrats signés à partir du",
        text,
        when(version.signed_from),
    );
    if let Some(until) = version.signed_until {
        list.add("periode.fin", "Contrats signés jusqu'au", text, when(until));
    }
    eligibility::add(&mut list, &version.eligibility);
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
    list.add(
        "assistant.formation",
        "Formation de l'assistant (CQP ou FAE)",
        version.training_years,
        format!(
            "dans les {} ans suivant l'embauche",
            version.training_years.value
        ),
    );
    if let Some(table) = versions::amounts_for(version.signed_from) {
        amounts(&mut list, table);
    }
    list.0
}

fn thresholds(list: &mut List, thresholds: &GpThresholds) {
    let GpThresholds {
        population: _,
        p30: _, // band_floors()
        p50: _,
        p70: _,
        p90: _,
        p95: _,
        fa_p50: _,
    } = thresholds;
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
    let ObjectiveRules {
        grid: _,
        published: _,
        years: _,
        both_measures_required: _,
        senior: _,
        newly_installed: _,
    } = rules;
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
    if let Some(published) = rules.published {
        let result = published.value;
        list.add(
            "objectif.resultat-publie",
            "Résultat publié par le simulateur officiel",
            published,
            format!(
                "{} à {} : +{}",
                format::patients(result.pmt),
                result.quotity.label(),
                format::count(result.added)
            ),
        );
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
    let fact = Fact {
        value: (),
        status: table.status,
        source: table.source,
        note: "",
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
