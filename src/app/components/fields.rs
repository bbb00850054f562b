//! The choices whose options follow the answers (the options open at a date, the kind of contract),
//! bound to one answer of the share-link vocabulary by its key. Every other field is written
//! (`render::form`, read by `written`): far less WebAssembly than a view per field.

use crate::app::state::AppState;
use crate::situation::link::{Field, Key};
use crate::situation::Situation;
use leptos::prelude::*;

/// An answer, bound by its key.
#[derive(Clone, Copy)]
pub struct Binding {
    answers: RwSignal<Situation>,
    field: &'static Field,
}

impl Binding {
    pub fn new(key: Key) -> Binding {
        Binding::of(expect_context::<AppState>().answers, key)
    }

    pub fn of(answers: RwSignal<Situation>, key: Key) -> Binding {
        Binding {
            answers,
            field: key.field(),
        }
    }

    /// The answer in the link's words ("1300", "mg", "1"), tracked.
    pub fn text(&self) -> Option<String> {
        self.answers.with(self.field.write)
    }

    /// The same, untracked.
    pub fn text_now(&self) -> Option<String> {
        self.answers.with_untracked(self.field.write)
    }

    /// Reads a typed answer; on error the answer is cleared and the French reason returned.
    pub fn apply(&self, typed: &str) -> Result<(), String> {
        let field = self.field;
        let mut result = Ok(());
        self.answers.update(|answers| {
            result = (field.read)(answers, typed.trim());
            if result.is_err() {
                (field.clear)(answers);
            }
        });
        result
    }

    pub fn clear(&self) {
        let clear = self.field.clear;
        self.answers.update(clear);
    }
}

/// An option: (code, label, optional detail).
pub type Offer = (&'static str, &'static str, Option<String>);

/// One choice among a few, as radio buttons in a fieldset. `selected` and `choose` speak in codes,
/// so the same component serves every question.
#[component]
pub fn Choice(
    name: &'static str,
    legend: &'static str,
    options: Signal<Vec<Offer>>,
    selected: Signal<Option<String>>,
    choose: Callback<&'static str>,
) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {move || {
                options
                    .get()
                    .into_iter()
                    .map(|(code, label, detail)| {
                        let id = format!("{name}-{code}").replace('/', "-");
                        view! {
                            <div class="option">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=name
                                    value=code
                                    prop:checked=move || selected.with(|s| s.as_deref() == Some(code))
                                    on:change=move |_| choose.run(code)
                                />
                                <label for=id>
                                    {label}
                                    {detail.map(|detail| view! { <span class="detail">{detail}</span> })}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}

/// A [`Choice`] bound to a share-link key.
#[component]
pub fn KeyChoice(key: Key, legend: &'static str, options: Signal<Vec<Offer>>) -> impl IntoView {
    let binding = Binding::new(key);
    let key = key.code();
    let selected = Signal::derive(move || binding.text());
    let choose = Callback::new(move |code: &'static str| {
        let _ = binding.apply(code);
    });
    view! { <Choice name=key legend options selected choose/> }.into_any()
}
