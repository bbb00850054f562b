//! The live result, pinned at the top of the steps once the answers lead somewhere: the verdict, the
//! first year's aid, the objective. Announced politely to screen readers when it changes.

use crate::app::state::AppState;
use crate::render::hero::summary_text;
use leptos::prelude::*;

#[component]
pub fn LiveResult() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = Memo::new(move |_| state.outcome.with(summary_text));
    view! {
        <p class="live-result" aria-live="polite" data-testid="live-summary">
            {move || text.get()}
        </p>
    }
}
