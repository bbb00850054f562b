//! Where a GP's patientèle sits against the percentiles P30 … P95, each tick with its number. The
//! drawing is decorative (the same is written beside it) and pure: `render::charts::gauge`.

use crate::format;
use crate::render::charts;
use crate::render::html::Html;
use crate::rules::model::GpThresholds;
use leptos::prelude::*;

#[component]
pub fn Gauge(count: u32, thresholds: GpThresholds, description: String) -> impl IntoView {
    let mut drawing = Html::new();
    charts::gauge(&mut drawing, count, &thresholds);
    view! {
        <figure class="gauge" data-testid="gauge">
            <div class="drawing" inner_html=drawing.finish()></div>
            <figcaption>
                <strong>{format::patients(count)}</strong>
                " : "
                {description}
            </figcaption>
        </figure>
    }
}
