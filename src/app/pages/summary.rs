//! One line that follows the answers: the verdict, the first year's aid, the objective. Announced
//! politely to screen readers when it changes.

use crate::app::components::objective;
use crate::app::components::verdict::headline;
use crate::app::state::AppState;
use crate::format;
use crate::rules::Outcome;
use leptos::prelude::*;

pub fn summary_text(outcome: &Outcome) -> String {
    let mut parts = vec![headline(outcome).2.to_string()];
    if let Some(scenario) = outcome.primary().filter(|_| outcome.scenarios.len() == 1) {
        if let Some(first) = scenario.aid.years().first() {
            parts.push(format!("{} la 1re année", format::euros(first.amount)));
        }
        if let Some(target) = scenario.objective.targets.first() {
            parts.push(objective::headline(target, scenario.objective.years));
        }
    }
    parts.join(" · ")
}

#[component]
pub fn LiveSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = Memo::new(move |_| state.outcome.with(summary_text));
    view! {
        <p class="live-summary" aria-live="polite" data-testid="live-summary">
            {move || text.get()}
        </p>
    }
}
