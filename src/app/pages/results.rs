//! The result: verdict and conditions, aid per contract year, objective, rules applied. The read-only
//! blocks are written by `render` from the outcome (a `Memo`), the controls are views.

use crate::app::browser;
use crate::app::pages::summary::LiveSummary;
use crate::app::state::{AppState, Page, Screen, Step, Tool};
use crate::render::results as render;
use crate::rules::eligibility::{Question, Verdict};
use leptos::prelude::*;

/// The step that asks a question, to send the doctor back to it.
fn step_of(question: Question) -> Step {
    match question {
        Question::Specialty | Question::Sector | Question::ClinicalShare => Step::Profile,
        Question::Pmt | Question::CollectiveMembers => Step::Activity,
        Question::Signature
        | Question::Quotity
        | Question::FirstContract
        | Question::CollectiveFte => Step::Project,
    }
}

/// "Pour conclure, indiquez :" with a button to each missing answer's step.
#[component]
fn MissingAnswers() -> impl IntoView {
    let state = expect_context::<AppState>();
    let missing = Memo::new(move |_| match state.outcome.with(|o| o.verdict()) {
        Verdict::Incomplete { missing } => missing,
        _ => Vec::new(),
    });
    move || {
        let missing = missing.get();
        (!missing.is_empty()).then(|| {
            view! {
                <div class="missing">
                    <p>"Pour conclure, indiquez :"</p>
                    <ul>
                        {missing
                            .into_iter()
                            .map(|question| {
                                let step = step_of(question);
                                view! {
                                    <li>
                                        <button type="button" class="link" on:click=move |_| state.go(Screen::Step(step))>
                                            {question.french()}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
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
            <div inner_html=move || outcome.with(render::notices)></div>
            <div inner_html=move || outcome.with(render::verdict)></div>
            <MissingAnswers/>
            <section class="block" aria-labelledby="aide-titre">
                <h2 id="aide-titre">"Votre aide"</h2>
                <div inner_html=move || outcome.with(render::aid)></div>
            </section>
            <section class="block" aria-labelledby="engagement-titre">
                <h2 id="engagement-titre">"Votre engagement"</h2>
                <div inner_html=move || outcome.with(render::objective)></div>
            </section>
            <section class="block" aria-labelledby="regles-titre">
                <h2 id="regles-titre">"Règles appliquées"</h2>
                <div inner_html=move || outcome.with(render::rules)></div>
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
                <div inner_html=move || state.answers.with(render::answers)></div>
            </section>
            <section class="block" aria-labelledby="sources-titre">
                <h2 id="sources-titre">"Sources"</h2>
                <div inner_html=move || outcome.with(render::sources)></div>
            </section>
            <crate::app::components::share::ShareLink/>
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
                "Simulation du " {state.today.french()}
                " — simulateur indépendant de l'aide à l'emploi d'un assistant médical."
            </p>
        </article>
    }
}
