//! What a legal text says about the aid, as data: the shape every rule version fills in.
//! The figures themselves live in `versions/`, one module per text.

use super::date::Date;
use super::facts::{Fact, Source, Status};
use crate::situation::{Band, Quotity, Sector, Specialty};
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VersionId {
    Av7,
    Ra2023,
    Conv2024,
    Coll2026,
}

#[derive(Debug)]
pub struct RuleVersion {
    pub id: VersionId,
    pub name: &'static str,
    pub legal_basis: &'static str,
    /// First signature date the version governs.
    pub signed_from: Date,
    /// Last signature date it governs; `None` while in force.
    pub signed_until: Option<Date>,
    /// When the figures were last compared with their sources.
    pub checked_on: Date,
    pub source: &'static Source,
    pub status: Status,
    pub eligibility: EligibilityRules,
    pub thresholds: GpThresholds,
    pub objective: ObjectiveRules,
    /// When the first year's aid is paid.
    pub first_payment: Fact<FirstPayment>,
}

/// How the first contract year's aid is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstPayment {
    /// In full, the month after signing.
    MonthAfterSigning,
    /// `percent` within `days` days of hiring the assistant; the balance later.
    ShareAfterHiring { percent: u32, days: u32 },
}

/// A version is its identity: two references to it are equal when they name the same text.
impl PartialEq for RuleVersion {
    fn eq(&self, other: &RuleVersion) -> bool {
        self.id == other.id
    }
}

impl Eq for RuleVersion {}

impl RuleVersion {
    pub fn governs(&self, signature: Date) -> bool {
        signature >= self.signed_from && self.signed_until.is_none_or(|until| signature <= until)
    }
}

/// "At least 775" or "more than 640": the comparison is part of the rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Threshold {
    pub count: u32,
    pub inclusive: bool,
}

impl Threshold {
    pub const fn at_least(count: u32) -> Threshold {
        Threshold {
            count,
            inclusive: true,
        }
    }

    pub const fn more_than(count: u32) -> Threshold {
        Threshold {
            count,
            inclusive: false,
        }
    }

    pub fn is_reached_by(self, count: u32) -> bool {
        if self.inclusive {
            count >= self.count
        } else {
            count > self.count
        }
    }

    /// "au moins 775", "plus de 640".
    pub fn french(self) -> String {
        let count = crate::format::count(self.count);
        if self.inclusive {
            format!("au moins {count}")
        } else {
            format!("plus de {count}")
        }
    }
}

/// The GP patientèle médecin traitant percentiles that set the bands.
#[derive(Clone, Copy, Debug)]
pub struct GpThresholds {
    pub p30: Fact<Threshold>,
    pub p50: Fact<Threshold>,
    pub p70: Fact<Threshold>,
    pub p90: Fact<Threshold>,
    pub p95: Fact<Threshold>,
    /// Median file active of GPs: the newly installed doctor's FA objective.
    pub fa_p50: Fact<u32>,
}

impl GpThresholds {
    /// Lower bound of each band above P30, in order.
    pub fn band_floors(&self) -> [(Band, Fact<Threshold>); 5] {
        [
            (Band::P30To50, self.p30),
            (Band::P50To70, self.p50),
            (Band::P70To90, self.p70),
            (Band::P90To95, self.p90),
            (Band::P95Plus, self.p95),
        ]
    }

    pub const fn demoted(self, note: &'static str) -> GpThresholds {
        GpThresholds {
            p50: self.p50.as_estimate(note),
            p70: self.p70.as_estimate(note),
            p90: self.p90.as_estimate(note),
            p95: self.p95.as_estimate(note),
            ..self
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum FullTimeAccess {
    Everywhere,
    /// 1 ETP only in a ZIP; `alone_in_zac_from`: avenant 8's opening to a GP alone in a ZAC with a
    /// patientèle at least at the median, for contracts signed from that date.
    OnlyInZip {
        alone_in_zac_from: Option<Date>,
    },
}

#[derive(Clone, Copy, Debug)]
pub struct SecondAssistantRules {
    /// Contract year the existing 1-ETP contract must have reached.
    pub from_contract_year: u32,
}

#[derive(Clone, Copy, Debug)]
pub struct EligibilityRules {
    /// Specialties that can never sign. `None`: the text's specialty matrix is not published.
    pub excluded_specialties: Fact<Option<&'static [Specialty]>>,
    /// Minimum share of clinical (non-CCAM) fees for surgeons, ENT and gynaecologists.
    /// `None`: unknown whether a minimum applied.
    pub clinical_fees_minimum: Fact<Option<Decimal>>,
    pub eligible_sectors: Fact<&'static [Sector]>,
    /// Group practice (two doctors or more), or practising alone in a ZIP.
    pub group_practice_required: Fact<bool>,
    /// Coordinated practice, or a commitment to join one within two years.
    pub coordination_required: Fact<bool>,
    pub newly_installed_exempt: Fact<bool>,
    /// 1/3 ETP closed to contracts signed from this date; `None` while open.
    pub third_time_closed_from: Fact<Option<Date>>,
    pub full_time: Fact<FullTimeAccess>,
    /// `None`: no second assistant under this version.
    pub second_assistant: Option<Fact<SecondAssistantRules>>,
    /// Disability, chronic illness or mixed activity: eligible with a contract the CPAM adapts.
    /// `None`: the text says nothing we could read.
    pub adapted_contract: Option<Fact<bool>>,
}

/// The increase asked in return for the aid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Increase {
    Percent(Decimal),
    /// Keep the patientèle at its level at signature.
    Maintain,
}

/// Objective grid: rows are bands P30–50 … ≥ P95, columns 1/3, 1/2 and 1 ETP.
#[derive(Clone, Copy, Debug)]
pub struct Grid {
    pub cells: [[Fact<Increase>; 3]; 5],
}

const fn grid_row(band: Band) -> Option<usize> {
    match band {
        Band::BelowP30 => None,
        Band::P30To50 => Some(0),
        Band::P50To70 => Some(1),
        Band::P70To90 => Some(2),
        Band::P90To95 => Some(3),
        Band::P95Plus => Some(4),
    }
}

const fn grid_column(quotity: Quotity) -> Option<usize> {
    match quotity {
        Quotity::Third => Some(0),
        Quotity::Half => Some(1),
        Quotity::Full => Some(2),
        Quotity::OneAndHalf | Quotity::Two => None,
    }
}

impl Grid {
    pub fn cell(&self, band: Band, quotity: Quotity) -> Option<Fact<Increase>> {
        Some(self.cells[grid_row(band)?][grid_column(quotity)?])
    }

    /// Every cell carried forward as an estimate, for a text that did not publish its own grid.
    pub const fn demoted(self, note: &'static str) -> Grid {
        let mut cells = self.cells;
        let mut row = 0;
        while row < cells.len() {
            let mut column = 0;
            while column < cells[row].len() {
                cells[row][column] = cells[row][column].as_estimate(note);
                column += 1;
            }
            row += 1;
        }
        Grid { cells }
    }

    /// The same grid with one cell confirmed or changed.
    pub const fn with(self, band: Band, quotity: Quotity, fact: Fact<Increase>) -> Grid {
        let mut cells = self.cells;
        match (grid_row(band), grid_column(quotity)) {
            (Some(row), Some(column)) => cells[row][column] = fact,
            _ => panic!("no such cell in an objective grid"),
        }
        Grid { cells }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct SeniorRule {
    pub from_age: u8,
    /// Fall tolerated below the count at signature.
    pub tolerated_fall: Decimal,
}

#[derive(Clone, Copy, Debug)]
pub enum NewlyInstalledRule {
    /// Reach the specialty's median within `years`; `next_objective_years`: time given for the
    /// objective that follows.
    ReachMedian {
        years: u32,
        next_objective_years: Option<u32>,
    },
    /// The text set a level nobody published exactly (avenant 7: "about 850 to 900").
    Unpublished { described_as: &'static str },
}

#[derive(Clone, Copy, Debug)]
pub struct ObjectiveRules {
    pub grid: Grid,
    /// Years given to reach the objective.
    pub years: u32,
    /// Both the PMT and FA objectives must be met (avenant 7), or one suffices (since 2023).
    pub both_measures_required: Fact<bool>,
    pub senior: Option<Fact<SeniorRule>>,
    pub newly_installed: Fact<NewlyInstalledRule>,
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
