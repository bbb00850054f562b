//! The other decisions of a running contract, each with its conditions and its date computed from
//! the contract (RULES.md §2, §3, §6): a second assistant, the collective contract, another option,
//! leaving, the assistant's training, the assistant absent or replaced.

use super::super::explain::Explanation;
use super::super::facts::Fact;
use super::super::model::RuleVersion;
use super::super::versions::{self, common};
use crate::date::Date;
use crate::situation::{Quotity, Situation};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub title: &'static str,
    /// What to know, in one or two sentences with the contract's dates.
    pub says: String,
    /// The day it becomes possible or due, when there is one.
    pub on: Option<Date>,
    pub why: Explanation,
}

fn decision<T: Copy>(
    title: &'static str,
    says: String,
    on: Option<Date>,
    fact: &Fact<T>,
) -> Decision {
    Decision {
        title,
        says,
        on,
        why: Explanation::new(fact.note).rests_on(fact),
    }
}

/// Every decision, in the order a doctor meets them. Long because it is that list, one after the
/// other, each with its own conditions and date.
pub(super) fn of(
    situation: &Situation,
    version: &'static RuleVersion,
    signature: Date,
    today: Date,
) -> Vec<Decision> {
    let mut decisions = Vec::new();
    let now = versions::in_force(today);
    if let Some(rule) = now.eligibility.second_assistant {
        let from = signature
            .add_years(rule.value.from_contract_year - 1)
            .map(|year| year.max(now.signed_from));
        let full = situation.quotity == Some(Quotity::Full);
        let says = if full {
            format!(
                "Possible à partir de la {}e année de ce contrat à 1 ETP{}, en zone d'intervention \
                 prioritaire (ZIP), objectifs atteints ; les montants et objectifs d'un second \
                 assistant ne sont pas publiés : votre CPAM les fixe.",
                rule.value.from_contract_year,
                from.map(|day| format!(", soit dès le {}", day.french()))
                    .unwrap_or_default()
            )
        } else {
            "Réservé à un généraliste qui tient un contrat à 1 ETP : pas avec ce contrat."
                .to_string()
        };
        decisions.push(decision(
            "Un second assistant (1,5 ou 2 ETP)",
            says,
            from.filter(|_| full),
            &rule,
        ));
    }
    if let Some(collective) = versions::COLLECTIVE
        .iter()
        .find(|c| c.version.signed_from <= today)
    {
        if situation.is_general_practitioner() {
            decisions.push(decision(
                "Passer au contrat collectif",
                format!(
                    "Ouvert depuis le {} à un groupe de généralistes (SCP, SCM, SISA). {}",
                    collective.version.signed_from.french(),
                    collective.no_cumulation.value
                ),
                None,
                &collective.no_cumulation,
            ));
        }
    }
    if situation.quotity == Some(Quotity::Half) || situation.quotity == Some(Quotity::Third) {
        decisions.push(decision(
            "Passer à 1 ETP",
            common::OPTION_CHANGE.value.to_string(),
            None,
            &common::OPTION_CHANGE,
        ));
    }
    let notice = common::LEAVING_NOTICE_MONTHS;
    let wait = common::WAIT_AFTER_ENDING_YEARS;
    let ends = today.add_months(notice.value);
    let again = ends.and_then(|day| day.add_years(wait.value));
    decisions.push(Decision {
        title: "Quitter le contrat",
        says: format!(
            "Préavis de {} mois par lettre recommandée : en l'envoyant aujourd'hui, le contrat \
             prendrait fin vers le {}. Ensuite, {} ans d'attente avant un nouveau contrat{}.",
            notice.value,
            ends.map_or_else(String::new, |day| day.french()),
            wait.value,
            again
                .map(|day| format!(", soit pas avant le {}", day.french()))
                .unwrap_or_default()
        ),
        on: None,
        why: Explanation::new(notice.note)
            .rests_on(&notice)
            .note(wait.note)
            .rests_on(&wait),
    });
    let training = version.training_years;
    let deadline = situation
        .hired_on
        .and_then(|hired| hired.add_years(training.value));
    decisions.push(decision(
        "La formation de votre assistant",
        match (situation.hired_on, deadline) {
            (Some(hired), Some(deadline)) => format!(
                "Embauché le {} : CQP (ou FAE) à obtenir au plus tard le {}.",
                hired.french(),
                deadline.french()
            ),
            _ => format!(
                "CQP (ou FAE) à obtenir dans les {} ans suivant l'embauche : indiquez la date \
                 d'embauche pour connaître l'échéance.",
                training.value
            ),
        },
        deadline,
        &training,
    ));
    if let Some(absence) = common::GUIDANCE.first() {
        decisions.push(Decision {
            title: "Votre assistant absent ou remplacé",
            says: absence.value.answer.to_string(),
            on: None,
            why: Explanation::new(absence.value.answer).rests_on(absence),
        });
    }
    decisions
}
