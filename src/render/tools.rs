//! The tools' read-only blocks: options side by side, net cost, payment calendar, year-3 result.

use super::html::Html;
use super::results::ordinal;
use super::why::{badge, why};
use crate::format;
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

fn verdict_word(outcome: &Outcome) -> &'static str {
    match outcome.verdict() {
        Verdict::Eligible => "✓ éligible",
        Verdict::ToConfirm => "? à confirmer",
        Verdict::Incomplete { .. } => "… réponses manquantes",
        Verdict::Ineligible { .. } => "✗ non éligible",
    }
}

/// "+260 patients", "garder 900", "atteindre 1 045": the objective in a table cell.
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

fn year_cell(outcome: &Outcome, year: usize) -> String {
    let Some(scenario) = outcome.primary() else {
        return "—".to_string();
    };
    match scenario.aid.years().get(year) {
        Some(aid) => format::euros(aid.amount),
        None if scenario.aid.total().is_none() => "fixé par la CPAM".to_string(),
        None => "—".to_string(),
    }
}

pub fn compare(options: &[OptionOutcome], situation: &Situation) -> String {
    let mut html = Html::new();
    if options.is_empty() {
        html.tag(
            "<p data-testid=\"compare\">La comparaison concerne les contrats individuels.</p>",
        );
        return html.finish();
    }
    let row = |html: &mut Html, header: &str, cells: Vec<String>| {
        html.wrap("<tr><th scope=\"row\">", header, "</th>");
        for cell in cells {
            html.wrap("<td>", &cell, "</td>");
        }
        html.tag("</tr>");
    };
    html.tag("<div class=\"scroll\"><table class=\"compare\" data-testid=\"compare\"><caption>Pour vos réponses</caption><thead><tr><td></td>");
    for option in options {
        html.wrap("<th scope=\"col\">", option.quotity.label(), "</th>");
    }
    html.tag("</tr></thead><tbody>");
    row(
        &mut html,
        "Éligibilité",
        options
            .iter()
            .map(|o| verdict_word(&o.outcome).to_string())
            .collect(),
    );
    for year in 0..5 {
        row(
            &mut html,
            &ordinal(year as u32 + 1),
            options
                .iter()
                .map(|o| year_cell(&o.outcome, year))
                .collect(),
        );
    }
    let total = |o: &OptionOutcome| {
        o.outcome
            .primary()
            .and_then(|s| s.aid.total())
            .map_or("—".to_string(), format::euros)
    };
    row(
        &mut html,
        "Total sur 5 ans",
        options.iter().map(total).collect(),
    );
    let net = |o: &OptionOutcome| {
        o.outcome
            .primary()
            .and_then(|s| cost::net_cost(situation, o.quotity, &s.aid))
            .map_or("—".to_string(), |c| {
                format::euros(c.years.iter().map(|y| y.net).sum::<Decimal>())
            })
    };
    row(
        &mut html,
        "Coût net sur 5 ans",
        options.iter().map(net).collect(),
    );
    row(
        &mut html,
        "Objectif en 3 ans",
        options.iter().map(|o| objective_word(&o.outcome)).collect(),
    );
    html.tag("</tbody></table></div>");
    if options
        .first()
        .is_some_and(|o| o.outcome.scenarios.len() > 1)
    {
        html.tag(
            "<p class=\"hint\">Montants et objectifs pour une activité entre le 30e et le 50e percentile : \
             indiquez la bande donnée par votre CPAM pour un résultat précis.</p>",
        );
    }
    html.tag(
        "<p class=\"hint\">Années 3 et suivantes : plafonds, versés selon l'atteinte de l'objectif. Coût net : \
         salaire et charges moins l'aide, indicatif (écran « Coût net »).</p>",
    );
    html.finish()
}

pub fn cost(net: Option<&NetCost>) -> String {
    let mut html = Html::new();
    let Some(cost) = net else {
        html.tag(
            "<p data-testid=\"cost-table\">Le coût net se calcule pour une option à 1/3, 1/2 ou 1 ETP, \
             une fois l'aide connue.</p>",
        );
        return html.finish();
    };
    html.tag("<div class=\"scroll\"><table class=\"cost\" data-testid=\"cost-table\"><caption>Par année de contrat (indicatif)</caption>\
              <thead><tr><th scope=\"col\">Année</th><th scope=\"col\" class=\"amount\">Coût employeur</th>\
              <th scope=\"col\" class=\"amount\">Aide</th><th scope=\"col\" class=\"amount\">Coût net</th></tr></thead><tbody>");
    for year in &cost.years {
        html.wrap("<tr><th scope=\"row\">", &ordinal(year.year), "</th>")
            .wrap(
                "<td class=\"amount\">",
                &format::euros(year.employer_cost),
                "</td>",
            )
            .wrap("<td class=\"amount\">", &format::euros(year.aid), "</td>")
            .tag("<td class=\"amount\" data-testid=\"net-year-")
            .text(&year.year.to_string())
            .wrap("\">", &format::euros(year.net), "</td></tr>");
    }
    let sum =
        |pick: fn(&cost::YearCost) -> Decimal| format::euros(cost.years.iter().map(pick).sum());
    html.tag("</tbody><tfoot><tr><th scope=\"row\">5 ans</th>")
        .wrap("<td class=\"amount\">", &sum(|y| y.employer_cost), "</td>")
        .wrap("<td class=\"amount\">", &sum(|y| y.aid), "</td>")
        .wrap("<td class=\"amount\" data-testid=\"net-total\">", &sum(|y| y.net), "</td></tr></tfoot></table></div>")
        .tag(
            "<p class=\"hint\">Un coût net négatif signifie que l'aide dépasse le coût de l'assistant. À partir de \
             la 3e année, l'aide comptée est le plafond, ou votre estimation de l'écran « Et si… ».</p><p>",
        );
    badge(&mut html, cost.why.status);
    html.tag("</p>");
    why(&mut html, &cost.why);
    html.finish()
}

pub fn calendar(payments: &[Payment]) -> String {
    let mut html = Html::new();
    if payments.is_empty() {
        html.tag(
            "<p data-testid=\"calendar\">Le calendrier se calcule une fois l'aide connue.</p>",
        );
        return html.finish();
    }
    html.tag("<ol class=\"calendar\" data-testid=\"calendar\">");
    for payment in payments {
        html.wrap("<li><strong>", &ordinal(payment.contract_year), " — ")
            .text(payment.part)
            .tag("</strong> : ")
            .tag(if payment.is_ceiling { "au plus " } else { "" })
            .wrap(
                "<span class=\"figure\">",
                &format::euros(payment.amount),
                "</span>, ",
            )
            .text(&payment.when.french())
            .tag("</li>");
    }
    html.tag("</ol>");
    if let Some(first) = payments.first() {
        why(&mut html, &first.why);
    }
    if let Some(later) = payments.iter().find(|p| p.contract_year >= 3) {
        why(&mut html, &later.why);
    }
    html.finish()
}

/// How far each measure went toward the objective, and the estimated year-3 aid.
pub fn what_if(objective: &Objective, year3: &YearAid, situation: &Situation) -> String {
    let mut html = Html::new();
    let Some(modulated) = &year3.modulated else {
        html.tag(
            "<p class=\"hint\" data-testid=\"what-if\">Indiquez un nombre de patients en 3e année, une fois \
             l'objectif calculé.</p>",
        );
        return html.finish();
    };
    html.tag("<div class=\"what-if\" data-testid=\"what-if\"><ul>");
    for target in &objective.targets {
        let observed = match target.measure {
            Measure::Pmt => situation.pmt_year3,
            Measure::Fa => situation.fa_year3,
        };
        let (Some(observed), Some(goal)) = (observed, target.target_count()) else {
            continue;
        };
        let Some(rate) = achievement(target, observed) else {
            continue;
        };
        let met = rate == Decimal::ONE;
        html.tag(if met { "<li>✓ " } else { "<li>… " })
            .text(&format!(
                "{} : {} sur {} visés, soit {} de l'objectif{}",
                format::capitalised(target.measure.label()),
                format::count(observed),
                format::count(goal),
                format::percent(rate),
                if met { " : objectif atteint" } else { "" }
            ));
        html.tag("</li>");
    }
    html.tag("</ul><p class=\"figure-line\">Aide estimée de 3e année : <strong data-testid=\"what-if-aid\">")
        .text(&format::euros(modulated.amount))
        .tag("</strong> sur un plafond de ")
        .text(&format::euros(year3.amount));
    badge(&mut html, modulated.why.status);
    html.tag("</p>");
    why(&mut html, &modulated.why);
    html.tag("</div>");
    html.finish()
}
