//! The result, answer first: the verdict and the key figures, then « Partager · PDF · Modifier », and
//! the details below (conditions, answers, the year table and charts, the objective, the sources),
//! which the worker writes once the answer is on screen. Every block is written by `render`, buttons
//! included; each button names its action (`data-action`), and this page handles them all in one
//! place.

use crate::app::browser;
use crate::app::components::on_paper::PrintHeader;
use crate::app::pwa::Pwa;
use crate::app::screen::{Screen, Step};
use crate::app::state::AppState;
use crate::app::tool_worker;
use crate::render::actions::{self, Action};
use crate::render::report::Report;
use crate::render::tool_block::Block;
use crate::render::{hero, results as render};
use crate::situation::link;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The contact and the simulation's link, when a contact is set. Not generic: written once in the
/// WebAssembly, whatever block it serves.
#[inline(never)]
fn report_parts(state: &AppState) -> Option<(String, String)> {
    state
        .contact
        .get_value()
        .map(|contact| (contact, state.share_link()))
}

/// A block written by `render`, with its report link when a contact is set.
pub fn with_report<T>(state: &AppState, write: impl FnOnce(Option<&Report>) -> T) -> T {
    let parts = report_parts(state);
    write(
        parts
            .as_ref()
            .map(|(contact, link)| Report { contact, link })
            .as_ref(),
    )
}

/// Shares the simulation: the phone's share sheet when there is one, else the clipboard; the link is
/// shown either way, and the status said.
pub fn share(state: &AppState, shared: RwSignal<Option<String>>, status: RwSignal<&'static str>) {
    let url = state.share_link();
    shared.set(Some(url.clone()));
    if browser::share("Simulation : aide à l'emploi d'un assistant médical", &url) {
        status.set("");
        return;
    }
    spawn_local(async move {
        status.set(if browser::copy(&url).await {
            "Lien copié"
        } else {
            "Copie impossible : sélectionnez le lien ci-dessous pour le copier."
        });
    });
}

/// « PDF » asked before the worker's block arrived: printed as soon as it is there. Returns the
/// signal « PDF » sets.
pub fn print_when_written(written: RwSignal<Option<String>>) -> RwSignal<bool> {
    let print_asked = RwSignal::new(false);
    Effect::new(move |_| {
        if print_asked.get() && written.with(Option::is_some) {
            print_asked.set(false);
            browser::print_after_render();
        }
    });
    print_asked
}

/// What « Partager » said, and the link shown to copy.
#[component]
pub fn ShareLine(
    shared: RwSignal<Option<String>>,
    status: RwSignal<&'static str>,
) -> impl IntoView {
    view! {
        <p class="status no-print" role="status" data-testid="share-status">{move || status.get()}</p>
        {move || {
            shared
                .get()
                .map(|url| {
                    view! {
                        <label class="share-url no-print">
                            "Lien de la simulation (vos réponses, pas votre nom)"
                            <input type="text" readonly data-testid="share-url" prop:value=url/>
                        </label>
                    }
                })
        }}
    }
}

/// The result screen: the answer first, then the folded details. The view is the screen from top to
/// bottom; it stays one function so that it reads in the order the doctor sees it.
#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pwa = expect_context::<Pwa>();
    let outcome = state.outcome;
    let shared = RwSignal::new(None::<String>);
    let status = RwSignal::new("");
    let erase_asked = RwSignal::new(false);
    let details = tool_worker::block(Block::Details);
    let print_asked = print_when_written(details);
    let on_click = move |event: leptos::ev::MouseEvent| {
        let Some(action) =
            browser::clicked_action(&event).and_then(|code| Action::from_code(&code))
        else {
            return;
        };
        match action {
            Action::Share => share(&state, shared, status),
            Action::Print => print_asked.set(true),
            Action::Steps => state.go(Screen::Step(Step::Contract)),
            Action::Install => pwa.install(),
            Action::Erase => erase_asked.set(true),
            Action::EraseCancelled => erase_asked.set(false),
            Action::EraseConfirmed => state.erase(),
            Action::Edit(key) => state.edit(key),
            Action::Open(tool) => state.go(Screen::Tool(tool)),
            Action::EditContract => state.go(Screen::ContractForm),
            Action::Try => {
                let changed = browser::clicked_attribute(&event, "data-lien")
                    .and_then(|lien| link::decode(&lien).ok());
                if let Some(changed) = changed {
                    state.replace_answers(changed.situation);
                    browser::scroll_to_top();
                }
            }
            Action::FollowThisContract => {
                state.answers.update(|a| a.tracking = Some(true));
                state.go(Screen::ContractForm);
            }
            // The home screen's.
            Action::Resume
            | Action::Start
            | Action::FollowContract
            | Action::StartCollective
            | Action::OpenSimulation(_)
            | Action::DeleteSimulation(_) => {}
        }
    };
    let details = move || {
        details.get().unwrap_or_else(|| {
            "<p class=\"hint\" data-testid=\"details-loading\">Détails en cours de calcul…</p>"
                .to_string()
        })
    };
    // The last actions depend on this screen's state: written here, again only when the doctor asks
    // to erase or the browser offers to install.
    let closing = move || {
        let installable = pwa.installable.get();
        let asked = erase_asked.get();
        with_report(&state, |report| {
            actions::closing(report, installable, asked)
        })
    };
    view! {
        <article class="results" on:click=on_click>
            <h1 tabindex="-1" class="results-title">"Votre résultat"</h1>
            // On paper: the day, and the address that reopens this simulation.
            <PrintHeader lead=format!("Simulation du {}", state.today.french())/>
            <div inner_html=move || outcome.with(hero::hero)></div>
            <div inner_html=actions::action_bar()></div>
            <ShareLine shared status/>
            <div inner_html=move || outcome.with(render::notices)></div>
            <div inner_html=details></div>
            <div inner_html=closing></div>
            <p class="disclaimer no-print">
                "Outil indépendant, non officiel : votre CPAM fixe les montants et objectifs de votre contrat."
            </p>

        </article>
    }
}
