//! Options side by side: the same answers evaluated for each contract the doctor could choose. For
//! a group, the collective contract beside individual contracts for the same doctors (each at the
//! group's mean patientèle), so that both rows speak of the same people.

use super::cost;
use super::eligibility::Verdict;
use super::questions::options_open;
use super::{evaluate, Outcome};
use crate::situation::{HalfFte, Quotity, Situation, Specialty};
use rust_decimal::Decimal;

/// A contract one could sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Individual(Quotity),
    Collective(HalfFte),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionOutcome {
    pub choice: Choice,
    /// How many doctors the row's amounts are for: one contract, or one individual contract for
    /// each member of a group.
    pub doctors: u32,
    /// The answers the row was evaluated with.
    pub situation: Situation,
    pub outcome: Outcome,
}

impl OptionOutcome {
    fn times_doctors(&self, amount: Decimal) -> Decimal {
        amount * Decimal::from(self.doctors)
    }

    /// The aid of one contract year (index 0 is year 1), for all the row's doctors.
    pub fn year(&self, index: usize) -> Option<Decimal> {
        let year = self.outcome.primary()?.aid.years().get(index)?;
        Some(self.times_doctors(year.amount))
    }

    /// The five years' ceilings, for all the row's doctors.
    pub fn total(&self) -> Option<Decimal> {
        let total = self.outcome.primary()?.aid.total()?;
        Some(self.times_doctors(total))
    }

    /// Aid minus the assistants' cost over five years, for all the row's doctors (negative: a gain).
    pub fn net_total(&self) -> Option<Decimal> {
        let aid = &self.outcome.primary()?.aid;
        let net = match self.choice {
            Choice::Individual(quotity) => cost::net_cost(&self.situation, quotity, aid),
            Choice::Collective(fte) => cost::group_net_cost(&self.situation, fte, aid),
        }?;
        Some(self.times_doctors(net.years.iter().map(|y| y.net).sum()))
    }
}

/// The options the rules open at the signature date ([`options_open`]); the second-assistant ones
/// only when the doctor qualifies for them. For a group: its collective contract, then the same
/// doctors under individual contracts.
pub fn options(situation: &Situation) -> Vec<OptionOutcome> {
    match (situation.collective_fte, situation.collective_members) {
        (Some(fte), Some(members)) => {
            let mut rows = vec![OptionOutcome {
                choice: Choice::Collective(fte),
                doctors: 1,
                situation: situation.clone(),
                outcome: evaluate(situation),
            }];
            let one_doctor = Situation {
                specialty: Some(Specialty::GeneralPractice),
                collective_members: None,
                collective_fte: None,
                junior_hosts: None,
                training_site: None,
                ..situation.clone()
            };
            rows.extend(individual(&one_doctor, members));
            rows
        }
        _ if situation.is_collective() => Vec::new(),
        _ => individual(situation, 1),
    }
}

fn individual(situation: &Situation, doctors: u32) -> Vec<OptionOutcome> {
    options_open(situation)
        .into_iter()
        .map(|offer| {
            let situation = Situation {
                quotity: Some(offer.quotity),
                ..situation.clone()
            };
            OptionOutcome {
                choice: Choice::Individual(offer.quotity),
                doctors,
                outcome: evaluate(&situation),
                situation,
            }
        })
        .filter(|option| {
            let second = matches!(option.choice, Choice::Individual(q) if q.is_second_assistant());
            !second
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
    use crate::situation::Sector;

    fn gp(signature: Date) -> Situation {
        Situation {
            specialty: Some(Specialty::GeneralPractice),
            sector: Some(Sector::One),
            pmt: Some(1_300),
            signature: Some(signature),
            ..Situation::default()
        }
    }

    fn choices(options: &[OptionOutcome]) -> Vec<Choice> {
        options.iter().map(|o| o.choice).collect()
    }

    #[test]
    fn half_and_full_time_side_by_side() {
        let options = options(&gp(Date::ymd(2025, 3, 1)));
        assert_eq!(
            choices(&options),
            [
                Choice::Individual(Quotity::Half),
                Choice::Individual(Quotity::Full)
            ]
        );
        assert_eq!(options[0].year(0), Some(Decimal::from(19_000)));
        assert_eq!(options[1].year(0), Some(Decimal::from(38_000)));
    }

    #[test]
    fn third_time_only_for_contracts_signed_while_open() {
        let before = options(&gp(Date::ymd(2022, 3, 1)));
        assert_eq!(
            before.first().map(|o| o.choice),
            Some(Choice::Individual(Quotity::Third))
        );
        let after = options(&gp(Date::ymd(2023, 5, 1)));
        assert!(after
            .iter()
            .all(|o| o.choice != Choice::Individual(Quotity::Third)));
    }

    #[test]
    fn second_assistant_options_only_when_the_doctor_qualifies() {
        let plain = options(&gp(Date::ymd(2025, 3, 1)));
        assert_eq!(plain.len(), 2);
        let qualifies = Situation {
            in_zip: Some(true),
            first_contract_signed: Some(Date::ymd(2022, 1, 1)),
            objectives_met: Some(true),
            ..gp(Date::ymd(2025, 3, 1))
        };
        assert_eq!(
            choices(&options(&qualifies)),
            [
                Choice::Individual(Quotity::Half),
                Choice::Individual(Quotity::Full),
                Choice::Individual(Quotity::OneAndHalf),
                Choice::Individual(Quotity::Two)
            ]
        );
    }

    #[test]
    fn a_group_sees_its_collective_contract_beside_individual_ones_for_the_same_doctors() {
        let group = Situation {
            collective_members: Some(3),
            collective_fte: Some(HalfFte(4)),
            ..gp(Date::ymd(2026, 3, 1))
        };
        let options = options(&group);
        assert_eq!(
            choices(&options),
            [
                Choice::Collective(HalfFte(4)),
                Choice::Individual(Quotity::Half),
                Choice::Individual(Quotity::Full)
            ]
        );
        // The group's 2 ETP: 2 × 38 000; three doctors at 1 ETP each: 3 × 38 000.
        assert_eq!(options[0].year(0), Some(Decimal::from(76_000)));
        assert_eq!(options[2].year(0), Some(Decimal::from(114_000)));
        assert_eq!(options[2].doctors, 3);
        assert!(options[1..].iter().all(|o| !o.situation.is_collective()));
    }

    #[test]
    fn the_groups_doctors_compared_as_gps_without_the_groups_answers() {
        let group = Situation {
            specialty: None,
            collective_members: Some(3),
            collective_fte: Some(HalfFte(4)),
            junior_hosts: Some(1),
            training_site: Some(true),
            ..gp(Date::ymd(2026, 3, 1))
        };
        for row in &options(&group)[1..] {
            assert_eq!(row.situation.specialty, Some(Specialty::GeneralPractice));
            assert_eq!(row.situation.junior_hosts, None);
            assert_eq!(row.situation.training_site, None);
        }
    }

    #[test]
    fn a_group_not_yet_described_has_nothing_to_compare() {
        let members_only = Situation {
            collective_members: Some(3),
            ..gp(Date::ymd(2026, 3, 1))
        };
        assert!(options(&members_only).is_empty());
    }

    #[test]
    fn five_years_of_aid_and_of_net_cost_for_all_the_rows_doctors() {
        let group = Situation {
            collective_members: Some(3),
            collective_fte: Some(HalfFte(4)),
            ..gp(Date::ymd(2026, 3, 1))
        };
        for row in options(&group) {
            let years: Decimal = (0..5).filter_map(|i| row.year(i)).sum();
            assert_eq!(row.total(), Some(years), "{:?}", row.choice);
            assert!(row.net_total().is_some(), "{:?}", row.choice);
        }
        let full_time = |situation: &Situation| {
            options(situation)
                .into_iter()
                .find(|o| o.choice == Choice::Individual(Quotity::Full))
                .expect("1 ETP")
        };
        // One doctor at 1 ETP: 132 000 € of aid; 30 941 € a year of cost at the lowest salary.
        let one = full_time(&gp(Date::ymd(2026, 3, 1)));
        assert_eq!(one.total(), Some(Decimal::from(132_000)));
        assert_eq!(one.net_total(), Some(Decimal::from(5 * 30_941 - 132_000)));
        let three = full_time(&group);
        assert_eq!(three.total(), Some(Decimal::from(3 * 132_000)));
        assert_eq!(
            three.net_total(),
            Some(Decimal::from(3 * (5 * 30_941 - 132_000)))
        );
    }
}
