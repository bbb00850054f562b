//! localStorage behind a wrapper that never throws: storage may be disabled (private browsing,
//! blocked cookies), full, or hold another version's data. Every failure becomes a French notice.

use crate::saved::{self, Envelope, Read, Stored};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageState {
    Available,
    /// Answers will not survive the page: the reason, in French.
    Unavailable(String),
}

const DISABLED: &str =
    "Votre navigateur ne permet pas d'enregistrer vos réponses sur cet appareil \
                        (stockage désactivé) : elles seront perdues en fermant la page.";
const FULL: &str =
    "L'espace de stockage de votre navigateur est plein : vos dernières réponses ne \
                    sont pas enregistrées et seront perdues en fermant la page.";

/// gloo's `LocalStorage` throws when storage is disabled: ask the browser first.
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn probe() -> StorageState {
    if available() {
        StorageState::Available
    } else {
        StorageState::Unavailable(DISABLED.to_string())
    }
}

pub fn read_raw(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

fn write_raw(key: &str, value: &str) -> StorageState {
    if !available() {
        return StorageState::Unavailable(DISABLED.to_string());
    }
    match LocalStorage::raw().set_item(key, value) {
        Ok(()) => StorageState::Available,
        Err(_) => StorageState::Unavailable(FULL.to_string()),
    }
}

/// The saved answers, parsed by the browser's own `JSON.parse`. A field of the wrong type makes the
/// whole value unreadable (it is then set aside, not used).
pub fn read_saved(raw: Option<&str>) -> Read {
    let Some(raw) = raw else {
        return Read::Nothing;
    };
    let Ok(value) = js_sys::JSON::parse(raw) else {
        return Read::Unreadable;
    };
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Read::Unreadable;
    }
    let field = |name: &str| {
        js_sys::Reflect::get(&value, &JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_undefined())
    };
    let text = |name: &str| field(name).map(|v| v.as_string().ok_or(()));
    let schema = field("schema").map(|v| match v.as_f64() {
        Some(n) if (0.0..=9_007_199_254_740_991.0).contains(&n) && n.fract() == 0.0 => Ok(n as u64),
        _ => Err(()),
    });
    match (
        schema.transpose(),
        text("saved_on").transpose(),
        text("answers").transpose(),
    ) {
        (Ok(schema), Ok(saved_on), Ok(answers)) => Read::Value(Stored {
            schema,
            saved_on,
            answers,
        }),
        _ => Read::Unreadable,
    }
}

/// Writes the envelope with the browser's own `JSON.stringify`.
pub fn save(envelope: &Envelope) -> StorageState {
    let object = js_sys::Object::new();
    let entries = [
        ("schema", JsValue::from_f64(envelope.schema as f64)),
        ("saved_on", JsValue::from_str(&envelope.saved_on)),
        ("answers", JsValue::from_str(&envelope.answers)),
    ];
    for (name, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    match js_sys::JSON::stringify(&object)
        .ok()
        .and_then(|text| text.as_string())
    {
        Some(json) => write_raw(saved::KEY, &json),
        None => StorageState::Unavailable(FULL.to_string()),
    }
}

/// Moves an unreadable saved value out of the way, keeping it for whoever can read it later. Each
/// one gets its own key, so that setting a second value aside never overwrites the first.
pub fn set_aside(raw: &str) -> StorageState {
    let key = format!("{}/{}", saved::SET_ASIDE_KEY, js_sys::Date::now() as u64);
    let state = write_raw(&key, raw);
    if state == StorageState::Available {
        remove(saved::KEY);
    }
    state
}

/// A small marker (a hint already seen); failures are harmless and ignored.
pub fn write_flag(key: &str) {
    let _ = write_raw(key, "1");
}

pub fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

/// "Effacer mes données": everything this app stored, set-aside values included.
pub fn erase_all() {
    if !available() {
        return;
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(saved::PREFIX))
        .collect();
    for key in ours {
        remove(&key);
    }
}
