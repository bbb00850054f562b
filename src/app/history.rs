//! The phone's back button walks back through the screens: each screen change pushes a history
//! entry (the address itself does not change), and going back restores the previous screen.

use super::state::{Page, Screen, Step};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

fn code(screen: Screen) -> &'static str {
    match screen {
        Screen::Home => "accueil",
        Screen::Step(Step::Profile) => "profil",
        Screen::Step(Step::Activity) => "activite",
        Screen::Step(Step::Project) => "projet",
        Screen::Results => "resultat",
        Screen::Page(Page::Legal) => "mentions-legales",
        Screen::Page(Page::Privacy) => "confidentialite",
        Screen::Page(Page::Accessibility) => "accessibilite",
    }
}

fn from_code(text: &str) -> Option<Screen> {
    [
        Screen::Home,
        Screen::Step(Step::Profile),
        Screen::Step(Step::Activity),
        Screen::Step(Step::Project),
        Screen::Results,
        Screen::Page(Page::Legal),
        Screen::Page(Page::Privacy),
        Screen::Page(Page::Accessibility),
    ]
    .into_iter()
    .find(|screen| code(*screen) == text)
}

pub fn follow(screen: RwSignal<Screen>) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let restoring = StoredValue::new(false);
    let _ = history.replace_state(&JsValue::from_str(code(screen.get_untracked())), "");
    Effect::new(move |previous: Option<Screen>| {
        let current = screen.get();
        let from_back_button = restoring.get_value();
        restoring.set_value(false);
        if previous.is_some_and(|p| p != current) && !from_back_button {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.push_state(&JsValue::from_str(code(current)), "");
            }
        }
        current
    });
    let _ = window_event_listener(leptos::ev::popstate, move |event| {
        if let Some(target) = event.state().as_string().and_then(|text| from_code(&text)) {
            restoring.set_value(true);
            screen.set(target);
        }
    });
}
