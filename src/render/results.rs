//! The result's folded blocks: the conditions one by one, the objective, « Vos réponses » with a way
//! back to each question, the engine's notices, and the rules and sources. States are written out and
//! marked with a symbol, never by colour alone.

use super::actions::Action;
use super::aid::bands_caption;
use super::describe::describe;
use super::hero::objective_line;
use super::html::{el, text_el, Html};
use super::report::Report;
use super::why::{badge, bareme_href, source_link, why};
use crate::date::Date;
use crate::format;
use crate::rules::eligibility::{Check, CheckState};
use crate::rules::explain::Explanation;
use crate::rules::facts::Source;
use crate::rules::model::RuleVersion;
use crate::rules::objective::{Goal, Measure, Objective, Target};
use crate::rules::way_forward::way_forward;
use crate::rules::Outcome;
use crate::situation::Situation;

/// "4 conditions remplies", "3 conditions remplies, 1 à confirmer", "1 condition non remplie sur 5".
fn conditions_summary(checks: &[Check]) -> String {
    let count = |state: fn(&CheckState) -> bool| checks.iter().filter(|c| state(&c.state)).count();
    let met = count(|s| *s == CheckState::Met);
    let failed = count(|s| *s == CheckState::Failed);
    let confirm = count(|s| *s == CheckState::ToConfirm);
    let missing = count(|s| matches!(s, CheckState::Missing(_)));
    let plural = |n: usize, one: &str, many: &str| {
        if n > 1 {
            format!("{n} {many}")
        } else {
            format!("{n} {one}")
        }
    };
    let mut parts = Vec::new();
    if failed > 0 {
        parts.push(plural(
            failed,
            "condition non remplie",
            "conditions non remplies",
        ));
    }
    if confirm > 0 {
        parts.push(format!("{confirm} à confirmer"));
    }
    if missing > 0 {
        parts.push(format!("{missing} en attente de réponse"));
    }
    if met > 0 || parts.is_empty() {
        parts.insert(0, plural(met, "condition remplie", "conditions remplies"));
    }
    parts.join(", ")
}

/// The conditions, folded unless one fails or must be confirmed.
pub fn conditions(outcome: &Outcome, report: Option<&Report>) -> String {
    let checks = &outcome.eligibility.checks;
    let open = checks
        .iter()
        .any(|c| matches!(c.state, CheckState::Failed | CheckState::ToConfirm));
    let write = |details: &mut Html| {
        text_el!(details, "summary" => &conditions_summary(checks));
        el!(details, "ul", "class" = "checks" => |ul: &mut Html| {
            for check in checks {
                check_item(ul, check, report);
            }
        });
    };
    let mut html = Html::new();
    if open {
        el!(&mut html, "details", "class" = "conditions", "open" = "", "data-testid" = "conditions" => write);
    } else {
        el!(&mut html, "details", "class" = "conditions", "data-testid" = "conditions" => write);
    }
    html.finish()
}

fn check_item(html: &mut Html, check: &Check, report: Option<&Report>) {
    let (class, symbol, state) = match check.state {
        CheckState::Met => ("check met", "✓", "Condition remplie"),
        CheckState::Failed => ("check failed", "✗", "Condition non remplie"),
        CheckState::Missing(_) => ("check missing", "…", "Réponse manquante"),
        CheckState::ToConfirm => ("check to-confirm", "?", "À confirmer par votre CPAM"),
    };
    el!(html, "li"; "class" = class => |li: &mut Html| {
        el!(li, "p", "class" = "check-head" => |p: &mut Html| {
            text_el!(p, "span", "class" = "symbol", "aria-hidden" = "true" => symbol);
            text_el!(p, "span", "class" = "visually-hidden" => &format!("{state} : "));
            text_el!(p, "strong" => check.title);
            p.text(" — ").text(&check.about);
            badge(p, check.why.status);
        });
        why(li, &check.why, report, check.title);
    });
}

fn target_detail(target: &Target) -> Option<String> {
    match &target.goal {
        Goal::Increase { start, target, .. } => Some(format!(
            "de {} à {} patients",
            format::count(*start),
            format::count(*target)
        )),
        Goal::Keep { start, floor } if floor != start => Some(format!(
            "{} aujourd'hui : une baisse jusqu'à {} est tolérée",
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

fn objective_block(html: &mut Html, objective: &Objective, report: Option<&Report>) {
    let joiner = if objective.both_required { "Et" } else { "Ou" };
    el!(html, "div", "class" = "objective", "data-testid" = "objective" => |div: &mut Html| {
        for (index, target) in objective.targets.iter().enumerate() {
            let testid = match target.measure {
                Measure::Pmt => "objective-pmt",
                Measure::Fa => "objective-fa",
            };
            let line = objective_line(target, objective.years);
            // A target still waiting for a count is a hint, not a figure.
            if target.goal == Goal::NeedsCount {
                el!(div, "p", "class" = "hint"; "data-testid" = testid => |p: &mut Html| {
                    if index > 0 {
                        p.text(joiner).text(" : ");
                    }
                    p.text(&target.why.rule).text(" ").text(&line).text(".");
                });
                continue;
            }
            if index > 0 {
                text_el!(div, "p", "class" = "joiner" => joiner);
            }
            // The rule combining the targets is part of each target's explanation.
            let why_target = target.why.clone().rests_on_explanation(&objective.why).note(&objective.why.rule);
            el!(div, "div", "class" = "target" => |t: &mut Html| {
                el!(t, "p", "class" = "figure-line"; "data-testid" = testid => |p: &mut Html| {
                    text_el!(p, "strong" => &line);
                    if target.goal != Goal::Unknown {
                        badge(p, target.why.status);
                    }
                });
                if let Some(detail) = target_detail(target) {
                    text_el!(t, "p", "class" = "detail" => &detail);
                }
                why(t, &why_target, report, &line);
            });
        }
        if objective.targets.len() > 1 {
            text_el!(div, "p", "class" = "rule" => &objective.why.rule);
        }
    });
}

pub fn objective(outcome: &Outcome, report: Option<&Report>) -> String {
    let mut html = Html::new();
    match outcome.scenarios.as_slice() {
        [] => {
            text_el!(&mut html, "p", "class" = "hint" => "L'objectif dépend de l'option choisie.")
        }
        [only] => objective_block(&mut html, &only.objective, report),
        several => el!(&mut html, "ul", "class" = "objective-cases" => |ul: &mut Html| {
            for scenario in several {
                let line = scenario
                    .objective
                    .targets
                    .first()
                    .map(|t| objective_line(t, scenario.objective.years))
                    .unwrap_or_default();
                let caption = bands_caption(&scenario.band.into_iter().collect::<Vec<_>>());
                el!(ul, "li" => |li: &mut Html| el!(li, "details" => |details: &mut Html| {
                    el!(details, "summary" => |summary: &mut Html| {
                        summary.text(&caption).text(" : ");
                        text_el!(summary, "strong" => &line);
                    });
                    objective_block(details, &scenario.objective, report);
                }));
            }
        }),
    }
    html.finish()
}

/// « Votre engagement, en détail »: folded, since the hero already says the figure; opened for print.
pub fn objective_details(outcome: &Outcome, report: Option<&Report>) -> String {
    let mut html = Html::new();
    el!(&mut html, "details", "class" = "engagement", "data-testid" = "engagement" => |details: &mut Html| {
        text_el!(details, "summary" => "Votre engagement, en détail");
        details.trusted(&objective(outcome, report));
    });
    html.finish()
}

pub fn notices(outcome: &Outcome) -> String {
    let mut html = Html::new();
    for notice in &outcome.notices {
        text_el!(&mut html, "p", "class" = "notice warning" => notice);
    }
    html.finish()
}

/// « Vos réponses », folded, each with « Modifier » going straight to its question.
pub fn answers(situation: &Situation) -> String {
    let lines = describe(situation);
    let mut html = Html::new();
    el!(&mut html, "details", "class" = "answers-block", "data-testid" = "answers" => |details: &mut Html| {
        text_el!(details, "summary" => &format!("Vos réponses ({})", lines.len()));
        el!(details, "dl", "class" = "answers" => |dl: &mut Html| {
            for line in &lines {
                el!(dl, "div", "class" = "answer" => |div: &mut Html| {
                    text_el!(div, "dt" => line.question);
                    el!(div, "dd" => |dd: &mut Html| {
                        dd.text(&line.answer);
                        text_el!(dd, "button", "type" = "button", "class" = "link edit";
                            "data-action" = &Action::Edit(line.key).code();
                            "aria-label" = &format!("Modifier : {}", line.question) => "Modifier");
                    });
                });
            }
        });
    });
    html.finish()
}

/// Every explanation behind the result's figures: the conditions, each year's aid, each target.
fn result_explanations(outcome: &Outcome) -> impl Iterator<Item = &Explanation> {
    outcome
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
        }))
}

/// Every source behind the figures shown, once each: the text applied first, then in the order of
/// the sources' list.
fn sources_used<'a>(
    version: Option<&'static RuleVersion>,
    explanations: impl Iterator<Item = &'a Explanation>,
) -> Vec<&'static Source> {
    let mut all: Vec<&'static Source> = version.map(|v| v.source).into_iter().collect();
    for explanation in explanations {
        for source in &explanation.sources {
            if !all.contains(source) {
                all.push(source);
            }
        }
    }
    // The text applied first, then in the order of the sources' list (S1, S2… S14, then the others).
    let numbered = |source: &Source| {
        let digits: String = source
            .id
            .chars()
            .skip(1)
            .take_while(char::is_ascii_digit)
            .collect();
        match (source.id.starts_with('S'), digits.parse::<u32>()) {
            (true, Ok(number)) => (0, number, source.id),
            _ => (1, 0, source.id),
        }
    };
    if let Some((_, rest)) = all.split_first_mut() {
        rest.sort_by_key(|source| numbered(source));
    }
    all
}

/// The rule version applied, its period and checked-on date, and every source, folded as one block.
pub fn rules_and_sources(outcome: &Outcome) -> String {
    let shown: Vec<&Explanation> = result_explanations(outcome).collect();
    rules_and_sources_of(outcome.version, &shown, &[])
}

/// The same, for the figures of another page (a running contract's); the sources of what only the
/// screen shows (`on_screen_only`) are left off paper.
pub fn rules_and_sources_of(
    version: Option<&'static RuleVersion>,
    printed: &[&Explanation],
    on_screen_only: &[&Explanation],
) -> String {
    let mut html = Html::new();
    el!(&mut html, "details", "class" = "rules", "data-testid" = "rules" => |details: &mut Html| {
        text_el!(details, "summary" => "Règles et sources");
        let Some(version) = version else {
            text_el!(details, "p" => "Aucune règle ne s'applique à cette date de signature.");
            return;
        };
        el!(details, "p", "data-testid" = "version" => |p: &mut Html| {
            text_el!(p, "strong" => version.name);
            p.text(" (").text(&version.period()).text("). ").text(version.legal_basis);
            p.text(". Chiffres vérifiés le ").text(&version.checked_on.french()).text(".");
        });
        // A link paper cannot follow: the sources below print their addresses.
        el!(details, "p", "class" = "no-print" => |p: &mut Html| {
            text_el!(p, "a"; "href" = &bareme_href(version.code) => "Tout le barème, texte par texte, avec ses sources");
        });
        text_el!(details, "p", "class" = "sources-note" =>
            "Chaque chiffre cite ses sources. Les textes officiels (Journal officiel, ameli.fr) \
             décident ; les sources secondaires (syndicats, ARS, presse spécialisée) confirment ou \
             complètent, et le chiffre le dit.");
        el!(details, "ul", "class" = "sources-list" => |ul: &mut Html| {
            let on_paper = sources_used(Some(version), printed.iter().copied());
            let all = sources_used(Some(version), printed.iter().chain(on_screen_only).copied());
            for source in all {
                let class = if on_paper.contains(&source) { "" } else { "no-print" };
                el!(ul, "li"; "class" = class => |li: &mut Html| {
                    li.text(source.id).text(" — ");
                    source_link(li, source);
                });
            }
        });
    });
    html.finish()
}

/// Everything the result screen shows under its actions, written by the worker: the conditions,
/// the answers, the year table and charts, the objective, the tools and the rules and sources.
pub fn details(
    outcome: &Outcome,
    situation: &Situation,
    today: Date,
    report: Option<&Report>,
) -> String {
    let mut html = Html::new();
    el!(&mut html, "div", "class" = "details", "data-testid" = "details" => |div: &mut Html| {
        div.trusted(&super::way_forward::block(&way_forward(situation, outcome)));

        div.trusted(&conditions(outcome, report));
        div.trusted(&answers(situation));
        div.trusted(&super::aid::block(outcome, report));
        div.trusted(&objective_details(outcome, report));
        let signed_before = situation.signature.is_some_and(|day| day < today)
            && !situation.is_tracking()
            && !situation.is_collective();
        div.trusted(&super::actions::further(&outcome.verdict(), signed_before));
        div.trusted(&rules_and_sources(outcome));
    });
    html.finish()
}
