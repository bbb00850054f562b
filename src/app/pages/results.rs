//! The result: verdict and conditions, aid per contract year, objective, rules applied. Each block
//! follows the answers (the outcome is a `Memo`).

use crate::app::browser;
use crate::app::components::aid::{distinct_schedules, AidTable};
use crate::app::components::objective::{headline, ObjectiveView};
use crate::app::components::share::ShareLink;
use crate::app::components::verdict::VerdictPanel;
use crate::app::pages::summary::LiveSummary;
use crate::app::state::{AppState, Page, Screen, Step, Tool};
use crate::rules::facts::Source;
use crate::rules::Outcome;
use crate::situation::describe::describe;
use crate::situation::Band;
use leptos::prelude::*;

/// Percentile bounds of a band: (lower, upper), in percent.
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

fn aid_view(outcome: &Outcome) -> AnyView {
    match outcome.scenarios.as_slice() {
        [] => view! { <p class="hint">"Choisissez une option et une date de signature pour voir l'aide."</p> }.into_any(),
        [only] => view! { <AidTable aid=only.aid.clone()/> }.into_any(),
        several => view! {
            <p class="hint">
                "Votre bande d'activité n'est pas connue : voici l'aide selon le cas. Votre CPAM vous indique la vôtre."
            </p>
            {distinct_schedules(several)
                .into_iter()
                .map(|(bands, aid)| view! { <AidTable aid caption=bands_caption(&bands)/> })
                .collect_view()}
        }
            .into_any(),
    }
}

fn objective_view(outcome: &Outcome) -> AnyView {
    match outcome.scenarios.as_slice() {
        [] => view! { <p class="hint">"L'objectif dépend de l'option choisie."</p> }.into_any(),
        [only] => view! { <ObjectiveView objective=only.objective.clone()/> }.into_any(),
        several => view! {
            <ul class="objective-cases">
                {several
                    .iter()
                    .map(|scenario| {
                        let caption = bands_caption(&scenario.band.into_iter().collect::<Vec<_>>());
                        let line = scenario
                            .objective
                            .targets
                            .first()
                            .map(|t| headline(t, scenario.objective.years))
                            .unwrap_or_default();
                        view! {
                            <li>
                                <details>
                                    <summary>{caption} " : " <strong>{line}</strong></summary>
                                    <ObjectiveView objective=scenario.objective.clone()/>
                                </details>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    }
}

fn version_view(outcome: &Outcome) -> AnyView {
    let Some(version) = outcome.version else {
        return view! { <p>"Aucune règle ne s'applique à cette date de signature."</p> }.into_any();
    };
    let period = match version.signed_until {
        Some(until) => format!("contrats signés du {} au {}", version.signed_from, until),
        None => format!("contrats signés depuis le {}", version.signed_from),
    };
    view! {
        <p data-testid="version">
            <strong>{version.name}</strong>
            " ("
            {period}
            ")."
        </p>
        <p>{version.legal_basis} "."</p>
        <p>"Chiffres vérifiés le " {version.checked_on.french()} "."</p>
    }
    .into_any()
}

/// Every source behind the figures shown, once each, in order of first use.
fn sources(outcome: &Outcome) -> Vec<&'static Source> {
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
    for why in explanations {
        for source in &why.sources {
            if !all.contains(source) {
                all.push(source);
            }
        }
    }
    all
}

fn sources_view(outcome: &Outcome) -> AnyView {
    view! {
        <ul class="sources-list">
            {sources(outcome)
                .into_iter()
                .map(|source| {
                    if source.url.is_empty() {
                        view! { <li>{source.id} " — " {source.title}</li> }.into_any()
                    } else {
                        view! {
                            <li>
                                {source.id} " — "
                                <a href=source.url rel="noopener noreferrer" target="_blank">{source.title}</a>
                            </li>
                        }
                            .into_any()
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The tools beyond the official simulator, and what to do next.
fn further() -> [(Screen, &'static str, &'static str); 5] {
    [
        (
            Screen::Tool(Tool::Compare),
            "Comparer les options",
            "½ ETP, 1 ETP… côte à côte",
        ),
        (
            Screen::Tool(Tool::Cost),
            "Coût net de l'assistant",
            "salaire et charges, moins l'aide",
        ),
        (
            Screen::Tool(Tool::Calendar),
            "Calendrier des versements",
            "quand chaque somme tombe",
        ),
        (
            Screen::Tool(Tool::WhatIf),
            "Et si… en 3e année",
            "objectif atteint ? aide estimée",
        ),
        (
            Screen::Page(Page::NextSteps),
            "Et ensuite ?",
            "CPAM, recrutement, formation, questions",
        ),
    ]
}

#[component]
pub fn Results() -> impl IntoView {
    let state = expect_context::<AppState>();
    let outcome = state.outcome;
    view! {
        <article class="results">
            <h1 tabindex="-1">"Votre résultat"</h1>
            <LiveSummary/>
            {move || {
                outcome
                    .with(|o| o.notices.clone())
                    .into_iter()
                    .map(|notice| view! { <p class="notice warning">{notice}</p> })
                    .collect_view()
            }}
            {move || view! { <VerdictPanel outcome=outcome.get()/> }}
            <section class="block" aria-labelledby="aide-titre">
                <h2 id="aide-titre">"Votre aide"</h2>
                {move || outcome.with(aid_view)}
            </section>
            <section class="block" aria-labelledby="engagement-titre">
                <h2 id="engagement-titre">"Votre engagement"</h2>
                {move || outcome.with(objective_view)}
            </section>
            <section class="block" aria-labelledby="regles-titre">
                <h2 id="regles-titre">"Règles appliquées"</h2>
                {move || outcome.with(version_view)}
            </section>
            <nav class="block further no-print" aria-labelledby="plus-loin-titre">
                <h2 id="plus-loin-titre">"Aller plus loin"</h2>
                <ul>
                    {further()
                        .into_iter()
                        .map(|(screen, title, detail)| {
                            view! {
                                <li>
                                    <button type="button" class="link" on:click=move |_| state.go(screen)>
                                        {title}
                                    </button>
                                    <span class="detail">{detail}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <section class="block" aria-labelledby="reponses-titre">
                <h2 id="reponses-titre">"Vos réponses"</h2>
                {move || {
                    view! {
                        <dl class="answers" data-testid="answers">
                            {state
                                .answers
                                .with(describe)
                                .into_iter()
                                .map(|(question, answer)| view! { <dt>{question}</dt> <dd>{answer}</dd> })
                                .collect_view()}
                        </dl>
                    }
                }}
            </section>
            <section class="block" aria-labelledby="sources-titre">
                <h2 id="sources-titre">"Sources"</h2>
                {move || outcome.with(sources_view)}
            </section>
            <ShareLink/>
            <div class="actions no-print">
                <button type="button" class="secondary" on:click=move |_| state.go(Screen::Step(Step::Profile))>
                    "Modifier mes réponses"
                </button>
                <button type="button" class="secondary" data-testid="print" on:click=move |_| browser::print()>
                    "Imprimer ou enregistrer en PDF"
                </button>
                <button type="button" class="danger" data-testid="erase" on:click=move |_| state.erase()>
                    "Effacer mes données"
                </button>
            </div>
            <p class="disclaimer">
                "Outil indépendant, non officiel : votre CPAM fixe les montants et objectifs de votre contrat."
            </p>
            <p class="print-only">
                "Simulation du " {state.today.french()} " — simulateur indépendant de l'aide à l'emploi d'un assistant médical."
            </p>
        </article>
    }
}
