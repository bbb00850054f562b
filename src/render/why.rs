//! « Pourquoi ? » under a figure: the rule, the answers used, the rule version, the sources and how
//! sure the figure is, in a native `<details>` that keyboards and screen readers handle unaided. It
//! ends with the way to the barème of that version and, when a contact is set, « Signaler une
//! erreur ».

use super::html::{el, text_el, Html};
use super::report::Report;
use crate::rules::explain::Explanation;
use crate::rules::facts::{Source, Status};

/// "estimation" or "fixé par votre CPAM" beside a figure; nothing for a confirmed one.
pub fn badge(html: &mut Html, status: Status) {
    match status {
        Status::Estimate => text_el!(html, "span", "class" = "badge estimate" => "estimation"),
        Status::Unknown => {
            text_el!(html, "span", "class" = "badge unknown" => "fixé par votre CPAM")
        }
        Status::Confirmed | Status::Secondary => {}
    }
}

/// A source: its title, a link when it has an address.
pub fn source_link(html: &mut Html, source: &Source) {
    if source.url.is_empty() {
        text_el!(html, "span", "class" = "source" => source.title);
    } else {
        text_el!(html, "a", "class" = "source", "rel" = "noopener noreferrer", "target" = "_blank";
            "href" = source.url => source.title);
    }
}

/// The barème page, at a version's section: a relative address, so it works under any sub-path.
pub fn bareme_href(code: &str) -> String {
    format!("bareme.html#{code}")
}

/// The explanation's body, without its disclosure: for a block that is already folded.
pub fn explanation(html: &mut Html, why: &Explanation, report: Option<&Report>, figure: &str) {
    text_el!(html, "p" => &why.rule);
    if !why.inputs.is_empty() {
        el!(html, "dl", "class" = "inputs" => |dl: &mut Html| {
            for (what, value) in &why.inputs {
                text_el!(dl, "dt" => what);
                text_el!(dl, "dd" => value);
            }
        });
    }
    if !why.notes.is_empty() {
        el!(html, "ul", "class" = "notes" => |ul: &mut Html| {
            for note in &why.notes {
                text_el!(ul, "li" => note);
            }
        });
    }
    el!(html, "p", "class" = "status" => |p: &mut Html| {
        p.text("Fiabilité : ").text(why.status.label());
    });
    if !why.sources.is_empty() {
        el!(html, "p", "class" = "sources" => |p: &mut Html| {
            p.text(if why.sources.len() > 1 { "Sources : " } else { "Source : " });
            for source in &why.sources {
                source_link(p, source);
            }
        });
    }
    el!(html, "p", "class" = "why-links" => |p: &mut Html| {
        if let Some(version) = why.version {
            p.text("Règles : ");
            text_el!(p, "a"; "href" = &bareme_href(version.code) => &format!("{} (barème et sources)", version.name));
        }
        if let Some(report) = report {
            report.link(p, figure);
        }
    });
}

/// « Pourquoi ? » folded under a figure.
pub fn why(html: &mut Html, why: &Explanation, report: Option<&Report>, figure: &str) {
    el!(html, "details", "class" = "why" => |details: &mut Html| {
        text_el!(details, "summary" => "Pourquoi ?");
        el!(details, "div", "class" = "why-body" => |body: &mut Html| explanation(body, why, report, figure));
    });
}
