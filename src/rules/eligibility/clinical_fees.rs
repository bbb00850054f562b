//! §2, the specialties a text asks for a minimum share of clinical (non-CCAM) fees over the 12 months
//! before signing (surgeons, ENT, gynaecologists since 2023). Which specialties, which share and how
//! sure we are of it are the text's own (its version file); where nobody published whether a
//! minimum applied, the CPAM confirms.

use super::{Check, Condition, ReasonCode};
use crate::rules::explain::Explanation;
use crate::rules::model::RuleVersion;
use crate::rules::questions::Question;
use crate::situation::Situation;

const CONDITION: Condition =
    Condition::new("Part des honoraires cliniques", &[ReasonCode::Honoraires]);

pub fn check(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    let rule = version.eligibility.clinical_fees;
    if !rule.value.applies_to(situation.specialty?) {
        return None;
    }
    let specialties = rule.value.specialties_french();
    let why = Explanation::new("")
        .version(version)
        .source(rule.source)
        .with_status(rule.status);
    let Some(minimum) = rule.value.minimum else {
        return Some(CONDITION.to_confirm(
            "part minimale : à confirmer",
            why.rule(format!(
                "{specialties} : une part minimale d'honoraires cliniques pour ce texte ? {}",
                rule.note
            )),
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
            "{specialties} : les honoraires cliniques (hors actes techniques CCAM) doivent représenter \
             au moins {} du total. {}",
            minimum.french(),
            rule.note
        ))
        .input("Part de vos honoraires cliniques", share.french()),
    ))
}
