//! Fields written as HTML, each named by its answer's key, for the screens past the three steps (a
//! running contract, the tools): the app reads what is typed in them with one listener
//! (`app::components::written`), as it reads the buttons' `data-action`. One view per field cost
//! 3 to 7 KB brotli per screen in the WebAssembly; a written field costs a few lines of text.
//! Same markup as the steps' fields: a visible label, a hint and an error tied by
//! `aria-describedby`.

use super::html::{el, empty_el, text_el, Html};
use crate::date::Date;
use crate::situation::link::Key;
use crate::situation::Situation;

/// How an answer is typed.
pub enum Input {
    /// A whole number ("1 300" reads), with its unit.
    Whole(&'static str),
    /// A number with a decimal comma, with its unit.
    Decimal(&'static str),
    /// A date, with the phone's own picker, repeated in words.
    Date,
    /// One of a list; the first entry, empty, means "not answered".
    List(Vec<(&'static str, &'static str)>, &'static str),
    /// A slider over whole numbers, twin of the field of the same key, its target marked.
    Slider { min: u32, target: u32, max: u32 },
    /// « Oui » or « Non », which may stay unanswered: missing until given, never « non » by default.
    YesNo,
    /// A situation the doctor may claim: unticked, it is simply not claimed.
    Tick,
}

pub struct Field {
    pub key: Key,
    pub label: String,
    pub hint: String,
    pub input: Input,
}

impl Field {
    pub fn new(key: Key, label: impl Into<String>, hint: impl Into<String>, input: Input) -> Field {
        Field {
            key,
            label: label.into(),
            hint: hint.into(),
            input,
        }
    }
}

/// The id of the element that shows what a field got wrong.
pub fn error_id(code: &str) -> String {
    format!("{code}-erreur")
}

/// The id of the date in words beside a date field.
pub fn in_words_id(code: &str) -> String {
    format!("{code}-en-lettres")
}

/// The id of the slider twin of a field.
pub fn slider_id(code: &str) -> String {
    format!("{code}-curseur")
}

/// A field, showing the answer it holds.
pub fn field(html: &mut Html, answers: &Situation, field: &Field) {
    let code = field.key.code();
    let value = (field.key.field().write)(answers).unwrap_or_default();
    if let Input::Slider { min, target, max } = field.input {
        el!(html, "label", "class" = "slider" => |label: &mut Html| {
            label.text("Faites varier : ");
            let value = if value.is_empty() { min.to_string() } else { value };
            empty_el!(label, "input", "type" = "range", "step" = "1"; "id" = &slider_id(code); "name" = code;
                "min" = &min.to_string(); "max" = &max.to_string(); "value" = &value;
                "aria-label" = &field.label);
        });
        // Its ends and the target under it, in words (the field above says the value).
        el!(html, "p", "class" = "slider-scale", "data-testid" = "slider-scale" => |p: &mut Html| {
            text_el!(p, "span" => &crate::format::count(min));
            text_el!(p, "span" => &format!("objectif {}", crate::format::count(target)));
            text_el!(p, "span" => &crate::format::count(max));
        });
        return;
    }
    let hint_id = format!("{code}-aide");
    // Always written, empty or not, so that `aria-describedby` never points at nothing; an empty
    // hint is not shown (CSS).
    let hint = |html: &mut Html| {
        text_el!(html, "p", "class" = "hint"; "id" = &hint_id => &field.hint);
    };
    match field.input {
        Input::YesNo => return yes_no(html, field, &value, hint),
        Input::Tick => return tick(html, field, &value, hint),
        _ => {}
    }
    let described = format!("{hint_id} {}", error_id(code));
    el!(html, "div", "class" = "field" => |div: &mut Html| {
        text_el!(div, "label"; "for" = code => &field.label);
        hint(div);
        match &field.input {
            Input::List(options, placeholder) => {
                el!(div, "select"; "id" = code; "name" = code; "aria-describedby" = &described => |select: &mut Html| {
                    let option = |select: &mut Html, code: &str, text: &str| {
                        if code == value {
                            text_el!(select, "option", "selected" = "selected"; "value" = code => text);
                        } else {
                            text_el!(select, "option"; "value" = code => text);
                        }
                    };
                    option(select, "", placeholder);
                    for (code, text) in options {
                        option(select, code, text);
                    }
                });
            }
            input => {
                let (kind, mode, unit) = match input {
                    Input::Whole(unit) => ("text", "numeric", *unit),
                    Input::Decimal(unit) => ("text", "decimal", *unit),
                    _ => ("date", "none", ""),
                };
                el!(div, "div", "class" = "with-unit" => |line: &mut Html| {
                    if kind == "date" {
                        empty_el!(line, "input", "type" = "date", "min" = "1900-01-01", "max" = "2199-12-31",
                            "autocomplete" = "off", "aria-invalid" = "false"; "id" = code; "name" = code;
                            "value" = &value; "aria-describedby" = &described);
                        let words = Date::parse_iso(&value).map(|day| day.french()).unwrap_or_default();
                        text_el!(line, "span", "class" = "in-words"; "id" = &in_words_id(code);
                            "data-testid" = &in_words_id(code) => &words);
                    } else {
                        empty_el!(line, "input", "autocomplete" = "off", "aria-invalid" = "false"; "type" = kind;
                            "inputmode" = mode; "id" = code; "name" = code; "value" = &value;
                            "aria-describedby" = &described);
                        text_el!(line, "span", "class" = "unit", "aria-hidden" = "true" => unit);
                    }
                });
            }
        }
        text_el!(div, "p", "class" = "error", "aria-live" = "polite"; "id" = &error_id(code) => "");
    });
}

/// Two radio buttons, `<key>-1` and `<key>-0`, under the question as their legend.
fn yes_no(html: &mut Html, field: &Field, value: &str, hint: impl Fn(&mut Html)) {
    let code = field.key.code();
    el!(html, "fieldset", "class" = "choice yes-no"; "aria-describedby" = &format!("{code}-aide") => |set: &mut Html| {
        text_el!(set, "legend" => &field.label);
        hint(set);
        el!(set, "div", "class" = "yes-no-answers" => |answers: &mut Html| {
            for (answer, text) in [("1", "Oui"), ("0", "Non")] {
                let id = format!("{code}-{answer}");
                el!(answers, "div", "class" = "option" => |option: &mut Html| {
                    if value == answer {
                        empty_el!(option, "input", "type" = "radio", "checked" = "checked"; "id" = &id; "name" = code; "value" = answer);
                    } else {
                        empty_el!(option, "input", "type" = "radio"; "id" = &id; "name" = code; "value" = answer);
                    }
                    text_el!(option, "label"; "for" = &id => text);
                });
            }
        });
    });
}

/// A checkbox; ticked is « 1 ».
fn tick(html: &mut Html, field: &Field, value: &str, hint: impl Fn(&mut Html)) {
    let code = field.key.code();
    let described = &format!("{code}-aide");
    el!(html, "div", "class" = "field checkbox" => |div: &mut Html| {
        if value == "1" {
            empty_el!(div, "input", "type" = "checkbox", "checked" = "checked"; "id" = code; "name" = code; "aria-describedby" = described);
        } else {
            empty_el!(div, "input", "type" = "checkbox"; "id" = code; "name" = code; "aria-describedby" = described);
        }
        text_el!(div, "label"; "for" = code => &field.label);
        hint(div);
    });
}

/// Fields under a legend.
pub fn fieldset(html: &mut Html, legend: &str, answers: &Situation, fields: &[Field]) {
    el!(html, "fieldset", "class" = "group" => |set: &mut Html| {
        text_el!(set, "legend" => legend);
        for each in fields {
            field(set, answers, each);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(answers: &Situation, each: Field) -> String {
        let mut html = Html::new();
        field(&mut html, answers, &each);
        html.finish()
    }

    #[test]
    fn a_field_shows_its_answer_and_names_its_key() {
        let answers = Situation {
            pmt_today: Some(1_050),
            ..Situation::default()
        };
        let html = written(
            &answers,
            Field::new(
                Key::PmtToday,
                "Aujourd'hui",
                "Sur ameli pro.",
                Input::Whole("patients"),
            ),
        );
        assert!(html.contains("name=\"pmtjour\""), "{html}");
        assert!(html.contains("value=\"1050\""), "{html}");
        assert!(
            html.contains("<label for=\"pmtjour\">Aujourd&#39;hui</label>"),
            "{html}"
        );
        assert!(
            html.contains("aria-describedby=\"pmtjour-aide pmtjour-erreur\""),
            "{html}"
        );
        assert!(html.contains("id=\"pmtjour-erreur\""), "{html}");
    }

    #[test]
    fn a_list_selects_the_answer_and_a_date_says_it_in_words() {
        let answers = Situation {
            counts_read_on: Some(Date::ymd(2026, 11, 20)),
            stated_band: Some(crate::situation::Band::P50To70),
            ..Situation::default()
        };
        let date = written(
            &answers,
            Field::new(Key::CountsReadOn, "Date", "", Input::Date),
        );
        assert!(date.contains("value=\"2026-11-20\""), "{date}");
        assert!(date.contains("20 novembre 2026"), "{date}");
        assert!(
            date.contains("aria-describedby=\"releve-aide releve-erreur\""),
            "{date}"
        );
        let band = crate::situation::Band::P50To70;
        let list = written(
            &answers,
            Field::new(
                Key::Band,
                "Bande",
                "",
                Input::List(
                    vec![("p30-50", "30–50"), (band.code(), "50–70")],
                    "Je ne sais pas",
                ),
            ),
        );
        assert!(
            list.contains(&format!(
                "<option selected=\"selected\" value=\"{}\">",
                band.code()
            )),
            "{list}"
        );
        assert!(
            list.contains("<option value=\"\">Je ne sais pas</option>"),
            "{list}"
        );
    }

    #[test]
    fn a_yes_no_question_stays_unanswered_until_answered() {
        let unanswered = written(
            &Situation::default(),
            Field::new(Key::Zip, "En ZIP ?", "Zone de l'ARS.", Input::YesNo),
        );
        assert!(
            unanswered.contains("id=\"zip-1\" name=\"zip\" value=\"1\""),
            "{unanswered}"
        );
        assert!(
            unanswered.contains("id=\"zip-0\" name=\"zip\" value=\"0\""),
            "{unanswered}"
        );
        assert!(!unanswered.contains("checked"), "{unanswered}");
        let answered = Situation {
            in_zip: Some(false),
            ..Situation::default()
        };
        let no = written(
            &answered,
            Field::new(Key::Zip, "En ZIP ?", "", Input::YesNo),
        );
        assert!(no.contains("checked=\"checked\" id=\"zip-0\""), "{no}");
    }

    #[test]
    fn a_tick_is_ticked_when_claimed() {
        let claimed = Situation {
            disability: Some(true),
            ..Situation::default()
        };
        let field = || Field::new(Key::Disability, "Handicap", "", Input::Tick);
        assert!(written(&claimed, field()).contains("checked"));
        assert!(!written(&Situation::default(), field()).contains("checked"));
    }

    #[test]
    fn a_slider_starts_at_its_minimum_until_answered() {
        let html = written(
            &Situation::default(),
            Field::new(
                Key::PmtYear3,
                "Patientèle",
                "",
                Input::Slider {
                    min: 800,
                    target: 1_300,
                    max: 1_400,
                },
            ),
        );
        assert!(html.contains("id=\"pmt3-curseur\" name=\"pmt3\""), "{html}");
        assert!(html.contains("value=\"800\""), "{html}");
        assert!(html.contains("objectif 1"), "the target marked: {html}");
    }
}
