//! The app's side of the PWA glue (public/pwa.js): a new version waiting, the install offer, and the
//! iOS hint, and whether the network is there. State is read once from attributes the glue sets early, then followed through events.

use super::browser;
use super::storage;
use leptos::prelude::*;

/// Set once the doctor has closed the iOS hint, so it shows only once.
const IOS_HINT_SEEN: &str = "assistant-medical/astuce-ios-vue";

#[derive(Clone, Copy)]
pub struct Pwa {
    pub update_ready: RwSignal<bool>,
    pub installable: RwSignal<bool>,
    pub ios_hint: RwSignal<bool>,
    /// No network: said in a banner (the simulator still calculates).
    pub offline: RwSignal<bool>,
}

fn flagged(attribute: &str) -> bool {
    browser::document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(attribute))
}

pub fn start() -> Pwa {
    let pwa = Pwa {
        update_ready: RwSignal::new(flagged("data-nouvelle-version")),
        installable: RwSignal::new(flagged("data-installable")),
        ios_hint: RwSignal::new(
            flagged("data-astuce-ios") && storage::read_raw(IOS_HINT_SEEN).is_none(),
        ),
        offline: RwSignal::new(!browser::online()),
    };
    let _ = window_event_listener_untyped("online", move |_| pwa.offline.set(false));
    let _ = window_event_listener_untyped("offline", move |_| pwa.offline.set(true));
    let _ = window_event_listener_untyped("nouvelle-version", move |_| pwa.update_ready.set(true));
    let _ = window_event_listener_untyped("installable", move |_| pwa.installable.set(true));
    let _ = window_event_listener_untyped("installee", move |_| pwa.installable.set(false));
    pwa
}

impl Pwa {
    pub fn reload_to_update(&self) {
        browser::announce("appliquer-nouvelle-version");
    }

    pub fn install(&self) {
        self.installable.set(false);
        browser::announce("installer");
    }

    pub fn close_ios_hint(&self) {
        self.ios_hint.set(false);
        storage::write_flag(IOS_HINT_SEEN);
    }
}
