//! "Pourquoi ?" under every figure: the rule, the answers used, the rule version, the sources and how
//! sure the figure is, in a native `<details>` that keyboards and screen readers handle unaided.

use super::html::Html;
use crate::rules::explain::Explanation;
use crate::rules::facts::Status;

/// "estimation" or "fixé par votre CPAM" beside a figure; nothing for a confirmed one.
pub fn badge(html: &mut Html, status: Status) {
    match status {
        Status::Estimate => html.tag(" <span class=\"badge estimate\">estimation</span>"),
        Status::Unknown => html.tag(" <span class=\"badge unknown\">fixé par votre CPAM</span>"),
        Status::Confirmed | Status::Secondary => html,
    };
}

pub fn why(html: &mut Html, why: &Explanation) {
    html.tag("<details class=\"why\"><summary>Pourquoi ?</summary><div class=\"why-body\">");
    html.wrap("<p>", &why.rule, "</p>");
    if !why.inputs.is_empty() {
        html.tag("<dl class=\"inputs\">");
        for (what, value) in &why.inputs {
            html.wrap("<dt>", what, "</dt>")
                .wrap("<dd>", value, "</dd>");
        }
        html.tag("</dl>");
    }
    if !why.notes.is_empty() {
        html.tag("<ul class=\"notes\">");
        for note in &why.notes {
            html.wrap("<li>", note, "</li>");
        }
        html.tag("</ul>");
    }
    if let Some(version) = why.version {
        html.wrap("<p class=\"version\">Règles : ", version, "</p>");
    }
    html.wrap(
        "<p class=\"status\">Fiabilité : ",
        why.status.label(),
        "</p>",
    );
    if !why.sources.is_empty() {
        html.tag(if why.sources.len() > 1 {
            "<p class=\"sources\">Sources : "
        } else {
            "<p class=\"sources\">Source : "
        });
        for source in &why.sources {
            if source.url.is_empty() {
                html.wrap("<span class=\"source\">", source.title, "</span>");
            } else {
                html.tag("<a class=\"source\" href=\"")
                    .text(source.url)
                    .tag("\" rel=\"noopener noreferrer\" target=\"_blank\">")
                    .text(source.title)
                    .tag("</a>");
            }
        }
        html.tag("</p>");
    }
    html.tag("</div></details>");
}
