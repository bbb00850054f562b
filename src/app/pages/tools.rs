//! Beyond the official simulator: options side by side, the assistant's net cost, the payment
//! calendar and the year-3 "what if". Each follows the answers; none adds a rule of its own. Under
//! the title, the tools' worker writes the fields (`render::tool_fields`) and the block
//! (`render::tool_block`).

use crate::app::components::written;
use crate::app::screen::{Screen, Tool};
use crate::app::state::AppState;
use crate::app::tool_worker;
use crate::render::tool_block::Block;
use crate::render::tool_fields;
use leptos::prelude::*;

/// A tool's screen.
#[component]
pub fn ToolScreen(tool: Tool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = state
        .answers
        .with_untracked(|answers| tool_fields::title(tool, answers));
    let fields = tool_worker::block(Block::ToolFields(tool));
    let fields = move || fields.get().unwrap_or_default();
    let shown = tool_worker::block(Block::Tool(tool));
    let block = move || {
        shown.get().unwrap_or_else(|| {
            "<p class=\"hint\" data-testid=\"tool-loading\">Calcul en cours…</p>".to_string()
        })
    };
    view! {
        <article class="tool">
            <h1 tabindex="-1">{title}</h1>
            <div on:input=move |event| written::on_input(state.answers, &event) inner_html=fields></div>
            <div inner_html=block></div>
            <p class="no-print">
                <button type="button" class="secondary" on:click=move |_| state.go(Screen::Results)>
                    "Retour au résultat"
                </button>
            </p>
        </article>
    }
}
