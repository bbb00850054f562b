//! The tools' read-only blocks: options side by side, net cost, payment calendar, year-3 result. A
//! table that cannot fit a narrow phone is written twice: the real table (for screen readers, wide
//! screens and print) and one card per option or year (what a narrow screen shows).

use super::aid::ordinal;
use super::charts;
use super::html::{el, text_el, Html};
use super::report::Report;
use super::why::{badge, why};
use crate::format;
use crate::percent::Percent;
use crate::rules::amounts::YearAid;
use crate::rules::calendar::Payment;
use crate::rules::compare::OptionOutcome;
use crate::rules::cost::{self, NetCost};
use crate::rules::eligibility::Verdict;
use crate::rules::modulation::achievement;
use crate::rules::objective::{Goal, Measure, Objective};
use crate::rules::Outcome;
use crate::situation::Situation;
use rust_decimal::Decimal;

/// « Gain 8 000 € » when the aid exceeds the cost, « Reste à charge 2 000 € » otherwise.
pub fn net_words(net: Decimal) -> String {
    if net.is_sign_negative() {
        format!("gain {}", format::euros(-net))
    } else {
        format!("reste à charge {}", format::euros(net))
    }
}

fn verdict_word(outcome: &Outcome) -> &'static str {
    match outcome.verdict() {
        Verdict::Eligible => "✓ éligible",
        Verdict::ToConfirm => "? à confirmer",
        Verdict::Incomplete { .. } => "… réponses manquantes",
        Verdict::Ineligible { .. } => "✗ non éligible",
    }
}

/// "+260 patients", "garder 900", "atteindre 1 045".
fn objective_word(outcome: &Outcome) -> String {
    let Some(target) = outcome.primary().and_then(|s| s.objective.targets.first()) else {
        return "—".to_string();
    };
    match target.goal {
        Goal::Increase { added, .. } => format!("+{}", format::patients(added)),
        Goal::Keep { floor, .. } => format!("garder {}", format::count(floor)),
        Goal::Reach { level, .. } => format!("atteindre {}", format::count(level)),
        Goal::NeedsCount => "—".to_string(),
        Goal::Unknown => "fixé par la CPAM".to_string(),
    }
}

/// One option's figures, in the order of the comparison's columns.
fn option_cells(option: &OptionOutcome, situation: &Situation) -> [String; 8] {
    let outcome = &option.outcome;
    let scenario = outcome.primary();
    let year = |index: usize| match scenario.map(|s| (s.aid.years().get(index), s.aid.total())) {
        Some((Some(aid), _)) => format::euros(aid.amount),
        Some((None, None)) => "fixé par la CPAM".to_string(),
        _ => "—".to_string(),
    };
    let total = scenario
        .and_then(|s| s.aid.total())
        .map_or("—".to_string(), format::euros);
    let net = scenario
        .and_then(|s| cost::net_cost(situation, option.quotity, &s.aid))
        .map_or("—".to_string(), |c| {
            net_words(c.years.iter().map(|y| y.net).sum::<Decimal>())
        });
    [
        verdict_word(outcome).to_string(),
        year(0),
        year(1),
        year(2),
        total,
        net,
        objective_word(outcome),
        option.quotity.label().to_string(),
    ]
}

/// The comparison's columns, after the option's name.
const COMPARE_COLUMNS: [&str; 7] = [
    "Éligibilité",
    "1re année",
    "2e année",
    "3e année et suivantes (plafond)",
    "Total sur 5 ans",
    "Sur 5 ans, aide moins coût",
    "Objectif en 3 ans",
];

/// One row per option: a real table (explicit roles, so that it stays one for screen readers), laid
/// out by the stylesheet as one card per option on a phone.
pub fn compare(options: &[OptionOutcome], situation: &Situation) -> String {
    let mut html = Html::new();
    if options.is_empty() {
        text_el!(&mut html, "p", "data-testid" = "compare" => "La comparaison concerne les contrats individuels.");
        return html.finish();
    }
    el!(&mut html, "table", "class" = "compare cards-on-phone", "role" = "table", "data-testid" = "compare" => |table: &mut Html| {
        text_el!(table, "caption" => "Pour vos réponses");
        el!(table, "thead", "role" = "rowgroup" => |head: &mut Html| el!(head, "tr", "role" = "row" => |tr: &mut Html| {
            text_el!(tr, "th", "scope" = "col", "role" = "columnheader" => "Option");
            for column in COMPARE_COLUMNS {
                text_el!(tr, "th", "scope" = "col", "role" = "columnheader" => column);
            }
        }));
        el!(table, "tbody", "role" = "rowgroup" => |body: &mut Html| {
            for option in options {
                let cells = option_cells(option, situation);
                el!(body, "tr", "role" = "row" => |tr: &mut Html| {
                    text_el!(tr, "th", "scope" = "row", "role" = "rowheader" => &cells[7]);
                    for (label, value) in COMPARE_COLUMNS.iter().zip(&cells[..7]) {
                        text_el!(tr, "td", "role" = "cell"; "data-label" = label => value);
                    }
                });
            }
        });
    });
    if options
        .first()
        .is_some_and(|o| o.outcome.scenarios.len() > 1)
    {
        text_el!(&mut html, "p", "class" = "hint" =>
            "Montants et objectifs pour une activité entre le 30e et le 50e percentile : indiquez la \
             bande donnée par votre CPAM pour un résultat précis.");
    }
    text_el!(&mut html, "p", "class" = "hint" =>
        "Années 3 et suivantes : plafonds, versés selon l'atteinte de l'objectif. Aide moins coût : \
         salaire et charges de l'assistant déduits, indicatif (écran « Coût net »).");
    html.finish()
}

pub fn cost(net: Option<&NetCost>, report: Option<&Report>) -> String {
    let mut html = Html::new();
    let Some(cost) = net else {
        text_el!(&mut html, "p", "data-testid" = "cost-table" =>
            "Le coût net se calcule pour une option à 1/3, 1/2 ou 1 ETP, une fois l'aide connue.");
        return html.finish();
    };
    let total_net: Decimal = cost.years.iter().map(|y| y.net).sum();
    el!(&mut html, "p", "class" = "net-answer" => |p: &mut Html| {
        p.text("Sur 5 ans : ");
        text_el!(p, "strong", "data-testid" = "net-words" => &net_words(total_net));
        badge(p, cost.why.status);
    });
    el!(&mut html, "figure", "class" = "chart-figure" => |figure: &mut Html| {
        charts::cost_bars(figure, cost);
        text_el!(figure, "figcaption", "class" = "hint" =>
            "Barre pleine : l'aide ; barre vide : le coût employeur. Au-dessus : ce qu'il reste (+ gain, \
             − reste à charge).");
    });
    const COLUMNS: [&str; 3] = ["Aide moins coût", "Coût employeur", "Aide"];
    let sum = |pick: fn(&cost::YearCost) -> Decimal| cost.years.iter().map(pick).sum::<Decimal>();
    el!(&mut html, "table", "class" = "cost cards-on-phone", "role" = "table", "data-testid" = "cost-table" => |table: &mut Html| {
        text_el!(table, "caption" => "Par année de contrat (indicatif)");
        el!(table, "thead", "role" = "rowgroup" => |head: &mut Html| el!(head, "tr", "role" = "row" => |tr: &mut Html| {
            text_el!(tr, "th", "scope" = "col", "role" = "columnheader" => "Année");
            for column in COLUMNS {
                text_el!(tr, "th", "scope" = "col", "role" = "columnheader" => column);
            }
        }));
        let row = |body: &mut Html, name: &str, testid: &str, cells: [String; 3]| {
            el!(body, "tr", "role" = "row" => |tr: &mut Html| {
                text_el!(tr, "th", "scope" = "row", "role" = "rowheader" => name);
                for (index, (label, value)) in COLUMNS.iter().zip(&cells).enumerate() {
                    if index == 0 {
                        text_el!(tr, "td", "class" = "amount net", "role" = "cell"; "data-label" = label;
                            "data-testid" = testid => value);
                    } else {
                        text_el!(tr, "td", "class" = "amount", "role" = "cell"; "data-label" = label => value);
                    }
                }
            });
        };
        el!(table, "tbody", "role" = "rowgroup" => |body: &mut Html| {
            for year in &cost.years {
                let cells = [net_words(year.net), format::euros(year.employer_cost), format::euros(year.aid)];
                row(body, &ordinal(year.year), &format!("net-year-{}", year.year), cells);
            }
            let cells = [net_words(total_net), format::euros(sum(|y| y.employer_cost)), format::euros(sum(|y| y.aid))];
            row(body, "Sur 5 ans", "net-total", cells);
        });
    });
    text_el!(&mut html, "p", "class" = "hint" =>
        "À partir de la 3e année, l'aide comptée est le plafond, ou votre estimation de l'écran « Et si… ».");
    why(&mut html, &cost.why, report, "Coût net");
    html.finish()
}

pub fn calendar(payments: &[Payment], report: Option<&Report>) -> String {
    let mut html = Html::new();
    if payments.is_empty() {
        text_el!(&mut html, "p", "data-testid" = "calendar" => "Le calendrier se calcule une fois l'aide connue.");
        return html.finish();
    }
    el!(&mut html, "ol", "class" = "calendar", "data-testid" = "calendar" => |ol: &mut Html| {
        for payment in payments {
            el!(ol, "li" => |li: &mut Html| {
                text_el!(li, "strong" => &format!("{} — {}", ordinal(payment.contract_year), payment.part));
                li.text(" : ").text(if payment.is_ceiling { "au plus " } else { "" });
                text_el!(li, "span", "class" = "figure" => &format::euros(payment.amount));
                li.text(", ").text(&payment.when.french());
            });
        }
    });
    if let Some(first) = payments.first() {
        why(&mut html, &first.why, report, "Versement de la 1re année");
    }
    if let Some(later) = payments.iter().find(|p| p.contract_year >= 3) {
        why(
            &mut html,
            &later.why,
            report,
            "Versements à partir de la 3e année",
        );
    }
    html.finish()
}

/// How far each measure went toward the objective, and the estimated year-3 aid.
pub fn what_if(
    objective: &Objective,
    year3: &YearAid,
    situation: &Situation,
    report: Option<&Report>,
) -> String {
    let mut html = Html::new();
    let Some(modulated) = &year3.modulated else {
        text_el!(&mut html, "p", "class" = "hint", "data-testid" = "what-if" =>
            "Indiquez un nombre de patients en 3e année, une fois l'objectif calculé.");
        return html.finish();
    };
    el!(&mut html, "div", "class" = "what-if", "data-testid" = "what-if" => |div: &mut Html| {
        el!(div, "ul" => |ul: &mut Html| {
            for target in &objective.targets {
                let observed = match target.measure {
                    Measure::Pmt => situation.pmt_year3,
                    Measure::Fa => situation.fa_year3,
                };
                let (Some(observed), Some(goal), Some(rate)) = (
                    observed,
                    target.target_count(),
                    observed.and_then(|count| achievement(target, count)),
                ) else {
                    continue;
                };
                let met = rate == Percent::HUNDRED;
                el!(ul, "li" => |li: &mut Html| {
                    li.text(&format!(
                        "{} {} : {} sur {} visés, soit {} de l'objectif{}",
                        if met { "✓" } else { "…" },
                        format::capitalised(target.measure.label()),
                        format::count(observed),
                        format::count(goal),
                        rate.french(),
                        if met { " : objectif atteint" } else { "" }
                    ));
                    if let Some(start) = target.start_count() {
                        charts::patients_line(li, start, goal, Some(observed));
                    }
                });
            }
        });
        el!(div, "p", "class" = "figure-line" => |p: &mut Html| {
            p.text("Aide estimée de 3e année : ");
            text_el!(p, "strong", "data-testid" = "what-if-aid" => &format::euros(modulated.amount));
            p.text(" sur un plafond de ").text(&format::euros(year3.amount));
            badge(p, modulated.why.status);
        });
        why(div, &modulated.why, report, "Aide estimée de 3e année");
    });
    html.finish()
}
