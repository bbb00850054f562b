//! The verdict and every condition behind it, met or not, each with its reason. States are written
//! out and marked with a symbol, never conveyed by colour alone.

use super::why::{StatusBadge, Why};
use crate::app::state::{AppState, Screen, Step};
use crate::rules::eligibility::{Check, CheckState, Question, Verdict};
use crate::rules::facts::Status;
use crate::rules::Outcome;
use leptos::prelude::*;

/// The step that asks a question, to send the doctor back to it.
pub fn step_of(question: Question) -> Step {
    match question {
        Question::Specialty | Question::Sector | Question::ClinicalShare => Step::Profile,
        Question::Pmt | Question::CollectiveMembers => Step::Activity,
        Question::Signature
        | Question::Quotity
        | Question::FirstContract
        | Question::CollectiveFte => Step::Project,
    }
}

/// Conditions met but resting on something the CPAM confirms.
fn caveats(outcome: &Outcome) -> usize {
    outcome
        .eligibility
        .checks
        .iter()
        .filter(|check| check.state == CheckState::Met && check.why.status == Status::Unknown)
        .count()
}

pub fn headline(outcome: &Outcome) -> (&'static str, &'static str, &'static str) {
    match outcome.verdict() {
        Verdict::Eligible if caveats(outcome) > 0 => (
            "eligible",
            "✓",
            "Vous êtes éligible, sous réserve de points que votre CPAM confirme",
        ),
        Verdict::Eligible => ("eligible", "✓", "Vous êtes éligible"),
        Verdict::ToConfirm => ("to-confirm", "?", "Éligibilité à confirmer par votre CPAM"),
        Verdict::Incomplete { .. } => ("incomplete", "…", "Il manque des réponses pour conclure"),
        Verdict::Ineligible { .. } => ("ineligible", "✗", "Vous n'êtes pas éligible"),
    }
}

#[component]
pub fn VerdictPanel(outcome: Outcome) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (class, symbol, text) = headline(&outcome);
    let missing = match outcome.verdict() {
        Verdict::Incomplete { missing } => missing,
        _ => Vec::new(),
    };
    let failed = outcome
        .eligibility
        .checks
        .iter()
        .filter(|check| check.state == CheckState::Failed)
        .count();
    view! {
        <section class=format!("verdict {class}") aria-labelledby="verdict-titre" data-testid="verdict">
            <h2 id="verdict-titre">
                <span class="symbol" aria-hidden="true">{symbol}</span>
                " "
                {text}
            </h2>
            {(failed > 1)
                .then(|| view! { <p>{format!("{failed} conditions ne sont pas remplies :")}</p> })}
            {(!missing.is_empty())
                .then(|| {
                    view! {
                        <div class="missing">
                            <p>"Pour conclure, indiquez :"</p>
                            <ul>
                                {missing
                                    .into_iter()
                                    .map(|question| {
                                        let step = step_of(question);
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="link"
                                                    on:click=move |_| state.go(Screen::Step(step))
                                                >
                                                    {question.french()}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })}
            <h3 class="checks-title">"Les conditions, une à une"</h3>
            <ul class="checks">
                {outcome.eligibility.checks.into_iter().map(|check| view! { <CheckItem check/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn CheckItem(check: Check) -> impl IntoView {
    let (class, symbol, state_text) = match check.state {
        CheckState::Met => ("met", "✓", "Condition remplie"),
        CheckState::Failed => ("failed", "✗", "Condition non remplie"),
        CheckState::Missing(_) => ("missing", "…", "Réponse manquante"),
        CheckState::ToConfirm => ("to-confirm", "?", "À confirmer par votre CPAM"),
    };
    let status = check.why.status;
    let rule = check.why.rule.clone();
    view! {
        <li class=format!("check {class}")>
            <p class="check-head">
                <span class="symbol" aria-hidden="true">{symbol}</span>
                <span class="visually-hidden">{state_text} " : "</span>
                <strong>{check.title}</strong>
                " "
                <StatusBadge status/>
            </p>
            <p class="check-rule">{rule}</p>
            <Why why=check.why/>
        </li>
    }
}
