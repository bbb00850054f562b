//! Laws the engine must obey over the whole input space (proptest).

use assistant_medical::date::Date;
use assistant_medical::percent::Percent;
use assistant_medical::rules::amounts::AidSchedule;
use assistant_medical::rules::eligibility::{CheckState, Verdict};
use assistant_medical::rules::evaluate;
use assistant_medical::rules::objective::{Goal, Measure};
use assistant_medical::situation::link::{self, MAX_COUNT, MAX_MEMBERS};
use assistant_medical::situation::{Band, HalfFte, Quotity, Sector, Situation, Specialty};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn date_between(first_year: u16, last_year: u16) -> impl Strategy<Value = Date> {
    (first_year..=last_year, 1u8..=12, 1u8..=31).prop_map(|(year, month, day)| {
        // Clamp to the month's length so every draw is a real date.
        let last = assistant_medical::date::days_in_month(year, month);
        Date::ymd(year, month, day.min(last))
    })
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

/// Situations as the link decoder can produce them (every value in its accepted range).
fn decodable_situation() -> impl Strategy<Value = Situation> {
    let who = (
        proptest::option::of(pick(Specialty::ALL)),
        proptest::option::of(pick(Sector::ALL)),
        proptest::option::of(0..=MAX_COUNT),
        proptest::option::of(0..=MAX_COUNT),
        proptest::option::of(pick(Band::ALL)),
        proptest::option::of(pick(Quotity::ALL)),
        proptest::option::of(date_between(2017, 2032)),
        proptest::option::of(
            (0u32..=1000).prop_map(|tenths| Percent::points(Decimal::new(i64::from(tenths), 1))),
        ),
        proptest::option::of(18u8..=110),
    );
    let flags = (
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
    );
    let cost = (
        proptest::option::of(
            (1i64..=2_000_000).prop_map(|cents| Decimal::new(cents, 2).normalize()),
        ),
        proptest::option::of(
            (0i64..=1000).prop_map(|tenths| Percent::points(Decimal::new(tenths, 1))),
        ),
    );
    let more = (
        proptest::option::of(date_between(2017, 2032)),
        proptest::option::of(1..=MAX_MEMBERS),
        proptest::option::of((1..=MAX_MEMBERS * 2).prop_map(HalfFte)),
        proptest::option::of(0..=MAX_MEMBERS),
        proptest::option::of(0..=MAX_COUNT),
        proptest::option::of(0..=MAX_COUNT),
    );
    (who, flags, more, cost).prop_map(|(who, flags, more, cost)| Situation {
        specialty: who.0,
        sector: who.1,
        pmt: who.2,
        fa: who.3,
        stated_band: who.4,
        quotity: who.5,
        signature: who.6,
        clinical_share: who.7,
        age: who.8,
        newly_installed: flags.0,
        in_zip: flags.1,
        in_zac: flags.2,
        group_practice: flags.3,
        coordinated_practice: flags.4,
        objectives_met: flags.5,
        disability: flags.6,
        mixed_activity: flags.7,
        many_children: flags.8,
        training_site: flags.9,
        first_contract_signed: more.0,
        collective_members: more.1,
        collective_fte: more.2,
        junior_hosts: more.3,
        pmt_year3: more.4,
        fa_year3: more.5,
        monthly_salary: cost.0,
        employer_charges: cost.1,
    })
}

/// Anything at all, far outside the link's ranges: the engine must still answer.
fn any_situation() -> impl Strategy<Value = Situation> {
    (
        decodable_situation(),
        any::<[Option<u32>; 7]>(),
        proptest::option::of(any::<u8>()),
        proptest::option::of(date_between(1900, 2199)),
    )
        .prop_map(|(mut situation, counts, age, far_date)| {
            situation.pmt = counts[0].or(situation.pmt);
            situation.fa = counts[1].or(situation.fa);
            situation.pmt_year3 = counts[2].or(situation.pmt_year3);
            situation.fa_year3 = counts[3].or(situation.fa_year3);
            situation.collective_members = counts[4].or(situation.collective_members);
            situation.collective_fte = counts[5].map(HalfFte).or(situation.collective_fte);
            situation.junior_hosts = counts[6].or(situation.junior_hosts);
            situation.age = age.or(situation.age);
            situation.signature = far_date.or(situation.signature);
            situation
        })
}

/// The percentage asked of a GP's patientèle médecin traitant, when it is one.
fn pmt_increase(situation: &Situation) -> Option<Percent> {
    let outcome = evaluate(situation);
    let target = outcome.primary()?.objective.target(Measure::Pmt)?.clone();
    match target.goal {
        Goal::Increase { rate, .. } => rate,
        Goal::Keep { start, floor } if start == floor => Some(Percent::ZERO),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn never_panics_and_is_deterministic(situation in any_situation()) {
        let first = evaluate(&situation);
        let second = evaluate(&situation);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn aid_is_never_negative_nor_above_the_years_ceiling(situation in any_situation()) {
        for scenario in evaluate(&situation).scenarios {
            for year in scenario.aid.years() {
                prop_assert!(year.amount >= Decimal::ZERO);
                if let Some(modulated) = &year.modulated {
                    prop_assert!(modulated.amount >= Decimal::ZERO, "{:?}", modulated);
                    prop_assert!(modulated.amount <= year.amount, "{:?} > {}", modulated, year.amount);
                    prop_assert!(modulated.rate >= Percent::ZERO && modulated.rate <= Percent::HUNDRED);
                }
            }
        }
    }

    /// RULES.md §1: an estimate or an unknown never decides a verdict alone. Every condition met or
    /// failed rests only on confirmed facts (C, C2) and answers; the rest is "to be confirmed".
    #[test]
    fn no_condition_is_decided_from_an_estimate_or_an_unknown(situation in any_situation()) {
        let outcome = evaluate(&situation);
        for check in &outcome.eligibility.checks {
            if matches!(check.state, CheckState::Met | CheckState::Failed) {
                prop_assert!(
                    check.why.is_firm(),
                    "« {} » is {:?} from a {:?} fact: {}",
                    check.title, check.state, check.why.status, check.why.rule
                );
            }
        }
        match outcome.verdict() {
            Verdict::Eligible => prop_assert!(outcome.eligibility.checks.iter().all(|c| c.state == CheckState::Met)),
            Verdict::Ineligible { .. } => prop_assert!(outcome
                .eligibility
                .checks
                .iter()
                .any(|c| c.state == CheckState::Failed && c.why.is_firm())),
            _ => {}
        }
    }

    #[test]
    fn links_round_trip(situation in decodable_situation()) {
        let encoded = link::encode(&situation);
        let decoded = link::decode(&encoded).expect("our own link is never refused");
        prop_assert!(decoded.issues.is_empty(), "{:?} from {}", decoded.issues, encoded);
        prop_assert_eq!(decoded.situation, situation);
    }

    #[test]
    fn a_bigger_patientele_never_needs_a_bigger_percentage(
        situation in decodable_situation(),
        smaller in 0..=5_000u32,
        extra in 0..=2_000u32,
    ) {
        let gp = Situation {
            specialty: Some(Specialty::GeneralPractice),
            collective_members: None,
            collective_fte: None,
            newly_installed: Some(false),
            ..situation
        };
        let small = Situation { pmt: Some(smaller), ..gp.clone() };
        let big = Situation { pmt: Some(smaller + extra), ..gp };
        if let (Some(small_rate), Some(big_rate)) = (pmt_increase(&small), pmt_increase(&big)) {
            prop_assert!(big_rate <= small_rate, "{:?} then {:?}", small_rate, big_rate);
        }
    }

    #[test]
    fn a_later_signature_never_pays_less_for_the_same_contract_year(
        situation in decodable_situation(),
        first in date_between(2019, 2030),
        later_by in 0u32..3_000,
    ) {
        let individual = Situation { collective_members: None, collective_fte: None, ..situation };
        let Some(later) = first.add_days(later_by) else { return Ok(()) };
        let early = evaluate(&Situation { signature: Some(first), ..individual.clone() });
        let late = evaluate(&Situation { signature: Some(later), ..individual });
        if let (Some(a), Some(b)) = (early.primary(), late.primary()) {
            if let (AidSchedule::Known { years: early_years }, AidSchedule::Known { years: late_years }) = (&a.aid, &b.aid) {
                if a.band == b.band {
                    for (early_year, late_year) in early_years.iter().zip(late_years) {
                        prop_assert!(late_year.amount >= early_year.amount);
                    }
                }
            }
        }
    }

    #[test]
    fn practising_in_a_zip_never_makes_a_doctor_less_eligible(situation in decodable_situation()) {
        let outside = evaluate(&Situation { in_zip: Some(false), ..situation.clone() });
        let inside = evaluate(&Situation { in_zip: Some(true), ..situation });
        if outside.verdict() == Verdict::Eligible {
            prop_assert_eq!(inside.verdict(), Verdict::Eligible);
        }
    }
}
