//! Mentions légales, confidentialité, accessibilité.

use crate::app::state::{AppState, Page, Screen};
use leptos::prelude::*;

#[component]
pub fn LegalPage(page: Page) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (title, body) = match page {
        Page::Legal => ("Mentions légales", legal().into_any()),
        Page::Privacy => ("Confidentialité", privacy().into_any()),
        Page::Accessibility => ("Accessibilité", accessibility().into_any()),
    };
    view! {
        <article class="page">
            <h1 tabindex="-1">{title}</h1>
            {body}
            <p>
                <button type="button" class="secondary" on:click=move |_| state.go(Screen::Home)>
                    "Retour à l'accueil"
                </button>
            </p>
        </article>
    }
}

fn legal() -> impl IntoView {
    view! {
        <p>
            "Ce simulateur est un outil indépendant. Il n'est ni édité ni validé par l'Assurance Maladie : "
            "votre CPAM fixe les montants et les objectifs de votre contrat."
        </p>
        <p>"Les règles viennent des textes et des sources cités sous chaque chiffre (« Pourquoi ? »)."</p>
    }
}

fn privacy() -> impl IntoView {
    view! {
        <p>"Vos réponses restent sur cet appareil. Rien n'est envoyé, collecté ni mesuré : pas de compte, pas de cookie, pas de statistiques."</p>
        <p>"Elles sont enregistrées dans le stockage local de votre navigateur ; « Effacer mes données » les supprime."</p>
        <p>"Un lien de partage contient vos réponses après le signe #, partie de l'adresse que le navigateur n'envoie jamais à un serveur."</p>
    }
}

fn accessibility() -> impl IntoView {
    view! {
        <p>"Le simulateur vise la conformité au RGAA (WCAG 2.1 niveau AA)."</p>
    }
}
