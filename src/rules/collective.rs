//! The collective contract for a group of GPs (RULES.md §3): aid per financed ETP, at most one ETP
//! per member (plus half an ETP per member hosting a docteur junior, or per member of an approved
//! training site, from a date), a group mean PMT threshold, and a group objective per ETP.

use super::amounts::{contract_year, AidSchedule, YearAid, FIRST_MODULATED_YEAR, YEARS_SHOWN};
use super::eligibility::{self, Check, Condition, Eligibility, ReasonCode};
use super::explain::Explanation;
use super::facts::{Fact, Status};
use super::model::{CollectiveRules, Reach};
use super::objective::{Goal, Measure, Objective, Target};
use super::outcome::{Outcome, Scenario};
use super::questions::Question;
use super::versions;
use crate::date::Date;
use crate::format;
use crate::situation::{HalfFte, Situation};

const DATE: Condition = Condition::new("Date de signature", &[ReasonCode::Date]);
const SPECIALTY: Condition = Condition::new("Spécialité", &[ReasonCode::Specialite]);
const GROUP: Condition = Condition::new("Groupe", &[ReasonCode::Groupe]);
const ACTIVITY: Condition = Condition::new("Activité du groupe", &[ReasonCode::Activite]);
const FTE: Condition = Condition::new("ETP demandés", &[ReasonCode::Option]);

pub fn evaluate(situation: &Situation) -> Outcome {
    let rules = versions::collective_for(situation.signature);
    let version = rules.version;
    let members = situation.collective_members;
    let mut checks = vec![date(situation, rules), specialty(situation, rules)];
    checks.extend(eligibility::sector_check(situation, version));
    checks.push(match members {
        None => GROUP.missing(Question::CollectiveMembers, Some(version)),
        Some(members) => group(rules, members),
    });
    checks.push(activity(situation, rules));
    checks.push(fte(situation, rules));
    let mut notices = Vec::new();
    if let (Some(members), Some(juniors)) = (members, situation.junior_hosts) {
        if juniors > members {
            notices.push(format!(
                "{juniors} membres accueillant un docteur junior, pour {members} médecins : nous en \
                 retenons {members}."
            ));
        }
    }
    let scenarios = match (situation.signature, situation.collective_fte) {
        (Some(signature), Some(fte)) => vec![Scenario {
            band: None,
            aid: schedule(signature, fte, rules),
            objective: objective(situation, fte, rules),
        }],
        _ => Vec::new(),
    };
    let mut outcome = Outcome {
        version: Some(version),
        eligibility: Eligibility { checks },
        band: None,
        scenarios,
        notices,
    };
    outcome.apply_what_if(situation);
    outcome
}

fn why(rules: &CollectiveRules) -> Explanation {
    Explanation::new("").version(rules.version)
}

fn date(situation: &Situation, rules: &CollectiveRules) -> Check {
    let version = rules.version;
    match situation.signature {
        None => DATE.missing(Question::Signature, Some(version)),
        Some(signature) => DATE.decided(
            signature >= version.signed_from,
            format!("signé le {}", signature.french()),
            why(rules)
                .rule(format!(
                    "Le contrat collectif est ouvert aux contrats signés à partir du {}.",
                    version.signed_from.french()
                ))
                .input("Date de signature", signature.french())
                .source(version.source)
                .with_status(version.status),
        ),
    }
}

fn specialty(situation: &Situation, rules: &CollectiveRules) -> Check {
    match situation.specialty {
        None => SPECIALTY.missing(Question::Specialty, Some(rules.version)),
        Some(specialty) => SPECIALTY.decided(
            specialty.is_general_practice(),
            format!(
                "{} : {}",
                specialty.label(),
                if specialty.is_general_practice() {
                    "oui"
                } else {
                    "non"
                }
            ),
            why(rules)
                .rule("Le contrat collectif est réservé aux groupes de médecins généralistes.")
                .input("Spécialité", specialty.label())
                .rests_on(&rules.structures),
        ),
    }
}

fn activity(situation: &Situation, rules: &CollectiveRules) -> Check {
    let minimum = rules.mean_pmt_minimum;
    match situation.pmt {
        None => ACTIVITY.missing(Question::Pmt, Some(rules.version)),
        Some(mean) => {
            let reached = minimum.value.reach(mean) == Reach::Reached;
            ACTIVITY.decided(
                reached,
                format!(
                    "moyenne de {} patients {} {}",
                    format::count(mean),
                    if reached { "≥" } else { "<" },
                    minimum.value.number()
                ),
                why(rules)
                    .rule(format!(
                        "La patientèle médecin traitant moyenne des membres doit être de {} patients.",
                        minimum.value.french()
                    ))
                    .input("Patientèle médecin traitant moyenne", format::count(mean))
                    .rests_on(&minimum),
            )
        }
    }
}

fn fte(situation: &Situation, rules: &CollectiveRules) -> Check {
    let version = rules.version;
    let cap = situation
        .collective_members
        .map(|members| fte_cap(rules, members, situation));
    match (situation.collective_fte, cap) {
        (None, _) => FTE.missing(Question::CollectiveFte, Some(version)),
        (Some(_), None) => FTE.missing(Question::CollectiveMembers, Some(version)),
        (Some(fte), Some(cap)) => FTE.decided(
            fte <= cap,
            format!("{} ETP demandés, {} au plus", fte.french(), cap.french()),
            {
                let why = why(rules)
                    .rule(format!(
                        "{} {} Ici au plus {} ETP.",
                        rules.fte_per_member.note,
                        rules.junior_bonus.note,
                        cap.french()
                    ))
                    .input("ETP demandés", fte.french())
                    .source(rules.fte_per_member.source)
                    .with_status(rules.fte_per_member.status)
                    .with_status(rules.junior_bonus.status)
                    .note(rules.members.value);
                let signed_before_the_bonus = situation
                    .signature
                    .is_some_and(|signature| signature < rules.junior_bonus.value.0);
                if signed_before_the_bonus {
                    why.note(rules.junior_bonus_for_earlier_contracts.value)
                } else {
                    why
                }
            },
        ),
    }
}

/// A group: its structure (SCP, SCM, SISA) makes it one. No minimum size is published: a single
/// member is left to the CPAM rather than refused on our inference.
fn group(rules: &CollectiveRules, members: u32) -> Check {
    let minimum = rules.minimum_members;
    let why = Explanation::new(format!(
        "Le contrat collectif est signé par {}.",
        rules.structures.value
    ))
    .version(rules.version)
    .input("Médecins du groupe", members.to_string())
    .rests_on(&rules.structures)
    .note(rules.members.value)
    .note(rules.no_cumulation.value)
    .note(rules.membership_changes.value);
    if members >= minimum.value {
        GROUP.met(format!("{members} médecins"), why)
    } else {
        GROUP.to_confirm(
            format!("{members} médecin : un groupe ?"),
            why.rests_on(&minimum),
        )
    }
}

/// One ETP per member, plus half an ETP per member hosting a docteur junior (or per member, when the
/// structure is an approved training site) once that opened.
fn fte_cap(rules: &CollectiveRules, members: u32, situation: &Situation) -> HalfFte {
    let (bonus_from, bonus) = rules.junior_bonus.value;
    let bonus_members = match situation.signature {
        Some(signature) if signature >= bonus_from => {
            if situation.training_site == Some(true) {
                members
            } else {
                situation.junior_hosts.unwrap_or(0).min(members)
            }
        }
        _ => 0,
    };
    HalfFte(
        members
            .saturating_mul(rules.fte_per_member.value.0)
            .saturating_add(bonus_members.saturating_mul(bonus.0)),
    )
}

fn schedule(signature: Date, fte: HalfFte, rules: &CollectiveRules) -> AidSchedule {
    let version = rules.version;
    let mut years = Vec::new();
    for year in 1..=YEARS_SHOWN {
        let Some((starts, ends)) = contract_year(signature, year) else {
            return AidSchedule::Unknown {
                why: Explanation::new(
                    "Date de signature trop lointaine pour compter les années de contrat.",
                )
                .version(version)
                .with_status(Status::Unknown),
            };
        };
        let per_fte = rules.per_fte.value[(year.min(3) - 1) as usize];
        let amount = per_fte * fte.as_decimal();
        let mut why = Explanation::new(format!(
            "Année {year} du contrat collectif, du {} au {} : {} par ETP financé × {} ETP = {}.",
            starts.french(),
            ends.french(),
            format::euros(per_fte),
            fte.french(),
            format::euros(amount)
        ))
        .version(version)
        .input("ETP financés", fte.french())
        .rests_on(&rules.per_fte);
        if year >= FIRST_MODULATED_YEAR {
            why = why
                .note(format!(
                    "À partir de la {FIRST_MODULATED_YEAR}e année, ce montant est un plafond, \
                     proratisé selon l'objectif du groupe."
                ))
                .rests_on(&rules.prorated_from_year_3);
        }
        years.push(YearAid {
            year,
            starts,
            ends,
            amount,
            revalued: false,
            modulated: None,
            why,
        });
    }
    AidSchedule::Known { years }
}

fn objective(situation: &Situation, fte: HalfFte, rules: &CollectiveRules) -> Objective {
    let version = rules.version;
    let members = situation.collective_members;
    let years = rules.years.value;
    let target = |measure: Measure, mean: Option<u32>, per_fte: &Fact<u32>| {
        // ETP are counted in halves; an odd half rounds the count up to a whole patient.
        let added = per_fte.value.saturating_mul(fte.0).div_ceil(2);
        let mut why = Explanation::new(format!(
            "Le groupe s'engage à +{} {} par ETP financé, en {years} ans.",
            per_fte.value,
            measure.patients(),
        ))
        .version(version)
        .input("ETP financés", fte.french())
        .rests_on(per_fte)
        .rests_on(&rules.years);
        let goal = match (mean, members) {
            (Some(mean), Some(members)) => {
                let start = mean.saturating_mul(members);
                why = why.input(
                    format!(
                        "{} du groupe (moyenne × membres)",
                        format::capitalised(measure.label())
                    ),
                    format!(
                        "{} × {members} = {}",
                        format::count(mean),
                        format::count(start)
                    ),
                );
                why = why.input(
                    "Soit, par médecin",
                    format!("+{}", format::patients(added.div_ceil(members.max(1)))),
                );
                Goal::Increase {
                    start,
                    added,
                    target: start.saturating_add(added),
                    rate: None,
                }
            }
            _ => Goal::NeedsCount,
        };
        Target { measure, goal, why }
    };
    Objective {
        targets: vec![
            target(Measure::Pmt, situation.pmt, &rules.pmt_per_fte),
            target(Measure::Fa, situation.fa, &rules.fa_per_fte),
        ],
        both_required: rules.both_measures.value,
        combination: rules.both_measures,
        years,
        why: Explanation::new(format!(
            "Objectif du groupe, à atteindre en {years} ans. {}",
            rules.both_measures.note
        ))
        .version(version)
        .source(rules.both_measures.source)
        .with_status(Status::Estimate)
        .note(rules.earlier_gains.value)
        .note(rules.newly_installed_member.value)
        .note(rules.objective_when_members_change.value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(signature: Date, members: u32, juniors: u32) -> Situation {
        Situation {
            specialty: Some(crate::situation::Specialty::GeneralPractice),
            signature: Some(signature),
            collective_members: Some(members),
            collective_fte: Some(HalfFte(2)),
            junior_hosts: Some(juniors),
            pmt: Some(1_200),
            ..Situation::default()
        }
    }

    #[test]
    fn more_junior_hosts_than_members_are_counted_as_members() {
        let day = Date::ymd(2026, 12, 1);
        let notices = evaluate(&group(day, 3, 5)).notices;
        assert!(
            notices.iter().any(|n| n.contains("nous en retenons 3")),
            "{notices:?}"
        );
        assert!(evaluate(&group(day, 3, 3)).notices.is_empty());
    }

    #[test]
    fn the_groups_activity_is_its_members_mean() {
        let outcome = evaluate(&group(Date::ymd(2026, 12, 1), 3, 0));
        let activity = outcome
            .eligibility
            .checks
            .iter()
            .find(|check| check.codes.contains(&ReasonCode::Activite))
            .expect("the activity check");
        let notes = activity.why.notes.join(" ");
        assert!(notes.contains("Moyenne de la patientèle"), "{notes}");
    }

    #[test]
    fn from_year_3_a_groups_amount_is_a_ceiling() {
        let outcome = evaluate(&group(Date::ymd(2026, 12, 1), 3, 0));
        let years = outcome.primary().expect("a scenario").aid.years().to_vec();
        let said = |index: usize| years[index].why.notes.iter().any(|n| n.contains("plafond"));
        assert!(!said(1));
        assert!(said(2));
    }

    #[test]
    fn a_contract_signed_before_the_junior_bonus_is_told_its_case_is_unknown() {
        let bonus_from = versions::COLLECTIVE[0].junior_bonus.value.0;
        let told = |signature: Date| {
            evaluate(&group(signature, 3, 1))
                .eligibility
                .checks
                .iter()
                .find(|check| check.title == FTE.title)
                .expect("the ETP check")
                .why
                .notes
                .iter()
                .any(|note| note.contains("avant novembre 2026"))
        };
        assert!(told(bonus_from.previous_day().expect("a day")));
        assert!(!told(bonus_from));
    }
}
