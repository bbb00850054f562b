//! The tools' worker: the app posts a request (render::tool_block::request), the worker replies with
//! the tool's block. Its own WebAssembly, fetched only when a doctor opens a tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let request = event.data().as_string().unwrap_or_default();
            let reply = assistant_medical::render::tool_block::reply(&request);
            let _ = replies.post_message(&JsValue::from_str(&reply));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: its handler too.
    on_message.forget();
    // Messages sent before the handler existed were lost: the app waits for this one to send.
    let _ = scope.post_message(&JsValue::from_str(
        assistant_medical::render::tool_block::READY,
    ));
}

/// Natively there is no worker: the tools are tested with `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Ce programme est le worker des outils du simulateur, construit pour le navigateur : bash .ci/build");
}
