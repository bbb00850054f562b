//! Avenant 7 to the 2016 medical convention (signed 20 June 2019, arrêté of 14 August 2019, JO of
//! 20 August 2019), art. 9-5-2, as amended by avenant 8 (signed 11 March 2020).
//! Governs contracts signed from 1 September 2019 to 30 April 2023.

use super::ra2023;
use crate::rules::date::Date;
use crate::rules::facts::sources::*;
use crate::rules::facts::{euros, percent, Fact, Status};
use crate::rules::model::*;
use crate::situation::Sector;

pub const SIGNED_FROM: Date = Date::ymd(2019, 9, 1);
pub const SIGNED_UNTIL: Date = Date::ymd(2023, 4, 30);
/// Avenant 8 opened 1 ETP to a GP practising alone in a ZAC; we date it from its signature.
pub const AVENANT_8_FROM: Date = Date::ymd(2020, 3, 11);

const CONFIRMED_SECTORS: &[Sector] = &[Sector::One, Sector::TwoOptam];

/// The amounts before the 2024 revaluation (ameli table of 27 June 2024, "avant").
pub static AMOUNTS: AmountTable = AmountTable {
    applies_from: SIGNED_FROM,
    name: "montants de l'avenant 7 (avant la revalorisation de 2024)",
    third: AmountRow {
        first_year: Some(euros(12_000)),
        second_year: euros(9_000),
        later_years: euros(7_000),
        later_years_p90: euros(8_350),
        every_year_p95: euros(12_000),
    },
    half: AmountRow {
        first_year: Some(euros(18_000)),
        second_year: euros(13_500),
        later_years: euros(10_500),
        later_years_p90: euros(12_500),
        every_year_p95: euros(18_000),
    },
    full: AmountRow {
        first_year: Some(euros(36_000)),
        second_year: euros(27_000),
        later_years: euros(21_000),
        later_years_p90: euros(25_000),
        every_year_p95: euros(36_000),
    },
    source: &S1_AMELI_JUIN_2024,
    status: Status::Confirmed,
};

/// Increase of the patientèle asked at year 3. Option 1 (1/3 ETP) is in the avenant's text; the
/// other columns come from the CSMF and the press, with the gaps estimated.
pub const GRID: Grid = {
    use Increase::*;
    let a = &S5_AVENANT_7;
    let csmf = &S6_CSMF;
    let press = &S7_PRESSE;
    Grid {
        cells: [
            // P30–P50
            [
                Fact::confirmed(Percent(percent(20, 0)), a),
                Fact::confirmed(Percent(percent(25, 0)), csmf),
                Fact::confirmed(Percent(percent(35, 0)), csmf),
            ],
            // P50–P70
            [
                Fact::confirmed(Percent(percent(15, 0)), a),
                Fact::estimate(
                    Percent(percent(18, 75)),
                    press,
                    "Les sources donnent une fourchette de +12,5 % à +25 % : nous retenons le milieu.",
                ),
                Fact::estimate(
                    Percent(percent(20, 0)),
                    &S9_DJIBE,
                    "Déduit du résultat du simulateur officiel (1 300 patients → +260) avec P70 ≈ 1 330.",
                ),
            ],
            // P70–P90
            [
                Fact::confirmed(Percent(percent(7, 50)), a),
                Fact::secondary(
                    Percent(percent(12, 50)),
                    press,
                    "Relevé sur un contrat réel à mi-temps de 2019 (FMF).",
                ),
                Fact::estimate(
                    Percent(percent(16, 25)),
                    press,
                    "Les sources donnent une fourchette de +12,5 % à +20 % : nous retenons le milieu.",
                ),
            ],
            // P90–P95
            [
                Fact::confirmed(Percent(percent(4, 0)), a),
                Fact::secondary(Percent(percent(6, 0)), press, ""),
                Fact::secondary(Percent(percent(12, 50)), press, ""),
            ],
            // P95 and more
            [
                Fact::confirmed(Maintain, a),
                Fact::confirmed(Maintain, csmf),
                Fact::secondary(
                    Percent(percent(5, 0)),
                    press,
                    "Une autre source indique un simple maintien de la patientèle.",
                ),
            ],
        ],
    }
};

pub const ELIGIBILITY: EligibilityRules = EligibilityRules {
    excluded_specialties: Fact {
        value: None,
        status: Status::Unknown,
        source: &S6_CSMF,
        note:
            "Sous l'avenant 7, certaines spécialités n'étaient éligibles qu'en zone sous-dense ; \
               la liste exacte n'est pas publiée dans nos sources.",
    },
    clinical_fees_minimum: Fact {
        value: None,
        status: Status::Unknown,
        source: &S6_CSMF,
        note: "Nos sources ne disent pas si une part minimale d'honoraires cliniques était exigée \
               sous l'avenant 7.",
    },
    eligible_sectors: Fact::confirmed(CONFIRMED_SECTORS, &S5_AVENANT_7),
    group_practice_required: Fact::confirmed(true, &S5_AVENANT_7),
    coordination_required: Fact::confirmed(true, &S5_AVENANT_7),
    newly_installed_exempt: Fact::secondary(true, &S10_ASSISTANTS_MEDICAUX_ORG, ""),
    third_time_closed_from: Fact::confirmed(None, &S5_AVENANT_7),
    full_time: Fact::secondary(
        FullTimeAccess::OnlyInZip {
            alone_in_zac_from: Some(AVENANT_8_FROM),
        },
        &S6_CSMF,
        "L'avenant 8 ouvre aussi 1 ETP au généraliste exerçant seul en ZAC avec une patientèle \
         au moins égale au 50e percentile.",
    ),
    second_assistant: None,
    adapted_contract: None,
};

pub const THRESHOLDS: GpThresholds = GpThresholds {
    p30: Fact::secondary(
        Threshold::more_than(640),
        &S6_CSMF,
        "Sous l'avenant 7, le seuil portait sur les patients adultes (16 ans et plus).",
    ),
    ..ra2023::THRESHOLDS.demoted(
        "La distribution de l'époque de l'avenant 7 n'est pas publiée : nous appliquons celle du \
         31/12/2021.",
    )
};

pub const OBJECTIVE: ObjectiveRules = ObjectiveRules {
    grid: GRID,
    years: 3,
    both_measures_required: Fact::secondary(true, &S7_PRESSE, ""),
    senior: None,
    newly_installed: Fact {
        value: NewlyInstalledRule::Unpublished {
            described_as: "atteindre l'activité moyenne des généralistes, environ 850 à 900 patients \
                           médecin traitant, pondérée par la file active selon une formule non publiée",
        },
        status: Status::Unknown,
        source: &S10_ASSISTANTS_MEDICAUX_ORG,
        note: "Formule de pondération non publiée : votre CPAM fixe la cible.",
    },
};

pub static VERSION: RuleVersion = RuleVersion {
    id: VersionId::Av7,
    name: "Avenant 7 (et avenant 8)",
    legal_basis:
        "Avenant 7 à la convention médicale de 2016 (signé le 20 juin 2019, JO du 20 août 2019), \
                  modifié par l'avenant 8 (signé le 11 mars 2020)",
    signed_from: SIGNED_FROM,
    signed_until: Some(SIGNED_UNTIL),
    checked_on: Date::ymd(2026, 11, 23),
    source: &S5_AVENANT_7,
    status: Status::Confirmed,
    eligibility: ELIGIBILITY,
    thresholds: THRESHOLDS,
    objective: OBJECTIVE,
    first_payment: Fact::secondary(
        FirstPayment::ShareAfterHiring {
            percent: 70,
            days: 15,
        },
        &S9_DJIBE,
        "Sous l'avenant 7 : 70 % dans les 15 jours suivant l'embauche de l'assistant.",
    ),
};
