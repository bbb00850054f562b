//! The patient objective a text asks in return for the aid.

use crate::percent::Percent;
use crate::rules::facts::Fact;
use crate::situation::{Band, Quotity};

/// The increase asked in return for the aid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Increase {
    Percent(Percent),
    /// Keep the patientèle at its level at signature.
    Maintain,
}

/// Objective grid: rows are bands P30–50 … ≥ P95, columns 1/3, 1/2 and 1 ETP.
#[derive(Clone, Copy, Debug)]
pub struct Grid {
    pub cells: [[Fact<Increase>; 3]; 5],
}

/// Rows and columns in the order of `Grid::cells`, for listing the grid.
pub const GRID_BANDS: [Band; 5] = [
    Band::P30To50,
    Band::P50To70,
    Band::P70To90,
    Band::P90To95,
    Band::P95Plus,
];
pub const GRID_OPTIONS: [Quotity; 3] = [Quotity::Third, Quotity::Half, Quotity::Full];

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
    pub tolerated_fall: Percent,
}

#[derive(Clone, Copy, Debug)]
pub enum NewlyInstalledRule {
    /// Reach the specialty's median within `years`; the objective that follows then gets
    /// `next_objective_years`.
    ReachMedian {
        years: u32,
        next_objective_years: u32,
    },
    /// The text set a level nobody published exactly (avenant 7: "about 850 to 900").
    Unpublished { described_as: &'static str },
}

/// A result published for one exact situation: a GP with `pmt` patients at `quotity` is asked
/// `added` more. For that count and option the target rests on it alone, not on the estimated
/// threshold that would place the count in a band.
#[derive(Clone, Copy, Debug)]
pub struct PublishedResult {
    pub pmt: u32,
    pub quotity: Quotity,
    pub added: u32,
}

#[derive(Clone, Copy, Debug)]
pub struct ObjectiveRules {
    pub grid: Grid,
    /// The official simulator's answer for one GP, where a text's grid is not published.
    pub published: Option<Fact<PublishedResult>>,
    /// Years given to reach the objective.
    pub years: Fact<u32>,
    /// Both the PMT and FA objectives must be met, or one suffices.
    pub both_measures_required: Fact<bool>,
    pub senior: Option<Fact<SeniorRule>>,
    pub newly_installed: Fact<NewlyInstalledRule>,
}
