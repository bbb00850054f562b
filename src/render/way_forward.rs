//! « Que faire ? » under a verdict that is not green: for each condition, what stands in the way and
//! the one button that opens the simulation with the change (`rules::way_forward`; the button carries
//! it as a share link, read back by the app), or the question to ask the CPAM and where to type its
//! answer. Written by the worker, at the top of the result's details.

use super::actions::Action;
use super::html::{el, text_el, Html};
use super::why::badge;
use crate::format;
use crate::rules::eligibility::Verdict;
use crate::rules::way_forward::{Brings, Then, Way};
use crate::situation::link;

/// What a change would bring, in words: « vous seriez éligible : 19 000 € la 1re année ».
fn brings_words(brings: &Brings, with_the_ways_above: bool) -> String {
    let with = if with_the_ways_above {
        "Avec ce changement et ceux au-dessus"
    } else {
        "Avec ce changement"
    };
    let verdict = match brings.verdict {
        Verdict::Eligible => "vous seriez éligible",
        Verdict::ToConfirm => "vous pourriez être éligible, à confirmer par votre CPAM",
        Verdict::Incomplete { .. } => "il faudrait d'autres réponses pour conclure",
        Verdict::Ineligible { .. } => "vous ne seriez toujours pas éligible",
    };
    match brings.first_year {
        Some((amount, _)) if !matches!(brings.verdict, Verdict::Ineligible { .. }) => {
            format!("{with}, {verdict} : {} la 1re année", format::euros(amount))
        }
        _ => format!("{with}, {verdict}."),
    }
}

/// The block, empty when there is nothing to do.
pub fn block(ways: &[Way]) -> String {
    let mut html = Html::new();
    if ways.is_empty() {
        return html.finish();
    }
    el!(&mut html, "section", "class" = "block way-forward", "aria-labelledby" = "que-faire-titre", "data-testid" = "way-forward" => |s: &mut Html| {
        text_el!(s, "h2", "id" = "que-faire-titre" => "Que faire ?");
        el!(s, "ul" => |ul: &mut Html| {
            for (index, way) in ways.iter().enumerate() {
                el!(ul, "li" => |li: &mut Html| {
                    text_el!(li, "p" => &way.says);
                    match &way.then {
                        Then::Try { changed, brings, button, with_the_ways_above } => {
                            el!(li, "p", "class" = "brings" => |p: &mut Html| {
                                p.text(&brings_words(brings, *with_the_ways_above));
                                if let Some((_, status)) = brings.first_year {
                                    badge(p, status);
                                }
                            });
                            text_el!(li, "button", "type" = "button", "class" = "secondary no-print";
                                "data-testid" = &format!("try-{index}");
                                "data-action" = &Action::Try.code(); "data-lien" = &link::encode(changed) => button);
                        }
                        Then::Ask { key, button } => {
                            text_el!(li, "button", "type" = "button", "class" = "secondary no-print";
                                "data-testid" = &format!("try-{index}");
                                "data-action" = &Action::Edit(*key).code() => button);
                        }
                        Then::Nothing => {}
                    }
                });
            }
        });
    });
    html.finish()
}
