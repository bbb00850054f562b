//! Who may sign, as a text states it: specialties, sectors, practice, options, particular situations.

use crate::date::Date;
use crate::percent::Percent;
use crate::rules::facts::Fact;
use crate::situation::{Sector, Specialty};

#[derive(Clone, Copy, Debug)]
pub struct EligibilityRules {
    pub specialties: Fact<SpecialtyRule>,
    /// The specialties that must show a minimum share of clinical (non-CCAM) fees.
    pub clinical_fees: Fact<ClinicalFeesRule>,
    pub eligible_sectors: Fact<&'static [Sector]>,
    /// Group practice (two doctors or more), or practising alone in a ZIP.
    pub group_practice_required: Fact<bool>,
    /// Coordinated practice, or a commitment to join one within two years.
    pub coordination_required: Fact<bool>,
    pub newly_installed_exempt: Fact<bool>,
    /// A GP with more than this share of patients under 16 is exempt from the activity threshold.
    pub children_exemption: Option<Fact<Percent>>,
    /// 1/3 ETP closed to contracts signed from this date; `None` while open.
    pub third_time_closed_from: Fact<Option<Date>>,
    pub full_time: Fact<FullTimeAccess>,
    /// `None`: no second assistant under this text.
    pub second_assistant: Option<Fact<SecondAssistantRules>>,
    pub particular: ParticularSituations,
    /// Médecins à exercice particulier: outside the GP distribution, their measure and threshold are
    /// unpublished.
    pub particular_practice: Fact<&'static str>,
}

/// Some specialties sign only with a minimum share of clinical (non-CCAM) fees.
#[derive(Clone, Copy, Debug)]
pub struct ClinicalFeesRule {
    /// The specialties asked for their share (surgeons, ENT, gynaecologists).
    pub specialties: &'static [Specialty],
    /// The share to reach over the 12 months before signing; `None`: nobody published whether a
    /// minimum applied.
    pub minimum: Option<Percent>,
}

impl ClinicalFeesRule {
    pub fn applies_to(&self, specialty: Specialty) -> bool {
        self.specialties.contains(&specialty)
    }

    /// "Chirurgie, ORL, gynécologie (médicale ou obstétrique)".
    pub fn specialties_french(&self) -> String {
        let names: Vec<String> = self
            .specialties
            .iter()
            .map(|s| crate::format::uncapitalised(s.label()))
            .collect();
        crate::format::capitalised(&names.join(", "))
    }
}

/// Which specialties may sign.
#[derive(Clone, Copy, Debug)]
pub enum SpecialtyRule {
    /// Every specialty except these.
    AllBut(&'static [Specialty]),
    /// General practice everywhere; every other specialty depended on the département, by a matrix
    /// nobody published whole: the CPAM confirms. The few lists we know are given.
    GeneralPracticeElseByArea {
        known_lists: &'static [Fact<AreaList>],
    },
}

/// The départements where one specialty could sign.
#[derive(Clone, Copy, Debug)]
pub struct AreaList {
    pub specialty: Specialty,
    pub departements: &'static [&'static str],
}

#[derive(Clone, Copy, Debug)]
pub enum FullTimeAccess {
    Everywhere,
    /// 1 ETP only in a ZIP, and from a date for a GP practising alone in a ZAC at the median.
    OnlyInZip {
        alone_in_zac: Option<ZacOpening>,
    },
}

/// Avenant 8's opening of 1 ETP to a GP practising alone in a ZAC, with a patientèle at the median.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZacOpening {
    pub from: Date,
    /// The opening itself, as its source states it: a decision through this route is no surer.
    pub rule: Fact<&'static str>,
    pub median: Fact<super::Threshold>,
}

#[derive(Clone, Copy, Debug)]
pub struct SecondAssistantRules {
    /// Contract year the existing 1-ETP contract must have reached.
    pub from_contract_year: u32,
}

/// Disability or chronic illness, and mixed liberal and salaried activity.
#[derive(Clone, Copy, Debug)]
pub struct ParticularSituations {
    pub disability: Fact<Adaptation>,
    pub mixed_activity: Fact<Adaptation>,
}

/// What a text does for a particular situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adaptation {
    /// Eligible, with a contract (thresholds, objectives) the CPAM adapts.
    ContractAdapted,
    /// The CPAM may waive the activity threshold.
    ThresholdDerogation,
    /// Nobody published it: the CPAM decides.
    Unpublished,
}

#[cfg(test)]
mod tests {
    use crate::rules::versions::ra2023;

    #[test]
    fn the_clinical_fees_specialties_read_as_one_list() {
        let rule = ra2023::ELIGIBILITY.clinical_fees.value;
        assert_eq!(
            rule.specialties_french(),
            "Chirurgie, ORL, gynécologie (médicale ou obstétrique)"
        );
    }
}
