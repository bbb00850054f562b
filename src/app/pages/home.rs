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
        <section class="home" aria-labelledby="accueil-titre">
            <h1 id="accueil-titre" tabindex="-1">"Aide à l'emploi d'un assistant médical"</h1>
            <p class="lead">
                "Êtes-vous éligible ? Combien touchez-vous chaque année de contrat, et combien de patients en plus "
                "vous engagez-vous à suivre ? La réponse en une minute, avec la règle et la source derrière chaque chiffre."
            </p>
            <ul class="promises">
                <li>"Toutes les règles depuis 2019, selon la date de signature du contrat"</li>
                <li>"La revalorisation de 2024 appliquée aux contrats en cours"</li>
                <li>"Vos réponses restent sur cet appareil : rien n'est envoyé"</li>
            </ul>
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
        </section>
    }
}
