//! What the doctor commits to in return: more patients by year 3, set by the band at signature and
//! the option. Targets are rounded up to a whole patient.

use super::band::BandResolution;
use super::explain::Explanation;
use super::facts::{sources, Status};
use super::model::{Increase, NewlyInstalledRule, RuleVersion};
use crate::format;
use crate::situation::{Band, Quotity, Situation};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Patientèle médecin traitant.
    Pmt,
    /// File active.
    Fa,
}

impl Measure {
    pub fn label(self) -> &'static str {
        match self {
            Measure::Pmt => "patientèle médecin traitant",
            Measure::Fa => "file active",
        }
    }

    /// "patients médecin traitant", "patients en file active".
    pub fn patients(self) -> &'static str {
        match self {
            Measure::Pmt => "patients médecin traitant",
            Measure::Fa => "patients en file active",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Goal {
    /// Grow from `start` to `target` (`added` more), by `rate` when it is a percentage.
    Increase {
        start: u32,
        added: u32,
        target: u32,
        rate: Option<Decimal>,
    },
    /// Keep at least `floor` patients (`start` at signature).
    Keep { start: u32, floor: u32 },
    /// Reach `level` (a newly installed doctor: the specialty's median).
    Reach { start: Option<u32>, level: u32 },
    /// The count at signature is needed to compute the target.
    NeedsCount,
    /// Not published: the CPAM sets it.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub measure: Measure,
    pub goal: Goal,
    pub why: Explanation,
}

impl Target {
    /// The count to reach (or keep).
    pub fn target_count(&self) -> Option<u32> {
        match self.goal {
            Goal::Increase { target, .. } => Some(target),
            Goal::Keep { start, .. } => Some(start),
            Goal::Reach { level, start } => Some(start.map_or(level, |start| start.max(level))),
            Goal::NeedsCount | Goal::Unknown => None,
        }
    }

    /// The lowest count that still meets a "keep" objective.
    pub fn floor(&self) -> Option<u32> {
        match self.goal {
            Goal::Keep { floor, .. } => Some(floor),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Objective {
    pub targets: Vec<Target>,
    /// Both measures must be met (avenant 7); otherwise one suffices.
    pub both_required: bool,
    /// Years given to reach it.
    pub years: u32,
    /// The rule combining the targets, and the deadline.
    pub why: Explanation,
}

impl Objective {
    pub fn target(&self, measure: Measure) -> Option<&Target> {
        self.targets.iter().find(|target| target.measure == measure)
    }
}

/// The objective for one band (the known one, or one scenario when the band is unknown).
pub fn compute(
    situation: &Situation,
    version: &RuleVersion,
    quotity: Quotity,
    band: Option<Band>,
    resolution: &BandResolution,
) -> Objective {
    let rules = &version.objective;
    let measures: &[Measure] = if situation.is_general_practitioner() {
        &[Measure::Pmt, Measure::Fa]
    } else {
        &[Measure::Fa]
    };
    let targets = measures
        .iter()
        .map(|&measure| target(situation, version, quotity, band, resolution, measure))
        .collect();

    let combination = rules.both_measures_required;
    let mut why = Explanation::new(format!(
        "L'objectif est à atteindre d'ici la {}e année du contrat.",
        rules.years
    ))
    .version(version);
    if measures.len() > 1 {
        why = why.rests_on(&combination);
        why.rule.push_str(if combination.value {
            " Les deux objectifs (patientèle médecin traitant et file active) doivent être atteints."
        } else {
            " Atteindre l'un des deux objectifs (patientèle médecin traitant ou file active) suffit."
        });
    }
    if situation.is_newly_installed() {
        if let NewlyInstalledRule::ReachMedian {
            next_objective_years: Some(next),
            ..
        } = rules.newly_installed.value
        {
            why = why.rests_on(&rules.newly_installed).note(format!(
                "Nouvellement installé : l'objectif suivant vous laisse {next} ans au lieu d'un."
            ));
        }
    }
    Objective {
        targets,
        both_required: measures.len() > 1 && combination.value,
        years: rules.years,
        why,
    }
}

fn start_count(situation: &Situation, measure: Measure) -> Option<u32> {
    match measure {
        Measure::Pmt => situation.pmt,
        Measure::Fa => situation.fa,
    }
}

fn target(
    situation: &Situation,
    version: &RuleVersion,
    quotity: Quotity,
    band: Option<Band>,
    resolution: &BandResolution,
    measure: Measure,
) -> Target {
    let rules = &version.objective;
    let start = start_count(situation, measure);
    let base = Explanation::new("").version(version);
    let base = match start {
        Some(count) => base.input(
            format!("{} à la signature", format::capitalised(measure.label())),
            format::count(count),
        ),
        None => base,
    };
    let make = |goal: Goal, rule: String, why: Explanation| Target {
        measure,
        goal,
        why: Explanation { rule, ..why },
    };

    if quotity.is_second_assistant() {
        return make(
            Goal::Unknown,
            "Les objectifs liés à un second assistant ne sont pas publiés : votre CPAM les fixe."
                .to_string(),
            base.source(&sources::S4_AMELI_SIMULATEUR)
                .with_status(Status::Unknown),
        );
    }

    if situation.is_newly_installed() {
        let rule = rules.newly_installed;
        let why = base.rests_on(&rule);
        return match rule.value {
            NewlyInstalledRule::Unpublished { described_as } => make(
                Goal::Unknown,
                format!("Nouvellement installé, sous l'avenant 7 : {described_as}."),
                why.with_status(Status::Unknown),
            ),
            NewlyInstalledRule::ReachMedian { years, .. } => {
                let median = match measure {
                    Measure::Pmt => Some(version.thresholds.p50.map(|t| t.count)),
                    Measure::Fa => Some(version.thresholds.fa_p50),
                }
                .filter(|_| situation.is_general_practitioner());
                match median {
                    Some(level) => make(
                        Goal::Reach {
                            start,
                            level: level.value,
                        },
                        format!(
                            "Nouvellement installé : atteindre en {years} ans la médiane des généralistes, \
                             {} en {}.",
                            format::patients(level.value),
                            measure.label()
                        ),
                        why.rests_on(&level),
                    ),
                    None => make(
                        Goal::Unknown,
                        format!(
                            "Nouvellement installé : atteindre en {years} ans la médiane de votre spécialité, \
                             qui n'est pas publiée : votre CPAM vous l'indique."
                        ),
                        why.with_status(Status::Unknown),
                    ),
                }
            }
        };
    }

    if let (Some(rule), Some(age)) = (rules.senior, situation.age) {
        if age >= rule.value.from_age {
            let why = base.rests_on(&rule).input("Âge", format!("{age} ans"));
            let text = format!(
                "À partir de {} ans : maintenir votre {}, une baisse de {} étant tolérée.",
                rule.value.from_age,
                measure.label(),
                format::percent(rule.value.tolerated_fall)
            );
            return match start {
                Some(start) => make(
                    Goal::Keep {
                        start,
                        floor: round_up(
                            Decimal::from(start) * (Decimal::ONE - rule.value.tolerated_fall),
                        ),
                    },
                    text,
                    why,
                ),
                None => make(Goal::NeedsCount, text, why),
            };
        }
    }

    let Some(band) = band else {
        return make(
            Goal::Unknown,
            "Votre bande n'est pas connue : l'objectif dépend d'elle.".to_string(),
            base.with_status(Status::Unknown),
        );
    };
    let Some(cell) = rules.grid.cell(band, quotity) else {
        return make(
            Goal::Unknown,
            format!("Pas d'objectif publié pour une activité {}.", band.label()),
            base.with_status(Status::Unknown),
        );
    };
    let mut why = base
        .input("Bande", band.label())
        .input("Option", quotity.label())
        .rests_on(&cell);
    if resolution.band == Some(band) {
        why = why.rests_on_explanation(&resolution.why);
    }
    if measure == Measure::Fa && situation.is_general_practitioner() {
        why = why.with_status(Status::Estimate).note(
            "Les percentiles de file active des généralistes au-delà de la médiane ne sont pas publiés : \
             nous appliquons à la file active la bande de votre patientèle médecin traitant.",
        );
    }
    match cell.value {
        Increase::Maintain => {
            let text = format!(
                "{} : maintenir votre {}.",
                format::capitalised(band.label()),
                measure.label()
            );
            match start {
                Some(start) => make(
                    Goal::Keep {
                        start,
                        floor: start,
                    },
                    text,
                    why,
                ),
                None => make(Goal::NeedsCount, text, why),
            }
        }
        Increase::Percent(rate) => {
            let text = format!(
                "{} à {} : +{} de {} en {} ans.",
                format::capitalised(band.label()),
                quotity.label(),
                format::percent(rate),
                measure.label(),
                rules.years
            );
            match start {
                Some(start) => {
                    let target = round_up(Decimal::from(start) * (Decimal::ONE + rate));
                    make(
                        Goal::Increase {
                            start,
                            added: target - start,
                            target,
                            rate: Some(rate),
                        },
                        text,
                        why,
                    )
                }
                None => make(Goal::NeedsCount, text, why),
            }
        }
    }
}

/// Up to the next whole patient. Counts are bounded far below u32::MAX.
pub fn round_up(value: Decimal) -> u32 {
    value.ceil().to_u32().unwrap_or(u32::MAX)
}
