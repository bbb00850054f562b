//! Form fields, each bound to one answer of the share-link vocabulary by its key: the form reads a
//! typed answer with the same code as a shared link. Each field has a visible label, an optional hint
//! and an error tied to it by `aria-describedby`; numbers accept the French way ("1 300").
//!
//! The components are deliberately not generic: one copy of each in the WebAssembly.

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
        let state = expect_context::<AppState>();
        Binding {
            answers: state.answers,
            field: key.field(),
        }
    }

    /// The answer in the link's words ("1300", "mg", "1"), tracked.
    pub fn text(&self) -> Option<String> {
        self.answers.with(self.field.write)
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

    /// What `typed` would be in the link's words, if it reads.
    fn canonical(&self, typed: &str) -> Option<String> {
        let mut scratch = Situation::default();
        (self.field.read)(&mut scratch, typed.trim()).ok()?;
        (self.field.write)(&scratch)
    }
}

fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-aide"));
    }
    if has_error {
        ids.push(format!("{id}-erreur"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// How an answer is typed.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Kind {
    /// A whole number, typed as text so that "1 300" works; the phone shows a numeric keypad.
    #[default]
    Whole,
    /// A number with a decimal comma.
    Decimal,
    /// A date, with the phone's own date picker.
    Date,
}

/// The hint under a label; empty is no hint. Hints with a figure are written from the rules.
fn hint_view(key: &'static str, hint: Option<String>) -> impl IntoView {
    hint.filter(|text| !text.is_empty())
        .map(|text| view! { <p class="hint" id=format!("{key}-aide")>{text}</p> })
}

/// A typed answer. Until the text reads, the answer is empty and the error says why in French. A
/// date is repeated in words beside the field ("1er mars 2025").
#[component]
pub fn TextField(
    key: Key,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] kind: Kind,
    #[prop(optional)] unit: Option<&'static str>,
) -> impl IntoView {
    let binding = Binding::new(key);
    let key = key.code();
    let text = RwSignal::new(
        binding
            .answers
            .with_untracked(binding.field.write)
            .unwrap_or_default(),
    );
    let error = RwSignal::new(None::<String>);
    // An answer changed elsewhere (a link, "effacer"): show it, unless the text already means it.
    Effect::new(move |_| {
        let value = binding.text();
        let typed = text.with_untracked(|t| binding.canonical(t));
        let showing_error = error.with_untracked(Option::is_some);
        if typed != value && !(value.is_none() && showing_error) {
            text.set(value.unwrap_or_default());
            error.set(None);
        }
    });
    let on_input = move |event| {
        let typed = event_target_value(&event);
        text.set(typed.clone());
        if typed.trim().is_empty() {
            error.set(None);
            binding.clear();
        } else {
            error.set(
                binding
                    .apply(&typed)
                    .err()
                    .map(|e| crate::format::capitalised(&e)),
            );
        }
    };
    let (input_type, input_mode) = match kind {
        Kind::Whole => ("text", "numeric"),
        Kind::Decimal => ("text", "decimal"),
        Kind::Date => ("date", "none"),
    };
    let has_hint = hint.as_ref().is_some_and(|text| !text.is_empty());
    let in_words = move || {
        (kind == Kind::Date)
            .then(|| text.with(|t| crate::date::Date::parse_iso(t.trim())))
            .flatten()
            .map(|date| view! { <span class="in-words" data-testid=format!("{key}-en-lettres")>{date.french()}</span> })
    };
    view! {
        <div class="field">
            <label for=key>{label}</label>
            {hint_view(key, hint)}
            <div class="with-unit">
                <input
                    id=key
                    name=key
                    type=input_type
                    inputmode=input_mode
                    autocomplete="off"
                    min=(kind == Kind::Date).then_some("1900-01-01")
                    max=(kind == Kind::Date).then_some("2199-12-31")
                    prop:value=move || text.get()
                    on:input=on_input
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=move || described_by(key, has_hint, error.with(Option::is_some))
                />
                {unit.map(|unit| view! { <span class="unit" aria-hidden="true">{unit}</span> })}
                {in_words}
            </div>
            <p class="error" id=format!("{key}-erreur") aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
    .into_any()
}

/// A question answered « Oui » or « Non », which may stay unanswered: an answer the rules need is
/// missing until given, never « non » by default.
#[component]
pub fn YesNo(
    key: Key,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let binding = Binding::new(key);
    let key = key.code();
    let has_hint = hint.as_ref().is_some_and(|text| !text.is_empty());
    let option = move |code: &'static str, text: &'static str| {
        let id = format!("{key}-{code}");
        view! {
            <div class="option">
                <input
                    type="radio"
                    id=id.clone()
                    name=key
                    value=code
                    prop:checked=move || binding.text().as_deref() == Some(code)
                    on:change=move |_| {
                        let _ = binding.apply(code);
                    }
                />
                <label for=id>{text}</label>
            </div>
        }
    };
    view! {
        <fieldset class="choice yes-no" aria-describedby=has_hint.then(|| format!("{key}-aide"))>
            <legend>{label}</legend>
            {hint_view(key, hint)}
            <div class="yes-no-answers">{option("1", "Oui")} {option("0", "Non")}</div>
        </fieldset>
    }
    .into_any()
}

/// A situation the doctor may claim, as a checkbox: unticked, it is simply not claimed.
#[component]
pub fn Tick(
    key: Key,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let binding = Binding::new(key);
    let key = key.code();
    let has_hint = hint.as_ref().is_some_and(|text| !text.is_empty());
    view! {
        <div class="field checkbox">
            <input
                id=key
                name=key
                type="checkbox"
                prop:checked=move || binding.text().as_deref() == Some("1")
                on:change=move |event| {
                    let _ = binding.apply(if event_target_checked(&event) { "1" } else { "0" });
                }
                aria-describedby=has_hint.then(|| format!("{key}-aide"))
            />
            <label for=key>{label}</label>
            {hint_view(key, hint)}
        </div>
    }
    .into_any()
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

/// A drop-down list bound to a share-link key; the empty first entry means "not answered".
#[component]
pub fn Select(
    key: Key,
    label: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(&'static str, &'static str)>,
    #[prop(default = "Choisissez")] placeholder: &'static str,
) -> impl IntoView {
    let binding = Binding::new(key);
    let key = key.code();
    let selected = move |code: &str| binding.text().as_deref() == Some(code);
    let has_hint = hint.as_ref().is_some_and(|text| !text.is_empty());
    view! {
        <div class="field">
            <label for=key>{label}</label>
            {hint_view(key, hint)}
            <select
                id=key
                name=key
                aria-describedby=has_hint.then(|| format!("{key}-aide"))
                on:change=move |event| {
                    let code = event_target_value(&event);
                    if code.is_empty() {
                        binding.clear();
                    } else {
                        let _ = binding.apply(&code);
                    }
                }
            >
                // Selected per option: the select's own value would be set before its options exist.
                <option value="" prop:selected=move || binding.text().is_none()>
                    {placeholder}
                </option>
                {options
                    .into_iter()
                    .map(|(code, text)| view! { <option value=code prop:selected=move || selected(code)>{text}</option> })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}
