//! The runner of a law (a property): 2 000 draws, a count of the draws that reached the assertion,
//! and a floor under it, so that a law that never meets the rule it guards fails.

#![allow(dead_code)] // each test file uses some of these

use super::generators::{boundary_dates, threshold_counts, uncertain_ranges};
use assistant_medical::date::Date;
use assistant_medical::situation::Situation;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError, TestRunner};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

pub const DRAWS: u32 = 2_000;

/// What a law says of one draw: its assertion held (`Reached`), or the draw did not meet the rule it
/// guards (`Skipped`). A failed assertion is an error.
pub enum Draw {
    Reached,
    Skipped,
}

pub fn reached_if(reached: bool) -> Result<Draw, TestCaseError> {
    Ok(if reached {
        Draw::Reached
    } else {
        Draw::Skipped
    })
}

/// Runs `check` over `DRAWS` draws of `strategy`; fails when `check` does, or when fewer than
/// `floor` draws reached its assertion. With `covers`, every threshold count ±1, every uncertain
/// range and every boundary date ±1 of the version files must also have been drawn in this run.
pub fn law<S>(
    name: &str,
    floor: u32,
    covers: bool,
    strategy: S,
    check: impl Fn(&Situation, &S::Value) -> Result<Draw, TestCaseError>,
    situation_of: impl Fn(&S::Value) -> &Situation,
) where
    S: Strategy,
{
    let reached = AtomicU32::new(0);
    let counts = Mutex::new(BTreeSet::new());
    let dates = Mutex::new(BTreeSet::new());
    let config = Config {
        cases: DRAWS,
        // Failing draws are kept beside this file, and replayed first on every run.
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/properties.proptest-regressions"
        )))),
        ..Config::default()
    };
    let result = TestRunner::new(config).run(&strategy, |value| {
        let situation = situation_of(&value);
        if let Ok(mut seen) = counts.lock() {
            seen.extend(situation.pmt);
        }
        if let Ok(mut seen) = dates.lock() {
            seen.extend(situation.signature);
        }
        if let Draw::Reached = check(situation, &value)? {
            reached.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{name}: {failure}");
    }
    let reached = reached.into_inner();
    println!("{name}: {reached} of {DRAWS} draws reached the assertion (floor {floor})");
    assert!(
        reached >= floor,
        "{name}: only {reached} of {DRAWS} draws reached the assertion (floor {floor})"
    );
    if covers {
        let counts = counts.into_inner().expect("counts");
        let missing: Vec<u32> = threshold_counts()
            .into_iter()
            .filter(|count| !counts.contains(count))
            .collect();
        assert!(
            missing.is_empty(),
            "{name}: counts never drawn: {missing:?}"
        );
        for range in uncertain_ranges() {
            let inside = counts.iter().filter(|c| range.contains(c)).count();
            assert!(inside >= 10, "{name}: {inside} draws in {range:?}");
        }
        let dates = dates.into_inner().expect("dates");
        let missing: Vec<String> = boundary_dates()
            .into_iter()
            .filter(|date| !dates.contains(date))
            .map(Date::iso)
            .collect();
        assert!(missing.is_empty(), "{name}: dates never drawn: {missing:?}");
    }
}

/// The same, for laws over one situation.
pub fn law_over(
    name: &str,
    floor: u32,
    covers: bool,
    strategy: BoxedStrategy<Situation>,
    check: impl Fn(&Situation) -> Result<Draw, TestCaseError>,
) {
    law(name, floor, covers, strategy, |s, _| check(s), |s| s);
}
