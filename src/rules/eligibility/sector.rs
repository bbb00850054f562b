//! §2, sector: sector 1, or sector 2 with OPTAM or OPTAM-CO. Sector 2 without OPTAM and doctors
//! outside the convention cannot sign.

use super::{Check, Condition, ReasonCode};
use crate::rules::explain::Explanation;
use crate::rules::model::RuleVersion;
use crate::rules::questions::Question;
use crate::situation::{Sector, Situation};

pub const CONDITION: Condition = Condition::new("Secteur", &[ReasonCode::Secteur]);

pub fn sector_check(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    let Some(sector) = situation.sector else {
        return Some(CONDITION.missing(Question::Sector, Some(version)));
    };
    let rule = version.eligibility.eligible_sectors;
    let holds = rule.value.contains(&sector);
    let text = if holds {
        "Le secteur 1 et le secteur 2 avec OPTAM ou OPTAM\u{2011}CO ouvrent droit à l'aide."
    } else if sector == Sector::NotContracted {
        "Un médecin non conventionné ne peut pas signer ce contrat."
    } else {
        "En secteur 2, il faut adhérer à l'OPTAM ou à l'OPTAM\u{2011}CO pour signer ce contrat."
    };
    let about = format!(
        "{} : {}",
        sector.label(),
        if holds { "éligible" } else { "non éligible" }
    );
    Some(
        CONDITION.decided(
            holds,
            about,
            Explanation::new(text)
                .version(version)
                .input("Secteur", sector.label())
                .rests_on(&rule),
        ),
    )
}
