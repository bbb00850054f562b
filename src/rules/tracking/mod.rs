//! A running contract followed from the figures the CPAM wrote in it (RULES.md §1: a figure the CPAM
//! gave the doctor decides; §6): which contract year it is, what this year pays and when, how far the
//! objective is and the pace to hold, what is at stake, the other decisions with their dates, and the
//! reminders for the doctor's calendar. One file per part; nothing here holds a number of a text.

mod agenda;
mod decisions;
mod progress;
mod stake;

pub use agenda::Event;
pub use decisions::Decision;
pub use progress::{Goal, Origin, Pace, Progress, Reading};
pub use stake::{Estimate, Stake};

use super::amounts::{BandBasis, Contract, YearAid, FIRST_MODULATED_YEAR};
use super::calendar::{self, Payment, When};
use super::evaluate;
use super::model::RuleVersion;
use super::objective::Objective;
use super::questions::Question;
use crate::date::Date;
use crate::situation::{Quotity, Situation};

/// Where a running contract stands on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracking {
    pub today: Date,
    pub signature: Date,
    pub version: &'static RuleVersion,
    pub quotity: Quotity,
    pub time: ContractTime,
    /// This contract year's aid (a ceiling from year 3); before the start, year 1's.
    pub this_year: YearAid,
    /// The years already over.
    pub past: Vec<YearAid>,
    /// The next payment whose window is not over, when its date is known.
    pub next_payment: Option<Payment>,
    /// The day the objective's achievement starts to count: the start of year 3.
    pub measured_from: Date,
    pub progress: Vec<Progress>,
    /// The measures' rule: both must be met (avenant 7), or one suffices.
    pub both_required: bool,
    pub objective: Objective,
    pub stake: Stake,
    pub decisions: Vec<Decision>,
    pub events: Vec<Event>,
}

/// Which contract year it is on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContractTime {
    /// Signed for a day still to come.
    NotStarted { starts: Date },
    /// In contract year `year` (1-based; past the fifth, a contract renewed or going on).
    Running { year: u32, starts: Date, ends: Date },
}

impl ContractTime {
    pub fn of(signature: Date, today: Date) -> ContractTime {
        if today < signature {
            return ContractTime::NotStarted { starts: signature };
        }
        let year = signature.whole_years_until(today) + 1;
        match super::amounts::contract_year(signature, year) {
            Some((starts, ends)) => ContractTime::Running { year, starts, ends },
            None => ContractTime::NotStarted { starts: signature },
        }
    }

    /// The contract year in course, 1 before the start.
    pub fn year(self) -> u32 {
        match self {
            ContractTime::NotStarted { .. } => 1,
            ContractTime::Running { year, .. } => year,
        }
    }
}

/// Why a contract cannot be followed yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotFollowed {
    /// The answers that say which contract it is.
    Missing(Vec<Question>),
    /// No rule applies to its date, or the collective contract (followed by its own simulation).
    Unsupported(String),
}

/// A running contract on `today`, from the doctor's answers.
pub fn follow(situation: &Situation, today: Date) -> Result<Tracking, NotFollowed> {
    if situation.is_collective() {
        return Err(NotFollowed::Unsupported(
            "Le suivi porte sur un contrat individuel : pour le contrat collectif, la simulation \
             donne l'aide et l'objectif du groupe."
                .to_string(),
        ));
    }
    let missing: Vec<Question> = [
        (situation.signature.is_none(), Question::Signature),
        (situation.specialty.is_none(), Question::Specialty),
        (situation.quotity.is_none(), Question::Quotity),
    ]
    .into_iter()
    .filter_map(|(missing, question)| missing.then_some(question))
    .collect();
    if !missing.is_empty() {
        return Err(NotFollowed::Missing(missing));
    }
    let outcome = evaluate(situation);
    let (Some(signature), Some(quotity), Some(version)) =
        (situation.signature, situation.quotity, outcome.version)
    else {
        return Err(NotFollowed::Unsupported(
            "Aucune règle ne s'applique à cette date de signature.".to_string(),
        ));
    };
    let Some(scenario) = outcome.primary() else {
        return Err(NotFollowed::Missing(vec![Question::Quotity]));
    };
    let contract = Contract {
        signature,
        quotity,
        band: scenario.band,
        basis: outcome
            .band
            .as_ref()
            .map_or(BandBasis::Stated, |band| band.basis(version)),
        version,
    };
    let time = ContractTime::of(signature, today);
    let this_year = contract
        .year(time.year())
        .map_err(|_| NotFollowed::Unsupported(not_counted(quotity)))?;
    let past: Vec<YearAid> = (1..time.year())
        .filter_map(|year| contract.year(year).ok())
        .collect();
    let measured_from = signature
        .add_years(FIRST_MODULATED_YEAR - 1)
        .unwrap_or(signature);
    // With the band unknown (several scenarios), no target of ours holds: the contract's does.
    let objective = match outcome.single() {
        Some(only) => only.objective.clone(),
        None => band_unknown(&scenario.objective),
    };
    let progress = progress::of(situation, &objective, today);
    let first_modulated = contract.year(FIRST_MODULATED_YEAR).ok();
    let stake = stake::of(&this_year, first_modulated.as_ref(), &progress, &objective);
    let next_payment = next_payment(signature, version, &contract, &this_year, today);
    let decisions = decisions::of(situation, version, signature, today);
    let events = agenda::of(situation, version, signature, &contract, today);
    Ok(Tracking {
        today,
        signature,
        version,
        quotity,
        time,
        this_year,
        past,
        next_payment,
        measured_from,
        progress,
        both_required: objective.both_required,
        objective,
        stake,
        decisions,
        events,
    })
}

fn not_counted(quotity: Quotity) -> String {
    if quotity.is_second_assistant() {
        "Les montants d'un second assistant ne sont pas publiés : votre CPAM les fixe.".to_string()
    } else {
        "Les années de ce contrat ne peuvent pas être comptées à cette date.".to_string()
    }
}

/// The objective of a contract whose band is unknown: every target is the CPAM's, written in the
/// contract; none is computed from a band we would only assume.
fn band_unknown(assumed: &Objective) -> Objective {
    let mut objective = assumed.clone();
    for target in &mut objective.targets {
        target.goal = super::objective::Goal::Unknown;
        target.why = super::explain::Explanation::new(
            "Votre bande n'est pas connue : l'objectif est celui de votre contrat, indiquez-le.",
        )
        .with_status(super::facts::Status::Unknown);
    }
    objective
}

/// The first payment of this year or the next whose window is not over on `today`.
fn next_payment(
    signature: Date,
    version: &'static RuleVersion,
    contract: &Contract,
    this_year: &YearAid,
    today: Date,
) -> Option<Payment> {
    let years: Vec<YearAid> = [
        Some(this_year.clone()),
        contract.year(this_year.year + 1).ok(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let schedule = super::amounts::AidSchedule::Known { years };
    calendar::payments(signature, version, &schedule)
        .into_iter()
        .find(|payment| match payment.when {
            When::Within { to, .. } | When::DuringYear { to, .. } => to >= today,
            When::On(day) => day >= today,
            When::AfterHiring { .. } => false,
        })
}

#[cfg(test)]
mod tests;
