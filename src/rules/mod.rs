//! The rules engine: from the doctor's answers to the verdict, the aid for each contract year and the
//! patient objective, each with its explanation. Pure Rust: no web crate may appear in this module.
//!
//! Source of truth: the project's rules reference (shared/domain/RULES.md), restating ameli.fr, the
//! Journal officiel and secondary sources; each figure carries its status and source.

pub mod amounts;
pub mod band;
pub mod calendar;
pub mod collective;
pub mod compare;
pub mod cost;
pub mod date;
pub mod eligibility;
pub mod explain;
pub mod facts;
pub mod model;
pub mod modulation;
pub mod objective;
pub mod versions;

use amounts::{AidSchedule, BandBasis};
use band::BandResolution;
use eligibility::{Check, CheckState, Eligibility, Question, ReasonCode, Verdict};
use explain::Explanation;
use model::RuleVersion;
use objective::Objective;

use crate::situation::{Band, Situation};

/// Everything the engine says about one situation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The version governing the contract; `None` before the first one.
    pub version: Option<&'static RuleVersion>,
    pub eligibility: Eligibility,
    /// Where the activity sits (individual contracts).
    pub band: Option<BandResolution>,
    /// One per band shown: a single one when the band is known.
    pub scenarios: Vec<Scenario>,
    /// Things the doctor should know about their answers (contradictions, dates past our checks).
    pub notices: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The band this scenario assumes; `None` when the band plays no part (collective contract).
    pub band: Option<Band>,
    pub aid: AidSchedule,
    pub objective: Objective,
}

impl Outcome {
    pub fn verdict(&self) -> Verdict {
        self.eligibility.verdict()
    }

    /// The scenario of the known band, or the first one.
    pub fn primary(&self) -> Option<&Scenario> {
        self.scenarios.first()
    }

    /// Applies the year-3 what-if (counts reached at year 3) to every scenario.
    fn apply_what_if(&mut self, situation: &Situation) {
        for scenario in &mut self.scenarios {
            if let AidSchedule::Known { years } = &mut scenario.aid {
                for year in years.iter_mut() {
                    year.modulated = modulation::modulate(year, &scenario.objective, situation);
                }
            }
        }
    }
}

/// The engine's one entry point.
pub fn evaluate(situation: &Situation) -> Outcome {
    if situation.is_collective() {
        return collective::evaluate(situation);
    }
    let Some(signature) = situation.signature else {
        return without_signature(situation);
    };
    let Some(version) = versions::individual_for(signature) else {
        return Outcome {
            version: None,
            eligibility: Eligibility {
                checks: vec![eligibility::no_rule_set(signature)],
            },
            band: None,
            scenarios: Vec::new(),
            notices: Vec::new(),
        };
    };
    let eligibility = eligibility::assess(situation, version, signature);
    let band = band::resolve(situation, version);
    let basis = if band.counted {
        BandBasis::Counted(&version.thresholds)
    } else {
        BandBasis::Stated
    };
    let scenarios = match situation.quotity {
        None => Vec::new(),
        Some(quotity) => band
            .candidates()
            .into_iter()
            .map(|candidate| Scenario {
                band: Some(candidate),
                aid: amounts::schedule(signature, quotity, Some(candidate), basis, version),
                objective: objective::compute(situation, version, quotity, Some(candidate), &band),
            })
            .collect(),
    };
    let mut notices: Vec<String> = band.conflict.iter().cloned().collect();
    if signature > version.checked_on {
        notices.push(format!(
            "Les règles ont été vérifiées le {} : un contrat signé le {signature} pourrait relever de \
             règles publiées depuis.",
            version.checked_on
        ));
    }
    let mut outcome = Outcome {
        version: Some(version),
        eligibility,
        band: Some(band),
        scenarios,
        notices,
    };
    outcome.apply_what_if(situation);
    outcome
}

/// Without a signature date no version applies: ask for it, and say what else is missing.
fn without_signature(situation: &Situation) -> Outcome {
    let mut checks = vec![Check {
        title: "Date de signature",
        codes: &[ReasonCode::Date],
        state: CheckState::Missing(Question::Signature),
        why: Explanation::new("La date de signature du contrat choisit les règles applicables."),
    }];
    let also_missing: [(bool, &'static str, &'static [ReasonCode], Question); 3] = [
        (
            situation.specialty.is_none(),
            "Spécialité",
            &[ReasonCode::Specialite],
            Question::Specialty,
        ),
        (
            situation.sector.is_none(),
            "Secteur",
            &[ReasonCode::Secteur],
            Question::Sector,
        ),
        (
            situation.quotity.is_none(),
            "Option choisie",
            &[ReasonCode::Option],
            Question::Quotity,
        ),
    ];
    for (is_missing, title, codes, question) in also_missing {
        if is_missing {
            checks.push(eligibility::missing(title, codes, question, None));
        }
    }
    Outcome {
        version: None,
        eligibility: Eligibility { checks },
        band: None,
        scenarios: Vec::new(),
        notices: Vec::new(),
    }
}
