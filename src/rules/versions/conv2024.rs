//! Convention médicale 2024–2029 (signed 4 June 2024, arrêté of 20 June 2024). Governs contracts
//! signed from 22 June 2024. What changed from the règlement arbitral: revalued amounts (also for
//! running contracts, from their first anniversary on or after 22 June 2024), a second assistant in
//! ZIP, a "keep your patientèle" objective from 65, and two years for the objective that follows a
//! newly installed doctor's first one.

use super::ra2023;
use crate::date::Date;
use crate::percent::Percent;
use crate::rules::facts::{euros, Fact, Status};
use crate::rules::model::*;
use crate::rules::sources::*;

pub const SIGNED_FROM: Date = Date::ymd(2024, 6, 22);

/// The revalued amounts (ameli table of 27 June 2024, "après"), for every contract year that starts
/// on or after 22 June 2024. Use the table, never "+5 %": the published figures are rounded
/// irregularly.
pub static AMOUNTS: AmountTable = AmountTable {
    applies_from: SIGNED_FROM,
    name: "montants revalorisés de la convention 2024",
    revaluation: Some("revalorisation de la convention 2024"),
    third: AmountRow {
        // 1/3 ETP takes no new contract; running ones are revalued from their next year.
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

pub const ELIGIBILITY: EligibilityRules = EligibilityRules {
    specialties: Fact::confirmed(
        SpecialtyRule::AllBut(ra2023::EXCLUDED_SPECIALTIES),
        &S2_AMELI_CONVENTION_2024,
    ),
    clinical_fees: Fact {
        note: "Sur les 12 mois précédant la signature ; 80 % tout juste suffit.",
        ..Fact::confirmed(
            ra2023::ELIGIBILITY.clinical_fees.value,
            &S2_AMELI_CONVENTION_2024,
        )
    },
    second_assistant: Some(Fact::confirmed(
        SecondAssistantRules {
            from_contract_year: 3,
        },
        &S4_AMELI_SIMULATEUR,
    )),
    particular: ParticularSituations {
        disability: Fact {
            note: "Vous restez éligible ; votre CPAM adapte le contrat (seuil d'activité et \
                   objectifs) à votre handicap ou à votre maladie chronique : prenez contact avec elle.",
            ..Fact::confirmed(Adaptation::ContractAdapted, &S2_AMELI_CONVENTION_2024)
        },
        mixed_activity: Fact {
            note: "Vous restez éligible ; votre CPAM adapte le contrat (seuil d'activité et \
                   objectifs) à votre activité mixte : prenez contact avec elle.",
            ..Fact::confirmed(Adaptation::ContractAdapted, &S2_AMELI_CONVENTION_2024)
        },
    },
    ..ra2023::ELIGIBILITY
};

pub const OBJECTIVE: ObjectiveRules = ObjectiveRules {
    senior: Some(Fact::secondary(
        SeniorRule {
            from_age: 65,
            tolerated_fall: Percent::new(10, 0),
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "À partir de 65 ans, l'objectif est de maintenir la patientèle, une baisse de 10 % étant tolérée.",
    )),
    newly_installed: Fact::secondary(
        NewlyInstalledRule::ReachMedian {
            years: 3,
            next_objective_years: 2,
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "",
    ),
    ..ra2023::OBJECTIVE
};

/// What changed from the previous text, for the barème (kept out of `VERSION`, which the app
/// carries: only the barème page reads it).
pub const CHANGES: &str = "Montants revalorisés, y compris pour les contrats en cours à partir de leur date \
              anniversaire ; second assistant (1,5 ou 2 ETP) en ZIP ; à partir de 65 ans, maintenir \
              sa patientèle suffit ; le médecin nouvellement installé a 2 ans pour l'objectif suivant.";

pub static VERSION: RuleVersion = RuleVersion {
    code: "conv2024",
    name: "Convention médicale 2024–2029",
    legal_basis: "Convention médicale 2024–2029 (signée le 4 juin 2024, arrêté du 20 juin 2024)",
    signed_from: SIGNED_FROM,
    signed_until: None,
    checked_on: Date::ymd(2026, 12, 3),
    source: &S2_AMELI_CONVENTION_2024,
    status: Status::Confirmed,
    eligibility: ELIGIBILITY,
    thresholds: ra2023::VERSION.thresholds,
    objective: OBJECTIVE,
    first_payment: ra2023::VERSION.first_payment,
    training_years: Fact::secondary(
        2,
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "L'assistant obtient le certificat de qualification professionnelle (CQP) d'assistant \
         médical, ou la formation d'adaptation à l'emploi (FAE) s'il est infirmier, aide-soignant ou \
         auxiliaire de puériculture, dans les 2 ans suivant son embauche.",
    ),
};
