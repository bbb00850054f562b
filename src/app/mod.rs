//! The web app: Leptos components over the rules engine, compiled for the browser only.

mod browser;
pub mod components;
mod history;
mod pages;
mod pwa;
pub mod state;
mod storage;

use leptos::prelude::*;
use pages::content::ContentPage;
use pages::home::Home;
use pages::results::Results;
use pages::steps::{Activity, Profile, Project};
use pages::tools::{Calendar, Compare, Cost, WhatIf};
use state::{AppState, Page, Screen, Step, Tone, Tool};
use storage::StorageState;

pub fn mount() {
    browser::install_panic_screen();
    // Diagnostic: stops the app on purpose, to show (and test) the "erreur inattendue" screen.
    if browser::query()
        .split('&')
        .any(|part| part == "erreur-de-test")
    {
        panic!("erreur de test demandée par l'adresse");
    }
    let Some(root) = browser::app_root() else {
        return;
    };
    leptos::mount::mount_to(root, App).forget();
}

#[component]
fn App() -> impl IntoView {
    let state = state::start();
    provide_context(state);
    provide_context(pwa::start());
    history::follow(state.screen);
    focus_heading_on_screen_change(state.screen);
    view! {
        <header class="site-header">
            <p class="brand">
                <span aria-hidden="true">"⚕ "</span>
                "Assistant médical · simulateur"
            </p>
        </header>
        <main id="contenu" data-testid="app">
            <pwa::PwaBanners/>
            <StorageBanner/>
            <Notices/>
            <PrefillBanner/>
            {move || match state.screen.get() {
                Screen::Home => view! { <Home/> }.into_any(),
                Screen::Step(Step::Profile) => view! { <Profile/> }.into_any(),
                Screen::Step(Step::Activity) => view! { <Activity/> }.into_any(),
                Screen::Step(Step::Project) => view! { <Project/> }.into_any(),
                Screen::Results => view! { <Results/> }.into_any(),
                Screen::Tool(Tool::Compare) => view! { <Compare/> }.into_any(),
                Screen::Tool(Tool::Cost) => view! { <Cost/> }.into_any(),
                Screen::Tool(Tool::Calendar) => view! { <Calendar/> }.into_any(),
                Screen::Tool(Tool::WhatIf) => view! { <WhatIf/> }.into_any(),
                Screen::Page(page) => view! { <ContentPage page/> }.into_any(),
            }}
        </main>
        <footer class="site-footer no-print">
            <nav aria-label="Informations">
                <button type="button" class="link" on:click=move |_| state.go(Screen::Page(Page::Legal))>
                    "Mentions légales"
                </button>
                <button type="button" class="link" on:click=move |_| state.go(Screen::Page(Page::Privacy))>
                    "Confidentialité"
                </button>
                <button type="button" class="link" on:click=move |_| state.go(Screen::Page(Page::Accessibility))>
                    "Accessibilité"
                </button>
            </nav>
            <p>"Outil indépendant, non officiel. Vos réponses restent sur cet appareil."</p>
            <pwa::InstallButton/>
        </footer>
    }
}

/// On every new screen, focus moves to its heading, so that keyboard and screen-reader users start
/// reading where sighted users look. Not on the first screen: the page has just loaded.
fn focus_heading_on_screen_change(screen: RwSignal<Screen>) {
    Effect::new(move |previous: Option<Screen>| {
        let current = screen.get();
        if previous.is_some_and(|p| p != current) {
            browser::focus_selector("main h1");
        }
        current
    });
}

#[component]
fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || match state.storage.get() {
        StorageState::Available => None,
        StorageState::Unavailable(reason) => Some(view! {
            <p class="notice warning" role="status" data-testid="storage-warning">{reason}</p>
        }),
    }
}

#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notices" role="status" data-testid="notices">
            {move || {
                state
                    .notices
                    .get()
                    .into_iter()
                    .map(|notice| {
                        let id = notice.id;
                        let tone = match notice.tone {
                            Tone::Info => "notice info",
                            Tone::Warning => "notice warning",
                        };
                        view! {
                            <div class=tone>
                                <p>{notice.text}</p>
                                {(!notice.details.is_empty())
                                    .then(|| {
                                        view! {
                                            <ul>
                                                {notice.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                            </ul>
                                        }
                                    })}
                                <button type="button" class="link" on:click=move |_| state.dismiss(id)>
                                    "Fermer"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// "Simulation préremplie depuis un lien partagé", and the choice when other answers were saved.
#[component]
fn PrefillBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.prefill.get().map(|prefill| {
            let choice = prefill.saved.is_some();
            view! {
                <section class="prefill notice info" data-testid="prefill" aria-labelledby="prefill-titre">
                    <h2 id="prefill-titre">"Simulation préremplie depuis un lien partagé"</h2>
                    {(!prefill.issues.is_empty())
                        .then(|| {
                            view! {
                                <p>"Ces réponses du lien ont été ignorées :"</p>
                                <ul data-testid="prefill-issues">
                                    {prefill.issues.into_iter().map(|issue| view! { <li>{issue}</li> }).collect_view()}
                                </ul>
                            }
                        })}
                    {if choice {
                        view! {
                            <p>"Vos réponses enregistrées sur cet appareil n'ont pas été modifiées. Que voulez-vous garder ?"</p>
                            <div class="actions">
                                <button type="button" class="primary" data-testid="keep-link" on:click=move |_| state.keep_prefill()>
                                    "Garder cette simulation"
                                </button>
                                <button type="button" class="secondary" data-testid="back-to-saved" on:click=move |_| state.restore_saved()>
                                    "Revenir à mes réponses enregistrées"
                                </button>
                            </div>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button type="button" class="link" on:click=move |_| state.prefill.set(None)>
                                "Fermer"
                            </button>
                        }
                            .into_any()
                    }}
                </section>
            }
        })
    }
}
