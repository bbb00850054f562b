//! The answer at a glance: the verdict and, in large type, the first year's aid, the total over five
//! years and the objective. When the doctor is not eligible, the conditions that fail instead; when
//! answers are missing, each with a way to the question.

use super::actions::Action;
use super::html::{el, text_el, Html};
use super::why::badge;
use crate::format;
use crate::rules::eligibility::{CheckState, Verdict};
use crate::rules::facts::Status;
use crate::rules::objective::{Goal, Measure, Objective, Target};
use crate::rules::Outcome;
use rust_decimal::Decimal;

/// (css class, symbol, sentence) of the verdict.
pub fn headline(outcome: &Outcome) -> (&'static str, &'static str, &'static str) {
    match outcome.verdict() {
        Verdict::Eligible => ("eligible", "✓", "Vous êtes éligible"),
        Verdict::ToConfirm => ("to-confirm", "?", "À confirmer par votre CPAM"),
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

/// The objective's figure and its path: ("+260 patients", "1 300 → 1 560 d'ici la 3e année").
fn objective_figures(objective: &Objective) -> Option<(String, String, Status)> {
    let target = objective
        .target(Measure::Pmt)
        .or_else(|| objective.target(Measure::Fa))?;
    let years = objective.years;
    let (figure, path) = match &target.goal {
        Goal::Increase {
            added,
            start,
            target: goal,
            ..
        } => (
            format!("+{}", format::patients(*added)),
            format!(
                "{} → {} {} d'ici la {years}e année",
                format::count(*start),
                format::count(*goal),
                target.measure.patients()
            ),
        ),
        Goal::Keep { start, floor } => (
            format!("{} à garder", format::patients(*start)),
            format!("au moins {} d'ici la {years}e année", format::count(*floor)),
        ),
        Goal::Reach { level, .. } => (
            format!("{} à atteindre", format::patients(*level)),
            format!("en {years} ans"),
        ),
        Goal::NeedsCount | Goal::Unknown => return None,
    };
    Some((figure, path, target.why.status))
}

/// The first year's aid, what follows it, and the five-year total of every scenario shown, as one
/// figure or a range.
fn aid_figures(outcome: &Outcome) -> Option<(String, String, String, Status)> {
    let mut firsts: Vec<Decimal> = Vec::new();
    let mut seconds: Vec<Decimal> = Vec::new();
    let mut totals: Vec<Decimal> = Vec::new();
    let mut status = Status::Confirmed;
    for scenario in &outcome.scenarios {
        let first = scenario.aid.years().first()?;
        firsts.push(first.amount);
        seconds.push(scenario.aid.years().get(1)?.amount);
        totals.push(scenario.aid.total()?);
        status = scenario
            .aid
            .years()
            .iter()
            .fold(status, |s, y| s.weakest(y.why.status));
    }
    let range = |values: &[Decimal]| {
        let low = values.iter().min().copied()?;
        let high = values.iter().max().copied()?;
        Some(if low == high {
            format::euros(low)
        } else {
            format!("{} à {}", format::euros(low), format::euros(high))
        })
    };
    Some((
        range(&firsts)?,
        format!("puis {} la 2e année", range(&seconds)?),
        range(&totals)?,
        status,
    ))
}

fn figure(html: &mut Html, name: &str, testid: &str, value: &str, detail: &str, status: Status) {
    el!(html, "div", "class" = "key-figure" => |div: &mut Html| {
        text_el!(div, "dt" => name);
        text_el!(div, "dd", "class" = "big"; "data-testid" = testid => value);
        el!(div, "dd", "class" = "detail" => |dd: &mut Html| {
            dd.text(detail);
            badge(dd, status);
        });
    });
}

pub fn hero(outcome: &Outcome) -> String {
    let (class, symbol, sentence) = headline(outcome);
    let mut html = Html::new();
    el!(&mut html, "section", "aria-labelledby" = "verdict-titre", "data-testid" = "verdict";
        "class" = &format!("hero {class}") => |section: &mut Html| {
        el!(section, "h2", "id" = "verdict-titre" => |h2: &mut Html| {
            text_el!(h2, "span", "class" = "symbol", "aria-hidden" = "true" => symbol);
            h2.text(" ").text(sentence);
        });
        if let Some(version) = outcome.version {
            text_el!(section, "p", "class" = "rules-line", "data-testid" = "hero-rules" => &format!(
                "{} · chiffres vérifiés le {} · simulateur indépendant : votre CPAM fixe le contrat",
                version.name,
                version.checked_on.french()
            ));
        }
        match outcome.verdict() {
            Verdict::Ineligible { .. } => unmet(section, outcome, CheckState::Failed),
            Verdict::Incomplete { missing } => {
                text_el!(section, "p" => "Pour conclure, indiquez :");
                el!(section, "ul", "class" = "missing" => |ul: &mut Html| {
                    for question in &missing {
                        el!(ul, "li" => |li: &mut Html| {
                            text_el!(li, "button", "type" = "button", "class" = "link";
                                "data-action" = &Action::Edit(question.key()).code() => question.french());
                        });
                    }
                });
            }
            verdict @ (Verdict::Eligible | Verdict::ToConfirm) => {
                if verdict == Verdict::ToConfirm {
                    unmet(section, outcome, CheckState::ToConfirm);
                }
                figures(section, outcome);
            }
        }
    });
    html.finish()
}

/// The conditions in a given state, each as what it says of the doctor.
fn unmet(html: &mut Html, outcome: &Outcome, state: CheckState) {
    el!(html, "ul", "class" = "unmet" => |ul: &mut Html| {
        for check in outcome.eligibility.checks.iter().filter(|c| c.state == state) {
            el!(ul, "li" => |li: &mut Html| {
                text_el!(li, "strong" => check.title);
                li.text(" : ").text(&check.about);
            });
        }
    });
}

fn figures(html: &mut Html, outcome: &Outcome) {
    let aid = aid_figures(outcome);
    let objective = outcome
        .single()
        .and_then(|s| objective_figures(&s.objective));
    if aid.is_none() && objective.is_none() {
        return;
    }
    el!(html, "dl", "class" = "key-figures" => |dl: &mut Html| {
        if let Some((first, then, total, status)) = &aid {
            figure(dl, "1re année", "hero-year-1", first, then, *status);
            figure(dl, "Sur 5 ans", "hero-total", total, "plafonds à partir de la 3e année", *status);
        }
        match (&objective, outcome.single()) {
            (Some((value, path, status)), _) => {
                figure(dl, "Votre engagement", "hero-objective", value, path, *status)
            }
            (None, Some(scenario)) => {
                if let Some(target) = scenario.objective.targets.first() {
                    let line = objective_line(target, scenario.objective.years);
                    figure(dl, "Votre engagement", "hero-objective", &line, "", target.why.status);
                }
            }
            (None, None) => {}
        }
    });
}

/// One line that follows the answers, on the steps: verdict, first year's aid, objective. Empty until
/// the answers lead somewhere (no "missing answers" before the doctor had a chance to answer).
pub fn summary_text(outcome: &Outcome) -> String {
    let verdict = outcome.verdict();
    if matches!(verdict, Verdict::Incomplete { .. }) {
        return String::new();
    }
    let (_, symbol, sentence) = headline(outcome);
    let mut parts = vec![format!("{symbol} {sentence}")];
    if let (Some(scenario), Verdict::Eligible | Verdict::ToConfirm) = (outcome.single(), &verdict) {
        if let Some(first) = scenario.aid.years().first() {
            parts.push(format!("{} la 1re année", format::euros(first.amount)));
        }
        if let Some(target) = scenario.objective.targets.first() {
            parts.push(objective_line(target, scenario.objective.years));
        }
    }
    parts.join(" · ")
}
