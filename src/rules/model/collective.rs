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
    /// Members may join or leave at each anniversary of the contract.
    pub membership_changes: Fact<&'static str>,
    /// The group's objective per financed ETP, patients médecin traitant and file active.
    pub pmt_per_fte: Fact<u32>,
    pub fa_per_fte: Fact<u32>,
    pub years: Fact<u32>,
    /// From year 3, the aid is prorated to the objective's achievement.
    pub prorated_from_year_3: Fact<bool>,
}
