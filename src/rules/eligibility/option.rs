//! §2, options: which working time a contract signed on a date may finance. 1/2 ETP always; 1/3 ETP
//! until a text closes it; 1 ETP everywhere, or only in a ZIP (and alone in a ZAC at the median);
//! a second assistant (1.5 or 2 ETP) where a text provides it, under the conditions checked apart.

use super::practice::{zac_route, ZacRoute};
use super::{Check, Condition, ReasonCode};
use crate::date::Date;
use crate::rules::explain::Explanation;
use crate::rules::model::{FullTimeAccess, Reach, RuleVersion};
use crate::rules::questions::Question;
use crate::rules::versions;
use crate::situation::{Quotity, Situation};

pub const CONDITION: Condition = Condition::new("Option choisie", &[ReasonCode::Option]);
const FULL_TIME: Condition = Condition::new("Option choisie", &[ReasonCode::Zone]);
const SECOND: Condition = Condition::new(
    "Option choisie",
    &[ReasonCode::Option, ReasonCode::SecondAssistant],
);

pub fn check(
    situation: &Situation,
    version: &'static RuleVersion,
    signature: Date,
) -> Option<Check> {
    let Some(quotity) = situation.quotity else {
        return Some(CONDITION.missing(Question::Quotity, Some(version)));
    };
    let rules = &version.eligibility;
    let why = Explanation::new("")
        .version(version)
        .input("Option", quotity.label())
        .input("Date de signature", signature.french());
    let label = quotity.label();
    Some(match quotity {
        Quotity::Third => match rules.third_time_closed_from.value {
            Some(closed) if signature >= closed => CONDITION.failed(
                format!("{label} : fermé aux nouveaux contrats"),
                why.rule(format!(
                    "Le tiers temps (1/3 ETP) n'est plus ouvert aux nouveaux contrats depuis le {} ; \
                     les contrats en cours continuent.",
                    closed.french()
                ))
                .rests_on(&rules.third_time_closed_from),
            ),
            _ => CONDITION.met(
                format!("{label} : ouvert"),
                why.rule("Le tiers temps (1/3 ETP) est ouvert.")
                    .rests_on(&rules.third_time_closed_from),
            ),
        },
        Quotity::Half => CONDITION.met(
            format!("{label} : ouvert"),
            why.rule("Le mi-temps (1/2 ETP) est toujours ouvert.").source(version.source),
        ),
        Quotity::Full => full_time(situation, version, signature, why),
        Quotity::OneAndHalf | Quotity::Two => match rules.second_assistant {
            None => {
                let since = versions::first_where(|v| v.eligibility.second_assistant.is_some());
                let text = match since {
                    Some(since) => format!(
                        "Le second assistant (1,5 ou 2 ETP) n'existe que depuis le texte « {} », pour \
                         les contrats signés à partir du {}.",
                        since.name,
                        since.signed_from.french()
                    ),
                    None => "Aucun texte ne prévoit de second assistant.".to_string(),
                };
                let why = why.rule(text);
                let why = match since.and_then(|v| v.eligibility.second_assistant) {
                    Some(rule) => why.source(rule.source),
                    None => why.source(version.source),
                };
                SECOND.failed(format!("{label} : pas encore prévu"), why)
            }
            Some(rule) => CONDITION.met(
                format!("{label} : possible"),
                why.rule("Un second assistant (1,5 ou 2 ETP) est possible sous les conditions ci-dessous.")
                    .rests_on(&rule),
            ),
        },
    })
}

fn full_time(
    situation: &Situation,
    version: &'static RuleVersion,
    signature: Date,
    why: Explanation,
) -> Check {
    let rule = version.eligibility.full_time;
    let why = why.rests_on(&rule);
    let FullTimeAccess::OnlyInZip { alone_in_zac } = rule.value else {
        return CONDITION.met(
            "1 ETP : ouvert partout",
            why.rule("Le temps plein (1 ETP) est ouvert partout."),
        );
    };
    let mut text =
        "Le temps plein (1 ETP) n'est ouvert qu'en zone d'intervention prioritaire (ZIP)"
            .to_string();
    if let Some(opening) = alone_in_zac {
        text.push_str(&format!(
            " ; depuis le {}, aussi au généraliste exerçant seul en zone d'action complémentaire (ZAC) \
             dont la patientèle médecin traitant atteint la médiane, {} patients ({})",
            opening.from.french(),
            opening.median.value.number(),
            opening.median.value.how_reached()
        ));
    }
    text.push('.');
    let why = why.rule(text);
    if situation.in_zip == Some(true) {
        return FULL_TIME.met("1 ETP : vous êtes en ZIP", why.input("En ZIP", "oui"));
    }
    match zac_route(situation, version, signature) {
        ZacRoute::Decided(route) if route.reach == Reach::Reached => {
            FULL_TIME.met(route.about(), route.explain(why))
        }
        // Not known to be outside a ZIP yet: the answer decides before anything else.
        _ if situation.in_zip.is_none() => FULL_TIME.missing(Question::Zip, Some(version)),
        ZacRoute::Closed => {
            FULL_TIME.failed("1 ETP : réservé à la ZIP", why.input("En ZIP", "non"))
        }
        ZacRoute::Needs(question) => FULL_TIME.missing(question, Some(version)),
        ZacRoute::Decided(route) => {
            let why = route.explain(why.input("En ZIP", "non"));
            match route.reach {
                Reach::NotReached => FULL_TIME.failed(route.about(), why),
                _ => FULL_TIME.to_confirm(route.about(), why),
            }
        }
    }
}
