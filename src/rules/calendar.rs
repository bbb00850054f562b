//! When each payment falls (secondary source S9): the first year's aid within the month that follows
//! the signature, a window rather than a calendar month (under avenant 7, 70 % within 15 days of
//! hiring), the second year's at the first anniversary, and from the third year two halves, whose
//! dates no source gives.

use super::amounts::{AidSchedule, FIRST_MODULATED_YEAR};
use super::explain::Explanation;
use super::model::{FirstPayment, RuleVersion};
use super::versions::common::{LATER_YEARS_IN_HALVES, SECOND_YEAR_AT_ANNIVERSARY};
use crate::date::Date;
use crate::format;
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum When {
    /// Between these two days: within the month that follows the signature.
    Within {
        from: Date,
        to: Date,
    },
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
            When::Within { from, to } => format!(
                "dans le mois qui suit la signature, entre le {} et le {}",
                from.french(),
                to.french()
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
    pub part: String,
    pub amount: Decimal,
    /// From year 3, the amount depends on the objective's achievement.
    pub is_ceiling: bool,
    pub why: Explanation,
}

/// Every payment of the contract, dated. Kept whole: it walks the years in order, and each year's
/// payments depend on the previous year's anniversary.
pub fn payments(signature: Date, version: &'static RuleVersion, aid: &AidSchedule) -> Vec<Payment> {
    let mut payments = Vec::new();
    for year in aid.years() {
        let why = Explanation::new("").version(version);
        let pay = |when, part: &str, amount: Decimal, why: Explanation, rule: String| Payment {
            contract_year: year.year,
            when,
            part: part.to_string(),
            amount,
            is_ceiling: year.is_ceiling(),
            why: Explanation { rule, ..why },
        };
        match year.year {
            1 => match version.first_payment.value {
                FirstPayment::WithinMonthAfterSigning => {
                    let within = When::Within {
                        from: signature,
                        to: signature.add_months(1).unwrap_or(signature),
                    };
                    payments.push(pay(
                        within,
                        "totalité",
                        year.amount,
                        why.rests_on(&version.first_payment),
                        "L'aide de la 1re année est versée en une fois, dans le mois qui suit la \
                         signature."
                            .to_string(),
                    ));
                }
                FirstPayment::ShareAfterHiring { share, days } => {
                    let first = year.amount * share.rate();
                    let why = why.rests_on(&version.first_payment);
                    payments.push(pay(
                        When::AfterHiring { days },
                        &share.french(),
                        first,
                        why.clone(),
                        format!(
                            "{} de l'aide de la 1re année dans les {days} jours suivant l'embauche.",
                            share.french()
                        ),
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
                why.rests_on(&SECOND_YEAR_AT_ANNIVERSARY),
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

    fn calendar(signature: Date) -> Vec<(When, String, Decimal)> {
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
    fn every_payment_says_its_rule() {
        for signature in [
            Date::ymd(2021, 3, 10),
            Date::ymd(2023, 9, 1),
            Date::ymd(2025, 3, 10),
        ] {
            let situation = Situation {
                specialty: Some(Specialty::GeneralPractice),
                pmt: Some(1_300),
                quotity: Some(Quotity::Half),
                signature: Some(signature),
                ..Situation::default()
            };
            let outcome = evaluate(&situation);
            let aid = &outcome.primary().expect("scenario").aid;
            for payment in payments(signature, outcome.version.expect("a version"), aid) {
                assert!(!payment.why.rule.is_empty(), "{payment:?}");
            }
        }
    }

    #[test]
    fn convention_2024_first_year_within_the_month_after_signing() {
        let payments = calendar(Date::ymd(2025, 3, 10));
        let within = When::Within {
            from: Date::ymd(2025, 3, 10),
            to: Date::ymd(2025, 4, 10),
        };
        assert_eq!(
            payments[0],
            (
                within.clone(),
                "totalité".to_string(),
                Decimal::from(38_000)
            )
        );
        assert_eq!(
            within.french(),
            "dans le mois qui suit la signature, entre le 10 mars 2025 et le 10 avril 2025"
        );
        assert_eq!(
            payments[1],
            (
                When::On(Date::ymd(2026, 3, 10)),
                "totalité".to_string(),
                Decimal::from(28_000)
            )
        );
        let year3 = (
            When::DuringYear {
                from: Date::ymd(2027, 3, 10),
                to: Date::ymd(2028, 3, 9),
            },
            "1re moitié".to_string(),
            Decimal::from(11_000),
        );
        assert_eq!(payments[2], year3);
        assert_eq!(payments.len(), 2 + 3 * 2);
    }

    #[test]
    fn avenant_7_first_year_70_percent_after_hiring() {
        let payments = calendar(Date::ymd(2021, 6, 1));
        assert_eq!(
            payments[0],
            (
                When::AfterHiring { days: 15 },
                "70\u{a0}%".to_string(),
                Decimal::from(25_200)
            )
        );
        assert_eq!(payments[1].1, "solde");
        assert_eq!(payments[1].2, Decimal::from(10_800));
        assert_eq!(
            payments[2],
            (
                When::On(Date::ymd(2022, 6, 1)),
                "totalité".to_string(),
                Decimal::from(27_000)
            )
        );
    }

    #[test]
    fn a_december_signature_is_paid_by_mid_january() {
        let payments = calendar(Date::ymd(2025, 12, 15));
        assert_eq!(
            payments[0].0,
            When::Within {
                from: Date::ymd(2025, 12, 15),
                to: Date::ymd(2026, 1, 15)
            }
        );
    }
}
