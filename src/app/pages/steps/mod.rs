//! The three short steps: the contract, the activity, the project. Each asks only what the rules ask
//! of the answers so far (`rules::questions`), the questions others depend on first, with the live
//! result pinned on top as soon as there is one.

mod activity;
mod contract;
mod project;

pub use activity::Activity;
pub use contract::Contract;
pub use project::Project;

use crate::app::pages::summary::LiveResult;
use crate::app::screen::{Screen, Step};
use crate::app::state::AppState;
use crate::rules::model::RuleVersion;
use crate::rules::questions;
use leptos::prelude::*;

/// A step: the live result, a progress bar, the heading (focused on arrival), its questions, and the
/// way back and on.
#[component]
fn StepFrame(step: Step, children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = step.title();
    // The button names where it leads.
    let next = match step.next() {
        Screen::Step(next) => format!("Suivant : {}", crate::format::uncapitalised(next.title())),
        _ => "Voir le résultat".to_string(),
    };
    let number = step.number();
    let total = Step::ALL.len();
    view! {
        <LiveResult/>
        <form
            class="step"
            novalidate
            on:submit=move |event| {
                event.prevent_default();
                state.go(step.next());
            }
        >
            <div class="progress">
                <p>{format!("Étape {number} sur {total}")}</p>
                <div class="bar" aria-hidden="true">
                    <div class=format!("done done-{number}")></div>
                </div>
            </div>
            <h1 tabindex="-1">{title}</h1>
            {children()}
            <div class="nav">
                <button type="button" class="secondary" on:click=move |_| state.go(step.previous())>
                    "Retour"
                </button>
                <button type="submit" class="primary" data-testid="next">
                    {next}
                </button>
            </div>
        </form>
    }
}

/// The rules the answers fall under (their signature date's), for the hints of the questions. Read
/// once when a step is drawn: the date is asked on the first step, and a step is drawn anew each time
/// the doctor comes to it.
fn rules(state: &AppState) -> &'static RuleVersion {
    state.answers.with_untracked(questions::rules_of)
}

/// Whether the rules ask this question of the answers so far.
fn asks(state: AppState, question: questions::Question) -> Memo<bool> {
    Memo::new(move |_| state.answers.with(|a| questions::applies(question, a)))
}
