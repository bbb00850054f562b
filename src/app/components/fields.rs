//! Form fields bound to one answer. Each has a visible label, an optional hint, and an error message
//! tied to it by `aria-describedby`; numbers accept the French way of writing them ("1 300").

use crate::rules::date::Date;
use crate::situation::Situation;
use leptos::prelude::*;

/// One answer of the situation: how to read it and how to write it.
pub struct Lens<T: 'static> {
    answers: RwSignal<Situation>,
    read: fn(&Situation) -> T,
    write: fn(&mut Situation, T),
}

impl<T: 'static> Clone for Lens<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Lens<T> {}

impl<T: 'static> Lens<T> {
    pub fn new(
        answers: RwSignal<Situation>,
        read: fn(&Situation) -> T,
        write: fn(&mut Situation, T),
    ) -> Lens<T> {
        Lens {
            answers,
            read,
            write,
        }
    }

    pub fn get(&self) -> T {
        self.answers.with(self.read)
    }

    pub fn get_untracked(&self) -> T {
        self.answers.with_untracked(self.read)
    }

    pub fn set(&self, value: T) {
        let write = self.write;
        self.answers.update(|answers| write(answers, value));
    }
}

/// Builds a [`Lens`] on a field of the situation: `lens!(answers, pmt)`.
#[macro_export]
macro_rules! lens {
    ($answers:expr, $field:ident) => {
        $crate::app::components::fields::Lens::new(
            $answers,
            |situation| situation.$field.clone(),
            |situation, value| situation.$field = value,
        )
    };
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

/// A number typed as text (so "1 300" works), parsed on each keystroke. Until the text parses, the
/// answer is empty and the error says why in French.
#[component]
pub fn NumberField<T>(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    lens: Lens<Option<T>>,
    parse: fn(&str) -> Result<T, String>,
    show: fn(&T) -> String,
    #[prop(optional)] decimal: bool,
    #[prop(optional)] unit: Option<&'static str>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let text = RwSignal::new(lens.get_untracked().as_ref().map(show).unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    // An answer changed elsewhere (a link, "effacer"): show it, unless the text already means it.
    Effect::new(move |_| {
        let value = lens.get();
        let typed = text.with_untracked(|t| parse(t).ok());
        if typed != value && !(value.is_none() && error.get_untracked().is_some()) {
            text.set(value.as_ref().map(show).unwrap_or_default());
            error.set(None);
        }
    });
    let on_input = move |event| {
        let typed = event_target_value(&event);
        text.set(typed.clone());
        if typed.trim().is_empty() {
            error.set(None);
            lens.set(None);
            return;
        }
        match parse(&typed) {
            Ok(value) => {
                error.set(None);
                lens.set(Some(value));
            }
            Err(message) => {
                error.set(Some(message));
                lens.set(None);
            }
        }
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-aide")>{hint}</p> })}
            <div class="with-unit">
                <input
                    id=id
                    name=id
                    type="text"
                    inputmode=if decimal { "decimal" } else { "numeric" }
                    autocomplete="off"
                    prop:value=move || text.get()
                    on:input=on_input
                    aria-invalid=move || error.with(|e| e.is_some()).to_string()
                    aria-describedby=move || described_by(id, hint.is_some(), error.with(|e| e.is_some()))
                />
                {unit.map(|unit| view! { <span class="unit" aria-hidden="true">{unit}</span> })}
            </div>
            <p class="error" id=format!("{id}-erreur") aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}

/// A date picker (the phone's own), with the date read strictly.
#[component]
pub fn DateField(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    lens: Lens<Option<Date>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<&'static str>);
    let on_change = move |event| {
        let typed = event_target_value(&event);
        if typed.is_empty() {
            error.set(None);
            lens.set(None);
            return;
        }
        match Date::parse_iso(&typed) {
            Some(date) => {
                error.set(None);
                lens.set(Some(date));
            }
            None => {
                error.set(Some(
                    "Date invalide : choisissez un jour qui existe, entre 1900 et 2199.",
                ));
                lens.set(None);
            }
        }
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-aide")>{hint}</p> })}
            <input
                id=id
                name=id
                type="date"
                min="1900-01-01"
                max="2199-12-31"
                prop:value=move || lens.get().map(Date::iso).unwrap_or_default()
                on:change=on_change
                aria-invalid=move || error.with(|e| e.is_some()).to_string()
                aria-describedby=move || described_by(id, hint.is_some(), error.with(|e| e.is_some()))
            />
            <p class="error" id=format!("{id}-erreur") aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}

/// A yes/no question as a checkbox; unticked means no.
#[component]
pub fn YesNo(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    lens: Lens<Option<bool>>,
) -> impl IntoView {
    view! {
        <div class="field checkbox">
            <input
                id=id
                name=id
                type="checkbox"
                prop:checked=move || lens.get() == Some(true)
                on:change=move |event| lens.set(Some(event_target_checked(&event)))
                aria-describedby=hint.map(|_| format!("{id}-aide"))
            />
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-aide")>{hint}</p> })}
        </div>
    }
}

/// One choice among a few, as radio buttons in a fieldset.
#[component]
pub fn Choice<T>(
    name: &'static str,
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    lens: Lens<Option<T>>,
    /// (value, label, optional detail); a closure so the offer can depend on other answers.
    options: Signal<Vec<(T, &'static str, Option<&'static str>)>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="hint">{hint}</p> })}
            {move || {
                options
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, (value, label, detail))| {
                        let id = format!("{name}-{index}");
                        view! {
                            <div class="option">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=name
                                    prop:checked=move || lens.get() == Some(value)
                                    on:change=move |_| lens.set(Some(value))
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

/// A drop-down list; the empty first entry means "not answered".
#[component]
pub fn Select<T>(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    lens: Lens<Option<T>>,
    options: Vec<(T, &'static str)>,
    code: fn(T) -> &'static str,
    from_code: fn(&str) -> Option<T>,
    #[prop(default = "Choisissez")] placeholder: &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=format!("{id}-aide")>{hint}</p> })}
            <select
                id=id
                name=id
                aria-describedby=hint.map(|_| format!("{id}-aide"))
                on:change=move |event| lens.set(from_code(&event_target_value(&event)))
            >
                <option value="" prop:selected=move || lens.get().is_none()>
                    {placeholder}
                </option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        // Selected per option: the select's own value would be set before its options exist.
                        view! {
                            <option value=code(value) prop:selected=move || lens.get() == Some(value)>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
