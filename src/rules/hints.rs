//! What the form says under a question a text treats apart (newly installed, disability, mixed
//! activity): read from the text in force at the signature date, never typed in the form, so that a
//! contract signed under an earlier text is told what that text said.

use super::model::{NewlyInstalledRule, RuleVersion};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectHints {
    pub newly_installed: String,
    pub disability: &'static str,
    pub mixed_activity: &'static str,
}

/// The hints of the project step under `version`.
pub fn project(version: &RuleVersion) -> ProjectHints {
    let threshold = if version.eligibility.newly_installed_exempt.value {
        "Pas de seuil d'activité"
    } else {
        "Le seuil d'activité s'applique"
    };
    let objective = match version.objective.newly_installed.value {
        NewlyInstalledRule::ReachMedian {
            years,
            next_objective_years,
        } => format!(
            "l'objectif est d'atteindre en {years} ans la médiane de votre spécialité, puis \
             l'objectif suivant en {next_objective_years} an{}",
            if next_objective_years > 1 { "s" } else { "" }
        ),
        NewlyInstalledRule::Unpublished { described_as } => {
            format!("l'objectif : {described_as}")
        }
    };
    let particular = &version.eligibility.particular;
    ProjectHints {
        newly_installed: format!("{threshold}\u{202f}; {objective}."),
        disability: particular.disability.note,
        mixed_activity: particular.mixed_activity.note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::rules::versions::{self, av7, conv2024};

    #[test]
    fn a_2021_contract_is_told_what_avenant_7_said() {
        let hints = project(versions::in_force(Date::ymd(2021, 3, 1)));
        let text = av7::VERSION.eligibility.particular;
        assert_eq!(hints.disability, text.disability.note);
        assert_eq!(hints.mixed_activity, text.mixed_activity.note);
        assert!(
            hints.disability.contains("dérogation"),
            "{}",
            hints.disability
        );
        assert!(
            hints.newly_installed.contains("850 à 900"),
            "{}",
            hints.newly_installed
        );
        assert!(!hints
            .newly_installed
            .contains("médiane de votre spécialité"));
    }

    #[test]
    fn a_2025_contract_is_told_what_the_convention_says() {
        let hints = project(versions::in_force(Date::ymd(2025, 3, 1)));
        let text = conv2024::VERSION.eligibility.particular;
        assert_eq!(hints.disability, text.disability.note);
        assert_eq!(hints.mixed_activity, text.mixed_activity.note);
        assert!(hints.mixed_activity.contains("adapte le contrat"));
        assert_eq!(
            hints.newly_installed,
            "Pas de seuil d'activité\u{202f}; l'objectif est d'atteindre en 3 ans la médiane de \
             votre spécialité, puis l'objectif suivant en 2 ans."
        );
    }

    #[test]
    fn every_text_says_what_it_does_for_a_particular_situation() {
        for version in versions::ALL {
            let particular = version.eligibility.particular;
            assert!(!particular.disability.note.is_empty(), "{}", version.code);
            assert!(
                !particular.mixed_activity.note.is_empty(),
                "{}",
                version.code
            );
        }
    }
}
