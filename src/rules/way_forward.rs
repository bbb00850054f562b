//! « Que faire ? »: for each condition failed or to be confirmed, the smallest change the doctor can
//! make or check, and what it would bring — found by the engine itself, each candidate evaluated like
//! any other situation, never typed. A change is offered only when it improves the verdict; what it
//! brings is said with its own verdict, so « à confirmer » stays « à confirmer » and an estimate stays
//! an estimate.

use super::eligibility::{Check, CheckState, ReasonCode, Verdict};
use super::evaluate;
use super::facts::Status;
use super::Outcome;
use crate::situation::link::Key;
use crate::situation::{Band, Quotity, Sector, Situation};
use rust_decimal::Decimal;

/// One way forward.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Way {
    /// What stands in the way, or what to ask, in the doctor's words.
    pub says: String,
    pub then: Then,
}

/// What the doctor can do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    /// One answer changed: the simulation that opens, what it would bring, the button's words.
    /// Several conditions may fail together: each change then includes the ways above it.
    Try {
        changed: Box<Situation>,
        brings: Brings,
        button: &'static str,
        with_the_ways_above: bool,
    },
    /// The CPAM has the answer: once it gives it, the doctor types it here.
    Ask { key: Key, button: &'static str },
    /// Nothing the doctor can change in the simulation.
    Nothing,
}

/// The verdict a change leads to, with its first year's aid when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Brings {
    pub verdict: Verdict,
    pub first_year: Option<(Decimal, Status)>,
}

/// A better verdict: eligible beats to-confirm beats the rest.
fn rank(verdict: &Verdict) -> u8 {
    match verdict {
        Verdict::Eligible => 3,
        Verdict::ToConfirm => 2,
        Verdict::Incomplete { .. } => 1,
        Verdict::Ineligible { .. } => 0,
    }
}

/// Whether a check is settled in the changed situation as it was not in this one.
fn settles(check: &Check, changed: &Outcome) -> bool {
    changed
        .eligibility
        .checks
        .iter()
        .filter(|other| other.title == check.title)
        .all(|other| other.state == CheckState::Met)
}

fn brings(outcome: &Outcome) -> Brings {
    let first_year = outcome
        .single()
        .and_then(|scenario| scenario.aid.years().first())
        .map(|year| (year.amount, year.why.status));
    Brings {
        verdict: outcome.verdict(),
        first_year,
    }
}

/// The one-answer changes that could lift a condition, with the button that makes each.
fn candidates(check: &Check, situation: &Situation) -> Vec<(Situation, &'static str)> {
    let mut tried = Vec::new();
    let changed = |change: &dyn Fn(&mut Situation)| {
        let mut changed = situation.clone();
        change(&mut changed);
        changed
    };
    for code in check.codes {
        match code {
            ReasonCode::Secteur if situation.sector == Some(Sector::Two) => tried.push((
                changed(&|s| s.sector = Some(Sector::TwoOptam)),
                "Simuler avec l'OPTAM",
            )),
            ReasonCode::Activite => tried.push((
                changed(&|s| s.newly_installed = Some(true)),
                "Je suis nouvellement installé(e)",
            )),
            ReasonCode::Zone | ReasonCode::Groupe | ReasonCode::Coordination => {
                if situation.coordinated_practice != Some(true) {
                    tried.push((
                        changed(&|s| s.coordinated_practice = Some(true)),
                        "Je m'engage dans un exercice coordonné",
                    ));
                }
                if situation.group_practice != Some(true) {
                    tried.push((
                        changed(&|s| s.group_practice = Some(true)),
                        "J'exerce en groupe",
                    ));
                }
            }
            ReasonCode::Option => {
                for (quotity, button) in [
                    (Quotity::Half, "Simuler à 1/2 ETP"),
                    (Quotity::Full, "Simuler à 1 ETP"),
                    (Quotity::Third, "Simuler à 1/3 ETP"),
                ] {
                    if situation.quotity != Some(quotity) {
                        tried.push((changed(&|s| s.quotity = Some(quotity)), button));
                    }
                }
            }
            _ => {}
        }
    }
    tried
}

/// The fewest patients that lift the activity threshold, when more patients would: searched with the
/// engine itself, so an exclusive threshold (« plus de 640 ») is counted right.
fn patients_missing(check: &Check, situation: &Situation) -> Option<(u32, u32)> {
    let count = situation.pmt?;
    if !check.codes.contains(&ReasonCode::Activite) || situation.is_collective() {
        return None;
    }
    let lifted = |pmt: u32| {
        let changed = Situation {
            pmt: Some(pmt),
            ..situation.clone()
        };
        settles(check, &evaluate(&changed))
    };
    let (mut low, mut high) = (count, 10_000);
    if !lifted(high) {
        return None;
    }
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if lifted(middle) {
            high = middle;
        } else {
            low = middle;
        }
    }
    Some((high - count, high))
}

/// The ways forward from this outcome: one per condition failed or to confirm, said once. Failed
/// conditions are lifted one after the other, each change kept for the next: the last one says what
/// all of them together would bring.
pub fn way_forward(situation: &Situation, outcome: &Outcome) -> Vec<Way> {
    let mut ways: Vec<Way> = Vec::new();
    let mut so_far = situation.clone();
    let mut changes = 0;
    for check in &outcome.eligibility.checks {
        let way = match check.state {
            CheckState::Failed => {
                let (way, changed) = failed(check, situation, &so_far, changes > 0);
                if let Some(changed) = changed {
                    so_far = changed;
                    changes += 1;
                }
                way
            }
            CheckState::ToConfirm => to_confirm(check, situation),
            CheckState::Met | CheckState::Missing(_) => continue,
        };
        if !ways.iter().any(|kept| kept.says == way.says) {
            ways.push(way);
        }
    }
    ways
}

/// A failed condition: what is missing, and the change that lifts it on top of the ones before.
fn failed(
    check: &Check,
    situation: &Situation,
    so_far: &Situation,
    after_others: bool,
) -> (Way, Option<Situation>) {
    let mut says = match patients_missing(check, situation) {
        Some((missing, threshold)) => format!(
            "{} : il vous manque {missing} patients (il en faut {threshold}).",
            check.title
        ),
        None => format!("{} : {}.", check.title, check.about),
    };
    let best = candidates(check, so_far)
        .into_iter()
        .map(|(changed, button)| {
            let outcome = evaluate(&changed);
            (settles(check, &outcome), brings(&outcome), changed, button)
        })
        .filter(|(settled, ..)| *settled)
        // The best verdict; among equals, the first candidate (the smallest change).
        .min_by_key(|(_, brings, ..)| std::cmp::Reverse(rank(&brings.verdict)));
    match best {
        Some((_, brings, changed, button)) => (
            Way {
                says,
                then: Then::Try {
                    changed: Box::new(changed.clone()),
                    brings,
                    button,
                    with_the_ways_above: after_others,
                },
            },
            Some(changed),
        ),
        None => {
            says.push_str(" Aucune réponse de cette simulation ne change ce point.");
            (
                Way {
                    says,
                    then: Then::Nothing,
                },
                None,
            )
        }
    }
}

fn to_confirm(check: &Check, situation: &Situation) -> Way {
    // The band the CPAM gives decides where only an estimate could: when one of them would.
    let a_band_decides = situation.stated_band.is_none()
        && Band::ALL.iter().any(|band| {
            let changed = Situation {
                stated_band: Some(*band),
                ..situation.clone()
            };
            settles(check, &evaluate(&changed))
        });
    if a_band_decides {
        return Way {
            says: format!(
                "{} : demandez à votre CPAM la bande de percentiles où elle place votre activité, \
                 puis indiquez-la.",
                check.title
            ),
            then: Then::Ask {
                key: Key::Band,
                button: "Indiquer la bande de la CPAM",
            },
        };
    }
    Way {
        says: format!(
            "{} : à demander à votre CPAM ({}).",
            check.title, check.about
        ),
        then: Then::Nothing,
    }
}

#[cfg(test)]
mod tests;
