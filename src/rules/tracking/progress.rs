//! How far the objective is, measure by measure: the count at signature, the count today (as ameli
//! pro showed it, on a day), and the target: the contract's own when the doctor gives it (it
//! decides, RULES.md §1), else the rules' with their status. From today to the start of year 3, the
//! pace to hold per month.

use super::super::explain::Explanation;
use super::super::facts::Status;
use super::super::objective::{self, Measure, Objective};
use crate::date::Date;
use crate::situation::Situation;

/// Where a target comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Written in the doctor's contract: « selon votre contrat ».
    Contract,
    /// The rules', as sure as its status.
    Rules(Status),
}

/// What a measure must do by the start of year 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// Reach this count.
    Reach { target: u32 },
    /// Keep at least this count (a doctor of 65 or more).
    Keep { floor: u32 },
    /// Set by the CPAM, unknown here: the contract says it.
    Unknown,
}

/// A count read on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub count: u32,
    pub on: Date,
    /// The day was not given: the count is taken as read today.
    pub day_assumed: bool,
}

/// Patients to gain each month until the start of year 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pace {
    pub per_month: u32,
    pub months: u32,
    pub until: Date,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub measure: Measure,
    /// The count at signature.
    pub start: Option<u32>,
    pub goal: Goal,
    pub origin: Origin,
    pub today: Option<Reading>,
    pub pace: Option<Pace>,
    pub why: Explanation,
}

impl Progress {
    /// Patients promised over the count at signature.
    pub fn promised(&self) -> Option<u32> {
        match self.goal {
            Goal::Reach { target } => Some(target.saturating_sub(self.start?)),
            _ => None,
        }
    }

    /// Patients gained since signature (negative: lost).
    pub fn gained(&self) -> Option<i64> {
        Some(i64::from(self.today?.count) - i64::from(self.start?))
    }

    /// Patients still to gain (0 once the target is reached), or to get back over the floor.
    pub fn remaining(&self) -> Option<u32> {
        let today = self.today?.count;
        match self.goal {
            Goal::Reach { target } => Some(target.saturating_sub(today)),
            Goal::Keep { floor } => Some(floor.saturating_sub(today)),
            Goal::Unknown => None,
        }
    }

    /// The count to reach or keep.
    pub fn goal_count(&self) -> Option<u32> {
        match self.goal {
            Goal::Reach { target } => Some(target),
            Goal::Keep { floor } => Some(floor),
            Goal::Unknown => None,
        }
    }
}

/// Each measure of the objective, followed.
pub(super) fn of(situation: &Situation, objective: &Objective, today: Date) -> Vec<Progress> {
    let measured_from = situation
        .signature
        .and_then(|signature| signature.add_years(super::FIRST_MODULATED_YEAR - 1));
    objective
        .targets
        .iter()
        .map(|target| {
            let (start, written, count_today) = match target.measure {
                Measure::Pmt => (
                    situation.pmt,
                    situation.contract_target_pmt,
                    situation.pmt_today,
                ),
                Measure::Fa => (
                    situation.fa,
                    situation.contract_target_fa,
                    situation.fa_today,
                ),
            };
            let reading = count_today.map(|count| Reading {
                count,
                on: situation.counts_read_on.unwrap_or(today),
                day_assumed: situation.counts_read_on.is_none(),
            });
            let (goal, origin, why) = match written {
                Some(count) => (
                    Goal::Reach { target: count },
                    Origin::Contract,
                    Explanation::new(format!(
                        "Objectif écrit dans votre contrat : {} {}.",
                        crate::format::count(count),
                        target.measure.patients()
                    ))
                    .input(
                        format!(
                            "{} visée",
                            crate::format::capitalised(target.measure.label())
                        ),
                        crate::format::count(count),
                    ),
                ),
                None => rules_goal(target),
            };
            let mut progress = Progress {
                measure: target.measure,
                start,
                goal,
                origin,
                today: reading,
                pace: None,
                why,
            };
            progress.pace = measured_from.and_then(|until| pace(&progress, until));
            progress
        })
        .collect()
}

/// The rules' goal for a measure, as sure as the rules are.
fn rules_goal(target: &objective::Target) -> (Goal, Origin, Explanation) {
    let goal = match target.goal {
        objective::Goal::Increase { target, .. } => Goal::Reach { target },
        objective::Goal::Keep { floor, .. } => Goal::Keep { floor },
        objective::Goal::Reach { .. } => target
            .target_count()
            .map_or(Goal::Unknown, |target| Goal::Reach { target }),
        objective::Goal::NeedsCount | objective::Goal::Unknown => Goal::Unknown,
    };
    (goal, Origin::Rules(target.why.status), target.why.clone())
}

/// The patients to gain each month from the day of the count to `until`; none once `until` is past,
/// without a count, or with nothing left to gain.
fn pace(progress: &Progress, until: Date) -> Option<Pace> {
    let reading = progress.today?;
    let remaining = progress.remaining()?;
    let months = reading.on.whole_months_until(until);
    (remaining > 0 && months > 0).then(|| Pace {
        per_month: remaining.div_ceil(months),
        months,
        until,
    })
}
