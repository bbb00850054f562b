//! "Pourquoi ?" under every figure: the rule, the answers used, the rule version, the sources, and
//! how sure the figure is. A native `<details>`: keyboard and screen readers handle it unaided.

use crate::rules::explain::Explanation;
use crate::rules::facts::Status;
use leptos::prelude::*;

/// "estimation" or "inconnu" next to a figure; nothing for confirmed figures.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    match status {
        Status::Estimate => {
            Some(view! { <span class="badge estimate">"estimation"</span> }.into_any())
        }
        Status::Unknown => {
            Some(view! { <span class="badge unknown">"fixé par votre CPAM"</span> }.into_any())
        }
        Status::Confirmed | Status::Secondary => None,
    }
}

#[component]
pub fn Why(why: Explanation) -> impl IntoView {
    let Explanation {
        rule,
        inputs,
        version,
        sources,
        status,
        notes,
    } = why;
    view! {
        <details class="why">
            <summary>"Pourquoi ?"</summary>
            <div class="why-body">
                <p>{rule}</p>
                {(!inputs.is_empty())
                    .then(|| {
                        view! {
                            <dl class="inputs">
                                {inputs
                                    .into_iter()
                                    .map(|(what, value)| view! { <dt>{what}</dt> <dd>{value}</dd> })
                                    .collect_view()}
                            </dl>
                        }
                    })}
                {(!notes.is_empty())
                    .then(|| {
                        view! {
                            <ul class="notes">
                                {notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}
                            </ul>
                        }
                    })}
                {version.map(|version| view! { <p class="version">"Règles : " {version}</p> })}
                <p class="status">"Fiabilité : " {status.label()}</p>
                {(!sources.is_empty())
                    .then(|| {
                        view! {
                            <p class="sources">
                                {if sources.len() > 1 { "Sources : " } else { "Source : " }}
                                {sources
                                    .into_iter()
                                    .map(|source| {
                                        if source.url.is_empty() {
                                            view! { <span class="source">{source.title}</span> }.into_any()
                                        } else {
                                            view! {
                                                <a class="source" href=source.url rel="noopener noreferrer" target="_blank">
                                                    {source.title}
                                                </a>
                                            }
                                                .into_any()
                                        }
                                    })
                                    .collect_view()}
                            </p>
                        }
                    })}
            </div>
        </details>
    }
}
