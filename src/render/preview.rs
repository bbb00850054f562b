//! The app's screens for one simulation, as static documents with the real stylesheet: a change of
//! wording or layout seen in seconds, without the browser build (`cargo run --bin pages -- apercu
//! 'LINK' DIR`). What the app draws itself around the written blocks (the form, the banners) is
//! not here; the blocks themselves are the app's own.

use super::html::{el, empty_el, text_el, Html};
use super::tool_block::{block, Block, Tool};
use super::{actions, hero, results, tool_fields};
use crate::date::Date;
use crate::rules::evaluate;
use crate::situation::link::decode;

/// One screen: its file name and its whole document.
pub struct Screen {
    pub file: String,
    pub html: String,
}

/// The result screen and each tool's screen for a share link (an address, or its fragment alone).
pub fn screens(link: &str, today: Date) -> Result<Vec<Screen>, String> {
    let fragment = link.split_once('#').map_or(link, |(_, fragment)| fragment);
    let decoded = decode(fragment).map_err(|refusal| refusal.french())?;
    for issue in &decoded.issues {
        eprintln!("lien : {}", issue.french());
    }
    let situation = decoded.situation;
    let outcome = evaluate(&situation);
    let mut result = Html::new();
    result.trusted(&hero::hero(&outcome));
    result.trusted(&actions::action_bar());
    result.trusted(&results::notices(&outcome));
    result.trusted(&block(Block::Details, &situation, today, None));
    result.trusted(&actions::closing(None, false, false));
    let mut screens = vec![Screen {
        file: "resultat.html".to_string(),
        html: document("Votre résultat", "results", &result.finish()),
    }];
    if situation.is_tracking() {
        screens.push(Screen {
            file: "mon-contrat.html".to_string(),
            html: document(
                "Votre contrat",
                "step",
                &block(Block::ContractForm, &situation, today, None),
            ),
        });
        screens.push(Screen {
            file: "suivi.html".to_string(),
            html: document(
                "Où en est votre contrat",
                "results",
                &block(Block::Contract, &situation, today, None),
            ),
        });
    }
    for tool in Tool::ALL {
        screens.push(Screen {
            file: format!("{}.html", tool.code()),
            html: document(
                &tool_fields::title(tool, &situation),
                "tool",
                &format!(
                    "{}{}",
                    tool_fields::top(tool, &situation, &outcome),
                    block(Block::Tool(tool), &situation, today, None)
                ),
            ),
        });
    }
    Ok(screens)
}

/// A screen as the app frames it: the site's header, the screen's heading and its blocks.
fn document(title: &str, class: &'static str, body: &str) -> String {
    let mut html = Html::new();
    el!(&mut html, "head" => |head: &mut Html| {
        empty_el!(head, "meta", "charset" = "utf-8");
        empty_el!(head, "meta", "name" = "viewport", "content" = "width=device-width, initial-scale=1");
        text_el!(head, "title" => &format!("Aperçu — {title}"));
        empty_el!(head, "link", "rel" = "stylesheet", "href" = "main.css");
    });
    el!(&mut html, "body" => |page: &mut Html| {
        el!(page, "header", "class" = "site-header" => |header: &mut Html| {
            text_el!(header, "p", "class" = "brand" => "Assistant médical · simulateur (aperçu)");
        });
        el!(page, "main", "id" = "contenu" => |main: &mut Html| {
            el!(main, "article"; "class" = class => |article: &mut Html| {
                text_el!(article, "h1" => title);
                article.trusted(body);
            });
        });
    });
    format!(
        "<!doctype html>\n<html lang=\"fr\">{}</html>\n",
        html.finish()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_gives_the_result_and_every_tool() {
        let today = Date::ymd(2026, 12, 6);
        let written = screens(
            "https://exemple.fr/#v=1&spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01",
            today,
        )
        .expect("our own link");
        let files: Vec<&str> = written.iter().map(|s| s.file.as_str()).collect();
        assert_eq!(
            files,
            [
                "resultat.html",
                "comparer.html",
                "cout.html",
                "calendrier.html",
                "et-si.html"
            ]
        );
        assert!(written[0].html.contains("data-testid=\"hero-year-1\""));
        assert!(written[0].html.contains("data-testid=\"details\""));
        assert!(written[1].html.contains("data-testid=\"compare\""));
        assert!(
            screens("v=9", today).is_err(),
            "a link from a later format is refused"
        );
    }
}
