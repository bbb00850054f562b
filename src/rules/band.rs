//! Where the doctor's activity sits in the national distribution (the band), which sets the aid from
//! year 3 (P90, P95) and the objective.
//!
//! A GP's band comes from the patientèle médecin traitant. The band the CPAM gave wins wherever the
//! count cannot decide, that is where only an estimated threshold (P70, or any threshold under avenant
//! 7) separates two bands. Other specialties' thresholds are unpublished: only the stated band counts.

use super::explain::Explanation;
use super::facts::Status;
use super::model::{GpThresholds, RuleVersion};
use crate::format;
use crate::situation::{Band, Situation};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BandResolution {
    /// `None`: unknown, so every band is shown.
    pub band: Option<Band>,
    pub why: Explanation,
    /// A stated band the count contradicts, explained.
    pub conflict: Option<String>,
    /// The band comes from the count (so from thresholds that may be estimates), not from the CPAM.
    pub counted: bool,
}

impl BandResolution {
    /// The bands to show: the one known, or every band a contract can start in.
    pub fn candidates(&self) -> Vec<Band> {
        match self.band {
            Some(band) => vec![band],
            None => Band::ALL[1..].to_vec(),
        }
    }
}

/// Bands in order, lowest first; index `i` (from 1) starts at the `i`-th floor of `band_floors`.
fn band_at(index: usize) -> Band {
    Band::ALL[index]
}

pub fn resolve(situation: &Situation, version: &RuleVersion) -> BandResolution {
    let stated = situation.stated_band;
    match (situation.is_general_practitioner(), situation.pmt) {
        (true, Some(pmt)) => from_count(pmt, stated, &version.thresholds, version),
        (_, _) => match stated {
            Some(band) => BandResolution {
                band: Some(band),
                why: Explanation::new(format!("Bande donnée par votre CPAM : {}.", band.label()))
                    .version(version),
                conflict: None,
                counted: false,
            },
            None => BandResolution {
                band: None,
                why: Explanation::new(unknown_band_rule(situation))
                    .version(version)
                    .with_status(Status::Unknown),
                conflict: None,
                counted: false,
            },
        },
    }
}

fn unknown_band_rule(situation: &Situation) -> &'static str {
    if situation.is_general_practitioner() {
        "Indiquez votre patientèle médecin traitant pour situer votre activité : nous montrons \
         chaque bande en attendant."
    } else {
        "Les percentiles de file active de votre spécialité ne sont pas publiés : votre CPAM vous \
         indique votre bande. Nous montrons chaque bande en attendant."
    }
}

fn from_count(
    pmt: u32,
    stated: Option<Band>,
    thresholds: &GpThresholds,
    version: &RuleVersion,
) -> BandResolution {
    let floors = thresholds.band_floors();
    let reached = floors.map(|(_, floor)| floor.value.is_reached_by(pmt));
    let index = reached.iter().rposition(|r| *r).map_or(0, |i| i + 1);
    let counted = band_at(index);

    // Bands the confirmed thresholds still allow: estimated ones cannot rule a band out.
    let allowed = |candidate: usize| {
        floors
            .iter()
            .zip(reached)
            .enumerate()
            .all(|(i, ((_, floor), reached))| {
                let confirmed = floor.status <= Status::Secondary;
                !confirmed || (reached == (candidate > i))
            })
    };

    let lower = index.checked_sub(1).map(|i| floors[i].1);
    let upper = floors.get(index).map(|(_, floor)| *floor);
    let bounds = describe_bounds(lower, upper);
    let mut why = Explanation::new(format!(
        "Votre patientèle médecin traitant situe votre activité {}.",
        counted.label()
    ))
    .version(version)
    .input("Patientèle médecin traitant", format::count(pmt))
    .input("Seuils", bounds);
    for floor in lower.iter().chain(upper.iter()) {
        why = why.rests_on(floor);
    }

    match stated {
        // The CPAM's band, where the count agrees or cannot decide.
        Some(band) if allowed(Band::ALL.iter().position(|b| *b == band).unwrap_or(0)) => {
            let rule = if band == counted {
                format!("Bande donnée par votre CPAM : {}, cohérente avec votre patientèle.", band.label())
            } else {
                format!(
                    "Bande donnée par votre CPAM : {}. Votre nombre de patients ne permet pas de \
                     trancher, car le seuil qui sépare ces bandes est une estimation.",
                    band.label()
                )
            };
            BandResolution {
                band: Some(band),
                why: Explanation::new(rule)
                    .version(version)
                    .input("Patientèle médecin traitant", format::count(pmt))
                    .input("Bande donnée par votre CPAM", band.label()),
                conflict: None,
                counted: false,
            }
        }
        Some(band) => BandResolution {
            band: Some(counted),
            conflict: Some(format!(
                "La bande indiquée ({}) ne correspond pas à {} : nous retenons le nombre de patients.",
                band.label(),
                format::patients(pmt)
            )),
            why,
            counted: true,
        },
        None => BandResolution {
            band: Some(counted),
            why,
            conflict: None,
            counted: true,
        },
    }
}

fn describe_bounds(
    lower: Option<super::facts::Fact<super::model::Threshold>>,
    upper: Option<super::facts::Fact<super::model::Threshold>>,
) -> String {
    let show = |fact: super::facts::Fact<super::model::Threshold>| {
        let approx = if fact.status == Status::Estimate {
            "≈ "
        } else {
            ""
        };
        format!("{approx}{}", format::count(fact.value.count))
    };
    match (lower, upper) {
        (Some(lower), Some(upper)) => format!("de {} à moins de {}", show(lower), show(upper)),
        (Some(lower), None) => format!("{} ou plus", show(lower)),
        (None, Some(upper)) => format!("moins de {}", show(upper)),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::versions::{av7, conv2024};
    use crate::situation::Specialty;

    fn gp(pmt: u32, stated: Option<Band>) -> Situation {
        Situation {
            specialty: Some(Specialty::GeneralPractice),
            pmt: Some(pmt),
            stated_band: stated,
            ..Situation::default()
        }
    }

    #[test]
    fn counts_set_the_band_at_each_threshold() {
        let band = |pmt| resolve(&gp(pmt, None), &conv2024::VERSION).band;
        assert_eq!(band(774), Some(Band::BelowP30));
        assert_eq!(band(775), Some(Band::P30To50));
        assert_eq!(band(1_044), Some(Band::P30To50));
        assert_eq!(band(1_045), Some(Band::P50To70));
        assert_eq!(band(1_300), Some(Band::P50To70));
        assert_eq!(band(1_330), Some(Band::P70To90));
        assert_eq!(band(1_502), Some(Band::P70To90));
        assert_eq!(band(1_503), Some(Band::P90To95));
        assert_eq!(band(1_720), Some(Band::P90To95));
        assert_eq!(band(1_721), Some(Band::P95Plus));
    }

    #[test]
    fn a_band_resting_on_the_estimated_p70_is_an_estimate() {
        let resolution = resolve(&gp(1_300, None), &conv2024::VERSION);
        assert_eq!(resolution.why.status, Status::Estimate);
        let resolution = resolve(&gp(1_600, None), &conv2024::VERSION);
        assert_eq!(resolution.why.status, Status::Secondary);
    }

    #[test]
    fn the_cpam_band_wins_only_across_an_estimated_threshold() {
        let resolution = resolve(&gp(1_300, Some(Band::P70To90)), &conv2024::VERSION);
        assert_eq!(resolution.band, Some(Band::P70To90));
        assert_eq!(resolution.conflict, None);

        let resolution = resolve(&gp(1_300, Some(Band::P95Plus)), &conv2024::VERSION);
        assert_eq!(resolution.band, Some(Band::P50To70));
        assert!(resolution.conflict.is_some());
    }

    #[test]
    fn under_avenant_7_only_the_adult_threshold_of_640_is_firm() {
        let resolution = resolve(&gp(700, None), &av7::VERSION);
        assert_eq!(resolution.band, Some(Band::P30To50));
        let resolution = resolve(&gp(1_300, Some(Band::P90To95)), &av7::VERSION);
        assert_eq!(resolution.band, Some(Band::P90To95));
        let resolution = resolve(&gp(600, Some(Band::P30To50)), &av7::VERSION);
        assert_eq!(resolution.band, Some(Band::BelowP30));
    }

    #[test]
    fn other_specialties_need_the_stated_band() {
        let cardio = Situation {
            specialty: Some(Specialty::Cardiology),
            fa: Some(3_000),
            ..Situation::default()
        };
        let resolution = resolve(&cardio, &conv2024::VERSION);
        assert_eq!(resolution.band, None);
        assert_eq!(resolution.candidates().len(), 5);
    }
}
