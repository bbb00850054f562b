//! The national distribution of GPs' patientèle médecin traitant (adults and children) at
//! 31 December 2021: the percentiles behind the thresholds since the 2023 règlement arbitral. A
//! publication, not a legal text: the versions take their thresholds from it.

use crate::rules::facts::Fact;
use crate::rules::model::{GpThresholds, Population, Threshold};
use crate::rules::sources::*;

/// "At least 775" is eligible; one source writes "more than 775". The choice lives here only.
pub const P30: Fact<Threshold> = Fact::secondary(
    Threshold::at_least(775),
    &S8C_PAPS_MARTINIQUE,
    "30e percentile de la distribution au 31/12/2021 (acoorde et jhp.fr donnent le même seuil). \
     Une source écrit « plus de 775 » : nous retenons « au moins 775 ».",
);

pub const THRESHOLDS: GpThresholds = GpThresholds {
    population: Fact::secondary(
        Population::AdultsAndChildren,
        &S8B_JHP,
        "La patientèle médecin traitant compte les adultes et les enfants.",
    ),
    p30: P30,
    p50: Fact::secondary(
        Threshold::at_least(1_045),
        &S11_CONTRAT_COLLECTIF,
        "Médiane citée d'après ameli.",
    ),
    p70: Fact::estimate(
        Threshold::at_least(1_330),
        &S0_ESTIMATION,
        "Le 70e percentile n'est pas publié : rapport P70/P50 de la distribution provisoire de 2019 \
         appliqué à 1 045.",
    ),
    p90: Fact::secondary(Threshold::at_least(1_503), &S9_DJIBE, ""),
    p95: Fact::secondary(Threshold::at_least(1_721), &S9_DJIBE, ""),
    fa_p50: Fact::secondary(
        1_514,
        &S11_CONTRAT_COLLECTIF,
        "Médiane de la file active des généralistes, citée d'après ameli.",
    ),
};
