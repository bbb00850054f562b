//! Convention médicale 2024–2029 (signed 4 June 2024, arrêté of 20 June 2024). Governs contracts
//! signed from 22 June 2024. What changed from the règlement arbitral: revalued amounts (also for
//! running contracts, from their first anniversary on or after 22 June 2024), a second assistant in
//! ZIP, a "keep your patientèle" objective from 65, and two years for the objective after a newly
//! installed doctor's first one.

use super::ra2023;
use crate::rules::date::Date;
use crate::rules::facts::sources::*;
use crate::rules::facts::{euros, percent, Fact, Status};
use crate::rules::model::*;
use crate::situation::{Band, Quotity};
use rust_decimal::Decimal;

pub const SIGNED_FROM: Date = Date::ymd(2024, 6, 22);
/// Contract years starting on or after this date are paid the revalued amounts.
pub const REVALUED_FROM: Date = SIGNED_FROM;

/// The revalued amounts (ameli table of 27 June 2024, "après"). Use the table, never "+5 %": the
/// published figures are rounded irregularly.
pub static AMOUNTS: AmountTable = AmountTable {
    applies_from: REVALUED_FROM,
    name: "montants revalorisés de la convention 2024",
    third: AmountRow {
        // 1/3 ETP takes no new contract; running ones are revalued from year 2.
        first_year: None,
        second_year: euros(9_450),
        later_years: euros(7_350),
        later_years_p90: euros(8_767),
        every_year_p95: euros(12_600),
    },
    half: AmountRow {
        first_year: Some(euros(19_000)),
        second_year: euros(14_000),
        later_years: euros(11_000),
        later_years_p90: euros(13_000),
        every_year_p95: euros(19_000),
    },
    full: AmountRow {
        first_year: Some(euros(38_000)),
        second_year: euros(28_000),
        later_years: euros(22_000),
        later_years_p90: euros(26_000),
        every_year_p95: euros(38_000),
    },
    source: &S1_AMELI_JUIN_2024,
    status: Status::Confirmed,
};

/// The official simulator's answer for a GP with 1 300 patients at 1 ETP is +260 (+20 %).
pub const GRID: Grid = ra2023::GRID.with(
    Band::P50To70,
    Quotity::Full,
    Fact::secondary(
        Increase::Percent(percent(20, 0)),
        &S9_DJIBE,
        "Résultat du simulateur officiel cité pour 1 300 patients à 1 ETP : +260 patients en 3 ans.",
    ),
);

pub const ELIGIBILITY: EligibilityRules = EligibilityRules {
    clinical_fees_minimum: Fact::confirmed(
        Some(ra2023::CLINICAL_FEES_MINIMUM),
        &S1_AMELI_JUIN_2024,
    ),
    second_assistant: Some(Fact::confirmed(
        SecondAssistantRules {
            from_contract_year: 3,
        },
        &S4_AMELI_SIMULATEUR,
    )),
    adapted_contract: Some(Fact::confirmed(true, &S2_AMELI_CONVENTION_2024)),
    ..ra2023::ELIGIBILITY
};

pub const OBJECTIVE: ObjectiveRules = ObjectiveRules {
    grid: GRID,
    senior: Some(Fact::secondary(
        SeniorRule {
            from_age: 65,
            tolerated_fall: Decimal::from_parts(10, 0, 0, false, 2),
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "À partir de 65 ans, l'objectif est de maintenir la patientèle, une baisse de 10 % étant tolérée.",
    )),
    newly_installed: Fact::secondary(
        NewlyInstalledRule::ReachMedian {
            years: 3,
            next_objective_years: Some(2),
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "",
    ),
    ..ra2023::OBJECTIVE
};

pub static VERSION: RuleVersion = RuleVersion {
    id: VersionId::Conv2024,
    name: "Convention médicale 2024–2029",
    legal_basis: "Convention médicale 2024–2029 (signée le 4 juin 2024, arrêté du 20 juin 2024)",
    signed_from: SIGNED_FROM,
    signed_until: None,
    checked_on: Date::ymd(2026, 11, 23),
    source: &S2_AMELI_CONVENTION_2024,
    status: Status::Confirmed,
    eligibility: ELIGIBILITY,
    thresholds: ra2023::THRESHOLDS,
    objective: OBJECTIVE,
    first_payment: ra2023::VERSION.first_payment,
};
