//! Share the simulation: a link whose answers ride in the fragment (after `#`), so they never reach a
//! server. The phone's share sheet when there is one, else the clipboard, and the link shown either way.

use crate::app::browser;
use crate::app::state::AppState;
use crate::situation::link;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ShareLink() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shared = RwSignal::new(None::<String>);
    let status = RwSignal::new("");
    let on_click = move |_| {
        let url = format!(
            "{}#{}",
            browser::page_address(),
            state.answers.with_untracked(link::encode)
        );
        shared.set(Some(url.clone()));
        if browser::share("Simulation : aide à l'emploi d'un assistant médical", &url) {
            status.set("");
            return;
        }
        spawn_local(async move {
            status.set(if browser::copy(&url).await {
                "Lien copié"
            } else {
                "Copie impossible : sélectionnez le lien ci-dessous pour le copier."
            });
        });
    };
    view! {
        <section class="share" aria-labelledby="partage-titre">
            <h2 id="partage-titre">"Partager"</h2>
            <p class="hint">
                "Le lien contient vos réponses, pas votre nom. Il s'ouvre prérempli sur le téléphone d'un confrère."
            </p>
            <button type="button" class="secondary" data-testid="share" on:click=on_click>
                "Partager cette simulation"
            </button>
            <p class="status" role="status" data-testid="share-status">{move || status.get()}</p>
            {move || {
                shared
                    .get()
                    .map(|url| {
                        view! {
                            <label class="share-url">
                                "Lien de la simulation"
                                <input type="text" readonly data-testid="share-url" prop:value=url/>
                            </label>
                        }
                    })
            }}
        </section>
    }
}
