//! Who may sign (RULES.md §2). Every condition is a small function returning a [`Check`]; all of them
//! run, so the doctor sees every condition met or failed, never just the first failure.
//!
//! A condition is decided ("met" or "failed") only from confirmed facts (C or C2), the doctor's answers
//! or the band the CPAM gave. One that can only be decided from an estimate or an unknown is "to be
//! confirmed by your CPAM", with the reason under « Pourquoi ? ».

mod activity;
mod clinical_fees;
mod option;
mod particular;
mod practice;
mod second_assistant;
mod sector;
mod specialty;

pub use sector::sector_check;

use super::explain::Explanation;
use super::model::RuleVersion;
use super::questions::Question;
use super::versions;
use crate::date::Date;
use crate::situation::Situation;

/// The codes of a failed condition (also used by the case files).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReasonCode {
    Specialite,
    Honoraires,
    Secteur,
    Activite,
    Option,
    Zone,
    Groupe,
    Coordination,
    Date,
    SecondAssistant,
    Situation,
}

impl ReasonCode {
    pub const ALL: [ReasonCode; 11] = [
        ReasonCode::Specialite,
        ReasonCode::Honoraires,
        ReasonCode::Secteur,
        ReasonCode::Activite,
        ReasonCode::Option,
        ReasonCode::Zone,
        ReasonCode::Groupe,
        ReasonCode::Coordination,
        ReasonCode::Date,
        ReasonCode::SecondAssistant,
        ReasonCode::Situation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReasonCode::Specialite => "specialite",
            ReasonCode::Honoraires => "honoraires",
            ReasonCode::Secteur => "secteur",
            ReasonCode::Activite => "activite",
            ReasonCode::Option => "option",
            ReasonCode::Zone => "zone",
            ReasonCode::Groupe => "groupe",
            ReasonCode::Coordination => "coordination",
            ReasonCode::Date => "date",
            ReasonCode::SecondAssistant => "second-assistant",
            ReasonCode::Situation => "situation",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckState {
    Met,
    Failed,
    Missing(Question),
    /// Only an estimate or an unpublished rule could decide: the CPAM answers.
    ToConfirm,
}

impl CheckState {
    /// Met when the condition holds, failed when it does not.
    pub fn met_if(holds: bool) -> CheckState {
        if holds {
            CheckState::Met
        } else {
            CheckState::Failed
        }
    }

    /// "met", "failed", "missing", "to-confirm": the words of the case files.
    pub fn code(&self) -> &'static str {
        match self {
            CheckState::Met => "met",
            CheckState::Failed => "failed",
            CheckState::Missing(_) => "missing",
            CheckState::ToConfirm => "to-confirm",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub title: &'static str,
    pub codes: &'static [ReasonCode],
    pub state: CheckState,
    /// What the condition says of this doctor: "vos 1 300 patients ≥ 775 (seuil P30)".
    pub about: String,
    pub why: Explanation,
}

/// A condition's name and reason codes, and the checks it can give.
pub struct Condition {
    pub title: &'static str,
    pub codes: &'static [ReasonCode],
}

impl Condition {
    pub const fn new(title: &'static str, codes: &'static [ReasonCode]) -> Condition {
        Condition { title, codes }
    }

    pub fn check(&self, state: CheckState, about: impl AsRef<str>, why: Explanation) -> Check {
        self.make(state, about.as_ref(), why)
    }

    /// The one body behind every check: never inlined, so called from everywhere at little cost.
    #[inline(never)]
    fn make(&self, state: CheckState, about: &str, why: Explanation) -> Check {
        Check {
            title: self.title,
            codes: self.codes,
            state,
            about: about.to_string(),
            why,
        }
    }

    pub fn met(&self, about: impl AsRef<str>, why: Explanation) -> Check {
        self.check(CheckState::Met, about, why)
    }

    pub fn failed(&self, about: impl AsRef<str>, why: Explanation) -> Check {
        self.check(CheckState::Failed, about, why)
    }

    pub fn decided(&self, holds: bool, about: impl AsRef<str>, why: Explanation) -> Check {
        self.check(CheckState::met_if(holds), about, why)
    }

    pub fn to_confirm(&self, about: impl AsRef<str>, why: Explanation) -> Check {
        self.check(CheckState::ToConfirm, about, why)
    }

    /// Cannot be decided yet: the answer to ask for, under the rules of `version` when known.
    pub fn missing(&self, question: Question, version: Option<&'static RuleVersion>) -> Check {
        let why = Explanation::new(format!("Réponse attendue : {}.", question.french()));
        let why = match version {
            Some(version) => why.version(version),
            None => why,
        };
        self.check(
            CheckState::Missing(question),
            format!("à indiquer : {}", question.french()),
            why,
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Eligible,
    /// Nothing fails, but only the CPAM can decide a condition.
    ToConfirm,
    Incomplete {
        missing: Vec<Question>,
    },
    Ineligible {
        failed: Vec<ReasonCode>,
    },
}

impl Verdict {
    /// "eligible", "to-confirm", "incomplete", "ineligible": the words of the case files.
    pub fn code(&self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::ToConfirm => "to-confirm",
            Verdict::Incomplete { .. } => "incomplete",
            Verdict::Ineligible { .. } => "ineligible",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Eligibility {
    pub checks: Vec<Check>,
}

/// Each item once, in order of first appearance.
fn once<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    items.fold(Vec::new(), |mut kept, item| {
        if !kept.contains(&item) {
            kept.push(item);
        }
        kept
    })
}

impl Eligibility {
    /// Failed beats missing, missing beats to-confirm.
    pub fn verdict(&self) -> Verdict {
        let failed = once(
            self.checks
                .iter()
                .filter(|check| check.state == CheckState::Failed)
                .flat_map(|check| check.codes.iter().copied()),
        );
        if !failed.is_empty() {
            return Verdict::Ineligible { failed };
        }
        let missing = once(self.checks.iter().filter_map(|check| match check.state {
            CheckState::Missing(question) => Some(question),
            _ => None,
        }));
        if !missing.is_empty() {
            return Verdict::Incomplete { missing };
        }
        if self
            .checks
            .iter()
            .any(|check| check.state == CheckState::ToConfirm)
        {
            return Verdict::ToConfirm;
        }
        Verdict::Eligible
    }
}

/// Every condition of an individual contract under `version`.
pub fn assess(
    situation: &Situation,
    version: &'static RuleVersion,
    signature: Date,
) -> Eligibility {
    let mut checks: Vec<Check> = [
        specialty::check(situation, version),
        clinical_fees::check(situation, version),
        sector::sector_check(situation, version),
        activity::check(situation, version),
        practice::group(situation, version, signature),
        practice::coordination(situation, version),
        option::check(situation, version, signature),
        particular::check(situation, version),
    ]
    .into_iter()
    .flatten()
    .collect();
    checks.extend(second_assistant::checks(situation, version, signature));
    Eligibility { checks }
}

const DATE: Condition = Condition::new("Date de signature", &[ReasonCode::Date]);

/// The check a signature before the first version gets.
pub fn no_rule_set(signature: Date) -> Check {
    let first = versions::first();
    DATE.failed(
        format!("signé le {} : avant le dispositif", signature.french()),
        Explanation::new(format!(
            "Aucune règle ne s'applique à un contrat signé le {} : le dispositif a commencé avec le \
             texte « {} », pour les contrats signés à partir du {}.",
            signature.french(),
            first.name,
            first.signed_from.french()
        ))
        .input("Date de signature", signature.french())
        .source(first.source),
    )
}

/// Without a signature date no version applies: ask for it, and for what else is missing.
pub fn without_signature(situation: &Situation) -> Eligibility {
    let mut checks = vec![DATE.check(
        CheckState::Missing(Question::Signature),
        "à indiquer : la date de signature",
        Explanation::new("La date de signature du contrat choisit les règles applicables."),
    )];
    let also_missing = [
        (
            situation.specialty.is_none(),
            specialty::CONDITION,
            Question::Specialty,
        ),
        (
            situation.sector.is_none(),
            sector::CONDITION,
            Question::Sector,
        ),
        (
            situation.quotity.is_none(),
            option::CONDITION,
            Question::Quotity,
        ),
    ];
    for (is_missing, condition, question) in also_missing {
        if is_missing {
            checks.push(condition.missing(question, None));
        }
    }
    Eligibility { checks }
}

/// "oui" / "non" for an answer shown among a rule's inputs.
pub fn yes_no(value: bool) -> &'static str {
    if value {
        "oui"
    } else {
        "non"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::date::Date;
    use crate::situation::{Quotity, Sector, Specialty};

    /// Every decided condition says its rule in a sentence, under every text.
    #[test]
    fn every_decided_condition_says_its_rule() {
        for signature in [
            Date::ymd(2021, 3, 1),
            Date::ymd(2023, 9, 1),
            Date::ymd(2025, 3, 1),
        ] {
            for (sector, zip) in [(Sector::One, false), (Sector::Two, true)] {
                let situation = Situation {
                    specialty: Some(Specialty::GeneralPractice),
                    sector: Some(sector),
                    pmt: Some(1_000),
                    quotity: Some(Quotity::Full),
                    signature: Some(signature),
                    in_zip: Some(zip),
                    in_zac: Some(false),
                    group_practice: Some(false),
                    coordinated_practice: Some(false),
                    ..Situation::default()
                };
                for check in crate::rules::evaluate(&situation).eligibility.checks {
                    if !matches!(check.state, CheckState::Missing(_)) {
                        assert!(
                            !check.why.rule.trim().is_empty(),
                            "{signature:?}: {check:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_clinical_share_rule_says_over_which_months_it_counts() {
        let surgeon = Situation {
            specialty: Some(Specialty::Surgery),
            clinical_share: Some(crate::percent::Percent::new(80, 0)),
            signature: Some(Date::ymd(2025, 3, 1)),
            ..Situation::default()
        };
        let outcome = crate::rules::evaluate(&surgeon);
        let clinical = outcome
            .eligibility
            .checks
            .iter()
            .find(|check| check.codes.contains(&ReasonCode::Honoraires))
            .expect("the clinical share's check");
        assert_eq!(clinical.state, CheckState::Met);
        assert!(
            clinical.why.rule.contains("12 mois précédant la signature"),
            "{}",
            clinical.why.rule
        );
    }

    #[test]
    fn a_yes_no_answer_reads_in_french() {
        assert_eq!(yes_no(true), "oui");
        assert_eq!(yes_no(false), "non");
    }
}
