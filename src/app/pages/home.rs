//! The home screen's live part: start or resume. Its text (title, what the simulator does) is static
//! in index.html, painted before the WebAssembly arrives and shown only on this screen.

use crate::app::state::{AppState, Screen, Step};
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let state = expect_context::<AppState>();
    let start_over = move |_| {
        state.answers.set(state.fresh_answers());
        state.go(Screen::Step(Step::Profile));
    };
    view! {
        <div class="home-actions">
            <div class="actions">
                {move || {
                    if state.has_saved.get() {
                        view! {
                            <button type="button" class="primary" data-testid="resume" on:click=move |_| state.go(Screen::Results)>
                                "Reprendre ma simulation"
                                {move || {
                                    state.saved_on.get().map(|day| view! { <span class="detail">"du " {day.french()}</span> })
                                }}
                            </button>
                            <button type="button" class="secondary" on:click=start_over>
                                "Nouvelle simulation"
                            </button>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button
                                type="button"
                                class="primary"
                                data-testid="start"
                                on:click=move |_| state.go(Screen::Step(Step::Profile))
                            >
                                "Commencer"
                            </button>
                        }
                            .into_any()
                    }
                }}
            </div>
            <p class="disclaimer">
                "Outil indépendant, non officiel : votre CPAM fixe les montants et objectifs de votre contrat."
            </p>
        </div>
    }
}
