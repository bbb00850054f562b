//! The web app: Leptos components over the rules engine, compiled for the browser only.

mod banners;
mod browser;
pub mod components;
mod history;
mod pages;
mod pwa;
pub mod screen;
pub mod state;
mod storage;
mod tool_worker;

use leptos::prelude::*;
use pages::contract::{ContractForm, ContractView};
use pages::home::Home;
use pages::results::Results;
use pages::steps::{Activity, Contract, Project};
use pages::tools::ToolScreen;
use screen::{Screen, Step};

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
    // After the task that compiled and started the WebAssembly: the answers read back in one task,
    // the app built in the next, its effects in a third, its screen in a fourth (see app()).
    browser::next_task(move || {
        let state = state::start();
        browser::next_task(move || leptos::mount::mount_to(root, move || app(state)).forget());
    });
}

/// The whole app over the answers read back by `state::start`.
fn app(state: state::AppState) -> impl IntoView {
    provide_context(state);
    provide_context(pwa::start());
    // What follows the doctor's moves (saving, history, focus) is set up one task later, under the
    // app's owner, and the screen one task after that.
    let started = RwSignal::new(false);
    let owner = Owner::current();
    browser::next_task(move || {
        if let Some(owner) = owner {
            owner.with(|| follow_the_doctor(state, started));
        }
        browser::next_task(move || started.set(true));
    });
    let screen = move || match started.get().then(|| state.screen.get()) {
        None => ().into_any(),
        Some(screen) => screen_view(screen),
    };
    // The footer comes with the screen, not before it: drawn first, it would be pushed down (a
    // layout shift).
    let footer = move || {
        started
            .get()
            .then(|| view! { <footer class="site-footer no-print" inner_html=crate::render::site::footer()></footer> })
    };
    // The way home (the ways in, « Mes simulations ») from every other screen.
    let home = move || {
        (started.get() && state.screen.get() != Screen::Home).then(|| {
            view! {
                <nav class="app-nav no-print" aria-label="Navigation">
                    <button type="button" class="link" data-testid="home" on:click=move |_| state.go(Screen::Home)>
                        "← Accueil et mes simulations"
                    </button>
                </nav>
            }
        })
    };
    view! {
        // "app" once the screen is there: what the tests wait for.
        <div data-testid=move || started.get().then_some("app")>
            {home}
            <banners::Banners/>
            {screen}
            {footer}
        </div>
    }
}

fn screen_view(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => view! { <Home/> }.into_any(),
        Screen::Step(Step::Contract) => view! { <Contract/> }.into_any(),
        Screen::Step(Step::Activity) => view! { <Activity/> }.into_any(),
        Screen::Step(Step::Project) => view! { <Project/> }.into_any(),
        Screen::Results => view! { <Results/> }.into_any(),
        Screen::Tool(tool) => view! { <ToolScreen tool/> }.into_any(),
        Screen::ContractForm => view! { <ContractForm/> }.into_any(),
        Screen::Contract => view! { <ContractView/> }.into_any(),
    }
}

/// The app's effects on the rest of the page: the answers saved, the back button, the focus, the
/// static home shown only on the home screen.
fn follow_the_doctor(state: state::AppState, started: RwSignal<bool>) {
    state::follow(state);
    history::follow(state.screen);
    focus_on_screen_change(state);
    show_static_home_only_on_home(state.screen, started);
}

/// The home screen's text is static (index.html): shown on the home screen, hidden elsewhere, but
/// only once the app's screen is there to replace it (a shared link never flashes a blank page).
fn show_static_home_only_on_home(screen: RwSignal<Screen>, started: RwSignal<bool>) {
    Effect::new(move |_| {
        let hidden = started.get() && screen.get() != Screen::Home;
        if let Some(home) = browser::document().and_then(|d| d.get_element_by_id("accueil")) {
            let _ = home.toggle_attribute_with_force("hidden", hidden);
        }
    });
}

/// On every new screen, focus moves to its heading, so that keyboard and screen-reader users start
/// reading where sighted users look; or to the question « Modifier » asked for. Not on the first
/// screen: the page has just loaded.
fn focus_on_screen_change(state: state::AppState) {
    Effect::new(move |previous: Option<Screen>| {
        let current = state.screen.get();
        if previous.is_some_and(|p| p != current) {
            match state.focus.get_untracked() {
                Some(key) => {
                    state.focus.set(None);
                    browser::focus_field(key.code());
                }
                None => browser::focus_selector(if current == Screen::Home {
                    "#accueil-titre"
                } else {
                    "#app h1"
                }),
            }
        }
        current
    });
}
