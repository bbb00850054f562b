//! What a legal text says about the aid, as data: the shape every rule version fills in. The
//! figures themselves live in `versions/`, one module per text; nothing here names a text.

mod amounts;
mod collective;
mod eligibility;
mod objective;
mod threshold;

pub use amounts::{AmountRow, AmountTable, FirstPayment};
pub use collective::CollectiveRules;
pub use eligibility::{
    Adaptation, AreaList, ClinicalFeesRule, EligibilityRules, FullTimeAccess, ParticularSituations,
    SecondAssistantRules, SpecialtyRule, ZacOpening,
};
pub use objective::{
    Grid, Increase, NewlyInstalledRule, ObjectiveRules, PublishedResult, SeniorRule, GRID_BANDS,
    GRID_OPTIONS,
};
pub use threshold::{GpThresholds, Population, Reach, Threshold};

use super::facts::{Fact, Source, Status};
use crate::date::Date;

#[derive(Debug)]
pub struct RuleVersion {
    /// A short stable code ("av7"), for anchors and the machine-readable rules file.
    pub code: &'static str,
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
    /// Years the assistant has, from hiring, to obtain the CQP (or the FAE).
    pub training_years: Fact<u32>,
}

/// A version is its identity: two references to it are equal when they name the same text.
impl PartialEq for RuleVersion {
    fn eq(&self, other: &RuleVersion) -> bool {
        self.code == other.code
    }
}

impl Eq for RuleVersion {}

impl RuleVersion {
    /// "contrats signés du 1er mars 2021 au 28 février 2022", "contrats signés depuis le …".
    pub fn period(&self) -> String {
        match self.signed_until {
            Some(until) => format!(
                "contrats signés du {} au {}",
                self.signed_from.french(),
                until.french()
            ),
            None => format!("contrats signés depuis le {}", self.signed_from.french()),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::versions::{av7, conv2024};

    #[test]
    fn a_version_is_its_text() {
        assert_eq!(&av7::VERSION, &av7::VERSION);
        assert_ne!(&av7::VERSION, &conv2024::VERSION);
    }

    #[test]
    fn a_period_says_its_days() {
        assert!(av7::VERSION.period().starts_with("contrats signés du "));
        assert!(conv2024::VERSION
            .period()
            .starts_with("contrats signés depuis le "));
    }
}
