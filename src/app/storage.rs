//! localStorage behind a wrapper that never throws: storage may be disabled (private browsing,
//! blocked cookies), full, or hold another version's data. Every failure becomes a French notice.

use crate::saved;
use gloo_storage::{LocalStorage, Storage};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageState {
    Available,
    /// Answers will not survive the page: the reason, in French.
    Unavailable(String),
}

const DISABLED: &str =
    "Votre navigateur ne permet pas d'enregistrer vos réponses sur cet appareil \
                        (stockage désactivé) : elles seront perdues en fermant la page.";
const FULL: &str =
    "L'espace de stockage de votre navigateur est plein : vos dernières réponses ne \
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

pub fn save(serialised: &str) -> StorageState {
    write_raw(saved::KEY, serialised)
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
