//! The yearly amounts and how the first year is paid.

use crate::date::Date;
use crate::percent::Percent;
use crate::rules::facts::{Source, Status};
use crate::situation::Quotity;
use rust_decimal::Decimal;

/// How the first contract year's aid is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstPayment {
    /// In full, within the month that follows the signature (a window, not a calendar month).
    WithinMonthAfterSigning,
    /// `share` within `days` days of hiring the assistant; the balance later.
    ShareAfterHiring { share: Percent, days: u32 },
}

/// The yearly amounts of one option, in euros.
#[derive(Clone, Copy, Debug)]
pub struct AmountRow {
    /// `None`: the option takes no new contracts under this table.
    pub first_year: Option<Decimal>,
    pub second_year: Decimal,
    pub later_years: Decimal,
    /// From year 3 when the patientèle at signature is between P90 and P95.
    pub later_years_p90: Decimal,
    /// Every year when the patientèle at signature is at P95 or more.
    pub every_year_p95: Decimal,
}

/// Aid amounts for contract years starting on or after `applies_from`.
#[derive(Debug)]
pub struct AmountTable {
    pub applies_from: Date,
    pub name: &'static str,
    /// For a table that revalues running contracts: what to call it ("la revalorisation de la
    /// convention 2024"). `None` for the first table.
    pub revaluation: Option<&'static str>,
    pub third: AmountRow,
    pub half: AmountRow,
    pub full: AmountRow,
    pub source: &'static Source,
    pub status: Status,
}

impl AmountTable {
    pub fn row(&self, quotity: Quotity) -> Option<&AmountRow> {
        match quotity {
            Quotity::Third => Some(&self.third),
            Quotity::Half => Some(&self.half),
            Quotity::Full => Some(&self.full),
            Quotity::OneAndHalf | Quotity::Two => None,
        }
    }
}
