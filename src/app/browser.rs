//! The few things the app asks of the browser, each wrapped so that a refusal (no clipboard, no
//! share sheet, a locked-down history) is a value, never an exception.

use crate::date::Date;
use wasm_bindgen::JsCast;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Whether the browser says the network is there.
pub fn online() -> bool {
    window().is_none_or(|w| w.navigator().on_line())
}

/// Today in the doctor's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or(Date::ymd(2026, 1, 1))
}

/// The address's fragment without its `#`, as the browser holds it (still percent-encoded).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// The address's query string without its `?`.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|search| search.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// This page's address without query or fragment: the base of a share link.
pub fn page_address() -> String {
    window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default()
}

/// The content of `<meta name="…">`, set at build time (the report contact); `None` when absent or empty.
pub fn meta_content(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
        .filter(|content| !content.trim().is_empty())
}

/// What a button clicked inside a written block does (its `data-action`, see `render::actions`).
pub fn clicked_action(event: &web_sys::MouseEvent) -> Option<String> {
    clicked_attribute(event, "data-action")
}

/// An attribute of the button clicked inside a written block (`data-lien`: the simulation it opens).
pub fn clicked_attribute(event: &web_sys::MouseEvent, name: &str) -> Option<String> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-action]")
        .ok()
        .flatten()?
        .get_attribute(name)
}

/// Focuses the field of a question (its input, select or first radio button), once drawn.
pub fn focus_field(key: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let field = document()
            .and_then(|d| {
                d.query_selector(&format!("[name=\"{key}\"]"))
                    .ok()
                    .flatten()
            })
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
            field.scroll_into_view_with_bool(false);
        }
    });
}

/// Removes the query and fragment from the address bar without a reload or a history entry.
pub fn clean_address() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let path = window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "/".to_string());
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// Opens the phone's share sheet; `false` when the browser has none.
pub fn share(title: &str, url: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let has_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
    if !has_share {
        return false;
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    // The promise rejects when the doctor closes the sheet: nothing to report.
    let _ = navigator.share_with_data(&data);
    true
}

/// Copies text to the clipboard. Resolves to whether it worked.
pub async fn copy(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let has_clipboard = js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Moves keyboard and screen-reader focus to the first element matching `selector`, once the
/// screen has been drawn.
pub fn focus_selector(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let target = document()
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
}

pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Opens the browser's print dialog (print or save as PDF, with the print stylesheet), once what was
/// just written is drawn.
pub fn print_after_render() {
    leptos::prelude::request_animation_frame(|| {
        if let Some(w) = window() {
            let _ = w.print();
        }
    });
}

/// Sends a named event to the page, for the PWA glue (public/pwa.js).
pub fn announce(event_name: &str) {
    if let (Some(w), Ok(event)) = (window(), web_sys::Event::new(event_name)) {
        let _ = w.dispatch_event(&event);
    }
}

/// Runs `work` in a task of its own, after the current one: short tasks leave the phone free to
/// answer a tap in between (Lighthouse's blocking time).
pub fn next_task(work: impl FnOnce() + 'static) {
    leptos::prelude::set_timeout(work, std::time::Duration::ZERO);
}

/// The element the app mounts into, emptied of the static shell painted before the wasm arrived.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    let root = document()?.get_element_by_id("app")?;
    root.set_inner_html("");
    root.dyn_into().ok()
}

/// If the app ever panics, replace it with a French message and a way to start again. The reset
/// link works without the (dead) wasm: the next load sees `?reinitialiser` and sets the saved answers
/// aside before starting afresh.
pub fn install_panic_screen() {
    std::panic::set_hook(Box::new(|_| {
        let Some(document) = document() else { return };
        let Some(body) = document.body() else { return };
        body.set_inner_html(
            "<header class=\"site-header\"><p class=\"brand\">Assistant médical · simulateur</p></header>\
             <main class=\"panic\" role=\"alert\"><h1>Erreur inattendue</h1>\
             <p>Le simulateur a rencontré une erreur et s'est arrêté. Vos réponses enregistrées sur cet \
             appareil n'ont pas été effacées.</p>\
             <p class=\"actions\"><a class=\"button\" href=\"./\">Recharger la page</a> \
             <a class=\"button secondary\" href=\"./?reinitialiser\">Recommencer une simulation</a></p>\
             <p>« Recommencer » met de côté les réponses en cours, sans les supprimer.</p></main>",
        );
    }));
}
