//! Collective contract for a group of GPs (SCP, SCM, SISA), from 25 February 2026. Known only through
//! secondary sources quoting ameli (S11): every figure here is "confirmed by a secondary source".

use super::{conv2024, ra2023};
use crate::rules::date::Date;
use crate::rules::facts::sources::*;
use crate::rules::facts::{euros, Fact, Status};
use crate::rules::model::*;
use crate::situation::HalfFte;
use rust_decimal::Decimal;

pub const SIGNED_FROM: Date = Date::ymd(2026, 2, 25);

#[derive(Debug)]
pub struct CollectiveRules {
    /// Aid per financed ETP for years 1, 2, and 3 onwards.
    pub per_fte: Fact<[Decimal; 3]>,
    /// The members' mean patientèle médecin traitant must reach this.
    pub mean_pmt_minimum: Fact<Threshold>,
    pub fte_per_member: Fact<HalfFte>,
    /// Extra ETP per member hosting a docteur junior, from the given date.
    pub junior_bonus: Fact<(Date, HalfFte)>,
    pub minimum_members: Fact<u32>,
    /// The group's objective per financed ETP, patients médecin traitant and file active.
    pub pmt_per_fte: Fact<u32>,
    pub fa_per_fte: Fact<u32>,
    pub years: u32,
}

pub static RULES: CollectiveRules = CollectiveRules {
    per_fte: Fact::secondary(
        [euros(38_000), euros(28_000), euros(22_000)],
        &S11_CONTRAT_COLLECTIF,
        "Par ETP financé ; à partir de la 3e année, l'aide est proratisée selon l'atteinte de l'objectif.",
    ),
    mean_pmt_minimum: Fact::secondary(
        Threshold {
            count: ra2023::MINIMUM_PMT,
            inclusive: ra2023::MINIMUM_PMT_IS_INCLUSIVE,
        },
        &S11_CONTRAT_COLLECTIF,
        "Moyenne de la patientèle médecin traitant des médecins du groupe.",
    ),
    fte_per_member: Fact::secondary(HalfFte(2), &S11_CONTRAT_COLLECTIF, "Au plus 1 ETP par médecin membre."),
    junior_bonus: Fact::secondary(
        (Date::ymd(2026, 11, 1), HalfFte(1)),
        &S11_CONTRAT_COLLECTIF,
        "À partir de novembre 2026, +0,5 ETP par médecin membre accueillant un docteur junior.",
    ),
    minimum_members: Fact::secondary(2, &S11_CONTRAT_COLLECTIF, "Un groupe : SCP, SCM ou SISA."),
    pmt_per_fte: Fact::secondary(260, &S11_CONTRAT_COLLECTIF, ""),
    fa_per_fte: Fact::secondary(110, &S11_CONTRAT_COLLECTIF, ""),
    years: 2,
};

pub static VERSION: RuleVersion = RuleVersion {
    id: VersionId::Coll2026,
    name: "Contrat collectif (2026)",
    legal_basis:
        "Contrat collectif d'aide à l'emploi d'assistants médicaux pour un groupe de généralistes \
                  (SCP, SCM, SISA), en vigueur depuis le 25 février 2026",
    signed_from: SIGNED_FROM,
    signed_until: None,
    checked_on: Date::ymd(2026, 11, 23),
    source: &S11_CONTRAT_COLLECTIF,
    status: Status::Secondary,
    eligibility: conv2024::ELIGIBILITY,
    thresholds: ra2023::THRESHOLDS,
    objective: conv2024::OBJECTIVE,
    first_payment: Fact::secondary(
        FirstPayment::MonthAfterSigning,
        &S9_DJIBE,
        "Rythme des contrats individuels, que nos sources ne distinguent pas pour le contrat collectif.",
    ),
};
