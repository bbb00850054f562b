//! « Votre aide »: the chart of the five contract years, the table (what screen readers and print
//! read), and one « Comment c'est calculé » for the whole table.

use super::charts;
use super::html::{el, text_el, Html};
use super::report::Report;
use super::why::{badge, explanation};
use crate::format;
use crate::rules::amounts::{AidSchedule, YearAid};
use crate::rules::eligibility::Verdict;
use crate::rules::explain::Explanation;
use crate::rules::{Outcome, Scenario};
use crate::situation::Band;
use rust_decimal::Decimal;

/// Percentile bounds of a band, in percent.
fn bounds(band: Band) -> (Option<u8>, Option<u8>) {
    match band {
        Band::BelowP30 => (None, Some(30)),
        Band::P30To50 => (Some(30), Some(50)),
        Band::P50To70 => (Some(50), Some(70)),
        Band::P70To90 => (Some(70), Some(90)),
        Band::P90To95 => (Some(90), Some(95)),
        Band::P95Plus => (Some(95), None),
    }
}

/// "Activité entre le 30e et le 90e percentile" for a run of adjacent bands.
pub fn bands_caption(bands: &[Band]) -> String {
    let lower = bands.first().and_then(|b| bounds(*b).0);
    let upper = bands.last().and_then(|b| bounds(*b).1);
    match (lower, upper) {
        (Some(lower), Some(upper)) => {
            format!("Activité entre le {lower}e et le {upper}e percentile")
        }
        (Some(lower), None) => format!("Activité au {lower}e percentile ou plus"),
        (None, Some(upper)) => format!("Activité sous le {upper}e percentile"),
        (None, None) => "Activité".to_string(),
    }
}

/// Bands giving the same amounts (all bands below P90 do) share one table.
fn distinct_schedules(scenarios: &[Scenario]) -> Vec<(Vec<Band>, &AidSchedule)> {
    let amounts = |aid: &AidSchedule| {
        aid.years()
            .iter()
            .map(|y| y.amount)
            .collect::<Vec<Decimal>>()
    };
    let mut groups: Vec<(Vec<Band>, &AidSchedule)> = Vec::new();
    for scenario in scenarios {
        let band = scenario.band.unwrap_or(Band::P30To50);
        match groups
            .iter_mut()
            .find(|(_, aid)| amounts(aid) == amounts(&scenario.aid))
        {
            Some((bands, _)) => bands.push(band),
            None => groups.push((vec![band], &scenario.aid)),
        }
    }
    groups
}

/// « Votre aide, année par année »: the section with its title.
pub fn block(outcome: &Outcome, report: Option<&Report>) -> String {
    let mut html = Html::new();
    el!(&mut html, "section", "class" = "block", "aria-labelledby" = "aide-titre" => |section: &mut Html| {
        if matches!(outcome.verdict(), Verdict::Ineligible { .. }) {
            // No large figures for an aid the doctor cannot get: the amounts stay one tap away.
            text_el!(section, "h2", "id" = "aide-titre" => "L'aide prévue par le texte");
            text_el!(section, "p", "class" = "hint" =>
                "Vous n'y avez pas droit en l'état : voici ce que verse le texte lorsque toutes les \
                 conditions sont remplies.");
            el!(section, "details", "class" = "years" => |details: &mut Html| {
                text_el!(details, "summary" => "Les montants, année par année");
                details.trusted(&aid(outcome, report));
            });
        } else {
            text_el!(section, "h2", "id" = "aide-titre" => "Votre aide, année par année");
            section.trusted(&aid(outcome, report));
        }
    });
    html.finish()
}

pub fn aid(outcome: &Outcome, report: Option<&Report>) -> String {
    let mut html = Html::new();
    match outcome.scenarios.as_slice() {
        [] => text_el!(&mut html, "p", "class" = "hint" =>
            "Choisissez une option et une date de signature pour voir l'aide."),
        [only] => {
            if let AidSchedule::Known { years } = &only.aid {
                el!(&mut html, "figure", "class" = "chart-figure" => |figure: &mut Html| {
                    charts::aid_bars(figure, years);
                    let estimated = years.iter().any(|y| y.modulated.is_some());
                    text_el!(figure, "figcaption", "class" = "hint" => if estimated {
                        "Trait plein : montant versé. Pointillés : plafond, versé selon l'objectif. \
                         Barre intérieure : votre estimation de 3e année."
                    } else {
                        "Trait plein : montant versé. Pointillés : plafond, versé selon l'objectif."
                    });
                });
            }
            // The chart says the amounts: the table, with each year's dates, is folded (screen
            // readers and print read it whole).
            el!(&mut html, "details", "class" = "years" => |details: &mut Html| {
                text_el!(details, "summary" => "Les dates et montants de chaque année de contrat");
                table(details, &only.aid, "Aide par année de contrat", report);
            });
        }
        several => {
            text_el!(&mut html, "p", "class" = "hint" =>
                "Votre bande d'activité n'est pas connue : voici l'aide selon le cas. Votre CPAM vous \
                 indique la vôtre.");
            // One folded line per case, its five-year total in view: the doctor opens their own.
            for (bands, aid) in distinct_schedules(several) {
                let caption = bands_caption(&bands);
                let summary = match aid.total() {
                    Some(total) => format!("{caption}\u{202f}: {} sur 5 ans", format::euros(total)),
                    None => caption.clone(),
                };
                el!(&mut html, "details", "class" = "years" => |details: &mut Html| {
                    text_el!(details, "summary" => &summary);
                    table(details, aid, &caption, report);
                });
            }
        }
    }
    html.finish()
}

fn table(html: &mut Html, aid: &AidSchedule, caption: &str, report: Option<&Report>) {
    let years = match aid {
        AidSchedule::Known { years } => years,
        AidSchedule::Unknown { why } | AidSchedule::NotOffered { why } => {
            el!(html, "div", "class" = "aid-unknown", "data-testid" = "aid-table" => |div: &mut Html| {
                el!(div, "p" => |p: &mut Html| {
                    p.text(&why.rule);
                    badge(p, why.status);
                });
                super::why::why(div, why, report, "Aide");
            });
            return;
        }
    };
    el!(html, "table", "class" = "aid", "data-testid" = "aid-table" => |table: &mut Html| {
        text_el!(table, "caption" => caption);
        el!(table, "thead" => |head: &mut Html| el!(head, "tr" => |tr: &mut Html| {
            text_el!(tr, "th", "scope" = "col" => "Année");
            text_el!(tr, "th", "scope" = "col" => "Période");
            text_el!(tr, "th", "scope" = "col", "class" = "amount" => "Aide");
        }));
        el!(table, "tbody" => |body: &mut Html| {
            for year in years {
                row(body, year);
            }
        });
        let total: Decimal = years.iter().map(|year| year.amount).sum();
        el!(table, "tfoot" => |foot: &mut Html| el!(foot, "tr" => |tr: &mut Html| {
            text_el!(tr, "th", "scope" = "row", "colspan" = "2" => "Total sur 5 ans");
            text_el!(tr, "td", "class" = "amount", "data-testid" = "aid-total" => &format::euros(total));
        }));
    });
    if let Some(last) = years.last() {
        text_el!(html, "p", "class" = "after-five" => &format!(
            "Ensuite, {} par an au plus : le contrat dure 5 ans, il est renouvelable et l'aide est pérenne.",
            format::euros(last.amount)
        ));
    }
    el!(html, "details", "class" = "why how" => |details: &mut Html| {
        text_el!(details, "summary" => "Comment c'est calculé");
        el!(details, "div", "class" = "why-body" => |body: &mut Html| {
            explanation(body, &merged(years), report, "Aide par année de contrat");
        });
    });
}

/// A year's figures: its period, its amount, and what kind of amount it is.
fn row(html: &mut Html, year: &YearAid) {
    el!(html, "tr" => |tr: &mut Html| {
        text_el!(tr, "th", "scope" = "row" => &format::ordinal(year.year));
        el!(tr, "td", "class" = "period" => |td: &mut Html| {
            td.text(&year.starts.short_french());
            text_el!(td, "span", "aria-hidden" = "true" => " – ");
            text_el!(td, "span", "class" = "visually-hidden" => " au ");
            td.text(&year.ends.short_french());
        });
        el!(tr, "td", "class" = "amount" => |td: &mut Html| {
            text_el!(td, "span", "class" = "figure"; "data-testid" = &format!("aid-year-{}", year.year)
                => &format::euros(year.amount));
            if year.is_ceiling() {
                text_el!(td, "span", "class" = "tag" => "plafond");
            }
            if year.revalued {
                text_el!(td, "span", "class" = "tag" => "revalorisé");
            }
            badge(td, year.why.status);
            if let Some(modulated) = &year.modulated {
                el!(td, "p", "class" = "modulated", "data-testid" = "aid-modulated" => |p: &mut Html| {
                    p.text("Avec vos chiffres : ");
                    text_el!(p, "strong" => &format::euros(modulated.amount));
                    badge(p, modulated.why.status);
                });
            }
        });
    });
}

/// The five years' explanations as one: each year's amount and table among the inputs, then every
/// other answer used, note, source and status.
fn merged(years: &[YearAid]) -> Explanation {
    const TABLE: &str = "Barème";
    const START: &str = "Début de l'année de contrat";
    let mut why = Explanation::new(
        "Chaque année de contrat reçoit le montant du barème en vigueur le jour où elle commence, \
         selon l'option et votre bande d'activité.",
    );
    why.version = years.first().and_then(|year| year.why.version);
    for year in years {
        let table = year
            .why
            .inputs
            .iter()
            .find(|(what, _)| what == TABLE)
            .map_or(String::new(), |(_, name)| format!(" ({name})"));
        why = why.rests_on_explanation(&year.why).input(
            format!(
                "{}, du {}",
                format::ordinal(year.year),
                year.starts.short_french()
            ),
            format!("{}{table}", format::euros(year.amount)),
        );
        if let Some(modulated) = &year.modulated {
            why = why.rests_on_explanation(&modulated.why);
        }
    }
    for year in years {
        for (what, value) in &year.why.inputs {
            let shown = why.inputs.iter().any(|(w, _)| w == what);
            if !shown && what != TABLE && what != START {
                why = why.input(what.clone(), value.clone());
            }
        }
    }
    why
}
