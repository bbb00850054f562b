//! When each payment falls (secondary source S9): the first year's aid the month after signing (under
//! avenant 7, 70 % within 15 days of hiring), the second year's at the first anniversary, and from the
//! third year two halves, whose dates no source gives.

use super::amounts::{AidSchedule, FIRST_MODULATED_YEAR};
use super::date::Date;
use super::explain::Explanation;
use super::facts::{sources, Fact};
use super::model::{FirstPayment, RuleVersion};
use crate::format;
use rust_decimal::Decimal;

/// From year 3, two payments of half the year's amount.
pub const LATER_YEARS_IN_HALVES: Fact<u32> = Fact::secondary(
    2,
    &sources::S9_DJIBE,
    "À partir de la 3e année, l'aide est versée en deux moitiés ; leurs dates ne sont pas publiées.",
);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum When {
    /// During the month starting on this date.
    Month(Date),
    On(Date),
    /// Within this many days of hiring the assistant (the simulator does not know that date).
    AfterHiring {
        days: u32,
    },
    /// No source gives the date: sometime during the contract year.
    DuringYear {
        from: Date,
        to: Date,
    },
}

impl When {
    pub fn french(&self) -> String {
        match self {
            When::Month(first) => format!(
                "en {} {}",
                super::date::FRENCH_MONTHS[usize::from(first.month() - 1)],
                first.year()
            ),
            When::On(date) => format!("le {date}"),
            When::AfterHiring { days } => format!("dans les {days} jours suivant l'embauche"),
            When::DuringYear { from, to } => format!(
                "entre le {} et le {} (date non publiée)",
                from.short_french(),
                to.short_french()
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payment {
    pub contract_year: u32,
    pub when: When,
    /// "totalité", "70 %", "solde", "1re moitié", "2e moitié".
    pub part: &'static str,
    pub amount: Decimal,
    /// From year 3, the amount depends on the objective's achievement.
    pub is_ceiling: bool,
    pub why: Explanation,
}

pub fn payments(signature: Date, version: &RuleVersion, aid: &AidSchedule) -> Vec<Payment> {
    let mut payments = Vec::new();
    for year in aid.years() {
        let why = Explanation::new("").version(version);
        let pay = |when, part, amount: Decimal, why: Explanation, rule: String| Payment {
            contract_year: year.year,
            when,
            part,
            amount,
            is_ceiling: year.is_ceiling(),
            why: Explanation { rule, ..why },
        };
        match year.year {
            1 => match version.first_payment.value {
                FirstPayment::MonthAfterSigning => {
                    let month = signature.first_of_next_month().unwrap_or(signature);
                    payments.push(pay(
                        When::Month(month),
                        "totalité",
                        year.amount,
                        why.rests_on(&version.first_payment),
                        "L'aide de la 1re année est versée en une fois, le mois suivant la signature.".to_string(),
                    ));
                }
                FirstPayment::ShareAfterHiring { percent, days } => {
                    let first = year.amount * Decimal::from(percent) / Decimal::ONE_HUNDRED;
                    let why = why.rests_on(&version.first_payment);
                    payments.push(pay(
                        When::AfterHiring { days },
                        "70 %",
                        first,
                        why.clone(),
                        format!("{percent} % de l'aide de la 1re année dans les {days} jours suivant l'embauche."),
                    ));
                    payments.push(pay(
                        When::DuringYear {
                            from: year.starts,
                            to: year.ends,
                        },
                        "solde",
                        year.amount - first,
                        why.note("La date du solde n'est pas publiée dans nos sources."),
                        "Le solde de l'aide de la 1re année.".to_string(),
                    ));
                }
            },
            2 => payments.push(pay(
                When::On(year.starts),
                "totalité",
                year.amount,
                why.source(&sources::S9_DJIBE)
                    .with_status(super::facts::Status::Secondary),
                "L'aide de la 2e année est versée à la date anniversaire du contrat.".to_string(),
            )),
            _ => {
                let half = year.amount / Decimal::TWO;
                let why = why.rests_on(&LATER_YEARS_IN_HALVES);
                for part in ["1re moitié", "2e moitié"] {
                    payments.push(pay(
                        When::DuringYear { from: year.starts, to: year.ends },
                        part,
                        half,
                        why.clone(),
                        format!(
                            "À partir de la {FIRST_MODULATED_YEAR}e année, deux versements de {} au plus, selon l'atteinte de l'objectif.",
                            format::euros(half)
                        ),
                    ));
                }
            }
        }
    }
    payments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::evaluate;
    use crate::situation::{Quotity, Sector, Situation, Specialty};

    fn calendar(signature: Date) -> Vec<(When, &'static str, Decimal)> {
        let situation = Situation {
            specialty: Some(Specialty::GeneralPractice),
            sector: Some(Sector::One),
            pmt: Some(1_300),
            quotity: Some(Quotity::Full),
            signature: Some(signature),
            group_practice: Some(true),
            coordinated_practice: Some(true),
            in_zip: Some(true),
            ..Situation::default()
        };
        let outcome = evaluate(&situation);
        let version = outcome.version.expect("a version");
        payments(
            signature,
            version,
            &outcome.primary().expect("scenario").aid,
        )
        .into_iter()
        .map(|p| (p.when, p.part, p.amount))
        .collect()
    }

    #[test]
    fn convention_2024_first_year_the_month_after_signing() {
        let payments = calendar(Date::ymd(2025, 3, 10));
        assert_eq!(
            payments[0],
            (
                When::Month(Date::ymd(2025, 4, 1)),
                "totalité",
                Decimal::from(38_000)
            )
        );
        assert_eq!(
            payments[1],
            (
                When::On(Date::ymd(2026, 3, 10)),
                "totalité",
                Decimal::from(28_000)
            )
        );
        let year3 = (
            When::DuringYear {
                from: Date::ymd(2027, 3, 10),
                to: Date::ymd(2028, 3, 9),
            },
            "1re moitié",
            Decimal::from(11_000),
        );
        assert_eq!(payments[2], year3);
        assert_eq!(payments.len(), 2 + 3 * 2);
        assert_eq!(When::Month(Date::ymd(2025, 4, 1)).french(), "en avril 2025");
    }

    #[test]
    fn avenant_7_first_year_70_percent_after_hiring() {
        let payments = calendar(Date::ymd(2021, 6, 1));
        assert_eq!(
            payments[0],
            (
                When::AfterHiring { days: 15 },
                "70 %",
                Decimal::from(25_200)
            )
        );
        assert_eq!(payments[1].1, "solde");
        assert_eq!(payments[1].2, Decimal::from(10_800));
        assert_eq!(
            payments[2],
            (
                When::On(Date::ymd(2022, 6, 1)),
                "totalité",
                Decimal::from(27_000)
            )
        );
    }

    #[test]
    fn december_signature_pays_in_january() {
        let payments = calendar(Date::ymd(2025, 12, 15));
        assert_eq!(payments[0].0, When::Month(Date::ymd(2026, 1, 1)));
    }
}
