//! The collective contract for a group of GPs (from 25 February 2026): aid per financed ETP, at most
//! one ETP per member (plus half an ETP per member hosting a docteur junior from November 2026), a
//! group mean PMT of at least 775, and a group objective of +260 PMT and +110 FA per ETP in two years.

use super::amounts::{contract_year, AidSchedule, YearAid, FIRST_MODULATED_YEAR, YEARS_SHOWN};
use super::date::Date;
use super::eligibility::{self, Check, CheckState, Eligibility, Question, ReasonCode};
use super::explain::Explanation;
use super::objective::{Goal, Measure, Objective, Target};
use super::versions::coll2026::{self, CollectiveRules, RULES};
use super::{Outcome, Scenario};
use crate::format;
use crate::situation::{HalfFte, Situation};

pub fn evaluate(situation: &Situation) -> Outcome {
    let version = &coll2026::VERSION;
    let mut checks = Vec::new();
    let mut notices = Vec::new();
    let missing =
        |title, codes, question| eligibility::missing(title, codes, question, Some(version));

    match situation.signature {
        None => checks.push(missing(
            "Date de signature",
            &[ReasonCode::Date],
            Question::Signature,
        )),
        Some(signature) => checks.push(Check {
            title: "Date de signature",
            codes: &[ReasonCode::Date],
            state: met_if(signature >= coll2026::SIGNED_FROM),
            why: Explanation::new(format!(
                "Le contrat collectif est ouvert aux contrats signés à partir du {}.",
                coll2026::SIGNED_FROM
            ))
            .version(version)
            .input("Date de signature", signature.french())
            .source(version.source)
            .with_status(version.status),
        }),
    }
    checks.push(match situation.specialty {
        None => missing("Spécialité", &[ReasonCode::Specialite], Question::Specialty),
        Some(specialty) => Check {
            title: "Spécialité",
            codes: &[ReasonCode::Specialite],
            state: met_if(specialty.is_general_practice()),
            why: Explanation::new(
                "Le contrat collectif est réservé aux groupes de médecins généralistes.",
            )
            .version(version)
            .input("Spécialité", specialty.label())
            .source(version.source)
            .with_status(version.status),
        },
    });
    if let Some(check) = eligibility::sector_check(situation, version) {
        checks.push(check);
    }
    let members = situation.collective_members;
    checks.push(match members {
        None => missing("Groupe", &[ReasonCode::Groupe], Question::CollectiveMembers),
        Some(members) => Check {
            title: "Groupe",
            codes: &[ReasonCode::Groupe],
            state: met_if(members >= RULES.minimum_members.value),
            why: Explanation::new(format!(
                "Le contrat collectif réunit au moins {} médecins d'une même structure (SCP, SCM, SISA).",
                RULES.minimum_members.value
            ))
            .version(version)
            .input("Médecins du groupe", members.to_string())
            .rests_on(&RULES.minimum_members),
        },
    });
    let minimum = RULES.mean_pmt_minimum;
    checks.push(match situation.pmt {
        None => missing("Activité du groupe", &[ReasonCode::Activite], Question::Pmt),
        Some(mean) => Check {
            title: "Activité du groupe",
            codes: &[ReasonCode::Activite],
            state: met_if(minimum.value.is_reached_by(mean)),
            why: Explanation::new(format!(
                "La patientèle médecin traitant moyenne des membres doit être d'{} patients.",
                minimum.value.french()
            ))
            .version(version)
            .input("Patientèle médecin traitant moyenne", format::count(mean))
            .rests_on(&minimum),
        },
    });
    let cap = members.map(|members| fte_cap(&RULES, members, situation));
    if let (Some(members), Some(juniors)) = (members, situation.junior_hosts) {
        if juniors > members {
            notices.push(format!(
                "{juniors} membres accueillant un docteur junior, pour {members} médecins : nous en retenons {members}."
            ));
        }
    }
    checks.push(match (situation.collective_fte, cap) {
        (None, _) => missing("ETP demandés", &[ReasonCode::Option], Question::CollectiveFte),
        (Some(_), None) => missing("ETP demandés", &[ReasonCode::Option], Question::CollectiveMembers),
        (Some(fte), Some(cap)) => Check {
            title: "ETP demandés",
            codes: &[ReasonCode::Option],
            state: met_if(fte <= cap),
            why: Explanation::new(format!(
                "Au plus 1 ETP par médecin membre, plus 0,5 ETP par membre accueillant un docteur junior \
                 pour les contrats signés à partir du {} : ici au plus {} ETP.",
                RULES.junior_bonus.value.0,
                cap.french()
            ))
            .version(version)
            .input("ETP demandés", fte.french())
            .rests_on(&RULES.fte_per_member)
            .rests_on(&RULES.junior_bonus),
        },
    });

    let scenarios = match (situation.signature, situation.collective_fte) {
        (Some(signature), Some(fte)) => vec![Scenario {
            band: None,
            aid: schedule(signature, fte, &RULES),
            objective: objective(situation, fte, &RULES),
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

fn met_if(condition: bool) -> CheckState {
    if condition {
        CheckState::Met
    } else {
        CheckState::Failed
    }
}

/// One ETP per member, plus half an ETP per member hosting a docteur junior once that opened.
fn fte_cap(rules: &CollectiveRules, members: u32, situation: &Situation) -> HalfFte {
    let (bonus_from, bonus) = rules.junior_bonus.value;
    let juniors = match situation.signature {
        Some(signature) if signature >= bonus_from => {
            situation.junior_hosts.unwrap_or(0).min(members)
        }
        _ => 0,
    };
    HalfFte(
        members
            .saturating_mul(rules.fte_per_member.value.0)
            .saturating_add(juniors.saturating_mul(bonus.0)),
    )
}

fn schedule(signature: Date, fte: HalfFte, rules: &CollectiveRules) -> AidSchedule {
    let version = &coll2026::VERSION;
    let mut years = Vec::new();
    for year in 1..=YEARS_SHOWN {
        let Some((starts, ends)) = contract_year(signature, year) else {
            return AidSchedule::Unknown {
                why: Explanation::new(
                    "Date de signature trop lointaine pour compter les années de contrat.",
                )
                .version(version),
            };
        };
        let per_fte = rules.per_fte.value[(year.min(3) - 1) as usize];
        let amount = per_fte * fte.as_decimal();
        let mut why = Explanation::new(format!(
            "Année {year} du contrat collectif, du {} au {} : {} par ETP financé × {} ETP = {}.",
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
            why = why.note("À partir de la 3e année, ce montant est un plafond, proratisé selon l'objectif du groupe.");
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
    let version = &coll2026::VERSION;
    let members = situation.collective_members;
    let target = |measure: Measure, mean: Option<u32>, per_fte: &super::facts::Fact<u32>| {
        // ETP are counted in halves; an odd half rounds the count up to a whole patient.
        let added = per_fte.value.saturating_mul(fte.0).div_ceil(2);
        let rule = format!(
            "Le groupe s'engage à +{} {} par ETP financé, en {} ans.",
            per_fte.value,
            measure.patients(),
            rules.years
        );
        let why = Explanation::new(rule)
            .version(version)
            .input("ETP financés", fte.french())
            .rests_on(per_fte);
        let goal = match (mean, members) {
            (Some(mean), Some(members)) => {
                let start = mean.saturating_mul(members);
                Goal::Increase {
                    start,
                    added,
                    target: start.saturating_add(added),
                    rate: None,
                }
            }
            _ => Goal::NeedsCount,
        };
        let why = match (mean, members) {
            (Some(mean), Some(members)) => why.input(
                format!(
                    "{} du groupe (moyenne × membres)",
                    format::capitalised(measure.label())
                ),
                format!(
                    "{} × {} = {}",
                    format::count(mean),
                    members,
                    format::count(mean.saturating_mul(members))
                ),
            ),
            _ => why,
        };
        Target { measure, goal, why }
    };
    Objective {
        targets: vec![
            target(Measure::Pmt, situation.pmt, &rules.pmt_per_fte),
            target(Measure::Fa, situation.fa, &rules.fa_per_fte),
        ],
        both_required: false,
        years: rules.years,
        why: Explanation::new(format!(
            "Objectif du groupe, à atteindre en {} ans. Nos sources ne disent pas si les deux objectifs \
             sont exigés : nous comptons, comme pour les contrats individuels depuis 2023, qu'un seul suffit.",
            rules.years
        ))
        .version(version)
        .source(version.source)
        .with_status(super::facts::Status::Estimate),
    }
}
