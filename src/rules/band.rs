//! Where the doctor's activity sits in the national distribution (the band), which sets the aid from
//! year 3 (P90, P95) and the objective.
//!
//! A GP's band comes from the patientèle médecin traitant. A count inside a threshold's range (the
//! avenant-7 median, 850 to 900) leaves two bands open. The band the CPAM gave decides whatever the
//! count (RULES.md §1: a figure the CPAM gave the doctor outranks our estimates and our secondary
//! thresholds); when the count says otherwise, the doctor is told to check it. Other specialties'
//! thresholds are unpublished: only the stated band counts.

use super::amounts::BandBasis;
use super::explain::Explanation;
use super::facts::{Fact, Status};
use super::model::{GpThresholds, Reach, RuleVersion, Threshold};
use crate::format;
use crate::situation::{Band, Situation};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BandResolution {
    /// The bands the answers leave open, lowest first: one when the band is known.
    pub bands: Vec<Band>,
    pub why: Explanation,
    /// A stated band the count contradicts, explained.
    pub conflict: Option<String>,
    /// The band comes from the count (so from thresholds that may be estimates), not from the CPAM.
    pub counted: bool,
    /// The bands the count alone would leave open, whatever the CPAM said (empty without a count).
    pub from_count: Vec<Band>,
}

impl BandResolution {
    /// The band, when only one is open.
    pub fn band(&self) -> Option<Band> {
        match self.bands.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    }

    /// How the amounts know the band: from the count (resting on the version's thresholds), or as
    /// the CPAM stated it.
    pub fn basis(&self, version: &'static RuleVersion) -> BandBasis {
        if self.counted {
            BandBasis::Counted(&version.thresholds)
        } else {
            BandBasis::Stated
        }
    }
}

/// Every band a contract can start in (P30 or more).
fn every_band() -> Vec<Band> {
    Band::ALL[1..].to_vec()
}

fn index_of(band: Band) -> usize {
    Band::ALL.iter().position(|b| *b == band).unwrap_or(0)
}

pub fn resolve(situation: &Situation, version: &'static RuleVersion) -> BandResolution {
    let stated = situation.stated_band;
    if let (true, Some(pmt)) = (situation.is_general_practitioner(), situation.pmt) {
        return from_count(pmt, stated, &version.thresholds, version);
    }
    let why = Explanation::new("").version(version);
    match stated {
        Some(band) => BandResolution {
            bands: vec![band],
            why: why.rule(format!("Bande donnée par votre CPAM : {}.", band.label())),
            conflict: None,
            counted: false,
            from_count: Vec::new(),
        },
        None => BandResolution {
            bands: every_band(),
            why: why
                .rule(if situation.is_general_practitioner() {
                    "Indiquez votre patientèle médecin traitant pour situer votre activité : nous \
                     montrons chaque bande en attendant."
                } else {
                    "Les percentiles de file active de votre spécialité ne sont pas publiés : votre \
                     CPAM vous indique votre bande. Nous montrons chaque bande en attendant."
                })
                .with_status(Status::Unknown),
            conflict: None,
            counted: false,
            from_count: Vec::new(),
        },
    }
}

/// The band a patient count falls in, with what the doctor stated. Long because every way the count
/// and the statement can agree or conflict is spelled out next to its explanation.
fn from_count(
    pmt: u32,
    stated: Option<Band>,
    thresholds: &GpThresholds,
    version: &'static RuleVersion,
) -> BandResolution {
    let floors = thresholds.band_floors().map(|(_, _, floor)| floor);
    let reach = floors.map(|floor| floor.value.reach(pmt));
    // Floors rise with the band: a band's index is the number of floors reached.
    let low = reach.iter().filter(|r| **r == Reach::Reached).count();
    let high = reach.iter().filter(|r| **r != Reach::NotReached).count();
    let counted: Vec<Band> = Band::ALL[low..=high].to_vec();

    // A band the confirmed thresholds still allow: estimates and ranges rule nothing out.
    let allowed = |candidate: usize| {
        floors
            .iter()
            .zip(reach)
            .enumerate()
            .all(|(i, (floor, reach))| {
                let firm = floor.status <= Status::Secondary;
                match (firm, reach) {
                    (true, Reach::Reached) => candidate > i,
                    (true, Reach::NotReached) => candidate <= i,
                    _ => true,
                }
            })
    };

    let bounds = describe_bounds(
        low.checked_sub(1).map(|i| floors[i]),
        floors.get(high).copied(),
    );
    let mut why = Explanation::new(if counted.len() == 1 {
        format!(
            "Votre patientèle médecin traitant situe votre activité {}.",
            counted[0].label()
        )
    } else {
        format!(
            "Votre patientèle médecin traitant tombe dans la fourchette d'un seuil : votre activité se \
             situe {} ; votre CPAM tranche.",
            crate::format::join_or(&counted.iter().map(|b| b.label()).collect::<Vec<_>>())
        )
    })
    .version(version)
    .input("Patientèle médecin traitant", format::count(pmt))
    .input("Seuils", bounds);
    // The floors bounding the open bands: below the lowest, and up to the top of the highest.
    for floor in floors
        .get(low.saturating_sub(1)..=high.min(floors.len() - 1))
        .unwrap_or(&[])
    {
        why = why.rests_on(floor);
    }

    match stated {
        Some(band) => {
            let agrees = allowed(index_of(band));
            let rule = if counted == [band] {
                format!(
                    "Bande donnée par votre CPAM : {}, cohérente avec votre patientèle.",
                    band.label()
                )
            } else if agrees {
                format!(
                    "Bande donnée par votre CPAM : {}. Votre nombre de patients ne permet pas de \
                     trancher, car le seuil qui sépare ces bandes est une estimation ou une fourchette.",
                    band.label()
                )
            } else {
                format!(
                    "Bande donnée par votre CPAM : {}. Elle prévaut sur nos seuils, qui vous \
                     situeraient {}.",
                    band.label(),
                    format::join_or(&counted.iter().map(|b| b.label()).collect::<Vec<_>>())
                )
            };
            BandResolution {
                bands: vec![band],
                why: Explanation::new(rule)
                    .version(version)
                    .input("Patientèle médecin traitant", format::count(pmt))
                    .input("Bande donnée par votre CPAM", band.label())
                    .source(version.source),
                conflict: (!agrees).then(|| {
                    format!(
                        "Votre CPAM vous a situé {}, alors que {} vous situeraient {} selon nos \
                         seuils : nous retenons la bande de votre CPAM. Vérifiez-la sur votre contrat.",
                        band.label(),
                        format::patients(pmt),
                        format::join_or(&counted.iter().map(|b| b.label()).collect::<Vec<_>>())
                    )
                }),
                counted: false,
                from_count: counted,
            }
        }
        None => BandResolution {
            bands: counted.clone(),
            why,
            conflict: None,
            counted: true,
            from_count: counted,
        },
    }
}

fn describe_bounds(lower: Option<Fact<Threshold>>, upper: Option<Fact<Threshold>>) -> String {
    let show = |fact: Fact<Threshold>| {
        let approx = if fact.status == Status::Estimate {
            "≈ "
        } else {
            ""
        };
        format!("{approx}{}", fact.value.number())
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
        let band = |pmt| resolve(&gp(pmt, None), &conv2024::VERSION).band();
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
    fn the_cpam_band_wins_whatever_the_count() {
        let resolution = resolve(&gp(1_300, Some(Band::P70To90)), &conv2024::VERSION);
        assert_eq!(resolution.band(), Some(Band::P70To90));
        assert_eq!(resolution.conflict, None);

        // RULES.md §1: the CPAM's band outranks the secondary thresholds too; the doctor is told.
        let resolution = resolve(&gp(1_300, Some(Band::P95Plus)), &conv2024::VERSION);
        assert_eq!(resolution.band(), Some(Band::P95Plus));
        assert_eq!(resolution.from_count, [Band::P50To70]);
        let conflict = resolution.conflict.expect("the count says otherwise");
        assert!(
            conflict.contains("nous retenons la bande de votre CPAM"),
            "{conflict}"
        );
    }

    #[test]
    fn a_stated_band_under_a_floor_firmly_reached_is_a_conflict() {
        // 1 100 is over the confirmed P50 (1 045): « P30–P50 » from the CPAM is kept, and said.
        let resolution = resolve(&gp(1_100, Some(Band::P30To50)), &conv2024::VERSION);
        assert_eq!(resolution.band(), Some(Band::P30To50));
        assert!(resolution.conflict.is_some());
        assert!(resolution.why.rule.contains("prévaut sur nos seuils"));
    }

    #[test]
    fn a_stated_band_the_count_agrees_with_is_said_coherent() {
        let resolution = resolve(&gp(1_600, Some(Band::P90To95)), &conv2024::VERSION);
        assert!(
            resolution.why.rule.contains("cohérente"),
            "{}",
            resolution.why.rule
        );
        // Over the estimated P70 or not, 1 300 cannot settle « P70–P90 »: it is not contradicted.
        let resolution = resolve(&gp(1_300, Some(Band::P70To90)), &conv2024::VERSION);
        assert!(resolution.why.rule.contains("ne permet pas de trancher"));
    }

    #[test]
    fn a_count_says_its_band_or_the_range_the_cpam_settles() {
        let one = resolve(&gp(1_600, None), &conv2024::VERSION).why;
        assert!(one.rule.contains("situe votre activité"), "{}", one.rule);
        let range = resolve(&gp(870, None), &av7::VERSION).why;
        assert!(range.rule.contains("votre CPAM tranche"), "{}", range.rule);
    }

    #[test]
    fn a_count_names_the_thresholds_around_it() {
        let thresholds = |pmt| {
            let why = resolve(&gp(pmt, None), &conv2024::VERSION).why;
            why.inputs
                .iter()
                .find(|(what, _)| what == "Seuils")
                .map(|(_, value)| value.clone())
                .expect("the thresholds")
        };
        assert_eq!(thresholds(500), "moins de 775");
        // The estimated P70 is marked as one, the others are not.
        assert_eq!(
            thresholds(1_100),
            "de 1\u{202f}045 à moins de ≈ 1\u{202f}330"
        );
        assert_eq!(thresholds(1_600), "de 1\u{202f}503 à moins de 1\u{202f}721");
        assert_eq!(thresholds(1_800), "1\u{202f}721 ou plus");
        // Over the top floor, the band still rests on it.
        let p95 = conv2024::VERSION.thresholds.p95;
        let top = resolve(&gp(1_800, None), &conv2024::VERSION).why;
        assert!(top.sources.contains(&p95.source));
    }

    #[test]
    fn under_avenant_7_the_median_is_a_range() {
        let bands = |pmt| resolve(&gp(pmt, None), &av7::VERSION).bands;
        assert_eq!(bands(700), [Band::P30To50]);
        assert_eq!(bands(849), [Band::P30To50]);
        assert_eq!(bands(850), [Band::P30To50, Band::P50To70]);
        assert_eq!(bands(899), [Band::P30To50, Band::P50To70]);
        assert_eq!(bands(900), [Band::P50To70]);
        let resolution = resolve(&gp(870, Some(Band::P50To70)), &av7::VERSION);
        assert_eq!(resolution.band(), Some(Band::P50To70));
        let resolution = resolve(&gp(1_300, Some(Band::P90To95)), &av7::VERSION);
        assert_eq!(resolution.band(), Some(Band::P90To95));
        let resolution = resolve(&gp(600, Some(Band::P30To50)), &av7::VERSION);
        assert_eq!(resolution.band(), Some(Band::P30To50));
        assert!(resolution.conflict.is_some());
    }

    #[test]
    fn other_specialties_need_the_stated_band() {
        let cardio = Situation {
            specialty: Some(Specialty::Cardiology),
            fa: Some(3_000),
            ..Situation::default()
        };
        let resolution = resolve(&cardio, &conv2024::VERSION);
        assert_eq!(resolution.band(), None);
        assert_eq!(resolution.bands.len(), 5);
    }
}
