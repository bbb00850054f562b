//! The patient objective: "+260 patients médecin traitant d'ici la 3e année", the target count, the
//! file active too, and the rule combining them.

use super::why::{StatusBadge, Why};
use crate::format;
use crate::rules::objective::{Goal, Measure, Objective, Target};
use leptos::prelude::*;

/// The objective in one line, for the headline and the live summary.
pub fn headline(target: &Target, years: u32) -> String {
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

fn detail(target: &Target) -> Option<String> {
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
        _ => None,
    }
}

#[component]
pub fn ObjectiveView(objective: Objective) -> impl IntoView {
    let joiner = if objective.both_required { "et" } else { "ou" };
    let years = objective.years;
    let targets = objective.targets.clone();
    let several = targets.len() > 1;
    view! {
        <div class="objective" data-testid="objective">
            {targets
                .into_iter()
                .enumerate()
                .map(|(index, target)| {
                    let testid = match target.measure {
                        Measure::Pmt => "objective-pmt",
                        Measure::Fa => "objective-fa",
                    };
                    let line = headline(&target, years);
                    let detail = detail(&target);
                    // A figure still to compute has no status of its own to show.
                    let status = match target.goal {
                        Goal::NeedsCount | Goal::Unknown => crate::rules::facts::Status::Confirmed,
                        _ => target.why.status,
                    };
                    view! {
                        {(index > 0).then(|| view! { <p class="joiner">{joiner}</p> })}
                        <div class="target">
                            <p class="figure-line" data-testid=testid>
                                <strong>{line}</strong>
                                " "
                                <StatusBadge status/>
                            </p>
                            {detail.map(|detail| view! { <p class="detail">{detail}</p> })}
                            {(!matches!(target.goal, Goal::Increase { .. } | Goal::Keep { .. } | Goal::Reach { .. }))
                                .then(|| view! { <p class="detail">{target.why.rule.clone()}</p> })}
                            <Why why=target.why/>
                        </div>
                    }
                })
                .collect_view()}
            {several.then(|| view! { <p class="rule">{objective.why.rule.clone()}</p> })}
            <Why why=objective.why/>
        </div>
    }
}
