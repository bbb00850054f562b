//! The aid for each contract year. Contract year n runs from the (n−1)-th anniversary of the signature
//! to the day before the n-th. Its amount comes from the table in force on the day it starts: this is
//! how a running contract is revalued from its first anniversary on or after a new table.

use super::explain::Explanation;
use super::facts::Status;
use super::model::{AmountRow, GpThresholds, RuleVersion};
use super::sources;
use super::versions::{self, common};
use crate::date::Date;
use crate::format;
use crate::situation::{Band, Quotity};
use rust_decimal::Decimal;

/// Years shown: the length of a contract. It is renewable and the aid permanent, so year 6 onwards
/// pays as year 5.
pub const YEARS_SHOWN: u32 = common::CONTRACT_YEARS.value;
/// From this year the amount is a ceiling, paid according to the objective's achievement.
pub const FIRST_MODULATED_YEAR: u32 = common::FIRST_MODULATED_YEAR.value;

/// The part of the band that changes the amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AidBand {
    Standard,
    /// P90 to P95: a higher amount from year 3.
    P90To95,
    /// P95 and above: the year-1 amount every year.
    P95Plus,
}

impl AidBand {
    pub fn of(band: Option<Band>) -> AidBand {
        match band {
            Some(Band::P95Plus) => AidBand::P95Plus,
            Some(Band::P90To95) => AidBand::P90To95,
            _ => AidBand::Standard,
        }
    }
}

/// How the band was known, which decides how sure a band-dependent amount is.
#[derive(Clone, Copy, Debug)]
pub enum BandBasis {
    /// Given by the CPAM (the doctor's answer), or assumed for one scenario of several.
    Stated,
    /// Computed from the patientèle with these thresholds.
    Counted(&'static GpThresholds),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearAid {
    pub year: u32,
    pub starts: Date,
    pub ends: Date,
    /// The amount; from year 3, a ceiling.
    pub amount: Decimal,
    /// A contract signed before the 2024 revaluation, paid the revalued amounts this year.
    pub revalued: bool,
    /// Estimated aid once the year-3 counts are known (what-if), year 3 only.
    pub modulated: Option<Modulated>,
    pub why: Explanation,
}

impl YearAid {
    pub fn is_ceiling(&self) -> bool {
        self.year >= FIRST_MODULATED_YEAR
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Modulated {
    /// Share of the ceiling paid, from 0 to 100 %.
    pub rate: crate::percent::Percent,
    pub amount: Decimal,
    pub why: Explanation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AidSchedule {
    Known {
        years: Vec<YearAid>,
    },
    /// Not published (second assistant), or past the dates we can count.
    Unknown {
        why: Explanation,
    },
    /// The option takes no new contract at that date.
    NotOffered {
        why: Explanation,
    },
}

impl AidSchedule {
    pub fn years(&self) -> &[YearAid] {
        match self {
            AidSchedule::Known { years } => years,
            _ => &[],
        }
    }

    /// The ceilings of years 1 to 5 added up.
    pub fn total(&self) -> Option<Decimal> {
        match self {
            AidSchedule::Known { years } => Some(years.iter().map(|y| y.amount).sum()),
            _ => None,
        }
    }
}

/// The aid of each contract year for an option signed on a date: years 1 to 5 (a contract's length).
pub fn schedule(
    signature: Date,
    quotity: Quotity,
    band: Option<Band>,
    basis: BandBasis,
    version: &'static RuleVersion,
) -> AidSchedule {
    if quotity.is_second_assistant() {
        return AidSchedule::Unknown {
            why: Explanation::new(
                "Les montants de l'aide pour un second assistant (1,5 ou 2 ETP) ne sont pas publiés : \
                 votre CPAM les fixe.",
            )
            .version(version)
            .source(&sources::S4_AMELI_SIMULATEUR)
            .with_status(Status::Unknown),
        };
    }
    let contract = Contract {
        signature,
        quotity,
        band,
        basis,
        version,
    };
    let years: Result<Vec<YearAid>, AidSchedule> =
        (1..=YEARS_SHOWN).map(|year| contract.year(year)).collect();
    match years {
        Ok(years) => AidSchedule::Known { years },
        Err(schedule) => schedule,
    }
}

/// What one contract year's aid depends on: the option signed on a date, in a band.
pub struct Contract {
    pub signature: Date,
    pub quotity: Quotity,
    pub band: Option<Band>,
    pub basis: BandBasis,
    pub version: &'static RuleVersion,
}

impl Contract {
    /// The aid of contract year `year`, any year: the contract is renewable and the aid permanent,
    /// so a year past the fifth pays as the later years do. Long because it follows the amounts
    /// paragraph case by case (the table of the year's start, the band, the revaluation, the
    /// ceiling from year 3); split, the order of those cases would be lost. `Err` is what the whole
    /// schedule then is (a date too far to count, an option closed to new contracts).
    pub fn year(&self, year: u32) -> Result<YearAid, AidSchedule> {
        let Contract {
            signature,
            quotity,
            band,
            basis,
            version,
        } = *self;
        let aid_band = AidBand::of(band);
        let (starts, ends) =
            contract_year(signature, year).ok_or_else(|| too_far(signature, version))?;
        let table = versions::amounts_for(starts).ok_or_else(|| too_far(signature, version))?;
        let row = table
            .row(quotity)
            .ok_or_else(|| too_far(signature, version))?;
        let Some((amount, what)) = amount_of(row, year, aid_band) else {
            return Err(AidSchedule::NotOffered {
                why: Explanation::new(format!(
                    "{} ne prend plus de nouveau contrat : pas de montant de 1re année dans les {}.",
                    quotity.label(),
                    table.name
                ))
                .version(version)
                .source(table.source),
            });
        };
        // A later table than the one in force at signature: a running contract, revalued.
        let revalued =
            versions::amounts_for(signature).is_some_and(|first| !std::ptr::eq(first, table));
        let mut why = Explanation::new(format!(
            "Année {year} du contrat, du {} au {} : {} pour {}, {what}.",
            starts.french(),
            ends.french(),
            format::euros(amount),
            quotity.label()
        ))
        .version(version)
        .input("Option", quotity.label())
        .input("Début de l'année de contrat", starts.french())
        .input("Barème", table.name)
        .source(table.source)
        .with_status(table.status);
        if let (true, Some(revaluation)) = (revalued, table.revaluation) {
            why = why.note(format!(
                "Cette année de contrat commence le {} ou après : elle bénéficie de la {revaluation}, \
                 comme toutes les suivantes.",
                table.applies_from.french()
            ));
        }
        if year >= FIRST_MODULATED_YEAR {
            why = why
                .note(format!(
                    "À partir de la {FIRST_MODULATED_YEAR}e année, ce montant est un plafond : il est \
                     versé selon l'atteinte de l'objectif de patientèle."
                ))
                .rests_on(&common::FIRST_MODULATED_YEAR);
        }
        if let Some(band) = band {
            why = why.input("Bande", band.label());
        }
        if let BandBasis::Counted(thresholds) = basis {
            // A threshold counts only where crossing it changes this year's amount: the year-1
            // amount is the P95 amount, so it rests on no threshold at all.
            let amount_in = |band| amount_of(row, year, band).map(|(amount, _)| amount);
            if amount_in(AidBand::P95Plus) != amount_in(AidBand::Standard) {
                why = why.rests_on(&thresholds.p95);
            }
            if amount_in(AidBand::P90To95) != amount_in(AidBand::Standard) {
                why = why.rests_on(&thresholds.p90);
            }
        }
        Ok(YearAid {
            year,
            starts,
            ends,
            amount,
            revalued,
            modulated: None,
            why,
        })
    }
}

/// First and last day of contract year `year` (1-based).
pub fn contract_year(signature: Date, year: u32) -> Option<(Date, Date)> {
    let starts = signature.add_years(year.checked_sub(1)?)?;
    let ends = signature.add_years(year)?.previous_day()?;
    Some((starts, ends))
}

fn amount_of(row: &AmountRow, year: u32, band: AidBand) -> Option<(Decimal, &'static str)> {
    Some(match (band, year) {
        (AidBand::P95Plus, _) => (
            row.every_year_p95,
            "montant versé chaque année aux médecins au 95e percentile ou plus",
        ),
        (_, 1) => (row.first_year?, "montant de la 1re année"),
        (_, 2) => (row.second_year, "montant de la 2e année"),
        (AidBand::P90To95, _) => (
            row.later_years_p90,
            "montant à partir de la 3e année entre le 90e et le 95e percentile",
        ),
        (AidBand::Standard, _) => (row.later_years, "montant à partir de la 3e année"),
    })
}

fn too_far(signature: Date, version: &'static RuleVersion) -> AidSchedule {
    AidSchedule::Unknown {
        why: Explanation::new(format!(
            "Une signature le {} est trop lointaine pour que nous comptions les années de contrat.",
            signature.french()
        ))
        .version(version)
        .with_status(Status::Unknown),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::versions::{av7, conv2024};

    fn revalued_years(signature: Date, version: &'static RuleVersion) -> Vec<bool> {
        schedule(signature, Quotity::Half, None, BandBasis::Stated, version)
            .years()
            .iter()
            .map(|year| year.revalued)
            .collect()
    }

    #[test]
    fn the_total_adds_up_the_five_years() {
        let aid = schedule(
            Date::ymd(2025, 3, 1),
            Quotity::Full,
            Some(Band::P50To70),
            BandBasis::Stated,
            &conv2024::VERSION,
        );
        let years: Decimal = aid.years().iter().map(|year| year.amount).sum();
        assert_eq!(aid.total(), Some(years));
        assert_eq!(aid.total(), Some(Decimal::from(132_000)));
        let unknown = AidSchedule::Unknown {
            why: Explanation::new(""),
        };
        assert_eq!(unknown.total(), None);
    }

    #[test]
    fn only_a_running_contract_is_marked_revalued() {
        assert_eq!(
            revalued_years(Date::ymd(2025, 3, 1), &conv2024::VERSION),
            vec![false; 5]
        );
        assert_eq!(
            revalued_years(Date::ymd(2022, 9, 1), &av7::VERSION),
            vec![false, false, true, true, true]
        );
    }
}
