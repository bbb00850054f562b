//! §2, how the doctor practises (avenant 7 only): in a group of two doctors or more, or alone in a
//! ZIP; and in a coordinated structure, or committed to join one within two years. Avenant 8 adds a
//! route for a GP alone in a ZAC at the median patientèle, for a full-time assistant.

use super::{yes_no, Check, Condition, ReasonCode};
use crate::date::Date;
use crate::format;
use crate::rules::explain::Explanation;
use crate::rules::model::{FullTimeAccess, Reach, RuleVersion, ZacOpening};
use crate::rules::questions::Question;
use crate::situation::{Quotity, Situation};

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
    let in_group = situation.group_practice == Some(true);
    let in_zip = situation.in_zip == Some(true);
    let why = Explanation::new(
        "Il faut exercer en groupe (au moins deux médecins) ou, seul, en zone d'intervention \
         prioritaire (ZIP) ; un généraliste seul en zone d'action complémentaire (ZAC) peut aussi \
         signer pour 1 ETP s'il atteint la médiane de patientèle.",
    )
    .version(version)
    .input("Exercice en groupe", yes_no(in_group))
    .input("En ZIP", yes_no(in_zip))
    .rests_on(&rule);
    if in_group {
        return Some(GROUP.met("vous exercez en groupe", why));
    }
    if in_zip {
        return Some(GROUP.met("seul, en ZIP", why));
    }
    Some(match zac_route(situation, version, signature) {
        ZacRoute::Closed => GROUP.failed("seul, hors ZIP", why),
        ZacRoute::NeedsPmt => GROUP.missing(Question::Pmt, Some(version)),
        ZacRoute::Decided(opening, pmt, reach) => {
            let why = why
                .rests_on(&opening.median)
                .input("Seul en ZAC, 1 ETP", "oui")
                .input("Patientèle médecin traitant", format::count(pmt));
            let about = zac_about(pmt, &opening, reach);
            match reach {
                Reach::Reached => GROUP.met(about, why),
                Reach::NotReached => GROUP.failed(about, why),
                Reach::Uncertain => GROUP.to_confirm(about, why),
            }
        }
    })
}

pub fn coordination(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    let rule = version.eligibility.coordination_required;
    if !rule.value {
        return None;
    }
    let coordinated = situation.coordinated_practice == Some(true);
    Some(COORDINATION.decided(
        coordinated,
        if coordinated {
            "vous exercez de façon coordonnée"
        } else {
            "pas d'exercice coordonné"
        },
        Explanation::new(
            "Il faut exercer de façon coordonnée (MSP, centre de santé, ESP, ESS, CPTS…) ou s'engager \
             à le faire dans les deux ans.",
        )
        .version(version)
        .input("Exercice coordonné", yes_no(coordinated))
        .rests_on(&rule),
    ))
}

/// Avenant 8's route: a GP alone in a ZAC, for 1 ETP, at the median patientèle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZacRoute {
    /// Not open to this situation.
    Closed,
    /// Open to this situation once the patientèle is known.
    NeedsPmt,
    /// The patientèle against the median.
    Decided(ZacOpening, u32, Reach),
}

pub fn zac_route(situation: &Situation, version: &RuleVersion, signature: Date) -> ZacRoute {
    let FullTimeAccess::OnlyInZip {
        alone_in_zac: Some(opening),
    } = version.eligibility.full_time.value
    else {
        return ZacRoute::Closed;
    };
    let applies = signature >= opening.from
        && situation.quotity == Some(Quotity::Full)
        && situation.is_general_practitioner()
        && situation.in_zac == Some(true)
        && situation.group_practice != Some(true);
    match (applies, situation.pmt) {
        (false, _) => ZacRoute::Closed,
        (true, None) => ZacRoute::NeedsPmt,
        (true, Some(pmt)) => ZacRoute::Decided(opening, pmt, opening.median.value.reach(pmt)),
    }
}

/// "seul en ZAC : vos 870 patients, médiane entre 850 et 900 : à confirmer".
pub fn zac_about(pmt: u32, opening: &ZacOpening, reach: Reach) -> String {
    let verdict = match reach {
        Reach::Reached => "atteinte",
        Reach::NotReached => "non atteinte",
        Reach::Uncertain => "à confirmer par votre CPAM",
    };
    format!(
        "seul en ZAC : vos {} patients, médiane {} : {verdict}",
        format::count(pmt),
        opening.median.value.french()
    )
}
