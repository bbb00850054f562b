//! Options side by side: the same answers evaluated for each working time the doctor could choose.

use super::eligibility::Verdict;
use super::questions::options_open;
use super::{evaluate, Outcome};
use crate::situation::{Quotity, Situation};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionOutcome {
    pub quotity: Quotity,
    pub outcome: Outcome,
}

/// The options the rules open at the signature date ([`options_open`]); the second-assistant ones
/// only when the doctor qualifies for them. Nothing for a collective contract (one ETP count).
pub fn options(situation: &Situation) -> Vec<OptionOutcome> {
    if situation.is_collective() {
        return Vec::new();
    }
    options_open(situation)
        .into_iter()
        .map(|offer| OptionOutcome {
            quotity: offer.quotity,
            outcome: evaluate(&Situation {
                quotity: Some(offer.quotity),
                ..situation.clone()
            }),
        })
        .filter(|option| {
            !option.quotity.is_second_assistant()
                || matches!(
                    option.outcome.verdict(),
                    Verdict::Eligible | Verdict::ToConfirm
                )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::situation::{Sector, Specialty};

    fn gp(signature: Date) -> Situation {
        Situation {
            specialty: Some(Specialty::GeneralPractice),
            sector: Some(Sector::One),
            pmt: Some(1_300),
            signature: Some(signature),
            ..Situation::default()
        }
    }

    fn first_years(options: &[OptionOutcome]) -> Vec<(Quotity, Option<rust_decimal::Decimal>)> {
        options
            .iter()
            .map(|o| {
                (
                    o.quotity,
                    o.outcome
                        .primary()
                        .and_then(|s| s.aid.years().first().map(|y| y.amount)),
                )
            })
            .collect()
    }

    #[test]
    fn half_and_full_time_side_by_side() {
        let options = options(&gp(Date::ymd(2025, 3, 1)));
        assert_eq!(
            first_years(&options),
            vec![
                (Quotity::Half, Some(rust_decimal::Decimal::from(19_000))),
                (Quotity::Full, Some(rust_decimal::Decimal::from(38_000)))
            ]
        );
    }

    #[test]
    fn third_time_only_for_contracts_signed_while_open() {
        let before = options(&gp(Date::ymd(2022, 3, 1)));
        assert_eq!(before.first().map(|o| o.quotity), Some(Quotity::Third));
        let after = options(&gp(Date::ymd(2023, 5, 1)));
        assert!(after.iter().all(|o| o.quotity != Quotity::Third));
    }

    #[test]
    fn second_assistant_options_only_when_the_doctor_qualifies() {
        let plain = options(&gp(Date::ymd(2025, 3, 1)));
        assert!(plain.iter().all(|o| !o.quotity.is_second_assistant()));
        let qualifies = Situation {
            in_zip: Some(true),
            first_contract_signed: Some(Date::ymd(2022, 1, 1)),
            objectives_met: Some(true),
            ..gp(Date::ymd(2025, 3, 1))
        };
        let quotities: Vec<_> = options(&qualifies).iter().map(|o| o.quotity).collect();
        assert_eq!(
            quotities,
            vec![
                Quotity::Half,
                Quotity::Full,
                Quotity::OneAndHalf,
                Quotity::Two
            ]
        );
    }
}
