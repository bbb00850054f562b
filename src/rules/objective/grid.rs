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
    let mut why = why
        .input("Bande", band.label())
        .input("Option", case.quotity.label())
        .rests_on(&cell);
    if case.resolution.band() == Some(band) {
        why = match published_for(case) {
            Some(result) => why.rests_on(&result),
            None => why.rests_on_explanation(&case.resolution.why),
        };
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

/// The published result for exactly this GP's count and option, when the band comes from the count
/// (a band the CPAM gave wins over it).
fn published_for(case: &Case) -> Option<Fact<PublishedResult>> {
    let published = case.version.objective.published?;
    let matches = case.measure == Measure::Pmt
        && case.situation.is_general_practitioner()
        && case.resolution.counted
        && case.start() == Some(published.value.pmt)
        && case.quotity == published.value.quotity;
    matches.then_some(published)
}
