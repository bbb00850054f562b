//! The assistant's net cost per contract year: salary and employer charges, minus the aid. Indicative:
//! the salary default is the collective agreement's minimum, the charges rate our estimate.

use super::amounts::AidSchedule;
use super::explain::Explanation;
use super::versions::common::{EMPLOYER_CHARGES, SALARY_GRID};
use crate::format;
use crate::percent::Percent;
use crate::situation::{HalfFte, Quotity, Situation};
use rust_decimal::{Decimal, RoundingStrategy};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearCost {
    pub year: u32,
    /// Salary and charges for the year, at the financed working time.
    pub employer_cost: Decimal,
    /// The aid counted: the year-3 estimate when the what-if is filled, else the amount (a ceiling from year 3).
    pub aid: Decimal,
    /// Cost minus aid: negative when the aid exceeds the cost.
    pub net: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetCost {
    pub years: Vec<YearCost>,
    pub monthly_salary: Decimal,
    pub charges: Percent,
    pub why: Explanation,
}

/// `None` for the second-assistant options, whose aid is unpublished.
pub fn net_cost(situation: &Situation, quotity: Quotity, aid: &AidSchedule) -> Option<NetCost> {
    if quotity.is_second_assistant() {
        return None;
    }
    financed(situation, quotity.full_time_share(), quotity.label(), aid)
}

/// The same for a group's assistants, `fte` full-time equivalents in all.
pub fn group_net_cost(situation: &Situation, fte: HalfFte, aid: &AidSchedule) -> Option<NetCost> {
    financed(
        situation,
        fte.as_decimal(),
        &format!("{} ETP", fte.french()),
        aid,
    )
}

/// Salary and charges of `share` of a full-time assistant, minus the aid, year by year.
fn financed(
    situation: &Situation,
    share: Decimal,
    time: &str,
    aid: &AidSchedule,
) -> Option<NetCost> {
    if aid.years().is_empty() {
        return None;
    }
    let salary = situation.monthly_salary.unwrap_or(SALARY_GRID.value.lowest);
    let charges = situation.employer_charges.unwrap_or(EMPLOYER_CHARGES.value);
    let yearly = salary * Decimal::from(12) * share * (Decimal::ONE + charges.rate());
    let employer_cost = yearly.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    let years = aid
        .years()
        .iter()
        .map(|year| {
            let aid = year.modulated.as_ref().map_or(year.amount, |m| m.amount);
            YearCost {
                year: year.year,
                employer_cost,
                aid,
                net: employer_cost - aid,
            }
        })
        .collect();
    let mut why = Explanation::new(format!(
        "Coût employeur = salaire brut mensuel × 12 × temps financé × (1 + charges) = {} × 12 × {} × (1 + {}) = {} par an ; \
         coût net = coût employeur − aide de l'année. Indicatif : hors treizième mois, primes et frais de formation.",
        format::euros_cents(salary),
        time,
        charges.french(),
        format::euros(employer_cost)
    ))
    .input("Salaire brut mensuel à temps plein", format::euros_cents(salary))
    .input("Charges patronales", charges.french());
    why = match situation.monthly_salary {
        Some(_) => why.note("Salaire saisi par vous."),
        None => why.rests_on(&SALARY_GRID).note(format!(
            "Salaire minimum de la grille au {}.",
            SALARY_GRID.value.on.french()
        )),
    };
    why = match situation.employer_charges {
        Some(_) => why.note("Taux de charges saisi par vous."),
        None => why.rests_on(&EMPLOYER_CHARGES),
    };
    Some(NetCost {
        years,
        monthly_salary: salary,
        charges,
        why,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::rules::evaluate;
    use crate::situation::{Sector, Specialty};

    fn gp(quotity: Quotity) -> Situation {
        Situation {
            specialty: Some(Specialty::GeneralPractice),
            sector: Some(Sector::One),
            pmt: Some(1_300),
            quotity: Some(quotity),
            signature: Some(Date::ymd(2025, 3, 1)),
            ..Situation::default()
        }
    }

    fn costs(situation: &Situation) -> Vec<(Decimal, Decimal)> {
        let outcome = evaluate(situation);
        let aid = &outcome.primary().expect("a scenario").aid;
        net_cost(situation, situation.quotity.expect("an option"), aid)
            .expect("a cost")
            .years
            .iter()
            .map(|y| (y.employer_cost, y.net))
            .collect()
    }

    #[test]
    fn full_time_at_the_minimum_salary_and_default_charges() {
        // 1 815,79 × 12 = 21 789,48 ; × 1,42 = 30 941,06 → 30 941 € a year.
        let years = costs(&gp(Quotity::Full));
        assert_eq!(
            years[0],
            (Decimal::from(30_941), Decimal::from(30_941 - 38_000))
        );
        assert_eq!(
            years[1],
            (Decimal::from(30_941), Decimal::from(30_941 - 28_000))
        );
        assert_eq!(
            years[2],
            (Decimal::from(30_941), Decimal::from(30_941 - 22_000))
        );
    }

    #[test]
    fn half_time_with_the_doctors_own_salary_and_rate() {
        // 2 000 × 12 × 0,5 × 1,25 = 15 000 € a year.
        let situation = Situation {
            monthly_salary: Some(Decimal::from(2_000)),
            employer_charges: Some(Percent::new(25, 0)),
            ..gp(Quotity::Half)
        };
        let years = costs(&situation);
        assert_eq!(
            years[0],
            (Decimal::from(15_000), Decimal::from(15_000 - 19_000))
        );
        assert_eq!(
            years[4],
            (Decimal::from(15_000), Decimal::from(15_000 - 11_000))
        );
    }

    #[test]
    fn the_year_3_estimate_counts_when_given() {
        let situation = Situation {
            pmt_year3: Some(1_430),
            ..gp(Quotity::Full)
        };
        let years = costs(&situation);
        // Half the objective reached: 11 000 € estimated instead of 22 000 €.
        assert_eq!(years[2].1, Decimal::from(30_941 - 11_000));
    }

    #[test]
    fn no_cost_for_an_unpublished_aid() {
        let situation = gp(Quotity::Two);
        let outcome = evaluate(&situation);
        assert!(net_cost(
            &situation,
            Quotity::Two,
            &outcome.primary().expect("scenario").aid
        )
        .is_none());
    }
}
