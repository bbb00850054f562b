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
    pub version: Option<&'static RuleVersion>,
    pub sources: Vec<&'static Source>,
    /// The weakest status of the facts used.
    pub status: Status,
    /// Why an estimate is an estimate, why an unknown is unknown.
    pub notes: Vec<String>,
}

impl Explanation {
    pub fn new(rule: impl AsRef<str>) -> Explanation {
        Explanation {
            rule: rule.as_ref().to_string(),
            inputs: Vec::new(),
            version: None,
            sources: Vec::new(),
            status: Status::Confirmed,
            notes: Vec::new(),
        }
    }

    // The builders are thin generic wrappers over bodies that are never inlined: called from about
    // 150 places, one copy of each body keeps the WebAssembly small.

    /// The same explanation with its rule's sentence set.
    pub fn rule(self, rule: impl AsRef<str>) -> Explanation {
        self.set_rule(rule.as_ref())
    }

    #[inline(never)]
    fn set_rule(mut self, rule: &str) -> Explanation {
        self.rule = rule.to_string();
        self
    }

    pub fn input(self, what: impl AsRef<str>, value: impl AsRef<str>) -> Explanation {
        self.add_input(what.as_ref(), value.as_ref())
    }

    #[inline(never)]
    fn add_input(mut self, what: &str, value: &str) -> Explanation {
        self.inputs.push((what.to_string(), value.to_string()));
        self
    }

    pub fn version(mut self, version: &'static RuleVersion) -> Explanation {
        self.version = Some(version);
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
        self.rests_on_parts(fact.source, fact.status, fact.note)
    }

    #[inline(never)]
    fn rests_on_parts(self, source: &'static Source, status: Status, note: &str) -> Explanation {
        self.source(source).with_status(status).note(note)
    }

    pub fn with_status(mut self, status: Status) -> Explanation {
        self.status = self.status.weakest(status);
        self
    }

    pub fn note(self, note: impl AsRef<str>) -> Explanation {
        self.add_note(note.as_ref())
    }

    #[inline(never)]
    fn add_note(mut self, note: &str) -> Explanation {
        if !note.is_empty() && !self.notes.iter().any(|n| n == note) {
            self.notes.push(note.to_string());
        }
        self
    }

    /// Everything another explanation rests on, added to this one.
    pub fn rests_on_explanation(mut self, other: &Explanation) -> Explanation {
        for source in &other.sources {
            self = self.source(source);
        }
        for note in &other.notes {
            self = self.note(note);
        }
        self.with_status(other.status)
    }

    pub fn is_estimate(&self) -> bool {
        self.status == Status::Estimate
    }

    /// Decided only from confirmed facts (C or C2): a verdict may rest on it.
    pub fn is_firm(&self) -> bool {
        self.status <= Status::Secondary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_kept_once_and_an_empty_one_never() {
        let why = Explanation::new("").note("").note("a").note("b").note("a");
        assert_eq!(why.notes, ["a", "b"]);
    }

    #[test]
    fn an_explanation_is_firm_on_confirmed_facts_only() {
        let firm = |status| Explanation::new("").with_status(status).is_firm();
        assert!(firm(Status::Confirmed));
        assert!(firm(Status::Secondary));
        assert!(!firm(Status::Estimate));
        assert!(!firm(Status::Unknown));
        let estimate = |status| Explanation::new("").with_status(status).is_estimate();
        assert!(estimate(Status::Estimate));
        assert!(!estimate(Status::Unknown));
        assert!(!estimate(Status::Confirmed));
    }
}
