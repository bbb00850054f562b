//! The app's state, held high in the tree and handed down by context. The outcome is derived from
//! the answers (a `Memo`), never copied. At start: a shared link wins over saved answers, which win
//! over defaults, and a link never overwrites saved answers without the doctor's choice.

use super::browser;
use super::storage::{self, StorageState};
use crate::rules::date::Date;
use crate::rules::{evaluate, Outcome};
use crate::saved::{self, Loaded};
use crate::situation::link;
use crate::situation::Situation;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Profile,
    Activity,
    Project,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Profile, Step::Activity, Step::Project];

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Screen {
        Step::ALL
            .get(self.number())
            .map_or(Screen::Results, |step| Screen::Step(*step))
    }

    pub fn previous(self) -> Screen {
        match self.number() {
            1 => Screen::Home,
            n => Screen::Step(Step::ALL[n - 2]),
        }
    }
}

/// What goes beyond the official simulator, each on its own screen, from the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Compare,
    Cost,
    Calendar,
    WhatIf,
}

/// Fixed text: what to do next, and the legal pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    NextSteps,
    Legal,
    Privacy,
    Accessibility,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Step(Step),
    Results,
    Tool(Tool),
    Page(Page),
}

impl Screen {
    /// Every screen, for the back button's history and the tests.
    pub const ALL: [Screen; 13] = [
        Screen::Home,
        Screen::Step(Step::Profile),
        Screen::Step(Step::Activity),
        Screen::Step(Step::Project),
        Screen::Results,
        Screen::Tool(Tool::Compare),
        Screen::Tool(Tool::Cost),
        Screen::Tool(Tool::Calendar),
        Screen::Tool(Tool::WhatIf),
        Screen::Page(Page::NextSteps),
        Screen::Page(Page::Legal),
        Screen::Page(Page::Privacy),
        Screen::Page(Page::Accessibility),
    ];

    /// A short French name, kept in the history entry of the screen.
    pub fn code(self) -> &'static str {
        match self {
            Screen::Home => "accueil",
            Screen::Step(Step::Profile) => "profil",
            Screen::Step(Step::Activity) => "activite",
            Screen::Step(Step::Project) => "projet",
            Screen::Results => "resultat",
            Screen::Tool(Tool::Compare) => "comparer",
            Screen::Tool(Tool::Cost) => "cout",
            Screen::Tool(Tool::Calendar) => "calendrier",
            Screen::Tool(Tool::WhatIf) => "et-si",
            Screen::Page(Page::NextSteps) => "ensuite",
            Screen::Page(Page::Legal) => "mentions-legales",
            Screen::Page(Page::Privacy) => "confidentialite",
            Screen::Page(Page::Accessibility) => "accessibilite",
        }
    }

    pub fn from_code(code: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|screen| screen.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub tone: Tone,
    pub text: String,
    /// Details listed under the text (the keys a link got wrong).
    pub details: Vec<String>,
}

/// A shared link opened while other answers were saved: the doctor chooses which to keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prefill {
    /// The saved answers to go back to; `None` when nothing was saved (nothing to choose).
    pub saved: Option<Situation>,
    /// What the link got wrong, in French.
    pub issues: Vec<String>,
}

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
    pub today: Date,
}

impl AppState {
    pub fn notify(&self, tone: Tone, text: impl Into<String>, details: Vec<String>) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        let notice = Notice {
            id,
            tone,
            text: text.into(),
            details,
        };
        self.notices.update(|notices| notices.push(notice));
    }

    pub fn dismiss(&self, id: u32) {
        self.notices
            .update(|notices| notices.retain(|n| n.id != id));
    }

    pub fn go(&self, screen: Screen) {
        self.screen.set(screen);
        browser::scroll_to_top();
    }

    /// A fresh simulation: defaults, signature today.
    pub fn fresh_answers(&self) -> Situation {
        Situation {
            signature: Some(self.today),
            ..Situation::default()
        }
    }

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
        if waiting {
            return;
        }
        if answers.is_empty() || *answers == self.fresh_answers() {
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

/// Builds the state once, at start.
pub fn start() -> AppState {
    let today = browser::today();
    let answers = RwSignal::new(Situation::default());
    let state = AppState {
        answers,
        outcome: Memo::new(move |_| answers.with(evaluate)),
        screen: RwSignal::new(Screen::Home),
        storage: RwSignal::new(storage::probe()),
        has_saved: RwSignal::new(false),
        saved_on: RwSignal::new(None),
        prefill: RwSignal::new(None),
        notices: RwSignal::new(Vec::new()),
        next_notice: StoredValue::new(0),
        today,
    };

    if browser::query()
        .split('&')
        .any(|part| part == "reinitialiser")
    {
        if let Some(raw) = storage::read_raw(saved::KEY) {
            storage::set_aside(&raw);
        }
        state.notify(
            Tone::Info,
            "Nouvelle simulation. Vos réponses précédentes ont été mises de côté sur cet appareil, pas supprimées.",
            Vec::new(),
        );
        browser::clean_address();
    }

    let saved = load_saved(&state);
    state.has_saved.set(saved.is_some());
    let from_link = open_link(&state, saved.as_ref());
    if !from_link {
        state
            .answers
            .set(saved.unwrap_or_else(|| state.fresh_answers()));
    }

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
    state
}

fn load_saved(state: &AppState) -> Option<Situation> {
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
fn open_link(state: &AppState, saved: Option<&Situation>) -> bool {
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
            "Ce lien ne contient aucune réponse utilisable : il a été ignoré. Vos réponses n'ont pas changé.",
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
