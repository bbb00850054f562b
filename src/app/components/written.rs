//! The one listener behind every written field (`render::form`): the field's `name` is its answer's
//! key, read with the same code as a shared link. On error the answer is cleared and the French
//! reason shown under the field; a date is repeated in words; a slider and its field follow each
//! other.

use crate::app::browser;
use crate::app::components::fields::Binding;
use crate::app::state::AppState;
use crate::date::Date;
use crate::render::form::{self, error_id, in_words_id, slider_id, Field};
use crate::render::html::Html;
use crate::situation::link::Key;
use crate::situation::Situation;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

fn property(target: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

fn element(id: &str) -> Option<web_sys::Element> {
    browser::document()?.get_element_by_id(id)
}

/// Reads what was typed in a written field into the answers.
pub fn on_input(answers: RwSignal<Situation>, event: &web_sys::Event) {
    let Some(target) = event.target().map(JsValue::from) else {
        return;
    };
    let (Some(code), Some(typed)) = (property(&target, "name"), property(&target, "value")) else {
        return;
    };
    // A checkbox says whether it is ticked, not its value.
    let typed = if property(&target, "type").as_deref() == Some("checkbox") {
        let ticked = js_sys::Reflect::get(&target, &JsValue::from_str("checked"))
            .ok()
            .and_then(|checked| checked.as_bool())
            .unwrap_or(false);
        if ticked { "1" } else { "0" }.to_string()
    } else {
        typed
    };
    let Some(key) = Key::from_code(&code) else {
        return;
    };
    let binding = Binding::of(answers, key);
    let typed = typed.trim();
    let error = if typed.is_empty() {
        binding.clear();
        None
    } else {
        binding
            .apply(typed)
            .err()
            .map(|reason| crate::format::capitalised(&reason))
    };
    if let Some(message) = element(&error_id(&code)) {
        message.set_text_content(error.as_deref());
    }
    let own_id = property(&target, "id").unwrap_or_default();
    if let Some(input) = element(&code).filter(|_| own_id == code) {
        let _ = input.set_attribute(
            "aria-invalid",
            if error.is_some() { "true" } else { "false" },
        );
    }
    if let Some(words) = element(&in_words_id(&code)) {
        let day = Date::parse_iso(typed).map(|day| day.french());
        words.set_text_content(day.as_deref());
    }
    // The twin (a slider and its field) shows the answer just read.
    if error.is_none() {
        let twin = if own_id == code {
            slider_id(&code)
        } else {
            code.clone()
        };
        if let Some(twin) = element(&twin) {
            let value = binding.text_now().unwrap_or_default();
            let _ = js_sys::Reflect::set(
                &twin,
                &JsValue::from_str("value"),
                &JsValue::from_str(&value),
            );
        }
    }
}

/// A written field on a screen of views: written when its part of the screen is drawn, and again
/// only when the answers are replaced as a whole, never under the doctor's fingers.
pub fn field(field: Field) -> impl IntoView {
    let state = expect_context::<AppState>();
    let html = move || {
        state.replaced.track();
        state.answers.with_untracked(|answers| {
            let mut html = Html::new();
            form::field(&mut html, answers, &field);
            html.finish()
        })
    };
    view! { <div class="written" on:input=move |event| on_input(state.answers, &event) inner_html=html></div> }
}
