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

pub fn write_raw(key: &str, value: &str) -> StorageState {
    if !available() {
        return StorageState::Unavailable(DISABLED.to_string());
    }
    match LocalStorage::raw().set_item(key, value) {
        Ok(()) => StorageState::Available,
        Err(_) => StorageState::Unavailable(FULL.to_string()),
    }
}

/// Every key this app wrote, with its value: what « Effacer » removes and « Annuler » puts back.
pub fn ours() -> Vec<(String, String)> {
    if !available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(saved::PREFIX))
        .filter_map(|key| read_raw(&key).map(|value| (key, value)))
        .collect()
}

/// The identifiers of the simulations kept on this device.
pub fn simulation_ids() -> Vec<String> {
    ours()
        .into_iter()
        .filter_map(|(key, _)| saved::id_of(&key).map(str::to_string))
        .collect()
}

/// A saved envelope, parsed by the browser's own `JSON.parse`. A field of the wrong type makes the
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
    let text = |name: &str| field(name).map(|v| v.as_string().ok_or(())).transpose();
    let schema = field("schema").map(|v| match v.as_f64() {
        Some(n) if (0.0..=9_007_199_254_740_991.0).contains(&n) && n.fract() == 0.0 => Ok(n as u64),
        _ => Err(()),
    });
    let read = || -> Result<Stored, ()> {
        Ok(Stored {
            schema: schema.transpose()?,
            origin: text("origin")?,
            created_on: text("created_on")?,
            saved_on: text("saved_on")?,
            answers: text("answers")?,
        })
    };
    match read() {
        Ok(stored) => Read::Value(stored),
        Err(()) => Read::Unreadable,
    }
}

/// The envelope as JSON, by the browser's own `JSON.stringify`.
pub fn to_json(envelope: &Envelope) -> Option<String> {
    let object = js_sys::Object::new();
    let entries = [
        ("schema", JsValue::from_f64(envelope.schema as f64)),
        ("origin", JsValue::from_str(envelope.origin)),
        ("created_on", JsValue::from_str(&envelope.created_on)),
        ("saved_on", JsValue::from_str(&envelope.saved_on)),
        ("answers", JsValue::from_str(&envelope.answers)),
    ];
    for (name, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    js_sys::JSON::stringify(&object)
        .ok()
        .and_then(|text| text.as_string())
}

/// Writes a simulation's envelope under its key.
pub fn save(id: &str, envelope: &Envelope) -> StorageState {
    match to_json(envelope) {
        Some(json) => write_raw(&saved::key(id), &json),
        None => StorageState::Unavailable(FULL.to_string()),
    }
}

/// Moves an unreadable value out of `key`, keeping it for whoever can read it later. Each one gets
/// its own key, so that setting a second value aside never overwrites the first.
pub fn set_aside(key: &str, raw: &str) -> StorageState {
    let mut aside = format!("{}/{}", saved::SET_ASIDE_KEY, js_sys::Date::now() as u64);
    while read_raw(&aside).is_some() {
        aside.push('b');
    }
    let state = write_raw(&aside, raw);
    if state == StorageState::Available {
        remove(key);
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
