//! Beyond the official simulator: options side by side, the assistant's net cost, the payment
//! calendar and the year-3 "what if". Each follows the answers; none adds a rule of its own.

use crate::app::components::aid::ordinal;
use crate::app::components::fields::{Binding, NumberField};
use crate::app::components::why::{StatusBadge, Why};
use crate::app::state::{AppState, Screen};
use crate::format;
use crate::rules::calendar::{self, Payment};
use crate::rules::compare::{self, OptionOutcome};
use crate::rules::cost::{self, NetCost};
use crate::rules::eligibility::Verdict;
use crate::rules::modulation::achievement;
use crate::rules::objective::{Goal, Measure, Target};
use crate::rules::Outcome;
use crate::situation::Situation;
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
fn ToolFrame(title: &'static str, intro: &'static str, children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <article class="tool">
            <h1 tabindex="-1">{title}</h1>
            <p class="intro">{intro}</p>
            {children()}
            <p class="no-print">
                <button type="button" class="secondary" on:click=move |_| state.go(Screen::Results)>
                    "Retour au résultat"
                </button>
            </p>
        </article>
    }
}

fn verdict_word(outcome: &Outcome) -> &'static str {
    match outcome.verdict() {
        Verdict::Eligible => "✓ éligible",
        Verdict::ToConfirm => "? à confirmer",
        Verdict::Incomplete { .. } => "… réponses manquantes",
        Verdict::Ineligible { .. } => "✗ non éligible",
    }
}

/// "+260 patients", "maintenir", "atteindre 1 045": the objective in a table cell.
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

fn compare_table(options: &[OptionOutcome], situation: &Situation) -> AnyView {
    let cell = |outcome: &Outcome, year: usize| -> String {
        let Some(scenario) = outcome.primary() else {
            return "—".to_string();
        };
        match scenario.aid.years().get(year) {
            Some(aid) => format::euros(aid.amount),
            None if scenario.aid.total().is_none() => "fixé par la CPAM".to_string(),
            None => "—".to_string(),
        }
    };
    let total = |outcome: &Outcome| {
        outcome
            .primary()
            .and_then(|s| s.aid.total())
            .map_or("—".to_string(), format::euros)
    };
    let net = |option: &OptionOutcome| {
        option
            .outcome
            .primary()
            .and_then(|s| cost::net_cost(situation, option.quotity, &s.aid))
            .map_or("—".to_string(), |c| {
                format::euros(c.years.iter().map(|y| y.net).sum::<Decimal>())
            })
    };
    let row = |header: String, cells: Vec<String>| {
        view! {
            <tr>
                <th scope="row">{header}</th>
                {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
            </tr>
        }
    };
    let mut rows = vec![row(
        "Éligibilité".to_string(),
        options
            .iter()
            .map(|o| verdict_word(&o.outcome).to_string())
            .collect(),
    )];
    for year in 0..5 {
        rows.push(row(
            ordinal(year as u32 + 1),
            options.iter().map(|o| cell(&o.outcome, year)).collect(),
        ));
    }
    rows.push(row(
        "Total sur 5 ans".to_string(),
        options.iter().map(|o| total(&o.outcome)).collect(),
    ));
    rows.push(row(
        "Coût net sur 5 ans".to_string(),
        options.iter().map(net).collect(),
    ));
    rows.push(row(
        "Objectif en 3 ans".to_string(),
        options.iter().map(|o| objective_word(&o.outcome)).collect(),
    ));
    let several_bands = options
        .first()
        .is_some_and(|o| o.outcome.scenarios.len() > 1);
    view! {
        <div class="scroll">
            <table class="compare" data-testid="compare">
                <caption>"Pour vos réponses"</caption>
                <thead>
                    <tr>
                        <td></td>
                        {options.iter().map(|o| view! { <th scope="col">{o.quotity.label()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows.into_iter().collect_view()}</tbody>
            </table>
        </div>
        {several_bands
            .then(|| {
                view! {
                    <p class="hint">
                        "Montants et objectifs pour une activité entre le 30e et le 50e percentile : indiquez la bande donnée par votre CPAM pour un résultat précis."
                    </p>
                }
            })}
        <p class="hint">
            "Années 3 et suivantes : plafonds, versés selon l'atteinte de l'objectif. Coût net : salaire et charges moins l'aide, indicatif (écran « Coût net »)."
        </p>
    }
    .into_any()
}

#[component]
pub fn Compare() -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = Memo::new(move |_| state.answers.with(compare::options));
    view! {
        <ToolFrame
            title="Comparer les options"
            intro="Les mêmes réponses pour chaque temps de travail de l'assistant : aide par année, total sur 5 ans, coût net et objectif."
        >
            {move || {
                let options = options.get();
                if options.is_empty() {
                    view! { <p>"La comparaison concerne les contrats individuels."</p> }.into_any()
                } else {
                    state.answers.with(|situation| compare_table(&options, situation))
                }
            }}
        </ToolFrame>
    }
}

fn cost_table(cost: NetCost) -> AnyView {
    let total =
        |pick: fn(&cost::YearCost) -> Decimal| format::euros(cost.years.iter().map(pick).sum());
    let totals = (
        total(|y| y.employer_cost),
        total(|y| y.aid),
        total(|y| y.net),
    );
    view! {
        <div class="scroll">
            <table class="cost" data-testid="cost-table">
                <caption>"Par année de contrat (indicatif)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Année"</th>
                        <th scope="col" class="amount">"Coût employeur"</th>
                        <th scope="col" class="amount">"Aide"</th>
                        <th scope="col" class="amount">"Coût net"</th>
                    </tr>
                </thead>
                <tbody>
                    {cost
                        .years
                        .iter()
                        .map(|year| {
                            view! {
                                <tr>
                                    <th scope="row">{ordinal(year.year)}</th>
                                    <td class="amount">{format::euros(year.employer_cost)}</td>
                                    <td class="amount">{format::euros(year.aid)}</td>
                                    <td class="amount" data-testid=format!("net-year-{}", year.year)>{format::euros(year.net)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"5 ans"</th>
                        <td class="amount">{totals.0}</td>
                        <td class="amount">{totals.1}</td>
                        <td class="amount" data-testid="net-total">{totals.2}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        <p class="hint">"Un coût net négatif signifie que l'aide dépasse le coût de l'assistant. À partir de la 3e année, l'aide comptée est le plafond, ou votre estimation de l'écran « Et si… »."</p>
        <p>
            <StatusBadge status=cost.why.status/>
        </p>
        <Why why=cost.why/>
    }
    .into_any()
}

#[component]
pub fn Cost() -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = move || {
        let outcome = state.outcome.get();
        let quotity = state.answers.with(|a| a.quotity)?;
        let scenario = outcome.primary()?;
        state
            .answers
            .with(|situation| cost::net_cost(situation, quotity, &scenario.aid))
    };
    view! {
        <ToolFrame
            title="Coût net de l'assistant"
            intro="Ce que l'assistant coûte chaque année de contrat, salaire et charges, moins l'aide. Chiffres indicatifs."
        >
            <NumberField
                key="salaire"
                label="Salaire brut mensuel de l'assistant, à temps plein"
                hint="Laissé vide : 1 815,79 €, minimum de la convention collective des cabinets médicaux au 1er janvier 2024 (la grille va jusqu'à 2 159,91 €)."
                decimal=true
                unit="€ par mois"
            />
            <NumberField
                key="charges"
                label="Charges patronales, en % du salaire brut"
                hint="Laissé vide : 42 %, notre estimation avant allègements ; près du SMIC, les allègements la réduisent nettement. Votre expert-comptable connaît le taux réel."
                decimal=true
                unit="%"
            />
            {move || match table() {
                Some(cost) => cost_table(cost),
                None => view! {
                    <p data-testid="cost-table">
                        "Le coût net se calcule pour une option à 1/3, 1/2 ou 1 ETP, une fois l'aide connue."
                    </p>
                }
                    .into_any(),
            }}
        </ToolFrame>
    }
}

fn calendar_table(payments: Vec<Payment>) -> AnyView {
    let first_why = payments.first().map(|p| p.why.clone());
    let later_why = payments
        .iter()
        .find(|p| p.contract_year >= 3)
        .map(|p| p.why.clone());
    view! {
        <ol class="calendar" data-testid="calendar">
            {payments
                .into_iter()
                .map(|payment| {
                    view! {
                        <li>
                            <strong>{ordinal(payment.contract_year)} " — " {payment.part}</strong>
                            " : "
                            {if payment.is_ceiling { "au plus " } else { "" }}
                            <span class="figure">{format::euros(payment.amount)}</span>
                            ", "
                            {payment.when.french()}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        {first_why.map(|why| view! { <Why why/> })}
        {later_why.map(|why| view! { <Why why/> })}
    }
    .into_any()
}

#[component]
pub fn Calendar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let payments = move || {
        let outcome = state.outcome.get();
        let version = outcome.version?;
        let signature = state.answers.with(|a| a.signature)?;
        let scenario = outcome.primary()?;
        let payments = calendar::payments(signature, version, &scenario.aid);
        (!payments.is_empty()).then_some(payments)
    };
    view! {
        <ToolFrame
            title="Calendrier des versements"
            intro="Quand chaque versement tombe, pour votre date de signature. Rythme confirmé par une source secondaire ; votre CPAM fixe les dates exactes."
        >
            {move || match payments() {
                Some(payments) => calendar_table(payments),
                None => view! { <p data-testid="calendar">"Le calendrier se calcule une fois l'aide connue."</p> }.into_any(),
            }}
        </ToolFrame>
    }
}

/// One measure of the year-3 result: how far toward the objective.
fn measure_line(target: &Target, observed: Option<u32>) -> Option<AnyView> {
    let observed = observed?;
    let goal = target.target_count()?;
    let rate = achievement(target, observed)?;
    let met = rate == Decimal::ONE;
    let text = format!(
        "{} : {} sur {} visés, soit {} de l'objectif{}",
        format::capitalised(target.measure.label()),
        format::count(observed),
        format::count(goal),
        format::percent(rate),
        if met { " : objectif atteint" } else { "" }
    );
    Some(view! { <li>{if met { "✓ " } else { "… " }} {text}</li> }.into_any())
}

#[component]
pub fn WhatIf() -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_gp = Memo::new(move |_| state.answers.with(Situation::is_general_practitioner));
    let slider_key = move || if is_gp.get() { "pmt3" } else { "fa3" };
    // The slider runs from the count at signature to a fifth past the target.
    let range = Memo::new(move |_| {
        let outcome = state.outcome.get();
        let measure = if is_gp.get() {
            Measure::Pmt
        } else {
            Measure::Fa
        };
        let target = outcome.primary()?.objective.target(measure)?.clone();
        let goal = target.target_count()?;
        let start = match target.goal {
            Goal::Increase { start, .. } | Goal::Keep { start, .. } => start,
            Goal::Reach { start, .. } => start.unwrap_or(0),
            _ => 0,
        };
        Some((start.min(goal) * 8 / 10, goal.max(start) * 12 / 10))
    });
    let result =
        move || {
            let outcome = state.outcome.get();
            let scenario = outcome.primary()?;
            let year3 = scenario.aid.years().get(2)?.clone();
            let (pmt3, fa3) = state.answers.with(|a| (a.pmt_year3, a.fa_year3));
            let lines: Vec<AnyView> = scenario
                .objective
                .targets
                .iter()
                .filter_map(|target| {
                    measure_line(
                        target,
                        match target.measure {
                            Measure::Pmt => pmt3,
                            Measure::Fa => fa3,
                        },
                    )
                })
                .collect();
            let modulated = year3.modulated?;
            Some(view! {
            <div class="what-if" data-testid="what-if" aria-live="polite">
                <ul>{lines}</ul>
                <p class="figure-line">
                    "Aide estimée de 3e année : "
                    <strong data-testid="what-if-aid">{format::euros(modulated.amount)}</strong>
                    " sur un plafond de "
                    {format::euros(year3.amount)}
                    " "
                    <StatusBadge status=modulated.why.status/>
                </p>
                <Why why=modulated.why/>
            </div>
        }
        .into_any())
        };
    view! {
        <ToolFrame
            title="Et si… en 3e année"
            intro="Indiquez la patientèle que vous pensez atteindre en 3e année : vous voyez si l'objectif est atteint et l'aide estimée de cette année-là."
        >
            <Show when=move || is_gp.get()>
                <NumberField key="pmt3" label="Patientèle médecin traitant en 3e année"/>
            </Show>
            <NumberField key="fa3" label="File active en 3e année"/>
            {move || {
                let (min, max) = range.get()?;
                let binding = Binding::new(slider_key())?;
                Some(view! {
                    <label class="slider">
                        "Faites varier : "
                        <input
                            type="range"
                            min=min
                            max=max
                            step="1"
                            prop:value=move || binding.text().unwrap_or_else(|| min.to_string())
                            on:input=move |event| {
                                let _ = binding.apply(&event_target_value(&event));
                            }
                        />
                    </label>
                })
            }}
            {move || {
                result()
                    .unwrap_or_else(|| {
                        view! {
                            <p class="hint" data-testid="what-if">
                                "Indiquez un nombre de patients en 3e année, une fois l'objectif calculé."
                            </p>
                        }
                            .into_any()
                    })
            }}
        </ToolFrame>
    }
}
