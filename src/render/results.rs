//! The result's read-only blocks: verdict and conditions, aid per contract year, objective, rules
//! applied, answers and sources. States are written out and marked with a symbol, never by colour alone.

use super::html::Html;
use super::why::{badge, why};
use crate::format;
use crate::rules::amounts::{AidSchedule, YearAid};
use crate::rules::eligibility::{Check, CheckState, Verdict};
use crate::rules::facts::{Source, Status};
use crate::rules::objective::{Goal, Measure, Objective, Target};
use crate::rules::{Outcome, Scenario};
use crate::situation::describe::describe;
use crate::situation::{Band, Situation};
use rust_decimal::Decimal;

pub fn ordinal(year: u32) -> String {
    if year == 1 {
        "1re année".to_string()
    } else {
        format!("{year}e année")
    }
}

/// Conditions met but resting on something the CPAM confirms.
fn caveats(outcome: &Outcome) -> usize {
    outcome
        .eligibility
        .checks
        .iter()
        .filter(|check| check.state == CheckState::Met && check.why.status == Status::Unknown)
        .count()
}

/// (css class, symbol, sentence) of the verdict.
pub fn headline(outcome: &Outcome) -> (&'static str, &'static str, &'static str) {
    match outcome.verdict() {
        Verdict::Eligible if caveats(outcome) > 0 => (
            "eligible",
            "✓",
            "Vous êtes éligible, sous réserve de points que votre CPAM confirme",
        ),
        Verdict::Eligible => ("eligible", "✓", "Vous êtes éligible"),
        Verdict::ToConfirm => ("to-confirm", "?", "Éligibilité à confirmer par votre CPAM"),
        Verdict::Incomplete { .. } => ("incomplete", "…", "Il manque des réponses pour conclure"),
        Verdict::Ineligible { .. } => ("ineligible", "✗", "Vous n'êtes pas éligible"),
    }
}

/// The objective in one line: "+260 patients médecin traitant d'ici la 3e année".
pub fn objective_line(target: &Target, years: u32) -> String {
    let patients = target.measure.patients();
    match &target.goal {
        Goal::Increase { added, .. } => format!(
            "+{} {patients} d'ici la {years}e année",
            format::count(*added)
        ),
        Goal::Keep { floor, start } if floor == start => {
            format!("Maintenir vos {} {patients}", format::count(*start))
        }
        Goal::Keep { floor, .. } => format!("Garder au moins {} {patients}", format::count(*floor)),
        Goal::Reach { level, .. } => format!(
            "Atteindre {} {patients} en {years} ans",
            format::count(*level)
        ),
        Goal::NeedsCount => format!(
            "Indiquez votre {} pour calculer l'objectif",
            target.measure.label()
        ),
        Goal::Unknown => "Objectif fixé par votre CPAM".to_string(),
    }
}

/// One line that follows the answers: verdict, first year's aid, objective.
pub fn summary_text(outcome: &Outcome) -> String {
    let mut parts = vec![headline(outcome).2.to_string()];
    if let Some(scenario) = outcome.primary().filter(|_| outcome.scenarios.len() == 1) {
        if let Some(first) = scenario.aid.years().first() {
            parts.push(format!("{} la 1re année", format::euros(first.amount)));
        }
        if let Some(target) = scenario.objective.targets.first() {
            parts.push(objective_line(target, scenario.objective.years));
        }
    }
    parts.join(" · ")
}

pub fn verdict(outcome: &Outcome) -> String {
    let (class, symbol, sentence) = headline(outcome);
    let mut html = Html::new();
    html.tag("<section class=\"verdict ")
        .text(class)
        .tag("\" aria-labelledby=\"verdict-titre\" data-testid=\"verdict\"><h2 id=\"verdict-titre\"><span class=\"symbol\" aria-hidden=\"true\">")
        .text(symbol)
        .tag("</span> ")
        .text(sentence)
        .tag("</h2>");
    let failed = outcome
        .eligibility
        .checks
        .iter()
        .filter(|check| check.state == CheckState::Failed)
        .count();
    if failed > 1 {
        html.wrap(
            "<p>",
            &format!("{failed} conditions ne sont pas remplies :"),
            "</p>",
        );
    }
    html.tag("<h3 class=\"checks-title\">Les conditions, une à une</h3><ul class=\"checks\">");
    for check in &outcome.eligibility.checks {
        check_item(&mut html, check);
    }
    html.tag("</ul></section>");
    html.finish()
}

fn check_item(html: &mut Html, check: &Check) {
    let (class, symbol, state) = match check.state {
        CheckState::Met => ("met", "✓", "Condition remplie"),
        CheckState::Failed => ("failed", "✗", "Condition non remplie"),
        CheckState::Missing(_) => ("missing", "…", "Réponse manquante"),
        CheckState::ToConfirm => ("to-confirm", "?", "À confirmer par votre CPAM"),
    };
    html.tag("<li class=\"check ")
        .text(class)
        .tag("\"><p class=\"check-head\"><span class=\"symbol\" aria-hidden=\"true\">")
        .text(symbol)
        .tag("</span><span class=\"visually-hidden\">")
        .text(state)
        .tag(" : </span><strong>")
        .text(check.title)
        .tag("</strong>");
    badge(html, check.why.status);
    html.tag("</p>")
        .wrap("<p class=\"check-rule\">", &check.why.rule, "</p>");
    why(html, &check.why);
    html.tag("</li>");
}

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
    let mut groups: Vec<(Vec<Band>, &AidSchedule)> = Vec::new();
    for scenario in scenarios {
        let amounts = |aid: &AidSchedule| {
            aid.years()
                .iter()
                .map(|y| y.amount)
                .collect::<Vec<Decimal>>()
        };
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

pub fn aid(outcome: &Outcome) -> String {
    let mut html = Html::new();
    match outcome.scenarios.as_slice() {
        [] => {
            html.tag("<p class=\"hint\">Choisissez une option et une date de signature pour voir l'aide.</p>");
        }
        [only] => aid_table(&mut html, &only.aid, "Aide par année de contrat"),
        several => {
            html.tag(
                "<p class=\"hint\">Votre bande d'activité n'est pas connue : voici l'aide selon le cas. \
                 Votre CPAM vous indique la vôtre.</p>",
            );
            for (bands, aid) in distinct_schedules(several) {
                aid_table(&mut html, aid, &bands_caption(&bands));
            }
        }
    }
    html.finish()
}

fn aid_table(html: &mut Html, aid: &AidSchedule, caption: &str) {
    let years = match aid {
        AidSchedule::Known { years } => years,
        AidSchedule::Unknown { why: explanation }
        | AidSchedule::NotOffered { why: explanation } => {
            html.tag("<div class=\"aid-unknown\" data-testid=\"aid-table\"><p>")
                .text(&explanation.rule);
            badge(html, explanation.status);
            html.tag("</p>");
            why(html, explanation);
            html.tag("</div>");
            return;
        }
    };
    html.tag("<table class=\"aid\" data-testid=\"aid-table\">")
        .wrap("<caption>", caption, "</caption>")
        .tag("<thead><tr><th scope=\"col\">Année</th><th scope=\"col\">Période</th><th scope=\"col\" class=\"amount\">Aide</th></tr></thead><tbody>");
    for year in years {
        year_rows(html, year);
    }
    let total: Decimal = years.iter().map(|year| year.amount).sum();
    html.tag("</tbody><tfoot><tr><th scope=\"row\" colspan=\"2\">Total sur 5 ans</th><td class=\"amount\" data-testid=\"aid-total\">")
        .text(&format::euros(total))
        .tag("</td></tr></tfoot></table>");
    if let Some(last) = years.last() {
        html.tag("<p class=\"after-five\">Ensuite, ")
            .text(&format::euros(last.amount))
            .tag(" par an au plus : le contrat dure 5 ans, il est renouvelable et l'aide est pérenne.</p>");
    }
    if years.iter().any(|year| year.why.is_estimate()) {
        html.tag(
            "<p class=\"hint\">Les montants marqués « estimation » reposent sur un seuil estimé : voyez « Pourquoi ? ».</p>",
        );
    }
}

/// A year's figures, then its explanation on a full-width row (readable on a narrow phone).
fn year_rows(html: &mut Html, year: &YearAid) {
    html.wrap(
        "<tr class=\"year\"><th scope=\"row\">",
        &ordinal(year.year),
        "</th>",
    )
    .wrap("<td class=\"period\">", &year.starts.short_french(), "")
    .tag("<span aria-hidden=\"true\"> – </span><span class=\"visually-hidden\"> au </span>")
    .text(&year.ends.short_french())
    .tag("</td><td class=\"amount\"><span class=\"figure\" data-testid=\"aid-year-")
    .text(&year.year.to_string())
    .tag("\">")
    .text(&format::euros(year.amount))
    .tag("</span>");
    if year.is_ceiling() {
        html.tag("<span class=\"tag\">plafond</span>");
    }
    if year.revalued {
        html.tag("<span class=\"tag\">revalorisé</span>");
    }
    badge(html, year.why.status);
    if let Some(modulated) = &year.modulated {
        html.tag(
            "<p class=\"modulated\" data-testid=\"aid-modulated\">Avec vos chiffres : <strong>",
        )
        .text(&format::euros(modulated.amount))
        .tag("</strong>");
        badge(html, modulated.why.status);
        html.tag("</p>");
    }
    html.tag("</td></tr><tr class=\"why-row\"><td colspan=\"3\">");
    why(html, &year.why);
    if let Some(modulated) = &year.modulated {
        why(html, &modulated.why);
    }
    html.tag("</td></tr>");
}

fn target_detail(target: &Target) -> Option<String> {
    match &target.goal {
        Goal::Increase { start, target, .. } => Some(format!(
            "de {} à {} patients",
            format::count(*start),
            format::count(*target)
        )),
        Goal::Keep { start, floor } if floor != start => Some(format!(
            "{} aujourd'hui : une baisse jusqu'à {} est tolérée",
            format::count(*start),
            format::count(*floor)
        )),
        Goal::Reach {
            start: Some(start), ..
        } => Some(format!("{} aujourd'hui", format::count(*start))),
        Goal::NeedsCount | Goal::Unknown => Some(target.why.rule.clone()),
        _ => None,
    }
}

fn objective_block(html: &mut Html, objective: &Objective) {
    let joiner = if objective.both_required { "et" } else { "ou" };
    html.tag("<div class=\"objective\" data-testid=\"objective\">");
    for (index, target) in objective.targets.iter().enumerate() {
        if index > 0 {
            html.wrap("<p class=\"joiner\">", joiner, "</p>");
        }
        html.tag("<div class=\"target\"><p class=\"figure-line\" data-testid=\"")
            .tag(match target.measure {
                Measure::Pmt => "objective-pmt",
                Measure::Fa => "objective-fa",
            })
            .wrap(
                "\"><strong>",
                &objective_line(target, objective.years),
                "</strong>",
            );
        // A figure still to compute has no status of its own to show.
        if !matches!(target.goal, Goal::NeedsCount | Goal::Unknown) {
            badge(html, target.why.status);
        }
        html.tag("</p>");
        if let Some(detail) = target_detail(target) {
            html.wrap("<p class=\"detail\">", &detail, "</p>");
        }
        why(html, &target.why);
        html.tag("</div>");
    }
    if objective.targets.len() > 1 {
        html.wrap("<p class=\"rule\">", &objective.why.rule, "</p>");
    }
    why(html, &objective.why);
    html.tag("</div>");
}

pub fn objective(outcome: &Outcome) -> String {
    let mut html = Html::new();
    match outcome.scenarios.as_slice() {
        [] => {
            html.tag("<p class=\"hint\">L'objectif dépend de l'option choisie.</p>");
        }
        [only] => objective_block(&mut html, &only.objective),
        several => {
            html.tag("<ul class=\"objective-cases\">");
            for scenario in several {
                let line = scenario
                    .objective
                    .targets
                    .first()
                    .map(|t| objective_line(t, scenario.objective.years))
                    .unwrap_or_default();
                html.wrap(
                    "<li><details><summary>",
                    &bands_caption(&scenario.band.into_iter().collect::<Vec<_>>()),
                    " : ",
                )
                .wrap("<strong>", &line, "</strong></summary>");
                objective_block(&mut html, &scenario.objective);
                html.tag("</details></li>");
            }
            html.tag("</ul>");
        }
    }
    html.finish()
}

/// The rule version, its period and the date its figures were checked; and the engine's notices.
pub fn rules(outcome: &Outcome) -> String {
    let mut html = Html::new();
    let Some(version) = outcome.version else {
        html.tag("<p>Aucune règle ne s'applique à cette date de signature.</p>");
        return html.finish();
    };
    let period = match version.signed_until {
        Some(until) => format!("contrats signés du {} au {}", version.signed_from, until),
        None => format!("contrats signés depuis le {}", version.signed_from),
    };
    html.wrap(
        "<p data-testid=\"version\"><strong>",
        version.name,
        "</strong>",
    )
    .wrap(" (", &period, ").</p>")
    .wrap("<p>", version.legal_basis, ".</p>")
    .wrap(
        "<p>Chiffres vérifiés le ",
        &version.checked_on.french(),
        ".</p>",
    );
    html.finish()
}

pub fn notices(outcome: &Outcome) -> String {
    let mut html = Html::new();
    for notice in &outcome.notices {
        html.wrap("<p class=\"notice warning\">", notice, "</p>");
    }
    html.finish()
}

pub fn answers(situation: &Situation) -> String {
    let mut html = Html::new();
    html.tag("<dl class=\"answers\" data-testid=\"answers\">");
    for (question, answer) in describe(situation) {
        html.wrap("<dt>", question, "</dt>")
            .wrap("<dd>", &answer, "</dd>");
    }
    html.tag("</dl>");
    html.finish()
}

/// Every source behind the figures shown, once each, in order of first use.
fn sources_used(outcome: &Outcome) -> Vec<&'static Source> {
    let mut all: Vec<&'static Source> = outcome.version.map(|v| v.source).into_iter().collect();
    let explanations = outcome
        .eligibility
        .checks
        .iter()
        .map(|check| &check.why)
        .chain(outcome.scenarios.iter().flat_map(|s| {
            s.aid
                .years()
                .iter()
                .map(|y| &y.why)
                .chain(s.objective.targets.iter().map(|t| &t.why))
        }));
    for explanation in explanations {
        for source in &explanation.sources {
            if !all.contains(source) {
                all.push(source);
            }
        }
    }
    all
}

pub fn sources(outcome: &Outcome) -> String {
    let mut html = Html::new();
    html.tag("<ul class=\"sources-list\">");
    for source in sources_used(outcome) {
        html.wrap("<li>", source.id, " — ");
        if source.url.is_empty() {
            html.text(source.title);
        } else {
            html.tag("<a href=\"")
                .text(source.url)
                .tag("\" rel=\"noopener noreferrer\" target=\"_blank\">")
                .text(source.title)
                .tag("</a>");
        }
        html.tag("</li>");
    }
    html.tag("</ul>");
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::evaluate;
    use crate::situation::link::decode;

    fn outcome(link: &str) -> Outcome {
        evaluate(&decode(link).expect("decoded").situation)
    }

    #[test]
    fn the_reference_case_reads_right() {
        let reference = outcome("spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01");
        assert!(verdict(&reference).contains("Vous êtes éligible</h2>"));
        let aid = aid(&reference);
        assert!(aid.contains("data-testid=\"aid-year-1\">38\u{202f}000\u{a0}€</span>"));
        assert!(aid.contains("data-testid=\"aid-total\">132\u{202f}000\u{a0}€</td>"));
        assert!(objective(&reference)
            .contains("<strong>+260 patients médecin traitant d&#39;ici la 3e année</strong>"));
        assert_eq!(
            summary_text(&reference),
            "Vous êtes éligible · 38\u{202f}000\u{a0}€ la 1re année · +260 patients médecin traitant d'ici la 3e année"
        );
    }

    #[test]
    fn every_block_is_well_nested() {
        let links = [
            "spe=mg&secteur=1&pmt=1300&etp=1&signature=2025-03-01&pmt3=1430",
            "spe=cardio&secteur=1&etp=1/2&signature=2025-03-01",
            "spe=radio&secteur=nc&etp=1/3&signature=2025-03-01",
            "spe=mg&secteur=1&collectif=3&pmt=900&etpgroupe=2&signature=2026-03-01",
        ];
        for link in links {
            let outcome = outcome(link);
            for block in [
                verdict(&outcome),
                aid(&outcome),
                objective(&outcome),
                rules(&outcome),
                sources(&outcome),
            ] {
                for tag in ["details", "table", "ul", "dl", "p", "section", "div"] {
                    let opened = block.matches(&format!("<{tag}>")).count()
                        + block.matches(&format!("<{tag} ")).count();
                    let closed = block.matches(&format!("</{tag}>")).count();
                    assert_eq!(opened, closed, "<{tag}> in {link}");
                }
            }
        }
    }
}
