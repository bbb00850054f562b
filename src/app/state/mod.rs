//! The app's state, held high in the tree and handed down by context. The outcome is derived from
//! the answers (a `Memo`), never copied. At start: a shared link wins over saved answers, which win
//! over defaults, and a link never overwrites saved answers without the doctor's choice.
//! Notices live in `notices`, saving and links in `persistence`.

mod notices;
mod persistence;

pub use notices::{Notice, Tone};
pub use persistence::Prefill;

use super::browser;
use super::screen::{Screen, Step, Tool};
use super::storage::{self, StorageState};
use crate::date::Date;
use crate::rules::{evaluate, Outcome};
use crate::situation::link::{self, Key};
use crate::situation::Situation;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    pub answers: RwSignal<Situation>,
    pub outcome: Memo<Outcome>,
    pub screen: RwSignal<Screen>,
    pub storage: RwSignal<StorageState>,
    /// Answers are saved on this device (home offers to resume).
    pub has_saved: RwSignal<bool>,
    /// The day they were last saved, when known.
    pub saved_on: RwSignal<Option<Date>>,
    pub prefill: RwSignal<Option<Prefill>>,
    pub notices: RwSignal<Vec<Notice>>,
    next_notice: StoredValue<u32>,
    /// The question « Modifier » leads to, focused once its screen is drawn.
    pub focus: RwSignal<Option<Key>>,
    /// Where « Signaler une erreur » writes to, set at build time (a meta tag); `None`: no such link.
    pub contact: StoredValue<Option<String>>,
    pub today: Date,
}

impl AppState {
    pub fn go(&self, screen: Screen) {
        self.screen.set(screen);
        browser::scroll_to_top();
    }

    /// Goes straight to the question of an answer, and focuses it.
    pub fn edit(&self, key: Key) {
        self.focus.set(Some(key));
        self.go(Screen::asking(key));
    }

    /// A fresh simulation: defaults, signature today.
    pub fn fresh_answers(&self) -> Situation {
        Situation {
            signature: Some(self.today),
            ..Situation::default()
        }
    }

    /// The address that opens these answers on another phone.
    pub fn share_link(&self) -> String {
        format!(
            "{}#{}",
            browser::page_address(),
            self.answers.with_untracked(link::encode)
        )
    }
}

/// Builds the state once, at start.
pub fn start() -> AppState {
    let today = browser::today();
    let answers = RwSignal::new(Situation::default());
    let state = AppState {
        answers,
        // Answers change, the outcome changes: comparing two outcomes deeply would only cost code
        // (kilobytes of equality for every explanation) to save a redraw that seldom happens.
        outcome: Memo::new_with_compare(move |_| answers.with(evaluate), |_, _| true),
        screen: RwSignal::new(Screen::Home),
        storage: RwSignal::new(storage::probe()),
        has_saved: RwSignal::new(false),
        saved_on: RwSignal::new(None),
        prefill: RwSignal::new(None),
        notices: RwSignal::new(Vec::new()),
        next_notice: StoredValue::new(0),
        focus: RwSignal::new(None),
        contact: StoredValue::new(browser::meta_content("contact")),
        today,
    };
    let query = browser::query();
    let asked = |word: &str| query.split('&').any(|part| part == word);
    if asked("reinitialiser") {
        persistence::set_saved_aside(&state);
    }

    let saved = persistence::load_saved(&state);
    state.has_saved.set(saved.is_some());
    let from_link = persistence::open_link(&state, saved.as_ref());
    if !from_link {
        state
            .answers
            .set(saved.unwrap_or_else(|| state.fresh_answers()));
        // The installed app's shortcuts (« Nouvelle simulation », « Comparer les options »), and the
        // way back from « Et ensuite ? » to the result.
        let has_saved = state.has_saved.get_untracked();
        if asked("nouvelle") {
            state.answers.set(state.fresh_answers());
            state.screen.set(Screen::Step(Step::Contract));
        } else if asked("comparer") && has_saved {
            state.screen.set(Screen::Tool(Tool::Compare));
        } else if asked("resultat") && has_saved {
            state.screen.set(Screen::Results);
        }
    }
    if !query.is_empty() {
        browser::clean_address();
    }
    state
}

/// Saves every change of the answers from now on, and opens a link given while the app runs. Once
/// the app is mounted: its effects belong to the app.
pub fn follow(state: AppState) {
    persistence::follow(state);
}
