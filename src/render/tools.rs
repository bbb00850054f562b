//! The tools' read-only blocks: options side by side, net cost, payment calendar, year-3 result. A
//! table that cannot fit a narrow phone is written twice: the real table (for screen readers, wide
//! screens and print) and one card per option or year (what a narrow screen shows).

use super::charts;
use super::html::{el, text_el, Html};
use super::report::Report;
use super::why::{badge, why};
use crate::format;
use crate::percent::Percent;
use crate::rules::amounts::YearAid;
use crate::rules::calendar::Payment;
use crate::rules::compare::{Choice, OptionOutcome};
use crate::rules::cost::{self, NetCost};
use crate::rules::eligibility::Verdict;
use crate::rules::modulation::{self, achievement};
use crate::rules::objective::{Goal, Objective};
use crate::rules::Outcome;
use crate::situation::Situation;
use rust_decimal::Decimal;

fn verdict_word(outcome: &Outcome) -> &'static str {
    match outcome.verdict() {
        Verdict::Eligible => "✓ éligible",
        Verdict::ToConfirm => "? à confirmer",
        Verdict::Incomplete { .. } => "… réponses manquantes",
        Verdict::Ineligible { .. } => "✗ non éligible",
    }
}

/// "+260 patients", "garder 900", "atteindre 1 045"; for a group, its objective and each doctor's
/// share; for one contract per member, each doctor's.
fn objective_word(option: &OptionOutcome) -> String {
    let Some(target) = option
        .outcome
        .primary()
        .and_then(|s| s.objective.targets.first())
    else {
        return "—".to_string();
    };
    let members = option.situation.collective_members.unwrap_or(1).max(1);
    match (option.choice, target.goal.clone()) {
        (Choice::Collective(_), Goal::Increase { added, .. }) => format!(
            "+{} pour le groupe (+{} par médecin)",
            format::patients(added),
            format::count(added.div_ceil(members))
        ),
        (_, Goal::Increase { added, .. }) if option.doctors > 1 => {
            format!("+{} par médecin", format::patients(added))
        }
        _ => goal_word(&target.goal),
    }
}

/// A goal in a few words.
fn goal_word(goal: &Goal) -> String {
    match *goal {
        Goal::Increase { added, .. } => format!("+{}", format::patients(added)),
        Goal::Keep { floor, .. } => format!("garder {}", format::count(floor)),
        Goal::Reach { level, .. } => format!("atteindre {}", format::count(level)),
        Goal::NeedsCount => "—".to_string(),
        Goal::Unknown => "fixé par la CPAM".to_string(),
    }
}

/// The row's name: an option, the group's contract, or one individual contract per member.
fn option_name(option: &OptionOutcome) -> String {
    match option.choice {
        Choice::Collective(fte) => format!("Contrat collectif, {} ETP", fte.french()),
        Choice::Individual(quotity) if option.doctors > 1 => format!(
            "{} contrats individuels, {} chacun",
            option.doctors,
            quotity.label()
        ),
        Choice::Individual(quotity) => quotity.label().to_string(),
    }
}

/// One option's figures, in the order of the comparison's columns.
fn option_cells(option: &OptionOutcome) -> [String; 8] {
    let outcome = &option.outcome;
    let unpublished = outcome.primary().is_some_and(|s| s.aid.total().is_none());
    let year = |index: usize| match option.year(index) {
        Some(amount) => format::euros(amount),
        None if unpublished => "fixé par la CPAM".to_string(),
        None => "—".to_string(),
    };
    [
        verdict_word(outcome).to_string(),
        year(0),
        year(1),
        year(2),
        option.total().map_or("—".to_string(), format::euros),
        option
            .net_total()
            .map_or("—".to_string(), format::net_words),
        objective_word(option),
        option_name(option),
    ]
}

/// The comparison's columns, after the option's name.
const COMPARE_COLUMNS: [&str; 6] = [
    "Éligibilité",
    "1re année",
    "2e année",
    "3e année et suivantes (plafond)",
    "Total sur 5 ans",
    "Sur 5 ans, aide moins coût",
];

/// The objective's column: « Objectif en 3 ans » when every row has the same horizon.
fn objective_column(options: &[OptionOutcome]) -> String {
    let mut horizons = options
        .iter()
        .filter_map(|option| option.outcome.primary().map(|s| s.objective.years));
    match horizons.next() {
        Some(first) if horizons.all(|years| years == first) => format!("Objectif en {first} ans"),
        _ => "Objectif".to_string(),
    }
}

/// One row per option: a real table (explicit roles, so that it stays one for screen readers), laid
/// out by the stylesheet as one card per option on a phone.
pub fn compare(options: &[OptionOutcome], situation: &Situation) -> String {
    let mut html = Html::new();
    if options.is_empty() {
        text_el!(&mut html, "p", "data-testid" = "compare" =>
            "Indiquez le nombre de médecins et d'ETP du groupe pour comparer le contrat collectif à des \
             contrats individuels.");
        return html.finish();
    }
    el!(&mut html, "table", "class" = "compare cards-on-phone", "role" = "table", "data-testid" = "compare" => |table: &mut Html| {
        text_el!(table, "caption" => "Pour vos réponses");
        el!(table, "thead", "role" = "rowgroup" => |head: &mut Html| el!(head, "tr", "role" = "row" => |tr: &mut Html| {
            text_el!(tr, "th", "scope" = "col", "role" = "columnheader" => "Option");
            for column in COMPARE_COLUMNS {
                text_el!(tr, "th", "scope" = "col", "role" = "columnheader" => column);
            }
            text_el!(tr, "th", "scope" = "col", "role" = "columnheader" => &objective_column(options));
        }));
        el!(table, "tbody", "role" = "rowgroup" => |body: &mut Html| {
            for option in options {
                let cells = option_cells(option);
                el!(body, "tr", "role" = "row" => |tr: &mut Html| {
                    text_el!(tr, "th", "scope" = "row", "role" = "rowheader" => &cells[7]);
                    for (label, value) in COMPARE_COLUMNS.iter().zip(&cells[..6]) {
                        text_el!(tr, "td", "role" = "cell"; "data-label" = label => value);
                    }
                    text_el!(tr, "td", "role" = "cell"; "data-label" = &objective_column(options) => &cells[6]);
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
    let horizon = |option: &OptionOutcome| option.outcome.primary().map(|s| s.objective.years);
    if let (true, Some(group), Some(each)) = (
        situation.is_collective(),
        options.first().and_then(horizon),
        options.get(1).and_then(horizon),
    ) {
        text_el!(&mut html, "p", "class" = "hint" => &format!(
            "Contrats individuels calculés pour des médecins à la patientèle moyenne du groupe. \
             L'objectif du contrat collectif est à atteindre en {group} ans, celui d'un contrat \
             individuel en {each} ans."
        ));
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
        text_el!(p, "strong", "data-testid" = "net-words" => &format::net_words(total_net));
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
                let cells = [format::net_words(year.net), format::euros(year.employer_cost), format::euros(year.aid)];
                row(body, &format::ordinal(year.year), &format!("net-year-{}", year.year), cells);
            }
            let cells = [format::net_words(total_net), format::euros(sum(|y| y.employer_cost)), format::euros(sum(|y| y.aid))];
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
                text_el!(li, "strong" => &format!("{} — {}", format::ordinal(payment.contract_year), payment.part));
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
        let when = if situation.is_collective() {
            format!("la moyenne des membres au bout de {} ans", objective.years)
        } else {
            "un nombre de patients en 3e année".to_string()
        };
        text_el!(&mut html, "p", "class" = "hint", "data-testid" = "what-if" =>
            &format!("Indiquez {when}, une fois l'objectif calculé."));
        return html.finish();
    };
    el!(&mut html, "div", "class" = "what-if", "data-testid" = "what-if" => |div: &mut Html| {
        el!(div, "ul" => |ul: &mut Html| {
            // A group's target is a total; its doctors read means: each figure per doctor.
            let members = match situation.collective_members {
                Some(members) if situation.is_collective() => members.max(1),
                _ => 1,
            };
            let per_doctor = |count: u32| count.div_ceil(members);
            for target in &objective.targets {
                let observed = modulation::observed(situation, target.measure);
                let (Some(observed), Some(goal), Some(rate)) = (
                    observed,
                    target.target_count(),
                    observed.and_then(|count| achievement(target, count)),
                ) else {
                    continue;
                };
                let met = rate == Percent::HUNDRED;
                let measure = format::capitalised(target.measure.label());
                let measure = if members > 1 { format!("{measure}, moyenne par médecin") } else { measure };
                el!(ul, "li" => |li: &mut Html| {
                    li.text(&format!(
                        "{} {measure} : {} sur {} visés, soit {} de l'objectif{}",
                        if met { "✓" } else { "…" },
                        format::count(per_doctor(observed)),
                        format::count(per_doctor(goal)),
                        rate.french(),
                        if met { " : objectif atteint" } else { "" }
                    ));
                    if let Some(start) = target.start_count() {
                        charts::patients_line(li, per_doctor(start), per_doctor(goal), Some(per_doctor(observed)));
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
