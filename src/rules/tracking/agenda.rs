//! The reminders of a running contract for the doctor's calendar: the next anniversaries, the start
//! of year 3, the payment windows whose dates are known, the assistant's training deadline; each says
//! what to prepare. Written as an iCalendar file by `render::ics`.

use super::super::amounts::Contract;
use super::super::calendar::{self, When};
use super::super::model::RuleVersion;
use super::FIRST_MODULATED_YEAR;
use crate::date::Date;
use crate::format;
use crate::situation::Situation;

/// A day (or a window of days) in the doctor's calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub on: Date,
    /// The last day of a window (a payment within a month); `None` for one day.
    pub until: Option<Date>,
    pub title: String,
    /// What to prepare for it.
    pub prepare: String,
}

/// The anniversaries shown: those of the next years of the contract, at least this many.
const ANNIVERSARIES: u32 = 3;

pub(super) fn of(
    situation: &Situation,
    version: &'static RuleVersion,
    signature: Date,
    contract: &Contract,
    today: Date,
) -> Vec<Event> {
    let mut events = Vec::new();
    let current = super::ContractTime::of(signature, today).year();
    // While still to come, the start of year 3 (the objective starts to count) is one of them.
    for year in current + 1..=current + ANNIVERSARIES {
        let Some(starts) = signature.add_years(year - 1) else {
            continue;
        };
        let ceiling = contract
            .year(year)
            .ok()
            .map(|aid| format::euros(aid.amount));
        let modulated = year >= FIRST_MODULATED_YEAR;
        events.push(Event {
            on: starts,
            until: None,
            title: format!(
                "Contrat d'assistant médical : début de la {}",
                format::ordinal(year)
            ),
            prepare: format!(
                "{}{}Relevez votre patientèle médecin traitant et votre file active sur ameli pro \
                 (page « patientèle »), et gardez la date du relevé.",
                ceiling
                    .map(|amount| {
                        format!(
                            "Aide de l'année : {}{amount}. ",
                            if modulated { "au plus " } else { "" }
                        )
                    })
                    .unwrap_or_default(),
                if year == FIRST_MODULATED_YEAR {
                    "À partir de cette année, l'aide dépend de l'atteinte de votre objectif. "
                } else {
                    ""
                },
            ),
        });
    }
    let years: Vec<_> = (current..=current + 1)
        .filter_map(|year| contract.year(year).ok())
        .collect();
    let schedule = super::super::amounts::AidSchedule::Known { years };
    for payment in calendar::payments(signature, version, &schedule) {
        let (on, until) = match payment.when {
            When::Within { from, to } => (from, Some(to)),
            When::On(day) => (day, None),
            When::DuringYear { .. } | When::AfterHiring { .. } => continue,
        };
        if until.unwrap_or(on) < today {
            continue;
        }
        events.push(Event {
            on,
            until,
            title: format!(
                "Aide à l'emploi d'un assistant médical : versement de la {}",
                format::ordinal(payment.contract_year)
            ),
            prepare: format!(
                "{} attendus ({}). Vérifiez le versement sur votre relevé ; sans versement, \
                 contactez votre CPAM.",
                format::euros(payment.amount),
                payment.part
            ),
        });
    }
    let training = version.training_years;
    if let Some(deadline) = situation
        .hired_on
        .and_then(|hired| hired.add_years(training.value))
        .filter(|deadline| *deadline >= today)
    {
        events.push(Event {
            on: deadline,
            until: None,
            title: "Assistant médical : échéance du CQP (ou de la FAE)".to_string(),
            prepare: "Gardez l'attestation de formation de votre assistant : votre CPAM peut la \
                      demander."
                .to_string(),
        });
    }
    events.sort_by_key(|event| event.on);
    events
}
