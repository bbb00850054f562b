//! Keeping the answers: saved on every change under the simulation's key, set aside (never dropped)
//! when unreadable, a shared link opened as a simulation of its own, and the other windows followed.

use super::simulations::{self, OnScreen};
use super::{AppState, Tone};
use crate::app::browser;
use crate::app::storage;
use crate::saved::{self, Current, Loaded, Origin, Simulation};
use crate::situation::link;
use leptos::prelude::*;

/// A shared link just opened, kept apart in « Mes simulations ».
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prefill {
    /// The simulation on screen before, to go back to.
    pub back_to: Option<String>,
    /// The link was already kept on this device: it was opened, not copied.
    pub known: bool,
    /// What the link got wrong, in French.
    pub issues: Vec<String>,
}

impl AppState {
    /// Back to the simulation on screen before the link.
    pub fn back_from_link(&self) {
        if let Some(id) = self
            .prefill
            .get_untracked()
            .and_then(|prefill| prefill.back_to)
        {
            self.open_simulation(&id);
        }
        self.prefill.set(None);
    }
}

/// `?reinitialiser`: every kept value is set aside, not deleted, and a new simulation starts.
pub(super) fn set_everything_aside(state: &AppState) {
    for (key, raw) in storage::ours() {
        if saved::id_of(&key).is_some() || key == saved::OLD_KEY {
            storage::set_aside(&key, &raw);
        }
    }
    storage::remove(saved::CURRENT_KEY);
    state.notify(
        Tone::Info,
        "Nouvelle simulation. Vos réponses précédentes ont été mises de côté sur cet appareil, pas supprimées.",
        Vec::new(),
    );
}

/// Schemas 1 and 2 kept one simulation under one key: it becomes the first of « Mes simulations »,
/// the one on screen.
pub(super) fn migrate_the_one_simulation(state: &AppState) {
    let Some(raw) = storage::read_raw(saved::OLD_KEY) else {
        return;
    };
    match saved::load(storage::read_saved(Some(&raw))) {
        Loaded::Restored {
            simulation,
            notices,
            ..
        } => {
            let id = simulations::new_id();
            let written = storage::save(&id, &saved::envelope(&simulation, state.today));
            if written == storage::StorageState::Available {
                storage::remove(saved::OLD_KEY);
                let current = Current {
                    id,
                    screen: "accueil".to_string(),
                };
                storage::write_raw(saved::CURRENT_KEY, &current.write());
            }
            if !notices.is_empty() {
                state.notify(
                    Tone::Warning,
                    "Certaines réponses enregistrées n'ont pas pu être relues.",
                    notices,
                );
            }
        }
        Loaded::SetAside { reason } => {
            storage::set_aside(saved::OLD_KEY, &raw);
            state.notify(Tone::Warning, reason, Vec::new());
        }
        Loaded::Empty => {}
    }
}

/// The link in the address: its fragment, or a query of answers as people paste them
/// (`?spe=mg&pmt=1300`; the app's own words, `?nouvelle`, have no `=`).
pub(super) fn link_in_address() -> String {
    let fragment = browser::fragment();
    let query = browser::query();
    if fragment.is_empty() && query.contains('=') {
        query
    } else {
        fragment
    }
}

/// Reads a shared link once: it opens as a simulation of its own (or as the one already kept with
/// the same answers). Returns whether it did.
pub(super) fn open_link(state: &AppState, fragment: &str) -> bool {
    if fragment.is_empty() {
        return false;
    }
    browser::clean_address();
    let decoded = match link::decode(fragment) {
        Ok(decoded) => decoded,
        Err(refusal) => {
            state.notify(Tone::Warning, refusal.french(), Vec::new());
            return false;
        }
    };
    let issues: Vec<String> = decoded.issues.iter().map(|issue| issue.french()).collect();
    if decoded.situation.is_empty() {
        state.notify(
            Tone::Warning,
            "Ce lien ne contient aucune réponse utilisable : il a été ignoré. Vos réponses n'ont pas changé.",
            issues,
        );
        return false;
    }
    let back_to = state.current.get_untracked().map(|on_screen| on_screen.id);
    let known = state
        .simulations
        .get_untracked()
        .into_iter()
        .map(|listed| listed.id)
        .find(|id| {
            simulations::read(state, id).is_some_and(|kept| kept.situation == decoded.situation)
        });
    let prefill = Prefill {
        back_to: back_to.filter(|id| known.as_ref() != Some(id)),
        known: known.is_some(),
        issues,
    };
    match known {
        Some(id) => state.open_simulation(&id),
        None => {
            let received = Simulation {
                situation: decoded.situation,
                origin: Origin::Link,
                created_on: Some(state.today),
                saved_on: None,
            };
            state.current.set(Some(OnScreen {
                id: simulations::new_id(),
                origin: Origin::Link,
                created_on: state.today,
            }));
            state.replace_answers(received.situation);
            state.persist();
        }
    }
    // After opening: opening a kept simulation closes any earlier link's banner.
    state.prefill.set(Some(prefill));
    state.screen.set(state.answer_screen());
    true
}

/// Another window changed the simulation on screen: this one takes its answers (each change is
/// saved at once, so the last one made anywhere is the one kept), and says so.
fn follow_other_window(state: &AppState, key: Option<String>, value: Option<String>) {
    let on_screen = state.current.get_untracked();
    let ours = |key: &str| {
        on_screen
            .as_ref()
            .is_some_and(|on_screen| saved::id_of(key) == Some(on_screen.id.as_str()))
    };
    match (key, value) {
        (Some(key), Some(raw)) if ours(&key) => {
            if let Loaded::Restored { simulation, .. } =
                saved::load(storage::read_saved(Some(&raw)))
            {
                if state.answers.with_untracked(|a| *a != simulation.situation) {
                    state.replace_answers(simulation.situation);
                    state.notify(
                        Tone::Info,
                        "Cette simulation a été modifiée dans une autre fenêtre : elle est à jour ici.",
                        Vec::new(),
                    );
                }
            }
        }
        (Some(key), None) if ours(&key) => {
            // Deleted elsewhere: still on screen here, and kept again at its next change.
            state.current.set(None);
            state.notify(
                Tone::Info,
                "Cette simulation a été supprimée dans une autre fenêtre. Elle reste affichée ici et sera \
                 de nouveau enregistrée si vous la modifiez.",
                Vec::new(),
            );
        }
        _ => {}
    }
    state.refresh_simulations();
}

/// From start on: a link opened while the app is on screen, every change saved, the screen the
/// doctor is on remembered, and the other windows followed.
pub(super) fn follow(state: AppState) {
    // A link opened while the app is already on screen only changes the fragment: read it the same way.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        open_link(&state, &browser::fragment());
    });

    let _ = window_event_listener(leptos::ev::storage, move |event| {
        let key = event.key();
        let about_us = key
            .as_deref()
            .is_none_or(|key| key.starts_with(saved::SIMULATIONS));
        if about_us {
            follow_other_window(&state, key, event.new_value());
        }
    });

    Effect::new(move |previous: Option<String>| {
        let current = state.answers.with(link::encode);
        if previous.as_ref().is_some_and(|p| *p != current) {
            state.persist();
        }
        current
    });

    // Where the doctor lands back: the simulation on screen and the screen.
    Effect::new(move |_| {
        let screen = state.screen.get();
        if let Some(on_screen) = state.current.get() {
            let current = Current {
                id: on_screen.id,
                screen: screen.code().to_string(),
            };
            storage::write_raw(saved::CURRENT_KEY, &current.write());
        }
    });
}
