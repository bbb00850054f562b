//! What the doctor commits to in return (RULES.md §4): more patients by year 3, set by the band at
//! signature and the option; or, for some doctors, another kind of goal. Targets are rounded up to a
//! whole patient. One file per kind of goal: the grid, a newly installed doctor, a doctor of 65 or
//! more; what nobody published is left to the CPAM.

mod grid;
mod newly_installed;
mod senior;

use super::band::BandResolution;
use super::explain::Explanation;
use super::facts::{Fact, Status};
use super::model::{Adaptation, RuleVersion};
use super::sources;
use crate::format;
use crate::percent::Percent;
use crate::situation::{Band, Quotity, Situation, Specialty};
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
    /// Grow from `start` to `target` (`added` more), by `rate` when the rule is a percentage.
    Increase {
        start: u32,
        added: u32,
        target: u32,
        rate: Option<Percent>,
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

    /// The count at signature, when known.
    pub fn start_count(&self) -> Option<u32> {
        match self.goal {
            Goal::Increase { start, .. } | Goal::Keep { start, .. } => Some(start),
            Goal::Reach { start, .. } => start,
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
    /// The rule combining the measures, as its text says it.
    pub combination: Fact<bool>,
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

/// What one target is computed from: the situation, its rules, and the band assumed.
pub(super) struct Case<'a> {
    pub situation: &'a Situation,
    pub version: &'static RuleVersion,
    pub quotity: Quotity,
    pub band: Option<Band>,
    pub resolution: &'a BandResolution,
    pub measure: Measure,
}

impl Case<'_> {
    fn start(&self) -> Option<u32> {
        match self.measure {
            Measure::Pmt => self.situation.pmt,
            Measure::Fa => self.situation.fa,
        }
    }

    /// An explanation that already names the version and the count at signature.
    fn explanation(&self) -> Explanation {
        let why = Explanation::new("").version(self.version);
        match self.start() {
            Some(count) => why.input(
                format!(
                    "{} à la signature",
                    format::capitalised(self.measure.label())
                ),
                format::count(count),
            ),
            None => why,
        }
    }

    fn target(&self, goal: Goal, why: Explanation) -> Target {
        Target {
            measure: self.measure,
            goal,
            why,
        }
    }

    /// A goal nobody published: the CPAM sets it.
    fn unknown(&self, rule: impl AsRef<str>, why: Explanation) -> Target {
        self.target(Goal::Unknown, why.rule(rule).with_status(Status::Unknown))
    }
}

/// The objective for one band (the known one, or one scenario when the band is unknown).
pub fn compute(
    situation: &Situation,
    version: &'static RuleVersion,
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
        .map(|&measure| {
            target(&Case {
                situation,
                version,
                quotity,
                band,
                resolution,
                measure,
            })
        })
        .collect();

    let combination = rules.both_measures_required;
    let years = rules.years.value;
    let mut why = Explanation::new(format!(
        "L'objectif est à atteindre d'ici la {years}e année du contrat."
    ))
    .version(version)
    .rests_on(&rules.years);
    if measures.len() > 1 {
        why = why.rests_on(&combination);
        why.rule.push_str(if combination.value {
            " Les deux objectifs (patientèle médecin traitant et file active) doivent être atteints."
        } else {
            " Atteindre l'un des deux objectifs (patientèle médecin traitant ou file active) suffit."
        });
    }
    if situation.is_newly_installed() {
        why = newly_installed::next_objective(why, version);
    }
    Objective {
        targets,
        both_required: measures.len() > 1 && combination.value,
        combination,
        years,
        why,
    }
}

/// One target, by kind of goal: what nobody published first, then the particular doctors, then the
/// grid.
fn target(case: &Case) -> Target {
    let why = case.explanation();
    let situation = case.situation;
    if case.quotity.is_second_assistant() {
        return case.unknown(
            "Les objectifs liés à un second assistant ne sont pas publiés : votre CPAM les fixe.",
            why.source(&sources::S4_AMELI_SIMULATEUR),
        );
    }
    if let Some(target) = adapted(case, why.clone()) {
        return target;
    }
    if situation.specialty == Some(Specialty::ParticularPractice) {
        let rule = case.version.eligibility.particular_practice;
        return case.unknown(
            "Médecin à exercice particulier : la mesure de l'objectif n'est pas publiée, votre CPAM \
             la fixe.",
            why.rests_on(&rule),
        );
    }
    if situation.is_newly_installed() {
        return newly_installed::target(case, why);
    }
    if let Some(target) = senior::target(case, why.clone()) {
        return target;
    }
    grid::target(case, why)
}

/// A contract the CPAM adapts (disability, mixed activity) has the objective the CPAM sets; so does
/// a mixed activity under a text that weighted it by a formula nobody published.
fn adapted(case: &Case, why: Explanation) -> Option<Target> {
    let situation = case.situation;
    let particular = &case.version.eligibility.particular;
    let rule = [
        (situation.disability == Some(true), particular.disability),
        (
            situation.mixed_activity == Some(true),
            particular.mixed_activity,
        ),
    ]
    .into_iter()
    .filter_map(|(reported, rule)| reported.then_some(rule))
    .find(|rule| rule.value != Adaptation::ThresholdDerogation)?;
    Some(case.unknown(
        "Votre situation particulière : l'objectif est celui que votre CPAM fixe dans votre contrat.",
        why.rests_on(&rule),
    ))
}

/// Up to the next whole patient. Counts are bounded far below u32::MAX.
pub fn round_up(value: Decimal) -> u32 {
    value.ceil().to_u32().unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use crate::date::Date;
    use crate::rules::evaluate;
    use crate::situation::{Band, Quotity, Sector, Situation, Specialty};

    fn objective(specialty: Specialty, signature: Date) -> super::Objective {
        let situation = Situation {
            specialty: Some(specialty),
            sector: Some(Sector::One),
            pmt: Some(1_300),
            fa: Some(1_900),
            stated_band: Some(Band::P50To70),
            quotity: Some(Quotity::Half),
            signature: Some(signature),
            ..Situation::default()
        };
        let outcome = evaluate(&situation);
        outcome.primary().expect("a scenario").objective.clone()
    }

    #[test]
    fn two_measures_say_whether_both_or_either_must_be_met() {
        let both = objective(Specialty::GeneralPractice, Date::ymd(2021, 3, 1));
        assert!(both.both_required);
        assert!(
            both.why.rule.contains("Les deux objectifs"),
            "{}",
            both.why.rule
        );
        let either = objective(Specialty::GeneralPractice, Date::ymd(2025, 3, 1));
        assert!(!either.both_required);
        assert!(
            either.why.rule.contains("l'un des deux"),
            "{}",
            either.why.rule
        );
    }

    #[test]
    fn one_measure_says_nothing_of_the_other() {
        // Under either rule: the one that needs both measures, and the one that takes either.
        for signature in [Date::ymd(2021, 3, 1), Date::ymd(2025, 3, 1)] {
            let one = objective(Specialty::Cardiology, signature);
            assert_eq!(one.targets.len(), 1);
            assert!(!one.both_required);
            assert!(!one.why.rule.contains("objectifs ("), "{}", one.why.rule);
        }
    }

    #[test]
    fn an_increase_says_the_patients_to_add() {
        let gp = objective(Specialty::GeneralPractice, Date::ymd(2025, 3, 1));
        let pmt = gp
            .targets
            .iter()
            .find(|t| t.measure == super::Measure::Pmt)
            .expect("a PMT target");
        let super::Goal::Increase {
            start,
            added,
            target,
            ..
        } = pmt.goal
        else {
            panic!("an increase: {:?}", pmt.goal);
        };
        // ½ ETP in P50–P70: +18,75 % (an estimate), 1 543,75 rounded up.
        assert_eq!((start, added, target), (1_300, 244, 1_544));
    }

    #[test]
    fn a_measure_reads_in_the_doctors_words() {
        use super::Measure;
        assert_eq!(Measure::Pmt.label(), "patientèle médecin traitant");
        assert_eq!(Measure::Fa.label(), "file active");
        assert_eq!(Measure::Pmt.patients(), "patients médecin traitant");
        assert_eq!(Measure::Fa.patients(), "patients en file active");
    }
}
