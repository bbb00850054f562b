//! The result: verdict and conditions, aid per contract year, objective, rules applied. Each block
//! follows the answers (the outcome is a `Memo`).

use crate::app::components::aid::{distinct_schedules, AidTable};
use crate::app::components::objective::{headline, ObjectiveView};
use crate::app::components::share::ShareLink;
use crate::app::components::verdict::VerdictPanel;
use crate::app::pages::summary::LiveSummary;
use crate::app::state::{AppState, Screen, Step};
use crate::rules::Outcome;
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
            <ShareLink/>
            <div class="actions no-print">
                <button type="button" class="secondary" on:click=move |_| state.go(Screen::Step(Step::Profile))>
                    "Modifier mes réponses"
                </button>
                <button type="button" class="danger" data-testid="erase" on:click=move |_| state.erase()>
                    "Effacer mes données"
                </button>
            </div>
            <p class="disclaimer">
                "Outil indépendant, non officiel : votre CPAM fixe les montants et objectifs de votre contrat."
            </p>
        </article>
    }
}
