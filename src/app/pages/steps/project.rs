//! Step 3, the project: where the doctor practises first (the ZIP opens options), then how (the
//! avenant-7 conditions, when the date calls for them), then the option among those the rules open,
//! and the doctor's particular situation.

use super::{asks, rules, StepFrame};
use crate::app::components::fields::{KeyChoice, Offer};
use crate::app::components::written;
use crate::app::screen::Step;
use crate::app::state::AppState;
use crate::render::form::{Field, Input};
use crate::rules::hints;
use crate::rules::questions::{options_open, Question};
use crate::rules::versions;
use crate::situation::link::Key;
use crate::situation::Situation;
use leptos::prelude::*;

/// The options the rules open for the answers so far; the current choice always stays visible.
fn quotity_options(answers: &Situation) -> Vec<Offer> {
    let mut offers: Vec<Offer> = options_open(answers)
        .into_iter()
        .map(|offer| (offer.quotity.code(), offer.quotity.label(), offer.condition))
        .collect();
    if let Some(chosen) = answers.quotity {
        if !offers.iter().any(|(code, _, _)| *code == chosen.code()) {
            offers.push((
                chosen.code(),
                chosen.label(),
                Some("pas ouvert à cette date".to_string()),
            ));
        }
    }
    offers
}

/// Step 3, the project: option, zone, particular situations. The view is the screen from top to
/// bottom; it stays one function so that it reads in the order the doctor sees it.
#[component]
pub fn Project() -> impl IntoView {
    let state = expect_context::<AppState>();
    let answers = state.answers;
    let is_collective = Memo::new(move |_| answers.with(Situation::is_collective));
    let asks_group = asks(state, Question::GroupPractice);
    let asks_zac = asks(state, Question::AloneInZac);
    let asks_age = asks(state, Question::Age);
    let second_assistant = asks(state, Question::FirstContract);
    let options = Signal::from(Memo::new(move |_| answers.with(quotity_options)));
    let hints = hints::project(rules(&state));
    let age_hint = rules(&state).objective.senior.map(|rule| {
        format!(
            "À partir de {} ans, l'objectif est de maintenir votre patientèle.",
            rule.value.from_age
        )
    });
    let per_member =
        versions::collective_for(answers.with_untracked(|a| a.signature)).fte_per_member;
    let fte_hint = format!(
        "Au plus {} ETP par médecin, par pas de 0,5.",
        per_member.value.french()
    );
    view! {
        <StepFrame step=Step::Project>
            {move || {
                if is_collective.get() {
                    written::field(Field::new(
                        Key::CollectiveFte,
                        "ETP d'assistants demandés par le groupe",
                        fte_hint.clone(),
                        Input::Decimal("ETP"),
                    ))
                    .into_any()
                } else {
                    view! {
                        {written::field(Field::new(
                            Key::Zip,
                            "Exercez-vous en zone d'intervention prioritaire (ZIP) ?",
                            "Zone la plus sous-dotée, définie par votre ARS : elle ouvre certaines options.",
                            Input::YesNo,
                        ))}
                        {move || {
                            asks_group
                                .get()
                                .then(|| {
                                    view! {
                                        <fieldset class="group">
                                            <legend>"Conditions d'exercice de ce contrat"</legend>
                                            {written::field(Field::new(
                                                Key::GroupPractice,
                                                "Exercez-vous en groupe (au moins deux médecins) ?",
                                                "",
                                                Input::YesNo,
                                            ))}
                                            {written::field(Field::new(
                                                Key::Coordination,
                                                "Exercez-vous de façon coordonnée (MSP, centre de santé, ESP, CPTS…), ou vous y engagez-vous sous 2 ans ?",
                                                "",
                                                Input::YesNo,
                                            ))}
                                        </fieldset>
                                    }
                                })
                        }}
                        <KeyChoice key=Key::Quotity legend="Temps de travail de l'assistant financé" options/>
                        {move || {
                            asks_zac
                                .get()
                                .then(|| {
                                    written::field(Field::new(
                                        Key::Zac,
                                        "Exercez-vous seul(e) en zone d'action complémentaire (ZAC) ?",
                                        "",
                                        Input::YesNo,
                                    ))
                                })
                        }}
                        {move || {
                            second_assistant
                                .get()
                                .then(|| {
                                    view! {
                                        <fieldset class="group">
                                            <legend>"Votre contrat à 1 ETP en cours"</legend>
                                            {written::field(Field::new(Key::FirstContract, "Date de signature de ce contrat", "", Input::Date))}
                                            {written::field(Field::new(Key::ObjectivesMet, "Ses objectifs sont-ils atteints ?", "", Input::YesNo))}
                                        </fieldset>
                                    }
                                })
                        }}
                        {written::field(Field::new(
                            Key::NewlyInstalled,
                            "Je suis nouvellement installé(e)",
                            hints.newly_installed.clone(),
                            Input::Tick,
                        ))}
                        {
                            let age_hint = age_hint.clone();
                            move || {
                                asks_age
                                    .get()
                                    .then(|| {
                                        written::field(Field::new(
                                            Key::Age,
                                            "Votre âge (facultatif)",
                                            age_hint.clone().unwrap_or_default(),
                                            Input::Whole("ans"),
                                        ))
                                    })
                            }
                        }
                        <details class="more">
                            <summary>"Situation particulière (facultatif)"</summary>
                            {written::field(Field::new(
                                Key::Disability,
                                "Handicap ou maladie chronique",
                                hints.disability,
                                Input::Tick,
                            ))}
                            {written::field(Field::new(
                                Key::MixedActivity,
                                "Activité mixte, libérale et salariée",
                                hints.mixed_activity,
                                Input::Tick,
                            ))}
                        </details>
                    }
                        .into_any()
                }
            }}
        </StepFrame>
    }
}
