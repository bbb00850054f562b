//! Règlement arbitral (arrêté of 28 April 2023, JO of 30 April 2023). Governs contracts signed from
//! 1 May 2023 to 21 June 2024. What changed from avenant 7: no group or coordination requirement,
//! 1 ETP everywhere, 1/3 ETP closed to new contracts, a GP threshold of 775 patients, a clinical-fees
//! rule for surgeons, ENT and gynaecologists, and one of the two objectives (PMT or FA) suffices.

use super::av7;
use crate::rules::date::Date;
use crate::rules::facts::sources::*;
use crate::rules::facts::{Fact, Status};
use crate::rules::model::*;
use crate::situation::Specialty;
use rust_decimal::Decimal;

pub const SIGNED_FROM: Date = Date::ymd(2023, 5, 1);
pub const SIGNED_UNTIL: Date = Date::ymd(2024, 6, 21);

/// "At least 775" is eligible; one source writes "more than 775". The choice lives here only.
pub const MINIMUM_PMT_IS_INCLUSIVE: bool = true;
pub const MINIMUM_PMT: u32 = 775;

pub const EXCLUDED_SPECIALTIES: &[Specialty] = &[
    Specialty::Radiology,
    Specialty::Radiotherapy,
    Specialty::Stomatology,
    Specialty::Anaesthesia,
    Specialty::AnatomoPathology,
    Specialty::NuclearMedicine,
];

/// Surgeons, ENT and gynaecologists: clinical fees at least 80 % of total fees.
pub const CLINICAL_FEES_MINIMUM: Decimal = Decimal::from_parts(80, 0, 0, false, 0);

/// GP patientèle médecin traitant (adults and children), distribution of 31 December 2021.
pub const THRESHOLDS: GpThresholds = GpThresholds {
    p30: Fact::secondary(
        Threshold {
            count: MINIMUM_PMT,
            inclusive: MINIMUM_PMT_IS_INCLUSIVE,
        },
        &S8_SEUIL_775,
        "30e percentile de la distribution au 31/12/2021, patients adultes et enfants.",
    ),
    p50: Fact::secondary(Threshold::at_least(1_045), &S8_SEUIL_775, ""),
    p70: Fact::estimate(
        Threshold::at_least(1_330),
        &S0_PROJET,
        "Le 70e percentile n'est pas publié : rapport P70/P50 de la distribution provisoire de 2019 \
         appliqué à 1 045.",
    ),
    p90: Fact::secondary(Threshold::at_least(1_503), &S9_DJIBE, ""),
    p95: Fact::secondary(Threshold::at_least(1_721), &S9_DJIBE, ""),
    fa_p50: Fact::secondary(1_514, &S7_PRESSE, "Médiane de la file active des généralistes."),
};

pub const GRID: Grid = av7::GRID.demoted(
    "La grille d'objectifs n'est plus publiée depuis 2023 : celle de l'avenant 7 pour la même option \
     est reprise comme estimation.",
);

pub const ELIGIBILITY: EligibilityRules = EligibilityRules {
    excluded_specialties: Fact::confirmed(Some(EXCLUDED_SPECIALTIES), &S3_AMELI_REGLEMENT_ARBITRAL),
    clinical_fees_minimum: Fact::secondary(
        Some(CLINICAL_FEES_MINIMUM),
        &S7_PRESSE,
        "Sur les 12 mois précédant la signature.",
    ),
    group_practice_required: Fact::confirmed(false, &S3_AMELI_REGLEMENT_ARBITRAL),
    coordination_required: Fact::confirmed(false, &S3_AMELI_REGLEMENT_ARBITRAL),
    third_time_closed_from: Fact::confirmed(Some(SIGNED_FROM), &S3_AMELI_REGLEMENT_ARBITRAL),
    full_time: Fact::confirmed(FullTimeAccess::Everywhere, &S3_AMELI_REGLEMENT_ARBITRAL),
    adapted_contract: Some(Fact::confirmed(true, &S3_AMELI_REGLEMENT_ARBITRAL)),
    ..av7::ELIGIBILITY
};

pub const OBJECTIVE: ObjectiveRules = ObjectiveRules {
    grid: GRID,
    both_measures_required: Fact::secondary(
        false,
        &S7_PRESSE,
        "Depuis 2023, atteindre l'objectif de patientèle médecin traitant ou celui de file active suffit.",
    ),
    newly_installed: Fact::secondary(
        NewlyInstalledRule::ReachMedian {
            years: 3,
            next_objective_years: None,
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "",
    ),
    ..av7::OBJECTIVE
};

pub static VERSION: RuleVersion = RuleVersion {
    id: VersionId::Ra2023,
    name: "Règlement arbitral de 2023",
    legal_basis: "Règlement arbitral (arrêté du 28 avril 2023, JO du 30 avril 2023)",
    signed_from: SIGNED_FROM,
    signed_until: Some(SIGNED_UNTIL),
    checked_on: Date::ymd(2026, 11, 23),
    source: &S3_AMELI_REGLEMENT_ARBITRAL,
    status: Status::Confirmed,
    eligibility: ELIGIBILITY,
    thresholds: THRESHOLDS,
    objective: OBJECTIVE,
    first_payment: Fact::secondary(FirstPayment::MonthAfterSigning, &S9_DJIBE, ""),
};
