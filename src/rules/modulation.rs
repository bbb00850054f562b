//! From year 3 the aid is modulated by the objective's achievement. No source gives the formula, so
//! this whole module is our estimate (`common::MODULATION`), and says so:
//! `rate = clamp((observed − start) / (target − start), 0, 1)` per measure; avenant 7 takes the lower
//! rate of PMT and FA (both were required), later texts the higher (one suffices); a "keep" objective
//! gives 1 at or above its floor, else 0; `aid = ceiling × rate`, rounded to the euro.

use super::amounts::{Modulated, YearAid, FIRST_MODULATED_YEAR};
use super::explain::Explanation;
use super::objective::{Goal, Measure, Objective, Target};
use super::versions::common;
use crate::format;
use crate::percent::Percent;
use crate::situation::Situation;
use rust_decimal::{Decimal, RoundingStrategy};

/// Share of one target achieved, from 0 to 100 %; `None` when the target is not computable.
pub fn achievement(target: &Target, observed: u32) -> Option<Percent> {
    achieved_rate(target, observed).map(Percent::from_rate)
}

fn achieved_rate(target: &Target, observed: u32) -> Option<Decimal> {
    let observed = Decimal::from(observed);
    let linear = |start: u32, goal: u32| {
        if goal <= start {
            // Nothing to add: keeping the level is enough.
            return if observed >= Decimal::from(goal) {
                Decimal::ONE
            } else {
                Decimal::ZERO
            };
        }
        let done = (observed - Decimal::from(start)) / Decimal::from(goal - start);
        done.clamp(Decimal::ZERO, Decimal::ONE)
    };
    match target.goal {
        Goal::Increase { start, target, .. } => Some(linear(start, target)),
        Goal::Keep { floor, .. } => Some(if observed >= Decimal::from(floor) {
            Decimal::ONE
        } else {
            Decimal::ZERO
        }),
        Goal::Reach { start, level } => Some(linear(start.unwrap_or(0), level)),
        Goal::NeedsCount | Goal::Unknown => None,
    }
}

/// The count reached, comparable with the target: for a group, the members' mean the doctor typed
/// times the members (the group's target is a total).
pub fn observed(situation: &Situation, measure: Measure) -> Option<u32> {
    let typed = match measure {
        Measure::Pmt => situation.pmt_year3,
        Measure::Fa => situation.fa_year3,
    }?;
    Some(match situation.collective_members {
        Some(members) => typed.saturating_mul(members),
        _ => typed,
    })
}

/// The estimated aid of year 3 once the counts reached are known; `None` without counts or target.
pub fn modulate(year: &YearAid, objective: &Objective, situation: &Situation) -> Option<Modulated> {
    if year.year != FIRST_MODULATED_YEAR {
        return None;
    }
    let rates: Vec<(Measure, u32, Decimal)> = objective
        .targets
        .iter()
        .filter_map(|target| {
            let count = observed(situation, target.measure)?;
            Some((target.measure, count, achieved_rate(target, count)?))
        })
        .collect();
    let rate = if objective.both_required {
        rates.iter().map(|(_, _, rate)| *rate).min()?
    } else {
        rates.iter().map(|(_, _, rate)| *rate).max()?
    };
    let amount =
        (year.amount * rate).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);

    let mut why = Explanation::new(format!(
        "Estimation : {} de l'objectif atteint, soit {} sur un plafond de {}.",
        Percent::from_rate(rate).french(),
        format::euros(amount),
        format::euros(year.amount)
    ))
    .rests_on(&common::MODULATION)
    .input(
        format!("Plafond de la {FIRST_MODULATED_YEAR}e année"),
        format::euros(year.amount),
    );
    let reached_when = if situation.is_collective() {
        format!("du groupe au bout de {} ans", objective.years)
    } else {
        format!("atteinte en {FIRST_MODULATED_YEAR}e année")
    };
    for (measure, count, rate) in &rates {
        why = why.input(
            format!("{} {reached_when}", format::capitalised(measure.label())),
            format!(
                "{} ({} de l'objectif)",
                format::count(*count),
                Percent::from_rate(*rate).french()
            ),
        );
    }
    if objective.targets.len() > 1 {
        why = why.note(format!(
            "{} Nous retenons donc le taux le plus {}.",
            objective.combination.note,
            if objective.both_required {
                "bas"
            } else {
                "haut"
            }
        ));
    }
    let measured = objective.targets.len();
    if objective.both_required && rates.len() < measured {
        why = why.note("Un des deux nombres manque : l'estimation repose sur l'autre seul.");
    }
    Some(Modulated {
        rate: Percent::from_rate(rate),
        amount,
        why,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn increase(start: u32, target: u32) -> Target {
        Target {
            measure: Measure::Pmt,
            goal: Goal::Increase {
                start,
                added: target - start,
                target,
                rate: None,
            },
            why: Explanation::new(""),
        }
    }

    #[test]
    fn achievement_is_linear_and_bounded() {
        let target = increase(1_300, 1_560);
        assert_eq!(achievement(&target, 1_300), Some(Percent::ZERO));
        assert_eq!(achievement(&target, 1_430), Some(Percent::new(50, 0)));
        assert_eq!(achievement(&target, 1_560), Some(Percent::HUNDRED));
        assert_eq!(achievement(&target, 2_000), Some(Percent::HUNDRED));
        assert_eq!(achievement(&target, 900), Some(Percent::ZERO));
    }

    #[test]
    fn a_keep_objective_is_all_or_nothing() {
        let keep = Target {
            measure: Measure::Pmt,
            goal: Goal::Keep {
                start: 1_000,
                floor: 900,
            },
            why: Explanation::new(""),
        };
        assert_eq!(achievement(&keep, 900), Some(Percent::HUNDRED));
        assert_eq!(achievement(&keep, 899), Some(Percent::ZERO));
    }

    #[test]
    fn a_level_already_held_at_the_start_is_all_or_nothing() {
        // Newly installed at 1 100 with the median as the level: nothing to add, only to keep it.
        let reach = Target {
            measure: Measure::Pmt,
            goal: Goal::Reach {
                start: Some(1_100),
                level: 1_045,
            },
            why: Explanation::new(""),
        };
        assert_eq!(achievement(&reach, 1_045), Some(Percent::HUNDRED));
        assert_eq!(achievement(&reach, 1_044), Some(Percent::ZERO));
    }

    /// The year-3 estimate of a GP's contract signed on `signature`, with the counts reached.
    fn year_3(signature: Date, pmt3: Option<u32>, fa3: Option<u32>) -> Modulated {
        let situation = Situation {
            specialty: Some(crate::situation::Specialty::GeneralPractice),
            sector: Some(crate::situation::Sector::One),
            pmt: Some(1_000),
            fa: Some(1_500),
            quotity: Some(crate::situation::Quotity::Half),
            signature: Some(signature),
            pmt_year3: pmt3,
            fa_year3: fa3,
            ..Situation::default()
        };
        let outcome = crate::rules::evaluate(&situation);
        let scenario = outcome.primary().expect("a scenario");
        scenario.aid.years()[2]
            .modulated
            .clone()
            .expect("an estimate")
    }

    fn notes(modulated: &Modulated) -> String {
        modulated.why.notes.join(" ")
    }

    #[test]
    fn both_measures_required_take_the_lower_rate_one_suffices_the_higher() {
        let both = year_3(Date::ymd(2021, 3, 1), Some(5_000), Some(0));
        assert_eq!(both.rate, Percent::ZERO);
        assert!(notes(&both).contains("le plus bas"), "{}", notes(&both));
        let either = year_3(Date::ymd(2025, 3, 1), Some(5_000), Some(0));
        assert_eq!(either.rate, Percent::HUNDRED);
        assert!(
            notes(&either).contains("le plus haut"),
            "{}",
            notes(&either)
        );
    }

    #[test]
    fn one_measure_has_no_rate_to_choose() {
        let cardiologist = Situation {
            specialty: Some(crate::situation::Specialty::Cardiology),
            sector: Some(crate::situation::Sector::One),
            fa: Some(2_000),
            stated_band: Some(crate::situation::Band::P50To70),
            quotity: Some(crate::situation::Quotity::Half),
            signature: Some(Date::ymd(2021, 3, 1)),
            fa_year3: Some(5_000),
            ..Situation::default()
        };
        let outcome = crate::rules::evaluate(&cardiologist);
        let year_3 = &outcome.primary().expect("a scenario").aid.years()[2];
        let modulated = year_3.modulated.as_ref().expect("an estimate");
        assert_eq!(modulated.rate, Percent::HUNDRED);
        assert!(
            !notes(modulated).contains("taux le plus"),
            "{}",
            notes(modulated)
        );
    }

    #[test]
    fn with_both_required_and_one_count_the_estimate_says_so() {
        let one = year_3(Date::ymd(2021, 3, 1), Some(5_000), None);
        assert!(notes(&one).contains("Un des deux nombres manque"));
        let two = year_3(Date::ymd(2021, 3, 1), Some(5_000), Some(5_000));
        assert!(!notes(&two).contains("Un des deux nombres manque"));
        let either = year_3(Date::ymd(2025, 3, 1), Some(5_000), None);
        assert!(!notes(&either).contains("Un des deux nombres manque"));
    }

    #[test]
    fn a_groups_count_is_the_mean_typed_times_its_members() {
        let group = Situation {
            collective_members: Some(3),
            pmt_year3: Some(1_000),
            ..Situation::default()
        };
        assert_eq!(observed(&group, Measure::Pmt), Some(3_000));
        let alone = Situation {
            pmt_year3: Some(1_000),
            ..Situation::default()
        };
        assert_eq!(observed(&alone, Measure::Pmt), Some(1_000));
    }
}
