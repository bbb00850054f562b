//! One line that follows the answers: the verdict, the first year's aid, the objective. Announced
//! politely to screen readers when it changes.

use crate::app::state::AppState;
use crate::render::results::summary_text;
use leptos::prelude::*;

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
