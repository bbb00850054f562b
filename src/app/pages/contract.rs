//! « J'ai déjà un contrat »: the contract as the CPAM wrote it (each figure with where it is found),
//! the counts today, then where it stands, written by the worker (`render::contract`).

use super::results::{print_when_written, share, ShareLine};
use crate::app::browser;
use crate::app::components::on_paper::PrintHeader;
use crate::app::components::written;
use crate::app::screen::Screen;
use crate::app::state::AppState;
use crate::app::tool_worker;
use crate::render::actions::Action;
use crate::render::tool_block::Block;
use leptos::prelude::*;

/// The contract's figures, then today's counts: one screen, every answer on it. The fields are
/// written again only when the answers are replaced as a whole, never under the doctor's fingers.
#[component]
pub fn ContractForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let fields = tool_worker::block(Block::ContractForm);
    let fields = move || {
        fields.get().unwrap_or_else(|| {
            "<p class=\"hint\" data-testid=\"details-loading\">Chargement…</p>".to_string()
        })
    };
    view! {
        <form
            class="step contract-form"
            novalidate
            on:submit=move |event| {
                event.prevent_default();
                state.go(Screen::Contract);
            }
        >
            <h1 tabindex="-1">"Votre contrat"</h1>
            <p class="lead">
                "Les chiffres écrits dans votre contrat décident : ceux que vous laissez vides sont estimés, et dits comme tels."
            </p>
            <div on:input=move |event| written::on_input(state.answers, &event) inner_html=fields></div>
            <div class="nav">
                <button type="button" class="secondary" on:click=move |_| state.go(Screen::Home)>
                    "Retour"
                </button>
                <button type="submit" class="primary" data-testid="next">
                    "Où en est mon contrat"
                </button>
            </div>
        </form>
    }
}

/// Where the contract stands today: written by the worker, buttons included.
#[component]
pub fn ContractView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view = tool_worker::block(Block::Contract);
    let shared = RwSignal::new(None::<String>);
    let status = RwSignal::new("");
    let print_asked = print_when_written(view);
    let on_click = move |event: leptos::ev::MouseEvent| match browser::clicked_action(&event)
        .and_then(|code| Action::from_code(&code))
    {
        Some(Action::Share) => share(&state, shared, status),
        Some(Action::Print) => print_asked.set(true),
        Some(Action::EditContract) => state.go(Screen::ContractForm),
        Some(Action::Edit(key)) => state.edit(key),
        Some(Action::Open(tool)) => state.go(Screen::Tool(tool)),
        _ => {}
    };
    let written = move || {
        view.get().unwrap_or_else(|| {
            "<p class=\"hint\" data-testid=\"details-loading\">Calcul en cours…</p>".to_string()
        })
    };
    view! {
        <article class="results contract" on:click=on_click>
            // On paper, the print header below is the title.
            <h1 tabindex="-1" class="results-title no-print">"Où en est votre contrat"</h1>
            <PrintHeader lead=format!("Bilan de mon contrat d'assistant médical, le {}", state.today.french())/>
            <ShareLine shared status/>
            <div inner_html=written></div>
            <p class="disclaimer no-print">
                "Outil indépendant, non officiel : votre CPAM fixe les montants et objectifs de votre contrat."
            </p>
        </article>
    }
}
