//! Simulateur indépendant de l'aide à l'emploi d'un assistant médical.
//!
//! `rules` is the engine (pure Rust), `situation` the doctor's answers and their share-link codec,
//! `format` the French number formatting, `render` the read-only blocks of the screens as HTML text. The web app lives in `app`, compiled for the browser only.

pub mod date;
pub mod format;
pub mod percent;
pub mod render;
pub mod rules;
pub mod saved;
pub mod situation;

#[cfg(target_arch = "wasm32")]
pub mod app;
