//! The worker, from the app's side (render::tool_block says why there is one): started the first time
//! a block is needed (the result's details, a tool), then asked for the block on screen whenever the
//! answers change. A reply to an older request is dropped; a worker that cannot start gets a French
//! message.

use super::state::AppState;
use crate::render::tool_block::{read_reply, request, Block, FAILED, READY};
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
    /// The number of the last request.
    latest: u32,
    /// The latest request of each block on screen, by its number, and where its reply goes.
    asked: Vec<(u32, RwSignal<Option<String>>)>,
    /// The requests kept until the worker says it listens; `None` once it does.
    waiting: Option<Vec<(RwSignal<Option<String>>, String)>>,
}

thread_local! {
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
}

/// A block on screen, from the worker; `None` until the first reply. Asked again whenever the
/// answers change, or, for written fields, only when they are replaced as a whole (never under the
/// doctor's fingers).
pub fn block(block: Block) -> RwSignal<Option<String>> {
    let state = expect_context::<AppState>();
    let shown = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if block.has_fields() {
            state.replaced.track();
        } else {
            state.answers.track();
        }
        let contact = state.contact.get_value().unwrap_or_default();
        ask(block, state.today, &contact, &state.share_link(), shown);
    });
    shown
}

/// Asks for a block for the simulation of `share_link`; `shown` receives it. A block asked again
/// drops its older request: only the latest reply is shown.
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
                asked: Vec::new(),
                waiting: Some(Vec::new()),
            });
        }
        let channel = cell.as_mut()?;
        channel.latest += 1;
        channel.asked.retain(|(_, other)| *other != shown);
        channel.asked.push((channel.latest, shown));
        let text = request(channel.latest, block, today, contact, share_link);
        match &mut channel.waiting {
            Some(waiting) => {
                waiting.retain(|(other, _)| *other != shown);
                waiting.push((shown, text));
                Some(())
            }
            None => channel.worker.post_message(&JsValue::from_str(&text)).ok(),
        }
    });
    if asked.is_none() {
        shown.set(Some(UNAVAILABLE.to_string()));
    }
}

/// Every block still waiting says the details are unavailable.
fn unavailable() {
    for shown in waiting_for(None) {
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
            } else if text == FAILED {
                unavailable();
            } else if let Some((number, html)) = read_reply(&text) {
                for shown in waiting_for(Some(number)) {
                    shown.set(Some(html.to_string()));
                }
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The worker's script could not load (an old browser, a broken cache).
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|_| unavailable());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Some(worker)
}

/// Sends the requests kept while the worker was starting, and the next ones straight away.
fn send_waiting() {
    CHANNEL.with(|cell| {
        if let Some(channel) = cell.borrow_mut().as_mut() {
            for (_, text) in channel.waiting.take().unwrap_or_default() {
                let _ = channel.worker.post_message(&JsValue::from_str(&text));
            }
        }
    });
}

/// Where the reply numbered `number` goes, if it is still its block's latest request; every block
/// waiting, for `None` (the worker failed).
fn waiting_for(number: Option<u32>) -> Vec<RwSignal<Option<String>>> {
    CHANNEL.with(|cell| {
        let mut cell = cell.borrow_mut();
        let Some(channel) = cell.as_mut() else {
            return Vec::new();
        };
        let (answered, rest) = channel
            .asked
            .drain(..)
            .partition(|(n, _)| number.is_none_or(|number| *n == number));
        channel.asked = rest;
        answered.into_iter().map(|(_, shown)| shown).collect()
    })
}
