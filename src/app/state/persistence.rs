//! Keeping the answers: read once at start, saved on every change, set aside (never dropped) when
//! unreadable, and a shared link that never replaces saved answers without the doctor's choice.

use super::{AppState, Tone};
use crate::app::browser;
use crate::app::screen::Screen;
use crate::app::storage::{self, StorageState};
use crate::saved::{self, Loaded};
use crate::situation::link;
use crate::situation::Situation;
use leptos::prelude::*;

/// A shared link opened while other answers were saved: the doctor chooses which to keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prefill {
    /// The saved answers to go back to; `None` when nothing was saved (nothing to choose).
    pub saved: Option<Situation>,
    /// What the link got wrong, in French.
    pub issues: Vec<String>,
}

impl AppState {
    /// Keeps the shared link's answers: they become the saved ones.
    pub fn keep_prefill(&self) {
        self.prefill.set(None);
        self.persist(&self.answers.get_untracked());
    }

    /// Goes back to the answers saved before the link was opened.
    pub fn restore_saved(&self) {
        if let Some(Prefill {
            saved: Some(saved), ..
        }) = self.prefill.get_untracked()
        {
            self.answers.set(saved);
        }
        self.prefill.set(None);
    }

    pub fn erase(&self) {
        storage::erase_all();
        self.has_saved.set(false);
        self.saved_on.set(None);
        self.prefill.set(None);
        self.answers.set(self.fresh_answers());
        self.notices.set(Vec::new());
        self.notify(
            Tone::Info,
            "Vos données ont été effacées de cet appareil.",
            Vec::new(),
        );
        self.go(Screen::Home);
    }

    /// Saves unless a shared link is waiting for the doctor's choice.
    fn persist(&self, answers: &Situation) {
        let waiting = self
            .prefill
            .with_untracked(|prefill| prefill.as_ref().is_some_and(|p| p.saved.is_some()));
        if waiting || answers.is_empty() || *answers == self.fresh_answers() {
            return;
        }
        let state = storage::save(&saved::envelope(answers, self.today));
        if state == StorageState::Available {
            self.has_saved.set(true);
            self.saved_on.set(Some(self.today));
        }
        if self.storage.get_untracked() != state {
            self.storage.set(state);
        }
    }
}

/// `?reinitialiser`: the saved answers are set aside, not deleted, and a new simulation starts.
pub(super) fn set_saved_aside(state: &AppState) {
    if let Some(raw) = storage::read_raw(saved::KEY) {
        storage::set_aside(&raw);
    }
    state.notify(
        Tone::Info,
        "Nouvelle simulation. Vos réponses précédentes ont été mises de côté sur cet appareil, pas supprimées.",
        Vec::new(),
    );
}

pub(super) fn load_saved(state: &AppState) -> Option<Situation> {
    let raw = storage::read_raw(saved::KEY);
    match saved::load(storage::read_saved(raw.as_deref())) {
        Loaded::Empty => None,
        Loaded::Restored {
            situation,
            saved_on,
            migrated,
            notices,
        } => {
            state.saved_on.set(saved_on);
            if migrated {
                // Written back at once in the current schema: the older value is never dropped unread.
                storage::save(&saved::envelope(
                    &situation,
                    saved_on.unwrap_or(state.today),
                ));
            }
            if !notices.is_empty() {
                state.notify(
                    Tone::Warning,
                    "Certaines réponses enregistrées n'ont pas pu être relues.",
                    notices,
                );
            }
            Some(situation)
        }
        Loaded::SetAside { reason } => {
            if let Some(raw) = raw {
                storage::set_aside(&raw);
            }
            state.notify(Tone::Warning, reason, Vec::new());
            None
        }
    }
}

/// Reads a shared link from the address, once. Returns whether it set the answers.
pub(super) fn open_link(state: &AppState, saved: Option<&Situation>) -> bool {
    let fragment = browser::fragment();
    if fragment.is_empty() {
        return false;
    }
    browser::clean_address();
    let decoded = match link::decode(&fragment) {
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
    let choice_needed = saved.is_some_and(|saved| *saved != decoded.situation);
    state.prefill.set(Some(Prefill {
        saved: saved.filter(|_| choice_needed).cloned(),
        issues,
    }));
    state.answers.set(decoded.situation);
    if !choice_needed {
        state
            .answers
            .with_untracked(|answers| state.persist(answers));
    }
    state.screen.set(Screen::Results);
    true
}

/// From start on: a link opened while the app is on screen, and every change saved.
pub(super) fn follow(state: AppState) {
    // A link opened while the app is already on screen only changes the fragment: read it the same way.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let saved = state
            .prefill
            .with_untracked(|p| p.as_ref().and_then(|p| p.saved.clone()));
        let saved = saved.or_else(|| {
            state
                .has_saved
                .get_untracked()
                .then(|| state.answers.get_untracked())
        });
        open_link(&state, saved.as_ref());
    });

    // Save every change (once the doctor has chosen, when a link is pending).
    Effect::new(move |previous: Option<String>| {
        let current = state.answers.with(link::encode);
        if previous.as_ref().is_some_and(|p| *p != current) {
            state
                .answers
                .with_untracked(|answers| state.persist(answers));
        }
        current
    });
}
