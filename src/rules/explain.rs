//! "Pourquoi ?": the rule behind a figure, the answers it used, its sources and how sure it is.

use super::facts::{Fact, Source, Status};
use super::model::RuleVersion;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The rule, in a sentence the doctor reads.
    pub rule: String,
    /// The answers and figures used: (what, value).
    pub inputs: Vec<(String, String)>,
    /// The rule version, when one applies.
    pub version: Option<&'static str>,
    pub sources: Vec<&'static Source>,
    /// The weakest status of the facts used.
    pub status: Status,
    /// Why an estimate is an estimate, why an unknown is unknown.
    pub notes: Vec<String>,
}

impl Explanation {
    pub fn new(rule: impl Into<String>) -> Explanation {
        Explanation {
            rule: rule.into(),
            inputs: Vec::new(),
            version: None,
            sources: Vec::new(),
            status: Status::Confirmed,
            notes: Vec::new(),
        }
    }

    pub fn input(mut self, what: impl Into<String>, value: impl Into<String>) -> Explanation {
        self.inputs.push((what.into(), value.into()));
        self
    }

    pub fn version(mut self, version: &RuleVersion) -> Explanation {
        self.version = Some(version.name);
        self
    }

    pub fn source(mut self, source: &'static Source) -> Explanation {
        if !self.sources.contains(&source) {
            self.sources.push(source);
        }
        self
    }

    /// Records a fact the figure rests on: its source, its status and its note.
    pub fn rests_on<T: Copy>(self, fact: &Fact<T>) -> Explanation {
        self.source(fact.source)
            .with_status(fact.status)
            .note(fact.note)
    }

    pub fn with_status(mut self, status: Status) -> Explanation {
        self.status = self.status.weakest(status);
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Explanation {
        let note = note.into();
        if !note.is_empty() && !self.notes.contains(&note) {
            self.notes.push(note);
        }
        self
    }

    /// Everything another explanation rests on, added to this one.
    pub fn rests_on_explanation(mut self, other: &Explanation) -> Explanation {
        for source in &other.sources {
            self = self.source(source);
        }
        for note in &other.notes {
            self = self.note(note.clone());
        }
        self.with_status(other.status)
    }

    pub fn is_estimate(&self) -> bool {
        self.status == Status::Estimate
    }
}
