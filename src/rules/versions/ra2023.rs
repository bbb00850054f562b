//! Règlement arbitral (arrêté of 28 April 2023, JO of 30 April 2023). Governs contracts signed from
//! 1 May 2023 to 21 June 2024. What changed from avenant 7: no group or coordination requirement,
//! 1 ETP everywhere, 1/3 ETP closed to new contracts, excluded specialties, a clinical-fees rule for
//! surgeons, ENT and gynaecologists, the thresholds of the 31/12/2021 distribution (775 patients,
//! adults and children), an adapted contract for particular situations, the first year paid within
//! the month after signing, and one of the two objectives (PMT or FA) suffices.

use super::{av7, distribution_2021};
use crate::date::Date;
use crate::percent::Percent;
use crate::rules::facts::{Fact, Status};
use crate::rules::model::*;
use crate::rules::sources::*;
use crate::situation::{Band, Quotity, Specialty};

pub const SIGNED_FROM: Date = Date::ymd(2023, 5, 1);
pub const SIGNED_UNTIL: Date = Date::ymd(2024, 6, 21);

pub const EXCLUDED_SPECIALTIES: &[Specialty] = &[
    Specialty::Radiology,
    Specialty::Radiotherapy,
    Specialty::Stomatology,
    Specialty::Anaesthesia,
    Specialty::AnatomoPathology,
    Specialty::NuclearMedicine,
];

/// Surgeons, ENT and gynaecologists: clinical fees at least 80 % of total fees.
pub const CLINICAL_FEES_MINIMUM: Percent = Percent::new(80, 0);

/// The official simulator's answer for a GP with 1 300 patients at 1 ETP is +260 (+20 %), first
/// published on 1 June 2023: it holds for the règlement arbitral and the convention 2024.
pub const GRID: Grid = av7::GRID
    .demoted(
        "La grille d'objectifs n'est plus publiée depuis 2023 : celle de l'avenant 7 pour la même \
         option est reprise comme estimation.",
    )
    .with(
        Band::P50To70,
        Quotity::Full,
        Fact::estimate(
            av7::more(20, 0),
            &S9_DJIBE,
            "Généralise un seul résultat publié, celui du simulateur officiel pour 1 300 patients à \
             1 ETP (+260 en 3 ans) : pour un autre nombre de patients, c'est une estimation.",
        ),
    );

pub const ELIGIBILITY: EligibilityRules = EligibilityRules {
    specialties: Fact::secondary(
        SpecialtyRule::AllBut(EXCLUDED_SPECIALTIES),
        &S14_JHP_2023,
        "Liste des spécialités exclues donnée par une source secondaire (jhp.fr, août 2023).",
    ),
    clinical_fees: Fact::secondary(
        ClinicalFeesRule {
            specialties: av7::CLINICAL_FEES_SPECIALTIES,
            minimum: Some(CLINICAL_FEES_MINIMUM),
        },
        &S14_JHP_2023,
        "Sur les 12 mois précédant la signature.",
    ),
    group_practice_required: Fact::confirmed(false, &S3_AMELI_REGLEMENT_ARBITRAL),
    coordination_required: Fact::confirmed(false, &S3_AMELI_REGLEMENT_ARBITRAL),
    children_exemption: None,
    third_time_closed_from: Fact::confirmed(Some(SIGNED_FROM), &S3_AMELI_REGLEMENT_ARBITRAL),
    full_time: Fact::confirmed(FullTimeAccess::Everywhere, &S3_AMELI_REGLEMENT_ARBITRAL),
    particular: ParticularSituations {
        disability: Fact::secondary(
            Adaptation::ContractAdapted,
            &S14_JHP_2023,
            "Vous restez éligible ; votre CPAM adapte le contrat (seuil d'activité et objectifs) à \
             votre handicap ou à votre maladie chronique : prenez contact avec elle.",
        ),
        mixed_activity: Fact::unknown(
            Adaptation::Unpublished,
            &S14_JHP_2023,
            "Nos sources de l'époque ne nomment que le handicap et la maladie chronique : pour une \
             activité mixte, votre CPAM dit si le contrat est adapté.",
        ),
    },
    particular_practice: Fact::unknown(
        av7::ELIGIBILITY.particular_practice.value,
        &S3_AMELI_REGLEMENT_ARBITRAL,
        "",
    ),
    ..av7::ELIGIBILITY
};

pub const OBJECTIVE: ObjectiveRules = ObjectiveRules {
    grid: GRID,
    published: Some(Fact::secondary(
        PublishedResult {
            pmt: 1300,
            quotity: Quotity::Full,
            added: 260,
        },
        &S9_DJIBE,
        "Résultat du simulateur officiel cité pour un généraliste à 1 300 patients et 1 ETP : +260 \
         patients en 3 ans. Il ne dépend pas du seuil P70 estimé.",
    )),
    both_measures_required: Fact::secondary(
        false,
        &S7D_CONCOURS_PLURIPRO,
        "Depuis 2023, atteindre l'objectif de patientèle médecin traitant ou celui de file active suffit.",
    ),
    newly_installed: Fact::secondary(
        NewlyInstalledRule::ReachMedian {
            years: 3,
            next_objective_years: 1,
        },
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "",
    ),
    ..av7::OBJECTIVE
};

/// What changed from the previous text, for the barème (kept out of `VERSION`, which the app
/// carries: only the barème page reads it).
pub const CHANGES: &str = "Plus d'exigence d'exercice en groupe ni coordonné ; temps plein ouvert partout ; tiers \
              temps fermé aux nouveaux contrats ; six spécialités exclues ; 80 % d'honoraires \
              cliniques pour les chirurgiens, ORL et gynécologues ; seuil de 775 patients (adultes et \
              enfants) ; un seul des deux objectifs suffit ; 1re année versée dans le mois suivant la \
              signature.";

pub static VERSION: RuleVersion = RuleVersion {
    code: "ra2023",
    name: "Règlement arbitral de 2023",
    legal_basis: "Règlement arbitral (arrêté du 28 avril 2023, JO du 30 avril 2023)",
    signed_from: SIGNED_FROM,
    signed_until: Some(SIGNED_UNTIL),
    checked_on: Date::ymd(2026, 12, 3),
    source: &S3_AMELI_REGLEMENT_ARBITRAL,
    status: Status::Confirmed,
    eligibility: ELIGIBILITY,
    thresholds: distribution_2021::THRESHOLDS,
    objective: OBJECTIVE,
    training_years: av7::VERSION.training_years,
    first_payment: Fact::secondary(
        FirstPayment::WithinMonthAfterSigning,
        &S9_DJIBE,
        "L'aide de la 1re année est versée en une fois, dans le mois qui suit la signature.",
    ),
};
