//! The worker, from the app's side (render::tool_block says why there is one): started the first time
//! a block is needed (the result's details, a tool), then asked for the block on screen whenever the
//! answers change. A reply to an older request is dropped; a worker that cannot start gets a French
//! message.

use super::state::AppState;
use crate::render::tool_block::{read_reply, request, Block, READY};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// public/outils-loader.js, next to the page: relative, so it works under any sub-path.
const LOADER: &str = "outils-loader.js";
const UNAVAILABLE: &str =
    "<p class=\"notice warning\" data-testid=\"tool-unavailable\">Ce calcul n'a pas pu \
    démarrer dans ce navigateur. Le résultat en tête de page, lui, reste juste.</p>";

struct Channel {
    worker: web_sys::Worker,
    latest: u32,
    shown: Option<RwSignal<Option<String>>>,
    /// The latest request, kept until the worker says it listens.
    waiting: Option<String>,
}

thread_local! {
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
}

/// The block on screen, from the worker, asked again whenever the answers change; `None` until the
/// first reply.
pub fn block(block: Block) -> RwSignal<Option<String>> {
    let state = expect_context::<AppState>();
    let shown = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        state.answers.track();
        let contact = state.contact.get_value().unwrap_or_default();
        ask(block, state.today, &contact, &state.share_link(), shown);
    });
    shown
}

/// Asks for a block for the simulation of `share_link`; `shown` receives it.
fn ask(
    block: Block,
    today: crate::date::Date,
    contact: &str,
    share_link: &str,
    shown: RwSignal<Option<String>>,
) {
    let asked = CHANNEL.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = start().map(|worker| Channel {
                worker,
                latest: 0,
                shown: None,
                waiting: Some(String::new()),
            });
        }
        let channel = cell.as_mut()?;
        channel.latest += 1;
        channel.shown = Some(shown);
        let text = request(channel.latest, block, today, contact, share_link);
        match &mut channel.waiting {
            Some(waiting) => {
                *waiting = text;
                Some(())
            }
            None => channel.worker.post_message(&JsValue::from_str(&text)).ok(),
        }
    });
    if asked.is_none() {
        shown.set(Some(UNAVAILABLE.to_string()));
    }
}

fn start() -> Option<web_sys::Worker> {
    let worker = web_sys::Worker::new(LOADER).ok()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            if text == READY {
                send_waiting();
            } else if let Some((number, html)) = read_reply(&text) {
                if let Some(shown) = current(Some(number)) {
                    shown.set(Some(html.to_string()));
                }
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The worker's script or WebAssembly could not load (an old browser, a broken cache).
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|_| {
        if let Some(shown) = current(None) {
            shown.set(Some(UNAVAILABLE.to_string()));
        }
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Some(worker)
}

/// Sends the request kept while the worker was starting, and the next ones straight away.
fn send_waiting() {
    CHANNEL.with(|cell| {
        if let Some(channel) = cell.borrow_mut().as_mut() {
            if let Some(text) = channel.waiting.take().filter(|text| !text.is_empty()) {
                let _ = channel.worker.post_message(&JsValue::from_str(&text));
            }
        }
    });
}

/// The signal waiting for the reply numbered `number` (any, for `None`), if it is still the latest.
fn current(number: Option<u32>) -> Option<RwSignal<Option<String>>> {
    CHANNEL.with(|cell| {
        let cell = cell.borrow();
        let channel = cell.as_ref()?;
        if number.is_some_and(|n| n != channel.latest) {
            return None;
        }
        channel.shown
    })
}
