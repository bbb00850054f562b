//! Laws of a running contract (RULES.md §1, §5, §6), over contracts under way on a day: years 1
//! and 2 never reduced, a target from the contract never an estimate, no firm reduced figure from
//! year 3. Run with `--nocapture` to read how many draws reached each assertion.

mod generators;
mod law;

use assistant_medical::rules::amounts::FIRST_MODULATED_YEAR;
use assistant_medical::rules::facts::Status;
use assistant_medical::rules::objective::Measure;
use assistant_medical::rules::{tracking, versions};
use assistant_medical::situation::Situation;
use generators::running_contract;
use law::{law, reached_if, Draw};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rust_decimal::Decimal;

/// A law over running contracts drawn with the day they are looked at: `check` sees each one the
/// engine follows (drawn often enough: its own answers are complete); a contract it cannot follow
/// does not reach the assertion.
fn contract_law(
    name: &str,
    check: impl Fn(&Situation, &tracking::Tracking) -> Result<Draw, TestCaseError>,
) {
    law(
        name,
        500,
        false,
        running_contract(),
        |_, (situation, today)| match tracking::follow(situation, *today) {
            Ok(tracked) => check(situation, &tracked),
            Err(_) => reached_if(false),
        },
        |(situation, _)| situation,
    );
}

/// RULES.md §5, §6: years 1 and 2 are paid in full whatever happens; their amount is the table's,
/// never reduced, and their stake says so.
#[test]
fn years_1_and_2_are_never_reduced() {
    contract_law("years_1_and_2_are_never_reduced", |_, tracked| {
        if tracked.this_year.year >= FIRST_MODULATED_YEAR {
            return reached_if(false);
        }
        prop_assert!(
            matches!(tracked.stake, tracking::Stake::InFull { .. }),
            "{:?}",
            tracked.stake
        );
        let table = versions::amounts_for(tracked.this_year.starts)
            .and_then(|table| table.row(tracked.quotity))
            .map(|row| (row.first_year, row.second_year, row.every_year_p95));
        let Some((first, second, p95)) = table else {
            return reached_if(false);
        };
        let expected = if tracked.this_year.year == 1 {
            first
        } else {
            Some(second)
        };
        prop_assert!(
            Some(tracked.this_year.amount) == expected || tracked.this_year.amount == p95,
            "year {}: {} paid",
            tracked.this_year.year,
            tracked.this_year.amount
        );
        reached_if(true)
    });
}

/// RULES.md §1: a target the doctor gives from the contract decides, and is never shown as ours.
#[test]
fn a_target_from_the_contract_is_never_an_estimate() {
    contract_law(
        "a_target_from_the_contract_is_never_an_estimate",
        |situation, tracked| {
            let mut reached = false;
            for progress in &tracked.progress {
                let written = match progress.measure {
                    Measure::Pmt => situation.contract_target_pmt,
                    Measure::Fa => situation.contract_target_fa,
                };
                if let Some(written) = written {
                    prop_assert_eq!(progress.origin, tracking::Origin::Contract);
                    prop_assert_eq!(progress.goal_count(), Some(written));
                    prop_assert_ne!(progress.why.status, Status::Estimate);
                    reached = true;
                }
            }
            reached_if(reached)
        },
    );
}

/// RULES.md §5, §6: from year 3 no reduced figure is given as firm. The firm figure is the
/// ceiling (the table's); anything below it is our estimate, labelled, between nothing and it.
#[test]
fn from_year_3_no_reduced_figure_is_firm() {
    contract_law("from_year_3_no_reduced_figure_is_firm", |_, tracked| {
        let tracking::Stake::Modulated {
            ceiling, estimate, ..
        } = &tracked.stake
        else {
            return reached_if(false);
        };
        prop_assert_eq!(*ceiling, tracked.this_year.amount);
        if let Some(estimate) = estimate {
            prop_assert_eq!(estimate.why.status, Status::Estimate);
            prop_assert!(estimate.amount >= Decimal::ZERO && estimate.amount <= *ceiling);
            prop_assert_eq!(estimate.ceiling, *ceiling);
        }
        reached_if(true)
    });
}
