//! The site's static pages, written at build time (`cargo run --bin pages -- --site DIR`): the barème,
//! « Et ensuite ? » and the legal pages. Fixed text has no business in the WebAssembly: as plain pages
//! they cost the first visit nothing, read without JavaScript, and the service worker keeps them for
//! offline reading.

use super::html::{el, empty_el, text_el, Html};
use super::{bareme, next_steps};
use crate::date::Date;

/// A page of the site, beside index.html.
pub struct StaticPage {
    /// Its file name, also its address relative to the app.
    pub file: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// The content of `<main>`'s article, after the title.
    pub body: String,
    /// Where « Retour » leads: the result for what follows it, else the app.
    pub back: (&'static str, &'static str),
}

const TO_APP: (&str, &str) = ("./", "Retour au simulateur");

/// Who publishes this copy of the simulator, set at build time (PUBLISHER, CONTACT): the legal notice
/// names them, the barème offers « Signaler une erreur ». Empty in a build without them.
#[derive(Default)]
pub struct Publisher<'a> {
    pub name: Option<&'a str>,
    pub contact: Option<&'a str>,
}

/// The legal notice's « Éditeur » paragraph.
fn publisher_paragraph(publisher: &Publisher) -> String {
    let mut html = Html::new();
    el!(&mut html, "p", "data-testid" = "publisher" => |p: &mut Html| {
        match publisher.name {
            Some(name) => { p.text("Éditeur : ").text(name).text("."); }
            None => { p.text("Éditeur : non indiqué dans cette copie du simulateur (réglage PUBLISHER de la construction)."); }
        }
        match publisher.contact {
            Some(contact) => {
                p.text(" Contact : ");
                let href = if contact.starts_with("https://") || contact.starts_with("http://") {
                    contact.to_string()
                } else {
                    format!("mailto:{contact}")
                };
                text_el!(p, "a"; "href" = &href => contact);
                p.text(".");
            }
            None => { p.text(" Contact : non indiqué (réglage CONTACT)."); }
        }
    });
    html.finish()
}

/// « Signaler une erreur » under the barème, when a contact is set.
fn report_on_the_bareme(publisher: &Publisher) -> String {
    let mut html = Html::new();
    if let Some(contact) = publisher.contact {
        el!(&mut html, "p", "class" = "report-line" => |p: &mut Html| {
            p.text("Un chiffre vous semble faux ? ");
            super::report::Report { contact, link: "bareme.html" }.link(p, "Barème et sources");
        });
    }
    html.finish()
}

pub fn pages(publisher: &Publisher) -> Vec<StaticPage> {
    vec![
        StaticPage {
            file: "bareme.html",
            title: "Barème et sources",
            description:
                "Chaque valeur des règles de l'aide à l'emploi d'un assistant médical, texte par \
                          texte, avec sa source et sa fiabilité.",
            body: format!("{}{}", bareme::page_body(), report_on_the_bareme(publisher)),
            back: TO_APP,
        },
        StaticPage {
            file: "ensuite.html",
            title: "Et ensuite ?",
            description:
                "Les étapes après la simulation, et les réponses aux questions que posent les \
                          médecins.",
            body: next_steps::next_steps(),
            back: ("./?resultat", "Retour au résultat"),
        },
        StaticPage {
            file: "mentions-legales.html",
            title: "Mentions légales",
            description: "Mentions légales du simulateur indépendant.",
            body: include_str!("pages/mentions-legales.html")
                .replace("{editeur}", &publisher_paragraph(publisher)),
            back: TO_APP,
        },
        StaticPage {
            file: "confidentialite.html",
            title: "Confidentialité",
            description: "Vos réponses restent sur votre appareil.",
            body: include_str!("pages/confidentialite.html").to_string(),
            back: TO_APP,
        },
        StaticPage {
            file: "accessibilite.html",
            title: "Accessibilité",
            description: "Déclaration d'accessibilité du simulateur.",
            body: include_str!("pages/accessibilite.html")
                .replace("{mesure}", &ACCESSIBILITY_CHECKED_ON.french()),
            back: TO_APP,
        },
    ]
}

/// The site's pages, plain relative links (so under any sub-path), and what the tool is: the one
/// footer of the app and of every static page.
fn footer_links(footer: &mut Html) {
    el!(footer, "nav", "aria-label" = "Informations" => |nav: &mut Html| {
        for (file, label) in [
            ("mentions-legales.html", "Mentions légales"),
            ("confidentialite.html", "Confidentialité"),
            ("accessibilite.html", "Accessibilité"),
            ("bareme.html", "Barème et sources"),
        ] {
            text_el!(nav, "a"; "href" = file => label);
        }
    });
    text_el!(footer, "p" => "Outil indépendant, non officiel. Vos réponses restent sur cet appareil.");
}

/// The footer's content, for the app's footer element.
pub fn footer() -> String {
    let mut html = Html::new();
    footer_links(&mut html);
    html.finish()
}

/// The day the accessibility measurements of the accessibility page were made.
const ACCESSIBILITY_CHECKED_ON: Date = Date::ymd(2026, 12, 3);

/// The whole document: the site's header, the page, its way back. `stylesheet` is the site's CSS
/// address, `csp` the page's Content-Security-Policy (the pages run no script).
pub fn document(page: &StaticPage, stylesheet: &str, csp: &str) -> String {
    let mut html = Html::new();
    el!(&mut html, "head" => |head: &mut Html| {
        empty_el!(head, "meta", "charset" = "utf-8");
        empty_el!(head, "meta", "http-equiv" = "Content-Security-Policy"; "content" = csp);
        empty_el!(head, "meta", "name" = "viewport", "content" = "width=device-width, initial-scale=1");
        text_el!(head, "title" => &format!(
            "{} — simulateur de l'aide à l'emploi d'un assistant médical",
            page.title
        ));
        empty_el!(head, "meta", "name" = "description"; "content" = page.description);
        empty_el!(head, "link", "rel" = "stylesheet"; "href" = stylesheet);
        empty_el!(head, "link", "rel" = "icon", "href" = "icons/icon.svg", "type" = "image/svg+xml");
    });
    el!(&mut html, "body" => |body: &mut Html| {
        el!(body, "header", "class" = "site-header" => |header: &mut Html| {
            el!(header, "p", "class" = "brand" => |p: &mut Html| {
                text_el!(p, "a", "href" = "./" => "Assistant médical · simulateur");
            });
        });
        el!(body, "main", "id" = "contenu" => |main: &mut Html| {
            el!(main, "article", "class" = "page" => |article: &mut Html| {
                text_el!(article, "h1" => page.title);
                // The body is the crate's own markup: written by `render` or a file of this crate.
                el!(article, "div", "class" = "content" => |content: &mut Html| {
                    content.trusted(&page.body);
                });
                el!(article, "p" => |p: &mut Html| {
                    text_el!(p, "a", "class" = "button secondary"; "href" = page.back.0 => page.back.1);
                });
            });
        });
        el!(body, "footer", "class" = "site-footer" => |footer: &mut Html| footer_links(footer));
    });
    format!(
        "<!doctype html>\n<html lang=\"fr\">{}</html>\n",
        html.finish()
    )
}
