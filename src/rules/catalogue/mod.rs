//! Every parameter of every rule version, read from the same `Fact`s the engine computes with: the
//! barème page, the machine-readable rules file and the reviewed table (src/rules/BAREME.md) are all
//! written from this list, so none of them can drift from what is computed.

mod collective;
mod eligibility;
mod individual;
mod shared;

use super::facts::{Fact, Source, Status};
use super::model::RuleVersion;
use super::versions;

/// One value of a rule, as a reader checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Stable across versions ("seuils.p30"), so that versions can be compared.
    pub key: String,
    pub label: String,
    pub value: String,
    pub status: Status,
    pub source: &'static Source,
    pub note: &'static str,
}

/// The parameters of one text (or of what the texts share), with what it is.
pub struct Section {
    /// The version's code, or "commun".
    pub code: &'static str,
    pub title: &'static str,
    pub version: Option<&'static RuleVersion>,
    pub parameters: Vec<Parameter>,
}

/// A parameter that differs from the previous text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    New(Parameter),
    Changed { before: Parameter, after: Parameter },
    Removed(Parameter),
}

/// The parameters of a section, as they are added.
struct List(Vec<Parameter>);

impl List {
    fn add<T: Copy>(&mut self, key: &str, label: &str, fact: Fact<T>, value: impl Into<String>) {
        self.0.push(Parameter {
            key: key.to_string(),
            label: label.to_string(),
            value: value.into(),
            status: fact.status,
            source: fact.source,
            note: fact.note,
        });
    }
}

/// Every section, in the order of the texts, then what they share.
pub fn sections() -> Vec<Section> {
    let mut sections: Vec<Section> = versions::INDIVIDUAL
        .iter()
        .map(|version| Section {
            code: version.code,
            title: version.name,
            version: Some(version),
            parameters: individual::parameters(version),
        })
        .collect();
    for rules in versions::COLLECTIVE {
        sections.push(Section {
            code: rules.version.code,
            title: rules.version.name,
            version: Some(rules.version),
            parameters: collective::parameters(rules),
        });
    }
    sections.push(Section {
        code: "commun",
        title: "Commun à tous les textes, et coût de l'assistant",
        version: None,
        parameters: shared::parameters(),
    });
    sections
}

/// What changed from `before` to `after`, key by key.
pub fn changes(before: &[Parameter], after: &[Parameter]) -> Vec<Change> {
    let find = |list: &[Parameter], key: &str| list.iter().find(|p| p.key == key).cloned();
    let mut changes = Vec::new();
    for parameter in after {
        match find(before, &parameter.key) {
            None => changes.push(Change::New(parameter.clone())),
            Some(old)
                if old.value != parameter.value
                    || old.status != parameter.status
                    || old.source != parameter.source =>
            {
                changes.push(Change::Changed {
                    before: old,
                    after: parameter.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for parameter in before {
        if find(after, &parameter.key).is_none() {
            changes.push(Change::Removed(parameter.clone()));
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_lists_its_thresholds_grid_and_amounts() {
        for section in sections() {
            let keys: Vec<&str> = section.parameters.iter().map(|p| p.key.as_str()).collect();
            let mut sorted = keys.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(
                sorted.len(),
                keys.len(),
                "duplicate key in {}",
                section.code
            );
            if section.code == "commun" || section.code == "coll2026" {
                continue;
            }
            for key in [
                "seuils.p30",
                "seuils.p70",
                "objectif.grille.p50-70.1",
                "montants.1.annee-1",
            ] {
                assert!(keys.contains(&key), "{key} in {}", section.code);
            }
        }
    }

    /// A parameter changes when its value, its status or its source does, and only then.
    #[test]
    fn a_change_is_a_new_value_status_or_source() {
        let all = sections();
        let base = all[0].parameters[0].clone();
        let other_source = all
            .iter()
            .flat_map(|section| &section.parameters)
            .map(|p| p.source)
            .find(|source| *source != base.source)
            .expect("another source");
        let changed = |after: Parameter| changes(std::slice::from_ref(&base), &[after]).len();
        assert_eq!(changed(base.clone()), 0);
        let value = Parameter {
            value: format!("{} (autre)", base.value),
            ..base.clone()
        };
        assert_eq!(changed(value), 1);
        let status = Parameter {
            status: if base.status == Status::Estimate {
                Status::Confirmed
            } else {
                Status::Estimate
            },
            ..base.clone()
        };
        assert_eq!(changed(status), 1);
        let source = Parameter {
            source: other_source,
            ..base.clone()
        };
        assert_eq!(changed(source), 1);
    }

    #[test]
    fn the_2023_text_changes_what_the_reference_says_it_changes() {
        let all = sections();
        let changed: Vec<String> = changes(&all[0].parameters, &all[1].parameters)
            .into_iter()
            .map(|change| match change {
                Change::New(p) | Change::Removed(p) | Change::Changed { after: p, .. } => p.key,
            })
            .collect();
        for key in [
            "seuils.p30",
            "eligibilite.groupe",
            "options.tiers-temps",
            "objectif.deux-mesures",
        ] {
            assert!(changed.iter().any(|k| k == key), "{key} in {changed:?}");
        }
        assert!(
            changed.iter().any(|k| k == "eligibilite.moins-16-ans"),
            "removed exemption"
        );
    }
}
