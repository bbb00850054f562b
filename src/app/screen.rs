//! The screens of the app, and where each question is asked: « Modifier » goes straight to it.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Contract,
    Activity,
    Project,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Contract, Step::Activity, Step::Project];

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

pub use crate::render::tool_block::Tool;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    Step(Step),
    Results,
    Tool(Tool),
}

impl Screen {
    /// Every screen, for the back button's history and the tests. (The fixed texts, « Et ensuite ? »
    /// and the legal pages, are static pages of the site: see `render::site`.)
    pub const ALL: [Screen; 9] = [
        Screen::Home,
        Screen::Step(Step::Contract),
        Screen::Step(Step::Activity),
        Screen::Step(Step::Project),
        Screen::Results,
        Screen::Tool(Tool::Compare),
        Screen::Tool(Tool::Cost),
        Screen::Tool(Tool::Calendar),
        Screen::Tool(Tool::WhatIf),
    ];

    /// A short French name, kept in the history entry of the screen.
    pub fn code(self) -> &'static str {
        match self {
            Screen::Home => "accueil",
            Screen::Step(Step::Contract) => "contrat",
            Screen::Step(Step::Activity) => "activite",
            Screen::Step(Step::Project) => "projet",
            Screen::Results => "resultat",
            Screen::Tool(tool) => tool.code(),
        }
    }

    pub fn from_code(code: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|screen| screen.code() == code)
    }

    /// The screen that asks the question of a link key.
    pub fn asking(key: &str) -> Screen {
        match key {
            "signature" | "spe" | "secteur" | "clinique" => Screen::Step(Step::Contract),
            "pmt" | "fa" | "bande" | "collectif" | "juniors" | "stage" | "moins16" => {
                Screen::Step(Step::Activity)
            }
            "pmt3" | "fa3" => Screen::Tool(Tool::WhatIf),
            "salaire" | "charges" => Screen::Tool(Tool::Cost),
            _ => Screen::Step(Step::Project),
        }
    }
}
