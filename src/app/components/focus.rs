//! Moves focus to a screen's heading when the screen appears, so that keyboard and screen-reader
//! users start reading where sighted users look.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn FocusOnMount(children: Children) -> impl IntoView {
    let scope = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let target = scope
            .get()
            .and_then(|scope| scope.query_selector("[tabindex='-1']").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            crate::app::browser::focus(&target);
        }
    });
    view! { <div class="focus-scope" node_ref=scope>{children()}</div> }
}
