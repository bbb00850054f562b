//! Situations that mean it, for the property tests: fully answered individual GPs, specialists and
//! groups, whose counts sit on every threshold of the version files ±1 (and inside the avenant-7-era
//! median range), and whose dates sit on every boundary of a text ±1 day. Drawn at random, the whole
//! input space almost never reaches a rule: a count uniform up to 100 000 lands near a threshold
//! once in a thousand draws. The boundaries are read from the versions, never typed here.

#![allow(dead_code)] // each test file uses some of these

use assistant_medical::date::{days_in_month, Date};
use assistant_medical::percent::Percent;
use assistant_medical::rules::model::{FullTimeAccess, Threshold};
use assistant_medical::rules::versions;
use assistant_medical::situation::link::{MAX_COUNT, MAX_MEMBERS};
use assistant_medical::situation::{Band, HalfFte, Quotity, Sector, Situation, Specialty};
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

pub mod raw;

/// The counts at which some version changes its answer: every threshold's edge, the collective
/// mean, the published +260 case, each with its neighbours.
pub fn threshold_counts() -> Vec<u32> {
    let mut edges = Vec::new();
    let mut add_threshold = |threshold: Threshold| match threshold {
        Threshold::Exact { count, .. } => edges.push(count),
        Threshold::Range { from, to } => edges.extend([from, to]),
    };
    for version in versions::ALL {
        let thresholds = &version.thresholds;
        for floor in [
            thresholds.p30,
            thresholds.p50,
            thresholds.p70,
            thresholds.p90,
            thresholds.p95,
        ] {
            add_threshold(floor.value);
        }
        if let FullTimeAccess::OnlyInZip {
            alone_in_zac: Some(opening),
        } = version.eligibility.full_time.value
        {
            add_threshold(opening.median.value);
        }
    }
    for rules in versions::COLLECTIVE {
        add_threshold(rules.mean_pmt_minimum.value);
    }
    for version in versions::ALL {
        edges.push(version.thresholds.fa_p50.value);
        if let Some(published) = version.objective.published {
            edges.push(published.value.pmt);
        }
    }
    let mut counts: Vec<u32> = edges
        .into_iter()
        .flat_map(|edge| [edge.saturating_sub(1), edge, edge + 1])
        .collect();
    counts.sort();
    counts.dedup();
    counts
}

/// The ranges a count can only be placed in by the CPAM (the avenant-7-era median, 850 to 900).
pub fn uncertain_ranges() -> Vec<std::ops::Range<u32>> {
    let mut ranges = Vec::new();
    for version in versions::ALL {
        let thresholds = &version.thresholds;
        for floor in [
            thresholds.p30,
            thresholds.p50,
            thresholds.p70,
            thresholds.p90,
            thresholds.p95,
        ] {
            if let Threshold::Range { from, to } = floor.value {
                ranges.push(from..to);
            }
        }
    }
    ranges.sort_by_key(|range| range.start);
    ranges.dedup();
    ranges
}

/// A patient count: on a threshold ±1 most of the time, inside an uncertain range often, anywhere a
/// doctor could be otherwise, and now and then anything the link accepts.
pub fn count() -> BoxedStrategy<u32> {
    let uncertain: Vec<BoxedStrategy<u32>> = uncertain_ranges()
        .into_iter()
        .map(|range| (range).boxed())
        .collect();
    prop_oneof![
        6 => select(threshold_counts()),
        2 => proptest::strategy::Union::new(uncertain),
        2 => 0u32..=3_000,
        1 => 0..=MAX_COUNT,
    ]
    .boxed()
}

/// A day `years` earlier (29 February falls on the 28th), for signatures whose anniversary falls
/// on a boundary.
fn years_before(date: Date, years: u16) -> Date {
    let year = date.year() - years;
    Date::ymd(
        year,
        date.month(),
        date.day().min(days_in_month(year, date.month())),
    )
}

/// The days on which some version changes its answer (a text starts or ends, an option closes or
/// opens, an amount table or a bonus starts), each with the day before and after; and the
/// signatures whose 1st to 4th anniversary falls on an amount table's start.
pub fn boundary_dates() -> Vec<Date> {
    let mut edges = Vec::new();
    for version in versions::ALL {
        edges.push(version.signed_from);
        edges.extend(version.signed_until);
        edges.extend(version.eligibility.third_time_closed_from.value);
        if let FullTimeAccess::OnlyInZip {
            alone_in_zac: Some(opening),
        } = version.eligibility.full_time.value
        {
            edges.push(opening.from);
        }
    }
    for rules in versions::COLLECTIVE {
        edges.push(rules.junior_bonus.value.0);
    }
    for table in versions::AMOUNT_TABLES {
        edges.push(table.applies_from);
        edges.extend((1..=4).map(|years| years_before(table.applies_from, years)));
    }
    let mut dates: Vec<Date> = edges
        .into_iter()
        .flat_map(|edge| [edge.previous_day(), Some(edge), edge.next_day()])
        .flatten()
        .collect();
    dates.sort();
    dates.dedup();
    dates
}

pub fn date_between(first_year: u16, last_year: u16) -> impl Strategy<Value = Date> {
    (first_year..=last_year, 1u8..=12, 1u8..=31).prop_map(|(year, month, day)| {
        // Clamp to the month's length so every draw is a real date.
        Date::ymd(year, month, day.min(days_in_month(year, month)))
    })
}

/// A signature date: on a boundary most of the time, otherwise any day of the texts' years.
pub fn signature() -> BoxedStrategy<Date> {
    prop_oneof![
        3 => select(boundary_dates()),
        2 => date_between(2019, 2031),
    ]
    .boxed()
}

pub fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    select(all)
}

/// Mostly the answer a doctor who can sign gives, sometimes the other.
fn mostly(value: bool, weight: u32) -> BoxedStrategy<bool> {
    prop_oneof![weight => Just(value), 1 => Just(!value)].boxed()
}

fn sector() -> BoxedStrategy<Sector> {
    prop_oneof![
        6 => Just(Sector::One),
        3 => Just(Sector::TwoOptam),
        1 => Just(Sector::Two),
        1 => Just(Sector::NotContracted),
    ]
    .boxed()
}

fn quotity() -> BoxedStrategy<Quotity> {
    prop_oneof![
        2 => Just(Quotity::Third),
        4 => Just(Quotity::Half),
        4 => Just(Quotity::Full),
        1 => Just(Quotity::OneAndHalf),
        1 => Just(Quotity::Two),
    ]
    .boxed()
}

/// A stated band: unknown two times in three for a GP (the count places them), one in three for
/// another specialty (only the CPAM's band places them).
fn stated_band(gp: bool) -> BoxedStrategy<Option<Band>> {
    let (unknown, known) = if gp { (2, 1) } else { (1, 2) };
    prop_oneof![unknown => Just(None), known => pick(Band::ALL).prop_map(Some)].boxed()
}

/// A share of clinical fees around the 80 % line, or anywhere.
fn clinical_share() -> BoxedStrategy<Percent> {
    prop_oneof![select(vec![799u32, 800, 801]), 0u32..=1000,]
        .prop_map(|tenths| Percent::points(Decimal::new(i64::from(tenths), 1)))
        .boxed()
}

/// An individual contract, every question answered (yes/no questions included), for GPs or for
/// the other specialties.
fn answered_individual(gp: bool) -> BoxedStrategy<Situation> {
    let others: Vec<Specialty> = Specialty::ALL
        .iter()
        .copied()
        .filter(|s| !s.is_general_practice())
        .collect();
    let specialty = if gp {
        Just(Specialty::GeneralPractice).boxed()
    } else {
        select(others).boxed()
    };
    let who = (
        specialty,
        sector(),
        count(),
        proptest::option::of(count()),
        stated_band(gp),
        quotity(),
        signature(),
        clinical_share(),
        prop_oneof![4 => 25u8..=64, 1 => 64u8..=67, 1 => 67u8..=90],
    );
    let flags = (
        mostly(false, 4), // newly installed
        any::<bool>(),    // in a ZIP
        any::<bool>(),    // in a ZAC
        mostly(true, 3),  // group practice
        mostly(true, 3),  // coordinated practice
        mostly(true, 2),  // objectives met
        mostly(false, 6), // disability
        mostly(false, 6), // mixed activity
        mostly(false, 5), // many children
    );
    let later = (
        signature(),
        proptest::option::of(count()),
        proptest::option::of(count()),
    );
    (who, flags, later)
        .prop_map(|(who, flags, later)| {
            let gp = who.0.is_general_practice();
            Situation {
                specialty: Some(who.0),
                sector: Some(who.1),
                // A GP is measured by the patientèle médecin traitant, everyone else by the file active.
                pmt: gp.then_some(who.2),
                fa: if gp { who.3 } else { Some(who.2) },
                stated_band: who.4,
                quotity: Some(who.5),
                signature: Some(who.6),
                clinical_share: Some(who.7),
                age: Some(who.8),
                newly_installed: Some(flags.0),
                in_zip: Some(flags.1),
                in_zac: Some(flags.2),
                group_practice: Some(flags.3),
                coordinated_practice: Some(flags.4),
                objectives_met: Some(flags.5),
                disability: Some(flags.6),
                mixed_activity: Some(flags.7),
                many_children: Some(flags.8),
                first_contract_signed: who.5.is_second_assistant().then_some(later.0),
                pmt_year3: later.1,
                fa_year3: later.2,
                ..Situation::default()
            }
        })
        .boxed()
}

/// A GP's individual contract, every question answered.
pub fn answered_gp() -> BoxedStrategy<Situation> {
    answered_individual(true)
}

/// Another specialty's individual contract, every question answered.
pub fn answered_specialist() -> BoxedStrategy<Situation> {
    answered_individual(false)
}

/// A GP alone in a ZAC asking 1 ETP under the avenant-7-era rules, with a count near or inside the
/// median range: the route only the median (a range, known to the CPAM) decides.
pub fn alone_in_a_zac() -> BoxedStrategy<Situation> {
    let opening_dates: Vec<Date> = versions::INDIVIDUAL
        .iter()
        .filter_map(|version| match version.eligibility.full_time.value {
            FullTimeAccess::OnlyInZip {
                alone_in_zac: Some(opening),
            } => Some((opening.from, version.signed_until?)),
            _ => None,
        })
        .flat_map(|(from, until)| [from, until])
        .collect();
    let near_the_median = uncertain_ranges()
        .into_iter()
        .map(|range| (range.start.saturating_sub(10)..range.end + 10).boxed())
        .collect::<Vec<_>>();
    (
        answered_gp(),
        proptest::strategy::Union::new(near_the_median),
        select(opening_dates),
        0u32..600,
    )
        .prop_map(|(gp, pmt, edge, days)| {
            let signature = edge
                .add_days(days)
                .filter(opening_dates_contain)
                .unwrap_or(edge);
            Situation {
                pmt: Some(pmt),
                quotity: Some(Quotity::Full),
                in_zac: Some(true),
                in_zip: Some(false),
                group_practice: Some(false),
                signature: Some(signature),
                ..gp
            }
        })
        .boxed()
}

/// Whether a day falls under a text that opens the ZAC route.
fn opening_dates_contain(day: &Date) -> bool {
    versions::individual_for(*day).is_some_and(|version| {
        matches!(
            version.eligibility.full_time.value,
            FullTimeAccess::OnlyInZip { alone_in_zac: Some(opening) } if *day >= opening.from
        )
    })
}

/// A group's collective contract, every question answered.
pub fn answered_collective() -> BoxedStrategy<Situation> {
    let collective_from = versions::COLLECTIVE[0].version.signed_from;
    (
        prop_oneof![9 => Just(Specialty::GeneralPractice), 1 => pick(Specialty::ALL)],
        sector(),
        1u32..=8,
        count(),
        proptest::option::of(count()),
        1u32..=20,
        0u32..=8,
        mostly(false, 3),
        prop_oneof![3 => select(boundary_dates()), 1 => date_between(collective_from.year(), 2031)],
        proptest::option::of(count()),
    )
        .prop_map(
            |(specialty, sector, members, pmt, fa, halves, juniors, site, signature, pmt3)| {
                Situation {
                    specialty: Some(specialty),
                    sector: Some(sector),
                    collective_members: Some(members),
                    pmt: Some(pmt),
                    fa,
                    collective_fte: Some(HalfFte(halves)),
                    junior_hosts: Some(juniors),
                    training_site: Some(site),
                    signature: Some(signature),
                    pmt_year3: pmt3,
                    ..Situation::default()
                }
            },
        )
        .boxed()
}

/// A situation as a doctor who answered everything has it: mostly GPs, as the users are.
pub fn answered() -> BoxedStrategy<Situation> {
    prop_oneof![
        6 => answered_gp(),
        3 => answered_specialist(),
        1 => answered_collective(),
    ]
    .boxed()
}

/// A contract under way: answered, with the contract's targets now and then, today's counts often,
/// and the day it is looked at, from its signature to eight years on.
pub fn running_contract() -> BoxedStrategy<(Situation, Date)> {
    (
        prop_oneof![3 => answered_gp(), 1 => answered_specialist()],
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(count()),
        proptest::option::of(0u32..400),
        prop_oneof![0u32..730, 730u32..3_000],
    )
        .prop_map(
            |(answered, target_pmt, target_fa, pmt_today, fa_today, read_before, days)| {
                let signature = answered.signature.unwrap_or(Date::ymd(2024, 1, 1));
                let today = signature.add_days(days).unwrap_or(signature);
                let situation = Situation {
                    tracking: Some(true),
                    contract_target_pmt: target_pmt,
                    contract_target_fa: target_fa,
                    pmt_today,
                    fa_today,
                    counts_read_on: read_before
                        .and_then(|back| (0..back).try_fold(today, |day, _| day.previous_day())),
                    ..answered
                };
                (situation, today)
            },
        )
        .boxed()
}
