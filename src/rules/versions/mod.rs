//! The rule versions, one module per legal text, and the one lookup rule for dated data: newest
//! first, take the first whose start date is on or before the date asked. Nothing outside this
//! folder names a text or its dates: a new text is one module here (plus its case file).

pub mod av7;
pub mod coll2026;
pub mod common;
pub mod conv2024;
pub mod distribution_2021;
pub mod ra2023;

use super::model::{AmountTable, CollectiveRules, RuleVersion};
use crate::date::Date;

/// Individual contracts, oldest first.
pub static INDIVIDUAL: [&RuleVersion; 3] = [&av7::VERSION, &ra2023::VERSION, &conv2024::VERSION];

/// Collective contracts, oldest first.
pub static COLLECTIVE: [&CollectiveRules; 1] = [&coll2026::RULES];

/// Every version, for the barème.
pub static ALL: [&RuleVersion; 4] = [
    &av7::VERSION,
    &ra2023::VERSION,
    &conv2024::VERSION,
    &coll2026::VERSION,
];

/// Aid amounts by the start date of the contract year, oldest first.
pub static AMOUNT_TABLES: [&AmountTable; 2] = [&av7::AMOUNTS, &conv2024::AMOUNTS];

/// The version governing an individual contract signed on `signature`; `None` before the first.
pub fn individual_for(signature: Date) -> Option<&'static RuleVersion> {
    INDIVIDUAL
        .iter()
        .rev()
        .find(|version| version.signed_from <= signature)
        .copied()
}

/// The first version of all: no contract signed before it.
pub fn first() -> &'static RuleVersion {
    INDIVIDUAL[0]
}

/// The version in force on a given day, for questions asked before a date is known.
pub fn in_force(day: Date) -> &'static RuleVersion {
    individual_for(day).unwrap_or(first())
}

/// The collective contract signed on `signature`, or the first one when it is earlier (its
/// conditions then say the date is too early).
pub fn collective_for(signature: Option<Date>) -> &'static CollectiveRules {
    signature
        .and_then(|date| {
            COLLECTIVE
                .iter()
                .rev()
                .find(|rules| rules.version.signed_from <= date)
        })
        .copied()
        .unwrap_or(COLLECTIVE[0])
}

/// The amounts for a contract year that starts on `year_start`.
pub fn amounts_for(year_start: Date) -> Option<&'static AmountTable> {
    AMOUNT_TABLES
        .iter()
        .rev()
        .find(|table| table.applies_from <= year_start)
        .copied()
}

/// What a text changed from the one before, in a sentence: for the barème only.
pub fn changes(version: &RuleVersion) -> &'static str {
    match version.code {
        "av7" => av7::CHANGES,
        "ra2023" => ra2023::CHANGES,
        "conv2024" => conv2024::CHANGES,
        "coll2026" => coll2026::CHANGES,
        _ => "",
    }
}

/// The first individual version where something holds: "since which text".
pub fn first_where(holds: impl Fn(&RuleVersion) -> bool) -> Option<&'static RuleVersion> {
    INDIVIDUAL.iter().find(|version| holds(version)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_text_where_something_holds() {
        let second_assistant = first_where(|v| v.eligibility.second_assistant.is_some());
        assert_eq!(second_assistant.map(|v| v.code), Some("conv2024"));
        assert_eq!(first_where(|_| true).map(|v| v.code), Some("av7"));
        assert!(first_where(|_| false).is_none());
    }

    #[test]
    fn individual_versions_follow_each_other_without_gap_or_overlap() {
        for pair in INDIVIDUAL.windows(2) {
            let (earlier, later) = (pair[0], pair[1]);
            assert!(earlier.signed_from < later.signed_from);
            let until = earlier
                .signed_until
                .expect("only the last version is open-ended");
            assert_eq!(until.next_day(), Some(later.signed_from));
        }
        assert_eq!(INDIVIDUAL.last().and_then(|v| v.signed_until), None);
    }

    #[test]
    fn every_version_starts_strictly_after_the_previous_one() {
        for pair in ALL.windows(2) {
            assert!(
                pair[0].signed_from < pair[1].signed_from,
                "{}",
                pair[1].code
            );
        }
        for pair in AMOUNT_TABLES.windows(2) {
            assert!(pair[0].applies_from < pair[1].applies_from);
        }
    }

    #[test]
    fn versions_by_signature_date() {
        let at = |y, m, d| individual_for(Date::ymd(y, m, d)).map(|v| v.code);
        assert_eq!(at(2019, 8, 31), None);
        assert_eq!(at(2019, 9, 1), Some("av7"));
        assert_eq!(at(2023, 4, 30), Some("av7"));
        assert_eq!(at(2023, 5, 1), Some("ra2023"));
        assert_eq!(at(2024, 6, 21), Some("ra2023"));
        assert_eq!(at(2024, 6, 22), Some("conv2024"));
        assert_eq!(at(2029, 1, 1), Some("conv2024"));
    }

    #[test]
    fn every_version_was_checked_after_it_started() {
        for version in ALL {
            assert!(
                version.checked_on >= version.signed_from,
                "{}",
                version.code
            );
        }
    }

    #[test]
    fn every_version_says_what_it_changed() {
        for version in ALL {
            assert!(changes(version).len() > 40, "{}", version.code);
        }
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<_> = ALL.iter().map(|v| v.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), ALL.len());
    }
}
