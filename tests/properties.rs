//! Laws the engine must obey over the whole input space (proptest). Each law runs over 2 000 draws
//! of situations that mean it (tests/generators), counts the draws that reached its assertion, and
//! fails when fewer than its floor did: a law that never meets the rule it guards proves nothing.
//! Run with `--nocapture` to read the counts.

mod generators;
mod law;

use assistant_medical::percent::Percent;
use assistant_medical::rules::amounts::{AidBand, AidSchedule, FIRST_MODULATED_YEAR};
use assistant_medical::rules::eligibility::{CheckState, Verdict};
use assistant_medical::rules::facts::Status;
use assistant_medical::rules::model::{AmountRow, FullTimeAccess, Reach, SpecialtyRule};
use assistant_medical::rules::objective::{Goal, Measure};
use assistant_medical::rules::{evaluate, questions, versions, Outcome};
use assistant_medical::situation::link;
use assistant_medical::situation::{Quotity, Situation, Specialty};
use generators::raw::{any_situation, decodable_situation};
use generators::*;
use law::{law, law_over, reached_if, DRAWS};
use proptest::prelude::*;
use rust_decimal::Decimal;

#[test]
fn never_panics_and_is_deterministic() {
    law_over(
        "never_panics_and_is_deterministic",
        DRAWS,
        false,
        any_situation(),
        |situation| {
            prop_assert_eq!(evaluate(situation), evaluate(situation));
            reached_if(true)
        },
    );
}

/// The amount a table gives a band in a contract year: the year-1 amount, the year-2 one, the
/// later ones, or the higher amounts of P90–P95 (from year 3) and P95 (every year).
fn table_amount(row: &AmountRow, year: u32, band: AidBand) -> Option<Decimal> {
    Some(match (band, year) {
        (AidBand::P95Plus, _) => row.every_year_p95,
        (_, 1) => row.first_year?,
        (_, 2) => row.second_year,
        (AidBand::P90To95, _) => row.later_years_p90,
        (AidBand::Standard, _) => row.later_years,
    })
}

/// Every year's amount is the table's for its band and its start date (the collective contract's
/// per-ETP amount times the ETP), and a year-3 estimate stays between nothing and that ceiling.
#[test]
fn aid_is_the_tables_amount_and_an_estimate_never_exceeds_it() {
    law_over(
        "aid_is_the_tables_amount_and_an_estimate_never_exceeds_it",
        1_000,
        true,
        answered(),
        |situation| {
            let outcome = evaluate(situation);
            let mut reached = false;
            for scenario in &outcome.scenarios {
                for year in scenario.aid.years() {
                    let ceiling = match (situation.collective_fte, situation.quotity) {
                        (Some(fte), _) => {
                            let rules = versions::collective_for(situation.signature);
                            Some(
                                rules.per_fte.value[(year.year.min(3) - 1) as usize]
                                    * fte.as_decimal(),
                            )
                        }
                        (None, Some(quotity)) => versions::amounts_for(year.starts)
                            .and_then(|table| table.row(quotity))
                            .and_then(|row| {
                                table_amount(row, year.year, AidBand::of(scenario.band))
                            }),
                        (None, None) => None,
                    };
                    prop_assert_eq!(Some(year.amount), ceiling, "year {}", year.year);
                    if let Some(modulated) = &year.modulated {
                        prop_assert!(modulated.amount >= Decimal::ZERO, "{:?}", modulated);
                        prop_assert!(
                            modulated.amount <= year.amount,
                            "{:?} > {}",
                            modulated,
                            year.amount
                        );
                        prop_assert!(
                            modulated.rate >= Percent::ZERO && modulated.rate <= Percent::HUNDRED
                        );
                        prop_assert_eq!(year.year, FIRST_MODULATED_YEAR);
                    }
                    reached = true;
                }
            }
            reached_if(reached)
        },
    );
}

/// The conditions RULES.md §1–2 leave to the CPAM for this situation, read from the version files:
/// each could only be decided from an estimate or an unknown, and no answer of the doctor (a band
/// the CPAM gave, being newly installed, a ZIP) decides it instead.
fn left_to_the_cpam(situation: &Situation) -> Vec<&'static str> {
    let firm = |status: Status| status <= Status::Secondary;
    let mut codes = Vec::new();
    if situation.is_collective() {
        let minimum = versions::collective_for(situation.signature).minimum_members;
        if situation
            .collective_members
            .is_some_and(|m| m < minimum.value)
            && !firm(minimum.status)
        {
            codes.push("groupe");
        }
        return codes;
    }
    let (Some(signature), Some(specialty)) = (situation.signature, situation.specialty) else {
        return codes;
    };
    let Some(version) = versions::individual_for(signature) else {
        return codes;
    };
    let rules = &version.eligibility;
    let gp = specialty.is_general_practice();
    if !gp
        && matches!(
            rules.specialties.value,
            SpecialtyRule::GeneralPracticeElseByArea { .. }
        )
    {
        codes.push("specialite");
    }
    if rules.clinical_fees.value.applies_to(specialty) && !firm(rules.clinical_fees.status) {
        codes.push("honoraires");
    }
    if !gp && situation.stated_band.is_none() && !situation.is_newly_installed() {
        codes.push("activite");
    }
    if let FullTimeAccess::OnlyInZip {
        alone_in_zac: Some(opening),
    } = rules.full_time.value
    {
        let on_the_zac_route = gp
            && signature >= opening.from
            && situation.quotity == Some(Quotity::Full)
            && situation.in_zac == Some(true)
            && situation.in_zip != Some(true)
            && situation.group_practice != Some(true);
        let count_in_the_range = situation
            .pmt
            .is_some_and(|pmt| opening.median.value.reach(pmt) == Reach::Uncertain);
        if on_the_zac_route && count_in_the_range && situation.stated_band.is_none() {
            codes.extend(["zone", "groupe"]);
        }
    }
    let particular = &rules.particular;
    let unpublished = [
        (situation.disability, particular.disability),
        (situation.mixed_activity, particular.mixed_activity),
    ]
    .into_iter()
    .any(|(reported, rule)| reported == Some(true) && !firm(rule.status));
    if unpublished {
        codes.push("situation");
    }
    codes
}

/// RULES.md §1: an estimate or an unknown never decides a verdict alone. Every condition met or
/// failed rests only on confirmed facts (C, C2) and answers; a condition the rules leave to the CPAM
/// is « à confirmer » whatever else the doctor answered.
#[test]
fn no_condition_is_decided_from_an_estimate_or_an_unknown() {
    let strategy = prop_oneof![
        3 => answered(),
        2 => alone_in_a_zac(),
        1 => decodable_situation(),
    ]
    .boxed();
    law_over(
        "no_condition_is_decided_from_an_estimate_or_an_unknown",
        500,
        false,
        strategy,
        |situation| {
            let outcome = evaluate(situation);
            for check in &outcome.eligibility.checks {
                if matches!(check.state, CheckState::Met | CheckState::Failed) {
                    prop_assert!(
                        check.why.is_firm(),
                        "« {} » is {:?} from a {:?} fact: {}",
                        check.title,
                        check.state,
                        check.why.status,
                        check.why.rule
                    );
                }
            }
            let left = left_to_the_cpam(situation);
            for code in &left {
                for check in outcome
                    .eligibility
                    .checks
                    .iter()
                    .filter(|c| c.codes.iter().any(|r| r.code() == *code))
                {
                    prop_assert!(
                        !matches!(check.state, CheckState::Met | CheckState::Failed),
                        "« {} » ({}) is {:?}, but only the CPAM can decide it: {}",
                        check.title,
                        code,
                        check.state,
                        check.about
                    );
                }
            }
            if !left.is_empty() {
                prop_assert_ne!(outcome.verdict(), Verdict::Eligible);
            }
            reached_if(!left.is_empty())
        },
    );
}

#[test]
fn links_round_trip() {
    law_over(
        "links_round_trip",
        DRAWS,
        false,
        decodable_situation(),
        |situation| {
            let encoded = link::encode(situation);
            let decoded = link::decode(&encoded).expect("our own link is never refused");
            prop_assert!(
                decoded.issues.is_empty(),
                "{:?} from {}",
                decoded.issues,
                encoded
            );
            prop_assert_eq!(&decoded.situation, situation);
            reached_if(true)
        },
    );
}

/// The percentage asked of a GP's patientèle médecin traitant, when it is one.
fn pmt_increase(outcome: &Outcome) -> Option<Percent> {
    let target = outcome.single()?.objective.target(Measure::Pmt)?;
    match target.goal {
        Goal::Increase { rate, .. } => rate,
        Goal::Keep { start, floor } if start == floor => Some(Percent::ZERO),
        _ => None,
    }
}

#[test]
fn a_bigger_patientele_never_needs_a_bigger_percentage() {
    let strategy = (answered_gp(), count(), 0u32..=800);
    law(
        "a_bigger_patientele_never_needs_a_bigger_percentage",
        500,
        true,
        strategy,
        |gp, (_, smaller, extra)| {
            let small = evaluate(&Situation {
                pmt: Some(*smaller),
                ..gp.clone()
            });
            let big = evaluate(&Situation {
                pmt: Some(smaller + extra),
                ..gp.clone()
            });
            match (pmt_increase(&small), pmt_increase(&big)) {
                (Some(small_rate), Some(big_rate)) => {
                    prop_assert!(
                        big_rate <= small_rate,
                        "{:?} then {:?}",
                        small_rate,
                        big_rate
                    );
                    reached_if(true)
                }
                _ => reached_if(false),
            }
        },
        |(gp, _, _)| gp,
    );
}

#[test]
fn a_later_signature_never_pays_less_for_the_same_contract_year() {
    let individual = prop_oneof![3 => answered_gp(), 1 => answered_specialist()].boxed();
    let strategy = (individual, signature(), 0u32..3_000);
    law(
        "a_later_signature_never_pays_less_for_the_same_contract_year",
        500,
        false,
        strategy,
        |situation, (_, first, later_by)| {
            let Some(later) = first.add_days(*later_by) else {
                return reached_if(false);
            };
            let early = evaluate(&Situation {
                signature: Some(*first),
                ..situation.clone()
            });
            let late = evaluate(&Situation {
                signature: Some(later),
                ..situation.clone()
            });
            let (Some(a), Some(b)) = (early.single(), late.single()) else {
                return reached_if(false);
            };
            match (&a.aid, &b.aid) {
                (
                    AidSchedule::Known { years: early_years },
                    AidSchedule::Known { years: late_years },
                ) if a.band == b.band => {
                    for (early_year, late_year) in early_years.iter().zip(late_years) {
                        prop_assert!(
                            late_year.amount >= early_year.amount,
                            "year {}",
                            early_year.year
                        );
                    }
                    reached_if(true)
                }
                _ => reached_if(false),
            }
        },
        |(situation, _, _)| situation,
    );
}

/// How good a verdict is for the doctor, worst first.
fn rank(verdict: &Verdict) -> u8 {
    match verdict {
        Verdict::Ineligible { .. } => 0,
        Verdict::Incomplete { .. } => 1,
        Verdict::ToConfirm => 2,
        Verdict::Eligible => 3,
    }
}

/// A ZIP opens doors (1 ETP under avenant 7, a second assistant, practising alone) and closes none:
/// inside one, no condition fails that did not fail outside, and the verdict is never worse.
#[test]
fn practising_in_a_zip_never_makes_a_doctor_less_eligible() {
    let individual = prop_oneof![3 => answered_gp(), 1 => answered_specialist()].boxed();
    law_over(
        "practising_in_a_zip_never_makes_a_doctor_less_eligible",
        DRAWS,
        false,
        individual,
        |situation| {
            let outside = evaluate(&Situation {
                in_zip: Some(false),
                ..situation.clone()
            });
            let inside = evaluate(&Situation {
                in_zip: Some(true),
                ..situation.clone()
            });
            let failed = |outcome: &Outcome| match outcome.verdict() {
                Verdict::Ineligible { failed } => failed,
                _ => Vec::new(),
            };
            let outside_failed = failed(&outside);
            for code in failed(&inside) {
                prop_assert!(
                    outside_failed.contains(&code),
                    "{:?} fails only in a ZIP",
                    code
                );
            }
            prop_assert!(
                rank(&inside.verdict()) >= rank(&outside.verdict()),
                "{:?} in a ZIP, {:?} outside",
                inside.verdict(),
                outside.verdict()
            );
            reached_if(true)
        },
    );
}

/// The generators themselves: a specialist is measured by the file active, a GP by the patientèle.
#[test]
fn answered_situations_answer_every_question_of_their_kind() {
    law_over(
        "answered_situations_answer_every_question_of_their_kind",
        DRAWS,
        true,
        answered(),
        |s| {
            prop_assert!(s.signature.is_some() && s.specialty.is_some() && s.sector.is_some());
            if !s.is_collective() {
                prop_assert!(
                    s.quotity.is_some() && s.in_zip.is_some() && s.group_practice.is_some()
                );
                let gp = s.specialty == Some(Specialty::GeneralPractice);
                prop_assert_eq!(s.pmt.is_some(), gp);
            }
            reached_if(true)
        },
    );
}

/// The form and the engine never disagree: every answer an incomplete verdict waits for is one the
/// form asks of that situation (`questions::applies`), so the doctor can always give it.
#[test]
fn every_missing_answer_is_one_the_form_asks() {
    let strategy = prop_oneof![2 => decodable_situation(), 1 => answered()].boxed();
    law_over(
        "every_missing_answer_is_one_the_form_asks",
        500,
        false,
        strategy,
        |situation| {
            let Verdict::Incomplete { missing } = evaluate(situation).verdict() else {
                return reached_if(false);
            };
            for question in missing {
                prop_assert!(
                    questions::applies(question, situation),
                    "{:?} is missing but the form does not ask it",
                    question
                );
            }
            reached_if(true)
        },
    );
}
