//! The aid for each contract year, with its dates, and the total over five years.

use super::why::{StatusBadge, Why};
use crate::format;
use crate::rules::amounts::{AidSchedule, YearAid};
use crate::rules::Scenario;
use crate::situation::Band;
use leptos::prelude::*;

pub fn ordinal(year: u32) -> String {
    if year == 1 {
        "1re année".to_string()
    } else {
        format!("{year}e année")
    }
}

/// The aid of one scenario (one band).
#[component]
pub fn AidTable(aid: AidSchedule, #[prop(optional)] caption: Option<String>) -> impl IntoView {
    let caption = caption.unwrap_or_else(|| "Aide par année de contrat".to_string());
    match aid {
        AidSchedule::Known { years } => {
            let total: rust_decimal::Decimal = years.iter().map(|year| year.amount).sum();
            let later = years.last().map(|year| year.amount);
            let has_estimate = years.iter().any(|year| year.why.is_estimate());
            view! {
                <table class="aid" data-testid="aid-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Année"</th>
                            <th scope="col">"Période"</th>
                            <th scope="col" class="amount">"Aide"</th>
                        </tr>
                    </thead>
                    <tbody>{years.into_iter().map(|year| view! { <YearRow year/> }).collect_view()}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="2">"Total sur 5 ans"</th>
                            <td class="amount" data-testid="aid-total">{format::euros(total)}</td>
                        </tr>
                    </tfoot>
                </table>
                {later
                    .map(|later| {
                        view! {
                            <p class="after-five">
                                "Ensuite, " {format::euros(later)}
                                " par an au plus : le contrat dure 5 ans, il est renouvelable et l'aide est pérenne."
                            </p>
                        }
                    })}
                {has_estimate
                    .then(|| {
                        view! {
                            <p class="hint">
                                "Les montants marqués « estimation » reposent sur un seuil estimé : voyez « Pourquoi ? »."
                            </p>
                        }
                    })}
            }
                .into_any()
        }
        AidSchedule::Unknown { why } | AidSchedule::NotOffered { why } => view! {
            <div class="aid-unknown" data-testid="aid-table">
                <p>{why.rule.clone()} " " <StatusBadge status=why.status/></p>
                <Why why/>
            </div>
        }
        .into_any(),
    }
}

/// A year's figures, then its explanation on a full-width row (readable on a narrow phone).
#[component]
fn YearRow(year: YearAid) -> impl IntoView {
    let ceiling = year.is_ceiling();
    let modulated = year.modulated.clone();
    view! {
        <tr class="year">
            <th scope="row">{ordinal(year.year)}</th>
            <td class="period">
                {year.starts.short_french()}
                <span aria-hidden="true">" – "</span>
                <span class="visually-hidden">" au "</span>
                {year.ends.short_french()}
            </td>
            <td class="amount">
                <span class="figure" data-testid=format!("aid-year-{}", year.year)>{format::euros(year.amount)}</span>
                {ceiling.then(|| view! { <span class="tag">"plafond"</span> })}
                {year.revalued.then(|| view! { <span class="tag">"revalorisé"</span> })}
                " "
                <StatusBadge status=year.why.status/>
                {modulated
                    .as_ref()
                    .map(|modulated| {
                        view! {
                            <p class="modulated" data-testid="aid-modulated">
                                "Avec vos chiffres : " <strong>{format::euros(modulated.amount)}</strong> " "
                                <StatusBadge status=modulated.why.status/>
                            </p>
                        }
                    })}
            </td>
        </tr>
        <tr class="why-row">
            <td colspan="3">
                <Why why=year.why/>
                {modulated.map(|modulated| view! { <Why why=modulated.why/> })}
            </td>
        </tr>
    }
}

/// "Entre le 50e et le 70e percentile", for a scenario's heading.
pub fn band_caption(band: Option<Band>) -> String {
    match band {
        Some(band) => format!("Si votre activité est {}", band.label()),
        None => "Aide par année de contrat".to_string(),
    }
}

/// Several bands give the same amounts (all bands below P90 do): one table for each distinct schedule.
pub fn distinct_schedules(scenarios: &[Scenario]) -> Vec<(Vec<Band>, AidSchedule)> {
    let mut groups: Vec<(Vec<Band>, AidSchedule)> = Vec::new();
    for scenario in scenarios {
        let amounts: Vec<_> = scenario.aid.years().iter().map(|y| y.amount).collect();
        let band = scenario.band.unwrap_or(Band::P30To50);
        match groups
            .iter_mut()
            .find(|(_, aid)| aid.years().iter().map(|y| y.amount).collect::<Vec<_>>() == amounts)
        {
            Some((bands, _)) => bands.push(band),
            None => groups.push((vec![band], scenario.aid.clone())),
        }
    }
    groups
}
