//! The result's controls as plain buttons in the written blocks, each naming what it does in
//! `data-action`; the app handles them all in one place. Far lighter in WebAssembly than one view
//! per button. Actions: `partager`, `pdf`, `etapes`, `modifier:<key>` (a question), `ecran:<code>`
//! (a tool's screen), `installer`, `effacer`, `effacer-oui`, `effacer-non`.

use super::html::{el, text_el, Html};
use super::report::Report;

/// « Partager · PDF · Modifier », right under the answer.
pub fn action_bar() -> String {
    let mut html = Html::new();
    el!(&mut html, "div", "class" = "action-bar no-print", "data-testid" = "actions" => |bar: &mut Html| {
        text_el!(bar, "button", "type" = "button", "class" = "primary", "data-action" = "partager",
            "data-testid" = "share" => "Partager");
        text_el!(bar, "button", "type" = "button", "class" = "secondary", "data-action" = "pdf",
            "data-testid" = "print" => "PDF");
        text_el!(bar, "button", "type" = "button", "class" = "secondary", "data-action" = "etapes",
            "data-testid" = "edit" => "Modifier");
    });
    html.finish()
}

/// The tools beyond the official simulator, and what to do next (a page of the site).
pub fn further() -> String {
    const TOOLS: [(&str, &str, &str); 4] = [
        (
            "ecran:comparer",
            "Comparer les options",
            "½ ETP, 1 ETP… côte à côte",
        ),
        (
            "ecran:cout",
            "Coût net de l'assistant",
            "salaire et charges, moins l'aide",
        ),
        (
            "ecran:calendrier",
            "Calendrier des versements",
            "quand chaque somme tombe",
        ),
        (
            "ecran:et-si",
            "Et si… en 3e année",
            "objectif atteint ? aide estimée",
        ),
    ];
    let mut html = Html::new();
    el!(&mut html, "nav", "class" = "block further no-print", "aria-labelledby" = "plus-loin-titre" => |nav: &mut Html| {
        text_el!(nav, "h2", "id" = "plus-loin-titre" => "Aller plus loin");
        el!(nav, "ul" => |ul: &mut Html| {
            for (action, title, detail) in TOOLS {
                el!(ul, "li" => |li: &mut Html| {
                    text_el!(li, "button", "type" = "button", "class" = "link"; "data-action" = action => title);
                    text_el!(li, "span", "class" = "detail" => detail);
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
            text_el!(div, "button", "type" = "button", "class" = "secondary", "data-action" = "installer",
                "data-testid" = "install" => "Installer l'application");
        }
        if erase_asked {
            el!(div, "div", "class" = "confirm", "role" = "group", "aria-label" = "Confirmer l'effacement" => |confirm: &mut Html| {
                text_el!(confirm, "p" => "Effacer vos réponses de cet appareil ? Cela ne peut pas être annulé.");
                text_el!(confirm, "button", "type" = "button", "class" = "danger", "data-action" = "effacer-oui",
                    "data-testid" = "erase-confirm" => "Oui, effacer");
                text_el!(confirm, "button", "type" = "button", "class" = "secondary", "data-action" = "effacer-non"
                    => "Annuler");
            });
        } else {
            text_el!(div, "button", "type" = "button", "class" = "danger", "data-action" = "effacer",
                "data-testid" = "erase" => "Effacer mes données");
        }
    });
    html.finish()
}
