//! What a printed page says first: that the tool is independent, and the address that reopens it.

use crate::app::state::AppState;
use leptos::prelude::*;

/// Printed only: `lead` (« Simulation du 7 décembre 2026 »…), the disclaimer, and the share link
/// that reopens the page on any device.
#[component]
pub fn PrintHeader(lead: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="print-only" data-testid="print-header">
            {lead} " — simulateur indépendant et non officiel : votre CPAM fixe les montants et \
            objectifs de votre contrat. Pour la rouvrir : "
            <span class="print-link">{move || { state.answers.track(); state.share_link() }}</span>
        </p>
    }
}
