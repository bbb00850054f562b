//! §2, how the doctor practises (avenant 7 only): in a group of two doctors or more, or alone in a
//! ZIP; and in a coordinated structure, or committed to join one within two years. Avenant 8 adds a
//! route for a GP alone in a ZAC at the median patientèle, for a full-time assistant.

use super::{yes_no, Check, Condition, ReasonCode};
use crate::date::Date;
use crate::format;
use crate::rules::explain::Explanation;
use crate::rules::model::{FullTimeAccess, Reach, RuleVersion, ZacOpening};
use crate::rules::questions::Question;
use crate::situation::{Band, Quotity, Situation};

const GROUP: Condition = Condition::new("Exercice en groupe", &[ReasonCode::Groupe]);
const COORDINATION: Condition = Condition::new("Exercice coordonné", &[ReasonCode::Coordination]);

pub fn group(
    situation: &Situation,
    version: &'static RuleVersion,
    signature: Date,
) -> Option<Check> {
    let rule = version.eligibility.group_practice_required;
    if !rule.value {
        return None;
    }
    let why = Explanation::new(rule.note)
        .version(version)
        .input("Exercice en groupe", answer(situation.group_practice))
        .input("En ZIP", answer(situation.in_zip))
        .source(rule.source)
        .with_status(rule.status);
    if situation.group_practice == Some(true) {
        return Some(GROUP.met("vous exercez en groupe", why));
    }
    if situation.in_zip == Some(true) {
        return Some(GROUP.met("seul, en ZIP", why));
    }
    Some(match zac_route(situation, version, signature) {
        // Being alone is not known until the doctor says so: the group question comes first.
        _ if situation.group_practice.is_none() => {
            GROUP.missing(Question::GroupPractice, Some(version))
        }
        ZacRoute::Closed if situation.in_zip.is_none() => {
            GROUP.missing(Question::Zip, Some(version))
        }
        ZacRoute::Closed => GROUP.failed("seul, hors ZIP", why),
        ZacRoute::Needs(question) => GROUP.missing(question, Some(version)),
        ZacRoute::Decided(route) => {
            let why = route.explain(why);
            match route.reach {
                Reach::Reached => GROUP.met(route.about(), why),
                Reach::NotReached if situation.in_zip.is_none() => {
                    GROUP.missing(Question::Zip, Some(version))
                }
                Reach::NotReached => GROUP.failed(route.about(), why),
                Reach::Uncertain => GROUP.to_confirm(route.about(), why),
            }
        }
    })
}

pub fn coordination(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    let rule = version.eligibility.coordination_required;
    if !rule.value {
        return None;
    }
    let Some(coordinated) = situation.coordinated_practice else {
        return Some(COORDINATION.missing(Question::Coordination, Some(version)));
    };
    Some(
        COORDINATION.decided(
            coordinated,
            if coordinated {
                "vous exercez de façon coordonnée"
            } else {
                "pas d'exercice coordonné"
            },
            Explanation::new(rule.note)
                .version(version)
                .input("Exercice coordonné", yes_no(coordinated))
                .source(rule.source)
                .with_status(rule.status),
        ),
    )
}

/// "oui", "non", or "sans réponse" for an answer shown among a rule's inputs.
fn answer(value: Option<bool>) -> &'static str {
    value.map_or("sans réponse", yes_no)
}

/// What placed the doctor against the median: the count, or the band the CPAM gave, which decides
/// whatever the count (RULES.md §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    Count(u32),
    Band(Band),
}

/// A GP alone in a ZAC, for 1 ETP, placed against the median.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZacDecision {
    pub opening: ZacOpening,
    pub placement: Placement,
    pub reach: Reach,
}

impl ZacDecision {
    /// "seul en ZAC\u{a0}: vos 870 patients, médiane entre 850 et 900\u{a0}: à confirmer par votre CPAM",
    /// "seul en ZAC : bande donnée par votre CPAM, au-dessus de la médiane".
    pub fn about(&self) -> String {
        let verdict = match self.reach {
            Reach::Reached => "atteinte",
            Reach::NotReached => "non atteinte",
            Reach::Uncertain => "à confirmer par votre CPAM",
        };
        match self.placement {
            Placement::Count(pmt) => format!(
                "seul en ZAC : vos {} patients, médiane {} : {verdict}",
                format::count(pmt),
                self.opening.median.value.french()
            ),
            Placement::Band(band) => {
                format!(
                    "seul en ZAC : bande donnée par votre CPAM ({}), médiane {verdict}",
                    band.label()
                )
            }
        }
    }

    /// The route's inputs and what it rests on: the median's fact, or the CPAM's band alone.
    pub fn explain(&self, why: Explanation) -> Explanation {
        let rule = self.opening.rule;
        let why = why
            .input("Seul en ZAC, 1 ETP", "oui")
            .note(rule.value)
            .source(rule.source)
            .with_status(rule.status);
        match self.placement {
            Placement::Count(pmt) => why
                .input("Patientèle médecin traitant", format::count(pmt))
                .rests_on(&self.opening.median),
            Placement::Band(band) => why
                .input("Bande donnée par votre CPAM", band.label())
                .note("La bande que votre CPAM vous a donnée décide, quel que soit le nombre de patients."),
        }
    }
}

/// Avenant 8's route: a GP alone in a ZAC, for 1 ETP, at the median.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZacRoute {
    /// Not open to this situation.
    Closed,
    /// Could open once this is answered (being in a ZAC, the patientèle).
    Needs(Question),
    /// The doctor placed against the median.
    Decided(ZacDecision),
}

pub fn zac_route(situation: &Situation, version: &RuleVersion, signature: Date) -> ZacRoute {
    let FullTimeAccess::OnlyInZip {
        alone_in_zac: Some(opening),
    } = version.eligibility.full_time.value
    else {
        return ZacRoute::Closed;
    };
    let could_apply = signature >= opening.from
        && situation.quotity == Some(Quotity::Full)
        && situation.is_general_practitioner()
        && situation.group_practice != Some(true)
        && situation.in_zip != Some(true);
    match (
        could_apply,
        situation.in_zac,
        situation.stated_band,
        situation.pmt,
    ) {
        (false, ..) | (true, Some(false), ..) => ZacRoute::Closed,
        (true, None, ..) => ZacRoute::Needs(Question::AloneInZac),
        (true, Some(true), Some(band), _) => ZacRoute::Decided(ZacDecision {
            opening,
            placement: Placement::Band(band),
            reach: if band >= Band::P50To70 {
                Reach::Reached
            } else {
                Reach::NotReached
            },
        }),
        (true, Some(true), None, None) => ZacRoute::Needs(Question::Pmt),
        (true, Some(true), None, Some(pmt)) => ZacRoute::Decided(ZacDecision {
            opening,
            placement: Placement::Count(pmt),
            reach: opening.median.value.reach(pmt),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::super::CheckState;
    use super::*;
    use crate::rules::versions::av7;
    use crate::situation::{Quotity, Specialty};

    /// A GP alone in a ZAC at 1 ETP, signed after avenant 8, with `pmt` patients.
    fn alone_in_a_zac(pmt: u32, in_zip: Option<bool>) -> Situation {
        Situation {
            specialty: Some(Specialty::GeneralPractice),
            pmt: Some(pmt),
            quotity: Some(Quotity::Full),
            group_practice: Some(false),
            in_zac: Some(true),
            in_zip,
            ..Situation::default()
        }
    }

    fn check(situation: &Situation) -> Check {
        group(situation, &av7::VERSION, Date::ymd(2021, 3, 1)).expect("a group check")
    }

    #[test]
    fn under_the_median_the_zip_question_still_decides() {
        let unanswered = check(&alone_in_a_zac(700, None));
        assert_eq!(unanswered.state, CheckState::Missing(Question::Zip));
        let outside = check(&alone_in_a_zac(700, Some(false)));
        assert_eq!(outside.state, CheckState::Failed);
        assert_eq!(
            outside.about,
            "seul en ZAC\u{a0}: vos 700 patients, médiane entre 850 et 900\u{a0}: non atteinte"
        );
        let inputs: Vec<(String, String)> = outside.why.inputs.clone();
        assert!(
            inputs.contains(&("En ZIP".to_string(), "non".to_string())),
            "{inputs:?}"
        );
    }

    #[test]
    fn inside_the_median_range_the_cpam_confirms() {
        let between = check(&alone_in_a_zac(870, Some(false)));
        assert_eq!(between.state, CheckState::ToConfirm);
        assert_eq!(
            between.about,
            "seul en ZAC\u{a0}: vos 870 patients, médiane entre 850 et 900\u{a0}: à confirmer par votre CPAM"
        );
    }

    #[test]
    fn an_unanswered_question_reads_sans_reponse() {
        assert_eq!(answer(None), "sans réponse");
        assert_eq!(answer(Some(true)), "oui");
        assert_eq!(answer(Some(false)), "non");
    }
}
