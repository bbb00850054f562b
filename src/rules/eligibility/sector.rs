//! §2, sector: the sectors a text lets sign, as its version file states them (sector 1, or sector 2
//! with OPTAM or OPTAM-CO, since the first text).

use super::{Check, Condition, ReasonCode};
use crate::rules::explain::Explanation;
use crate::rules::model::RuleVersion;
use crate::rules::questions::Question;
use crate::situation::Situation;

pub const CONDITION: Condition = Condition::new("Secteur", &[ReasonCode::Secteur]);

pub fn sector_check(situation: &Situation, version: &'static RuleVersion) -> Option<Check> {
    let Some(sector) = situation.sector else {
        return Some(CONDITION.missing(Question::Sector, Some(version)));
    };
    let rule = version.eligibility.eligible_sectors;
    let holds = rule.value.contains(&sector);
    let about = format!(
        "{} : {}",
        sector.label(),
        if holds { "éligible" } else { "non éligible" }
    );
    Some(
        CONDITION.decided(
            holds,
            about,
            Explanation::new(rule.note)
                .version(version)
                .input("Secteur", sector.label())
                .source(rule.source)
                .with_status(rule.status),
        ),
    )
}
