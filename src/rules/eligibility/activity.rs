//! §2, minimum activity. A GP's patientèle médecin traitant must reach the 30th percentile (more than
//! 640 adults under avenant 7, at least 775 since 2023); another specialty's file active must reach
//! its own 30th percentile, which nobody publishes: the band the CPAM gave decides, or the CPAM does.
//! No threshold for a newly installed doctor, nor (avenant 7) for a GP with many patients under 16.
//! A doctor with a disability or a mixed activity gets the adaptation the text provides.

use super::{Check, Condition, ReasonCode};
use crate::format;
use crate::rules::explain::Explanation;
use crate::rules::facts::Status;
use crate::rules::model::{Adaptation, Reach, RuleVersion, Threshold};
use crate::rules::questions::Question;
use crate::situation::{Band, Situation, Specialty};

const CONDITION: Condition = Condition::new("Activité minimale", &[ReasonCode::Activite]);

pub fn check(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    let specialty = situation.specialty?;
    let rules = &version.eligibility;
    let why = Explanation::new("").version(version);
    if situation.is_newly_installed() {
        return Some(
            CONDITION.met(
                "nouvellement installé : pas de seuil",
                why.rule(
                    "Un médecin nouvellement installé n'a pas de seuil d'activité à atteindre.",
                )
                .input("Nouvellement installé", "oui")
                .rests_on(&rules.newly_installed_exempt),
            ),
        );
    }
    if let (true, Some(exemption)) = (
        specialty.is_general_practice() && situation.many_children == Some(true),
        rules.children_exemption,
    ) {
        return Some(
            CONDITION.met(
                format!(
                    "plus de {} de patients de moins de 16 ans : pas de seuil",
                    exemption.value.french()
                ),
                why.rule(format!(
                "Un généraliste dont plus de {} des patients ont moins de 16 ans n'a pas de seuil \
                 d'activité.",
                exemption.value.french()
            ))
                .rests_on(&exemption),
            ),
        );
    }
    Some(match (specialty, situation.stated_band) {
        (Specialty::GeneralPractice, _) => general_practice(situation, version, why),
        (_, Some(band)) => stated(band, situation, version, why),
        (Specialty::ParticularPractice, None) => {
            let rule = rules.particular_practice;
            CONDITION.to_confirm(
                "seuil des MEP : à confirmer",
                why.rule(rule.value).rests_on(&rule),
            )
        }
        (_, None) => CONDITION.to_confirm(
            "bande non indiquée : à confirmer",
            why.rule(
                "Hors médecine générale, la file active doit atteindre le 30e percentile de la \
                 spécialité. Ces percentiles ne sont pas publiés : indiquez la bande que votre CPAM \
                 vous a donnée, ou elle vérifiera.",
            )
            .source(version.source)
            .with_status(Status::Unknown),
        ),
    })
}

fn general_practice(
    situation: &Situation,
    version: &'static RuleVersion,
    why: Explanation,
) -> Check {
    let thresholds = &version.thresholds;
    let threshold = thresholds.p30;
    let why = why
        .rule(format!(
            "Un généraliste doit compter {} patients médecin traitant ({}) : c'est le 30e percentile.",
            threshold.value.french(),
            thresholds.population.value.french()
        ))
        .rests_on(&threshold)
        .rests_on(&thresholds.population);
    match (situation.stated_band, situation.pmt) {
        // The band the CPAM gave decides, whatever the count (RULES.md §1).
        (Some(band), pmt) => {
            let why = match pmt {
                Some(pmt) => why.input("Patientèle médecin traitant", format::count(pmt)),
                None => why,
            };
            stated(band, situation, version, why)
        }
        (None, Some(pmt)) => {
            let why = why.input("Patientèle médecin traitant", format::count(pmt));
            let about = |reach: Reach| {
                format!(
                    "vos {} patients{} (seuil P30)",
                    format::count(pmt),
                    against(threshold.value, reach)
                )
            };
            match threshold.value.reach(pmt) {
                Reach::Reached => CONDITION.met(about(Reach::Reached), why),
                Reach::NotReached => below(about(Reach::NotReached), situation, version, why),
                Reach::Uncertain => CONDITION.to_confirm(about(Reach::Uncertain), why),
            }
        }
        (None, None) => CONDITION.missing(Question::Pmt, Some(version)),
    }
}

/// A count against a threshold, in words that keep an exclusive threshold exclusive: « ≥ 775 » and
/// « < 775 » for « au moins 775 », « : plus de 640 » and « : pas plus de 640 » for « plus de 640 ».
fn against(threshold: Threshold, reach: Reach) -> String {
    match (threshold, reach) {
        (
            Threshold::Exact {
                inclusive: true, ..
            },
            Reach::Reached,
        ) => format!(" ≥ {}", threshold.number()),
        (
            Threshold::Exact {
                inclusive: true, ..
            },
            _,
        ) => format!(" < {}", threshold.number()),
        (Threshold::Exact { .. }, Reach::Reached) => format!("\u{a0}: {}", threshold.french()),
        (Threshold::Exact { .. }, _) => format!("\u{a0}: pas {}", threshold.french()),
        (Threshold::Range { .. }, _) => format!(" ≈ {}", threshold.number()),
    }
}

/// The band the CPAM gave decides, the doctor's own answer about their contract.
fn stated(
    band: Band,
    situation: &Situation,
    version: &'static RuleVersion,
    why: Explanation,
) -> Check {
    let why = why
        .input("Bande donnée par votre CPAM", band.label())
        .source(version.source);
    let about = format!("bande indiquée : {}", band.label());
    if band == Band::BelowP30 {
        below(about, situation, version, why)
    } else {
        CONDITION.met(about, why)
    }
}

/// Below the threshold: failed, unless the doctor's particular situation changes that. An adapted
/// contract (since 2023) makes the doctor eligible; a derogation (avenant 7, disability) or an
/// unpublished treatment leaves it to the CPAM.
fn below(
    about: String,
    situation: &Situation,
    version: &'static RuleVersion,
    why: Explanation,
) -> Check {
    let particular = &version.eligibility.particular;
    let rules: Vec<_> = [
        (situation.disability == Some(true), particular.disability),
        (
            situation.mixed_activity == Some(true),
            particular.mixed_activity,
        ),
    ]
    .into_iter()
    .filter_map(|(reported, rule)| reported.then_some(rule))
    .collect();
    if let Some(adapted) = rules
        .iter()
        .find(|r| r.value == Adaptation::ContractAdapted)
    {
        return CONDITION.met(
            format!("{about} : contrat adapté par votre CPAM"),
            why.rests_on(adapted),
        );
    }
    match rules.first() {
        Some(rule) => CONDITION.to_confirm(
            format!("{about} : à confirmer par votre CPAM"),
            why.rests_on(rule),
        ),
        None => CONDITION.failed(about, why),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::versions::{av7, conv2024};

    fn about(pmt: u32, version: &'static RuleVersion) -> String {
        let gp = Situation {
            specialty: Some(Specialty::GeneralPractice),
            pmt: Some(pmt),
            ..Situation::default()
        };
        check(&gp, version)
            .expect("a GP's activity is checked")
            .about
    }

    #[test]
    fn an_exclusive_threshold_is_written_as_one() {
        // Avenant 7: « plus de 640 »; 640 does not pass.
        assert_eq!(
            about(640, &av7::VERSION),
            "vos 640 patients\u{a0}: pas plus de 640 (seuil P30)"
        );
        assert_eq!(
            about(641, &av7::VERSION),
            "vos 641 patients\u{a0}: plus de 640 (seuil P30)"
        );
        // Since 2023: « au moins 775 »; 775 passes.
        assert_eq!(
            about(774, &conv2024::VERSION),
            "vos 774 patients < 775 (seuil P30)"
        );
        assert_eq!(
            about(775, &conv2024::VERSION),
            "vos 775 patients ≥ 775 (seuil P30)"
        );
    }
}
