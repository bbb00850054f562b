//! §2, surgeons, ENT and gynaecologists: clinical (non-CCAM) fees at least 80 % of total fees over
//! the 12 months before signing. Unpublished under avenant 7: the CPAM confirms.

use super::{Check, Condition, ReasonCode};
use crate::rules::explain::Explanation;
use crate::rules::model::RuleVersion;
use crate::rules::questions::Question;
use crate::situation::Situation;

const CONDITION: Condition =
    Condition::new("Part des honoraires cliniques", &[ReasonCode::Honoraires]);

pub fn check(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    if !situation.specialty?.needs_clinical_fees_share() {
        return None;
    }
    let rule = version.eligibility.clinical_fees_minimum;
    let why = Explanation::new("").version(version).rests_on(&rule);
    let Some(minimum) = rule.value else {
        return Some(CONDITION.to_confirm(
            "part minimale : à confirmer",
            why.rule(
                "Nous ne savons pas si ce texte exigeait une part minimale d'honoraires cliniques : \
                 votre CPAM le confirme.",
            ),
        ));
    };
    let Some(share) = situation.clinical_share else {
        return Some(CONDITION.missing(Question::ClinicalShare, Some(version)));
    };
    let holds = share >= minimum;
    let about = format!(
        "vos honoraires cliniques : {} {} {}",
        share.french(),
        if holds { "≥" } else { "<" },
        minimum.french()
    );
    Some(CONDITION.decided(
        holds,
        about,
        why.rule(format!(
            "Chirurgiens, ORL et gynécologues : les honoraires cliniques (hors actes techniques CCAM) \
             doivent représenter au moins {} du total sur les 12 mois précédant la signature.",
            minimum.french()
        ))
        .input("Part de vos honoraires cliniques", share.french()),
    ))
}
