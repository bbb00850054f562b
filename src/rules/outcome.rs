//! What the engine says about one situation: the verdict and its conditions, where the activity
//! sits, and for each band shown the aid per year and the objective.

use super::amounts::AidSchedule;
use super::band::BandResolution;
use super::eligibility::{Eligibility, Verdict};
use super::model::RuleVersion;
use super::modulation;
use super::objective::Objective;
use crate::situation::{Band, Situation};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The version governing the contract; `None` before the first one.
    pub version: Option<&'static RuleVersion>,
    pub eligibility: Eligibility,
    /// Where the activity sits (individual contracts).
    pub band: Option<BandResolution>,
    /// One per band shown: a single one when the band is known.
    pub scenarios: Vec<Scenario>,
    /// Things the doctor should know about their answers (contradictions, dates past our checks).
    pub notices: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The band this scenario assumes; `None` when the band plays no part (collective contract).
    pub band: Option<Band>,
    pub aid: AidSchedule,
    pub objective: Objective,
}

impl Outcome {
    pub fn verdict(&self) -> Verdict {
        self.eligibility.verdict()
    }

    /// The scenario of the known band, or the first one.
    pub fn primary(&self) -> Option<&Scenario> {
        self.scenarios.first()
    }

    /// The only scenario, when the band is known (or plays no part).
    pub fn single(&self) -> Option<&Scenario> {
        match self.scenarios.as_slice() {
            [only] => Some(only),
            _ => None,
        }
    }

    /// Applies the year-3 what-if (counts reached at year 3) to every scenario.
    pub(super) fn apply_what_if(&mut self, situation: &Situation) {
        for scenario in &mut self.scenarios {
            if let AidSchedule::Known { years } = &mut scenario.aid {
                for year in years.iter_mut() {
                    year.modulated = modulation::modulate(year, &scenario.objective, situation);
                }
            }
        }
    }
}
