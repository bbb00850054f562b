//! Where a GP's patientèle sits against the percentiles P30 … P95. The drawing is decorative (the
//! same information is written beside it) and made only of numbers and fixed labels, so it is
//! produced as SVG markup by a pure function: far lighter than one generic view per SVG attribute.

use crate::format;
use crate::rules::facts::Status;
use crate::rules::model::GpThresholds;
use leptos::prelude::*;

/// Drawing width and left margin, in tenths of an SVG unit: integer arithmetic keeps float
/// formatting (several kilobytes of WebAssembly) out of the app.
const WIDTH: u64 = 3_000;
const LEFT: u64 = 100;

fn tenths(value: u64) -> String {
    format!("{}.{}", value / 10, value % 10)
}

/// The SVG drawing. Inputs are numbers and constant names only: nothing typed or linked reaches it.
pub fn drawing(count: u32, thresholds: &GpThresholds) -> String {
    let marks = [
        ("P30", thresholds.p30),
        ("P50", thresholds.p50),
        ("P70", thresholds.p70),
        ("P90", thresholds.p90),
        ("P95", thresholds.p95),
    ];
    // The scale runs a quarter past P95, further when the count is beyond.
    let scale = (u64::from(thresholds.p95.value.count) * 5 / 4)
        .max(u64::from(count) * 21 / 20)
        .max(1);
    let x = |value: u32| LEFT + WIDTH * u64::from(value) / scale;
    let marker = x(count).min(LEFT + WIDTH);
    let mut svg = format!(
        "<svg viewBox=\"0 0 320 60\" aria-hidden=\"true\" focusable=\"false\">\
         <rect class=\"track\" x=\"{}\" y=\"26\" width=\"{}\" height=\"8\" rx=\"4\"/>\
         <rect class=\"filled\" x=\"{}\" y=\"26\" width=\"{}\" height=\"8\" rx=\"4\"/>",
        tenths(LEFT),
        tenths(WIDTH),
        tenths(LEFT),
        tenths(marker - LEFT)
    );
    for (index, (name, fact)) in marks.into_iter().enumerate() {
        let at = tenths(x(fact.value.count));
        let approx = if fact.status == Status::Estimate {
            "≈"
        } else {
            ""
        };
        // Alternate label heights so close percentiles (P70, P90) never overlap.
        let label_y = if index % 2 == 0 { 18 } else { 52 };
        svg.push_str(&format!(
            "<line class=\"tick\" x1=\"{at}\" x2=\"{at}\" y1=\"22\" y2=\"38\"/>\
             <text class=\"tick-label\" x=\"{at}\" y=\"{label_y}\" text-anchor=\"middle\">{name}{approx}</text>"
        ));
    }
    svg.push_str(&format!(
        "<circle class=\"marker\" cx=\"{}\" cy=\"30\" r=\"7\"/></svg>",
        tenths(marker)
    ));
    svg
}

#[component]
pub fn Gauge(count: u32, thresholds: GpThresholds, description: String) -> impl IntoView {
    view! {
        <figure class="gauge" data-testid="gauge">
            <div class="drawing" inner_html=drawing(count, &thresholds)></div>
            <figcaption>
                <strong>{format::patients(count)}</strong>
                " : "
                {description}
            </figcaption>
        </figure>
    }
}
