//! Where a GP's patientèle sits against the percentiles P30 … P95. The drawing is decorative: the
//! same information is written out beside it.

use crate::format;
use crate::rules::facts::Status;
use crate::rules::model::GpThresholds;
use leptos::prelude::*;

const WIDTH: f64 = 300.0;
const LEFT: f64 = 10.0;

#[component]
pub fn Gauge(count: u32, thresholds: GpThresholds, description: String) -> impl IntoView {
    let marks = [
        ("P30", thresholds.p30),
        ("P50", thresholds.p50),
        ("P70", thresholds.p70),
        ("P90", thresholds.p90),
        ("P95", thresholds.p95),
    ];
    let top = f64::from(thresholds.p95.value.count) * 1.25;
    let scale = top.max(f64::from(count) * 1.05);
    let x = move |value: u32| LEFT + WIDTH * f64::from(value) / scale;
    let marker = x(count).min(LEFT + WIDTH);
    view! {
        <figure class="gauge" data-testid="gauge">
            <svg viewBox="0 0 320 60" aria-hidden="true" focusable="false">
                <rect class="track" x=LEFT y="26" width=WIDTH height="8" rx="4"></rect>
                <rect class="filled" x=LEFT y="26" width=(marker - LEFT).max(0.0) height="8" rx="4"></rect>
                {marks
                    .into_iter()
                    .enumerate()
                    .map(|(index, (name, fact))| {
                        let at = x(fact.value.count);
                        let label = if fact.status == Status::Estimate { format!("{name}≈") } else { name.to_string() };
                        // Alternate label heights so close percentiles (P70, P90) never overlap.
                        let label_y = if index % 2 == 0 { 18.0 } else { 52.0 };
                        view! {
                            <line class="tick" x1=at x2=at y1="22" y2="38"></line>
                            <text class="tick-label" x=at y=label_y text-anchor="middle">{label}</text>
                        }
                    })
                    .collect_view()}
                <circle class="marker" cx=marker cy="30" r="7"></circle>
            </svg>
            <figcaption>
                <strong>{format::patients(count)}</strong>
                " : "
                {description}
            </figcaption>
        </figure>
    }
}
