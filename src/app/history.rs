//! The phone's back button walks back through the screens: each screen change pushes a history
//! entry (the address itself does not change), and going back restores the previous screen.

use super::screen::Screen;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

pub fn follow(screen: RwSignal<Screen>) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let restoring = StoredValue::new(false);
    let _ = history.replace_state(&JsValue::from_str(screen.get_untracked().code()), "");
    Effect::new(move |previous: Option<Screen>| {
        let current = screen.get();
        let from_back_button = restoring.get_value();
        restoring.set_value(false);
        if previous.is_some_and(|p| p != current) && !from_back_button {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.push_state(&JsValue::from_str(current.code()), "");
            }
        }
        current
    });
    let _ = window_event_listener(leptos::ev::popstate, move |event| {
        if let Some(target) = event
            .state()
            .as_string()
            .and_then(|text| Screen::from_code(&text))
        {
            restoring.set_value(true);
            screen.set(target);
        }
    });
}
