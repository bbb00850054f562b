//! The screens' controls as plain buttons in the written blocks, each naming its [`Action`] in
//! `data-action`; the app reads it back and handles them all in one place. Far lighter in
//! WebAssembly than one view per button.

use super::html::{el, text_el, Html};
use super::report::Report;
use super::tool_block::Tool;
use crate::rules::eligibility::Verdict;
use crate::situation::link::Key;

/// What a button of a written block does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Share,
    Print,
    /// Back to the steps, answers kept.
    Steps,
    /// Straight to the question of an answer.
    Edit(Key),
    /// Back to the form of a running contract.
    EditContract,
    /// A tool's screen.
    Open(Tool),
    Install,
    Erase,
    EraseConfirmed,
    EraseCancelled,
    /// The simulation on screen, where its answer is.
    Resume,
    /// « Je réfléchis à embaucher »: a new simulation.
    Start,
    /// « J'ai déjà un contrat »: a new contract to follow.
    FollowContract,
    /// A new simulation of the collective contract.
    StartCollective,
    /// The simulation with a change (« Que faire ? »), written in the button's `data-lien`.
    Try,
    /// This simulation is a contract already signed: follow it.
    FollowThisContract,
    /// One of « Mes simulations », by its identifier.
    OpenSimulation(u64),
    DeleteSimulation(u64),
}

impl Action {
    /// The button's `data-action`, and back.
    pub fn code(self) -> String {
        match self {
            Action::Share => "partager".to_string(),
            Action::Print => "pdf".to_string(),
            Action::Steps => "etapes".to_string(),
            Action::Edit(key) => format!("modifier:{}", key.code()),
            Action::EditContract => "modifier-contrat".to_string(),
            Action::Open(tool) => format!("ecran:{}", tool.code()),
            Action::Install => "installer".to_string(),
            Action::Erase => "effacer".to_string(),
            Action::EraseConfirmed => "effacer-oui".to_string(),
            Action::EraseCancelled => "effacer-non".to_string(),
            Action::Resume => "reprendre".to_string(),
            Action::Start => "commencer".to_string(),
            Action::FollowContract => "suivre-contrat".to_string(),
            Action::StartCollective => "collectif".to_string(),
            Action::FollowThisContract => "suivre-ce-contrat".to_string(),
            Action::Try => "essayer".to_string(),
            Action::OpenSimulation(id) => format!("ouvrir:{id}"),
            Action::DeleteSimulation(id) => format!("supprimer:{id}"),
        }
    }

    pub fn from_code(code: &str) -> Option<Action> {
        if let Some(key) = code.strip_prefix("modifier:") {
            return Key::from_code(key).map(Action::Edit);
        }
        if let Some(tool) = code.strip_prefix("ecran:") {
            return Tool::from_code(tool).map(Action::Open);
        }
        if let Some(id) = code.strip_prefix("ouvrir:") {
            return id.parse().ok().map(Action::OpenSimulation);
        }
        if let Some(id) = code.strip_prefix("supprimer:") {
            return id.parse().ok().map(Action::DeleteSimulation);
        }
        Some(match code {
            "partager" => Action::Share,
            "pdf" => Action::Print,
            "etapes" => Action::Steps,
            "modifier-contrat" => Action::EditContract,
            "installer" => Action::Install,
            "effacer" => Action::Erase,
            "effacer-oui" => Action::EraseConfirmed,
            "effacer-non" => Action::EraseCancelled,
            "reprendre" => Action::Resume,
            "commencer" => Action::Start,
            "suivre-contrat" => Action::FollowContract,
            "collectif" => Action::StartCollective,
            "suivre-ce-contrat" => Action::FollowThisContract,
            "essayer" => Action::Try,
            _ => return None,
        })
    }
}

/// « Partager · PDF · Modifier », right under the answer.
pub fn action_bar() -> String {
    let mut html = Html::new();
    el!(&mut html, "div", "class" = "action-bar no-print", "data-testid" = "actions" => |bar: &mut Html| {
        text_el!(bar, "button", "type" = "button", "class" = "primary",
            "data-testid" = "share"; "data-action" = &Action::Share.code() => "Partager");
        text_el!(bar, "button", "type" = "button", "class" = "secondary",
            "data-testid" = "print"; "data-action" = &Action::Print.code() => "PDF");
        text_el!(bar, "button", "type" = "button", "class" = "secondary",
            "data-testid" = "edit"; "data-action" = &Action::Steps.code() => "Modifier");
    });
    html.finish()
}

/// The tools beyond the official simulator that apply to this verdict, and what to do next (a page of
/// the site). Not eligible: no aid to compare, pay or project; answers missing: nothing yet.
/// `signed_before`: a contract signed before today, simulated as if it started now, gets the way to
/// follow it instead.
pub fn further(verdict: &Verdict, signed_before: bool) -> String {
    let applies = matches!(verdict, Verdict::Eligible | Verdict::ToConfirm);
    const TOOLS: [(Tool, &str); 4] = [
        (Tool::Compare, "½ ETP, 1 ETP… côte à côte"),
        (Tool::Cost, "salaire et charges, moins l'aide"),
        (Tool::Calendar, "quand chaque somme tombe"),
        (Tool::WhatIf, "objectif atteint ? aide estimée"),
    ];
    let mut html = Html::new();
    el!(&mut html, "nav", "class" = "block further no-print", "aria-labelledby" = "plus-loin-titre" => |nav: &mut Html| {
        text_el!(nav, "h2", "id" = "plus-loin-titre" => "Aller plus loin");
        el!(nav, "ul" => |ul: &mut Html| {
            for (tool, detail) in TOOLS.into_iter().filter(|_| applies) {
                el!(ul, "li" => |li: &mut Html| {
                    text_el!(li, "button", "type" = "button", "class" = "link"; "data-action" = &Action::Open(tool).code() => tool.title());
                    text_el!(li, "span", "class" = "detail" => detail);
                });
            }
            if signed_before {
                el!(ul, "li", "data-testid" = "already-signed" => |li: &mut Html| {
                    text_el!(li, "button", "type" = "button", "class" = "link";
                        "data-action" = &Action::FollowThisContract.code() => "Déjà signé ? Suivre ce contrat");
                });
            }
            el!(ul, "li" => |li: &mut Html| {
                text_el!(li, "a", "class" = "link", "href" = "ensuite.html" => "Et ensuite ?");
                text_el!(li, "span", "class" = "detail" => "CPAM, recrutement, formation, questions");
            });
        });
    });
    html.finish()
}

/// The last actions: report an error, install, erase (asked twice).
pub fn closing(report: Option<&Report>, installable: bool, erase_asked: bool) -> String {
    let mut html = Html::new();
    el!(&mut html, "div", "class" = "actions no-print" => |div: &mut Html| {
        if let Some(report) = report {
            report.link(div, "Résultat de la simulation");
        }
        if installable {
            text_el!(div, "button", "type" = "button", "class" = "secondary",
                "data-testid" = "install"; "data-action" = &Action::Install.code() => "Installer l'application");
        }
        if erase_asked {
            el!(div, "div", "class" = "confirm", "role" = "group", "aria-label" = "Confirmer l'effacement" => |confirm: &mut Html| {
                text_el!(confirm, "p" => "Effacer vos réponses de cet appareil ? Cela ne peut pas être annulé.");
                text_el!(confirm, "button", "type" = "button", "class" = "danger",
                    "data-testid" = "erase-confirm"; "data-action" = &Action::EraseConfirmed.code() => "Oui, effacer");
                text_el!(confirm, "button", "type" = "button", "class" = "secondary"; "data-action" = &Action::EraseCancelled.code()
                    => "Annuler");
            });
        } else {
            text_el!(div, "button", "type" = "button", "class" = "danger",
                "data-testid" = "erase"; "data-action" = &Action::Erase.code() => "Effacer mes données");
        }
    });
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back() {
        let mut every = vec![
            Action::Share,
            Action::Print,
            Action::Steps,
            Action::EditContract,
            Action::Install,
            Action::Erase,
            Action::EraseConfirmed,
            Action::EraseCancelled,
            Action::Resume,
            Action::Start,
            Action::FollowContract,
            Action::StartCollective,
            Action::FollowThisContract,
            Action::Try,
            Action::OpenSimulation(1_733_500_000_000),
            Action::DeleteSimulation(7),
        ];
        every.extend(Key::ALL.iter().map(|&key| Action::Edit(key)));
        every.extend(Tool::ALL.map(Action::Open));
        for action in every {
            assert_eq!(Action::from_code(&action.code()), Some(action));
        }
        assert_eq!(Action::from_code("modifier:inconnu"), None);
        assert_eq!(Action::from_code(""), None);
        assert_eq!(Action::from_code("ouvrir:abc"), None);
    }
}
