//! The rule versions, one module per legal text, and the one lookup rule for dated data: newest
//! first, take the first whose start date is on or before the date asked.

pub mod av7;
pub mod coll2026;
pub mod conv2024;
pub mod ra2023;

use super::date::Date;
use super::model::{AmountTable, RuleVersion};

/// Individual contracts, oldest first.
pub static INDIVIDUAL: [&RuleVersion; 3] = [&av7::VERSION, &ra2023::VERSION, &conv2024::VERSION];

/// Every version, for the "rules in force" page.
pub static ALL: [&RuleVersion; 4] = [
    &av7::VERSION,
    &ra2023::VERSION,
    &conv2024::VERSION,
    &coll2026::VERSION,
];

/// Aid amounts by the start date of the contract year, oldest first.
pub static AMOUNT_TABLES: [&AmountTable; 2] = [&av7::AMOUNTS, &conv2024::AMOUNTS];

/// The version governing an individual contract signed on `signature`; `None` before 1 September 2019.
pub fn individual_for(signature: Date) -> Option<&'static RuleVersion> {
    INDIVIDUAL
        .iter()
        .rev()
        .find(|version| version.signed_from <= signature)
        .copied()
}

/// The amounts for a contract year that starts on `year_start`.
pub fn amounts_for(year_start: Date) -> Option<&'static AmountTable> {
    AMOUNT_TABLES
        .iter()
        .rev()
        .find(|table| table.applies_from <= year_start)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

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
                "{:?}",
                pair[1].id
            );
        }
        for pair in AMOUNT_TABLES.windows(2) {
            assert!(pair[0].applies_from < pair[1].applies_from);
        }
    }

    #[test]
    fn versions_by_signature_date() {
        let at = |y, m, d| individual_for(Date::ymd(y, m, d)).map(|v| v.id);
        use super::super::model::VersionId::*;
        assert_eq!(at(2019, 8, 31), None);
        assert_eq!(at(2019, 9, 1), Some(Av7));
        assert_eq!(at(2023, 4, 30), Some(Av7));
        assert_eq!(at(2023, 5, 1), Some(Ra2023));
        assert_eq!(at(2024, 6, 21), Some(Ra2023));
        assert_eq!(at(2024, 6, 22), Some(Conv2024));
        assert_eq!(at(2029, 1, 1), Some(Conv2024));
    }

    #[test]
    fn every_version_was_checked_after_it_started() {
        for version in ALL {
            assert!(
                version.checked_on >= version.signed_from,
                "{:?}",
                version.id
            );
        }
    }
}
