//! « Mes simulations »: the simulations kept on this device, each under its own key. One is on
//! screen; opening another, starting a new one or receiving a link never replaces one, and a
//! deletion or an erase can be undone once.

use super::{AppState, Tone};
use crate::app::screen::Screen;
use crate::app::storage::{self, StorageState};
use crate::date::Date;
use crate::saved::{self, Current, Loaded, Origin, Simulation};
use crate::situation::Situation;
use leptos::prelude::*;

/// The simulation on screen, as it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnScreen {
    pub id: String,
    pub origin: Origin,
    pub created_on: Date,
}

/// A line of « Mes simulations ».
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub name: String,
    pub saved_on: Option<Date>,
}

/// A simulation read back from its key; an unreadable one is set aside with a notice.
pub(super) fn read(state: &AppState, id: &str) -> Option<Simulation> {
    let key = saved::key(id);
    let raw = storage::read_raw(&key);
    match saved::load(storage::read_saved(raw.as_deref())) {
        Loaded::Empty => None,
        Loaded::Restored {
            simulation,
            migrated,
            notices,
        } => {
            if migrated {
                // Written back at once in the current schema: an older value is never dropped unread.
                storage::save(id, &saved::envelope(&simulation, state.today));
            }
            if !notices.is_empty() {
                state.notify(
                    Tone::Warning,
                    "Certaines réponses enregistrées n'ont pas pu être relues.",
                    notices,
                );
            }
            Some(*simulation)
        }
        Loaded::SetAside { reason } => {
            if let Some(raw) = raw {
                storage::set_aside(&key, &raw);
            }
            state.notify(Tone::Warning, reason, Vec::new());
            None
        }
    }
}

/// A new identifier: the time in milliseconds, unique on this device.
pub(super) fn new_id() -> String {
    let mut id = js_sys::Date::now() as u64;
    while storage::read_raw(&saved::key(&id.to_string())).is_some() {
        id += 1;
    }
    id.to_string()
}

impl AppState {
    /// Reads the list again (at start, and when another window changed it).
    pub fn refresh_simulations(&self) {
        // The last saved first; among one day's, the last created (identifiers are times). Put in
        // place one by one: a handful of lines, and no sorting code in the WebAssembly.
        let rank = |s: &Listed| (s.saved_on, s.id.len(), s.id.clone());
        let mut listed: Vec<Listed> = Vec::new();
        for id in storage::simulation_ids() {
            let Some(simulation) = read(self, &id) else {
                continue;
            };
            let item = Listed {
                name: simulation.name(),
                saved_on: simulation.saved_on,
                id,
            };
            let at = listed
                .iter()
                .position(|other| rank(&item) > rank(other))
                .unwrap_or(listed.len());
            listed.insert(at, item);
        }
        self.simulations.set(listed);
    }

    /// The simulation and screen the doctor left, put back on screen; returns the screen.
    pub(super) fn resume_where_left(&self) -> Option<Screen> {
        let current =
            storage::read_raw(saved::CURRENT_KEY).and_then(|text| Current::read(&text))?;
        let simulation = read(self, &current.id)?;
        self.show(current.id, simulation);
        Some(Screen::from_code(&current.screen).unwrap_or(Screen::Home))
    }

    fn show(&self, id: String, simulation: Simulation) {
        self.current.set(Some(OnScreen {
            id,
            origin: simulation.origin,
            created_on: simulation.created_on.unwrap_or(self.today),
        }));
        self.replace_answers(simulation.situation);
    }

    /// Opens a kept simulation where its answer is.
    pub fn open_simulation(&self, id: &str) {
        if let Some(simulation) = read(self, id) {
            self.prefill.set(None);
            self.show(id.to_string(), simulation);
            self.go(self.answer_screen());
        } else {
            self.refresh_simulations();
        }
    }

    /// A simulation not saved yet: it is at its first answer, under a key of its own.
    pub fn new_simulation(&self, answers: Situation, screen: Screen) {
        self.prefill.set(None);
        self.current.set(None);
        self.replace_answers(answers);
        self.go(screen);
    }

    /// Keeps the answers on screen, under the simulation's key (a new one at the first answer). A
    /// simulation with nothing typed is not kept; one already saved as it is is not written again.
    pub fn persist(&self) {
        let answers = self.answers.get_untracked();
        if answers.is_empty() || answers == self.fresh_answers() || answers == self.fresh_contract()
        {
            return;
        }
        let on_screen = match self.current.get_untracked() {
            Some(on_screen) => on_screen,
            None => {
                let on_screen = OnScreen {
                    id: new_id(),
                    origin: Origin::Typed,
                    created_on: self.today,
                };
                self.current.set(Some(on_screen.clone()));
                on_screen
            }
        };
        let kept = storage::read_raw(&saved::key(&on_screen.id));
        let unchanged = matches!(
            saved::load(storage::read_saved(kept.as_deref())),
            Loaded::Restored { simulation, migrated: false, .. } if simulation.situation == answers
        );
        if unchanged {
            return;
        }
        let simulation = Simulation {
            situation: answers,
            origin: on_screen.origin,
            created_on: Some(on_screen.created_on),
            saved_on: None,
        };
        let written = storage::save(&on_screen.id, &saved::envelope(&simulation, self.today));
        if written == StorageState::Available {
            self.refresh_simulations();
        }
        if self.storage.get_untracked() != written {
            self.storage.set(written);
        }
    }

    /// Deletes a kept simulation; « Annuler » puts it back.
    pub fn delete_simulation(&self, id: &str) {
        let key = saved::key(id);
        let Some(raw) = storage::read_raw(&key) else {
            return;
        };
        let name = self
            .simulations
            .with_untracked(|list| list.iter().find(|s| s.id == id).map(|s| s.name.clone()))
            .unwrap_or_default();
        storage::remove(&key);
        self.undo.set_value(Some(vec![(key, raw)]));
        if self
            .current
            .with_untracked(|c| c.as_ref().is_some_and(|c| c.id == id))
        {
            self.current.set(None);
            self.replace_answers(self.fresh_answers());
        }
        self.refresh_simulations();
        self.notify_undoable(format!("Simulation supprimée : {name}."));
    }

    /// « Effacer mes données »: everything this app stored, set-aside values included. « Annuler »
    /// puts it all back, as long as the page is open.
    pub fn erase(&self) {
        let everything = storage::ours();
        for (key, _) in &everything {
            storage::remove(key);
        }
        self.undo.set_value(Some(everything));
        self.prefill.set(None);
        self.current.set(None);
        self.replace_answers(self.fresh_answers());
        self.simulations.set(Vec::new());
        self.notices.set(Vec::new());
        self.notify_undoable("Vos données ont été effacées de cet appareil.".to_string());
        self.go(Screen::Home);
    }

    /// Puts back what the last deletion or erase removed, once.
    pub fn undo(&self) {
        let Some(removed) = self.undo.get_value() else {
            return;
        };
        self.undo.set_value(None);
        let mut state = StorageState::Available;
        for (key, value) in &removed {
            state = storage::write_raw(key, value);
        }
        if self.current.with_untracked(Option::is_none) {
            let screen = self.screen.get_untracked();
            if self.resume_where_left().is_some() {
                self.screen.set(screen);
            }
        }
        self.refresh_simulations();
        self.notices.set(Vec::new());
        if state != StorageState::Available {
            self.storage.set(state);
        }
    }
}
