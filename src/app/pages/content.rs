//! Fixed-text pages: "Et ensuite ?" and the legal pages. Their HTML is a compile-time constant of
//! this crate (src/app/content): nothing typed or linked ever reaches it, so `inner_html` is safe
//! here and much lighter than view code. Never use it for anything else.

use crate::app::state::{AppState, Page, Screen};
use leptos::prelude::*;

fn page(page: Page) -> (&'static str, &'static str) {
    match page {
        Page::NextSteps => ("Et ensuite ?", include_str!("../content/ensuite.html")),
        Page::Legal => ("Mentions légales", include_str!("../content/mentions.html")),
        Page::Privacy => (
            "Confidentialité",
            include_str!("../content/confidentialite.html"),
        ),
        Page::Accessibility => (
            "Accessibilité",
            include_str!("../content/accessibilite.html"),
        ),
    }
}

#[component]
pub fn ContentPage(page: Page) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (title, html) = self::page(page);
    let back = if page == Page::NextSteps {
        Screen::Results
    } else {
        Screen::Home
    };
    view! {
        <article class="page">
            <h1 tabindex="-1">{title}</h1>
            <div class="content" inner_html=html></div>
            <p class="no-print">
                <button type="button" class="secondary" on:click=move |_| state.go(back)>
                    {if back == Screen::Results { "Retour au résultat" } else { "Retour à l'accueil" }}
                </button>
            </p>
        </article>
    }
}
