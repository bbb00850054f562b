//! What is at stake this contract year. Years 1 and 2 are paid in full whatever happens. From year 3
//! the amount is a ceiling, paid according to the objective's achievement by a formula nobody
//! published: the ceiling, what the texts and the press say, and our estimate from today's counts,
//! labelled as one, never a firm reduced figure (RULES.md §5, §6). A doctor of 65 or more: the floor
//! to keep.

use super::super::amounts::YearAid;
use super::super::explain::Explanation;
use super::super::modulation::achievement;
use super::super::objective::{self, Objective};
use super::super::versions::common;
use super::progress::{Goal, Progress};
use crate::format;
use crate::percent::Percent;
use rust_decimal::{Decimal, RoundingStrategy};

/// Our estimate of a modulated year's aid, from the counts of a day: always an estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub rate: Percent,
    pub amount: Decimal,
    pub ceiling: Decimal,
    pub why: Explanation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stake {
    /// This year is paid in full; from the first modulated year, at most `then` (its ceiling), and
    /// our estimate of it with today's counts.
    InFull {
        then: Option<Decimal>,
        estimate: Option<Estimate>,
        why: Explanation,
    },
    /// This year's aid is at most its ceiling, paid according to the objective.
    Modulated {
        ceiling: Decimal,
        estimate: Option<Estimate>,
        why: Explanation,
    },
}

impl Stake {
    pub fn why(&self) -> &Explanation {
        match self {
            Stake::InFull { why, .. } | Stake::Modulated { why, .. } => why,
        }
    }

    pub fn estimate(&self) -> Option<&Estimate> {
        match self {
            Stake::InFull { estimate, .. } | Stake::Modulated { estimate, .. } => estimate.as_ref(),
        }
    }
}

pub(super) fn of(
    this_year: &YearAid,
    first_modulated: Option<&YearAid>,
    progress: &[Progress],
    objective: &Objective,
) -> Stake {
    let modulated = common::FIRST_MODULATED_YEAR;
    let why = Explanation::new(modulated.note)
        .rests_on(&modulated)
        .note(common::REFUSALS_2025.value)
        .source(common::REFUSALS_2025.source);
    if this_year.is_ceiling() {
        return Stake::Modulated {
            ceiling: this_year.amount,
            estimate: estimate(this_year.amount, progress, objective),
            why,
        };
    }
    Stake::InFull {
        then: first_modulated.map(|year| year.amount),
        estimate: first_modulated.and_then(|year| estimate(year.amount, progress, objective)),
        why,
    }
}

/// The share of the objective reached by today's counts, applied to a ceiling: our estimate
/// (RULES.md §5), the lower rate of the measures when both count, else the higher.
fn estimate(ceiling: Decimal, progress: &[Progress], objective: &Objective) -> Option<Estimate> {
    let rates: Vec<(String, Percent)> = progress
        .iter()
        .filter_map(|p| {
            let reading = p.today?;
            let goal = match p.goal {
                Goal::Reach { target } => objective::Goal::Increase {
                    start: p.start?,
                    added: target.saturating_sub(p.start?),
                    target,
                    rate: None,
                },
                Goal::Keep { floor } => objective::Goal::Keep {
                    start: p.start.unwrap_or(floor),
                    floor,
                },
                Goal::Unknown => return None,
            };
            let target = objective::Target {
                measure: p.measure,
                goal,
                why: Explanation::new(""),
            };
            let rate = achievement(&target, reading.count)?;
            Some((
                format!(
                    "{} : {} le {}",
                    format::capitalised(p.measure.label()),
                    format::count(reading.count),
                    reading.on.french()
                ),
                rate,
            ))
        })
        .collect();
    let rate = if objective.both_required {
        rates.iter().map(|(_, rate)| *rate).min()?
    } else {
        rates.iter().map(|(_, rate)| *rate).max()?
    };
    let amount =
        (ceiling * rate.rate()).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    let mut why = Explanation::new(format!(
        "Estimation : avec vos chiffres, {} de l'objectif atteint, soit {} sur un plafond de {}. La \
         formule de la CPAM n'est pas publiée.",
        rate.french(),
        format::euros(amount),
        format::euros(ceiling)
    ))
    .rests_on(&common::MODULATION);
    for (what, rate) in &rates {
        why = why.input(what.as_str(), format!("{} de l'objectif", rate.french()));
    }
    Some(Estimate {
        rate,
        amount,
        ceiling,
        why,
    })
}
