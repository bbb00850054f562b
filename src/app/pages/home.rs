//! The home screen's live part: start or resume. Its text (title, what the simulator does) is static
//! in index.html, painted before the WebAssembly arrives and shown only on this screen. The buttons
//! are written as HTML, each naming its action.

use crate::app::browser;
use crate::app::pwa::Pwa;
use crate::app::screen::{Screen, Step};
use crate::app::state::AppState;
use crate::date::Date;
use crate::render::actions::Action;
use crate::render::html::{el, text_el, Html};
use leptos::prelude::*;

fn actions(saved_on: Option<Option<Date>>, installable: bool) -> String {
    let mut html = Html::new();
    el!(&mut html, "div", "class" = "actions" => |div: &mut Html| {
        match saved_on {
            Some(day) => {
                el!(div, "button", "type" = "button", "class" = "primary", "data-testid" = "resume";
                    "data-action" = &Action::Resume.code() => |button: &mut Html| {
                    button.text("Reprendre ma simulation");
                    if let Some(day) = day {
                        text_el!(button, "span", "class" = "detail" => &format!("du {}", day.french()));
                    }
                });
                text_el!(div, "button", "type" = "button", "class" = "secondary";
                    "data-action" = &Action::NewSimulation.code() => "Nouvelle simulation");
            }
            None => text_el!(div, "button", "type" = "button", "class" = "primary", "data-testid" = "start";
                "data-action" = &Action::Start.code() => "Commencer"),
        }
        if installable {
            text_el!(div, "button", "type" = "button", "class" = "secondary", "data-testid" = "install";
                "data-action" = &Action::Install.code() => "Installer l'application");
        }
    });
    text_el!(&mut html, "p", "class" = "disclaimer" =>
        "Outil indépendant, non officiel : votre CPAM fixe les montants et objectifs de votre contrat.");
    html.finish()
}

#[component]
pub fn Home() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pwa = expect_context::<Pwa>();
    let on_click = move |event: leptos::ev::MouseEvent| match browser::clicked_action(&event)
        .and_then(|code| Action::from_code(&code))
    {
        Some(Action::Resume) => state.go(Screen::Results),
        Some(Action::NewSimulation) => {
            state.answers.set(state.fresh_answers());
            state.go(Screen::Step(Step::Contract));
        }
        Some(Action::Start) => state.go(Screen::Step(Step::Contract)),
        Some(Action::Install) => pwa.install(),
        _ => {}
    };
    let html = move || {
        let saved = state.has_saved.get().then(|| state.saved_on.get());
        actions(saved, pwa.installable.get())
    };
    view! { <div class="home-actions" on:click=on_click inner_html=html></div> }
}
