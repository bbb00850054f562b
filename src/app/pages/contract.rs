//! « J'ai déjà un contrat »: the contract as the CPAM wrote it, then where it stands today.

use leptos::prelude::*;

#[component]
pub fn ContractForm() -> impl IntoView {
    view! { <article class="tool"><h1 tabindex="-1">"Votre contrat"</h1></article> }
}

#[component]
pub fn ContractView() -> impl IntoView {
    view! { <article class="tool"><h1 tabindex="-1">"Où en est votre contrat"</h1></article> }
}
