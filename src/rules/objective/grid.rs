//! The grid: an increase of the patientèle by band at signature and option (+20 %, +18,75 %…), or
//! keeping it. A GP's file active follows the band of the patientèle médecin traitant, as an
//! estimate: GP file-active percentiles beyond the median are unpublished.

use super::{round_up, Case, Goal, Measure, Target};
use crate::format;
use crate::rules::explain::Explanation;
use crate::rules::facts::{Fact, Status};
use crate::rules::model::{Increase, PublishedResult};
use rust_decimal::Decimal;

pub(super) fn target(case: &Case, why: Explanation) -> Target {
    let Some(band) = case.band else {
        return case.unknown(
            "Votre bande n'est pas connue : l'objectif dépend d'elle.",
            why,
        );
    };
    let rules = &case.version.objective;
    let Some(cell) = rules.grid.cell(band, case.quotity) else {
        return case.unknown(
            format!("Pas d'objectif publié pour une activité {}.", band.label()),
            why,
        );
    };
    let why = why
        .input("Bande", band.label())
        .input("Option", case.quotity.label());
    // The published result for exactly this doctor rests on itself, not on the cell it was
    // generalised into, nor on the estimated threshold that places the count in a band.
    if let (Some(result), Some(start)) = (published_for(case), case.start()) {
        let added = result.value.added;
        let why = why.rests_on(&result).rule(format!(
            "Résultat publié du simulateur officiel pour {} à {} : +{added} en {} ans.",
            format::patients(start),
            case.quotity.label(),
            rules.years.value
        ));
        return case.target(
            Goal::Increase {
                start,
                added,
                target: start + added,
                rate: match cell.value {
                    Increase::Percent(rate) => Some(rate),
                    Increase::Maintain => None,
                },
            },
            why,
        );
    }
    let mut why = why.rests_on(&cell);
    if case.resolution.band() == Some(band) {
        why = why.rests_on_explanation(&case.resolution.why);
    }
    if case.measure == Measure::Fa && case.situation.is_general_practitioner() {
        why = why.with_status(Status::Estimate).note(
            "Les percentiles de file active des généralistes au-delà de la médiane ne sont pas publiés : \
             nous appliquons à la file active la bande de votre patientèle médecin traitant.",
        );
    }
    let band_text = format::capitalised(band.label());
    let measure = case.measure.label();
    let start = case.start();
    match cell.value {
        Increase::Maintain => {
            let why = why.rule(format!("{band_text} : maintenir votre {measure}."));
            match start {
                Some(start) => case.target(
                    Goal::Keep {
                        start,
                        floor: start,
                    },
                    why,
                ),
                None => case.target(Goal::NeedsCount, why),
            }
        }
        Increase::Percent(rate) => {
            let why = why.rule(format!(
                "{band_text} à {} : +{} de {measure} en {} ans.",
                case.quotity.label(),
                rate.french(),
                rules.years.value
            ));
            match start {
                Some(start) => {
                    let target = round_up(Decimal::from(start) * (Decimal::ONE + rate.rate()));
                    case.target(
                        Goal::Increase {
                            start,
                            added: target - start,
                            target,
                            rate: Some(rate),
                        },
                        why,
                    )
                }
                None => case.target(Goal::NeedsCount, why),
            }
        }
    }
}

/// The published result for exactly this GP's count and option, in the band the count places it
/// (a band the CPAM gave that says otherwise wins over it).
fn published_for(case: &Case) -> Option<Fact<PublishedResult>> {
    let published = case.version.objective.published?;
    let in_its_band = case
        .band
        .is_some_and(|band| case.resolution.from_count.contains(&band));
    let matches = case.measure == Measure::Pmt
        && case.situation.is_general_practitioner()
        && in_its_band
        && case.start() == Some(published.value.pmt)
        && case.quotity == published.value.quotity;
    matches.then_some(published)
}
