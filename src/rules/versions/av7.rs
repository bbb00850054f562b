//! Avenant 7 to the 2016 medical convention (signed 20 June 2019, arrêté of 14 August 2019, JO of
//! 20 August 2019), art. 9-5-2, as amended by avenant 8 (signed 11 March 2020). Governs contracts
//! signed from 1 September 2019 to 30 April 2023. The first text: every later one builds on it.

use super::distribution_2021;
use crate::date::Date;
use crate::percent::Percent;
use crate::rules::facts::{euros, Fact, Status};
use crate::rules::model::*;
use crate::rules::sources::*;
use crate::situation::{Sector, Specialty};

pub const SIGNED_FROM: Date = Date::ymd(2019, 9, 1);
pub const SIGNED_UNTIL: Date = Date::ymd(2023, 4, 30);
/// Avenant 8's opening of 1 ETP to a GP alone in a ZAC, dated from its signature (its JO date is not
/// in our sources).
pub const AVENANT_8_FROM: Date = Date::ymd(2020, 3, 11);

pub const CONFIRMED_SECTORS: &[Sector] = &[Sector::One, Sector::TwoOptam];

/// Surgeons, ENT and gynaecologists: the specialties the clinical-fees rule of later texts covers.
pub const CLINICAL_FEES_SPECIALTIES: &[Specialty] =
    &[Specialty::Surgery, Specialty::Ent, Specialty::Gynaecology];

/// The amounts before the 2024 revaluation (ameli table of 27 June 2024, "avant").
pub static AMOUNTS: AmountTable = AmountTable {
    applies_from: SIGNED_FROM,
    name: "montants de l'avenant 7 (avant la revalorisation de 2024)",
    revaluation: None,
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

/// Radiologists could sign in these 11 départements only.
const RADIOLOGY_AREAS: Fact<AreaList> = Fact::secondary(
    AreaList {
        specialty: Specialty::Radiology,
        departements: &[
            "Ardennes",
            "Haute-Loire",
            "Vosges",
            "Ariège",
            "Lot",
            "Yonne",
            "Aube",
            "Lozère",
            "Essonne",
            "Cantal",
            "Mayenne",
        ],
    },
    &S13_DOCTEURIMAGO,
    "",
);

pub const ELIGIBILITY: EligibilityRules = EligibilityRules {
    specialties: Fact::secondary(
        SpecialtyRule::GeneralPracticeElseByArea {
            known_lists: &[RADIOLOGY_AREAS],
        },
        &S12_REAGJIR,
        "Sous l'avenant 7, la médecine générale était éligible partout ; pour les autres spécialités, \
         l'éligibilité dépendait du département, selon une liste qui n'est pas publiée en entier.",
    ),
    clinical_fees: Fact::unknown(
        ClinicalFeesRule {
            specialties: CLINICAL_FEES_SPECIALTIES,
            minimum: None,
        },
        &S5_AVENANT_7,
        "Nos sources ne disent pas si une part minimale d'honoraires cliniques était exigée sous \
         l'avenant 7.",
    ),
    eligible_sectors: Fact {
        note: "Le secteur 1 et le secteur 2 avec OPTAM ou OPTAM\u{2011}CO ouvrent droit à l'aide ; en \
               secteur 2 sans OPTAM ni OPTAM\u{2011}CO, ou hors convention, on ne peut pas signer ce \
               contrat.",
        ..Fact::confirmed(CONFIRMED_SECTORS, &S5_AVENANT_7)
    },
    group_practice_required: Fact {
        note: "Il faut exercer en groupe (au moins deux médecins) ou, seul, en zone d'intervention \
               prioritaire (ZIP) ; un généraliste seul en zone d'action complémentaire (ZAC) peut \
               aussi signer pour 1 ETP s'il atteint la médiane de patientèle.",
        ..Fact::confirmed(true, &S5_AVENANT_7)
    },
    coordination_required: Fact {
        note: "Il faut exercer de façon coordonnée (MSP, centre de santé, ESP, ESS, CPTS…) ou \
               s'engager à le faire dans les deux ans.",
        ..Fact::confirmed(true, &S5_AVENANT_7)
    },
    newly_installed_exempt: Fact::secondary(
        true,
        &S12_REAGJIR,
        "Sous l'avenant 7, le médecin nouvellement installé n'avait pas de seuil d'activité \
         (ReAGJIR et CSMF, 2019).",
    ),
    children_exemption: Some(Fact::secondary(
        Percent::new(20, 0),
        &S12_REAGJIR,
        "Un généraliste dont plus de 20 % des patients ont moins de 16 ans n'a pas de seuil \
         d'activité.",
    )),
    third_time_closed_from: Fact::confirmed(None, &S5_AVENANT_7),
    // The check's own sentence says it: 1 ETP only in a ZIP, and since avenant 8 alone in a ZAC.
    full_time: Fact::confirmed(
        FullTimeAccess::OnlyInZip {
            alone_in_zac: Some(ZacOpening {
                from: AVENANT_8_FROM,
                rule: Fact::secondary(
                    "Avenant 8 : aussi pour le généraliste exerçant seul en zone d'action \
                     complémentaire avec une patientèle au moins égale à la médiane.",
                    &S6A_CSMF_CRITERES,
                    "",
                ),
                median: THRESHOLDS.p50,
            }),
        },
        &S5_AVENANT_7,
    ),
    second_assistant: None,
    particular: ParticularSituations {
        disability: Fact::secondary(
            Adaptation::ThresholdDerogation,
            &S6A_CSMF_CRITERES,
            "Un médecin dont le handicap est reconnu (RQTH) pouvait obtenir une dérogation aux seuils \
             d'activité.",
        ),
        mixed_activity: Fact::unknown(
            Adaptation::Unpublished,
            &S5_AVENANT_7,
            "Sous l'avenant 7, la patientèle d'une activité mixte était pondérée par la file active, \
             selon une formule non publiée.",
        ),
    },
    particular_practice: Fact::unknown(
        "Médecin à exercice particulier (MEP) : la mesure d'activité et le seuil ne sont pas publiés \
         (hors de la distribution des généralistes).",
        &S5_AVENANT_7,
        "",
    ),
};

/// The avenant-7-era distribution counted adults only and was never published whole: only its P30
/// ("more than 640 adults") and its median (about 850 to 900) are known. The higher percentiles are
/// taken from the 31/12/2021 distribution, as estimates.
pub const THRESHOLDS: GpThresholds = {
    const NOTE: &str =
        "La distribution de l'époque de l'avenant 7 n'est pas publiée au-delà de la \
                        médiane : nous appliquons celle du 31/12/2021.";
    let later = distribution_2021::THRESHOLDS;
    GpThresholds {
        population: Fact::secondary(
            Population::AdultsOnly,
            &S6A_CSMF_CRITERES,
            "Sous l'avenant 7, le seuil portait sur les patients adultes (16 ans et plus).",
        ),
        p30: Fact::secondary(Threshold::more_than(640), &S6A_CSMF_CRITERES, ""),
        p50: Fact::secondary(
            Threshold::Range { from: 850, to: 900 },
            &CPAM_AV7_MEDIANE,
            "Médiane des patients adultes de l'époque, « environ 850 à 900 » : à 900 ou plus elle \
             est atteinte, sous 850 elle ne l'est pas, entre les deux votre CPAM tranche.",
        ),
        p70: later.p70.as_estimate(NOTE),
        p90: later.p90.as_estimate(NOTE),
        p95: later.p95.as_estimate(NOTE),
        fa_p50: later.fa_p50.as_estimate(NOTE),
    }
};

/// "+18,75 %" in the grid.
pub const fn more(whole: u32, hundredths: u32) -> Increase {
    Increase::Percent(Percent::new(whole, hundredths))
}

/// Increase of the patientèle asked at year 3. Option 1 (1/3 ETP) is in the avenant's text; the
/// other columns come from a union (CSMF) and the press, with the gaps estimated.
pub const GRID: Grid = {
    const MAINTAIN: Increase = Increase::Maintain;
    let text = &S5_AVENANT_7;
    let union = &S6B_CSMF_CONTREPARTIES;
    let ranges = &S7A_EGORA;
    Grid {
        cells: [
            // P30–P50
            [
                Fact::confirmed(more(20, 0), text),
                Fact::secondary(more(25, 0), union, ""),
                Fact::secondary(more(35, 0), union, ""),
            ],
            // P50–P70
            [
                Fact::confirmed(more(15, 0), text),
                Fact::estimate(
                    more(18, 75),
                    ranges,
                    "Les sources donnent une fourchette de +12,5 % à +25 % : nous retenons le milieu.",
                ),
                Fact::estimate(
                    more(20, 0),
                    &S9_DJIBE,
                    "Déduit du résultat du simulateur officiel (1 300 patients → +260) avec P70 ≈ 1 330.",
                ),
            ],
            // P70–P90
            [
                Fact::confirmed(more(7, 50), text),
                Fact::secondary(
                    more(12, 50),
                    &S7E_FMF,
                    "Relevé sur un contrat réel à mi-temps de 2019.",
                ),
                Fact::estimate(
                    more(16, 25),
                    ranges,
                    "Les sources donnent une fourchette de +12,5 % à +20 % : nous retenons le milieu.",
                ),
            ],
            // P90–P95
            [
                Fact::confirmed(more(4, 0), text),
                Fact::secondary(more(6, 0), ranges, ""),
                Fact::secondary(more(12, 50), ranges, ""),
            ],
            // P95 and more
            [
                Fact::secondary(MAINTAIN, union, ""),
                Fact::secondary(MAINTAIN, union, ""),
                Fact::secondary(
                    more(5, 0),
                    ranges,
                    "Une autre source indique un simple maintien de la patientèle.",
                ),
            ],
        ],
    }
};

pub const OBJECTIVE: ObjectiveRules = ObjectiveRules {
    grid: GRID,
    published: None,
    years: Fact::confirmed(3, &S5_AVENANT_7),
    both_measures_required: Fact::secondary(
        true,
        &S7D_CONCOURS_PLURIPRO,
        "Sous l'avenant 7, les objectifs de patientèle médecin traitant et de file active devaient \
         être atteints tous les deux.",
    ),
    senior: None,
    newly_installed: Fact::unknown(
        NewlyInstalledRule::Unpublished {
            described_as: "atteindre l'activité moyenne des généralistes, environ 850 à 900 patients \
                           médecin traitant, pondérée par la file active selon une formule non publiée",
        },
        &CPAM_AV7_MEDIANE,
        "Formule de pondération non publiée : votre CPAM fixe la cible.",
    ),
};

/// What changed from the previous text, for the barème (kept out of `VERSION`, which the app
/// carries: only the barème page reads it).
pub const CHANGES: &str =
    "Le premier texte : il crée l'aide à l'emploi d'un assistant médical, pour un médecin \
              exerçant en groupe et de façon coordonnée. L'avenant 8 ouvre le temps plein au \
              généraliste exerçant seul en zone d'action complémentaire.";

pub static VERSION: RuleVersion = RuleVersion {
    code: "av7",
    name: "Avenant 7 (et avenant 8)",
    legal_basis:
        "Avenant 7 à la convention médicale de 2016 (signé le 20 juin 2019, JO du 20 août 2019), \
         modifié par l'avenant 8 (signé le 11 mars 2020)",
    signed_from: SIGNED_FROM,
    signed_until: Some(SIGNED_UNTIL),
    checked_on: Date::ymd(2026, 12, 3),
    source: &S5_AVENANT_7,
    status: Status::Confirmed,
    eligibility: ELIGIBILITY,
    thresholds: THRESHOLDS,
    objective: OBJECTIVE,
    training_years: Fact::secondary(
        3,
        &S10_ASSISTANTS_MEDICAUX_ORG,
        "L'assistant obtient le certificat de qualification professionnelle (CQP) d'assistant \
         médical, ou la formation d'adaptation à l'emploi (FAE) s'il est infirmier, aide-soignant ou \
         auxiliaire de puériculture, dans les 3 ans suivant son embauche.",
    ),
    first_payment: Fact::secondary(
        FirstPayment::ShareAfterHiring {
            share: Percent::new(70, 0),
            days: 15,
        },
        &S9_DJIBE,
        "Sous l'avenant 7 : 70 % dans les 15 jours suivant l'embauche de l'assistant.",
    ),
};
