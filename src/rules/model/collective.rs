//! The collective contract for a group of GPs: a text of its own, with its own figures.

use super::RuleVersion;
use crate::date::Date;
use crate::rules::facts::Fact;
use crate::situation::HalfFte;
use rust_decimal::Decimal;

#[derive(Debug)]
pub struct CollectiveRules {
    pub version: &'static RuleVersion,
    /// Aid per financed ETP for years 1, 2, and 3 onwards.
    pub per_fte: Fact<[Decimal; 3]>,
    /// The members' mean patientèle médecin traitant must reach this.
    pub mean_pmt_minimum: Fact<super::Threshold>,
    /// The structures that sign it (SCP, SCM, SISA): a group of doctors.
    pub structures: Fact<&'static str>,
    /// Our inference: a group has at least two members. No size is published.
    pub minimum_members: Fact<u32>,
    pub fte_per_member: Fact<HalfFte>,
    /// Extra ETP per member hosting a docteur junior, or per member when the structure is an
    /// approved training site, for contracts signed from the given date.
    pub junior_bonus: Fact<(Date, HalfFte)>,
    /// Who the members are: partners in their own name of the signing structure, those who join.
    pub members: Fact<&'static str>,
    /// Every earlier individual contract of a member is closed first: no cumulation.
    pub no_cumulation: Fact<&'static str>,
    /// Members may join or leave at each anniversary of the contract, the ETP unchanged.
    pub membership_changes: Fact<&'static str>,
    /// Whether the group objective changes when members join or leave: not said.
    pub objective_when_members_change: Fact<&'static str>,
    /// Whether a contract signed before the junior bonus opened gets it: not said.
    pub junior_bonus_for_earlier_contracts: Fact<&'static str>,
    /// The group target is reduced for the patients gained under earlier individual contracts, by a
    /// formula nobody published.
    pub earlier_gains: Fact<&'static str>,
    /// A newly installed member's own objective.
    pub newly_installed_member: Fact<&'static str>,
    /// The group's objective per financed ETP, patients médecin traitant and file active.
    pub pmt_per_fte: Fact<u32>,
    pub fa_per_fte: Fact<u32>,
    /// Whether both objectives must be met: the text says "et", nobody says whether both count.
    pub both_measures: Fact<bool>,
    pub years: Fact<u32>,
    /// From year 3, the aid is prorated to the objective's achievement.
    pub prorated_from_year_3: Fact<bool>,
}
