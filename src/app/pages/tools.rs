//! Beyond the official simulator: options side by side, the assistant's net cost, the payment
//! calendar and the year-3 "what if". Each follows the answers; none adds a rule of its own. The
//! blocks are computed by the tools' worker (render::tool_block); the fields are views.

use crate::app::components::fields::{Binding, Kind, TextField};
use crate::app::screen::{Screen, Tool};
use crate::app::state::AppState;
use crate::app::tool_worker;
use crate::format;
use crate::render::tool_block::Block;
use crate::rules::objective::Measure;
use crate::rules::versions::{
    self,
    common::{EMPLOYER_CHARGES, SALARY_GRID},
};
use crate::situation::link::Key;
use crate::situation::Situation;
use leptos::prelude::*;

/// The tool's block, from the worker, asked again whenever the answers change.
fn worker_block(tool: Tool) -> impl Fn() -> String + Copy {
    let shown = tool_worker::block(Block::Tool(tool));
    move || {
        shown.get().unwrap_or_else(|| {
            "<p class=\"hint\" data-testid=\"tool-loading\">Calcul en cours…</p>".to_string()
        })
    }
}

#[component]
fn ToolFrame(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] intro: Signal<String>,
    children: Children,
) -> impl IntoView {
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

#[component]
pub fn Compare() -> impl IntoView {
    let table = worker_block(Tool::Compare);
    view! {
        <ToolFrame
            title=Tool::Compare.title()
            intro="Les mêmes réponses pour chaque temps de travail de l'assistant : aide par année, total sur 5 ans, coût net et objectif."
        >
            <div inner_html=table></div>
        </ToolFrame>
    }
}

#[component]
pub fn Cost() -> impl IntoView {
    let table = worker_block(Tool::Cost);
    let salary_hint = format!(
        "Laissé vide : {}, minimum de la convention collective des cabinets médicaux (la grille va jusqu'à {}).",
        format::euros_cents(SALARY_GRID.value.lowest),
        format::euros_cents(SALARY_GRID.value.highest)
    );
    let charges_hint = format!(
        "Laissé vide : {}, notre estimation avant allègements ; près du SMIC, les allègements la réduisent \
         nettement. Votre expert-comptable connaît le taux réel.",
        EMPLOYER_CHARGES.value.french()
    );
    view! {
        <ToolFrame
            title=Tool::Cost.title()
            intro="Ce que l'assistant coûte chaque année de contrat, salaire et charges, moins l'aide. Chiffres indicatifs."
        >
            <TextField
                key=Key::Salary
                label="Salaire brut mensuel de l'assistant, à temps plein"
                hint=salary_hint
                kind=Kind::Decimal
                unit="€ par mois"
            />
            <TextField
                key=Key::EmployerCharges
                label="Charges patronales, en % du salaire brut"
                hint=charges_hint
                kind=Kind::Decimal
                unit="%"
            />
            <div inner_html=table></div>
        </ToolFrame>
    }
}

#[component]
pub fn Calendar() -> impl IntoView {
    let list = worker_block(Tool::Calendar);
    view! {
        <ToolFrame
            title=Tool::Calendar.title()
            intro="Quand chaque versement tombe, pour votre date de signature. Rythme confirmé par une source secondaire ; votre CPAM fixe les dates exactes."
        >
            <div inner_html=list></div>
        </ToolFrame>
    }
}

/// When the counts of the « Et si… » are read: in year 3, or for a group at its objective's horizon,
/// as the members' mean.
fn what_if_when(answers: &Situation) -> Option<String> {
    answers.is_collective().then(|| {
        let years = versions::collective_for(answers.signature).years.value;
        format!("au bout de {years} ans")
    })
}

#[component]
pub fn WhatIf() -> impl IntoView {
    let state = expect_context::<AppState>();
    let is_gp = Memo::new(move |_| state.answers.with(Situation::is_general_practitioner));
    let group_when = Memo::new(move |_| state.answers.with(what_if_when));
    // A group's target is a total: the slider speaks in means, like the field.
    let members = Memo::new(move |_| {
        state.answers.with(|a| match a.collective_members {
            Some(members) if a.is_collective() => members.max(1),
            _ => 1,
        })
    });
    // The slider runs from below the count at signature to a fifth past the target.
    let range = Memo::new(move |_| {
        let outcome = state.outcome.get();
        let measure = if is_gp.get() {
            Measure::Pmt
        } else {
            Measure::Fa
        };
        let target = outcome.primary()?.objective.target(measure)?.clone();
        let goal = target.target_count()? / members.get();
        let start = target.start_count().unwrap_or(0) / members.get();
        Some((start.min(goal) * 8 / 10, goal.max(start) * 12 / 10))
    });
    let slider = move || {
        let (min, max) = range.get()?;
        let binding = Binding::new(if is_gp.get() {
            Key::PmtYear3
        } else {
            Key::FaYear3
        });
        Some(view! {
            <label class="slider">
                "Faites varier : "
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
    };
    let result = worker_block(Tool::WhatIf);
    let title = Signal::derive(move || match group_when.get() {
        Some(when) => format!("Et si… {when}"),
        None => Tool::WhatIf.title().to_string(),
    });
    let intro = Signal::derive(move || {
        match group_when.get() {
        Some(when) => format!(
            "Indiquez la patientèle moyenne que les membres pensent atteindre {when} : vous voyez si \
             l'objectif du groupe est atteint et l'aide estimée de la 3e année."
        ),
        None => "Indiquez la patientèle que vous pensez atteindre en 3e année : vous voyez si \
                 l'objectif est atteint et l'aide estimée de cette année-là."
            .to_string(),
    }
    });
    let field = move |individual: &'static str, group: &'static str| match group_when.get() {
        Some(when) => format!("{group} {when}"),
        None => individual.to_string(),
    };
    view! {
        <ToolFrame title intro>
            {move || {
                let pmt_label = field(
                    "Patientèle médecin traitant en 3e année",
                    "Patientèle médecin traitant moyenne des membres",
                );
                let fa_label = field("File active en 3e année", "File active moyenne des membres");
                view! {
                    <Show when=move || is_gp.get()>
                        <TextField key=Key::PmtYear3 label=pmt_label.clone()/>
                    </Show>
                    <TextField key=Key::FaYear3 label=fa_label/>
                }
            }}
            {slider}
            <div inner_html=result></div>
        </ToolFrame>
    }
}
