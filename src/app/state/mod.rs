//! The app's state, held high in the tree and handed down by context. The outcome is derived from
//! the answers (a `Memo`), never copied. At start: a shared link opens as a simulation of its own,
//! else the doctor lands back where they were. Notices live in `notices`, « Mes simulations » in
//! `simulations`, saving and links in `persistence`.

mod notices;
mod persistence;
mod simulations;

pub use notices::{Notice, Tone};
pub use persistence::Prefill;
pub use simulations::{Listed, OnScreen};

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
    /// Notified when the answers are replaced as a whole (another simulation, another window, an
    /// undo): the written fields are written again then, never while typed in.
    pub replaced: Trigger,
    pub outcome: Memo<Outcome>,
    pub screen: RwSignal<Screen>,
    pub storage: RwSignal<StorageState>,
    /// The simulation on screen, once saved: a new one is saved at its first answer.
    pub current: RwSignal<Option<OnScreen>>,
    /// « Mes simulations », the last saved first.
    pub simulations: RwSignal<Vec<Listed>>,
    pub prefill: RwSignal<Option<Prefill>>,
    pub notices: RwSignal<Vec<Notice>>,
    next_notice: StoredValue<u32>,
    /// What « Annuler » puts back (the keys and values the last erase or deletion removed), once.
    undo: StoredValue<Option<Vec<(String, String)>>>,
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

    /// Goes straight to the question of an answer, and focuses it. A running contract's answers are
    /// all on its own form.
    pub fn edit(&self, key: Key) {
        let tracking = self.answers.with_untracked(Situation::is_tracking);
        let screen = match Screen::asking(key) {
            Screen::Step(_) if tracking => Screen::ContractForm,
            screen => screen,
        };
        self.focus.set(Some(key));
        self.go(screen);
    }

    /// Replaces the answers as a whole.
    pub fn replace_answers(&self, answers: Situation) {
        self.answers.set(answers);
        self.replaced.notify();
    }

    /// A fresh simulation: defaults, signature today.
    pub fn fresh_answers(&self) -> Situation {
        Situation {
            signature: Some(self.today),
            ..Situation::default()
        }
    }

    /// A contract to follow, nothing typed yet: its signature is in the past, to be given.
    pub fn fresh_contract(&self) -> Situation {
        Situation {
            tracking: Some(true),
            ..Situation::default()
        }
    }

    /// Where a simulation opens: a running contract's view, else the result.
    pub fn answer_screen(&self) -> Screen {
        if self.answers.with_untracked(Situation::is_tracking) {
            Screen::Contract
        } else {
            Screen::Results
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
        replaced: Trigger::new(),
        // Answers change, the outcome changes: comparing two outcomes deeply would only cost code
        // (kilobytes of equality for every explanation) to save a redraw that seldom happens.
        outcome: Memo::new_with_compare(move |_| answers.with(evaluate), |_, _| true),
        screen: RwSignal::new(Screen::Home),
        storage: RwSignal::new(storage::probe()),
        current: RwSignal::new(None),
        simulations: RwSignal::new(Vec::new()),
        prefill: RwSignal::new(None),
        notices: RwSignal::new(Vec::new()),
        next_notice: StoredValue::new(0),
        undo: StoredValue::new(None),
        focus: RwSignal::new(None),
        contact: StoredValue::new(browser::meta_content("contact")),
        today,
    };
    state.answers.set(state.fresh_answers());
    let query = browser::query();
    let asked = |word: &str| query.split('&').any(|part| part == word);
    if asked("reinitialiser") {
        persistence::set_everything_aside(&state);
    }
    persistence::migrate_the_one_simulation(&state);
    state.refresh_simulations();
    let landing = state.resume_where_left();
    let from_link = persistence::open_link(&state, &persistence::link_in_address());
    if !from_link {
        // The installed app's shortcuts (« Nouvelle simulation », « Comparer les options »), and the
        // way back from « Et ensuite ? » to the result.
        let saved = state.current.with_untracked(Option::is_some);
        if asked("nouvelle") {
            state.new_simulation(state.fresh_answers(), Screen::Step(Step::Contract));
        } else if asked("comparer") && saved {
            state.screen.set(Screen::Tool(Tool::Compare));
        } else if asked("resultat") && saved {
            state.screen.set(state.answer_screen());
        } else if let Some(screen) = landing {
            state.screen.set(screen);
        }
    }
    if !query.is_empty() {
        browser::clean_address();
    }
    state
}

/// Saves every change of the answers from now on, follows the other windows, and opens a link given
/// while the app runs. Once the app is mounted: its effects belong to the app.
pub fn follow(state: AppState) {
    persistence::follow(state);
}
