//! The screens of the app, and where each question is asked: « Modifier » goes straight to it.

use crate::situation::link::Key;

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

    /// The step's heading.
    pub fn title(self) -> &'static str {
        match self {
            Step::Contract => "Votre contrat",
            Step::Activity => "Votre activité",
            Step::Project => "Votre projet",
        }
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
    /// « J'ai déjà un contrat »: the contract as the CPAM wrote it, and the counts today.
    ContractForm,
    /// Where a running contract stands today.
    Contract,
}

impl Screen {
    /// Every screen, for the back button's history and the tests. (The fixed texts, « Et ensuite ? »
    /// and the legal pages, are static pages of the site: see `render::site`.)
    pub const ALL: [Screen; 11] = [
        Screen::Home,
        Screen::Step(Step::Contract),
        Screen::Step(Step::Activity),
        Screen::Step(Step::Project),
        Screen::Results,
        Screen::Tool(Tool::Compare),
        Screen::Tool(Tool::Cost),
        Screen::Tool(Tool::Calendar),
        Screen::Tool(Tool::WhatIf),
        Screen::ContractForm,
        Screen::Contract,
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
            Screen::ContractForm => "mon-contrat",
            Screen::Contract => "suivi",
        }
    }

    pub fn from_code(code: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|screen| screen.code() == code)
    }

    /// The screen that asks for an answer: « Modifier » goes there. Exhaustive, so a new answer
    /// does not build until it has its screen.
    pub fn asking(key: Key) -> Screen {
        match key {
            Key::Signature | Key::Specialty | Key::Sector | Key::ClinicalShare => {
                Screen::Step(Step::Contract)
            }
            Key::Pmt
            | Key::Fa
            | Key::Band
            | Key::CollectiveMembers
            | Key::JuniorHosts
            | Key::TrainingSite
            | Key::ManyChildren => Screen::Step(Step::Activity),
            Key::Quotity
            | Key::Age
            | Key::NewlyInstalled
            | Key::Zip
            | Key::Zac
            | Key::GroupPractice
            | Key::Coordination
            | Key::ObjectivesMet
            | Key::FirstContract
            | Key::CollectiveFte
            | Key::Disability
            | Key::MixedActivity => Screen::Step(Step::Project),
            Key::PmtYear3 | Key::FaYear3 => Screen::Tool(Tool::WhatIf),
            Key::Salary | Key::EmployerCharges => Screen::Tool(Tool::Cost),
            Key::Tracking
            | Key::ContractTargetPmt
            | Key::ContractTargetFa
            | Key::PmtToday
            | Key::FaToday
            | Key::CountsReadOn
            | Key::HiredOn => Screen::ContractForm,
        }
    }
}
